package cfg

import (
	"fmt"
	"slices"
	"testing"

	"github.com/kraitsec/krait/python/ast"
)

// checkGraph verifies the structural invariants every graph must keep.
func checkGraph(t testing.TB, g *Graph) {
	t.Helper()
	if g.Entry == nil || g.Exit == nil || g.Raise == nil {
		t.Fatalf("missing entry/exit/raise")
	}
	if len(g.Entry.Preds) != 0 {
		t.Errorf("entry has predecessors")
	}
	if g.Blocks[0] != g.Entry || g.Blocks[len(g.Blocks)-2] != g.Exit || g.Blocks[len(g.Blocks)-1] != g.Raise {
		t.Errorf("entry must be first, exit and raise last")
	}
	if len(g.Exit.Succs) != 0 || len(g.Raise.Succs) != 0 {
		t.Errorf("exit and raise must have no successors")
	}
	in := map[*Block]bool{}
	for i, blk := range g.Blocks {
		if blk.Index != i {
			t.Errorf("block %d has index %d", i, blk.Index)
		}
		in[blk] = true
	}
	for _, blk := range g.Blocks {
		for _, e := range blk.Succs {
			if e.From != blk {
				t.Errorf("b%d: succ edge from b%d", blk.Index, e.From.Index)
			}
			if !in[e.To] {
				t.Errorf("b%d: edge to a block outside the graph", blk.Index)
			}
			if count(e.To.Preds, e) != 1 {
				t.Errorf("b%d -> b%d: edge not once in the target's preds", blk.Index, e.To.Index)
			}
			if (e.Cond != nil) != (e.Kind == True || e.Kind == False) && e.Cond != nil {
				t.Errorf("b%d -> b%d: condition on a %s edge", blk.Index, e.To.Index, e.Kind)
			}
			if e.Cond != nil && (len(blk.Nodes) == 0 || blk.Nodes[len(blk.Nodes)-1] != e.Cond) {
				t.Errorf("b%d -> b%d: condition is not the block's last node", blk.Index, e.To.Index)
			}
		}
		for _, e := range blk.Preds {
			if e.To != blk {
				t.Errorf("b%d: pred edge to b%d", blk.Index, e.To.Index)
			}
			if !in[e.From] {
				t.Errorf("b%d: edge from a block outside the graph", blk.Index)
			}
			if count(e.From.Succs, e) != 1 {
				t.Errorf("b%d <- b%d: edge not once in the source's succs", blk.Index, e.From.Index)
			}
		}
	}
	// Reachable says exactly which blocks Entry reaches.
	seen := map[*Block]bool{}
	var visit func(*Block)
	visit = func(b *Block) {
		stack := []*Block{b}
		for len(stack) > 0 {
			x := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if seen[x] {
				continue
			}
			seen[x] = true
			for _, e := range x.Succs {
				stack = append(stack, e.To)
			}
		}
	}
	visit(g.Entry)
	for _, blk := range g.Blocks {
		if seen[blk] != blk.Reachable {
			t.Errorf("b%d: Reachable=%v, but reachable from entry=%v", blk.Index, blk.Reachable, seen[blk])
		}
	}
}

func count(es []*Edge, e *Edge) int {
	n := 0
	for _, x := range es {
		if x == e {
			n++
		}
	}
	return n
}

// checkNodes verifies what the blocks hold: every simple statement of the
// body is in some block, and no compound statement is.
func checkNodes(t testing.TB, g *Graph) {
	t.Helper()
	placed := map[ast.Node]bool{}
	for _, blk := range g.Blocks {
		for _, n := range blk.Nodes {
			switch n.(type) {
			case *ast.If, *ast.While, *ast.For, *ast.AsyncFor, *ast.With, *ast.AsyncWith,
				*ast.Try, *ast.TryStar, *ast.Match, *ast.Assert, *ast.ExceptHandler, *ast.MatchCase:
				t.Errorf("b%d: %s holds a compound %s", blk.Index, blk.Kind, NodeType(n))
			}
			placed[n] = true
		}
		for _, e := range blk.Succs {
			switch c := e.Cond.(type) {
			case *ast.BoolOp, *ast.IfExp:
				t.Errorf("b%d: condition %s was not split", blk.Index, NodeType(c))
			case *ast.UnaryOp:
				if c.Op == ast.Not {
					t.Errorf("b%d: condition `not` was not unwrapped", blk.Index)
				}
			}
		}
	}
	for _, s := range simpleStmts(g.Func) {
		if !placed[s] {
			p := posOf(s)
			t.Errorf("%s at %d:%d is in no block", NodeType(s), p.Lineno, p.ColOffset)
		}
	}
}

// simpleStmts lists the statements of fn's body that must appear in
// blocks: all but compound statements, not descending into nested scopes.
func simpleStmts(fn ast.Node) []ast.Stmt {
	var out []ast.Stmt
	var walk func([]ast.Stmt)
	walk = func(list []ast.Stmt) {
		for _, s := range list {
			switch s := s.(type) {
			case nil:
			case *ast.If:
				walk(s.Body)
				walk(s.Orelse)
			case *ast.While:
				walk(s.Body)
				walk(s.Orelse)
			case *ast.For:
				walk(s.Body)
				walk(s.Orelse)
			case *ast.AsyncFor:
				walk(s.Body)
				walk(s.Orelse)
			case *ast.With:
				walk(s.Body)
			case *ast.AsyncWith:
				walk(s.Body)
			case *ast.Try:
				walk(s.Body)
				for _, h := range s.Handlers {
					walk(h.Body)
				}
				walk(s.Orelse)
				walk(s.Finalbody)
			case *ast.TryStar:
				walk(s.Body)
				for _, h := range s.Handlers {
					walk(h.Body)
				}
				walk(s.Orelse)
				walk(s.Finalbody)
			case *ast.Match:
				for _, c := range s.Cases {
					walk(c.Body)
				}
			case *ast.Assert:
			default:
				out = append(out, s)
			}
		}
	}
	switch f := fn.(type) {
	case *ast.Module:
		walk(f.Body)
	case *ast.FunctionDef:
		walk(f.Body)
	case *ast.AsyncFunctionDef:
		walk(f.Body)
	case *ast.ClassDef:
		walk(f.Body)
	}
	return out
}

// sameGraph reports how two graphs of the same body differ, or "".
func sameGraph(a, b *Graph) string {
	if len(a.Blocks) != len(b.Blocks) {
		return fmt.Sprintf("%d blocks, %d blocks", len(a.Blocks), len(b.Blocks))
	}
	if a.Entry.Index != b.Entry.Index || a.Exit.Index != b.Exit.Index || a.Raise.Index != b.Raise.Index {
		return "entry, exit or raise differ"
	}
	for i, x := range a.Blocks {
		y := b.Blocks[i]
		if x.Kind != y.Kind || x.Reachable != y.Reachable || !slices.EqualFunc(x.Nodes, y.Nodes, sameNode) {
			return fmt.Sprintf("b%d differs", i)
		}
		if len(x.Succs) != len(y.Succs) || len(x.Preds) != len(y.Preds) {
			return fmt.Sprintf("b%d: edge counts differ", i)
		}
		for j, e := range x.Succs {
			f := y.Succs[j]
			if e.To.Index != f.To.Index || e.Kind != f.Kind || e.Cond != f.Cond {
				return fmt.Sprintf("b%d: successor %d differs", i, j)
			}
		}
		for j, e := range x.Preds {
			f := y.Preds[j]
			if e.From.Index != f.From.Index || e.Kind != f.Kind || e.Cond != f.Cond {
				return fmt.Sprintf("b%d: predecessor %d differs", i, j)
			}
		}
	}
	return ""
}

// sameNode compares block nodes: AST nodes by identity, the nodes this
// package creates (new ones each build) by type, position and text.
func sameNode(x, y ast.Node) bool {
	if x == y {
		return true
	}
	return NodeType(x) == NodeType(y) && posOf(x) == posOf(y) && NodeString(x) == NodeString(y)
}
