package checks

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/parser"
)

// step is one node met by a walk: the node, its depth and its parent.
type step struct {
	node   ast.Node
	depth  int
	parent ast.Node
}

func (s step) String() string {
	return fmt.Sprintf("%T at depth %d under %T", s.node, s.depth, s.parent)
}

// refSteps lists, through ast.Walk, every node in visit order with its
// depth and parent.
func refSteps(mod *ast.Module) []step {
	var out []step
	var stack []ast.Node
	ast.Inspect(mod, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		out = append(out, stepOf(n, stack))
		stack = append(stack, n)
		return true
	})
	return out
}

func stepOf(n ast.Node, stack []ast.Node) step {
	s := step{node: n, depth: len(stack)}
	if len(stack) > 0 {
		s.parent = stack[len(stack)-1]
	}
	return s
}

// runnerSteps lists every node the runner's walk meets (it asks the skip
// predicate about each one, before visiting it) with the stack it keeps.
func runnerSteps(mod *ast.Module) []step {
	var out []step
	w := &walker{r: &Runner{}}
	w.ctx = Context{imports: map[string]struct{}{}, aliases: map[string]string{}}
	w.r.skip = func(n ast.Node) bool {
		out = append(out, stepOf(n, w.stack))
		return false
	}
	w.walkModule(mod)
	if len(w.stack) != 0 {
		out = append(out, step{depth: -len(w.stack)}) // unbalanced push/pop
	}
	return out
}

// testTrees parses python3.13's standard library, or the part a short
// run needs, skipping when it is absent.
func testTrees(t *testing.T) map[string]*parser.File {
	t.Helper()
	home, _ := os.UserHomeDir()
	roots, _ := filepath.Glob(filepath.Join(home, ".pyenv/versions/3.13*/lib/python3.13"))
	if len(roots) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3.13 stdlib not found")
		}
		t.Skip("python3.13 stdlib not found (~/.pyenv/versions/3.13*/lib/python3.13)")
	}
	trees := map[string]*parser.File{}
	_ = filepath.WalkDir(roots[0], func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == "site-packages" || d.Name() == "__pycache__" ||
			testing.Short() && d.Name() == "test") {
			return filepath.SkipDir
		}
		if !d.Type().IsRegular() || !strings.HasSuffix(path, ".py") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		if pf, err := parser.Parse(path, src); err == nil {
			trees[path] = pf
		}
		return nil
	})
	if len(trees) < 100 {
		t.Fatalf("only %d stdlib files parsed", len(trees))
	}
	return trees
}

// TestWalkOrderMatchesAstWalk checks, on real trees, that the runner's
// generated walk meets every node ast.Walk meets, in the same order, with
// the same ancestors.
func TestWalkOrderMatchesAstWalk(t *testing.T) {
	for path, pf := range testTrees(t) {
		want, got := refSteps(pf.Module), runnerSteps(pf.Module)
		if d := firstDiff(want, got); d != "" {
			t.Errorf("%s: %s", path, d)
		}
	}
}

func firstDiff(want, got []step) string {
	for i := range min(len(want), len(got)) {
		if want[i] != got[i] {
			return fmt.Sprintf("step %d: got %v, want %v", i, got[i], want[i])
		}
	}
	if len(want) != len(got) {
		return fmt.Sprintf("%d steps, want %d", len(got), len(want))
	}
	return ""
}

// dispatched is one check run: the kind, the node and its parent.
type dispatched struct {
	kind   Kind
	node   ast.Node
	depth  int
	parent ast.Node
}

// recordingRunner subscribes a recording check to every kind, plus keyed
// ones (a call name, a string value, an assignment target), and leaves out
// the subtrees of nodes starting on a line divisible by 7.
func recordingRunner(log *[]dispatched) *Runner {
	r := &Runner{enabled: &ruleSet{}}
	rec := func(k Kind) prepared {
		return prepared{check: &Check{Run: func(ctx *Context, _ any) *Issue {
			d := dispatched{kind: k, node: ctx.Node, depth: len(ctx.Ancestors()), parent: ctx.Parent(0)}
			*log = append(*log, d)
			return nil
		}}}
	}
	for k := range numKinds {
		r.byKind[k] = []prepared{rec(k)}
	}
	r.byKey[KindCall].add("join", rec(KindCall))
	r.byKey[KindStr].add("utf-8", rec(KindStr))
	r.byKey[KindAssign].add("name", rec(KindAssign))
	r.byKey[KindAnnAssign].add("name", rec(KindAnnAssign))
	r.skip = func(n ast.Node) bool {
		p, ok := n.(ast.Positioned)
		return ok && p.Position().Lineno%7 == 0
	}
	return r
}

// legacyVisitor is the runner's former ast.Walk visitor: the reference for
// which nodes reach the checks, in which order, with which ancestors.
type legacyVisitor struct{ w *walker }

func (l legacyVisitor) Visit(n ast.Node) ast.Visitor {
	w := l.w
	if n == nil {
		w.stack = w.stack[:len(w.stack)-1]
		return nil
	}
	if w.r.skip != nil && w.r.skip(n) {
		return nil
	}
	switch x := n.(type) {
	case *ast.Call:
		w.visitCall(x)
	case *ast.Constant:
		w.visitConstant(x)
	case *ast.Assign:
		w.visitAssign(x)
	case *ast.AnnAssign:
		w.visitAnnAssign(x)
	case *ast.Import:
		w.visitImport(x)
	case *ast.ImportFrom:
		w.visitImportFrom(x)
	case *ast.FunctionDef:
		w.visitFunctionDef(x)
	case *ast.AsyncFunctionDef:
		w.visitAsyncFunctionDef(x)
	case *ast.Assert:
		w.visitAssert(x)
	case *ast.ExceptHandler:
		w.visitExceptHandler(x)
	}
	w.stack = append(w.stack, n)
	return l
}

// TestRunDispatchMatchesLegacyWalk checks, on real trees and with a skip
// predicate, that every check kind sees the same nodes with the same
// ancestors as under the former ast.Walk-based runner.
func TestRunDispatchMatchesLegacyWalk(t *testing.T) {
	for path, pf := range testTrees(t) {
		var want, got []dispatched
		recordingRunner(&got).RunModule(pf.Module, pf.Src, path)

		w := &walker{r: recordingRunner(&want)}
		w.ctx = Context{Filename: path, Src: pf.Src, runner: w.r,
			imports: map[string]struct{}{}, aliases: map[string]string{}}
		ast.Walk(legacyVisitor{w}, pf.Module)
		w.ctx.reset(pf.Module, nil)
		w.dispatch(KindFile)

		if len(want) == 0 {
			t.Fatalf("%s: no check ran", path)
		}
		for i := range min(len(want), len(got)) {
			if want[i] != got[i] {
				t.Fatalf("%s: run %d: got kind %d on %T, want kind %d on %T",
					path, i, got[i].kind, got[i].node, want[i].kind, want[i].node)
			}
		}
		if len(want) != len(got) {
			t.Fatalf("%s: %d check runs, want %d", path, len(got), len(want))
		}
	}
}

// TestWalkTypedNilChildren checks that nil children are met as ast.Walk
// meets them: a nil interface is left out, a typed nil is visited as a
// leaf.
func TestWalkTypedNilChildren(t *testing.T) {
	mod := &ast.Module{Body: []ast.Stmt{
		&ast.ExprStmt{Value: (*ast.Call)(nil)},
		nil,
		&ast.Try{Handlers: []*ast.ExceptHandler{nil, {Body: []ast.Stmt{(*ast.Pass)(nil)}}}},
	}}
	want, got := refSteps(mod), runnerSteps(mod)
	if d := firstDiff(want, got); d != "" {
		t.Error(d)
	}
}
