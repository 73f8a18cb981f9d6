package parser

import "github.com/kraitsec/krait/python/ast"

// slab hands out values of T from chunks, so the many small nodes of a tree
// cost few allocations. Chunks double with use, so small inputs stay
// small, but never exceed what the rest of the input is expected to need:
// the tokens left over the tokens per node of this type (per), so the
// last chunk of a file is mostly used rather than up to half empty.
// Held trees keep every chunk alive, so its unused tail is pure waste.
type slab[T any] struct {
	free  []T
	chunk int
	per   int  // tokens per node of type T in the stdlib, a little under the average
	at    *int // the parser's token cursor
	end   int  // number of tokens
}

func (s *slab[T]) new(v T) *T {
	if len(s.free) == 0 {
		s.chunk = min(max(2*s.chunk, 8), 256)
		if s.at != nil && s.per > 0 {
			s.chunk = min(s.chunk, max(4, (s.end-*s.at)/s.per))
		}
		s.free = make([]T, s.chunk)
	}
	x := &s.free[0]
	s.free = s.free[1:]
	*x = v
	return x
}

// nodes holds one slab per frequent node type.
type nodes struct {
	names      slab[ast.Name]
	constants  slab[ast.Constant]
	attributes slab[ast.Attribute]
	calls      slab[ast.Call]
	keywords   slab[ast.Keyword]
	exprStmts  slab[ast.ExprStmt]
	assigns    slab[ast.Assign]
	args       slab[ast.Arg]
	subscripts slab[ast.Subscript]
	binOps     slab[ast.BinOp]
}

// init bounds the slabs' chunks by the tokens left after *at of end.
// The tokens per node are python3.13's stdlib plus a site-packages tree
// (about 22M tokens) over each type's node count, rounded down.
func (n *nodes) init(at *int, end int) {
	n.names.at, n.names.end, n.names.per = at, end, 5
	n.constants.at, n.constants.end, n.constants.per = at, end, 9
	n.attributes.at, n.attributes.end, n.attributes.per = at, end, 18
	n.calls.at, n.calls.end, n.calls.per = at, end, 18
	n.keywords.at, n.keywords.end, n.keywords.per = at, end, 128
	n.exprStmts.at, n.exprStmts.end, n.exprStmts.per = at, end, 64
	n.assigns.at, n.assigns.end, n.assigns.per = at, end, 44
	n.args.at, n.args.end, n.args.per = at, end, 62
	n.subscripts.at, n.subscripts.end, n.subscripts.per = at, end, 116
	n.binOps.at, n.binOps.end, n.binOps.per = at, end, 45
}

// exprsFrom returns the expressions pushed on the scratch stack since mark
// as an exactly sized slice (nil if none) and pops them.
func (p *parser) exprsFrom(mark int) []ast.Expr {
	n := len(p.exprStack) - mark
	if n <= 0 {
		p.exprStack = p.exprStack[:mark]
		return nil
	}
	out := make([]ast.Expr, n)
	copy(out, p.exprStack[mark:])
	clear(p.exprStack[mark:])
	p.exprStack = p.exprStack[:mark]
	return out
}

// stmtsFrom is exprsFrom for the statement stack.
func (p *parser) stmtsFrom(mark int) []ast.Stmt {
	n := len(p.stmtStack) - mark
	if n <= 0 {
		p.stmtStack = p.stmtStack[:mark]
		return nil
	}
	out := make([]ast.Stmt, n)
	copy(out, p.stmtStack[mark:])
	clear(p.stmtStack[mark:])
	p.stmtStack = p.stmtStack[:mark]
	return out
}
