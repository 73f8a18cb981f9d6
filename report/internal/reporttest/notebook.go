package reporttest

import (
	"time"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/notebook"
	"github.com/kraitsec/krait/report"
)

// NotebookFile is the fixture notebook's name.
const NotebookFile = "nb/explore.ipynb"

// The notebook's converted Python (what SourceLines serves): cell 2 is
// lines 1-3, cell 4 lines 4-5; cells 1 and 3 are markdown.
var notebookSource = []string{
	"import subprocess",
	"user_dir = input()",
	`get_ipython().system(f"ls {user_dir}")`,
	"out = subprocess.check_output(user_dir, shell=True)",
	"eval(out)  # ☃",
}

// fixtureNotebook is the notebook as the scan describes it: the cells as
// written and the .ipynb lines they start on.
var fixtureNotebook = &report.Notebook{
	Lines: &notebook.Map{Spans: []notebook.Span{{Cell: 2, Start: 1, Lines: 3}, {Cell: 4, Start: 4, Lines: 2}}},
	Cells: map[int]*report.Cell{
		2: {Lines: []string{"import subprocess", "user_dir = input()", "!ls {user_dir}"}, FileLines: []int{8, 9, 10}},
		4: {Lines: []string{"out = subprocess.check_output(user_dir, shell=True)", "eval(out)  # ☃"}, FileLines: []int{20, 21}},
	},
}

func init() {
	if finding.LookupRule("T78") == nil {
		finding.Register(&finding.Rule{
			ID: "T78", Name: "os_command_injection", Severity: finding.High, Confidence: finding.Medium, CWE: 78,
			MoreInfo: "https://krait.dev/rules/T78",
			Doc:      finding.Doc{Summary: "Untrusted data reaches a shell command."},
		})
	}
}

// NotebookRun is a run with findings in a notebook (a taint finding whose
// trace stays in the notebook, and two checks) and one in a .py file.
func NotebookRun() *report.Run {
	py := Findings()[2] // B105 in app/views.py
	nb := []finding.Finding{
		py,
		{
			RuleID: "T78", RuleName: "os_command_injection", Severity: finding.High, Confidence: finding.Medium, CWE: 78,
			Message:  "Untrusted data from input() reaches a shell command in get_ipython().system().",
			Filename: NotebookFile, Line: 3, Col: 0, EndLine: 3, EndCol: 38, LineRange: []int{3},
			MoreInfo:     "https://krait.dev/rules/T78",
			NotebookCell: 2, NotebookLine: 3,
			Trace: []finding.Step{
				{Filename: NotebookFile, Line: 2, Col: 11, Code: "user_dir = input()", Note: "read from input()"},
				{Filename: NotebookFile, Line: 3, Col: 0, Code: "!ls {user_dir}", Note: "reaches sink get_ipython().system (argument 1)"},
			},
		},
		{
			RuleID: "B602", RuleName: "subprocess_popen_with_shell_equals_true", Severity: finding.High, Confidence: finding.High, CWE: 78,
			Message:  "subprocess call with shell=True identified, security issue.",
			Filename: NotebookFile, Line: 4, Col: 6, EndLine: 4, EndCol: 51, LineRange: []int{4},
			MoreInfo:     "https://bandit.readthedocs.io/en/1.9.4/plugins/b602_subprocess_popen_with_shell_equals_true.html",
			NotebookCell: 4, NotebookLine: 1,
		},
		{
			RuleID: "B307", RuleName: "blacklist", Severity: finding.Medium, Confidence: finding.High, CWE: 78,
			Message:  "Use of possibly insecure function - consider using safer ast.literal_eval.",
			Filename: NotebookFile, Line: 5, Col: 0, EndLine: 5, EndCol: 9, LineRange: []int{5},
			MoreInfo:     "https://bandit.readthedocs.io/en/1.9.4/blacklists/blacklist_calls.html#b307-eval",
			NotebookCell: 4, NotebookLine: 2,
		},
	}
	perFile := map[string]*report.Metrics{
		"app/views.py": metrics(8, 0, 0, [4]int{0, 1, 0, 0}, [4]int{0, 0, 1, 0}),
		NotebookFile:   metrics(5, 0, 0, [4]int{0, 0, 1, 2}, [4]int{0, 0, 1, 2}),
	}
	totals := report.Metrics{LOC: 13, Severity: [4]int{0, 1, 1, 2}, Confidence: [4]int{0, 0, 2, 2}}
	return &report.Run{
		Findings:     nb,
		Metrics:      perFile,
		Totals:       totals,
		FilesInScope: []string{"app/views.py", NotebookFile},
		GeneratedAt:  time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
		Version:      "0.1.0-test",
		Root:         "/src/project",
	}
}

// NotebookOptions are Options that also describe the fixture notebook.
func NotebookOptions() report.Options {
	opts := Options()
	opts.SourceLines = func(name string) []string {
		if name == NotebookFile {
			return notebookSource
		}
		return SourceLines(name)
	}
	opts.Notebook = func(name string) *report.Notebook {
		if name == NotebookFile {
			return fixtureNotebook
		}
		return nil
	}
	return opts
}
