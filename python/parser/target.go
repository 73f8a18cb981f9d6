package parser

import (
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/lexer"
)

// exprPos returns an expression's location.
func exprPos(e ast.Expr) ast.Pos {
	if pe, ok := e.(ast.Positioned); ok {
		return pe.Position()
	}
	return ast.Pos{Lineno: 1}
}

// exprName is CPython's _PyPegen_get_expr_name: how error messages name
// an expression kind.
func exprName(e ast.Expr) string {
	switch n := e.(type) {
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	case *ast.Starred:
		return "starred"
	case *ast.Name:
		return "name"
	case *ast.List:
		return "list"
	case *ast.Tuple:
		return "tuple"
	case *ast.Lambda:
		return "lambda"
	case *ast.Call:
		return "function call"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		return "expression"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.Await:
		return "await expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "f-string expression"
	case *ast.Constant:
		switch v := n.Value.(type) {
		case nil:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case ast.EllipsisType:
			return "ellipsis"
		}
		return "literal"
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.NamedExpr:
		return "named expression"
	}
	return "expression"
}

// setStore marks e as an assignment target (star_targets), recursing into
// tuples, lists and starred; it reports CPython's error for anything else.
func (p *parser) setStore(e ast.Expr) bool {
	switch n := e.(type) {
	case *ast.Name:
		n.Ctx = ast.Store
	case *ast.Attribute:
		n.Ctx = ast.Store
	case *ast.Subscript:
		n.Ctx = ast.Store
	case *ast.Starred:
		if _, ok := n.Value.(*ast.Starred); ok {
			p.errorAtPos(n.Pos, "cannot use starred expression here")
			return false
		}
		n.Ctx = ast.Store
		return p.setStore(n.Value)
	case *ast.Tuple:
		n.Ctx = ast.Store
		for _, x := range n.Elts {
			if !p.setStore(x) {
				return false
			}
		}
	case *ast.List:
		n.Ctx = ast.Store
		for _, x := range n.Elts {
			if !p.setStore(x) {
				return false
			}
		}
	default:
		p.errorAtPos(exprPos(e), invalidTargetMsg(e, false))
		return false
	}
	return true
}

// invalidTargetMsg words an invalid assignment target as CPython does;
// plainAssign is a single `target = value` statement, where CPython
// suggests '=='.
func invalidTargetMsg(e ast.Expr, plainAssign bool) string {
	switch n := e.(type) {
	case *ast.Yield, *ast.YieldFrom:
		if plainAssign {
			return "assignment to yield expression not possible"
		}
	case *ast.Constant:
		switch n.Value.(type) {
		case nil, bool:
			return "cannot assign to " + exprName(e)
		}
	case *ast.Compare, *ast.BoolOp, *ast.IfExp, *ast.Lambda, *ast.NamedExpr, *ast.Starred:
		return "cannot assign to " + exprName(e)
	case *ast.UnaryOp:
		if n.Op == ast.Not {
			return "cannot assign to " + exprName(e)
		}
	}
	if plainAssign {
		return "cannot assign to " + exprName(e) + " here. Maybe you meant '==' instead of '='?"
	}
	return "cannot assign to " + exprName(e)
}

// setDel marks e as a del target (del_targets: no starred).
func (p *parser) setDel(e ast.Expr) bool {
	switch n := e.(type) {
	case *ast.Name:
		n.Ctx = ast.Del
	case *ast.Attribute:
		n.Ctx = ast.Del
	case *ast.Subscript:
		n.Ctx = ast.Del
	case *ast.Tuple:
		n.Ctx = ast.Del
		for _, x := range n.Elts {
			if !p.setDel(x) {
				return false
			}
		}
	case *ast.List:
		n.Ctx = ast.Del
		for _, x := range n.Elts {
			if !p.setDel(x) {
				return false
			}
		}
	case *ast.Starred:
		p.errorAtPos(n.Pos, "cannot delete starred")
		return false
	default:
		p.errorAtPos(exprPos(e), "cannot delete "+exprName(e))
		return false
	}
	return true
}

// starTargets: star_target (',' star_target)* [','] → Tuple(Store).
func (p *parser) starTargets() ast.Expr {
	start := p.p
	t := p.starTarget()
	if p.kind() != lexer.COMMA {
		return t
	}
	mark := len(p.exprStack)
	p.exprStack = append(p.exprStack, t)
	for p.kind() == lexer.COMMA {
		p.next()
		if !p.startsExpr() {
			break
		}
		el := p.starTarget()
		p.exprStack = append(p.exprStack, el)
	}
	return &ast.Tuple{Elts: p.exprsFrom(mark), Ctx: ast.Store, Pos: p.span(start)}
}

// starTarget: '*' (!'*' star_target) | target_with_star_atom.
func (p *parser) starTarget() ast.Expr {
	if p.kind() == lexer.STAR {
		start := p.p
		p.next()
		if p.kind() == lexer.STAR {
			p.syntaxError()
			return p.bad()
		}
		v := p.starTarget()
		return &ast.Starred{Value: v, Ctx: ast.Store, Pos: p.span(start)}
	}
	e := p.primary()
	p.setStore(e)
	return e
}

// singleTargetOK reports whether e may be the target of an augmented or
// annotated assignment (single_target and friends).
func singleTargetOK(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return true
	}
	return false
}
