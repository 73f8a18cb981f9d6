package lexer

import "fmt"

// fstringStart reads an f-string's prefix and opening quote (s.pos at the
// quote) and enters f-string mode.
func (s *scanner) fstringStart(start int) {
	b := s.buf
	quote := b[s.pos]
	quoteSize := int8(1)
	if b[s.pos+1] == quote && b[s.pos+2] == quote {
		quoteSize = 3
	}
	s.pos += int(quoteSize)
	if len(s.modes)+1 >= maxFStringLevel {
		s.fail("too many nested f-strings", s.pos)
		return
	}
	raw := b[start]|0x20 == 'r' || b[start+1]|0x20 == 'r'
	s.modes = append(s.modes, fmode{
		quote: quote, quoteSize: quoteSize, raw: raw,
		startOff: int32(start), startLine: int32(s.line), startLineOff: int32(s.lineOff),
		exprStartDepth: -1, exprBuf: -1, exprEnd: -1,
	})
	s.emitHere(FSTRING_START, start)
}

// fstringToken reads one token in f-string mode (tok_get_fstring_mode):
// FSTRING_END, FSTRING_MIDDLE, or hands a replacement field's '{' to
// regular mode.
func (s *scanner) fstringToken(m *fmode) {
	b := s.buf
	start, line, lineOff := s.pos, s.line, s.lineOff
	if b[s.pos] == '{' && b[s.pos+1] != '{' {
		m.exprStartDepth++
		if m.exprStartDepth >= maxExprNesting {
			s.fail("f-string: expressions nested too deeply", s.pos)
			return
		}
		m.inExpr = true
		s.normalToken()
		return
	}
	if s.closingQuote(m) {
		s.pos += int(m.quoteSize)
		s.emitHere(FSTRING_END, start)
		s.modes = s.modes[:len(s.modes)-1]
		return
	}

	endQuote := 0
	unicodeEscape := false
	for endQuote != int(m.quoteSize) {
		c := b[s.pos]
		inFormatSpec := m.inFormatSpec && m.exprStartDepth >= 0
		if c == 0 || m.quoteSize == 1 && c == '\n' {
			if inFormatSpec && c == '\n' {
				m.inExpr = true
				m.inFormatSpec = false
				s.emit(FSTRING_MIDDLE, start, line, lineOff, s.pos)
				return
			}
			s.unterminatedFString(m, c)
			return
		}
		s.pos++
		if c == m.quote {
			endQuote++
			continue
		}
		endQuote = 0
		switch c {
		case '\n':
			s.newline()
		case '{':
			m.exprBuf, m.exprEnd = int32(s.pos), -1
			if b[s.pos] != '{' || inFormatSpec {
				s.pos--
				m.exprStartDepth++
				if m.exprStartDepth >= maxExprNesting {
					s.fail("f-string: expressions nested too deeply", s.pos)
					return
				}
				m.inExpr = true
				m.inFormatSpec = false
				s.emit(FSTRING_MIDDLE, start, line, lineOff, s.pos)
			} else {
				s.pos++
				s.emit(FSTRING_MIDDLE, start, line, lineOff, s.pos-1)
			}
			return
		case '}':
			if unicodeEscape {
				s.emit(FSTRING_MIDDLE, start, line, lineOff, s.pos)
				return
			}
			if b[s.pos] == '}' && !inFormatSpec && m.depth == 0 {
				s.pos++
				s.emit(FSTRING_MIDDLE, start, line, lineOff, s.pos-1)
			} else {
				s.pos--
				m.inExpr = true
				m.inFormatSpec = false
				s.emit(FSTRING_MIDDLE, start, line, lineOff, s.pos)
			}
			return
		case '\\':
			peek := b[s.pos]
			if peek == '{' || peek == '}' {
				continue
			}
			if peek != 0 {
				s.pos++
				if peek == '\n' {
					s.newline()
				}
			}
			if !m.raw && peek == 'N' && b[s.pos] == '{' {
				s.pos++
				unicodeEscape = true
			}
		}
	}
	// Leave the closing quotes for FSTRING_END.
	s.pos -= int(m.quoteSize)
	s.emit(FSTRING_MIDDLE, start, line, lineOff, s.pos)
}

func (s *scanner) closingQuote(m *fmode) bool {
	for i := 0; i < int(m.quoteSize); i++ {
		if s.buf[s.pos+i] != m.quote {
			return false
		}
	}
	return true
}

func (s *scanner) unterminatedFString(m *fmode, c byte) {
	detected := s.line
	if c == 0 {
		detected--
	}
	msg := fmt.Sprintf("unterminated f-string literal (detected at line %d)", detected)
	if m.quoteSize == 3 {
		msg = fmt.Sprintf("unterminated triple-quoted f-string literal (detected at line %d)", detected)
	}
	s.failAt(msg, int(m.startLine), int(m.startLineOff), int(m.startOff)+1)
}
