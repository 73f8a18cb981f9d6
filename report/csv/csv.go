// Package csv is bandit's CSV report: its header and columns, written the
// way Python's csv.DictWriter (excel dialect) writes them.
package csv

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/report"
)

func init() { report.Register(Formatter{}) }

// Formatter writes the csv format.
type Formatter struct{}

func (Formatter) Name() string          { return "csv" }
func (Formatter) AcceptsBaseline() bool { return false }

// header is bandit's column list.
var header = []string{
	"filename", "test_name", "test_id", "issue_severity", "issue_confidence", "issue_cwe",
	"issue_text", "line_number", "col_offset", "end_col_offset", "line_range", "more_info",
}

// notebookHeader are krait's columns, added after bandit's only when a
// finding is in a notebook, so other reports stay bandit's byte for byte.
var notebookHeader = []string{"notebook_cell", "notebook_line"}

// Write emits the header and one row per finding, in the run's order.
func (Formatter) Write(w io.Writer, run *report.Run, _ report.Options) error {
	notebooks := false
	for i := range run.Findings {
		notebooks = notebooks || run.Findings[i].NotebookCell > 0
	}
	b := bufio.NewWriter(w)
	if notebooks {
		writeRow(b, append(append([]string{}, header...), notebookHeader...))
	} else {
		writeRow(b, header)
	}
	for i := range run.Findings {
		f := &run.Findings[i]
		cwe := ""
		if f.CWE != 0 {
			cwe = finding.CWELink(f.CWE)
		}
		row := []string{
			f.Filename, report.TestName(f), f.RuleID, f.Severity.String(), f.Confidence.String(), cwe,
			f.Message, strconv.Itoa(f.Line), strconv.Itoa(f.Col), strconv.Itoa(f.EndCol),
			report.PyList(report.LineRange(f)), report.MoreInfo(f),
		}
		if notebooks {
			cell, line := "", ""
			if f.NotebookCell > 0 {
				cell, line = strconv.Itoa(f.NotebookCell), strconv.Itoa(f.NotebookLine)
			}
			row = append(row, cell, line)
		}
		writeRow(b, row)
	}
	return b.Flush()
}

// writeRow follows Python's QUOTE_MINIMAL: quote a field holding the
// delimiter, a quote or a line break (doubling quotes), end with CRLF.
func writeRow(b *bufio.Writer, fields []string) {
	for i, field := range fields {
		if i > 0 {
			b.WriteByte(',')
		}
		if strings.ContainsAny(field, ",\"\r\n") || (len(fields) == 1 && field == "") {
			b.WriteByte('"')
			b.WriteString(strings.ReplaceAll(field, `"`, `""`))
			b.WriteByte('"')
		} else {
			b.WriteString(field)
		}
	}
	b.WriteString("\r\n")
}
