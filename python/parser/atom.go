package parser

import (
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/lexer"
)

// atom: NAME | True | False | None | strings | NUMBER | tuple | group |
// genexp | list | listcomp | dict | set | dictcomp | setcomp | '...'.
func (p *parser) atom() ast.Expr {
	t := &p.toks[p.p]
	switch t.Kind {
	case lexer.NAME:
		switch p.curKw() {
		case kwNone:
			n := p.nodes.names.new(ast.Name{ID: p.ident(p.p), Ctx: ast.Load, Pos: tokPos(t)})
			p.next()
			return n
		case kwTrue:
			p.next()
			return p.nodes.constants.new(ast.Constant{Value: true, Pos: tokPos(t)})
		case kwFalse:
			p.next()
			return p.nodes.constants.new(ast.Constant{Value: false, Pos: tokPos(t)})
		case kwNoneLit:
			p.next()
			return p.nodes.constants.new(ast.Constant{Value: nil, Pos: tokPos(t)})
		}
	case lexer.NUMBER:
		v, err := lexer.ParseNumber(p.tokStr(p.p))
		if err != nil {
			p.errorAt(p.p, "%s", errMsg(err))
			return p.bad()
		}
		p.next()
		return p.nodes.constants.new(ast.Constant{Value: v, Pos: tokPos(t)})
	case lexer.STRING, lexer.FSTRING_START:
		return p.strings()
	case lexer.LPAR, lexer.LSQB, lexer.LBRACE:
		p.displays++
		if !p.checkDepth() {
			return p.bad()
		}
		var e ast.Expr
		switch t.Kind {
		case lexer.LPAR:
			e = p.parenAtom()
		case lexer.LSQB:
			e = p.listAtom()
		default:
			e = p.braceAtom()
		}
		p.displays--
		return e
	case lexer.ELLIPSIS:
		p.next()
		return p.nodes.constants.new(ast.Constant{Value: ast.Ellipsis, Pos: tokPos(t)})
	}
	p.syntaxError()
	return p.bad()
}

func (p *parser) atFor() bool {
	if p.kind() != lexer.NAME {
		return false
	}
	k := p.curKw()
	return k == kwFor || (k == kwAsync && p.peekKind(1) == lexer.NAME && p.peekKw(1) == kwFor)
}

// parenAtom: tuple | group | genexp.
func (p *parser) parenAtom() ast.Expr {
	start := p.p
	p.next()
	if p.kind() == lexer.RPAR {
		p.next()
		return &ast.Tuple{Ctx: ast.Load, Pos: p.span(start)}
	}
	if p.kind() == lexer.NAME && p.curKw() == kwYield {
		y := p.yieldExpr()
		p.expect(lexer.RPAR)
		return y
	}
	first := p.starNamedExpression()
	if p.atFor() {
		if _, ok := first.(*ast.Starred); ok {
			p.errorAtPos(exprPos(first), "iterable unpacking cannot be used in comprehension")
			return first
		}
		gens := p.forIfClauses()
		p.expect(lexer.RPAR)
		return &ast.GeneratorExp{Elt: first, Generators: gens, Pos: p.span(start)}
	}
	if p.kind() == lexer.COMMA {
		mark := len(p.exprStack)
		p.exprStack = append(p.exprStack, first)
		for p.kind() == lexer.COMMA {
			p.next()
			if p.kind() == lexer.RPAR {
				break
			}
			el := p.starNamedExpression()
			p.exprStack = append(p.exprStack, el)
		}
		p.expect(lexer.RPAR)
		return &ast.Tuple{Elts: p.exprsFrom(mark), Ctx: ast.Load, Pos: p.span(start)}
	}
	if p.kind() != lexer.RPAR {
		p.syntaxError()
		return first
	}
	p.next()
	if _, ok := first.(*ast.Starred); ok {
		p.errorAtPos(exprPos(first), "cannot use starred expression here")
	}
	return first
}

// listAtom: list | listcomp.
func (p *parser) listAtom() ast.Expr {
	start := p.p
	p.next()
	if p.kind() == lexer.RSQB {
		p.next()
		return &ast.List{Ctx: ast.Load, Pos: p.span(start)}
	}
	first := p.starNamedExpression()
	if p.atFor() {
		if _, ok := first.(*ast.Starred); ok {
			p.errorAtPos(exprPos(first), "iterable unpacking cannot be used in comprehension")
			return first
		}
		gens := p.forIfClauses()
		p.expect(lexer.RSQB)
		return &ast.ListComp{Elt: first, Generators: gens, Pos: p.span(start)}
	}
	return &ast.List{Elts: p.displayElements(first, lexer.RSQB), Ctx: ast.Load, Pos: p.span(start)}
}

// braceAtom: dict | set | dictcomp | setcomp.
func (p *parser) braceAtom() ast.Expr {
	start := p.p
	p.next()
	if p.kind() == lexer.RBRACE {
		p.next()
		return &ast.Dict{Pos: p.span(start)}
	}
	if p.kind() == lexer.DOUBLESTAR {
		return p.dictRest(start, nil, nil)
	}
	var first ast.Expr
	if p.kind() == lexer.STAR || (p.kind() == lexer.NAME && p.curKw() == kwNone && p.peekKind(1) == lexer.COLONEQUAL) {
		first = p.starNamedExpression()
	} else {
		first = p.expression()
		if p.kind() == lexer.COLON {
			p.next()
			v := p.expression()
			if p.atFor() {
				gens := p.forIfClauses()
				p.expect(lexer.RBRACE)
				return &ast.DictComp{Key: first, Value: v, Generators: gens, Pos: p.span(start)}
			}
			return p.dictRest(start, first, v)
		}
		if p.kind() == lexer.COLONEQUAL {
			p.errorAtPos(exprPos(first), "cannot use assignment expressions with "+exprName(first))
			return first
		}
	}
	if p.atFor() {
		if _, ok := first.(*ast.Starred); ok {
			p.errorAtPos(exprPos(first), "iterable unpacking cannot be used in comprehension")
			return first
		}
		gens := p.forIfClauses()
		p.expect(lexer.RBRACE)
		return &ast.SetComp{Elt: first, Generators: gens, Pos: p.span(start)}
	}
	return &ast.Set{Elts: p.displayElements(first, lexer.RBRACE), Pos: p.span(start)}
}

// dictRest parses the remaining double_starred_kvpairs of a dict display;
// k, v is the first pair if already parsed.
func (p *parser) dictRest(start int, k, v ast.Expr) ast.Expr {
	var keys, vals []ast.Expr
	if v != nil {
		keys = append(keys, k)
		vals = append(vals, v)
		if p.kind() != lexer.COMMA {
			p.expect(lexer.RBRACE)
			return &ast.Dict{Keys: keys, Values: vals, Pos: p.span(start)}
		}
		p.next()
	}
	for p.kind() != lexer.RBRACE && p.err == nil {
		if p.kind() == lexer.DOUBLESTAR {
			p.next()
			keys = append(keys, nil)
			vals = append(vals, p.bitwiseOr())
		} else {
			k := p.expression()
			if p.kind() != lexer.COLON {
				if p.err == nil {
					kp := exprPos(k)
					p.errorAtPos(ast.Pos{Lineno: kp.Lineno, ColOffset: kp.EndColOffset - 1}, "':' expected after dictionary key")
				}
				break
			}
			p.next()
			keys = append(keys, k)
			vals = append(vals, p.expression())
		}
		if p.kind() != lexer.COMMA {
			break
		}
		p.next()
	}
	if p.atFor() && len(keys) > 0 && keys[0] == nil {
		p.errorAt(start+1, "dict unpacking cannot be used in dict comprehension")
	}
	p.expect(lexer.RBRACE)
	return &ast.Dict{Keys: keys, Values: vals, Pos: p.span(start)}
}

// forIfClauses: ('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+.
func (p *parser) forIfClauses() []*ast.Comprehension {
	var gens []*ast.Comprehension
	for p.atFor() {
		c := &ast.Comprehension{}
		if p.curKw() == kwAsync {
			c.IsAsync = 1
			p.next()
		}
		p.next()
		c.Target = p.starTargets()
		if !p.isKw(kwIn) {
			if p.err == nil {
				p.errorAt(p.p, "'in' expected after for-loop variables")
			}
			break
		}
		p.next()
		c.Iter = p.disjunction()
		for p.kind() == lexer.NAME && p.curKw() == kwIf {
			p.next()
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
	}
	return gens
}

// call parses '(' [arguments] ')' after fn, including a lone generator
// expression argument.
func (p *parser) call(fn ast.Expr, start int) ast.Expr {
	lpar := p.p
	p.next()
	args, kws, gen := p.arguments(true)
	if gen != nil {
		p.expect(lexer.RPAR)
		g := gen.(*ast.GeneratorExp)
		g.Pos = p.span(lpar)
		return p.nodes.calls.new(ast.Call{Func: fn, Args: []ast.Expr{g}, Pos: p.span(start)})
	}
	p.expect(lexer.RPAR)
	return p.nodes.calls.new(ast.Call{Func: fn, Args: args, Keywords: kws, Pos: p.span(start)})
}

// arguments parses call arguments up to (not including) ')'. With
// allowGen, a sole unparenthesized generator expression is returned as gen
// (its position is fixed up by the caller).
func (p *parser) arguments(allowGen bool) (args []ast.Expr, kws []*ast.Keyword, gen ast.Expr) {
	sawKeyword, sawDoubleStar := false, false
	misplaced := ""
	mark := len(p.exprStack)
	defer func() {
		if gen == nil {
			args = p.exprsFrom(mark)
		} else {
			p.exprStack = p.exprStack[:mark]
		}
	}()
	for p.kind() != lexer.RPAR && p.err == nil {
		argStart := p.p
		switch {
		case p.kind() == lexer.STAR:
			if !p.startsExpression(p.p + 1) {
				p.errorAt(p.p+1, "Invalid star expression")
				return
			}
			p.next()
			v := p.expression()
			if sawDoubleStar {
				p.errorAt(argStart, "iterable argument unpacking follows keyword argument unpacking")
				return
			}
			p.exprStack = append(p.exprStack, &ast.Starred{Value: v, Ctx: ast.Load, Pos: p.span(argStart)})
		case p.kind() == lexer.DOUBLESTAR:
			p.next()
			v := p.expression()
			kws = append(kws, p.nodes.keywords.new(ast.Keyword{Value: v, Pos: p.span(argStart)}))
			sawDoubleStar = true
		case p.kind() == lexer.NAME && p.curKw() >= kwFalse && p.curKw() <= kwTrue && p.peekKind(1) == lexer.EQUAL:
			p.errorAt(p.p, "cannot assign to %s", p.text(p.p))
			return
		case p.kind() == lexer.NAME && p.curKw() == kwNone && p.peekKind(1) == lexer.EQUAL:
			name := p.ident(p.p)
			p.next()
			p.next()
			if k := p.kind(); k == lexer.COMMA || k == lexer.RPAR {
				p.errorAt(argStart, "expected argument value expression")
				return
			}
			v := p.expression()
			kws = append(kws, p.nodes.keywords.new(ast.Keyword{Arg: name, Value: v, Pos: p.span(argStart)}))
			sawKeyword = true
		default:
			e := p.namedExpression()
			if p.atFor() {
				if _, ok := e.(*ast.Starred); !ok && allowGen && len(p.exprStack) == mark && len(kws) == 0 {
					gens := p.forIfClauses()
					if p.kind() == lexer.RPAR {
						return nil, nil, &ast.GeneratorExp{Elt: e, Generators: gens}
					}
				}
				if p.err == nil {
					p.errorAtPos(exprPos(e), "Generator expression must be parenthesized")
				}
				return
			}
			if p.kind() == lexer.EQUAL {
				p.errorAtPos(exprPos(e), "expression cannot contain assignment, perhaps you meant \"==\"?")
				return
			}
			// CPython reports these after reading the whole argument list.
			if sawDoubleStar && misplaced == "" {
				misplaced = "positional argument follows keyword argument unpacking"
			} else if sawKeyword && misplaced == "" {
				misplaced = "positional argument follows keyword argument"
			}
			p.exprStack = append(p.exprStack, e)
		}
		if p.kind() != lexer.COMMA {
			break
		}
		p.next()
	}
	if misplaced != "" && p.err == nil {
		p.errorAt(p.p, "%s", misplaced)
	}
	return
}

// displayElements parses the rest of a list or set display after its first
// element: `, elem` pairs up to the closing bracket (a trailing comma is
// allowed), and consumes the closer.
func (p *parser) displayElements(first ast.Expr, closer lexer.Kind) []ast.Expr {
	mark := len(p.exprStack)
	p.exprStack = append(p.exprStack, first)
	for p.kind() == lexer.COMMA {
		p.next()
		if p.kind() == closer {
			break
		}
		p.exprStack = append(p.exprStack, p.starNamedExpression())
	}
	p.expect(closer)
	return p.exprsFrom(mark)
}
