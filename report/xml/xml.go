// Package xml is bandit's JUnit-like XML report, written as Python's
// xml.etree.ElementTree writes it (single-quoted declaration, no
// whitespace between elements, attributes in insertion order).
package xml

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/kraitsec/krait/report"
)

func init() { report.Register(Formatter{}) }

// Formatter writes the xml format.
type Formatter struct{}

func (Formatter) Name() string          { return "xml" }
func (Formatter) AcceptsBaseline() bool { return false }

// Write emits one testcase with one error per finding.
func (Formatter) Write(w io.Writer, run *report.Run, _ report.Options) error {
	b := bufio.NewWriter(w)
	b.WriteString("<?xml version='1.0' encoding='utf-8'?>\n")
	fmt.Fprintf(b, `<testsuite name="bandit" tests="%d">`, len(run.Findings))
	for i := range run.Findings {
		f := &run.Findings[i]
		fmt.Fprintf(b, `<testcase classname="%s" name="%s">`, attr(f.Filename), attr(report.TestName(f)))
		fmt.Fprintf(b, `<error more_info="%s" type="%s" message="%s">`,
			attr(report.MoreInfo(f)), attr(f.Severity.String()), attr(f.Message))
		// bandit's "Location file:line"; in a notebook "file:cell 3:line 2".
		b.WriteString(text(fmt.Sprintf("Test ID: %s Severity: %s Confidence: %s\nCWE: %s\n%s\nLocation %s",
			f.RuleID, f.Severity, f.Confidence, report.CWEString(f.CWE), f.Message, report.FindingPlace(f))))
		b.WriteString("</error></testcase>")
	}
	b.WriteString("</testsuite>")
	return b.Flush()
}

// text escapes character data like ElementTree's _escape_cdata.
var text = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace

// attr escapes attribute values like ElementTree's _escape_attrib.
var attr = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;",
	"\r", "&#13;", "\n", "&#10;", "\t", "&#09;").Replace
