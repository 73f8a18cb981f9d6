package cfg

import (
	"strings"
	"testing"

	"github.com/kraitsec/krait/python/ast"
)

// Hand-built trees test the builder independently of the parser.

func name(id string, line, col int) *ast.Name {
	return &ast.Name{ID: id, Ctx: ast.Load, Pos: ast.Pos{Lineno: int32(line), ColOffset: int32(col), EndLineno: int32(line), EndColOffset: int32(col + len(id))}}
}

func assign(target string, value ast.Expr, line int) *ast.Assign {
	t := name(target, line, 4)
	t.Ctx = ast.Store
	return &ast.Assign{Targets: []ast.Expr{t}, Value: value, Pos: ast.Pos{Lineno: int32(line), ColOffset: 4}}
}

func call(fn string, line, col int, args ...ast.Expr) *ast.Call {
	return &ast.Call{Func: name(fn, line, col), Args: args, Pos: ast.Pos{Lineno: int32(line), ColOffset: int32(col)}}
}

func TestHandmadeIfAndNot(t *testing.T) {
	// def f(a, b):
	//     if a and not b:
	//         x = 1
	//     return x
	a, b := name("a", 2, 7), name("b", 2, 17)
	fn := &ast.FunctionDef{Name: "f", Body: []ast.Stmt{
		&ast.If{
			Test: &ast.BoolOp{Op: ast.And, Values: []ast.Expr{a, &ast.UnaryOp{Op: ast.Not, Operand: b}}},
			Body: []ast.Stmt{assign("x", &ast.Constant{Value: int64(1)}, 3)},
		},
		&ast.Return{Value: name("x", 4, 11), Pos: ast.Pos{Lineno: 4, ColOffset: 4}},
	}}
	g := New(fn)
	want := `b0 entry
  2:7 Name a
  -> b1 true a
  -> b3 false a
b1 cond <- b0
  2:17 Name b
  -> b3 true b
  -> b2 false b
b2 body <- b1
  3:4 Assign x = 1
  -> b3 normal
b3 after <- b0 b1 b2
  4:4 Return return x
  -> b4 return
b4 exit <- b3
b5 raise (unreachable)
`
	if got := g.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	checkGraph(t, g)
}

func TestHandmadeTryFinallyReturn(t *testing.T) {
	// def f():
	//     try:
	//         return g()
	//     finally:
	//         h()
	fn := &ast.FunctionDef{Name: "f", Body: []ast.Stmt{
		&ast.Try{
			Body:      []ast.Stmt{&ast.Return{Value: call("g", 3, 15), Pos: ast.Pos{Lineno: 3, ColOffset: 8}}},
			Finalbody: []ast.Stmt{&ast.ExprStmt{Value: call("h", 5, 8), Pos: ast.Pos{Lineno: 5, ColOffset: 8}}},
		},
	}}
	g := New(fn)
	s := g.String()
	// The return path and the exception path each run their own copy of
	// the finally body; no normal copy, as nothing falls off the try body.
	if n := strings.Count(s, "Expr h()"); n != 2 {
		t.Errorf("finally body copied %d times, want 2:\n%s", n, s)
	}
	if !g.Exit.Reachable || !g.Raise.Reachable {
		t.Errorf("exit and raise must be reachable:\n%s", s)
	}
	for _, e := range g.Exit.Preds {
		if e.Kind != Return {
			t.Errorf("edge into exit is %s, want return:\n%s", e.Kind, s)
		}
	}
	checkGraph(t, g)
}

func TestNilAndOddTrees(t *testing.T) {
	for _, n := range []ast.Node{
		nil,
		&ast.Module{},
		&ast.Module{Body: []ast.Stmt{nil, &ast.If{}, &ast.While{}, &ast.For{}, &ast.Try{}, &ast.With{Items: []*ast.WithItem{nil, {}}}, &ast.Match{Cases: []*ast.MatchCase{nil, {}}}, &ast.Assert{}, &ast.Return{}, &ast.Raise{}}},
		&ast.Lambda{},
		&ast.ListComp{},
		&ast.DictComp{Generators: []*ast.Comprehension{nil, {}}},
		&ast.Name{ID: "x"},
		&ast.Module{Body: []ast.Stmt{&ast.Break{}, &ast.Continue{}}},
		&ast.Module{Body: []ast.Stmt{&ast.If{Test: &ast.BoolOp{Op: ast.Or}}, &ast.If{Test: &ast.UnaryOp{Op: ast.Not}}}},
	} {
		g := New(n)
		checkGraph(t, g)
		_ = g.String()
		_ = g.Dot()
	}
}
