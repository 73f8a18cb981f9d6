package checks

import (
	"fmt"
	"math"
	"strconv"
)

// OptStrings reads a list of strings from a plugin options block, accepting
// the shapes YAML/TOML decoders produce ([]string, []any). A missing or
// malformed value yields def.
func OptStrings(block map[string]any, key string, def []string) []string {
	switch v := block[key].(type) {
	case []string:
		return v
	case []any:
		out := make([]string, 0, len(v))
		for _, x := range v {
			out = append(out, fmt.Sprint(x))
		}
		return out
	case string:
		return []string{v}
	}
	return def
}

// OptSet is OptStrings as a set.
func OptSet(block map[string]any, key string, def []string) map[string]bool {
	list := OptStrings(block, key, def)
	out := make(map[string]bool, len(list))
	for _, s := range list {
		out[s] = true
	}
	return out
}

// OptBool reads a boolean option (bool, or a string/number Python would
// call truthy).
func OptBool(block map[string]any, key string, def bool) bool {
	switch v := block[key].(type) {
	case bool:
		return v
	case string:
		if b, err := strconv.ParseBool(v); err == nil {
			return b
		}
		return v != ""
	case int:
		return v != 0
	case int64:
		return v != 0
	case float64:
		return v != 0
	}
	return def
}

// OptInt reads an integer option.
func OptInt(block map[string]any, key string, def int64) int64 {
	switch v := block[key].(type) {
	case int:
		return int64(v)
	case int64:
		return v
	case uint64:
		if v <= math.MaxInt64 {
			return int64(v)
		}
	case float64:
		return int64(v)
	case string:
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			return n
		}
	}
	return def
}
