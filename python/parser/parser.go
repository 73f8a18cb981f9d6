package parser

import (
	"bytes"
	"fmt"
	"strings"
	"unsafe"

	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/lexer"
)

// SyntaxError is the error every entry point returns for bad input.
type SyntaxError = lexer.SyntaxError

// File is a parsed module plus what scanners need besides the tree.
type File struct {
	Module *ast.Module
	// Src is the decoded UTF-8 source (after Decode). It is read-only: it
	// shares memory with the tree's names and strings (which are
	// substrings of it), so a held File costs one copy of the source.
	Src      []byte
	Comments []lexer.Comment
}

// Parse decodes src (raw file bytes), tokenizes and parses it.
// The error, if any, is a *SyntaxError.
func Parse(filename string, src []byte) (f *File, err error) {
	return ParseWith(filename, src, nil)
}

// ParseWith is Parse reusing scratch's memory (nil: fresh memory); a
// scanner's worker keeps one Scratch for the files it parses in turn.
func ParseWith(filename string, src []byte, scratch *Scratch) (f *File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f = nil
			err = &SyntaxError{Filename: filename, Line: 1, Col: 1, Msg: fmt.Sprintf("internal parser error: %v", r)}
		}
	}()
	text, err := lexer.Decode(filename, src)
	if err != nil {
		return nil, err
	}
	// Decode may return src itself, which the caller may reuse: copy once
	// into an immutable string that the tree and File.Src share.
	shared := string(text)
	text = stringBytes(shared, text)
	toks, comments, kw, lexErr := tokenize(filename, text, scratch)
	p := newParserWith(filename, text, shared, toks, kw)
	if scratch != nil {
		scratch.kw = p.kw[:0]
	}
	mod := p.file()
	if err := p.arbitrate(len(toks), lexErr); err != nil {
		return nil, err
	}
	return &File{Module: mod, Src: text, Comments: comments}, nil
}

// ParseDecoded parses source already decoded to UTF-8 (File.Src of an
// earlier Parse), giving the same tree as that Parse. The tree's
// identifiers come from intern and its string constants are copies, so
// nothing taken from the tree keeps text alive; with a nil intern they
// share text's memory instead (text must then never change).
func ParseDecoded(filename string, text []byte, intern *Interner) (mod *ast.Module, err error) {
	return ParseDecodedWith(filename, text, intern, nil)
}

// Scratch is working memory that one parse at a time may reuse (the
// lexer's buffers, the parser's token tables); nothing of it ends up in
// a tree. The zero Scratch is ready to use.
type Scratch struct {
	lex lexer.Scratch
	kw  []keyword
}

// ParseDecodedWith is ParseDecoded reusing scratch's memory (nil: fresh
// memory). A program parsing many files again, one after the other per
// goroutine, allocates a fraction of what ParseDecoded does.
func ParseDecodedWith(filename string, text []byte, intern *Interner, scratch *Scratch) (mod *ast.Module, err error) {
	defer func() {
		if r := recover(); r != nil {
			mod = nil
			err = &SyntaxError{Filename: filename, Line: 1, Col: 1, Msg: fmt.Sprintf("internal parser error: %v", r)}
		}
	}()
	toks, _, kw, lexErr := tokenize(filename, text, scratch)
	p := newParserWith(filename, text, unsafe.String(unsafe.SliceData(text), len(text)), toks, kw)
	if scratch != nil {
		scratch.kw = p.kw[:0]
	}
	p.intern = intern
	mod = p.file()
	if err := p.arbitrate(len(toks), lexErr); err != nil {
		return nil, err
	}
	return mod, nil
}

// tokenize runs the lexer in scratch's memory (when not nil) and hands
// out scratch's keyword table for the parser to fill.
func tokenize(filename string, text []byte, scratch *Scratch) ([]lexer.Token, []lexer.Comment, []keyword, error) {
	if scratch == nil {
		toks, comments, err := lexer.Tokenize(filename, text)
		return toks, comments, nil, err
	}
	toks, comments, err := lexer.TokenizeWith(filename, text, &scratch.lex)
	return toks, comments, scratch.kw, err
}

// ParseFile is Parse returning only the module.
func ParseFile(filename string, src []byte) (*ast.Module, error) {
	f, err := Parse(filename, src)
	if err != nil {
		return nil, err
	}
	return f.Module, nil
}

// ParseExpr parses a single expression (CPython's mode='eval' without the
// Expression wrapper).
func ParseExpr(src string) (e ast.Expr, err error) {
	defer func() {
		if r := recover(); r != nil {
			e = nil
			err = &SyntaxError{Filename: "<string>", Line: 1, Col: 1, Msg: fmt.Sprintf("internal parser error: %v", r)}
		}
	}()
	text, err := lexer.Decode("<string>", []byte(src))
	if err != nil {
		return nil, err
	}
	toks, _, lexErr := lexer.Tokenize("<string>", text)
	p := newParser("<string>", text, toks)
	e = p.evalInput()
	if err := p.arbitrate(len(toks), lexErr); err != nil {
		return nil, err
	}
	return e, nil
}

// maxDepth bounds the parser's recursion the way CPython's MAXSTACK does
// (each nested unary operator, `not`, conditional or lambda costs a level).
const maxDepth = 5969

type parser struct {
	filename string
	src      []byte
	toks     []lexer.Token
	kw       []keyword // keyword of each NAME token (kwNone otherwise)
	p        int       // index of the current token
	far      int       // furthest token looked at (CPython reports generic errors there)
	// The last disjunction parsed (first token, token after it), for the
	// "Perhaps you forgot a comma?" hint.
	lastDisj, lastDisjEnd int
	err                   *SyntaxError
	depth                 int    // unary operators, `not`, conditionals, lambdas, `**`
	displays              int    // open (), [], {} displays
	trailers              int    // open call and subscript trailers
	blocks                int    // open indented blocks
	srcStr                string // src as a string: token texts are free substrings of it
	intern                *Interner
	nodes                 nodes
	exprStack             []ast.Expr
	stmtStack             []ast.Stmt
}

// stringBytes returns s's bytes without a copy (empty: empty, as given);
// they must never be written to.
func stringBytes(s string, empty []byte) []byte {
	if s == "" {
		return empty
	}
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

func newParser(filename string, src []byte, toks []lexer.Token) *parser {
	return newParserOver(filename, src, string(src), toks)
}

// newParserOver takes the string the tree's identifiers and token texts
// are cut from (src's bytes, copied or shared).
func newParserOver(filename string, src []byte, srcStr string, toks []lexer.Token) *parser {
	return newParserWith(filename, src, srcStr, toks, nil)
}

// newParserWith is newParserOver filling kw's memory when it is big enough.
func newParserWith(filename string, src []byte, srcStr string, toks []lexer.Token, kw []keyword) *parser {
	if len(toks) == 0 || toks[len(toks)-1].Kind != lexer.ENDMARKER {
		var last lexer.Token
		if len(toks) > 0 {
			last = toks[len(toks)-1]
		} else {
			last.Line, last.EndLine = 1, 1
		}
		toks = append(toks, lexer.Token{Kind: lexer.ENDMARKER, Line: last.EndLine, Col: last.EndCol,
			EndLine: last.EndLine, EndCol: last.EndCol, Off: last.EndOff, EndOff: last.EndOff})
	}
	p := &parser{filename: filename, src: src, srcStr: srcStr, toks: toks}
	p.nodes.init(&p.p, len(toks))
	if cap(kw) >= len(toks) {
		p.kw = kw[:len(toks)]
	} else {
		p.kw = make([]keyword, len(toks))
	}
	for i := range toks {
		if toks[i].Kind == lexer.NAME {
			p.kw[i] = lookupKeyword(src[toks[i].Off:toks[i].EndOff])
		} else {
			p.kw[i] = kwNone
		}
	}
	return p
}

// ---- token access ----

// kind is the current token's kind; ENDMARKER once an error was recorded,
// so that every loop stops.
func (p *parser) kind() lexer.Kind { return p.toks[p.p].Kind }

func (p *parser) peekKind(n int) lexer.Kind {
	if i := p.p + n; i < len(p.toks) {
		if i > p.far && p.err == nil {
			p.far = i
		}
		return p.toks[i].Kind
	}
	return lexer.ENDMARKER
}

func (p *parser) curKw() keyword { return p.kw[p.p] }

func (p *parser) peekKw(n int) keyword {
	if i := p.p + n; i < len(p.toks) {
		if i > p.far && p.err == nil {
			p.far = i
		}
		return p.kw[i]
	}
	return kwNone
}

func (p *parser) next() {
	if p.p < len(p.toks)-1 {
		p.p++
		if p.p > p.far {
			p.far = p.p
		}
	}
}

// skip consumes n tokens.
func (p *parser) skip(n int) {
	for ; n > 0; n-- {
		p.next()
	}
}

func (p *parser) text(i int) []byte { return p.src[p.toks[i].Off:p.toks[i].EndOff] }

// isSoft reports whether the current token is the NAME soft keyword s.
func (p *parser) isSoft(i int, s string) bool {
	t := &p.toks[i]
	return t.Kind == lexer.NAME && string(p.src[t.Off:t.EndOff]) == s
}

// tokStr is token i's text as a substring of the source (no allocation).
func (p *parser) tokStr(i int) string { return p.srcStr[p.toks[i].Off:p.toks[i].EndOff] }

// ident is the identifier of NAME token i, NFKC-normalised when non-ASCII.
func (p *parser) ident(i int) string {
	s := p.tokStr(i)
	for j := 0; j < len(s); j++ {
		if s[j] >= 0x80 {
			return p.intern.Intern(lexer.NormalizeName(s))
		}
	}
	return p.intern.Intern(s)
}

// own is s, copied when the tree must not share the source's memory.
func (p *parser) own(s string) string {
	if p.intern == nil {
		return s
	}
	return strings.Clone(s)
}

// span is the position from token start to the end of the last consumed token.
func (p *parser) span(start int) ast.Pos {
	s := &p.toks[start]
	e := &p.toks[p.prev()]
	return ast.Pos{Lineno: s.Line, ColOffset: s.Col, EndLineno: e.EndLine, EndColOffset: e.EndCol}
}

func (p *parser) prev() int {
	if p.p == 0 {
		return 0
	}
	return p.p - 1
}

func tokPos(t *lexer.Token) ast.Pos {
	return ast.Pos{Lineno: t.Line, ColOffset: t.Col, EndLineno: t.EndLine, EndColOffset: t.EndCol}
}

// ---- errors ----

// errorAt records the first syntax error (at token i) and jumps to the end
// of input so that every parsing loop terminates.
func (p *parser) errorAt(i int, format string, args ...any) {
	if p.err == nil {
		t := &p.toks[i]
		msg := format
		if len(args) > 0 {
			msg = fmt.Sprintf(format, args...)
		}
		p.err = &SyntaxError{Filename: p.filename, Line: int(t.Line), Col: p.charCol(int(t.Off), int(t.Col)), Msg: msg, Kind: "SyntaxError"}
	}
	p.p = len(p.toks) - 1
}

// charCol converts a byte column (of the byte at offset off) into CPython's
// 1-based column counted in characters.
func (p *parser) charCol(off, col int) int {
	start := off - col
	if start < 0 || off > len(p.src) {
		return col + 1
	}
	n := 1
	for _, c := range p.src[start:off] {
		if c&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

func (p *parser) errorAtPos(pos ast.Pos, msg string) {
	if p.err == nil {
		line, byteCol := int(pos.Lineno), int(pos.ColOffset)
		col := byteCol + 1
		if off := p.lineOffset(line); off >= 0 {
			col = p.charCol(off+byteCol, byteCol)
		}
		p.err = &SyntaxError{Filename: p.filename, Line: line, Col: col, Msg: msg, Kind: "SyntaxError"}
	}
	p.p = len(p.toks) - 1
}

// lineOffset is the byte offset where 1-based line starts (-1 if none).
func (p *parser) lineOffset(line int) int {
	off := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(p.src[off:], '\n')
		if i < 0 {
			return -1
		}
		off += i + 1
	}
	return off
}

// syntaxError reports CPython's generic error: at the furthest token the
// parser looked at, "unexpected indent"/"unexpected unindent" if that is an
// INDENT/DEDENT, else "invalid syntax".
func (p *parser) syntaxError() {
	if p.err != nil {
		return
	}
	if p.p == p.lastDisjEnd && p.lastDisj < p.p && p.missingComma() {
		return
	}
	i := max(p.far, p.p)
	switch p.toks[i].Kind {
	case lexer.INDENT:
		p.indentError(i, "unexpected indent")
	case lexer.DEDENT:
		p.indentError(i, "unexpected unindent")
	default:
		p.errorAt(i, "invalid syntax")
	}
}

// missingComma reports CPython's hint for two expressions in a row inside
// brackets (invalid_expression), or the legacy print/exec message.
func (p *parser) missingComma() bool {
	if !p.startsExpression(p.p) {
		return false
	}
	a := p.lastDisj
	t := &p.toks[a]
	if t.Kind == lexer.NAME && p.kw[a] == kwNone {
		if k := p.toks[a+1].Kind; k == lexer.STRING || k == lexer.FSTRING_START {
			return false
		}
		switch p.tokStr(a) {
		case "match", "case", "type", "_":
			return false
		case "print", "exec":
			if a+1 == p.p {
				p.errorAt(a, "Missing parentheses in call to '%s'. Did you mean %s(...)?", p.tokStr(a), p.tokStr(a))
				return true
			}
		}
	}
	level := 0
	for i := 0; i < p.p; i++ {
		switch p.toks[i].Kind {
		case lexer.LPAR, lexer.LSQB, lexer.LBRACE:
			level++
		case lexer.RPAR, lexer.RSQB, lexer.RBRACE:
			level--
		}
	}
	if level <= 0 {
		return false
	}
	// CPython parses the second expression (b), reading the token after it.
	saved := p.save()
	p.expression()
	p.restore(saved)
	p.errorAt(a, "invalid syntax. Perhaps you forgot a comma?")
	return true
}

// startsExpression reports whether token i can begin an `expression`.
func (p *parser) startsExpression(i int) bool {
	switch p.toks[i].Kind {
	case lexer.NAME:
		switch p.kw[i] {
		case kwNone, kwFalse, kwNoneLit, kwTrue, kwNot, kwLambda, kwAwait:
			return true
		}
	case lexer.NUMBER, lexer.STRING, lexer.FSTRING_START, lexer.LPAR, lexer.LSQB, lexer.LBRACE,
		lexer.MINUS, lexer.PLUS, lexer.TILDE, lexer.ELLIPSIS:
		return true
	}
	return false
}

// indentError records an IndentationError at INDENT or DEDENT token i,
// located where CPython's tokenizer stood: after the indentation.
func (p *parser) indentError(i int, msg string) {
	if p.err == nil {
		t := &p.toks[i]
		col := 0
		switch t.Kind {
		case lexer.INDENT:
			col = p.charCol(int(t.EndOff), int(t.EndCol)) - 1
		case lexer.DEDENT:
		default:
			col = p.charCol(int(t.Off), int(t.Col))
		}
		p.err = &SyntaxError{Filename: p.filename, Line: int(t.Line), Col: col, Msg: msg, Kind: "IndentationError"}
	}
	p.p = len(p.toks) - 1
}

func (p *parser) errorIndent(msg string) { p.indentError(p.p, msg) }

// expect consumes a token of kind k or records an error.
func (p *parser) expect(k lexer.Kind) bool {
	if p.kind() == k {
		p.next()
		return true
	}
	p.syntaxError()
	return false
}

// expectForced is CPython's forced token (&&'x'): its absence is reported
// as "expected 'x'" whatever follows.
func (p *parser) expectForced(k lexer.Kind) bool {
	if p.kind() == k {
		p.next()
		return true
	}
	if p.err == nil {
		p.errorAt(p.p, "expected '%s'", k.String())
	}
	return false
}

// expectHeaderColon ends a compound statement header: a missing ':' at the
// end of the line is "expected ':'", anything else the generic error.
func (p *parser) expectHeaderColon() bool {
	if p.kind() == lexer.COLON {
		p.next()
		return true
	}
	if p.err == nil && p.kind() == lexer.NEWLINE {
		p.errorAt(p.p, "expected ':'")
		return false
	}
	p.syntaxError()
	return false
}

func (p *parser) expectKw(k keyword) bool {
	if p.kind() == lexer.NAME && p.curKw() == k {
		p.next()
		return true
	}
	p.syntaxError()
	return false
}

// nestCost approximates the levels CPython's parser stack spends on open
// displays, trailers and blocks (measured against python3.13: the first
// display costs 9 levels, each further one about 28; trailers about 24;
// blocks 6). It only matters for absurdly nested input.
func (p *parser) nestCost() int {
	c := 6 * p.blocks
	switch {
	case p.displays == 1:
		c += 9
	case p.displays > 1:
		c += 28*p.displays - 46
	}
	switch {
	case p.trailers == 1:
		c += 5
	case p.trailers > 1:
		c += 24*p.trailers - 19
	}
	return c
}

// enter bumps the recursion depth; callers must call leave.
func (p *parser) enter() bool {
	p.depth++
	return p.checkDepth()
}

func (p *parser) leave() { p.depth-- }

// checkDepth reports (once) CPython's "too complex" error when the
// approximated parser stack exceeds its limit.
func (p *parser) checkDepth() bool {
	if p.depth+p.nestCost() > maxDepth {
		if p.err == nil {
			p.errorAt(p.p, "too many nested expressions: Python source too complex to parse")
		}
		return false
	}
	return true
}

// state is a saved parser position for the few places CPython's grammar
// backtracks over more than a token or two.
type state struct {
	p, depth, displays, trailers, blocks, exprs, stmts int
}

func (p *parser) save() state {
	return state{p.p, p.depth, p.displays, p.trailers, p.blocks, len(p.exprStack), len(p.stmtStack)}
}

func (p *parser) restore(s state) {
	p.p, p.depth, p.displays, p.trailers, p.blocks = s.p, s.depth, s.displays, s.trailers, s.blocks
	p.exprStack, p.stmtStack = p.exprStack[:s.exprs], p.stmtStack[:s.stmts]
	p.err = nil
}

// errMsg is the message of a lexer error without its position prefix.
func errMsg(err error) string {
	if se, ok := err.(*SyntaxError); ok {
		return se.Msg
	}
	return err.Error()
}

// arbitrate picks the error CPython reports when the tokenizer failed
// after producing n tokens (lexErr) and the parser ran over those tokens.
// CPython tokenizes lazily: the tokenizer's error wins if the parser
// needed the failing token; otherwise the parser's error stands unless a
// later tokenizer error overrides it (CPython tokenizes the rest of the
// file to look for one) or, for an unclosed bracket at the end of the
// input, the parser's error lies on a later line than the bracket.
func (p *parser) arbitrate(n int, lexErr error) error {
	if lexErr == nil {
		if p.err != nil {
			return p.err
		}
		return nil
	}
	le, ok := lexErr.(*SyntaxError)
	if !ok || p.err == nil || p.far >= n {
		return lexErr
	}
	switch {
	case isUnclosedAtEOF(le):
		// Raised only if CPython had read past the bracket's line.
		if int(p.toks[p.far].Line) > le.Line {
			return lexErr
		}
		return p.err
	case le.Kind == "IndentationError" || le.Kind == "TabError":
		// CPython's tokenizer reports these through its parser only.
		return p.err
	case p.err.Kind == "IndentationError" && isIndentMsg(p.err.Msg):
		return p.err
	}
	return lexErr
}

func isIndentMsg(msg string) bool {
	return msg == "unexpected indent" || msg == "unexpected unindent"
}

// isUnclosedAtEOF reports the errors CPython's parser (not its tokenizer)
// raises on reaching the end of input inside brackets.
func isUnclosedAtEOF(e *SyntaxError) bool {
	return strings.HasSuffix(e.Msg, "was never closed") || e.Msg == "unexpected EOF while parsing"
}
