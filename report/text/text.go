// Package text is bandit's txt and screen layout: run header, one block
// per issue with a numbered code excerpt, then code and run metrics and
// the skipped files. Taint findings add a compact trace.
package text

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/report"
)

func init() {
	report.Register(Formatter{name: "txt"})
	report.Register(Formatter{name: "text"})
	report.Register(Formatter{name: "screen", screen: true})
}

// Formatter writes txt (colour when Options.Color) or screen (always
// coloured, and like bandit's screen without the targeted-nosec count).
type Formatter struct {
	name   string
	screen bool
}

func (f Formatter) Name() string        { return f.name }
func (Formatter) AcceptsBaseline() bool { return true }

// ANSI colours of bandit's screen formatter.
const (
	colorDefault = "\033[0m"
	colorHeader  = "\033[95m"
)

var severityColor = map[finding.Level]string{
	finding.Low:    "\033[94m",
	finding.Medium: "\033[93m",
	finding.High:   "\033[91m",
}

// rankingValues weight issues in the -v "score" like bandit's
// constants.RANKING_VALUES.
var rankingValues = [4]int{1, 3, 5, 10}

type writer struct {
	run   *report.Run
	opts  report.Options
	color bool
	out   *bufio.Writer
}

// add writes lines as they come, so memory does not grow with the number
// of findings; the bufio.Writer keeps the first write error for Flush.
func (w *writer) add(s ...string) {
	for _, line := range s {
		w.out.WriteString(line)
		w.out.WriteByte('\n')
	}
}

func (w *writer) header(s string) string {
	if !w.color {
		return s
	}
	return colorHeader + s + colorDefault
}

// Write renders the report, every line ending with "\n".
func (f Formatter) Write(out io.Writer, run *report.Run, opts report.Options) error {
	w := &writer{run: run, opts: opts, color: f.screen || opts.Color, out: bufio.NewWriter(out)}
	w.add(w.header("Run started:" + pyDatetime(run.GeneratedAt)))
	if opts.Verbose {
		w.verbose()
	}
	w.add(w.header("\nTest results:"))
	w.results()
	w.add(w.header("\nCode scanned:"),
		fmt.Sprintf("\tTotal lines of code: %d", run.Totals.LOC),
		fmt.Sprintf("\tTotal lines skipped (#nosec): %d", run.Totals.Nosec))
	if !f.screen {
		w.add(fmt.Sprintf("\tTotal potential issues skipped due to specifically being disabled (e.g., #nosec BXXX): %d",
			run.Totals.SkippedTests))
	}
	w.metrics()
	w.add(w.header(fmt.Sprintf("Files skipped (%d):", len(run.Errors))))
	for _, e := range run.Errors {
		w.add(fmt.Sprintf("\t%s (%s)", e.Filename, e.Reason))
	}
	return w.out.Flush()
}

func (w *writer) verbose() {
	w.add(w.header(fmt.Sprintf("Files in scope (%d):", len(w.run.FilesInScope))))
	for _, name := range w.run.FilesInScope {
		var sev, conf int
		if m := w.run.Metrics[name]; m != nil {
			for l := range 4 {
				sev += m.Severity[l] * rankingValues[l]
				conf += m.Confidence[l] * rankingValues[l]
			}
		}
		w.add(fmt.Sprintf("\t%s (score: {SEVERITY: %d, CONFIDENCE: %d})", name, sev, conf))
	}
	w.add(w.header(fmt.Sprintf("Files excluded (%d):", len(w.run.FilesExcluded))))
	for _, name := range w.run.FilesExcluded {
		w.add("\t" + name)
	}
}

func (w *writer) results() {
	if len(w.run.Findings) == 0 {
		w.add("\tNo issues identified.")
		return
	}
	const candidateIndent = "          "
	for i := range w.run.Findings {
		f := &w.run.Findings[i]
		if cands := w.run.CandidatesOf(i); len(cands) > 0 {
			// bandit: the new issue without position or code, then
			// every equal current issue.
			w.issue(f, "", false)
			w.add("\n-- Candidate Issues --")
			for j := range cands {
				w.issue(&cands[j], candidateIndent, true)
				w.add("\n")
			}
		} else {
			w.issue(f, "", true)
		}
		w.add(strings.Repeat("-", 50))
	}
}

func (w *writer) issue(f *finding.Finding, indent string, located bool) {
	sevColor, reset := "", ""
	if w.color {
		sevColor, reset = colorDefault, colorDefault
		if c, ok := severityColor[f.Severity]; ok {
			sevColor = c
		}
	}
	// bandit prints "file:line:col", and "file::" for a candidate's new
	// issue; a notebook finding names its cell: "nb.ipynb:cell 3:line 2:col".
	place := f.Filename + ":"
	col := ""
	if located {
		place, col = report.FindingPlace(f), fmt.Sprint(f.Col)
	}
	w.add(
		fmt.Sprintf("%s%s>> Issue: [%s:%s] %s", indent, sevColor, f.RuleID, report.TestName(f), inert(f.Message)),
		fmt.Sprintf("%s   Severity: %s   Confidence: %s", indent, report.Capitalize(f.Severity), report.Capitalize(f.Confidence)),
		fmt.Sprintf("%s   CWE: %s", indent, report.CWEString(f.CWE)),
		fmt.Sprintf("%s   More Info: %s", indent, report.MoreInfo(f)),
		fmt.Sprintf("%s   Location: %s:%s%s", indent, inert(place), col, reset),
	)
	if !located {
		return
	}
	if len(f.Trace) > 0 {
		w.add(indent + "   Trace:")
		for i := range f.Trace {
			s := &f.Trace[i]
			w.add(fmt.Sprintf("%s      %s  %s", indent, inert(report.StepPlace(s, w.opts)), inert(s.Note)))
		}
	}
	// bandit splits its "n\tline\n" excerpt on "\n": the trailing empty
	// piece gives the blank line before the dashes.
	for _, l := range strings.Split(report.BanditCode(report.Excerpt(f, w.opts), true), "\n") {
		w.add(indent + inert(l))
	}
}

// inert makes text taken from scanned files safe to print on a terminal:
// control characters other than tab and newline (ESC above all, which
// starts terminal escape sequences) are shown as Python-style escapes.
func inert(s string) string {
	clean := true
	for _, r := range s {
		if isControl(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !isControl(r):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, "\\x%02x", r)
		default:
			fmt.Fprintf(&b, "\\u%04x", r)
		}
	}
	return b.String()
}

func isControl(r rune) bool {
	return (r < 0x20 && r != '\t' && r != '\n') || (r >= 0x7f && r <= 0x9f)
}

func (w *writer) metrics() {
	w.add(w.header("\nRun metrics:"))
	for _, crit := range []struct {
		label  string
		counts [4]int
	}{{"severity", w.run.Totals.Severity}, {"confidence", w.run.Totals.Confidence}} {
		w.add(fmt.Sprintf("\tTotal issues (by %s):", crit.label))
		for l := finding.Undefined; l <= finding.High; l++ {
			w.add(fmt.Sprintf("\t\t%s: %d", report.Capitalize(l), crit.counts[l]))
		}
	}
}

// pyDatetime spells a time like Python's str() of an aware UTC datetime:
// "2026-01-02 03:04:05.678000+00:00", microseconds omitted when zero.
func pyDatetime(t time.Time) string {
	t = t.UTC()
	if t.Nanosecond()/1000 == 0 {
		return t.Format("2006-01-02 15:04:05") + "+00:00"
	}
	return t.Format("2006-01-02 15:04:05.000000") + "+00:00"
}
