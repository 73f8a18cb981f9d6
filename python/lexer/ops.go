package lexer

import "fmt"

// Byte classes for the hot paths. Bytes >= 0x80 count as identifier bytes,
// as in CPython; the identifier is validated afterwards.
var (
	isIdentStart [256]bool
	isIdentChar  [256]bool
	oneCharKind  [256]Kind
)

func init() {
	for c := 0; c < 256; c++ {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80
		isIdentStart[c] = letter
		isIdentChar[c] = letter || c >= '0' && c <= '9'
		oneCharKind[c] = ERRORTOKEN
	}
	for k := LPAR; k < numKinds; k++ {
		if name := kindNames[k]; len(name) == 1 {
			oneCharKind[name[0]] = k
		}
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isXDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// twoCharKind mirrors CPython's _PyToken_TwoChars ("<>" is NOTEQUAL; the
// parser rejects its text unless barry_as_FLUFL is on).
func twoCharKind(c1, c2 byte) Kind {
	switch c1 {
	case '!':
		if c2 == '=' {
			return NOTEQUAL
		}
	case '%':
		if c2 == '=' {
			return PERCENTEQUAL
		}
	case '&':
		if c2 == '=' {
			return AMPEREQUAL
		}
	case '*':
		switch c2 {
		case '*':
			return DOUBLESTAR
		case '=':
			return STAREQUAL
		}
	case '+':
		if c2 == '=' {
			return PLUSEQUAL
		}
	case '-':
		switch c2 {
		case '=':
			return MINEQUAL
		case '>':
			return RARROW
		}
	case '/':
		switch c2 {
		case '/':
			return DOUBLESLASH
		case '=':
			return SLASHEQUAL
		}
	case ':':
		if c2 == '=' {
			return COLONEQUAL
		}
	case '<':
		switch c2 {
		case '<':
			return LEFTSHIFT
		case '=':
			return LESSEQUAL
		case '>':
			return NOTEQUAL
		}
	case '=':
		if c2 == '=' {
			return EQEQUAL
		}
	case '>':
		switch c2 {
		case '=':
			return GREATEREQUAL
		case '>':
			return RIGHTSHIFT
		}
	case '@':
		if c2 == '=' {
			return ATEQUAL
		}
	case '^':
		if c2 == '=' {
			return CIRCUMFLEXEQUAL
		}
	case '|':
		if c2 == '=' {
			return VBAREQUAL
		}
	}
	return ERRORTOKEN
}

// threeCharKind mirrors _PyToken_ThreeChars.
func threeCharKind(c1, c2, c3 byte) Kind {
	if c3 != '=' {
		if c1 == '.' && c2 == '.' && c3 == '.' {
			return ELLIPSIS
		}
		return ERRORTOKEN
	}
	switch {
	case c1 == '*' && c2 == '*':
		return DOUBLESTAREQUAL
	case c1 == '/' && c2 == '/':
		return DOUBLESLASHEQUAL
	case c1 == '<' && c2 == '<':
		return LEFTSHIFTEQUAL
	case c1 == '>' && c2 == '>':
		return RIGHTSHIFTEQUAL
	}
	return ERRORTOKEN
}

// punctuation reads an operator or bracket at start (the tail of
// tok_get_normal_mode), with the f-string bookkeeping CPython does there.
func (s *scanner) punctuation(start int, c byte) {
	b := s.buf
	var m *fmode
	if k := len(s.modes); k > 0 {
		m = &s.modes[k-1]
	}
	debugOff, debugEnd := int32(0), int32(0)
	if m != nil && m.exprStartDepth >= 0 && (c == ':' || c == '}' || c == '!' || c == '{') {
		cursor := m.depth
		if c != '{' {
			cursor--
		}
		valid := cursor == 0 || cursor == 1 && (m.debug || m.inFormatSpec)
		if valid {
			if c == '{' {
				m.exprBuf = int32(start + 1)
				m.exprEnd = -1
			} else {
				if m.exprEnd == -1 {
					m.exprEnd = int32(start)
				}
				if m.debug && m.exprBuf >= 0 {
					debugOff, debugEnd = m.exprBuf, m.exprEnd
				}
			}
		}
		if c == ':' && cursor == m.exprStartDepth {
			m.inExpr = false
			m.inFormatSpec = true
			s.pos++
			t := s.emitHere(COLON, start)
			t.DebugOff, t.DebugEnd = debugOff, debugEnd
			return
		}
	}

	if k := twoCharKind(c, b[s.pos+1]); k != ERRORTOKEN {
		if k3 := threeCharKind(c, b[s.pos+1], b[s.pos+2]); k3 != ERRORTOKEN {
			k = k3
			s.pos++
		}
		s.pos += 2
		t := s.emitHere(k, start)
		t.DebugOff, t.DebugEnd = debugOff, debugEnd
		return
	}
	s.pos++

	switch c {
	case '(', '[', '{':
		if s.level >= maxLevel {
			s.fail("too many nested parentheses", s.pos)
			return
		}
		s.parens[s.level] = paren{ch: c, line: int32(s.line), col: int32(start - s.lineOff)}
		s.level++
		if m != nil {
			m.depth++
		}
	case ')', ']', '}':
		if m != nil && m.depth == 0 && c == '}' {
			s.fail("f-string: single '}' is not allowed", s.pos)
			return
		}
		if s.level == 0 {
			s.fail(fmt.Sprintf("unmatched '%c'", c), s.pos)
			return
		}
		s.level--
		p := s.parens[s.level]
		if !(p.ch == '(' && c == ')' || p.ch == '[' && c == ']' || p.ch == '{' && c == '}') {
			if m != nil && p.ch == '{' && m.depth-1 == m.exprStartDepth {
				s.fail(fmt.Sprintf("f-string: unmatched '%c'", c), s.pos)
				return
			}
			if int(p.line) != s.line {
				s.fail(fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, p.ch, p.line), s.pos)
			} else {
				s.fail(fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, p.ch), s.pos)
			}
			return
		}
		if m != nil {
			m.depth--
			if m.depth < 0 {
				s.fail(fmt.Sprintf("f-string: unmatched '%c'", c), s.pos)
				return
			}
			if c == '}' && m.depth == m.exprStartDepth {
				m.exprStartDepth--
				m.inExpr = false
				m.inFormatSpec = false
				m.debug = false
			}
		}
	}
	if c < 0x20 || c == 0x7f {
		s.fail(fmt.Sprintf("invalid non-printable character U+%04X", c), s.pos)
		return
	}
	if c == '=' && m != nil && m.exprStartDepth >= 0 {
		m.debug = true
	}
	t := s.emitHere(oneCharKind[c], start)
	t.DebugOff, t.DebugEnd = debugOff, debugEnd
}
