package parser

import (
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/lexer"
)

// matchStmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT.
// `match` is a soft keyword: when the header does not parse, nil is
// returned with the position restored so the line parses as a simple
// statement.
func (p *parser) matchStmt() ast.Stmt {
	if p.err != nil {
		return nil
	}
	saved := p.save()
	start := p.p
	p.next()
	subject := p.subjectExpr()
	if p.err != nil || p.kind() != lexer.COLON || p.peekKind(1) != lexer.NEWLINE || p.peekKind(2) != lexer.INDENT {
		p.restore(saved)
		return nil
	}
	p.skip(3)
	var cases []*ast.MatchCase
	for p.err == nil && p.isSoft(p.p, "case") {
		cases = append(cases, p.caseBlock())
	}
	if len(cases) == 0 {
		p.syntaxError()
		return &ast.Pass{}
	}
	if p.kind() != lexer.DEDENT {
		p.syntaxError()
		return &ast.Pass{}
	}
	p.next()
	return &ast.Match{Subject: subject, Cases: cases, Pos: p.spanBlock(start)}
}

// subjectExpr: star_named_expression ',' star_named_expressions? | named_expression.
func (p *parser) subjectExpr() ast.Expr {
	start := p.p
	e := p.starNamedExpression()
	if p.kind() != lexer.COMMA {
		if _, ok := e.(*ast.Starred); ok {
			p.syntaxError()
		}
		return e
	}
	mark := len(p.exprStack)
	p.exprStack = append(p.exprStack, e)
	for p.kind() == lexer.COMMA {
		p.next()
		if !p.startsExpr() {
			break
		}
		el := p.starNamedExpression()
		p.exprStack = append(p.exprStack, el)
	}
	return &ast.Tuple{Elts: p.exprsFrom(mark), Ctx: ast.Load, Pos: p.span(start)}
}

// caseBlock: "case" patterns guard? ':' block.
func (p *parser) caseBlock() *ast.MatchCase {
	hdr := p.p
	p.next()
	c := &ast.MatchCase{Pattern: p.patterns()}
	if p.isKw(kwIf) {
		p.next()
		c.Guard = p.namedExpression()
	}
	if !p.expectHeaderColon() {
		return c
	}
	c.Body = p.block("'case' statement", hdr)
	return c
}

// patterns: open_sequence_pattern | pattern.
func (p *parser) patterns() ast.Pattern {
	start := p.p
	pat := p.maybeStarPattern()
	if p.kind() != lexer.COMMA {
		if _, ok := pat.(*ast.MatchStar); ok {
			p.syntaxError()
		}
		return pat
	}
	pats := []ast.Pattern{pat}
	for p.kind() == lexer.COMMA {
		p.next()
		if p.kind() == lexer.COLON || p.isKw(kwIf) {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &ast.MatchSequence{Patterns: pats, Pos: p.span(start)}
}

// maybeStarPattern: star_pattern | pattern.
func (p *parser) maybeStarPattern() ast.Pattern {
	if p.kind() != lexer.STAR {
		return p.pattern()
	}
	start := p.p
	p.next()
	if !p.isName() {
		p.syntaxError()
		return &ast.MatchStar{}
	}
	name := p.ident(p.p)
	if name == "_" {
		name = ""
	}
	p.next()
	return &ast.MatchStar{Name: name, Pos: p.span(start)}
}

// pattern: or_pattern ['as' pattern_capture_target].
func (p *parser) pattern() ast.Pattern {
	start := p.p
	pat := p.orPattern()
	if !p.isKw(kwAs) {
		return pat
	}
	p.next()
	if !p.isName() {
		p.syntaxError()
		return pat
	}
	name := p.ident(p.p)
	if name == "_" {
		p.errorAt(p.p, "cannot use '_' as a target")
		return pat
	}
	p.next()
	if k := p.kind(); k == lexer.DOT || k == lexer.LPAR || k == lexer.EQUAL {
		p.errorAt(p.p, "invalid pattern target")
		return pat
	}
	return &ast.MatchAs{Pattern: pat, Name: name, Pos: p.span(start)}
}

// orPattern: '|'.closed_pattern+.
func (p *parser) orPattern() ast.Pattern {
	start := p.p
	pat := p.closedPattern()
	if p.kind() != lexer.VBAR {
		return pat
	}
	pats := []ast.Pattern{pat}
	for p.kind() == lexer.VBAR {
		p.next()
		pats = append(pats, p.closedPattern())
	}
	return &ast.MatchOr{Patterns: pats, Pos: p.span(start)}
}

// closedPattern: literal | capture | wildcard | value | group | sequence |
// mapping | class pattern.
func (p *parser) closedPattern() ast.Pattern {
	start := p.p
	switch p.kind() {
	case lexer.NUMBER, lexer.MINUS:
		v := p.numberPattern()
		return &ast.MatchValue{Value: v, Pos: p.span(start)}
	case lexer.STRING, lexer.FSTRING_START:
		v := p.strings()
		return &ast.MatchValue{Value: v, Pos: p.span(start)}
	case lexer.NAME:
		switch p.curKw() {
		case kwNoneLit:
			p.next()
			return &ast.MatchSingleton{Value: nil, Pos: p.span(start)}
		case kwTrue:
			p.next()
			return &ast.MatchSingleton{Value: true, Pos: p.span(start)}
		case kwFalse:
			p.next()
			return &ast.MatchSingleton{Value: false, Pos: p.span(start)}
		case kwNone:
		default:
			p.syntaxError()
			return &ast.MatchAs{}
		}
		if p.peekKind(1) != lexer.DOT && p.peekKind(1) != lexer.LPAR {
			name := p.ident(p.p)
			p.next()
			if name == "_" {
				return &ast.MatchAs{Pos: p.span(start)}
			}
			if p.kind() == lexer.EQUAL {
				p.syntaxError()
			}
			return &ast.MatchAs{Name: name, Pos: p.span(start)}
		}
		cls := p.nameOrAttr()
		if p.kind() == lexer.LPAR {
			return p.classPattern(start, cls)
		}
		if p.kind() == lexer.EQUAL {
			p.syntaxError()
		}
		return &ast.MatchValue{Value: cls, Pos: p.span(start)}
	case lexer.LPAR:
		p.next()
		if p.kind() == lexer.RPAR {
			p.next()
			return &ast.MatchSequence{Pos: p.span(start)}
		}
		pat := p.maybeStarPattern()
		if p.kind() == lexer.COMMA {
			pats := []ast.Pattern{pat}
			for p.kind() == lexer.COMMA {
				p.next()
				if p.kind() == lexer.RPAR {
					break
				}
				pats = append(pats, p.maybeStarPattern())
			}
			p.expect(lexer.RPAR)
			return &ast.MatchSequence{Patterns: pats, Pos: p.span(start)}
		}
		p.expect(lexer.RPAR)
		if _, ok := pat.(*ast.MatchStar); ok {
			p.errorAt(start, "invalid syntax")
		}
		return pat
	case lexer.LSQB:
		p.next()
		var pats []ast.Pattern
		for p.kind() != lexer.RSQB && p.err == nil {
			pats = append(pats, p.maybeStarPattern())
			if p.kind() != lexer.COMMA {
				break
			}
			p.next()
		}
		p.expect(lexer.RSQB)
		return &ast.MatchSequence{Patterns: pats, Pos: p.span(start)}
	case lexer.LBRACE:
		return p.mappingPattern()
	}
	p.syntaxError()
	return &ast.MatchAs{}
}

// nameOrAttr: NAME ('.' NAME)*, as a Name or Attribute chain.
func (p *parser) nameOrAttr() ast.Expr {
	start := p.p
	var e ast.Expr = p.nodes.names.new(ast.Name{ID: p.ident(p.p), Ctx: ast.Load, Pos: tokPos(&p.toks[p.p])})
	p.next()
	for p.kind() == lexer.DOT {
		p.next()
		if !p.isName() {
			p.syntaxError()
			return e
		}
		e = p.nodes.attributes.new(ast.Attribute{Value: e, Attr: p.ident(p.p), Ctx: ast.Load, Pos: ast.Pos{}})
		p.next()
		e.(*ast.Attribute).Pos = p.span(start)
	}
	return e
}

// numberPattern: signed_number | complex_number (real ± imaginary).
func (p *parser) numberPattern() ast.Expr {
	start := p.p
	real := p.signedNumber()
	if k := p.kind(); k != lexer.PLUS && k != lexer.MINUS {
		return real
	}
	if c, ok := innerConst(real); !ok || isComplex(c.Value) {
		p.errorAtPos(exprPos(real), "real number required in complex literal")
		return real
	}
	op := ast.Add
	if p.kind() == lexer.MINUS {
		op = ast.Sub
	}
	p.next()
	if p.kind() != lexer.NUMBER {
		p.syntaxError()
		return real
	}
	imag := p.atom()
	if c, ok := imag.(*ast.Constant); !ok || !isComplex(c.Value) {
		p.errorAtPos(exprPos(imag), "imaginary number required in complex literal")
		return real
	}
	return p.nodes.binOps.new(ast.BinOp{Left: real, Op: op, Right: imag, Pos: p.span(start)})
}

func innerConst(e ast.Expr) (*ast.Constant, bool) {
	if u, ok := e.(*ast.UnaryOp); ok {
		e = u.Operand
	}
	c, ok := e.(*ast.Constant)
	return c, ok
}

func isComplex(v any) bool {
	_, ok := v.(complex128)
	return ok
}

// signedNumber: NUMBER | '-' NUMBER.
func (p *parser) signedNumber() ast.Expr {
	start := p.p
	if p.kind() == lexer.MINUS {
		p.next()
		if p.kind() != lexer.NUMBER {
			p.syntaxError()
			return p.bad()
		}
		n := p.atom()
		return &ast.UnaryOp{Op: ast.USub, Operand: n, Pos: p.span(start)}
	}
	return p.atom()
}

// classPattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ')'.
func (p *parser) classPattern(start int, cls ast.Expr) ast.Pattern {
	p.next()
	mc := &ast.MatchClass{Cls: cls}
	for p.kind() != lexer.RPAR && p.err == nil {
		if p.kind() == lexer.NAME && p.curKw() == kwNone && p.peekKind(1) == lexer.EQUAL {
			mc.KwdAttrs = append(mc.KwdAttrs, p.ident(p.p))
			p.next()
			p.next()
			mc.KwdPatterns = append(mc.KwdPatterns, p.pattern())
		} else {
			if len(mc.KwdAttrs) > 0 {
				p.errorAt(p.p, "positional patterns follow keyword patterns")
				break
			}
			mc.Patterns = append(mc.Patterns, p.pattern())
		}
		if p.kind() != lexer.COMMA {
			break
		}
		p.next()
	}
	p.expect(lexer.RPAR)
	mc.Pos = p.span(start)
	return mc
}

// mappingPattern: '{' [items_pattern] [double_star_pattern] ','? '}'.
func (p *parser) mappingPattern() ast.Pattern {
	start := p.p
	p.next()
	mm := &ast.MatchMapping{}
	for p.kind() != lexer.RBRACE && p.err == nil {
		if p.kind() == lexer.DOUBLESTAR {
			p.next()
			if !p.isName() || string(p.text(p.p)) == "_" {
				p.syntaxError()
				break
			}
			mm.Rest = p.ident(p.p)
			p.next()
			if p.kind() == lexer.COMMA {
				p.next()
			}
			break
		}
		mm.Keys = append(mm.Keys, p.mappingKey())
		if !p.expect(lexer.COLON) {
			break
		}
		mm.Patterns = append(mm.Patterns, p.pattern())
		if p.kind() != lexer.COMMA {
			break
		}
		p.next()
	}
	p.expect(lexer.RBRACE)
	mm.Pos = p.span(start)
	return mm
}

// mappingKey: literal_expr | attr.
func (p *parser) mappingKey() ast.Expr {
	switch p.kind() {
	case lexer.NUMBER, lexer.MINUS:
		return p.numberPattern()
	case lexer.STRING, lexer.FSTRING_START:
		return p.strings()
	case lexer.NAME:
		switch p.curKw() {
		case kwNoneLit, kwTrue, kwFalse:
			return p.atom()
		case kwNone:
			if p.peekKind(1) == lexer.DOT {
				return p.nameOrAttr()
			}
		}
	}
	p.syntaxError()
	return p.bad()
}
