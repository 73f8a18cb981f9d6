package lexer

import (
	"fmt"
	"strings"
)

// Kind is a token kind. Operators each have their own kind, as in CPython's
// Grammar/Tokens; keywords and soft keywords are NAME tokens.
type Kind uint8

const (
	ERRORTOKEN Kind = iota
	ENDMARKER
	NAME
	NUMBER
	STRING
	NEWLINE
	INDENT
	DEDENT
	FSTRING_START  // f" f''' rf" ... (the prefix and opening quote)
	FSTRING_MIDDLE // literal text of an f-string, escapes not yet decoded
	FSTRING_END    // the closing quote
	LPAR           // (
	RPAR           // )
	LSQB           // [
	RSQB           // ]
	COLON          // :
	COMMA          // ,
	SEMI           // ;
	PLUS           // +
	MINUS          // -
	STAR           // *
	SLASH          // /
	VBAR           // |
	AMPER          // &
	LESS           // <
	GREATER        // >
	EQUAL          // =
	DOT            // .
	PERCENT        // %
	LBRACE         // {
	RBRACE         // }
	EQEQUAL        // ==
	NOTEQUAL       // !=
	LESSEQUAL      // <=
	GREATEREQUAL   // >=
	TILDE          // ~
	CIRCUMFLEX     // ^
	LEFTSHIFT      // <<
	RIGHTSHIFT     // >>
	DOUBLESTAR     // **
	PLUSEQUAL      // +=
	MINEQUAL       // -=
	STAREQUAL      // *=
	SLASHEQUAL     // /=
	PERCENTEQUAL   // %=
	AMPEREQUAL     // &=
	VBAREQUAL      // |=
	CIRCUMFLEXEQUAL
	LEFTSHIFTEQUAL
	RIGHTSHIFTEQUAL
	DOUBLESTAREQUAL
	DOUBLESLASH      // //
	DOUBLESLASHEQUAL // //=
	AT               // @
	ATEQUAL          // @=
	RARROW           // ->
	ELLIPSIS         // ...
	COLONEQUAL       // :=
	EXCLAMATION      // ! (only inside f-string replacement fields)
	numKinds
)

var kindNames = [numKinds]string{
	"ERRORTOKEN", "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
	"FSTRING_START", "FSTRING_MIDDLE", "FSTRING_END",
	"(", ")", "[", "]", ":", ",", ";", "+", "-", "*", "/", "|", "&", "<", ">", "=", ".", "%",
	"{", "}", "==", "!=", "<=", ">=", "~", "^", "<<", ">>", "**", "+=", "-=", "*=", "/=", "%=",
	"&=", "|=", "^=", "<<=", ">>=", "**=", "//", "//=", "@", "@=", "->", "...", ":=", "!",
}

func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// Token is one token. Lines are 1-based; columns are 0-based byte offsets
// into the UTF-8 text of the line (CPython's col_offset). Off/EndOff are
// byte offsets into the UTF-8 source the lexer was given, so the token's
// text is src[Off:EndOff] (the string CPython's C tokenizer hands the
// parser). EndLine/EndCol are CPython's end position, which is the cursor
// after the token: it differs from EndOff's column for an FSTRING_MIDDLE
// that stops at a doubled brace ("a{{" has text "a{" but ends after both
// braces) and for NEWLINE, whose text is empty (or the comment before the
// newline, where the token then starts) and which ends one past the
// newline. INDENT spans the indentation; DEDENT is empty at the first
// token of its line; DEDENTs and ENDMARKER at the end of input sit at
// column 0 of the line after the last one (Python's tokenize module
// positions: CPython's parser gives these tokens no column).
//
// DebugOff/DebugEnd are set (DebugEnd > 0) only on the tokens ending an
// f-string replacement field's expression ('}', '!' or ':') once that
// field's expression contained '=': src[DebugOff:DebugEnd] is the raw
// source text CPython uses for the "=" debug specifier; see DebugText.
type Token struct {
	Kind     Kind
	Line     int32
	Col      int32
	EndLine  int32
	EndCol   int32
	Off      int32
	EndOff   int32
	DebugOff int32
	DebugEnd int32
}

// Text returns the token's text in src (the source given to Tokenize).
func (t *Token) Text(src []byte) string { return string(src[t.Off:t.EndOff]) }

// Comment is a "#" comment: its 1-based line, 0-based byte column, and
// text from the "#" to the end of the line (newline excluded).
type Comment struct {
	Line int
	Col  int
	Text string
}

// SyntaxError is a Python SyntaxError (or IndentationError/TabError, named
// in Kind) with CPython's 1-based line and 1-based column.
//
// Col and EndCol follow CPython's SyntaxError.offset/end_offset: 1-based
// and counted in characters (code points), not bytes. EndLine/EndCol are 0
// when CPython reports none (end_offset -1 or 0 are reported as given).
type SyntaxError struct {
	Filename string
	Line     int
	Col      int
	Msg      string
	Kind     string // "SyntaxError", "IndentationError" or "TabError"
	EndLine  int
	EndCol   int

	// stateOnly marks tokenizer errors CPython signals through the
	// tokenizer's state rather than an exception (indentation, line
	// continuation); inFString marks errors inside an f-string.
	stateOnly bool
	inFString bool
}

// PreemptsParserError reports whether CPython shows this Tokenize error
// instead of a syntax error its parser found earlier in the file, which
// parserLine is the line of (the line of the last token the parser read).
// After a parser error CPython tokenizes the rest of the source: errors
// raised as exceptions win unless they occur inside an f-string; errors
// kept in the tokenizer's state (indentation, "unexpected character after
// line continuation character") do not; an unclosed bracket wins when the
// parser's error is on a later line than the bracket.
func (e *SyntaxError) PreemptsParserError(parserLine int) bool {
	if strings.HasSuffix(e.Msg, "' was never closed") {
		return parserLine > e.Line
	}
	return !e.stateOnly && !e.inFString
}

func (e *SyntaxError) Error() string {
	kind := e.Kind
	if kind == "" {
		kind = "SyntaxError"
	}
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Line, e.Col, kind, e.Msg)
}
