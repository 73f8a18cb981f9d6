// Package finding holds the result type shared by the checks, the taint
// engine and every report format.
package finding

import (
	"cmp"
	"fmt"
	"strings"
)

// Level is a severity or confidence rank, ordered like bandit's ranking.
type Level uint8

const (
	Undefined Level = iota
	Low
	Medium
	High
)

var levelNames = [...]string{"UNDEFINED", "LOW", "MEDIUM", "HIGH"}

// String returns bandit's spelling: UNDEFINED, LOW, MEDIUM or HIGH.
func (l Level) String() string {
	if int(l) < len(levelNames) {
		return levelNames[l]
	}
	return "UNDEFINED"
}

// ParseLevel reads a level name in any case ("all" means Undefined).
func ParseLevel(s string) (Level, error) {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "ALL", "UNDEFINED":
		return Undefined, nil
	case "LOW":
		return Low, nil
	case "MEDIUM":
		return Medium, nil
	case "HIGH":
		return High, nil
	}
	return Undefined, fmt.Errorf("invalid level %q (want all, low, medium or high)", s)
}

// Step is one hop of a taint trace, source first, sink last.
type Step struct {
	Filename string `json:"filename"`
	Line     int    `json:"line_number"`
	Col      int    `json:"col_offset"`
	Code     string `json:"code"`
	// Note says what happened here: "read from flask.request.args",
	// "passed as argument 1 of helper()", "returned", "reaches sink ...".
	Note string `json:"note"`
}

// Finding is one reported issue: a bandit check hit or a taint flow.
type Finding struct {
	RuleID     string // "B602", "T89", "K101"
	RuleName   string // bandit's test_name, e.g. "subprocess_popen_with_shell_equals_true"
	Severity   Level
	Confidence Level
	CWE        int // 0 when the rule has none
	Message    string

	Filename     string // as the user named it (bandit's spelling: ./x.py for explicit files)
	Line         int    // 1-based line of the reported node
	Col          int    // 0-based column (UTF-8 bytes)
	EndLine      int
	EndCol       int
	LineRange    []int  // lines of the context (node or enclosing statement)
	MoreInfo     string // documentation URL
	Trace        []Step // taint findings only
	NotebookCell int    // 1-based cell index for .ipynb findings, else 0
	NotebookLine int    // line within the cell
}

// Compare orders findings by file, line, column, rule id, then message, so
// output is deterministic whatever the scheduling.
func Compare(a, b *Finding) int {
	return cmp.Or(
		cmp.Compare(a.Filename, b.Filename),
		cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Col, b.Col),
		cmp.Compare(a.RuleID, b.RuleID),
		cmp.Compare(a.Message, b.Message),
	)
}

// CWELink is the MITRE URL for a CWE id.
func CWELink(id int) string {
	return fmt.Sprintf("https://cwe.mitre.org/data/definitions/%d.html", id)
}

// FileError is a file that could not be scanned, with the reason.
type FileError struct {
	Filename string
	Reason   string
}
