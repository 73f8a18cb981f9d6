package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/kraitsec/krait/config"
)

// TestOutputFileEveryFormat: -o writes each format to the file (plain
// text, no ANSI codes), nothing to stdout, and the exit code still
// reflects the findings; screen ignores -o like bandit's.
func TestOutputFileEveryFormat(t *testing.T) {
	dir := t.TempDir()
	for _, format := range []string{"text", "txt", "json", "csv", "xml", "yaml", "sarif", "html", "custom"} {
		t.Run(format, func(t *testing.T) {
			path := filepath.Join(dir, "report."+format)
			r := krait(t, "", "", "scan", "-f", format, "-o", path, "testdata/e2e/basic/vuln.py")
			if r.code != 1 || r.stdout != "" {
				t.Errorf("exit %d, stdout %q", r.code, r.stdout)
			}
			if want := "krait: " + format + " report written to " + path; strings.TrimSpace(r.stderr) != want {
				t.Errorf("stderr %q, want %q", r.stderr, want)
			}
			data, err := os.ReadFile(path)
			if err != nil || !bytes.Contains(data, []byte("B602")) {
				t.Errorf("report file: %v %.200s", err, data)
			}
			if bytes.Contains(data, []byte("\x1b[")) {
				t.Errorf("ANSI codes in the %s file", format)
			}
		})
	}
	// "-o -" is stdout, as in bandit.
	r0 := kraitIn(t, dir, nil, "scan", "-f", "csv", "-o", "-", filepath.Join(absRoot, "testdata/e2e/basic/vuln.py"))
	if _, err := os.Stat(filepath.Join(dir, "-")); err == nil || r0.code != 1 || !strings.HasPrefix(r0.stdout, "filename,test_name") || r0.stderr != "" {
		t.Errorf("-o -: exit %d, stdout %.60q, stderr %q, file err %v", r0.code, r0.stdout, r0.stderr, err)
	}
	path := filepath.Join(dir, "screen.txt")
	r := krait(t, "", "", "scan", "-f", "screen", "-o", path, "testdata/e2e/basic/vuln.py")
	if _, err := os.Stat(path); err == nil || !strings.Contains(r.stdout, "B602") || !strings.Contains(r.stderr, "screen formatter output was not written to file") {
		t.Errorf("screen -o: file err %v, stderr %q", err, r.stderr)
	}
}

// TestBaselineIsAlsoTheOutput: -b and -o naming the same file compare
// with the old report before the new one replaces it, and a usage error
// leaves an existing -o file alone.
func TestBaselineIsAlsoTheOutput(t *testing.T) {
	path := filepath.Join(t.TempDir(), "report.json")
	if r := krait(t, "", "", "scan", "-q", "-f", "json", "-o", path, "testdata/e2e/basic/vuln.py"); r.code != 1 {
		t.Fatalf("first run: exit %d %s", r.code, r.stderr)
	}
	r := krait(t, "", "", "scan", "-q", "-f", "json", "-b", path, "-o", path, "testdata/e2e/basic/vuln.py")
	if r.code != 0 || r.stderr != "" {
		t.Errorf("same -b and -o: exit %d, stderr %q (the baseline was truncated before it was read?)", r.code, r.stderr)
	}
	before, _ := os.ReadFile(path)
	r = krait(t, "", "", "scan", "-q", "-f", "json", "-b", "nope.json", "-o", path, "testdata/e2e/basic/vuln.py")
	after, _ := os.ReadFile(path)
	if r.code != 2 || !bytes.Equal(before, after) {
		t.Errorf("usage error: exit %d, report file changed from %d to %d bytes", r.code, len(before), len(after))
	}
}

// TestNoColourOnPipes: without NO_COLOR, text on a pipe is plain and
// stderr carries no progress bar.
func TestNoColourOnPipes(t *testing.T) {
	cmd := exec.Command(kraitBin, "scan", "testdata/e2e/basic")
	cmd.Dir = repoRoot
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NO_COLOR=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	_ = cmd.Run()
	if !strings.Contains(out.String(), "B602") {
		t.Fatalf("no report: %s", errb.String())
	}
	if strings.Contains(out.String(), "\x1b[") || strings.ContainsAny(errb.String(), "\r\x1b") {
		t.Errorf("escape codes on a pipe:\nstdout %q\nstderr %q", out.String(), errb.String())
	}
}

// TestProgressOnlyOnTerminals: the progress bar goes to stderr only when
// it is a terminal and -q is not given.
func TestProgressOnlyOnTerminals(t *testing.T) {
	cases := []struct {
		args []string
		tty  bool
		want bool
	}{
		{[]string{"x.py"}, true, true},
		{[]string{"x.py"}, false, false},
		{[]string{"-q", "x.py"}, true, false},
	}
	for _, tc := range cases {
		f, _, err := parseScanFlags(tc.args)
		if err != nil {
			t.Fatal(err)
		}
		opts, err := resolveForTest(f)
		if err != nil {
			t.Fatal(err)
		}
		sel, _, err := opts.Select()
		if err != nil {
			t.Fatal(err)
		}
		e := &env{stdout: io.Discard, stderr: io.Discard, stderrIsTTY: tc.tty, getenv: func(string) string { return "" }}
		sopts, err := scanOptions(opts, sel, e)
		if err != nil {
			t.Fatal(err)
		}
		if got := sopts.Progress != nil; got != tc.want {
			t.Errorf("%v, stderr terminal %v: progress %v, want %v", tc.args, tc.tty, got, tc.want)
		}
	}
}

// TestDeterministicAcrossJobs: one worker or many, the JSON report is the
// same byte for byte (but for the time it was generated).
func TestDeterministicAcrossJobs(t *testing.T) {
	stamp := regexp.MustCompile(`"generated_at": "[^"]*"`)
	var reports []string
	for _, jobs := range []string{"1", "8"} {
		r := krait(t, "", "", "scan", "-q", "-f", "json", "-j", jobs, "examples", "testdata/e2e/basic", "testdata/e2e/clean")
		if r.code != 1 {
			t.Fatalf("-j %s: exit %d %s", jobs, r.code, r.stderr)
		}
		reports = append(reports, stamp.ReplaceAllString(r.stdout, ""))
	}
	if reports[0] != reports[1] {
		t.Errorf("-j 1 and -j 8 differ:\n%s", diffLines(reports[0], reports[1]))
	}
}

func resolveForTest(f *scanFlags) (*config.Options, error) {
	return config.Resolve(&f.Flags, knownPlugins())
}

// TestWriteFailures: a report or listing that cannot be written (a full
// disk) is an error with exit code 2, never a silent success.
func TestWriteFailures(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full on this system")
	}
	defer full.Close()
	for _, args := range [][]string{
		{"scan", "-f", "json", "testdata/e2e/basic/vuln.py"},
		{"scan", "testdata/e2e/clean"},
		{"rules"},
		{"explain", "B602"},
		{"config", "--show-defaults"},
	} {
		cmd := exec.Command(kraitBin, args...)
		cmd.Dir = repoRoot
		cmd.Stdout = full
		var errb bytes.Buffer
		cmd.Stderr = &errb
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		if code != 2 || !strings.Contains(errb.String(), "no space left on device") {
			t.Errorf("%v to /dev/full: exit %d, stderr %q", args, code, errb.String())
		}
	}
}

// TestExitCodes: 1 only when an issue is reported after the filters and
// the baseline; findings below the thresholds, skipped rules, a baseline
// holding them and --exit-zero all give 0.
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	// Only LOW severity, HIGH confidence issues (B404, B603, B607).
	src := "import subprocess\nsubprocess.run(['ls', '-l'])\n"
	if err := os.WriteFile(filepath.Join(dir, "low.py"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	base := kraitIn(t, dir, nil, "scan", "-q", "-f", "json", "-o", "base.json", "low.py")
	if base.code != 1 {
		t.Fatalf("baseline run: exit %d %s", base.code, base.stderr)
	}
	cases := []struct {
		args []string
		code int
	}{
		{nil, 1},
		{[]string{"-l"}, 1},
		{[]string{"-ll"}, 0},
		{[]string{"--severity-level", "medium"}, 0},
		{[]string{"--severity-level", "low"}, 1},
		{[]string{"-iii"}, 1},
		{[]string{"-s", "B404,B603,B607"}, 0},
		{[]string{"-s", "B404,B603"}, 1},
		{[]string{"-t", "B101"}, 0},
		{[]string{"--exit-zero"}, 0},
		{[]string{"-b", "base.json"}, 0},
		{[]string{"-f", "sarif"}, 1},
	}
	for _, tc := range cases {
		args := append(append([]string{"scan", "-q"}, tc.args...), "low.py")
		if r := kraitIn(t, dir, nil, args...); r.code != tc.code {
			t.Errorf("%v: exit %d, want %d; stderr %s", tc.args, r.code, tc.code, r.stderr)
		}
	}
}

// TestReportReplacedWhole: -o writes under a temporary name and renames
// it over FILE at the end, so an interrupted scan leaves the previous
// report as it was and no temporary file; the mode of an existing report
// is kept.
func TestReportReplacedWhole(t *testing.T) {
	dir := t.TempDir()
	report := filepath.Join(dir, "r.json")
	if err := os.WriteFile(report, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(kraitBin, "scan", "-q", "-f", "json", "-o", report, "-")
	stdin, err := cmd.StdinPipe() // never written: the scan waits on it
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	temps := func() []string {
		m, _ := filepath.Glob(filepath.Join(dir, ".r.json.krait-*"))
		return m
	}
	for deadline := time.Now().Add(10 * time.Second); len(temps()) == 0 && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
	}
	if len(temps()) != 1 {
		t.Fatalf("no temporary report file while scanning")
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 {
		t.Errorf("interrupted scan: %v, want exit 2", err)
	}
	if data, _ := os.ReadFile(report); string(data) != "old" || len(temps()) != 0 {
		t.Errorf("after the interrupt: report %q, temporary files %v", data, temps())
	}

	r := krait(t, "", "", "scan", "-q", "-f", "json", "-o", report, "testdata/e2e/basic/vuln.py")
	info, err := os.Stat(report)
	if r.code != 1 || err != nil || info.Mode().Perm() != 0o600 || len(temps()) != 0 {
		t.Errorf("complete scan: exit %d, %v, mode %v, temporary files %v", r.code, err, info.Mode(), temps())
	}
}

// TestUnreadableBaselineContent: as in bandit, a -b file that is not a
// JSON report is a warning and compares as empty (every issue is new).
func TestUnreadableBaselineContent(t *testing.T) {
	r := krait(t, "", "", "scan", "-q", "-f", "json", "-b", "testdata/e2e/badconfig/syntax/bad_baseline.json", "testdata/e2e/basic/vuln.py")
	want := "krait: warning: failed to load baseline data from testdata/e2e/badconfig/syntax/bad_baseline.json: unexpected end of JSON input\n"
	if r.code != 1 || r.stderr != want || !strings.Contains(r.stdout, `"test_id": "B602"`) {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}
