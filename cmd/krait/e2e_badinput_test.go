package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// kraitIn runs the binary in an absolute directory and fails the test if
// it does not finish in time (a hang is a bug like a crash).
func kraitIn(t *testing.T, dir string, stdin []byte, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, kraitBin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("krait %v did not finish in 60s (hang)", args)
	}
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running krait %v: %v", args, err)
	}
	if strings.Contains(errb.String(), "goroutine ") || strings.Contains(errb.String(), "panic:") {
		t.Fatalf("krait %v crashed:\n%.2000s", args, errb.String())
	}
	return result{out.String(), errb.String(), code}
}

// badTree writes a tree of files krait cannot scan, each with the reason
// it must be listed with, plus one good file with findings.
func badTree(t *testing.T) (string, map[string]string) {
	t.Helper()
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	noNUL := bytes.Repeat([]byte{0xc3, 0x28, 0xa0, 0xa1, 0xf0, 0x28, 0x8c, 0xbc}, 512)
	write("good.py", []byte("import pickle\npickle.loads(b'')\n"))
	write("empty.py", nil)
	write("nul.py", []byte("x = 1\x00\ny = 2\n"))
	write("badutf8.py", []byte("x = '\xff\xfe'\n"))
	write("garbage.py", noNUL)
	write("elf.py", append([]byte("\x7fELF\x02\x01\x01\x00"), noNUL...))
	write("nested.py", []byte("x = "+strings.Repeat("[", 100000)+strings.Repeat("]", 100000)+"\n"))
	write("calls.py", []byte("x = f"+strings.Repeat("(", 5000)+strings.Repeat(")", 5000)+"\n"))
	write("longline.py", []byte("x = '"+strings.Repeat("a", 1<<20)+"'\n"))
	write("toolarge.py", []byte("x = 1\n"+strings.Repeat("#", 3<<20)+"\n"))
	write("invalid.ipynb", []byte(`{"cells": [`))
	write("schema.ipynb", []byte(`{"cells": 3}`))
	write("nonstr.ipynb", []byte(`{"cells":[{"cell_type":"code","source":[1,2,{"a":1}]}],"nbformat":4}`))
	write("list.ipynb", []byte(`[1, 2]`))
	if err := os.Mkdir(filepath.Join(dir, "dir.py"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.py"), 0o644); err != nil {
		t.Fatal(err)
	}
	for link, target := range map[string]string{"dangling.py": "nowhere.py", "loop_a.py": "loop_b.py", "loop_b.py": "loop_a.py"} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Fatal(err)
		}
	}
	reasons := map[string]string{
		"./nul.py":        "source code string cannot contain null bytes",
		"./elf.py":        "source code string cannot contain null bytes",
		"./badutf8.py":    "can't decode byte 0xff",
		"./garbage.py":    "syntax error while parsing AST from file (line 1:",
		"./nested.py":     "too many nested parentheses",
		"./calls.py":      "too many nested parentheses",
		"./toolarge.py":   "file too large",
		"./invalid.ipynb": "invalid notebook JSON (line 1, column 11)",
		"./schema.ipynb":  `not a notebook: "cells" must be a list`,
		"./nonstr.ipynb":  "cell 1: source is neither a string nor a list of strings",
		"./list.ipynb":    "not a notebook: the top level is a JSON array",
		"./fifo.py":       "not a regular file (named pipe)",
		"./dangling.py":   "No such file or directory",
		"./loop_a.py":     "symlink loop",
		"./loop_b.py":     "symlink loop",
	}
	return dir, reasons
}

// TestBadInputs: files that cannot be scanned never crash, hang or stop
// the scan; each is listed with its reason in every output format (on
// stderr for the formats whose layout has no place for them), and the
// exit code is the findings' (1, from good.py).
func TestBadInputs(t *testing.T) {
	dir, reasons := badTree(t)
	r := kraitIn(t, dir, nil, "scan", "-q", "-f", "json", "--max-file-size", "2M", ".")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1; stderr:\n%s", r.code, r.stderr)
	}
	var rep struct {
		Errors  []struct{ Filename, Reason string } `json:"errors"`
		Results []struct {
			Filename string `json:"filename"`
			TestID   string `json:"test_id"`
		} `json:"results"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range rep.Errors {
		got[e.Filename] = e.Reason
	}
	for name, want := range reasons {
		if !strings.Contains(got[name], want) {
			t.Errorf("%s: reason %q, want it to contain %q", name, got[name], want)
		}
	}
	for name := range got {
		if _, ok := reasons[name]; !ok {
			t.Errorf("unexpected error for %s: %s", name, got[name])
		}
	}
	var ids []string
	for _, res := range rep.Results {
		if res.Filename != "./good.py" {
			t.Errorf("finding in %s", res.Filename)
		}
		ids = append(ids, res.TestID)
	}
	if strings.Join(ids, " ") != "B403 B301" {
		t.Errorf("good.py findings %v, want B403 B301", ids)
	}

	for _, format := range []string{"text", "json", "yaml", "sarif", "html", "csv", "xml", "custom"} {
		t.Run(format, func(t *testing.T) {
			r := kraitIn(t, dir, nil, "scan", "-q", "-j", "2", "-f", format, "--max-file-size", "2M", ".")
			if r.code != 1 {
				t.Errorf("exit %d, want 1; stderr:\n%s", r.code, r.stderr)
			}
			where := r.stdout
			if !listsErrors[format] {
				where = r.stderr
			}
			for name := range reasons {
				if !strings.Contains(where, strings.TrimPrefix(name, "./")) {
					t.Errorf("%s is not listed", name)
				}
			}
		})
	}
}

// TestErrorListOnStderrIsBounded: formats without an errors section list
// the first errors on stderr and count the rest.
func TestErrorListOnStderrIsBounded(t *testing.T) {
	dir := t.TempDir()
	for i := range maxErrorWarnings + 5 {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("bad%02d.py", i)), []byte("def (:\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := kraitIn(t, dir, nil, "scan", "-f", "csv", ".")
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	if r.code != 0 || len(lines) != maxErrorWarnings+1 || lines[len(lines)-1] != "krait: warning: 5 more files with errors (-f json or -f text lists every one)" {
		t.Errorf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	if !strings.HasPrefix(lines[0], "krait: warning: ./bad00.py: syntax error while parsing AST from file (line 1:") {
		t.Errorf("first line %q", lines[0])
	}
}

// TestBadTargets: explicit paths that are missing, directories named like
// files, pipes nobody writes to, and garbage on stdin.
func TestBadTargets(t *testing.T) {
	dir, _ := badTree(t)
	r := kraitIn(t, dir, nil, "scan", "-f", "json", "missing.py", "fifo.py", "dir.py", "good.py")
	if r.code != 1 {
		t.Errorf("exit %d, want 1 (good.py); stderr:\n%s", r.code, r.stderr)
	}
	for _, want := range []string{
		`"filename": "missing.py",` + "\n      \"reason\": \"No such file or directory\"",
		`"filename": "./fifo.py",` + "\n      \"reason\": \"not a regular file (named pipe) and nothing was written to it\"",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("json lacks %q:\n%s", want, r.stdout)
		}
	}
	if r := kraitIn(t, dir, nil, "scan", "-q", "missing.py"); r.code != 0 || !strings.Contains(r.stdout, "missing.py (No such file or directory)") {
		t.Errorf("only a missing path: exit %d\n%s", r.code, r.stdout)
	}
	// Reported to a file, a mistyped target is also said on stderr.
	if r := kraitIn(t, dir, nil, "scan", "-q", "-f", "json", "-o", "r.json", "srcc", "good.py"); r.code != 1 || r.stderr != "krait: warning: srcc: no such file or directory\n" {
		t.Errorf("mistyped target: exit %d, stderr %q", r.code, r.stderr)
	}
	garbage := append([]byte("\xff\xfe"), bytes.Repeat([]byte{0, 0x80, 0xc3}, 1000)...)
	r = kraitIn(t, dir, garbage, "scan", "-f", "custom", "-")
	if r.code != 0 || !strings.Contains(r.stderr, "<stdin>: syntax error while parsing AST from file") {
		t.Errorf("garbage on stdin: exit %d, stderr %q", r.code, r.stderr)
	}
	r = kraitIn(t, dir, bytes.Repeat([]byte("x = 1\n"), 1000), "scan", "-f", "custom", "--max-file-size", "1K", "-")
	if r.code != 0 || !strings.Contains(r.stderr, "<stdin>: file too large (more than 1024 bytes") {
		t.Errorf("stdin over the size limit: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestBadModelFiles: a user model file named in [tool.krait] models that
// does not load is a configuration error (exit 2, one line with the file
// and line), not a listed error after a scan that ignored it.
func TestBadModelFiles(t *testing.T) {
	cases := map[string]string{
		"name: x\n  bad: [\n":                              "bad.yaml:2: invalid model: mapping values are not allowed in this context",
		"name: x\nsinks: []\nbogus: 1\n":                   `bad.yaml:3: invalid model: unknown key "bogus"`,
		"name: x\nsinks:\n  - {ref: os.system, kind: x}\n": `bad.yaml: invalid model: sink os.system: unknown kind "x"`,
	}
	for model, want := range cases {
		dir := t.TempDir()
		for name, data := range map[string]string{
			"bad.yaml": model, "pyproject.toml": "[tool.krait]\nmodels = [\"bad.yaml\"]\n", "a.py": "x = 1\n",
		} {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		r := kraitIn(t, dir, nil, "scan", "a.py")
		if r.code != 2 || !strings.HasPrefix(r.stderr, "krait: error: ") || !strings.HasSuffix(r.stderr, want+"\n") || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("model %q: exit %d, stderr %q, want one error line ending %q", model, r.code, r.stderr, want)
		}
	}
}

// TestPipeTarget: a pipe named on the command line, as bash's process
// substitution makes (`krait scan <(git show HEAD:app.py)`), is read.
func TestPipeTarget(t *testing.T) {
	rd, wr, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer rd.Close()
	cmd := exec.Command(kraitBin, "scan", "-q", "--no-taint", "-f", "custom", "--msg-template", "{line} {test_id}", "/dev/fd/3")
	cmd.ExtraFiles = []*os.File{rd}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		time.Sleep(200 * time.Millisecond) // the scan waits for the writer
		wr.Write([]byte("import pickle\npickle.loads(b'')\n"))
		wr.Close()
	}()
	err = cmd.Wait()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || out.String() != "1 B403\n2 B301\n" {
		t.Errorf("pipe target: %v, stdout %q, stderr %q", err, out.String(), errb.String())
	}
}
