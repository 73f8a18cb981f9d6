package parser

import (
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/lexer"
)

// parameters parses a def's (lambda's when isLambda) parameter list up to
// the closing token end (')' or ':'), following the rules of
// `parameters`/`lambda_parameters`: '/' after at least one parameter,
// defaults never followed by a non-default before '*', '*' needing a named
// parameter after it, '**' last.
func (p *parser) parameters(end lexer.Kind, isLambda bool) *ast.Arguments {
	a := &ast.Arguments{}
	sawSlash, sawStar, sawDefault := false, false, false
	for p.kind() != end && p.err == nil {
		switch p.kind() {
		case lexer.SLASH:
			if sawSlash {
				p.errorAt(p.p, "/ may appear only once")
				return a
			}
			if sawStar {
				p.errorAt(p.p, "/ must be ahead of *")
				return a
			}
			if len(a.Args) == 0 {
				p.errorAt(p.p, "at least one argument must precede /")
				return a
			}
			sawSlash = true
			a.Posonlyargs, a.Args = a.Args, nil
			p.next()
		case lexer.STAR:
			if sawStar {
				p.errorAt(p.p, "* argument may appear only once")
				return a
			}
			sawStar = true
			starTok := p.p
			p.next()
			if p.kind() == lexer.COMMA || p.kind() == end {
				// Bare '*': a keyword-only parameter must follow.
				if p.kind() == end || p.peekKind(1) == end || p.peekKind(1) == lexer.DOUBLESTAR {
					p.errorAt(starTok, "named arguments must follow bare *")
					return a
				}
				break
			}
			a.Vararg = p.param(isLambda, !isLambda)
			if p.kind() == lexer.EQUAL {
				p.errorAt(p.p, "var-positional argument cannot have default value")
				return a
			}
		case lexer.DOUBLESTAR:
			p.next()
			a.Kwarg = p.param(isLambda, false)
			if p.kind() == lexer.EQUAL {
				p.errorAt(p.p, "var-keyword argument cannot have default value")
				return a
			}
			if p.kind() == lexer.COMMA {
				p.next()
			}
			if p.kind() != end {
				p.errorAt(p.p, "arguments cannot follow var-keyword argument")
				return a
			}
			return a
		case lexer.LPAR:
			if !isLambda && p.parenthesizedParams() {
				p.errorAt(p.p, "Function parameters cannot be parenthesized")
			} else {
				p.syntaxError()
			}
			return a
		default:
			arg := p.param(isLambda, false)
			var def ast.Expr
			if p.kind() == lexer.EQUAL {
				eq := p.p
				p.next()
				if k := p.kind(); k == lexer.COMMA || k == end {
					p.errorAt(eq, "expected default value expression")
					return a
				}
				def = p.expression()
			}
			if sawStar {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				if def != nil {
					sawDefault = true
					a.Defaults = append(a.Defaults, def)
				} else if sawDefault {
					p.errorAtPos(arg.Pos, "parameter without a default follows parameter with a default")
					return a
				}
				a.Args = append(a.Args, arg)
			}
		}
		if p.kind() != lexer.COMMA {
			break
		}
		p.next()
	}
	if p.kind() != end {
		p.syntaxError()
	}
	return a
}

// parenthesizedParams reports whether '(' NAME (',' NAME)* [','] ')'
// starts at the current token.
func (p *parser) parenthesizedParams() bool {
	i := p.p + 1
	for {
		if p.toks[i].Kind != lexer.NAME || p.kw[i] != kwNone {
			return false
		}
		i++
		if p.toks[i].Kind == lexer.COMMA {
			i++
		}
		if p.toks[i].Kind == lexer.RPAR {
			return true
		}
		if i >= len(p.toks)-1 {
			return false
		}
	}
}

// param: NAME [':' expression] (no annotation in lambdas; '*args' may be
// annotated with a star_expression).
func (p *parser) param(isLambda, starAnnotation bool) *ast.Arg {
	if !p.isName() {
		p.syntaxError()
		return p.nodes.args.new(ast.Arg{})
	}
	start := p.p
	arg := p.nodes.args.new(ast.Arg{Arg: p.ident(p.p)})
	p.next()
	if !isLambda && p.kind() == lexer.COLON {
		p.next()
		if starAnnotation && p.kind() == lexer.STAR {
			arg.Annotation = p.starExpression()
		} else {
			arg.Annotation = p.expression()
		}
	}
	arg.Pos = p.span(start)
	return arg
}

// lambdef: 'lambda' [lambda_params] ':' expression.
func (p *parser) lambdef() ast.Expr {
	start := p.p
	p.depth++
	if !p.enter() {
		return p.bad()
	}
	defer func() { p.depth -= 2 }()
	p.next()
	args := p.parameters(lexer.COLON, true)
	if !p.expect(lexer.COLON) {
		return p.bad()
	}
	body := p.expression()
	return &ast.Lambda{Args: args, Body: body, Pos: p.span(start)}
}

// typeParams: '[' ','.type_param+ [','] ']'.
func (p *parser) typeParams() []ast.TypeParam {
	p.next() // [
	var tps []ast.TypeParam
	for p.kind() != lexer.RSQB && p.err == nil {
		start := p.p
		switch p.kind() {
		case lexer.STAR:
			p.next()
			if !p.isName() {
				p.syntaxError()
				return tps
			}
			tp := &ast.TypeVarTuple{Name: p.ident(p.p)}
			p.next()
			if p.kind() == lexer.COLON {
				p.errorAt(p.p, "cannot use bound with TypeVarTuple")
				return tps
			}
			if p.kind() == lexer.EQUAL {
				p.next()
				tp.DefaultValue = p.starExpression()
			}
			tp.Pos = p.span(start)
			tps = append(tps, tp)
		case lexer.DOUBLESTAR:
			p.next()
			if !p.isName() {
				p.syntaxError()
				return tps
			}
			tp := &ast.ParamSpec{Name: p.ident(p.p)}
			p.next()
			if p.kind() == lexer.COLON {
				p.errorAt(p.p, "cannot use bound with ParamSpec")
				return tps
			}
			if p.kind() == lexer.EQUAL {
				p.next()
				tp.DefaultValue = p.expression()
			}
			tp.Pos = p.span(start)
			tps = append(tps, tp)
		default:
			if !p.isName() {
				p.syntaxError()
				return tps
			}
			tp := &ast.TypeVar{Name: p.ident(p.p)}
			p.next()
			if p.kind() == lexer.COLON {
				p.next()
				tp.Bound = p.expression()
			}
			if p.kind() == lexer.EQUAL {
				p.next()
				tp.DefaultValue = p.expression()
			}
			tp.Pos = p.span(start)
			tps = append(tps, tp)
		}
		if p.kind() != lexer.COMMA {
			break
		}
		p.next()
	}
	if len(tps) == 0 {
		p.syntaxError()
		return tps
	}
	p.expect(lexer.RSQB)
	return tps
}
