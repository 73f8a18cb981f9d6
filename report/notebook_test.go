package report_test

import (
	"slices"
	"testing"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/report"
	"github.com/kraitsec/krait/report/internal/reporttest"
)

func TestNotebookExcerpt(t *testing.T) {
	opts := reporttest.NotebookOptions()
	noCells := reporttest.NotebookOptions()
	noCells.Notebook = nil
	run := reporttest.NotebookRun()
	cases := []struct {
		name    string
		finding finding.Finding
		opts    report.Options
		context int
		want    []report.CodeLine
	}{
		{
			name: "cell lines as written, numbered in the cell, stopping at its end", finding: run.Findings[1], opts: opts, context: 3,
			want: []report.CodeLine{{Number: 2, Text: "user_dir = input()", Source: 2}, {Number: 3, Text: "!ls {user_dir}", Source: 3}},
		},
		{
			name: "never reaches into the previous cell", finding: run.Findings[2], opts: opts, context: 5,
			want: []report.CodeLine{
				{Number: 1, Text: "out = subprocess.check_output(user_dir, shell=True)", Source: 4},
				{Number: 2, Text: "eval(out)  # ☃", Source: 5},
			},
		},
		{
			name: "without the notebook view: the converted source", finding: run.Findings[1], opts: noCells, context: 1,
			want: []report.CodeLine{{Number: 3, Text: `get_ipython().system(f"ls {user_dir}")`, Source: 3}},
		},
		{
			name: "a .py file is unchanged", finding: run.Findings[0], opts: opts, context: 1,
			want: []report.CodeLine{{Number: 3, Text: `PASSWORD = "hunter2"`, Source: 3}},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.opts.Context = c.context
			if got := report.Excerpt(&c.finding, c.opts); !slices.Equal(got, c.want) {
				t.Errorf("got %+v, want %+v", got, c.want)
			}
		})
	}
}

func TestNotebookPlaces(t *testing.T) {
	opts := reporttest.NotebookOptions()
	run := reporttest.NotebookRun()
	taint := &run.Findings[1]
	if got := report.FindingPlace(taint); got != "nb/explore.ipynb:cell 2:line 3" {
		t.Errorf("FindingPlace = %q", got)
	}
	if got := report.FindingPlace(&run.Findings[0]); got != "app/views.py:3" {
		t.Errorf("FindingPlace(.py) = %q", got)
	}
	if got := report.StepPlace(&taint.Trace[0], opts); got != "nb/explore.ipynb:cell 2:line 2" {
		t.Errorf("StepPlace = %q", got)
	}
	if got := report.StepPlace(&taint.Trace[0], reporttest.Options()); got != "nb/explore.ipynb:2" {
		t.Errorf("StepPlace without the notebook view = %q", got)
	}
	for _, c := range []struct {
		f        *finding.Finding
		n        int
		text     string
		fileLine int
	}{
		{taint, 3, "!ls {user_dir}", 10},
		{taint, 1, "import subprocess", 8},
		{taint, 4, "", 0}, // outside the finding's cell
		{&run.Findings[3], 4, "out = subprocess.check_output(user_dir, shell=True)", 20},
		{&run.Findings[0], 3, `PASSWORD = "hunter2"`, 0},
	} {
		if got := report.LineText(c.f, c.n, opts); got != c.text {
			t.Errorf("%s LineText(%d) = %q, want %q", c.f.RuleID, c.n, got, c.text)
		}
		if got := report.FileLine(c.f, c.n, opts); got != c.fileLine {
			t.Errorf("%s FileLine(%d) = %d, want %d", c.f.RuleID, c.n, got, c.fileLine)
		}
	}
	cell, line, fileLine, text, ok := report.NotebookLine(reporttest.NotebookFile, 5, opts)
	if !ok || cell != 4 || line != 2 || fileLine != 21 || text != "eval(out)  # ☃" {
		t.Errorf("NotebookLine(5) = %d %d %d %q %v", cell, line, fileLine, text, ok)
	}
	if _, _, _, _, ok := report.NotebookLine(reporttest.NotebookFile, 6, opts); ok {
		t.Error("NotebookLine past the last cell is ok")
	}
	if _, _, _, _, ok := report.NotebookLine("app/views.py", 3, opts); ok {
		t.Error("NotebookLine of a .py file is ok")
	}
}
