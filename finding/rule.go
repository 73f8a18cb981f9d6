package finding

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Doc is a rule's user documentation, shown by `krait explain` and in
// SARIF/HTML reports. Examples are Python source.
type Doc struct {
	Summary     string   // one line: what the rule finds
	Why         string   // why it is dangerous
	Bad         string   // vulnerable example
	Good        string   // fixed example
	Remediation string   // what to do instead
	References  []string // URLs
}

// Rule is the metadata of one rule: a bandit check (B...), a taint rule
// (T + CWE) or a krait check (K...). Checks and the taint engine register
// their rules here at init so reports and the CLI can describe any id.
type Rule struct {
	ID         string // "B602"
	Name       string // bandit's test_name, e.g. "subprocess_popen_with_shell_equals_true"
	Severity   Level  // default severity (some checks vary per finding)
	Confidence Level
	CWE        int
	MoreInfo   string // documentation URL
	Doc        Doc
	// Aliases are extra words a `# nosec` comment may use for this rule
	// (bandit accepts blacklist entry names such as "pickle" or "eval").
	Aliases []string
	// OffByDefault marks noisy krait rules that run only when selected.
	OffByDefault bool
	// Retired marks ids bandit removed: accepted in -t/-s/# nosec, never reported.
	Retired bool
	// ConfigKey is the bandit plugin-options key the rule reads, if any.
	ConfigKey string
}

var registry = struct {
	sync.RWMutex
	byID map[string]*Rule
}{byID: map[string]*Rule{}}

// Register adds a rule; it panics on a duplicate id because that is a
// programming error caught by every test run.
func Register(r *Rule) {
	registry.Lock()
	defer registry.Unlock()
	if _, dup := registry.byID[r.ID]; dup {
		panic(fmt.Sprintf("finding: rule %s registered twice", r.ID))
	}
	registry.byID[r.ID] = r
}

// Rules returns every registered rule sorted by id.
func Rules() []*Rule {
	registry.RLock()
	defer registry.RUnlock()
	out := make([]*Rule, 0, len(registry.byID))
	for _, r := range registry.byID {
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b *Rule) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// LookupRule finds a rule by id (case-insensitive).
func LookupRule(id string) *Rule {
	registry.RLock()
	defer registry.RUnlock()
	return registry.byID[strings.ToUpper(id)]
}

// ResolveWord maps a word from `-t/-s` or a `# nosec` comment to the rule
// ids it names: an id, a rule name, or an alias. ok is false when the word
// names nothing.
func ResolveWord(word string) (ids []string, ok bool) {
	registry.RLock()
	defer registry.RUnlock()
	if r, hit := registry.byID[strings.ToUpper(word)]; hit {
		return []string{r.ID}, true
	}
	for _, r := range registry.byID {
		if strings.EqualFold(r.Name, word) || slices.ContainsFunc(r.Aliases, func(a string) bool { return strings.EqualFold(a, word) }) {
			ids = append(ids, r.ID)
		}
	}
	slices.Sort(ids)
	return ids, len(ids) > 0
}

// DocURL is the documentation page of a krait rule (K… and T… ids): its
// page under docs/rules, generated from this registry by internal/gendocs.
func DocURL(id string) string {
	return "https://github.com/kraitsec/krait/blob/main/docs/rules/" + strings.ToLower(id) + ".md"
}
