// Package html writes one self-contained HTML page (inline CSS and JS, no
// network access): a summary, a findings table filterable by severity,
// confidence, rule and file, code excerpts, expandable taint traces and
// the files that could not be scanned. All data goes through
// html/template, so finding text is always escaped.
package html

import (
	"bufio"
	_ "embed"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/report"
)

func init() { report.Register(Formatter{}) }

//go:embed page.html.tmpl
var pageSource string

//go:embed page.css
var pageCSS string

//go:embed page.js
var pageJS string

// page is parsed once; templates are safe for concurrent use.
var page = template.Must(template.New("page").Funcs(template.FuncMap{"breakable": breakable}).Parse(pageSource))

// Formatter writes the html format.
type Formatter struct{}

func (Formatter) Name() string          { return "html" }
func (Formatter) AcceptsBaseline() bool { return true }

type count struct {
	Label, Class string
	N            int
}

type codeLine struct {
	Number    int
	Text      string
	Highlight bool
}

type step struct {
	Location, Code, Note string
}

type issue struct {
	Index                       int
	RuleID, TestName            string
	Severity, Confidence        string // bandit spelling, for data attributes
	SeverityLabel, ConfLabel    string
	SeverityClass               string
	Filename, Location, Message string
	// Cell is "cell 3, line 2:4" for a notebook finding; Location is
	// then the notebook's name alone.
	Cell              string
	CWE               int
	CWELink, MoreInfo string
	Code              []codeLine
	Trace             []step
	Candidates        []string
}

type option struct{ Value, Label string }

type pageData struct {
	CSS                  template.CSS
	Script               template.JS
	Version, GeneratedAt string
	Total                int
	BySeverity, ByConf   []count
	FilesScanned, LOC    int
	Nosec, SkippedTests  int
	Issues               []issue
	Rules, Files         []option
	Errors               []finding.FileError
}

// Write renders the page.
func (Formatter) Write(w io.Writer, run *report.Run, opts report.Options) error {
	// The template writes in many small pieces: buffer them.
	b := bufio.NewWriterSize(w, 64<<10)
	if err := page.Execute(b, build(run, opts)); err != nil {
		return err
	}
	return b.Flush()
}

func build(run *report.Run, opts report.Options) pageData {
	d := pageData{
		CSS:          template.CSS(pageCSS),
		Script:       template.JS(pageJS),
		Version:      run.Version,
		Total:        len(run.Findings),
		LOC:          run.Totals.LOC,
		Nosec:        run.Totals.Nosec,
		SkippedTests: run.Totals.SkippedTests,
		Errors:       run.Errors,
		FilesScanned: len(run.Metrics),
	}
	if len(run.FilesInScope) > 0 {
		d.FilesScanned = len(run.FilesInScope)
	}
	if !run.GeneratedAt.IsZero() {
		d.GeneratedAt = run.GeneratedAt.UTC().Format("2006-01-02 15:04:05 UTC")
	}
	var sev, conf [4]int
	rules, files := map[string]string{}, map[string]bool{}
	for i := range run.Findings {
		f := &run.Findings[i]
		sev[clamp(f.Severity)]++
		conf[clamp(f.Confidence)]++
		rules[f.RuleID] = report.TestName(f)
		files[f.Filename] = true
		d.Issues = append(d.Issues, makeIssue(i, f, run, opts))
	}
	for _, l := range []finding.Level{finding.High, finding.Medium, finding.Low, finding.Undefined} {
		d.BySeverity = append(d.BySeverity, count{report.Capitalize(l), levelClass(l), sev[l]})
		d.ByConf = append(d.ByConf, count{report.Capitalize(l), levelClass(l), conf[l]})
	}
	for id, name := range rules {
		d.Rules = append(d.Rules, option{id, id + " " + name})
	}
	slices.SortFunc(d.Rules, func(a, b option) int { return strings.Compare(a.Value, b.Value) })
	for name := range files {
		d.Files = append(d.Files, option{name, name})
	}
	slices.SortFunc(d.Files, func(a, b option) int { return strings.Compare(a.Value, b.Value) })
	return d
}

// clamp maps an out-of-range level to Undefined, as Level.String does.
func clamp(l finding.Level) finding.Level {
	if l > finding.High {
		return finding.Undefined
	}
	return l
}

// levelClass is the CSS class colouring a level: lvl-high, lvl-low, ...
func levelClass(l finding.Level) string {
	return "lvl-" + strings.ToLower(l.String())
}

func makeIssue(i int, f *finding.Finding, run *report.Run, opts report.Options) issue {
	is := issue{
		Index:         i,
		RuleID:        f.RuleID,
		TestName:      report.TestName(f),
		Severity:      f.Severity.String(),
		Confidence:    f.Confidence.String(),
		SeverityLabel: report.Capitalize(f.Severity),
		ConfLabel:     report.Capitalize(f.Confidence),
		SeverityClass: levelClass(f.Severity),
		Filename:      f.Filename,
		Location:      location(f.Filename, f.Line, f.Col),
		Message:       f.Message,
		CWE:           f.CWE,
		MoreInfo:      report.MoreInfo(f),
	}
	if f.NotebookCell > 0 {
		is.Location = f.Filename
		is.Cell = "cell " + strconv.Itoa(f.NotebookCell) + ", line " + strconv.Itoa(f.NotebookLine) + ":" + strconv.Itoa(f.Col)
	}
	if f.CWE != 0 {
		is.CWELink = finding.CWELink(f.CWE)
	}
	inRange := map[int]bool{}
	for n := f.Line; n <= report.EndLine(f); n++ {
		inRange[n] = true
	}
	for _, n := range report.LineRange(f) {
		inRange[n] = true
	}
	for _, l := range report.Excerpt(f, opts) {
		is.Code = append(is.Code, codeLine{l.Number, l.Text, inRange[l.Source]})
	}
	for i := range f.Trace {
		s := &f.Trace[i]
		cell, line := report.StepCell(s, opts)
		is.Trace = append(is.Trace, step{place(s.Filename, s.Line, cell, line, s.Col), s.Code, s.Note})
	}
	for _, c := range run.CandidatesOf(i) {
		is.Candidates = append(is.Candidates, location(c.Filename, c.Line, c.Col))
	}
	return is
}

// breakable lets a location wrap only after a "/" of its path, never
// inside a name or the ":line:col" at its end.
func breakable(loc string) template.HTML {
	var b strings.Builder
	for i, part := range strings.Split(loc, "/") {
		if i > 0 {
			b.WriteString("/<wbr>")
		}
		b.WriteString(template.HTMLEscapeString(part))
	}
	return template.HTML(b.String())
}

func location(file string, line, col int) string {
	return file + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(col)
}

// place spells a location for the page: "app.py:12:4", or in a notebook
// cell "nb.ipynb, cell 3, line 2:4".
func place(file string, line, cell, cellLine, col int) string {
	if cell > 0 {
		return file + ", cell " + strconv.Itoa(cell) + ", line " + strconv.Itoa(cellLine) + ":" + strconv.Itoa(col)
	}
	return location(file, line, col)
}
