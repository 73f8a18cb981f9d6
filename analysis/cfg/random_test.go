package cfg

import (
	"math/rand/v2"
	"testing"

	"github.com/kraitsec/krait/python/ast"
)

// treeGen builds random (not always valid Python) statement trees, to
// check that the builder keeps its invariants on shapes no fixture has.
type treeGen struct {
	r    *rand.Rand
	line int
}

func (g *treeGen) pos() ast.Pos {
	g.line++
	return ast.Pos{Lineno: int32(g.line), EndLineno: int32(g.line)}
}

func (g *treeGen) expr(depth int) ast.Expr {
	if depth <= 0 {
		switch g.r.IntN(4) {
		case 0:
			return &ast.Constant{Value: g.r.IntN(2) == 0, Pos: g.pos()}
		case 1:
			return &ast.Call{Func: &ast.Name{ID: "f", Pos: g.pos()}, Pos: g.pos()}
		}
		return &ast.Name{ID: "x", Ctx: ast.Load, Pos: g.pos()}
	}
	switch g.r.IntN(6) {
	case 0:
		return &ast.BoolOp{Op: ast.BoolOpKind(1 + g.r.IntN(2)), Values: []ast.Expr{g.expr(depth - 1), g.expr(depth - 1), g.expr(depth - 1)}, Pos: g.pos()}
	case 1:
		return &ast.UnaryOp{Op: ast.Not, Operand: g.expr(depth - 1), Pos: g.pos()}
	case 2:
		return &ast.IfExp{Test: g.expr(depth - 1), Body: g.expr(depth - 1), Orelse: g.expr(depth - 1), Pos: g.pos()}
	case 3:
		return &ast.Call{Func: &ast.Name{ID: "g", Pos: g.pos()}, Args: []ast.Expr{g.expr(depth - 1)}, Pos: g.pos()}
	}
	return g.expr(0)
}

func (g *treeGen) body(depth int) []ast.Stmt {
	n := 1 + g.r.IntN(3)
	out := make([]ast.Stmt, n)
	for i := range out {
		out[i] = g.stmt(depth)
	}
	return out
}

func (g *treeGen) maybeBody(depth int) []ast.Stmt {
	if g.r.IntN(2) == 0 {
		return nil
	}
	return g.body(depth)
}

func (g *treeGen) stmt(depth int) ast.Stmt {
	p := g.pos()
	if depth <= 0 {
		switch g.r.IntN(8) {
		case 0:
			return &ast.Return{Value: g.expr(1), Pos: p}
		case 1:
			return &ast.Raise{Pos: p}
		case 2:
			return &ast.Break{Pos: p}
		case 3:
			return &ast.Continue{Pos: p}
		case 4:
			return &ast.ExprStmt{Value: &ast.Call{Func: &ast.Name{ID: "exit"}}, Pos: p}
		}
		return &ast.Assign{Targets: []ast.Expr{&ast.Name{ID: "y", Ctx: ast.Store}}, Value: g.expr(2), Pos: p}
	}
	d := depth - 1
	switch g.r.IntN(11) {
	case 0:
		return &ast.If{Test: g.expr(2), Body: g.body(d), Orelse: g.maybeBody(d), Pos: p}
	case 1:
		return &ast.While{Test: g.expr(2), Body: g.body(d), Orelse: g.maybeBody(d), Pos: p}
	case 2:
		return &ast.For{Target: &ast.Name{ID: "i"}, Iter: g.expr(1), Body: g.body(d), Orelse: g.maybeBody(d), Pos: p}
	case 3, 4:
		var hs []*ast.ExceptHandler
		for range g.r.IntN(3) {
			var typ ast.Expr
			if g.r.IntN(3) > 0 {
				typ = &ast.Name{ID: "E"}
			}
			hs = append(hs, &ast.ExceptHandler{Type: typ, Body: g.body(d)})
		}
		if g.r.IntN(4) == 0 {
			return &ast.TryStar{Body: g.body(d), Handlers: hs, Orelse: g.maybeBody(d), Finalbody: g.maybeBody(d), Pos: p}
		}
		return &ast.Try{Body: g.body(d), Handlers: hs, Orelse: g.maybeBody(d), Finalbody: g.maybeBody(d), Pos: p}
	case 5:
		var ctx ast.Expr = &ast.Name{ID: "cm"}
		if g.r.IntN(3) == 0 {
			ctx = &ast.Call{Func: &ast.Name{ID: "suppress"}}
		}
		return &ast.With{Items: []*ast.WithItem{{ContextExpr: ctx}}, Body: g.body(d), Pos: p}
	case 6:
		var cases []*ast.MatchCase
		for range 1 + g.r.IntN(3) {
			var pat ast.Pattern = &ast.MatchValue{Value: g.expr(0)}
			if g.r.IntN(3) == 0 {
				pat = &ast.MatchAs{}
			}
			var guard ast.Expr
			if g.r.IntN(2) == 0 {
				guard = g.expr(2)
			}
			cases = append(cases, &ast.MatchCase{Pattern: pat, Guard: guard, Body: g.body(d)})
		}
		return &ast.Match{Subject: g.expr(1), Cases: cases, Pos: p}
	case 7:
		return &ast.Assert{Test: g.expr(2), Msg: g.expr(0), Pos: p}
	}
	return g.stmt(0)
}

// TestRandomTrees checks the invariants on thousands of random trees.
func TestRandomTrees(t *testing.T) {
	g := &treeGen{r: rand.New(rand.NewPCG(1, 2))}
	for i := range 3000 {
		fn := &ast.FunctionDef{Name: "f", Body: g.body(1 + i%6)}
		graph := New(fn)
		size := 0
		ast.Inspect(fn, func(ast.Node) bool { size++; return true })
		if len(graph.Blocks) > 8*size+8 {
			t.Errorf("tree %d: %d blocks for %d nodes; the graph should stay linear in the code", i, len(graph.Blocks), size)
		}
		sub := &countingT{TB: t}
		checkGraph(sub, graph)
		checkNodes(sub, graph)
		if sub.failed > 0 {
			t.Fatalf("tree %d:\n%s", i, graph)
		}
	}
}
