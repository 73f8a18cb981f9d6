package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestBaseline: a report used as its own baseline hides everything; a
// baseline without the B602 issues shows exactly those again, whatever
// their line numbers.
func TestBaseline(t *testing.T) {
	full := krait(t, "", "", "scan", "-f", "json", "testdata/e2e/basic")
	if full.code != 1 {
		t.Fatalf("first scan exit %d", full.code)
	}
	dir := t.TempDir()
	same := filepath.Join(dir, "same.json")
	if err := os.WriteFile(same, []byte(full.stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	r := krait(t, "", "", "scan", "-b", same, "-f", "json", "testdata/e2e/basic")
	if r.code != 0 {
		t.Errorf("scan against its own baseline: exit %d, stderr %s", r.code, r.stderr)
	}
	var rep struct {
		Results []map[string]any `json:"results"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil || len(rep.Results) != 0 {
		t.Errorf("results against own baseline: %v %v", err, len(rep.Results))
	}

	// Drop the B602 results and shift every line: only B602 comes back.
	var doc map[string]any
	if err := json.Unmarshal([]byte(full.stdout), &doc); err != nil {
		t.Fatal(err)
	}
	var kept []any
	for _, res := range doc["results"].([]any) {
		m := res.(map[string]any)
		m["line_number"] = m["line_number"].(float64) + 100
		if m["test_id"] != "B602" {
			kept = append(kept, m)
		}
	}
	doc["results"] = kept
	data, _ := json.Marshal(doc)
	partial := filepath.Join(dir, "partial.json")
	if err := os.WriteFile(partial, data, 0o644); err != nil {
		t.Fatal(err)
	}
	r = krait(t, "", "", "scan", "-b", partial, "-f", "custom", "--msg-template", "{relpath}:{line} {test_id}", "testdata/e2e/basic")
	if r.code != 1 {
		t.Errorf("partial baseline exit %d", r.code)
	}
	golden(t, "baseline_partial", r.stdout)
	r = krait(t, "", "", "scan", "-b", partial, "testdata/e2e/basic")
	golden(t, "baseline_partial_text", r.stdout)
}

// TestGitignore: inside a git work tree, ignored files are skipped unless
// --no-gitignore; outside one nothing changes.
func TestGitignore(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		".git/HEAD":         "ref: refs/heads/main\n",
		".gitignore":        "build/\n*_gen.py\n",
		"app.py":            "eval(input())\n",
		"build/out.py":      "eval(input())\n",
		"pkg/schema_gen.py": "eval(input())\n",
		"pkg/.gitignore":    "local.py\n",
		"pkg/local.py":      "eval(input())\n",
		".venv/lib/x.py":    "eval(input())\n",
	}
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	scanned := func(args ...string) []string {
		// --no-taint: this test is about which files are scanned, one line each.
		cmd := append([]string{"scan", "--no-taint", "-f", "custom", "--msg-template", "{relpath}"}, args...)
		r := krait(t, "", "", append(cmd, dir)...)
		var out []string
		for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
			if l != "" {
				rel, _ := filepath.Rel(dir, filepath.Join(absRoot, l))
				out = append(out, filepath.ToSlash(rel))
			}
		}
		return out
	}
	if got := scanned(); strings.Join(got, " ") != "app.py" {
		t.Errorf("with .gitignore: %v", got)
	}
	if got := scanned("--no-gitignore"); strings.Join(got, " ") != "app.py build/out.py pkg/local.py pkg/schema_gen.py" {
		t.Errorf("--no-gitignore: %v", got)
	}
}

func TestSubcommands(t *testing.T) {
	r := krait(t, "", "", "rules")
	if r.code != 0 || !strings.Contains(r.stdout, "B602") || !strings.Contains(r.stdout, "subprocess_popen_with_shell_equals_true") {
		t.Errorf("rules: exit %d\n%s", r.code, r.stdout)
	}
	for _, retired := range []string{"B309", "B410"} {
		for _, line := range strings.Split(r.stdout, "\n") {
			if strings.HasPrefix(line, retired+" ") && !strings.Contains(line, "retired") {
				t.Errorf("rules: %s not marked retired: %q", retired, line)
			}
		}
	}
	// Readable: numeric order within B, K, T; no line ends in blanks.
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		if strings.HasSuffix(line, " ") {
			t.Errorf("rules: trailing blanks in %q", line)
		}
		if id, _, _ := strings.Cut(line, " "); id == "T94" || id == "T918" || id == "T22" || id == "K101" || id == "B704" {
			ids = append(ids, id)
		}
	}
	if got := strings.Join(ids, " "); got != "B704 K101 T22 T94 T918" {
		t.Errorf("rules order: %s", got)
	}
	r = krait(t, "", "", "explain", "B602")
	for _, want := range []string{"B602: subprocess_popen_with_shell_equals_true", "CWE-78", "Vulnerable example", "Fixed example"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("explain B602 lacks %q:\n%s", want, r.stdout)
		}
	}
	if r2 := krait(t, "", "", "explain", "assert_used"); r2.code != 0 || !strings.HasPrefix(r2.stdout, "B101:") {
		t.Errorf("explain by name: exit %d %q", r2.code, r2.stdout)
	}
	r = krait(t, "", "", "config", "--show-defaults")
	for _, want := range []string{"# B101 : assert_used", "\ntests:", "\nskips:", "shell_injection:", "  subprocess:"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("config --show-defaults lacks %q", want)
		}
	}
	// The generated file is a valid config for krait itself.
	cfg := filepath.Join(t.TempDir(), "bandit.yaml")
	if err := os.WriteFile(cfg, []byte(r.stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	if r2 := krait(t, "", "", "scan", "-c", cfg, "testdata/e2e/clean"); r2.code != 0 {
		t.Errorf("scan -c generated config: exit %d, %s", r2.code, r2.stderr)
	}
	for _, args := range [][]string{{"version"}, {"--version"}, {"scan", "--version"}} {
		if r := krait(t, "", "", args...); r.code != 0 || !strings.HasPrefix(r.stdout, "krait ") {
			t.Errorf("%v: exit %d %q", args, r.code, r.stdout)
		}
	}
	if r := krait(t, "", "", "scan", "--help"); r.code != 0 || !strings.Contains(r.stdout, "--severity-level") || !strings.Contains(r.stdout, "exit codes:") {
		t.Errorf("scan --help: exit %d", r.code)
	}
}

// TestOutputFile: -o writes the report to a file and nothing to stdout.
func TestOutputFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "r.sarif")
	r := krait(t, "", "", "scan", "-q", "-f", "sarif", "-o", out, "testdata/e2e/basic/vuln.py")
	if r.code != 1 || r.stdout != "" {
		t.Errorf("exit %d stdout %q", r.code, r.stdout)
	}
	data, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(data), `"version": "2.1.0"`) {
		t.Errorf("sarif file: %v %.80s", err, data)
	}
	if r := krait(t, "", "", "scan", "-o", "/nonexistent/dir/r.json", "-f", "json", "testdata/e2e/clean"); r.code != 2 {
		t.Errorf("unwritable -o: exit %d", r.code)
	}
}

// TestTaintStage: with --taint the demo app's flows are reported with
// their T rules, the safe twin has none, and the checks' results stay.
func TestTaintStage(t *testing.T) {
	r := krait(t, "", "", "scan", "--taint", "-f", "custom", "--msg-template", "{relpath}:{line} {test_id}", "examples/flaskapp")
	if r.code != 1 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	got := strings.Split(strings.TrimSpace(r.stdout), "\n")
	for _, want := range []string{
		"examples/flaskapp/app.py:25 T89", "examples/flaskapp/app.py:32 T78", "examples/flaskapp/app.py:39 T502",
		"examples/flaskapp/app.py:59 T94", "examples/flaskapp/app.py:32 B602",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("--taint: %q missing from\n%s", want, r.stdout)
		}
	}
	for _, line := range got {
		if strings.HasPrefix(line, "examples/flaskapp/safe_app.py") {
			t.Errorf("--taint flags the safe twin: %s", line)
		}
	}
	plain := krait(t, "", "", "scan", "--no-taint", "-f", "custom", "--msg-template", "{test_id}", "examples/flaskapp")
	if strings.Contains(plain.stdout, "T") {
		t.Errorf("taint findings with --no-taint:\n%s", plain.stdout)
	}
	// The taint stage is on by default.
	byDefault := krait(t, "", "", "scan", "-f", "custom", "--msg-template", "{test_id}", "examples/flaskapp")
	if !strings.Contains(byDefault.stdout, "T89") {
		t.Errorf("no taint findings by default:\n%s", byDefault.stdout)
	}
}

// TestHTMLReport: the html format is one self-contained page naming every
// finding (its layout has goldens in report/html).
func TestHTMLReport(t *testing.T) {
	r := krait(t, "", "", "scan", "-f", "html", "testdata/e2e/basic")
	if r.code != 1 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"<html", "testdata/e2e/basic/vuln.py", "B602", "B307", "testdata/e2e/basic/broken.py"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("html report lacks %q", want)
		}
	}
	for _, remote := range []string{`src="http`, `href="http://`, `<link rel="stylesheet" href="http`} {
		if strings.Contains(r.stdout, remote) {
			t.Errorf("html report loads %q from the network", remote)
		}
	}
}

// TestStdlibSmoke scans python3.13's standard library: the scan finishes,
// every file is either scanned or listed with a reason, and the only
// files that fail are the deliberately broken ones of CPython's tests.
func TestStdlibSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	py := os.Getenv("KRAIT_PYTHON")
	if py == "" {
		matches, _ := filepath.Glob(filepath.Join(os.Getenv("HOME"), ".pyenv/versions/3.13*/bin/python3.13"))
		if len(matches) > 0 {
			py = matches[len(matches)-1]
		}
	}
	if py == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3.13 (its standard library is the corpus) not found")
		}
		t.Skip("python3.13 not found")
	}
	stdlib := filepath.Join(filepath.Dir(filepath.Dir(py)), "lib", "python3.13")
	r := krait(t, "", "", "scan", "-q", "-f", "json", stdlib)
	if r.code != 1 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var rep struct {
		Errors  []struct{ Filename, Reason string } `json:"errors"`
		Results []map[string]any                    `json:"results"`
		Metrics map[string]any                      `json:"metrics"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Metrics) < 1500 || len(rep.Results) < 1000 {
		t.Errorf("%d files, %d results: too few", len(rep.Metrics)-1, len(rep.Results))
	}
	for _, e := range rep.Errors {
		if strings.HasPrefix(e.Reason, "taint analysis budget exceeded") {
			continue // the analysis says where it gave up; that is reporting, not failure
		}
		if !strings.Contains(e.Filename, "/test/") || !strings.HasPrefix(e.Reason, "syntax error while parsing AST from file") {
			t.Errorf("unexpected error: %s: %s", e.Filename, e.Reason)
		}
	}
	t.Logf("%d files, %d results, %d errors", len(rep.Metrics)-1, len(rep.Results), len(rep.Errors))
}
