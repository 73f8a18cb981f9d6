package lexer

import (
	"fmt"
	"unicode/utf8"
)

// nameOrString reads a NAME, or a string whose prefix starts at start.
func (s *scanner) nameOrString(start int) {
	b := s.buf
	sawB, sawR, sawU, sawF := false, false, false, false
	for {
		c := b[s.pos]
		switch {
		case !(sawB || sawU || sawF) && (c == 'b' || c == 'B'):
			sawB = true
		case !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'):
			sawU = true
		case !(sawR || sawU) && (c == 'r' || c == 'R'):
			sawR = true
		case !(sawF || sawB || sawU) && (c == 'f' || c == 'F'):
			sawF = true
		default:
			goto name
		}
		s.pos++
		if c := b[s.pos]; c == '"' || c == '\'' {
			if sawF {
				s.fstringStart(start)
			} else {
				s.str(start)
			}
			return
		}
	}
name:
	nonASCII := false
	for c := b[s.pos]; isIdentChar[c]; c = b[s.pos] {
		if c >= 0x80 {
			nonASCII = true
		}
		s.pos++
	}
	if nonASCII && !s.verifyIdentifier(start) {
		return
	}
	s.emitHere(NAME, start)
}

// verifyIdentifier checks buf[start:s.pos] against PEP 3131 and reports
// the first offending character as CPython does.
func (s *scanner) verifyIdentifier(start int) bool {
	id := s.buf[start:s.pos]
	if pos, reason, ok := utf8Problem(id); !ok {
		s.fail(fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", id[pos], pos, reason), start+pos+1)
		return false
	}
	for i, first := 0, true; i < len(id); first = false {
		r, size := utf8.DecodeRune(id[i:])
		ok := r == '_' || isXIDStart(r)
		if !first {
			ok = isXIDContinue(r)
		}
		if !ok {
			cur := start + i + size
			if isPrintable(r) {
				s.fail(fmt.Sprintf("invalid character '%c' (U+%04X)", r, r), cur)
			} else {
				s.fail(fmt.Sprintf("invalid non-printable character U+%04X", r), cur)
			}
			return false
		}
		i += size
	}
	return true
}

// str reads a non-f string literal whose prefix starts at start; s.pos is
// at the opening quote.
func (s *scanner) str(start int) {
	b := s.buf
	line, lineOff := s.line, s.lineOff
	quote := b[s.pos]
	quoteSize, endQuote := 1, 0
	s.pos++
	if b[s.pos] == quote {
		if b[s.pos+1] == quote {
			quoteSize = 3
			s.pos += 2
		} else {
			s.pos++
			endQuote = 1
		}
	}
	escapedQuote := false
	for endQuote != quoteSize {
		c := b[s.pos]
		if c == 0 || quoteSize == 1 && c == '\n' {
			s.unterminatedString(start, line, lineOff, quote, quoteSize, escapedQuote, c)
			return
		}
		s.pos++
		if c == quote {
			endQuote++
			continue
		}
		endQuote = 0
		switch c {
		case '\n':
			s.newline()
		case '\\':
			switch e := b[s.pos]; e {
			case 0:
			case '\n':
				s.pos++
				s.newline()
			default:
				if e == quote {
					escapedQuote = true
				}
				s.pos++
			}
		}
	}
	s.emit(STRING, start, line, lineOff, s.pos)
}

func (s *scanner) unterminatedString(start, line, lineOff int, quote byte, quoteSize int, escapedQuote bool, c byte) {
	detected := s.line
	if c == 0 {
		detected-- // the implicit final newline was already counted
	}
	if k := len(s.modes); k > 0 {
		if m := &s.modes[k-1]; m.quote == quote && int(m.quoteSize) == quoteSize {
			s.failAt("f-string: expecting '}'", line, lineOff, start+1)
			return
		}
	}
	switch {
	case quoteSize == 3:
		s.failAt(fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", detected), line, lineOff, start+1)
	case escapedQuote:
		s.failAt(fmt.Sprintf("unterminated string literal (detected at line %d); perhaps you escaped the end quote?", detected), line, lineOff, start+1)
	default:
		s.failAt(fmt.Sprintf("unterminated string literal (detected at line %d)", detected), line, lineOff, start+1)
	}
}

// number reads a NUMBER token starting at start (a digit or '.').
func (s *scanner) number(start int) {
	if s.scanNumber() {
		s.emitHere(NUMBER, start)
	}
}

// decimalTail consumes digits with single underscores between them.
func (s *scanner) decimalTail() bool {
	b := s.buf
	for {
		for isDigit(b[s.pos]) {
			s.pos++
		}
		if b[s.pos] != '_' {
			return true
		}
		s.pos++
		if !isDigit(b[s.pos]) {
			s.fail("invalid decimal literal", s.pos)
			return false
		}
	}
}

// lookahead reports whether word follows s.pos+1 and is not followed by an
// identifier character.
func (s *scanner) lookahead(word string) bool {
	p := s.pos + 1
	for i := 0; i < len(word); i++ {
		if s.buf[p+i] != word[i] {
			return false
		}
	}
	return !isIdentChar[s.buf[p+len(word)]]
}

// verifyEndOfNumber checks the character at s.pos after a number literal.
// A keyword that may follow a number in valid code ("1if x else y") only
// draws a warning in CPython.
func (s *scanner) verifyEndOfNumber(kind string) bool {
	c := s.buf[s.pos]
	r := false
	switch c {
	case 'a':
		r = s.lookahead("nd")
	case 'e':
		r = s.lookahead("lse")
	case 'f':
		r = s.lookahead("or")
	case 'i':
		c2 := s.buf[s.pos+1]
		r = c2 == 'f' || c2 == 'n' || c2 == 's'
	case 'o':
		r = s.lookahead("r")
	case 'n':
		r = s.lookahead("ot")
	}
	if r {
		return true
	}
	if c < 0x80 && isIdentChar[c] {
		s.fail("invalid "+kind+" literal", s.pos)
		return false
	}
	return true
}

// scanNumber consumes a number literal at s.pos, following the C
// tokenizer's state machine so that errors and their positions match.
func (s *scanner) scanNumber() bool {
	b := s.buf
	start := s.pos
	if b[s.pos] == '.' {
		s.pos++
		return s.fraction()
	}
	if b[s.pos] != '0' {
		if !s.decimalTail() {
			return false
		}
		if b[s.pos] == '.' {
			s.pos++
			return s.fraction()
		}
		return s.exponent()
	}
	s.pos++
	switch b[s.pos] {
	case 'x', 'X':
		s.pos++
		for {
			if b[s.pos] == '_' {
				s.pos++
			}
			if !isXDigit(b[s.pos]) {
				s.fail("invalid hexadecimal literal", s.pos)
				return false
			}
			for isXDigit(b[s.pos]) {
				s.pos++
			}
			if b[s.pos] != '_' {
				break
			}
		}
		return s.verifyEndOfNumber("hexadecimal")
	case 'o', 'O':
		return s.radixDigits('8', "octal")
	case 'b', 'B':
		return s.radixDigits('2', "binary")
	}
	// "0", "00", "0_0", maybe followed by a fraction, exponent or j.
	for {
		if b[s.pos] == '_' {
			s.pos++
			if !isDigit(b[s.pos]) {
				s.fail("invalid decimal literal", s.pos)
				return false
			}
		}
		if b[s.pos] != '0' {
			break
		}
		s.pos++
	}
	zerosEnd := s.pos + 1
	nonzero := false
	if isDigit(b[s.pos]) {
		nonzero = true
		if !s.decimalTail() {
			return false
		}
	}
	switch b[s.pos] {
	case '.':
		s.pos++
		return s.fraction()
	case 'e', 'E':
		return s.exponent()
	case 'j', 'J':
		s.pos++
		return s.verifyEndOfNumber("imaginary")
	}
	if nonzero {
		lineOff := s.lineOff
		s.setErr(&SyntaxError{Filename: s.filename, Line: s.line, Col: start + 1 - lineOff, EndLine: s.line, EndCol: zerosEnd - lineOff,
			Msg: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", Kind: "SyntaxError"})
		return false
	}
	return s.verifyEndOfNumber("decimal")
}

// radixDigits reads the digits of a 0o or 0b literal (s.pos at the letter).
func (s *scanner) radixDigits(limit byte, kind string) bool {
	b := s.buf
	s.pos++
	for {
		if b[s.pos] == '_' {
			s.pos++
		}
		if c := b[s.pos]; c < '0' || c >= limit {
			if isDigit(c) {
				s.fail(fmt.Sprintf("invalid digit '%c' in %s literal", c, kind), s.pos+1)
			} else {
				s.fail("invalid "+kind+" literal", s.pos)
			}
			return false
		}
		for c := b[s.pos]; c >= '0' && c < limit; c = b[s.pos] {
			s.pos++
		}
		if b[s.pos] != '_' {
			break
		}
	}
	if c := b[s.pos]; isDigit(c) {
		s.fail(fmt.Sprintf("invalid digit '%c' in %s literal", c, kind), s.pos+1)
		return false
	}
	return s.verifyEndOfNumber(kind)
}

// fraction continues after the '.' of a float.
func (s *scanner) fraction() bool {
	if isDigit(s.buf[s.pos]) && !s.decimalTail() {
		return false
	}
	return s.exponent()
}

// exponent reads an optional exponent and imaginary suffix.
func (s *scanner) exponent() bool {
	b := s.buf
	if c := b[s.pos]; c == 'e' || c == 'E' {
		ePos := s.pos
		s.pos++
		switch b[s.pos] {
		case '+', '-':
			s.pos++
			if !isDigit(b[s.pos]) {
				s.fail("invalid decimal literal", s.pos)
				return false
			}
		default:
			if !isDigit(b[s.pos]) {
				s.pos = ePos
				return s.verifyEndOfNumber("decimal")
			}
		}
		if !s.decimalTail() {
			return false
		}
	}
	if c := b[s.pos]; c == 'j' || c == 'J' {
		s.pos++
		return s.verifyEndOfNumber("imaginary")
	}
	return s.verifyEndOfNumber("decimal")
}
