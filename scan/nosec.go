package scan

import (
	"fmt"
	"regexp"

	"github.com/kraitsec/krait/finding"
)

// Bandit's two regular expressions, verbatim: the comment form (searched,
// case-sensitive) and the words after it (case-insensitive). The second
// keeps only the last word of a comma run without spaces ("B602,B607"
// names B607 only), exactly like bandit.
var (
	nosecComment = regexp.MustCompile(`#\s*nosec:?\s*([^#]+)?#?`)
	nosecWords   = regexp.MustCompile(`(?i)(?:(B\d+|[a-z\d_]+),?)+`)
)

// Comment is a "#" comment of a file: its line and text (with the "#").
type Comment struct {
	Line int
	Text string
}

// nosecSet is the suppression on one line: blanket (no recognised word)
// or the rule ids it names.
type nosecSet map[string]bool

// nosecMap holds the lines of a file that carry a nosec comment.
type nosecMap map[int]nosecSet

// WordResolver maps a nosec word to the rule ids it names ("B602",
// "assert_used" → B101, "pickle" → B301), or nil when it names no rule.
type WordResolver func(word string) []string

// RegistryResolver resolves words as bandit does: an exact test id, else
// an exact test or blacklist name (case-sensitive).
func RegistryResolver() WordResolver {
	byWord := map[string][]string{}
	for _, r := range finding.Rules() {
		byWord[r.ID] = []string{r.ID}
	}
	for _, r := range finding.Rules() {
		for _, w := range append([]string{r.Name}, r.Aliases...) {
			if w == "" || finding.LookupRule(w) != nil {
				continue // a word that is an id means that rule only
			}
			byWord[w] = append(byWord[w], r.ID)
		}
	}
	return func(w string) []string { return byWord[w] }
}

// parseNosec reads the nosec comments of a file. warn receives bandit's
// warning for each unknown word.
func parseNosec(comments []Comment, resolve WordResolver, warn func(line int, msg string)) nosecMap {
	var m nosecMap
	for _, c := range comments {
		match := nosecComment.FindStringSubmatch(c.Text)
		if match == nil {
			continue
		}
		set := nosecSet{}
		if match[1] != "" {
			for _, w := range nosecWords.FindAllStringSubmatch(match[1], -1) {
				word := w[1]
				if ids := resolve(word); len(ids) > 0 {
					for _, id := range ids {
						set[id] = true
					}
				} else if warn != nil {
					warn(c.Line, fmt.Sprintf("Test in comment: %s is not a test name or id, ignoring", word))
				}
			}
		}
		if m == nil {
			m = nosecMap{}
		}
		m[c.Line] = set
	}
	return m
}

// suppression is what a nosec map does to one finding.
type suppression int

const (
	kept     suppression = iota
	blanket              // counted in metrics "nosec"
	targeted             // counted in metrics "skipped_tests"
)

// check applies bandit's rule: the union of the nosec on the finding's own
// line and the first nosec line within its line range; an empty union is
// a blanket suppression, else the rule id must be in it.
func (m nosecMap) check(f *finding.Finding) suppression {
	if len(m) == 0 {
		return kept
	}
	own, hasOwn := m[f.Line]
	var ctx nosecSet
	hasCtx := false
	for _, ln := range f.LineRange {
		if s, ok := m[ln]; ok {
			ctx, hasCtx = s, true
			break
		}
	}
	if !hasOwn && !hasCtx {
		return kept
	}
	if len(own) == 0 && len(ctx) == 0 {
		return blanket
	}
	if own[f.RuleID] || ctx[f.RuleID] {
		return targeted
	}
	return kept
}
