package cfg

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/parser"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// fixtureOptions is what the fixtures are built with: besides the
// defaults, `abort(...)` never returns (as flask's does).
var fixtureOptions = Options{NoReturn: func(c *ast.Call) bool {
	n, ok := c.Func.(*ast.Name)
	return ok && n.ID == "abort"
}}

// bodies lists every code body of the tree that New accepts, in source
// order: the tree itself, then nested functions, classes, lambdas and
// comprehensions.
func bodies(root ast.Node) []ast.Node {
	var out []ast.Node
	ast.Inspect(root, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.Module, *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef, *ast.Lambda,
			*ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
			out = append(out, n)
		}
		return true
	})
	return out
}

// bodyTitle names a body in golden files.
func bodyTitle(n ast.Node) string {
	p := posOf(n)
	switch n := n.(type) {
	case *ast.Module:
		return "module"
	case *ast.FunctionDef:
		return fmt.Sprintf("def %s (line %d)", n.Name, p.Lineno)
	case *ast.AsyncFunctionDef:
		return fmt.Sprintf("async def %s (line %d)", n.Name, p.Lineno)
	case *ast.ClassDef:
		return fmt.Sprintf("class %s (line %d)", n.Name, p.Lineno)
	}
	return fmt.Sprintf("%s (line %d:%d)", NodeType(n), p.Lineno, p.ColOffset)
}

func parseFixture(t testing.TB, path string) *ast.Module {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	mod, err := parser.ParseFile(path, src)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return mod
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	// One Builder for all fixtures: its graphs, built in reused memory,
	// must equal New's.
	reused := &Builder{Options: fixtureOptions}
	transient := &Builder{Options: fixtureOptions}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			mod := parseFixture(t, path)
			var sb strings.Builder
			for _, body := range bodies(mod) {
				g := NewWithOptions(body, fixtureOptions)
				checkGraph(t, g)
				checkNodes(t, g)
				g2 := reused.Build(body)
				checkGraph(t, g2)
				if d := sameGraph(g, g2); d != "" {
					t.Errorf("%s: Builder and New differ: %s", bodyTitle(body), d)
				}
				g3 := transient.BuildTransient(body)
				checkGraph(t, g3)
				if d := sameGraph(g, g3); d != "" {
					t.Errorf("%s: BuildTransient and New differ: %s", bodyTitle(body), d)
				}
				fmt.Fprintf(&sb, "=== %s\n%s\n", bodyTitle(body), g.String())
			}
			golden := strings.TrimSuffix(path, ".py") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(sb.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got := sb.String(); got != string(want) {
				t.Errorf("%s differs from the graphs built now (run with -update to accept):\n%s", golden, firstDiff(got, string(want)))
			}
		})
	}
}

// firstDiff shows the first differing line with some context.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			lo := max(0, i-5)
			return fmt.Sprintf("line %d:\ncontext:\n%s\ngot:  %q\nwant: %q", i+1, strings.Join(g[lo:i], "\n"), gl, wl)
		}
	}
	return ""
}
