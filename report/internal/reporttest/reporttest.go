// Package reporttest holds the fixed Run every format's golden test
// renders, and the golden-file helper (regenerate with
// `go test ./report/... -update`).
package reporttest

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/report"
	"github.com/kraitsec/krait/report/internal/banditdoc"
	"github.com/kraitsec/krait/report/internal/pyjson"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// Golden compares got with testdata/<name>.golden, or rewrites the file
// when -update is given.
func Golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; first difference at line %d\n got: %q\nwant: %q",
			path, firstDiffLine(got, want), lineAt(got, firstDiffLine(got, want)), lineAt(want, firstDiffLine(got, want)))
	}
}

func firstDiffLine(a, b []byte) int {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] != lb[i] {
			return i + 1
		}
	}
	return min(len(la), len(lb)) + 1
}

func lineAt(s []byte, n int) string {
	lines := strings.Split(string(s), "\n")
	if n-1 < len(lines) {
		return lines[n-1]
	}
	return "<EOF>"
}

// Hostile is text that must come out escaped in markup formats.
const Hostile = `Use of "eval" <script>alert('x')</script> & ünïcode ☃ 😀`

// Sources are the fixture files' lines.
var sources = map[string][]string{
	"app/util.py": {
		"import subprocess",
		"",
		"",
		"def run(cmd):",
		"    subprocess.Popen(",
		"        cmd,",
		"        shell=True)",
		"    return cmd",
	},
	"app/views.py": {
		"from flask import request",
		"",
		`PASSWORD = "hunter2"`,
		"",
		"",
		"def show(db):",
		"    # look the user up",
		"",
		"",
		"    name = request.args.get(\"name\")",
		"",
		"    query = \"SELECT * FROM t WHERE n = '\" + name + \"'\"",
		"",
		"    return db.execute(query)",
	},
	"./scripts/déploy.py": {
		"import os",
		`x = eval(os.environ["EXPR"])  # <b>"quoted"</b> & ☃`,
	},
}

// SourceLines serves the fixture files' lines.
func SourceLines(filename string) []string { return sources[filename] }

// fixtureRules are registered unless a real check already owns the id.
var fixtureRules = []*finding.Rule{
	{
		ID: "B105", Name: "hardcoded_password_string", Severity: finding.Low, Confidence: finding.Medium, CWE: 259,
		MoreInfo: "https://bandit.readthedocs.io/en/1.9.4/plugins/b105_hardcoded_password_string.html",
		Doc: finding.Doc{
			Summary:     "Possible hardcoded password.",
			Why:         "A password in the source is readable by everyone who can read the code.",
			Bad:         `PASSWORD = "hunter2"`,
			Good:        `PASSWORD = os.environ["PASSWORD"]`,
			Remediation: "Read secrets from the environment or a secret store.",
			References:  []string{"https://cwe.mitre.org/data/definitions/259.html"},
		},
	},
	{
		ID: "B307", Name: "blacklist", Severity: finding.Medium, Confidence: finding.High, CWE: 78,
		MoreInfo: "https://bandit.readthedocs.io/en/1.9.4/blacklists/blacklist_calls.html#b307-eval",
		Doc:      finding.Doc{Summary: "Use of possibly insecure function eval."},
	},
	{
		ID: "B602", Name: "subprocess_popen_with_shell_equals_true", Severity: finding.High, Confidence: finding.High, CWE: 78,
		MoreInfo: "https://bandit.readthedocs.io/en/1.9.4/plugins/b602_subprocess_popen_with_shell_equals_true.html",
		Doc: finding.Doc{
			Summary: "subprocess call with shell=True identified.",
			Why:     "A shell interprets metacharacters such as `;` and `$()` in the command.",
			Bad:     `subprocess.Popen(cmd, shell=True)`,
			Good:    `subprocess.Popen(["ls", path])`,
		},
	},
	{
		ID: "T89", Name: "sql_injection", Severity: finding.High, Confidence: finding.Medium, CWE: 89,
		MoreInfo: "https://krait.dev/rules/T89",
		Doc: finding.Doc{
			Summary:     "Untrusted data reaches SQL text.",
			Why:         "An attacker can change the meaning of the query.",
			Bad:         `db.execute("SELECT * FROM t WHERE n = '" + name + "'")`,
			Good:        `db.execute("SELECT * FROM t WHERE n = ?", (name,))`,
			Remediation: "Use query parameters.",
			References:  []string{"https://owasp.org/www-community/attacks/SQL_Injection"},
		},
	},
	{ID: "K901", Name: "fixture_without_cwe", Severity: finding.Undefined, Confidence: finding.Low},
}

func init() {
	for _, r := range fixtureRules {
		if finding.LookupRule(r.ID) == nil {
			finding.Register(r)
		}
	}
}

// Findings returns the fixture's findings, sorted like the scanner sorts.
func Findings() []finding.Finding {
	return []finding.Finding{
		{
			RuleID: "B307", RuleName: "blacklist", Severity: finding.Medium, Confidence: finding.High, CWE: 78,
			Message:  Hostile,
			Filename: "./scripts/déploy.py", Line: 2, Col: 4, EndLine: 2, EndCol: 28, LineRange: []int{2},
			MoreInfo: "https://bandit.readthedocs.io/en/1.9.4/blacklists/blacklist_calls.html#b307-eval",
		},
		{
			RuleID: "B602", RuleName: "subprocess_popen_with_shell_equals_true", Severity: finding.High, Confidence: finding.High, CWE: 78,
			Message:  "subprocess call with shell=True identified, security issue.",
			Filename: "app/util.py", Line: 5, Col: 4, EndLine: 7, EndCol: 19, LineRange: []int{5, 6, 7},
			MoreInfo: "https://bandit.readthedocs.io/en/1.9.4/plugins/b602_subprocess_popen_with_shell_equals_true.html",
		},
		{
			RuleID: "B105", RuleName: "hardcoded_password_string", Severity: finding.Low, Confidence: finding.Medium, CWE: 259,
			Message:  "Possible hardcoded password: 'hunter2'",
			Filename: "app/views.py", Line: 3, Col: 11, EndLine: 3, EndCol: 20, LineRange: []int{3},
			MoreInfo: "https://bandit.readthedocs.io/en/1.9.4/plugins/b105_hardcoded_password_string.html",
		},
		{
			RuleID: "K901", Severity: finding.Undefined, Confidence: finding.Low,
			Message:  "Fixture finding\twithout a CWE,\nor documentation.",
			Filename: "app/views.py", Line: 14, Col: 4, EndLine: 14, EndCol: 28,
		},
		{
			RuleID: "T89", RuleName: "sql_injection", Severity: finding.High, Confidence: finding.Medium, CWE: 89,
			Message:  "Untrusted data from flask.request.args reaches SQL text in db.execute().",
			Filename: "app/views.py", Line: 14, Col: 11, EndLine: 14, EndCol: 28, LineRange: []int{14},
			MoreInfo: "https://krait.dev/rules/T89",
			Trace: []finding.Step{
				{Filename: "app/views.py", Line: 10, Col: 11, Code: `name = request.args.get("name")`, Note: "read from flask.request.args"},
				{Filename: "app/views.py", Line: 12, Col: 4, Code: `query = "SELECT * FROM t WHERE n = '" + name + "'"`, Note: "concatenated into query"},
				{Filename: "app/views.py", Line: 14, Col: 11, Code: "return db.execute(query)", Note: "reaches sink db.execute (argument 1)"},
			},
		},
	}
}

func metrics(loc, nosec, skipped int, sev, conf [4]int) *report.Metrics {
	return &report.Metrics{LOC: loc, Nosec: nosec, SkippedTests: skipped, Severity: sev, Confidence: conf}
}

// Run returns the fixture run: five findings in three files (one a taint
// finding with a three-step trace), two unscannable files and metrics.
func Run() *report.Run {
	perFile := map[string]*report.Metrics{
		"./scripts/déploy.py": metrics(2, 0, 0, [4]int{0, 0, 1, 0}, [4]int{0, 0, 0, 1}),
		"app/util.py":         metrics(6, 1, 0, [4]int{0, 0, 0, 1}, [4]int{0, 0, 0, 1}),
		"app/views.py":        metrics(8, 0, 2, [4]int{1, 1, 0, 1}, [4]int{0, 1, 2, 0}),
	}
	var totals report.Metrics
	for _, m := range perFile {
		totals.LOC += m.LOC
		totals.Nosec += m.Nosec
		totals.SkippedTests += m.SkippedTests
		for i := range 4 {
			totals.Severity[i] += m.Severity[i]
			totals.Confidence[i] += m.Confidence[i]
		}
	}
	return &report.Run{
		Findings: Findings(),
		Errors: []finding.FileError{
			{Filename: "./broken.py", Reason: "syntax error while parsing AST from file"},
			{Filename: "app/<gone>.py", Reason: "No such file or directory"},
		},
		Metrics:       perFile,
		Totals:        totals,
		FilesInScope:  []string{"./scripts/déploy.py", "app/util.py", "app/views.py", "./broken.py"},
		FilesExcluded: []string{"app/__pycache__/x.py"},
		GeneratedAt:   time.Date(2026, 1, 2, 3, 4, 5, 678000000, time.UTC),
		Version:       "0.1.0-test",
		Root:          "/src/project",
	}
}

// BaselineRun is Run in baseline mode: the B105 finding (index 2) has two
// equal current issues, the others one.
func BaselineRun() *report.Run {
	run := Run()
	run.Baseline = true
	second := run.Findings[2]
	second.Line, second.LineRange, second.EndLine = 1, []int{1}, 1
	run.Candidates = map[int][]finding.Finding{
		0: {run.Findings[0]},
		2: {run.Findings[2], second},
	}
	return run
}

// Options are the options golden tests render with.
func Options() report.Options {
	opts := report.DefaultOptions()
	opts.SourceLines = SourceLines
	return opts
}

// Python returns the CPython 3.13 oracle's path. Without it the test is
// skipped locally and fails under CI=true.
func Python(t *testing.T) string {
	t.Helper()
	home, _ := os.UserHomeDir()
	matches, _ := filepath.Glob(filepath.Join(home, ".pyenv/versions/3.13*/bin/python3.13"))
	if len(matches) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3.13 oracle not found under ~/.pyenv/versions (needed with CI=true)")
		}
		t.Skip("python3.13 oracle not found under ~/.pyenv/versions")
	}
	return matches[0]
}

// PythonOracle runs script under python3.13 with the run's bandit JSON
// document on stdin (results in file order, like the run) and returns
// what it prints. The script sees the document as `doc`.
func PythonOracle(t *testing.T, run *report.Run, opts report.Options, script string) []byte {
	t.Helper()
	py := Python(t)
	doc, err := pyjson.Marshal(banditdoc.Build(run, opts, false))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "-c", "import json, sys\ndoc = json.loads(sys.stdin.read())\n"+script)
	cmd.Stdin = bytes.NewReader(doc)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python oracle: %v\n%s", err, stderr.String())
	}
	return out
}
