package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kraitsec/krait/python/ast"
)

// testPython returns the oracle interpreter: skipped locally when absent,
// fatal in CI (CI=true).
func testPython(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("KRAIT_PYTHON"); p != "" {
		return p
	}
	p, err := findPython()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	return p
}

func TestFindPyFiles(t *testing.T) {
	files, err := findPyFiles([]string{"testdata/corpus", "testdata/corpus/ok.py"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"testdata/corpus/bad.py", "testdata/corpus/bom.py", "testdata/corpus/latin1.py",
		"testdata/corpus/ok.py", "testdata/corpus/sub/nested.py"}
	if strings.Join(files, " ") != strings.Join(want, " ") {
		t.Errorf("findPyFiles = %v, want %v", files, want)
	}
	if _, err := findPyFiles([]string{"testdata/no-such-dir"}); err == nil {
		t.Error("a missing directory must be an error")
	}
}

// TestOracle checks the python half: dumps, rejections with their
// exception class, and the failure modes that count as rejections.
func TestOracle(t *testing.T) {
	py := testPython(t)
	dir := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		path string
		want string // OK dump, or "ERR " + prefix of the message
	}{
		{"testdata/corpus/ok.py", "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])"},
		{"testdata/corpus/latin1.py", "Module(body=[Assign(targets=[Name(id='s', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='café', lineno=2, col_offset=4, end_lineno=2, end_col_offset=11), lineno=2, col_offset=0, end_lineno=2, end_col_offset=11)], type_ignores=[])"},
		{"testdata/corpus/bad.py", "ERR SyntaxError: invalid syntax"},
		{write("deep.py", "x = "+strings.Repeat("-", 100000)+"1\n"), "ERR MemoryError: Parser stack overflowed"},
		{write("deepdump.py", "x = "+strings.Repeat("1+", 1500)+"1\n"), "ERR RecursionError: maximum recursion depth exceeded"},
		{write("nul.py", "x = 1\x00\n"), "ERR SyntaxError: source code string cannot contain null bytes"},
		{write("dec.py", "x = "+strings.Repeat("7", 5000)+"\n"), "ERR SyntaxError: Exceeds the limit (4300 digits)"},
		{write("hex.py", "x = 0x"+strings.Repeat("f", 4000)+"\n"), "Module(body=[Assign(targets=[Name(id='x'"},
		{write("warn.py", "s = '\\d'\n"), "Module(body=[Assign(targets=[Name(id='s'"},
		{filepath.Join(dir, "missing.py"), "ERR FileNotFoundError: "},
	}
	o, err := startOracle(py)
	if err != nil {
		t.Fatal(err)
	}
	defer o.close()
	for _, tt := range tests {
		if err := o.send(tt.path); err != nil {
			t.Fatal(err)
		}
		got, err := o.recv()
		if err != nil {
			t.Fatal(err)
		}
		if msg, isErr := strings.CutPrefix(tt.want, "ERR "); isErr {
			if !got.reject || !strings.HasPrefix(got.err, msg) {
				t.Errorf("%s: got %+.200v, want rejection %q", tt.path, got, msg)
			}
			continue
		}
		if got.reject || !strings.HasPrefix(got.dump, tt.want) {
			t.Errorf("%s: got %+.200v, want dump %.200q", tt.path, got, tt.want)
		}
	}
}

// fakeParse stands in for krait's parser so the comparison is tested on
// its own: it gets ok.py right, rejects bad.py and sub/nested.py, panics
// on bom.py and parses every other file to an empty module.
func fakeParse(filename string, src []byte) (*ast.Module, error) {
	p := func(l, c, el, ec int) ast.Pos {
		return ast.Pos{Lineno: int32(l), ColOffset: int32(c), EndLineno: int32(el), EndColOffset: int32(ec)}
	}
	switch string(src) {
	case "x = 1\n":
		return &ast.Module{Body: []ast.Stmt{&ast.Assign{
			Targets: []ast.Expr{&ast.Name{ID: "x", Ctx: ast.Store, Pos: p(1, 0, 1, 1)}},
			Value:   &ast.Constant{Value: int64(1), Pos: p(1, 4, 1, 5)},
			Pos:     p(1, 0, 1, 5),
		}}}, nil
	case "def (:\n    pass\n":
		return nil, errors.New("bad.py:1:5: expected a name")
	case "import os\n":
		return nil, errors.New("krait says no")
	case "\ufeffy = 2\n":
		panic("boom")
	}
	return &ast.Module{}, nil
}

func TestRunReportsEveryDisagreement(t *testing.T) {
	py := testPython(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "syntaxerr.py"), []byte("x = = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	code := run([]string{"-j", "2", "-v", "-python", py, "testdata/corpus", dir}, &out, &errOut, fakeParse)
	if code != 1 {
		t.Errorf("exit code %d, want 1 (stderr: %s)", code, errOut.String())
	}
	wantLines := []string{
		`^ONLY PYTHON REJECTS .*/syntaxerr.py: SyntaxError: invalid syntax`,
		`^BOTH REJECT testdata/corpus/bad.py: python: SyntaxError: invalid syntax .* \| krait: bad.py:1:5: expected a name$`,
		`^ONLY KRAIT REJECTS testdata/corpus/bom.py: panic: boom$`,
		`^DIFFER testdata/corpus/latin1.py at dump byte 13 \(near source line 2\)$`,
		`^    python: Module\(body=\[Assign\(targets=\[Name\(id='s'.*…$`,
		`^    krait:  Module\(body=\[\], type_ignores=\[\]\)$`,
		`^ONLY KRAIT REJECTS testdata/corpus/sub/nested.py: krait says no$`,
		`^astdiff: 6 files, 2 agree \(1 same tree, 1 both reject\), 1 differ, 1 only python rejects, 2 only krait rejects \[`,
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != len(wantLines) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(wantLines), out.String())
	}
	for i, re := range wantLines {
		if !regexp.MustCompile(re).MatchString(lines[i]) {
			t.Errorf("line %d = %q, want match for %s", i+1, lines[i], re)
		}
	}
}

func TestRunAgreementExitsZero(t *testing.T) {
	py := testPython(t)
	var out, errOut bytes.Buffer
	code := run([]string{"-python", py, "testdata/corpus/ok.py", "testdata/corpus/bad.py"}, &out, &errOut, fakeParse)
	if code != 0 {
		t.Errorf("exit code %d, want 0\n%s%s", code, out.String(), errOut.String())
	}
	if !strings.HasPrefix(out.String(), "astdiff: 2 files, 2 agree (1 same tree, 1 both reject), 0 differ") {
		t.Errorf("summary = %q", out.String())
	}
}

func TestRunUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"-nosuchflag", "x"}, {"testdata/no-such-dir"}, {"-python", "/no/such/python", "testdata/corpus"}} {
		var out, errOut bytes.Buffer
		if code := run(args, &out, &errOut, fakeParse); code != 2 {
			t.Errorf("run(%q) = %d, want 2", args, code)
		}
	}
}

func TestMemMode(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"-mem", "testdata/corpus"}, &out, &errOut, fakeParse); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	re := regexp.MustCompile(`^astdiff -mem: 5 files, [0-9.]+ MB, 3 rejected by krait, [0-9.]+s wall \([0-9.]+ MB/s\), [0-9.]+s CPU \([0-9.]+ MB/s\), peak RSS [0-9]+ kB, Go heap in use at end [0-9.]+ MB\n$`)
	if !re.MatchString(out.String()) {
		t.Errorf("output %q does not match %s", out.String(), re)
	}
}

func TestDescribeDiff(t *testing.T) {
	py := "Module(body=[Expr(value=Constant(value=1, lineno=3, col_offset=0))])"
	kr := "Module(body=[Expr(value=Constant(value=2, lineno=3, col_offset=0))])"
	got := describeDiff(py, kr)
	want := "at dump byte 39 (near source line 3)\n    python: …alue=Constant(value=1, lineno=3, col_offset=0))])\n    krait:  …alue=Constant(value=2, lineno=3, col_offset=0))])"
	if got != want {
		t.Errorf("describeDiff =\n%s\nwant\n%s", got, want)
	}
	if got := describeDiff("abc", "abcdef"); !strings.Contains(got, "python: abc") || !strings.Contains(got, "krait:  abcdef") {
		t.Errorf("prefix case: %s", got)
	}
}

// TestKraitParserOnCorpus runs the real comparison, krait's parser
// included, on the small corpus: every file must agree.
func TestKraitParserOnCorpus(t *testing.T) {
	py := testPython(t)
	var out, errOut bytes.Buffer
	code := run([]string{"-python", py, "testdata/corpus"}, &out, &errOut, kraitParse)
	if code != 0 || !strings.HasPrefix(out.String(), "astdiff: 5 files, 5 agree (4 same tree, 1 both reject)") {
		t.Errorf("exit %d\n%s%s", code, out.String(), errOut.String())
	}
}
