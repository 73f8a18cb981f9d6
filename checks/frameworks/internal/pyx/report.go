package pyx

import (
	"strconv"
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

// Hit is one offending line found by a module-level (KindFile) check.
type Hit struct {
	Node ast.Node
	Text string
}

// FileIssue turns the hits of a KindFile check into its one issue: the
// first hit, with the lines of the others named in the message (a File
// check reports once per file).
func FileIssue(hits []Hit, sev, conf finding.Level) *checks.Issue {
	if len(hits) == 0 {
		return nil
	}
	text := hits[0].Text
	if len(hits) > 1 {
		var more []string
		for _, h := range hits[1:] {
			more = append(more, strconv.Itoa(Line(h.Node)))
		}
		text += " (also on line " + strings.Join(more, ", ") + ")"
	}
	is := &checks.Issue{Severity: sev, Confidence: conf, Text: text, Line: Line(hits[0].Node), LineRange: checks.LineRange(hits[0].Node)}
	if p, ok := hits[0].Node.(ast.Positioned); ok {
		is.Col, is.HasCol = p.Position().ColOffset, true
	}
	return is
}
