package parser

import "github.com/kraitsec/krait/python/ast"

// slab hands out values of T from chunks, so the many small nodes of a tree
// cost few allocations. Chunks grow with use, so small inputs stay small.
type slab[T any] struct {
	free  []T
	chunk int
}

func (s *slab[T]) new(v T) *T {
	if len(s.free) == 0 {
		s.chunk = min(max(2*s.chunk, 8), 256)
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
