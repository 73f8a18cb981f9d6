package parser

import (
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/lexer"
)

// isName reports whether the current token is a NAME usable as an
// identifier (not a hard keyword; soft keywords are identifiers).
func (p *parser) isName() bool {
	return p.kind() == lexer.NAME && p.curKw() == kwNone
}

// startsExpr reports whether the current token can begin a
// star_expression; it ends comma-separated lists with a trailing comma.
func (p *parser) startsExpr() bool {
	switch p.kind() {
	case lexer.NAME:
		switch p.curKw() {
		case kwNone, kwFalse, kwNoneLit, kwTrue, kwNot, kwLambda, kwAwait:
			return true
		}
		return false
	case lexer.NUMBER, lexer.STRING, lexer.FSTRING_START, lexer.LPAR, lexer.LSQB, lexer.LBRACE,
		lexer.MINUS, lexer.PLUS, lexer.TILDE, lexer.STAR, lexer.ELLIPSIS:
		return true
	}
	return false
}

func (p *parser) bad() ast.Expr { return p.nodes.names.new(ast.Name{Ctx: ast.Load}) }

// starExpressions: star_expression (',' star_expression)* [','] → Tuple.
func (p *parser) starExpressions() ast.Expr {
	start := p.p
	e := p.starExpression()
	if p.kind() != lexer.COMMA {
		return e
	}
	mark := len(p.exprStack)
	p.exprStack = append(p.exprStack, e)
	for p.kind() == lexer.COMMA {
		p.next()
		if !p.startsExpr() {
			break
		}
		el := p.starExpression()
		p.exprStack = append(p.exprStack, el)
	}
	return &ast.Tuple{Elts: p.exprsFrom(mark), Ctx: ast.Load, Pos: p.span(start)}
}

// starExpression: '*' bitwise_or | expression.
func (p *parser) starExpression() ast.Expr {
	if p.kind() == lexer.STAR {
		start := p.p
		p.next()
		v := p.bitwiseOr()
		return &ast.Starred{Value: v, Ctx: ast.Load, Pos: p.span(start)}
	}
	return p.expression()
}

// starNamedExpression: '*' bitwise_or | named_expression.
func (p *parser) starNamedExpression() ast.Expr {
	if p.kind() == lexer.STAR {
		start := p.p
		p.next()
		v := p.bitwiseOr()
		return &ast.Starred{Value: v, Ctx: ast.Load, Pos: p.span(start)}
	}
	return p.namedExpression()
}

// namedExpression: NAME ':=' expression | expression !':='.
func (p *parser) namedExpression() ast.Expr {
	if p.kind() == lexer.NAME && p.curKw() == kwNone && p.peekKind(1) == lexer.COLONEQUAL {
		start := p.p
		target := p.nodes.names.new(ast.Name{ID: p.ident(p.p), Ctx: ast.Store, Pos: tokPos(&p.toks[p.p])})
		p.next()
		p.next()
		v := p.expression()
		return &ast.NamedExpr{Target: target, Value: v, Pos: p.span(start)}
	}
	e := p.expression()
	if p.kind() == lexer.COLONEQUAL {
		p.errorAtPos(exprPos(e), "cannot use assignment expressions with "+exprName(e))
	}
	return e
}

// expression: disjunction ['if' disjunction 'else' expression] | lambdef.
func (p *parser) expression() ast.Expr {
	if p.kind() == lexer.NAME && p.curKw() == kwLambda {
		return p.lambdef()
	}
	start := p.p
	b := p.disjunction()
	if p.kind() != lexer.NAME || p.curKw() != kwIf {
		return b
	}
	if !p.enter() {
		return b
	}
	defer p.leave()
	p.next()
	test := p.disjunction()
	if p.kind() != lexer.NAME || p.curKw() != kwElse {
		if p.err == nil {
			p.errorAt(start, "expected 'else' after 'if' expression")
		}
		return b
	}
	p.next()
	orelse := p.expression()
	return &ast.IfExp{Test: test, Body: b, Orelse: orelse, Pos: p.span(start)}
}

// disjunction: conjunction ('or' conjunction)*.
func (p *parser) disjunction() ast.Expr {
	start := p.p
	x := p.conjunction()
	p.lastDisj, p.lastDisjEnd = start, p.p
	if p.kind() != lexer.NAME || p.curKw() != kwOr || !p.operandAt(1, true) {
		return x
	}
	vals := make([]ast.Expr, 1, 4)
	vals[0] = x
	for p.kind() == lexer.NAME && p.curKw() == kwOr && p.operandAt(1, true) {
		p.next()
		vals = append(vals, p.conjunction())
	}
	p.lastDisj, p.lastDisjEnd = start, p.p
	return &ast.BoolOp{Op: ast.Or, Values: vals, Pos: p.span(start)}
}

// conjunction: inversion ('and' inversion)*.
func (p *parser) conjunction() ast.Expr {
	start := p.p
	x := p.inversion()
	if p.kind() != lexer.NAME || p.curKw() != kwAnd || !p.operandAt(1, true) {
		return x
	}
	vals := make([]ast.Expr, 1, 4)
	vals[0] = x
	for p.kind() == lexer.NAME && p.curKw() == kwAnd && p.operandAt(1, true) {
		p.next()
		vals = append(vals, p.inversion())
	}
	return &ast.BoolOp{Op: ast.And, Values: vals, Pos: p.span(start)}
}

// inversion: 'not' inversion | comparison.
func (p *parser) inversion() ast.Expr {
	if p.kind() != lexer.NAME || p.curKw() != kwNot {
		return p.comparison()
	}
	start := p.p
	if !p.enter() {
		return p.bad()
	}
	p.next()
	x := p.inversion()
	p.leave()
	return &ast.UnaryOp{Op: ast.Not, Operand: x, Pos: p.span(start)}
}

// compareOp returns the comparison operator at the current token and how
// many tokens it spans (0 if there is none).
func (p *parser) compareOp() (ast.CmpOp, int) {
	switch p.kind() {
	case lexer.EQEQUAL:
		return ast.Eq, 1
	case lexer.NOTEQUAL:
		return ast.NotEq, 1
	case lexer.LESS:
		return ast.Lt, 1
	case lexer.LESSEQUAL:
		return ast.LtE, 1
	case lexer.GREATER:
		return ast.Gt, 1
	case lexer.GREATEREQUAL:
		return ast.GtE, 1
	case lexer.NAME:
		switch p.curKw() {
		case kwIn:
			return ast.In, 1
		case kwNot:
			if p.peekKind(1) == lexer.NAME && p.peekKw(1) == kwIn {
				return ast.NotIn, 2
			}
		case kwIs:
			if p.peekKind(1) == lexer.NAME && p.peekKw(1) == kwNot {
				return ast.IsNot, 2
			}
			return ast.Is, 1
		}
	}
	return 0, 0
}

// comparison: bitwise_or compare_op_bitwise_or_pair*.
func (p *parser) comparison() ast.Expr {
	start := p.p
	x := p.bitwiseOr()
	op, n := p.compareOp()
	if n == 0 {
		return x
	}
	var ops []ast.CmpOp
	var comps []ast.Expr
	for n > 0 {
		if op == ast.NotEq && string(p.text(p.p)) == "<>" {
			p.errorAt(p.p, "invalid syntax")
			return x
		}
		if !p.operandAt(n, false) {
			break
		}
		p.skip(n)
		ops = append(ops, op)
		comps = append(comps, p.bitwiseOr())
		op, n = p.compareOp()
	}
	if len(ops) == 0 {
		return x
	}
	return &ast.Compare{Left: x, Ops: ops, Comparators: comps, Pos: p.span(start)}
}

// operandAt reports whether the token n ahead can begin an operand
// (a factor, or an inversion with not). An operator without one is left
// unconsumed, as CPython's parser backtracks before it; the error then
// falls on the operator.
func (p *parser) operandAt(n int, not bool) bool {
	switch p.peekKind(n) {
	case lexer.NAME:
		switch p.peekKw(n) {
		case kwNone, kwFalse, kwNoneLit, kwTrue, kwAwait:
			return true
		case kwNot:
			return not
		}
		return false
	case lexer.NUMBER, lexer.STRING, lexer.FSTRING_START, lexer.LPAR, lexer.LSQB, lexer.LBRACE,
		lexer.MINUS, lexer.PLUS, lexer.TILDE, lexer.ELLIPSIS:
		return true
	}
	return false
}

// binaryOp maps a token to its operator and precedence (0 = not binary).
func binaryOp(k lexer.Kind) (ast.Operator, int) {
	switch k {
	case lexer.VBAR:
		return ast.BitOr, 1
	case lexer.CIRCUMFLEX:
		return ast.BitXor, 2
	case lexer.AMPER:
		return ast.BitAnd, 3
	case lexer.LEFTSHIFT:
		return ast.LShift, 4
	case lexer.RIGHTSHIFT:
		return ast.RShift, 4
	case lexer.PLUS:
		return ast.Add, 5
	case lexer.MINUS:
		return ast.Sub, 5
	case lexer.STAR:
		return ast.Mult, 6
	case lexer.SLASH:
		return ast.Div, 6
	case lexer.DOUBLESLASH:
		return ast.FloorDiv, 6
	case lexer.PERCENT:
		return ast.Mod, 6
	case lexer.AT:
		return ast.MatMult, 6
	}
	return 0, 0
}

// bitwiseOr is bitwise_or and every binary level below it down to term.
func (p *parser) bitwiseOr() ast.Expr { return p.binaryExpr(1) }

// binaryExpr is the one precedence loop for left-associative binary
// operators binding at least as tightly as prec1.
func (p *parser) binaryExpr(prec1 int) ast.Expr {
	start := p.p
	x := p.factor()
	for {
		op, prec := binaryOp(p.kind())
		if prec < prec1 || prec == 0 || !p.operandAt(1, false) {
			return x
		}
		p.next()
		y := p.binaryExpr(prec + 1)
		x = p.nodes.binOps.new(ast.BinOp{Left: x, Op: op, Right: y, Pos: p.span(start)})
	}
}

// factor: ('+' | '-' | '~') factor | power.
func (p *parser) factor() ast.Expr {
	var op ast.UnaryOpKind
	switch p.kind() {
	case lexer.PLUS:
		op = ast.UAdd
	case lexer.MINUS:
		op = ast.USub
	case lexer.TILDE:
		op = ast.Invert
	default:
		return p.power()
	}
	start := p.p
	if !p.enter() {
		return p.bad()
	}
	p.next()
	x := p.factor()
	p.leave()
	return &ast.UnaryOp{Op: op, Operand: x, Pos: p.span(start)}
}

// power: await_primary ['**' factor].
func (p *parser) power() ast.Expr {
	start := p.p
	x := p.awaitPrimary()
	if p.kind() != lexer.DOUBLESTAR || !p.operandAt(1, false) {
		return x
	}
	p.depth++
	if !p.enter() {
		p.depth--
		return x
	}
	p.next()
	y := p.factor()
	p.leave()
	p.depth--
	return p.nodes.binOps.new(ast.BinOp{Left: x, Op: ast.Pow, Right: y, Pos: p.span(start)})
}

// awaitPrimary: 'await' primary | primary.
func (p *parser) awaitPrimary() ast.Expr {
	if p.kind() == lexer.NAME && p.curKw() == kwAwait {
		start := p.p
		p.next()
		x := p.primary()
		return &ast.Await{Value: x, Pos: p.span(start)}
	}
	return p.primary()
}

// primary: atom followed by attribute, call and subscript trailers.
func (p *parser) primary() ast.Expr {
	start := p.p
	x := p.atom()
	for {
		switch p.kind() {
		case lexer.DOT:
			p.next()
			if !p.isName() {
				p.syntaxError()
				return x
			}
			name := p.ident(p.p)
			p.next()
			x = p.nodes.attributes.new(ast.Attribute{Value: x, Attr: name, Ctx: ast.Load, Pos: p.span(start)})
		case lexer.LPAR:
			p.trailers++
			if !p.checkDepth() {
				return x
			}
			x = p.call(x, start)
			p.trailers--
		case lexer.LSQB:
			p.trailers++
			if !p.checkDepth() {
				return x
			}
			p.next()
			s := p.slices()
			p.expect(lexer.RSQB)
			p.trailers--
			x = p.nodes.subscripts.new(ast.Subscript{Value: x, Slice: s, Ctx: ast.Load, Pos: p.span(start)})
		default:
			return x
		}
	}
}

// slices: slice !',' | ','.(slice | starred_expression)+ [','].
func (p *parser) slices() ast.Expr {
	start := p.p
	var s ast.Expr
	if p.kind() == lexer.STAR {
		s = p.starredExpression()
	} else {
		s = p.slice()
		if p.kind() != lexer.COMMA {
			return s
		}
	}
	mark := len(p.exprStack)
	p.exprStack = append(p.exprStack, s)
	for p.kind() == lexer.COMMA {
		p.next()
		if p.kind() == lexer.RSQB {
			break
		}
		if p.kind() == lexer.STAR {
			el := p.starredExpression()
			p.exprStack = append(p.exprStack, el)
		} else {
			el := p.slice()
			p.exprStack = append(p.exprStack, el)
		}
	}
	return &ast.Tuple{Elts: p.exprsFrom(mark), Ctx: ast.Load, Pos: p.span(start)}
}

// starredExpression: '*' expression.
func (p *parser) starredExpression() ast.Expr {
	start := p.p
	if !p.startsExpression(p.p + 1) {
		p.errorAt(start+1, "Invalid star expression")
		return p.bad()
	}
	p.next()
	v := p.expression()
	return &ast.Starred{Value: v, Ctx: ast.Load, Pos: p.span(start)}
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression.
func (p *parser) slice() ast.Expr {
	start := p.p
	var lower, upper, step ast.Expr
	if p.kind() != lexer.COLON {
		e := p.namedExpression()
		if p.kind() != lexer.COLON {
			return e
		}
		if _, ok := e.(*ast.NamedExpr); ok && p.toks[start].Kind == lexer.NAME {
			p.syntaxError()
			return e
		}
		lower = e
	}
	p.next()
	if k := p.kind(); k != lexer.COLON && k != lexer.COMMA && k != lexer.RSQB {
		upper = p.expression()
	}
	if p.kind() == lexer.COLON {
		p.next()
		if k := p.kind(); k != lexer.COMMA && k != lexer.RSQB {
			step = p.expression()
		}
	}
	return &ast.Slice{Lower: lower, Upper: upper, Step: step, Pos: p.span(start)}
}

// yieldExpr: 'yield' 'from' expression | 'yield' [star_expressions].
func (p *parser) yieldExpr() ast.Expr {
	start := p.p
	p.next()
	if p.kind() == lexer.NAME && p.curKw() == kwFrom {
		p.next()
		v := p.expression()
		return &ast.YieldFrom{Value: v, Pos: p.span(start)}
	}
	var v ast.Expr
	if p.startsExpr() {
		v = p.starExpressions()
	}
	return &ast.Yield{Value: v, Pos: p.span(start)}
}

// evalInput parses a whole input as one expression (mode='eval'):
// expressions: expression (',' expression)* [','].
func (p *parser) evalInput() ast.Expr {
	for p.kind() == lexer.NEWLINE {
		p.next()
	}
	start := p.p
	e := p.expression()
	if p.kind() == lexer.COMMA {
		mark := len(p.exprStack)
		p.exprStack = append(p.exprStack, e)
		for p.kind() == lexer.COMMA {
			p.next()
			if !p.startsExpr() || p.kind() == lexer.STAR {
				break
			}
			el := p.expression()
			p.exprStack = append(p.exprStack, el)
		}
		e = &ast.Tuple{Elts: p.exprsFrom(mark), Ctx: ast.Load, Pos: p.span(start)}
	}
	for p.kind() == lexer.NEWLINE {
		p.next()
	}
	if p.kind() != lexer.ENDMARKER {
		p.syntaxError()
	}
	return e
}
