package config

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kraitsec/krait/finding"
)

// Selection is the set of rules a run reports.
type Selection struct {
	only  map[string]bool // nil = every rule on by default
	skips map[string]bool
}

// Enabled says whether rule id runs: named by tests (when tests were
// given) or on by default, not skipped, and not retired.
func (s *Selection) Enabled(id string) bool {
	r := finding.LookupRule(id)
	if r != nil && r.Retired {
		return false
	}
	if s.skips[id] {
		return false
	}
	if s.only != nil {
		return s.only[id]
	}
	return r == nil || !r.OffByDefault
}

// Select resolves the tests and skips words (ids, test names, blacklist
// names; B001 means every blacklist id) against the rule registry. Unknown
// words are warnings, as in bandit; an id both selected and skipped, or a
// selection that names no known rule, is an error.
func (o *Options) Select() (*Selection, []string, error) {
	var warnings []string
	resolve := func(words []string, what string) map[string]bool {
		out := map[string]bool{}
		// bandit: "B001,B401" means B401; B001 alone means every blacklist id.
		namesBlacklist := false
		for _, w := range words {
			if !strings.EqualFold(w, "B001") {
				ids, _ := finding.ResolveWord(w)
				namesBlacklist = namesBlacklist || slices.ContainsFunc(ids, isBlacklistID)
			}
		}
		for _, w := range words {
			if strings.EqualFold(w, "B001") && namesBlacklist {
				continue
			}
			ids := resolveTestWord(w)
			if len(ids) == 0 {
				warnings = append(warnings, fmt.Sprintf("unknown test found in %s: %s", what, w))
			}
			for _, id := range ids {
				out[id] = true
			}
		}
		return out
	}
	s := &Selection{skips: resolve(o.Skips, "skips")}
	if len(o.Tests) > 0 {
		s.only = resolve(o.Tests, "tests")
		for id := range s.only {
			if s.skips[id] {
				return nil, warnings, errorf("", 0, "test %s is both selected (tests) and skipped (skips)", id)
			}
		}
		if len(s.only) == 0 {
			return nil, warnings, errorf("", 0, "no tests would be run: none of %s names a known rule", strings.Join(o.Tests, ", "))
		}
	}
	return s, warnings, nil
}

func resolveTestWord(w string) []string {
	if strings.EqualFold(w, "B001") {
		var ids []string
		for _, r := range finding.Rules() {
			if isBlacklistID(r.ID) {
				ids = append(ids, r.ID)
			}
		}
		return ids
	}
	ids, _ := finding.ResolveWord(w)
	return ids
}

func isBlacklistID(id string) bool {
	return (strings.HasPrefix(id, "B3") || strings.HasPrefix(id, "B4")) && len(id) == 4
}
