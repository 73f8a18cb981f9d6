package cfg

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/parser"
)

// python313 finds the oracle interpreter: skipped when absent, fatal in CI.
func python313(t testing.TB) string {
	t.Helper()
	home, _ := os.UserHomeDir()
	found, _ := filepath.Glob(filepath.Join(home, ".pyenv/versions/3.13*/bin/python3.13"))
	sort.Strings(found)
	if len(found) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3.13 not found under ~/.pyenv/versions/3.13*")
		}
		t.Skip("python3.13 not found under ~/.pyenv/versions/3.13*; skipping")
	}
	return found[0]
}

// compiledLines asks CPython, for each file, on which lines its compiler
// emitted code (it drops code it proves unreachable).
func compiledLines(t *testing.T, python string, paths []string) map[string]map[int]bool {
	cmd := exec.Command(python, "testdata/oracle/codelines.py")
	cmd.Stdin = strings.NewReader(strings.Join(paths, "\n"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("codelines.py: %v\n%s", err, stderr.String())
	}
	res := map[string]map[int]bool{}
	for _, row := range strings.Split(string(out), "\n") {
		path, list, ok := strings.Cut(row, "\t")
		if !ok || list == "!" {
			continue
		}
		lines := map[int]bool{}
		for _, f := range strings.Fields(list) {
			n, _ := strconv.Atoi(f)
			lines[n] = true
		}
		res[path] = lines
	}
	return res
}

// TestUnreachableAgreesWithCPython checks the graphs' dead code against
// CPython's compiler over the standard library: a statement the graph puts
// only in unreachable blocks must have no code in CPython's output. The
// graphs are built without the knowledge CPython lacks: calls that never
// return, context managers that never swallow exceptions.
func TestUnreachableAgreesWithCPython(t *testing.T) {
	python := python313(t)
	dir := stdlibDir(t)
	var paths []string
	mods := map[string]*ast.Module{}
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".py" {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		if mod, err := parser.ParseFile(path, src); err == nil && mod != nil {
			mods[path] = mod
			paths = append(paths, path)
		}
		return nil
	})
	sort.Strings(paths)
	cpython := compiledLines(t, python, paths)
	checked, agree := 0, 0
	var bad []string
	for _, path := range paths {
		lines, ok := cpython[path]
		if !ok {
			continue
		}
		mod := mods[path]
		alone := linesWithOneStatement(mod)
		for _, body := range bodies(mod) {
			g := NewWithOptions(body, Options{likeCPython: true})
			for _, s := range deadStatements(g) {
				ln := posOf(s).Lineno
				if !alone[int(ln)] {
					continue
				}
				checked++
				if !lines[int(ln)] {
					agree++
					continue
				}
				bad = append(bad, fmt.Sprintf("%s:%d: %s is unreachable in the graph of %s, CPython compiles it", path, ln, NodeType(s), bodyTitle(body)))
			}
		}
	}
	t.Logf("%d dead statements checked against CPython, %d agree", checked, agree)
	if checked < 100 {
		t.Errorf("only %d dead statements checked; the oracle is not exercised", checked)
	}
	for i, b := range bad {
		if i == 30 {
			t.Errorf("... and %d more", len(bad)-30)
			break
		}
		t.Error(b)
	}
}

// deadStatements lists the statements that appear only in unreachable
// blocks.
func deadStatements(g *Graph) []ast.Stmt {
	live := map[ast.Node]bool{}
	for _, blk := range g.Blocks {
		if blk.Reachable {
			for _, n := range blk.Nodes {
				live[n] = true
			}
		}
	}
	var out []ast.Stmt
	for _, s := range simpleStmts(g.Func) {
		if !live[s] {
			out = append(out, s)
		}
	}
	return out
}

// linesWithOneStatement returns the lines on which exactly one statement
// lies (a simple statement over all its lines, a compound one on its first
// line), where CPython's code for the line can only be that statement's.
func linesWithOneStatement(mod *ast.Module) map[int]bool {
	count := map[int]int{}
	ast.Inspect(mod, func(n ast.Node) bool {
		s, ok := n.(ast.Stmt)
		if !ok {
			return true
		}
		p := posOf(s)
		switch s.(type) {
		case *ast.If, *ast.While, *ast.For, *ast.AsyncFor, *ast.With, *ast.AsyncWith, *ast.Try, *ast.TryStar,
			*ast.Match, *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
			count[int(p.Lineno)]++
		default:
			for l := p.Lineno; l <= p.EndLineno; l++ {
				count[int(l)]++
			}
		}
		return true
	})
	alone := map[int]bool{}
	for l, c := range count {
		alone[l] = c == 1
	}
	return alone
}
