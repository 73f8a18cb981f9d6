package parser

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kraitsec/krait/python/ast"
)

var update = flag.Bool("update", false, "regenerate testdata/*.golden with python3.13")

// python313 returns the oracle interpreter, or "" when absent (fatal in CI).
func python313(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("KRAIT_PYTHON"); p != "" {
		return p
	}
	home, _ := os.UserHomeDir()
	matches, _ := filepath.Glob(filepath.Join(home, ".pyenv/versions/3.13*/bin/python3.13"))
	if len(matches) > 0 {
		return matches[0]
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("python3.13 not found (set KRAIT_PYTHON)")
	}
	return ""
}

type snippet struct {
	name, src string
}

// readSnippets splits a file of "#### name" separated sources.
func readSnippets(t *testing.T, path string) []snippet {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []snippet
	for _, chunk := range strings.Split(string(data), "#### ")[1:] {
		name, src, _ := strings.Cut(chunk, "\n")
		out = append(out, snippet{name, src})
	}
	return out
}

// readGolden maps snippet names to python3.13's dump (or "ERROR ...").
func readGolden(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestSnippets -update)", err)
	}
	defer f.Close()
	m := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	name := ""
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "#### "); ok {
			name = rest
			continue
		}
		m[name] = line
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestSnippets compares the parser with python3.13's dumps (recorded in
// testdata/snippets.golden) on small programs covering every construct,
// including ones CPython rejects.
func TestSnippets(t *testing.T) {
	testSnippetFile(t, "testdata/snippets.txt", "testdata/snippets.golden")
}

// TestEdgeCases is TestSnippets over one-line edge cases of every rule,
// about a third of them rejected by CPython.
func TestEdgeCases(t *testing.T) {
	testSnippetFile(t, "testdata/edge.txt", "testdata/edge.golden")
}

func testSnippetFile(t *testing.T, src, golden string) {
	if *update {
		py := python313(t)
		if py == "" {
			t.Skip("python3.13 not found; cannot update golden file")
		}
		out, err := exec.Command(py, "testdata/pydump.py", "-s", src).Output()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := readGolden(t, golden)
	for _, s := range readSnippets(t, src) {
		t.Run(s.name, func(t *testing.T) {
			exp, ok := want[s.name]
			if !ok {
				t.Fatalf("no golden entry (run with -update)")
			}
			mod, err := ParseFile("<unknown>", []byte(s.src))
			pyErr := strings.HasPrefix(exp, "ERROR")
			switch {
			case pyErr && err == nil:
				t.Fatalf("accepted; python3.13 rejects: %s\n%s", exp, s.src)
			case !pyErr && err != nil:
				t.Fatalf("rejected (%v); python3.13 accepts\n%s", err, s.src)
			case pyErr:
				var se *SyntaxError
				if !errors.As(err, &se) {
					t.Fatalf("error is %T, want *SyntaxError", err)
				}
				if got := fmt.Sprintf("ERROR %d:%d: %s", se.Line, se.Col, se.Msg); got != exp {
					t.Logf("message differs: got %q, python %q", got, exp)
				}
				return
			}
			if got := ast.Dump(mod); got != exp {
				t.Errorf("dump differs\n%s\n%s", firstDiff(got, exp), s.src)
			}
		})
	}
}

// firstDiff shows both dumps around their first difference.
func firstDiff(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	lo := max(i-150, 0)
	return "got:  ..." + got[lo:min(i+150, len(got))] + "\nwant: ..." + want[lo:min(i+150, len(want))]
}

func TestParseExpr(t *testing.T) {
	tests := []struct{ src, want string }{
		{"a + b", "BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Add(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)"},
		{"x", "Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)"},
		{"\na,\n", "Tuple(elts=[Name(id='a', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=2)"},
	}
	for _, tt := range tests {
		e, err := ParseExpr(tt.src)
		if err != nil {
			t.Fatalf("ParseExpr(%q): %v", tt.src, err)
		}
		if got := ast.Dump(e); got != tt.want {
			t.Errorf("ParseExpr(%q) =\n%s\nwant\n%s", tt.src, got, tt.want)
		}
	}
	for _, bad := range []string{"a +", "*a, b", "yield", "a := 1", "a = 1", "a; b"} {
		if _, err := ParseExpr(bad); err == nil {
			t.Errorf("ParseExpr(%q) succeeded", bad)
		}
	}
}

// TestDeepNesting checks that pathological nesting is a SyntaxError, not a
// stack overflow or hang.
func TestDeepNesting(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("(", 100000),
		strings.Repeat("-", 100000) + "x",
		strings.Repeat("not ", 100000) + "x",
		strings.Repeat("[", 100000),
		strings.Repeat("lambda:", 100000) + "x",
		strings.Repeat("x if x else ", 100000) + "x",
		"x" + strings.Repeat("**x", 100000),
		strings.Repeat("f'{", 1000) + strings.Repeat("}'", 1000),
	} {
		_, err := ParseFile("deep.py", []byte(src))
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%q...: err = %v, want SyntaxError", src[:20], err)
		}
	}
	// Moderate nesting CPython accepts must parse.
	for _, src := range []string{
		strings.Repeat("-", 5000) + "x",
		strings.Repeat("(", 199) + "x" + strings.Repeat(")", 199),
	} {
		if _, err := ParseFile("deep.py", []byte(src)); err != nil {
			t.Errorf("%q...: %v", src[:20], err)
		}
	}
}

func TestParseKeepsSourceAndComments(t *testing.T) {
	src := []byte("# c1\nx = 1  # c2\n")
	f, err := Parse("c.py", src)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(f.Src, src) {
		t.Errorf("Src = %q", f.Src)
	}
	if len(f.Comments) != 2 {
		t.Errorf("got %d comments, want 2", len(f.Comments))
	}
	if len(f.Module.Body) != 1 {
		t.Errorf("got %d statements, want 1", len(f.Module.Body))
	}
}

// ParseDecoded on the decoded text of a Parse gives the same tree, cookie
// lines and CRLF included.
// ParseWith and ParseDecodedWith reusing one Scratch over sources of
// varied sizes (a broken one among them) give the same trees as Parse, and trees parsed earlier
// are not changed by later parses through the same Scratch.
func TestParseDecodedSameTree(t *testing.T) {
	var scratch Scratch
	type parsed struct {
		tree *ast.Module
		want string
	}
	var kept []parsed
	for round := 0; round < 2; round++ {
		for _, src := range []string{
			"x = 1\n",
			"# -*- coding: latin-1 -*-\ns = '\xe9t\xe9'\n",
			"def f(a, *b, **c):\r\n    return [i for i in b if i]\r\n",
			strings.Repeat("class C(B, metaclass=M):\n    y: int = 2\n    def m(self): return f'{self.y!r:>{w}}' if self else None\n", 50),
			"\xef\xbb\xbfclass C:\n    y: int = 2\n",
			"if True:\n  pass\n lambda: 1\n",
		} {
			f, err := Parse("t.py", []byte(src))
			if f2, err2 := ParseWith("t.py", []byte(src), &scratch); (err == nil) != (err2 == nil) || err == nil && ast.Dump(f2.Module) != ast.Dump(f.Module) {
				t.Fatalf("%q: ParseWith differs from Parse (errors %v, %v)", src, err, err2)
			} else if err == nil {
				kept = append(kept, parsed{f2.Module, ast.Dump(f.Module)})
			}
			text := []byte(src)
			if err == nil {
				text = append([]byte(nil), f.Src...)
			}
			for _, sc := range []*Scratch{nil, &scratch} {
				again, err2 := ParseDecodedWith("t.py", text, &Interner{}, sc)
				if (err == nil) != (err2 == nil) {
					t.Fatalf("%q: Parse error %v, ParseDecodedWith error %v", src, err, err2)
				}
				if err != nil {
					if err.Error() != err2.Error() {
						t.Errorf("%q: error %v, want %v", src, err2, err)
					}
					continue
				}
				if got, want := ast.Dump(again), ast.Dump(f.Module); got != want {
					t.Errorf("%q:\n got %s\nwant %s", src, got, want)
				}
				kept = append(kept, parsed{again, ast.Dump(f.Module)})
			}
		}
	}
	for _, k := range kept {
		if got := ast.Dump(k.tree); got != k.want {
			t.Fatalf("a tree changed after later parses through the same scratch:\n got %s\nwant %s", got, k.want)
		}
	}
}
