package config

import (
	"os"
	"strconv"
	"strings"
)

// iniValue is one key of an INI section with the line it came from.
type iniValue struct {
	Value string
	Line  int
}

// parseINI reads a configparser-style file: [sections], "key = value" or
// "key: value" (keys lower-cased), full-line # and ; comments, indented
// continuation lines. It returns the options of section want; a file
// without that section yields an empty map.
func parseINI(path string, data []byte, want string) (map[string]iniValue, error) {
	out := map[string]iniValue{}
	section := ""
	lastKey := ""
	seenSections := map[string]bool{}
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	for i, raw := range lines {
		n := i + 1
		if i == 0 {
			raw = strings.TrimPrefix(raw, "\ufeff")
		}
		trimmed := strings.TrimSpace(raw)
		if trimmed == "" {
			lastKey = ""
			continue
		}
		if trimmed[0] == '#' || trimmed[0] == ';' {
			continue
		}
		if raw[0] == ' ' || raw[0] == '\t' {
			if lastKey == "" {
				return nil, errorf(path, n, "unexpected indented line %q", trimmed)
			}
			if section == want {
				v := out[lastKey]
				v.Value += "\n" + trimmed
				out[lastKey] = v
			}
			continue
		}
		if trimmed[0] == '[' {
			end := strings.IndexByte(trimmed, ']')
			if end < 0 {
				return nil, errorf(path, n, "malformed section header %q", trimmed)
			}
			section = trimmed[1:end]
			if seenSections[section] {
				return nil, errorf(path, n, "section [%s] appears twice", section)
			}
			seenSections[section] = true
			lastKey = ""
			continue
		}
		if section == "" {
			return nil, errorf(path, n, "key outside any section: %q", trimmed)
		}
		sep := strings.IndexAny(trimmed, "=:")
		if sep <= 0 {
			return nil, errorf(path, n, "expected \"key = value\", got %q", trimmed)
		}
		key := strings.ToLower(strings.TrimSpace(trimmed[:sep]))
		val := strings.TrimSpace(trimmed[sep+1:])
		lastKey = key
		if section != want {
			continue
		}
		if _, dup := out[key]; dup {
			return nil, errorf(path, n, "option %q appears twice in [%s]", key, want)
		}
		out[key] = iniValue{Value: val, Line: n}
	}
	if !seenSections[want] {
		return nil, nil // no such section: the caller says so
	}
	return out, nil
}

// iniOptions are the [bandit] keys of a .bandit file, typed.
type iniOptions struct {
	path        string
	warnings    []string
	targets     []string
	recursive   *bool
	aggregate   string
	number      *int
	tests       []string
	skips       []string
	exclude     []string
	hasExclude  bool
	level       *int // a finding.Level value
	confidence  *int
	format      string
	msgTemplate string
	output      string
	verbose     *bool
	quiet       *bool
	ignoreNosec *bool
	exitZero    *bool
	baseline    string
	configfile  string
	profile     string
}

// loadINI reads the [bandit] section of a .bandit file and validates it.
func loadINI(path string) (*iniOptions, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, errorf(path, 0, "cannot read ini file: %v", errText(err))
	}
	vals, err := parseINI(path, data, "bandit")
	if err != nil {
		return nil, err
	}
	o := &iniOptions{path: path}
	if vals == nil {
		// bandit warns and reads nothing from it.
		o.warnings = append(o.warnings, path+": no [bandit] section; nothing is read from this file")
	}
	for key, v := range vals {
		bad := func(what string) error { return errorf(path, v.Line, "%s: %s, got %q", key, what, v.Value) }
		boolean := func() (*bool, error) {
			b, ok := parseBool(v.Value)
			if !ok {
				return nil, bad("want true or false")
			}
			return &b, nil
		}
		var err error
		switch key {
		case "targets":
			o.targets = splitList(v.Value)
		case "recursive":
			o.recursive, err = boolean()
		case "aggregate":
			if v.Value != "file" && v.Value != "vuln" {
				return nil, bad("want file or vuln")
			}
			o.aggregate = v.Value
		case "number":
			num, convErr := strconv.Atoi(v.Value)
			if convErr != nil || num < 0 {
				return nil, bad("want a non-negative integer")
			}
			o.number = &num
		case "tests":
			o.tests = splitList(v.Value)
		case "skips":
			o.skips = splitList(v.Value)
		case "exclude":
			o.exclude = splitList(v.Value)
			o.hasExclude = true
		case "level", "severity-level":
			lvl, ok := parseIniLevel(v.Value)
			if !ok {
				return nil, bad("want 1-3 or all, low, medium, high")
			}
			o.level = &lvl
		case "confidence", "confidence-level":
			lvl, ok := parseIniLevel(v.Value)
			if !ok {
				return nil, bad("want 1-3 or all, low, medium, high")
			}
			o.confidence = &lvl
		case "format":
			o.format = v.Value
		case "msg-template":
			o.msgTemplate = v.Value
		case "output":
			o.output = v.Value
		case "verbose":
			o.verbose, err = boolean()
		case "debug":
			_, err = boolean()
		case "quiet", "silent":
			o.quiet, err = boolean()
		case "ignore-nosec":
			o.ignoreNosec, err = boolean()
		case "exit-zero":
			o.exitZero, err = boolean()
		case "baseline":
			o.baseline = v.Value
		case "configfile":
			o.configfile = v.Value
		case "profile":
			o.profile = v.Value
		default:
			return nil, errorf(path, v.Line, "unknown option %q in [bandit]", key)
		}
		if err != nil {
			return nil, err
		}
	}
	return o, nil
}

// parseIniLevel reads a count as typed with -l ("1" = -l = LOW, "2" =
// MEDIUM, "3" = HIGH) or a level name, returning a finding.Level value.
func parseIniLevel(s string) (int, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "0", "all", "undefined":
		return 0, true
	case "1", "low":
		return 1, true
	case "2", "medium":
		return 2, true
	case "3", "high":
		return 3, true
	}
	return 0, false
}

func parseBool(s string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "1", "yes", "true", "on":
		return true, true
	case "0", "no", "false", "off":
		return false, true
	}
	return false, false
}

// splitList splits bandit's comma lists, also accepting newlines.
func splitList(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '\n' }) {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// errText is an OS error without its path prefix.
func errText(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}
