package lexer

import (
	"bytes"
	"unicode/utf8"
)

// Limits of CPython's tokenizer (Parser/lexer/state.h, Parser/tokenizer).
const (
	tabSize         = 8
	maxIndent       = 100
	maxLevel        = 200
	maxFStringLevel = 150
	maxExprNesting  = 3
)

// maxSourceSize bounds the source Tokenize accepts: token offsets, lines
// and columns (and the syntax tree's positions made from them) are int32,
// and the scanner appends a newline and a sentinel byte to the source.
const maxSourceSize = 1<<31 - 1 - 16

// paren is an open bracket on the nesting stack.
type paren struct {
	ch   byte
	line int32
	col  int32 // byte column
}

// fmode is the state of one f-string being tokenized (CPython's
// tokenizer_mode with kind TOK_FSTRING_MODE).
type fmode struct {
	quote        byte
	quoteSize    int8
	raw          bool
	inExpr       bool // tokenizing a replacement field's expression (TOK_REGULAR_MODE)
	inFormatSpec bool
	debug        bool // a '=' was seen in the current replacement field
	startOff     int32
	startLine    int32
	startLineOff int32 // offset of the start of the f-string's first line
	// depth counts the brackets open inside this f-string (curly_bracket_depth);
	// exprStartDepth is the depth of the innermost replacement field
	// (curly_bracket_expr_start_depth), -1 outside any field.
	depth          int
	exprStartDepth int
	// exprBuf/exprEnd mirror last_expr_buffer/last_expr_end: the source
	// offsets delimiting the text CPython keeps for "=" debug output.
	exprBuf int32
	exprEnd int32
}

// scanner holds the state of one Tokenize call.
type scanner struct {
	filename string
	buf      []byte // source, a '\n' appended if missing, then a 0 sentinel
	n        int    // length of the caller's source
	pos      int
	line     int
	lineOff  int // offset of the first byte of the current line
	// bufOff is where CPython's line buffer starts: the line read last
	// while no token was in progress. One error is reported relative to it.
	bufOff int

	atbol    bool
	pendin   int
	indent   int
	indstack [maxIndent + 1]int
	altstack [maxIndent + 1]int

	level  int
	parens [maxLevel]paren
	modes  []fmode

	toks     []Token
	comments []Comment
	text     string // the source as a string, made on the first comment
	err      *SyntaxError
	done     bool
}

// Tokenize splits UTF-8 Python source (Decode's output) into the tokens
// CPython's C tokenizer hands its parser: no COMMENT or NL tokens, comments
// are returned separately. On a syntax error it returns the tokens read
// before the error together with a *SyntaxError. src should not contain
// '\r' (Decode translates newlines); if it does, it is translated here and
// token offsets refer to the translated text.
func Tokenize(filename string, src []byte) ([]Token, []Comment, error) {
	return tokenize(filename, src, maxSourceSize, nil)
}

// Scratch is memory that one Tokenize at a time may reuse: the copy of
// the source the scanner reads and the token array. A program that
// tokenizes many files one after another (parsing them again for an
// analysis) allocates a fraction of what fresh calls do. The zero Scratch
// is ready to use.
type Scratch struct {
	buf  []byte
	toks []Token
}

// maxScratchTokens bounds the token array a Scratch keeps (9 MB, a 1.5 MB
// source).
const maxScratchTokens = 1 << 18

// TokenizeWith is Tokenize with reused memory: the tokens it returns live
// in sc and are valid only until sc's next use.
func TokenizeWith(filename string, src []byte, sc *Scratch) ([]Token, []Comment, error) {
	return tokenize(filename, src, maxSourceSize, sc)
}

// tokenize is Tokenize rejecting sources longer than limit bytes, reusing
// sc's memory when it is not nil.
func tokenize(filename string, src []byte, limit int, sc *Scratch) ([]Token, []Comment, error) {
	if bytes.IndexByte(src, '\r') >= 0 {
		src = translateNewlines(src)
	}
	if len(src) > limit {
		// Positions would not fit in int32; like compile()'s own limits,
		// the error has no position.
		return nil, nil, &SyntaxError{Filename: filename, Msg: "source code too large (positions must fit in 32 bits: at most 2 GiB)", Kind: "SyntaxError"}
	}
	s := &scanner{filename: filename, n: len(src), line: 1, atbol: true}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		line := 1 + bytes.Count(src[:i], []byte{'\n'})
		return nil, nil, &SyntaxError{Filename: filename, Line: line, Col: 0, Msg: "source code cannot contain null bytes"}
	}
	if sc != nil && cap(sc.buf) >= len(src)+2 {
		s.buf = sc.buf[:len(src)]
	} else {
		s.buf = make([]byte, len(src), len(src)+2)
	}
	copy(s.buf, src)
	if len(src) > 0 && src[len(src)-1] != '\n' {
		s.buf = append(s.buf, '\n')
	}
	s.buf = append(s.buf, 0)
	if want := len(src)/5 + 16; sc != nil && cap(sc.toks) >= want { // the stdlib averages 6 bytes per token
		s.toks = sc.toks[:0]
	} else {
		s.toks = make([]Token, 0, want)
	}
	s.run()
	if sc != nil && cap(s.toks) <= maxScratchTokens {
		// A rare huge file's buffers are not kept: they would stay with
		// the scratch for the rest of the program.
		sc.buf, sc.toks = s.buf[:0], s.toks[:0]
	}
	if s.err != nil {
		return s.toks, s.comments, s.err
	}
	return s.toks, s.comments, nil
}

func (s *scanner) run() {
	// Every step emits a token or ends the scan, and at most a few
	// hundred tokens (DEDENTs, empty FSTRING_MIDDLEs) can share an offset;
	// the guard turns a bug into an error instead of a hang.
	lastPos, still := -1, 0
	for !s.done {
		n := len(s.toks)
		if k := len(s.modes); k > 0 && !s.modes[k-1].inExpr {
			s.fstringToken(&s.modes[k-1])
		} else {
			s.normalToken()
		}
		if s.pos != lastPos {
			lastPos, still = s.pos, 0
		} else if still++; still > 1000 || len(s.toks) == n && !s.done {
			s.fail("internal error: the tokenizer made no progress", s.pos)
		}
	}
}

// emit appends a token from off (which began on line/lineOff) to the cursor.
func (s *scanner) emit(k Kind, off, line, lineOff, endOff int) *Token {
	if endOff > s.n {
		endOff = s.n
	}
	start := off
	if start > s.n {
		start = s.n
	}
	s.toks = append(s.toks, Token{
		Kind: k, Line: int32(line), Col: int32(off - lineOff),
		EndLine: int32(s.line), EndCol: int32(s.pos - s.lineOff),
		Off: int32(start), EndOff: int32(endOff),
	})
	return &s.toks[len(s.toks)-1]
}

// emitHere appends a one-line token from off to the cursor.
func (s *scanner) emitHere(k Kind, off int) *Token {
	return s.emit(k, off, s.line, s.lineOff, s.pos)
}

// fail records a syntax error whose CPython column is the number of
// characters between the line start and cur (the tokenizer's cursor).
func (s *scanner) fail(msg string, cur int) {
	s.failAt(msg, s.line, s.lineOff, cur)
}

func (s *scanner) failAt(msg string, line, lineOff, cur int) {
	col := s.charCol(lineOff, cur)
	s.setErr(&SyntaxError{Filename: s.filename, Line: line, Col: col, EndLine: line, EndCol: col, Msg: msg, Kind: "SyntaxError"})
}

func (s *scanner) setErr(e *SyntaxError) {
	if s.err == nil {
		e.inFString = len(s.modes) > 0
		s.err = e
	}
	s.done = true
}

// setStateErr records an error CPython keeps in the tokenizer's state.
func (s *scanner) setStateErr(e *SyntaxError) {
	e.stateOnly = true
	s.setErr(e)
}

// charCol counts the characters of buf[lineOff:cur].
func (s *scanner) charCol(lineOff, cur int) int {
	if cur > len(s.buf) {
		cur = len(s.buf)
	}
	if cur < lineOff {
		return 0
	}
	return utf8.RuneCount(s.buf[lineOff:cur])
}

// newline advances the line bookkeeping past a '\n' at s.pos-1.
func (s *scanner) newline() {
	s.line++
	s.lineOff = s.pos
}

func (s *scanner) atEOF() bool { return s.buf[s.pos] == 0 }

// continuation consumes a backslash at s.pos and the newline after it.
func (s *scanner) continuation() bool {
	s.pos++ // the backslash
	if s.buf[s.pos] != '\n' {
		// CPython counts this column from the start of its line buffer,
		// which can be an earlier line joined by backslashes.
		s.pos++
		s.setStateErr(&SyntaxError{Filename: s.filename, Line: s.line, Col: s.charCol(s.bufOff, s.pos),
			Msg: "unexpected character after line continuation character", Kind: "SyntaxError"})
		return false
	}
	s.pos++
	s.newline()
	if s.atEOF() {
		s.setStateErr(&SyntaxError{Filename: s.filename, Line: s.line - 1, Col: s.charCol(s.lineOffOf(s.pos-1), s.pos), Msg: "unexpected EOF while parsing", Kind: "SyntaxError"})
		return false
	}
	return true
}

// lineOffOf returns the offset of the start of the line containing off.
func (s *scanner) lineOffOf(off int) int {
	return bytes.LastIndexByte(s.buf[:off], '\n') + 1
}

// indentation reads the indentation of a new line and queues INDENT or
// DEDENT tokens (CPython's atbol block). It reports whether the line is
// blank (only whitespace and/or a comment).
func (s *scanner) indentation() (blank, ok bool) {
	col, altcol, contCol := 0, 0, 0
	b := s.buf
	for {
		switch b[s.pos] {
		case ' ':
			col++
			altcol++
		case '\t':
			col = (col/tabSize + 1) * tabSize
			altcol++
		case '\f':
			col, altcol = 0, 0
		case '\\':
			if contCol == 0 {
				contCol = col
			}
			if !s.continuation() {
				return false, false
			}
			s.bufOff = s.lineOff
			continue
		default:
			goto done
		}
		s.pos++
	}
done:
	c := b[s.pos]
	if c == '#' || c == '\n' {
		return true, true
	}
	if s.level != 0 {
		return false, true
	}
	if contCol != 0 {
		col, altcol = contCol, contCol
	}
	switch cur := s.indstack[s.indent]; {
	case col == cur:
		if altcol != s.altstack[s.indent] {
			s.tabError()
			return false, false
		}
	case col > cur:
		if s.indent+1 >= maxIndent {
			s.lineError("IndentationError", "too many levels of indentation")
			return false, false
		}
		if altcol <= s.altstack[s.indent] {
			s.tabError()
			return false, false
		}
		s.pendin++
		s.indent++
		s.indstack[s.indent] = col
		s.altstack[s.indent] = altcol
	default:
		for s.indent > 0 && col < s.indstack[s.indent] {
			s.pendin--
			s.indent--
		}
		if col != s.indstack[s.indent] {
			// CPython puts the cursor at the end of the line and reports
			// its length as the (unconverted) offset.
			end := s.pos + bytes.IndexByte(b[s.pos:], '\n') + 1
			col := s.charCol(s.lineOff, end)
			s.setStateErr(&SyntaxError{Filename: s.filename, Line: s.line, Col: col, EndLine: s.line, EndCol: -1,
				Msg: "unindent does not match any outer indentation level", Kind: "IndentationError"})
			return false, false
		}
		if altcol != s.altstack[s.indent] {
			s.tabError()
			return false, false
		}
	}
	return false, true
}

func (s *scanner) tabError() {
	s.lineError("TabError", "inconsistent use of tabs and spaces in indentation")
}

// lineError reports an error CPython places at column 1 of the current line.
func (s *scanner) lineError(kind, msg string) {
	s.setStateErr(&SyntaxError{Filename: s.filename, Line: s.line, Col: 1, EndLine: s.line, EndCol: 0, Msg: msg, Kind: kind})
}

// normalToken reads one token in regular mode (tok_get_normal_mode).
func (s *scanner) normalToken() {
	b := s.buf
	blank := false
nextline:
	blank = false
	if s.atbol {
		s.atbol = false
		s.bufOff = s.lineOff
		var ok bool
		if blank, ok = s.indentation(); !ok {
			return
		}
	}
	if s.pendin != 0 {
		if s.pendin < 0 {
			s.pendin++
			s.emitHere(DEDENT, s.pos)
		} else {
			s.pendin--
			t := s.emit(INDENT, s.lineOff, s.line, s.lineOff, s.pos)
			t.Col = 0
		}
		return
	}
again:
	for c := b[s.pos]; c == ' ' || c == '\t' || c == '\f'; c = b[s.pos] {
		s.pos++
	}
	start := s.pos
	c := b[s.pos]
	if c == '#' {
		end := s.pos + bytes.IndexByte(b[s.pos:], '\n')
		if s.text == "" {
			s.text = string(b[:s.n]) // one copy shared by every comment's Text
		}
		s.comments = append(s.comments, Comment{Line: s.line, Col: s.pos - s.lineOff, Text: s.text[s.pos:end]})
		s.pos = end
		c = '\n'
	}

	if isIdentStart[c] {
		s.nameOrString(start)
		return
	}
	switch c {
	case '\n':
		s.atbol = true
		if blank || s.level > 0 {
			s.pos++
			s.newline()
			goto nextline
		}
		// Like CPython's parser tokens, a NEWLINE after a comment starts
		// at the comment (its text is the comment), so errors such as
		// "expected ':'" point there.
		nl := s.pos
		s.pos++
		s.emit(NEWLINE, start, s.line, s.lineOff, nl)
		s.newline()
		return
	case 0:
		s.eof()
		return
	case '.':
		if isDigit(b[s.pos+1]) {
			s.number(start)
			return
		}
		if b[s.pos+1] == '.' && b[s.pos+2] == '.' {
			s.pos += 3
			s.emitHere(ELLIPSIS, start)
			return
		}
		s.pos++
		s.emitHere(DOT, start)
		return
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		s.number(start)
		return
	case '"', '\'':
		s.str(start)
		return
	case '\\':
		if !s.continuation() {
			return
		}
		goto again
	}
	s.punctuation(start, c)
}

// eof handles the end of input in regular mode.
func (s *scanner) eof() {
	if s.level > 0 {
		p := s.parens[s.level-1]
		lineOff := s.lineOffOfLine(p)
		col := s.charCol(lineOff, lineOff+int(p.col)+1)
		s.setErr(&SyntaxError{Filename: s.filename, Line: int(p.line), Col: col, EndLine: int(p.line), EndCol: 0,
			Msg: "'" + string(p.ch) + "' was never closed", Kind: "SyntaxError"})
		return
	}
	s.emitHere(ENDMARKER, s.pos)
	s.done = true
}

// lineOffOfLine finds the offset of the line holding an open bracket.
func (s *scanner) lineOffOfLine(p paren) int {
	// Brackets are recorded with their byte column; walk back from the
	// cursor counting lines.
	off := s.lineOff
	for l := s.line; l > int(p.line) && off > 0; l-- {
		off = s.lineOffOf(off - 1)
	}
	return off
}
