package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kraitsec/krait/finding"
)

// The helpers below derive bandit's issue fields from a Finding, falling
// back to the rule registry for what a finding leaves empty.

// TestName is bandit's test_name: the finding's rule name, else the
// registered rule's name, else the rule id.
func TestName(f *finding.Finding) string {
	if f.RuleName != "" {
		return f.RuleName
	}
	if r := finding.LookupRule(f.RuleID); r != nil && r.Name != "" {
		return r.Name
	}
	return f.RuleID
}

// MoreInfo is the documentation URL: the finding's, else the rule's.
func MoreInfo(f *finding.Finding) string {
	if f.MoreInfo != "" {
		return f.MoreInfo
	}
	if r := finding.LookupRule(f.RuleID); r != nil {
		return r.MoreInfo
	}
	return ""
}

// LineRange is the finding's context lines, or just its line.
func LineRange(f *finding.Finding) []int {
	if len(f.LineRange) > 0 {
		return f.LineRange
	}
	return []int{f.Line}
}

// EndLine is the last line of the reported node (the line when unknown).
func EndLine(f *finding.Finding) int {
	if f.EndLine >= f.Line {
		return f.EndLine
	}
	return f.Line
}

// Capitalize spells a level as bandit's str.capitalize(): "High".
func Capitalize(l finding.Level) string {
	s := l.String()
	return s[:1] + strings.ToLower(s[1:])
}

// CWEString is bandit's str(Cwe): "CWE-78 (https://...)", or "" without one.
func CWEString(id int) string {
	if id == 0 {
		return ""
	}
	return fmt.Sprintf("CWE-%d (%s)", id, finding.CWELink(id))
}

// PyList spells ints as Python's repr of a list: "[1, 2, 3]".
func PyList(nums []int) string {
	parts := make([]string, len(nums))
	for i, n := range nums {
		parts[i] = strconv.Itoa(n)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// CodeLine is one numbered source line of an excerpt.
type CodeLine struct {
	Number int    // as shown: the file's line, or the line in a notebook cell
	Text   string // without the line terminator
	Source int    // the line in the scanned (for notebooks, converted) source
}

// Excerpt returns the source lines bandit shows for a finding: from
// max(1, line - n//2) for len(line_range) + n - 1 lines, n = max(context, 1),
// stopping at the end of the file. A notebook finding shows its cell's
// lines as written, numbered within the cell. Nil when the source is
// unknown.
func Excerpt(f *finding.Finding, opts Options) []CodeLine {
	line, offset := f.Line, 0
	var lines []string
	if c, off := cellOf(f, opts); c != nil {
		line, lines, offset = f.NotebookLine, c.Lines, off
	} else if opts.SourceLines != nil {
		lines = opts.SourceLines(f.Filename)
	}
	if len(lines) == 0 {
		return nil
	}
	n := max(opts.Context, 1)
	first := max(1, line-n/2)
	end := first + len(LineRange(f)) + n - 1 // exclusive
	var out []CodeLine
	for ln := first; ln < end && ln <= len(lines); ln++ {
		out = append(out, CodeLine{Number: ln, Text: lines[ln-1], Source: ln + offset})
	}
	return out
}

// BanditCode renders an excerpt like bandit's Issue.get_code: one
// "<n> <line>\n" per line, or "<n>\t<line>\n" when tabbed.
func BanditCode(lines []CodeLine, tabbed bool) string {
	sep := " "
	if tabbed {
		sep = "\t"
	}
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(strconv.Itoa(l.Number))
		b.WriteString(sep)
		b.WriteString(l.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// SourceLine returns line n of the finding's file, or "" when unknown.
func SourceLine(filename string, n int, opts Options) string {
	if opts.SourceLines == nil || n < 1 {
		return ""
	}
	lines := opts.SourceLines(filename)
	if n > len(lines) {
		return ""
	}
	return lines[n-1]
}
