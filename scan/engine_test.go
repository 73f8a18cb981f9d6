package scan

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/kraitsec/krait/finding"
)

func runFake(t *testing.T, o *Options) *Result {
	t.Helper()
	o.Analyzer = fakeAnalyzer{}
	o.Resolve = fakeResolver
	res, err := Run(o)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func summary(fs []finding.Finding) []string {
	var out []string
	for _, f := range fs {
		s := fmt.Sprintf("%s:%d:%s", f.Filename, f.Line, f.RuleID)
		if f.NotebookCell > 0 {
			s += fmt.Sprintf("@cell%d:%d", f.NotebookCell, f.NotebookLine)
		}
		out = append(out, s)
	}
	return out
}

func TestRunNosecMetricsAndErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.py": "x = 1  flag(B602)\n" + // reported
			"y = 2  flag(B602) # nosec\n" + // blanket
			"z = 3  flag(B101) # nosec B101\n" + // targeted
			"w = 4  flag(B602) # nosec B101\n" + // other id: reported
			"\n# comment only\n",
		"b.py":      "call(  flag(B602) span(1,3)\n  arg,\n) # nosec\n",
		"bad.py":    "ok\nSYNTAX ERROR here\n",
		"big.py":    strings.Repeat("x = 1\n", 100),
		"low.py":    "v = 1  flag(B101) sev(LOW) conf(LOW)\n",
		"nb.ipynb":  `{"nbformat":4,"cells":[{"cell_type":"markdown","source":"hi"},{"cell_type":"code","source":["a = 1\n","b = 2  flag(B602)\n"]}]}`,
		"bad.ipynb": `{"cells": [`,
	})
	chdir(t, dir)
	o := defaultOpts(".")
	o.MaxFileSize = 500
	res := runFake(t, o)

	want := []string{"./a.py:1:B602", "./a.py:4:B602", "./low.py:1:B101", "./nb.ipynb:2:B602@cell2:2"}
	if got := summary(res.Findings); !reflect.DeepEqual(got, want) {
		t.Errorf("findings\n %v\nwant\n %v", got, want)
	}
	a := res.Metrics["./a.py"]
	if a == nil || a.LOC != 4 || a.Nosec != 1 || a.SkippedTests != 1 || a.Severity[finding.High] != 2 {
		t.Errorf("a.py metrics = %+v", a)
	}
	if b := res.Metrics["./b.py"]; b == nil || b.Nosec != 1 {
		t.Errorf("b.py metrics = %+v (nosec on the closing line must count)", b)
	}
	if res.Totals.Nosec != 2 || res.Totals.SkippedTests != 1 {
		t.Errorf("totals = %+v", res.Totals)
	}
	errs := map[string]string{}
	for _, e := range res.Errors {
		errs[e.Filename] = e.Reason
	}
	if r := errs["./bad.py"]; !strings.HasPrefix(r, "syntax error while parsing AST from file (line 2") {
		t.Errorf("bad.py reason %q", r)
	}
	if r := errs["./big.py"]; !strings.HasPrefix(r, "file too large") {
		t.Errorf("big.py reason %q", r)
	}
	if r := errs["./bad.ipynb"]; !strings.HasPrefix(r, "invalid notebook JSON") {
		t.Errorf("bad.ipynb reason %q", r)
	}
	if _, ok := res.Metrics["./bad.py"]; !ok {
		t.Errorf("bad.py has no metrics; bandit counts its loc before parsing")
	}
	if lines := res.SourceLines("./a.py"); len(lines) != 6 || !strings.HasPrefix(lines[0], "x = 1") {
		t.Errorf("SourceLines(a.py) = %q", lines)
	}

	// Filters: -l (LOW) keeps everything, -ll drops the LOW finding; --ignore-nosec
	// brings the suppressed ones back.
	o = defaultOpts(".")
	o.MinSeverity = finding.Medium
	if got := summary(runFake(t, o).Findings); contains(got, "./low.py:1:B101") || len(got) != 3 {
		t.Errorf("-ll findings = %v", got)
	}
	o = defaultOpts("a.py")
	o.IgnoreNosec = true
	if got := summary(runFake(t, o).Findings); len(got) != 4 {
		t.Errorf("--ignore-nosec findings = %v", got)
	}
	o = defaultOpts(".")
	o.Enabled = func(id string) bool { return id != "B602" }
	if got := summary(runFake(t, o).Findings); !reflect.DeepEqual(got, []string{"./low.py:1:B101"}) {
		t.Errorf("-s B602 findings = %v", got)
	}
}

func TestRunDeterministic(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 60 {
		files[fmt.Sprintf("m%02d/f.py", i)] = strings.Repeat("a = 1  flag(B602)\n", i%4) + "b = flag(B101)\n"
	}
	writeFiles(t, dir, files)
	chdir(t, dir)
	var first []string
	for _, jobs := range []int{1, 2, 7} {
		o := defaultOpts(".")
		o.Jobs = jobs
		got := summary(runFake(t, o).Findings)
		if first == nil {
			first = got
			continue
		}
		if !reflect.DeepEqual(got, first) {
			t.Fatalf("jobs=%d gave a different result", jobs)
		}
	}
	if len(first) != 60+(15*(0+1+2+3)) {
		t.Errorf("got %d findings", len(first))
	}
}

func TestRunStdinAndWholeProgram(t *testing.T) {
	o := defaultOpts("-")
	o.Stdin = strings.NewReader("x  flag(B602)\ny = 1 # nosec\n")
	var started []string
	var got []any
	o.WholeProgram = &stageFunc{
		start: func(names []string) { started = names },
		add:   func(name string, tree any) any { return name },
		run: func(kept []any) ([]finding.Finding, []finding.FileError) {
			got = kept
			return []finding.Finding{
				{RuleID: "T78", Filename: StdinName, Line: 1, Severity: finding.High, Confidence: finding.High},
				{RuleID: "T89", Filename: StdinName, Line: 2, Severity: finding.High, Confidence: finding.High},
			}, nil
		},
	}
	res := runFake(t, o)
	if !reflect.DeepEqual(started, []string{StdinName}) || !reflect.DeepEqual(got, []any{StdinName}) {
		t.Errorf("whole-program stage started with %v and got %v", started, got)
	}
	if s := summary(res.Findings); !reflect.DeepEqual(s, []string{"<stdin>:1:B602", "<stdin>:1:T78"}) {
		t.Errorf("findings = %v (T89 is on a nosec line)", s)
	}
	if res.Metrics[StdinName].Nosec != 1 {
		t.Errorf("stdin metrics %+v", res.Metrics[StdinName])
	}
}

func TestBaseline(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.py": "x  flag(B602)\ny  flag(B602)\nz  flag(B101)\n",
	})
	chdir(t, dir)
	// A bandit-1.6-style report: no issue_cwe; line numbers differ.
	report := `{"results": [{"filename": "./a.py", "issue_severity": "HIGH", "issue_confidence": "HIGH",
		"issue_text": "fake B602", "test_name": "rule_B602", "test_id": "B602", "line_number": 40}]}`
	if err := os.WriteFile("base.json", []byte(report), 0o644); err != nil {
		t.Fatal(err)
	}
	b, warns, err := LoadBaseline("base.json")
	if err != nil || len(warns) != 0 || b.Len() != 1 {
		t.Fatalf("LoadBaseline: %v %v %d", err, warns, b.Len())
	}
	o := defaultOpts(".")
	o.Baseline = b
	res := runFake(t, o)
	if s := summary(res.Findings); !reflect.DeepEqual(s, []string{"./a.py:3:B101"}) {
		t.Errorf("new findings = %v", s)
	}
	if len(res.Candidates[0]) != 1 {
		t.Errorf("candidates = %v", res.Candidates)
	}
	// Spelled differently, the file does not match.
	o = defaultOpts("a.py")
	o.Baseline, _ = ParseBaseline([]byte(strings.ReplaceAll(report, "./a.py", "a.py")))
	if s := summary(runFake(t, o).Findings); len(s) != 3 {
		t.Errorf("findings with a.py baseline = %v", s)
	}
	if _, _, err := LoadBaseline("nope.json"); err == nil {
		t.Errorf("missing baseline loaded")
	}
	if b, warns, err := LoadBaseline("a.py"); err != nil || len(warns) != 1 || b.Len() != 0 {
		t.Errorf("non-JSON baseline: %v %v", err, warns)
	}
	// JSON that is not a report (a SARIF file, a bare list, a result
	// without the compared fields) warns too, naming what is wrong.
	for doc, want := range map[string]string{
		`{"version": "2.1.0", "runs": [{"results": []}]}`: `no "results" list`,
		`[]`: "the top level is a JSON array",
		`{"results": [{"filename": "./a.py", "test_name": "x"}]}`: `result 1 has no "test_id"`,
	} {
		if err := os.WriteFile("other.json", []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
		b, warns, err := LoadBaseline("other.json")
		if err != nil || len(warns) != 1 || !strings.Contains(warns[0], want) || b.Len() != 0 {
			t.Errorf("baseline %s: %v %v, want a warning containing %q", doc, err, warns, want)
		}
	}
}

func TestCountLOC(t *testing.T) {
	cases := map[string]int{
		"":                       0,
		"a\n\n  # c\n b\n":       2,
		"a\r\nb\rc":              3,
		"#!x\n\t\n\f\nx = 1 #\n": 1,
	}
	for src, want := range cases {
		if got := CountLOC([]byte(src)); got != want {
			t.Errorf("CountLOC(%q) = %d, want %d", src, got, want)
		}
	}
}

// TestNotebookSyntaxError: the error names the cell and the line in it.
func TestNotebookSyntaxError(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"nb.ipynb": `{"nbformat":4,"cells":[{"cell_type":"code","source":"a = 1\nb = 2"},{"cell_type":"markdown","source":"x"},{"cell_type":"code","source":"c = 3\nSYNTAX ERROR"}]}`,
	})
	chdir(t, dir)
	res := runFake(t, defaultOpts("."))
	if len(res.Errors) != 1 || !strings.Contains(res.Errors[0].Reason, "(cell 3, line 2: SyntaxError: invalid syntax)") {
		t.Errorf("errors = %+v", res.Errors)
	}
}

// BenchmarkRun measures the engine alone (discovery, scheduling, nosec,
// metrics, sorting) with the fake analyzer on 500 small files.
func BenchmarkRun(b *testing.B) {
	dir := b.TempDir()
	for i := range 500 {
		p := fmt.Sprintf("%s/d%02d/f%03d.py", dir, i%20, i)
		if err := os.MkdirAll(p[:strings.LastIndexByte(p, '/')], 0o755); err != nil {
			b.Fatal(err)
		}
		src := strings.Repeat("x = 1  flag(B602)  # nosec B101\ny = 2\n", 20)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	o := defaultOpts(dir)
	o.Analyzer, o.Resolve = fakeAnalyzer{}, fakeResolver
	b.ResetTimer()
	for range b.N {
		if _, err := Run(o); err != nil {
			b.Fatal(err)
		}
	}
}

// stageFunc is a WholeProgram made of functions (nil ones do nothing).
type stageFunc struct {
	start func([]string)
	add   func(string, any) any
	run   func([]any) ([]finding.Finding, []finding.FileError)
}

func (s *stageFunc) Start(names []string) {
	if s.start != nil {
		s.start(names)
	}
}

func (s *stageFunc) Add(name string, tree any) any {
	if s.add != nil {
		return s.add(name, tree)
	}
	return tree
}

func (s *stageFunc) Run(kept []any) ([]finding.Finding, []finding.FileError) {
	if s.run != nil {
		return s.run(kept)
	}
	return nil, nil
}
