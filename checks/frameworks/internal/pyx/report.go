package pyx

import (
	"strconv"
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

// Hit is one offending node found by a settings check.
type Hit struct {
	Node ast.Node
	Text string
}

// FileIssue turns the hits a check found on one node (an assignment
// statement, or the module for KindFile) into its one issue: the first
// hit, with the lines of the others named in the message (a check
// reports once per node).
func FileIssue(hits []Hit, sev, conf finding.Level) *checks.Issue {
	if len(hits) == 0 {
		return nil
	}
	text := hits[0].Text
	if len(hits) > 1 {
		var more []string
		seen := map[int]bool{Line(hits[0].Node): true}
		for _, h := range hits[1:] {
			if l := Line(h.Node); !seen[l] {
				seen[l] = true
				more = append(more, strconv.Itoa(l))
			}
		}
		if len(more) > 0 {
			text += " (also on line " + strings.Join(more, ", ") + ")"
		}
	}
	return &checks.Issue{Severity: sev, Confidence: conf, Text: text, At: hits[0].Node}
}
