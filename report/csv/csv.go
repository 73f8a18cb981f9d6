// Package csv is bandit's CSV report: its header and columns, written the
// way Python's csv.DictWriter (excel dialect) writes them.
package csv

import (
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

// Write emits the header and one row per finding, in the run's order.
func (Formatter) Write(w io.Writer, run *report.Run, _ report.Options) error {
	var b strings.Builder
	writeRow(&b, header)
	for i := range run.Findings {
		f := &run.Findings[i]
		cwe := ""
		if f.CWE != 0 {
			cwe = finding.CWELink(f.CWE)
		}
		writeRow(&b, []string{
			f.Filename, report.TestName(f), f.RuleID, f.Severity.String(), f.Confidence.String(), cwe,
			f.Message, strconv.Itoa(f.Line), strconv.Itoa(f.Col), strconv.Itoa(f.EndCol),
			report.PyList(report.LineRange(f)), report.MoreInfo(f),
		})
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeRow follows Python's QUOTE_MINIMAL: quote a field holding the
// delimiter, a quote or a line break (doubling quotes), end with CRLF.
func writeRow(b *strings.Builder, fields []string) {
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
