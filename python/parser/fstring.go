package parser

import (
	"strings"

	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/lexer"
)

// strings: (fstring | string)+, implicitly concatenated. Without f-strings
// the result is one Constant; with them a JoinedStr whose adjacent constant
// parts are merged as CPython does.
func (p *parser) strings() ast.Expr {
	start := p.p
	if p.kind() == lexer.STRING {
		if nk := p.peekKind(1); nk != lexer.STRING && nk != lexer.FSTRING_START {
			c := p.stringConst(p.p)
			p.next()
			return c
		}
	}
	// Look ahead: is any part an f-string, and do bytes mix with str?
	hasF, sawBytes, sawStr := false, false, false
	for i := p.p; ; {
		k := p.toks[i].Kind
		if k == lexer.STRING {
			if isBytesPrefix(p.text(i)) {
				sawBytes = true
			} else {
				sawStr = true
			}
			i++
			continue
		}
		if k != lexer.FSTRING_START {
			break
		}
		hasF, sawStr = true, true
		depth := 0
		for ; i < len(p.toks); i++ {
			switch p.toks[i].Kind {
			case lexer.FSTRING_START:
				depth++
			case lexer.FSTRING_END:
				depth--
			}
			if depth == 0 || p.toks[i].Kind == lexer.ENDMARKER {
				break
			}
		}
		if i >= len(p.toks)-1 {
			break
		}
		i++
	}
	if sawBytes && sawStr {
		p.errorAt(start, "cannot mix bytes and nonbytes literals")
		return p.bad()
	}
	if !hasF {
		return p.concatStrings(start, sawBytes)
	}
	var vals []ast.Expr
	for p.err == nil {
		switch p.kind() {
		case lexer.STRING:
			c := p.stringConst(p.p)
			p.next()
			vals = appendMerged(vals, c)
			continue
		case lexer.FSTRING_START:
			vals = p.fstring(vals)
			continue
		}
		break
	}
	// Constant parts that ended up empty are dropped.
	out := vals[:0]
	for _, v := range vals {
		if c, ok := v.(*ast.Constant); ok {
			if s, ok := c.Value.(string); ok && s == "" {
				continue
			}
		}
		out = append(out, v)
	}
	return &ast.JoinedStr{Values: out, Pos: p.span(start)}
}

func isBytesPrefix(text []byte) bool {
	for _, c := range text {
		switch c {
		case 'b', 'B':
			return true
		case '\'', '"':
			return false
		}
	}
	return false
}

// stringConst decodes STRING token i into a Constant.
func (p *parser) stringConst(i int) *ast.Constant {
	text := p.text(i)
	v, isBytes, err := lexer.DecodeString(p.tokStr(i))
	v = p.own(v)
	if err != nil {
		p.errorAt(i, "%s", errMsg(err))
		return p.nodes.constants.new(ast.Constant{Value: "", Pos: tokPos(&p.toks[i])})
	}
	c := p.nodes.constants.new(ast.Constant{Pos: tokPos(&p.toks[i])})
	if isBytes {
		c.Value = ast.Bytes(v)
	} else {
		c.Value = v
	}
	if text[0] == 'u' || text[0] == 'U' {
		c.Kind = "u"
	}
	return c
}

// concatStrings joins plain string (or bytes) literals into one Constant.
func (p *parser) concatStrings(start int, isBytes bool) ast.Expr {
	first := p.stringConst(p.p)
	p.next()
	buf := make([]byte, 0, 64)
	switch v := first.Value.(type) {
	case ast.Bytes:
		buf = append(buf, v...)
	case string:
		buf = append(buf, v...)
	}
	for p.kind() == lexer.STRING && p.err == nil {
		c := p.stringConst(p.p)
		p.next()
		switch v := c.Value.(type) {
		case ast.Bytes:
			buf = append(buf, v...)
		case string:
			buf = append(buf, v...)
		}
	}
	if isBytes {
		first.Value = ast.Bytes(buf)
	} else {
		first.Value = string(buf)
	}
	first.Pos = p.span(start)
	return first
}

// appendMerged appends c to vals, merging it into a preceding Constant.
func appendMerged(vals []ast.Expr, c *ast.Constant) []ast.Expr {
	if n := len(vals); n > 0 {
		if last, ok := vals[n-1].(*ast.Constant); ok {
			ls, _ := last.Value.(string)
			cs, _ := c.Value.(string)
			last.Value = ls + cs
			last.EndLineno, last.EndColOffset = c.EndLineno, c.EndColOffset
			return vals
		}
	}
	return append(vals, c)
}

// fstring: FSTRING_START fstring_middle* FSTRING_END, appending its parts.
func (p *parser) fstring(vals []ast.Expr) []ast.Expr {
	startText := p.text(p.p)
	raw := false
	for _, c := range startText {
		if c == 'r' || c == 'R' {
			raw = true
		}
	}
	p.next()
	for p.err == nil {
		switch p.kind() {
		case lexer.FSTRING_MIDDLE:
			// CPython drops literal pieces that decode to nothing (a lone
			// line continuation) before merging neighbours.
			if c := p.fstringMiddle(raw); c.Value != "" {
				vals = appendMerged(vals, c)
			}
			continue
		case lexer.LBRACE:
			vals = p.fstringReplacementField(raw, vals)
			continue
		case lexer.FSTRING_END:
			p.next()
			return vals
		}
		p.errorAt(p.p, "f-string: expecting '}'")
	}
	return vals
}

func (p *parser) fstringMiddle(raw bool) *ast.Constant {
	i := p.p
	v, err := lexer.DecodeFStringMiddle(p.tokStr(i), raw, false)
	v = p.own(v)
	if err != nil {
		p.errorAt(i, "%s", errMsg(err))
	}
	p.next()
	return p.nodes.constants.new(ast.Constant{Value: v, Pos: tokPos(&p.toks[i])})
}

// fstringReplacementField: '{' annotated_rhs '='? ['!' NAME] [':' fstring_format_spec*] '}'.
// The parsed FormattedValue (preceded by the text of a `=` debug field) is
// appended to vals.
func (p *parser) fstringReplacementField(raw bool, vals []ast.Expr) []ast.Expr {
	lbrace := p.p
	p.next()
	switch p.kind() {
	case lexer.RBRACE, lexer.EXCLAMATION, lexer.COLON, lexer.EQUAL:
		p.errorAt(p.p, "f-string: valid expression required before '%s'", p.text(p.p))
		return vals
	}
	if p.kind() == lexer.NAME && p.curKw() == kwLambda {
		p.errorAt(p.p, "f-string: lambda expressions are not allowed without parentheses")
		return vals
	}
	e := p.annotatedRHS()
	debug := false
	var debugText *ast.Constant
	if p.kind() == lexer.EQUAL {
		p.next()
		debug = true
		lb, nt := &p.toks[lbrace], &p.toks[p.p]
		debugText = p.nodes.constants.new(ast.Constant{Value: p.debugText(lbrace, p.p),
			Pos: ast.Pos{Lineno: lb.EndLine, ColOffset: lb.EndCol, EndLineno: nt.Line, EndColOffset: nt.Col}})
	}
	conv := -1
	if p.kind() == lexer.EXCLAMATION {
		bang := p.p
		p.next()
		if p.kind() != lexer.NAME || p.toks[p.p].Off != p.toks[bang].EndOff {
			if p.kind() == lexer.NAME {
				p.errorAt(p.p, "f-string: conversion type must come right after the exclamanation mark")
			} else {
				p.errorAt(p.p, "f-string: missing conversion character")
			}
			return vals
		}
		switch string(p.text(p.p)) {
		case "s":
			conv = 's'
		case "r":
			conv = 'r'
		case "a":
			conv = 'a'
		default:
			p.errorAt(p.p, "f-string: invalid conversion character '%s': expected 's', 'r', or 'a'", p.text(p.p))
			return vals
		}
		p.next()
	}
	var spec ast.Expr
	if p.kind() == lexer.COLON {
		spec = p.fstringFormatSpec(raw)
	}
	if p.kind() != lexer.RBRACE {
		p.errorAt(p.p, "f-string: expecting '}'")
		return vals
	}
	p.next()
	if debug && conv == -1 && spec == nil {
		conv = 'r'
	}
	fv := &ast.FormattedValue{Value: e, Conversion: conv, FormatSpec: spec, Pos: p.span(lbrace)}
	if debugText != nil {
		vals = appendMerged(vals, debugText)
	}
	return append(vals, fv)
}

// fstringFormatSpec: ':' (FSTRING_MIDDLE | fstring_replacement_field)*.
func (p *parser) fstringFormatSpec(raw bool) ast.Expr {
	colon := p.p
	p.next()
	var vals []ast.Expr
	for p.err == nil {
		if p.kind() == lexer.FSTRING_MIDDLE {
			c := p.fstringMiddle(raw)
			if s, _ := c.Value.(string); s != "" {
				vals = append(vals, c)
			}
			continue
		}
		if p.kind() == lexer.LBRACE {
			vals = p.fstringReplacementField(raw, vals)
			continue
		}
		break
	}
	return &ast.JoinedStr{Values: vals, Pos: p.span(colon)}
}

// debugText is the source of a `=` replacement field between the '{'
// (token lbrace) and token next, with what CPython leaves out between
// tokens removed: comments (up to the newline) and backslash
// continuations.
func (p *parser) debugText(lbrace, next int) string {
	text := p.srcStr[p.toks[lbrace].EndOff:p.toks[next].Off]
	if strings.IndexByte(text, '#') < 0 && strings.IndexByte(text, '\\') < 0 {
		return p.own(text)
	}
	var b []byte
	for i := lbrace + 1; i <= next; i++ {
		gap := p.src[p.toks[i-1].EndOff:p.toks[i].Off]
		for j := 0; j < len(gap); j++ {
			switch {
			case gap[j] == '#':
				for j < len(gap) && gap[j] != '\n' {
					j++
				}
				if j < len(gap) {
					b = append(b, '\n')
				}
			case gap[j] == '\\' && j+1 < len(gap) && gap[j+1] == '\n':
				j++
			default:
				b = append(b, gap[j])
			}
		}
		if i < next {
			b = append(b, p.text(i)...)
		}
	}
	return string(b)
}
