// Package lexer turns Python source bytes into tokens the way CPython 3.13's
// tokenizer does: encoding detection, indentation, implicit line joining,
// every string and number form, and PEP 701 f-string tokens.
//
// The pipeline is Decode (bytes to UTF-8 text, as ast.parse does with
// bytes), then Tokenize (text to the tokens CPython's C tokenizer gives
// its parser, plus the comments), then the literal helpers the parser
// calls on single tokens: DecodeString, DecodeFStringMiddle, ParseNumber,
// DebugText and NormalizeName.
//
// # Positions
//
// Lines are 1-based, columns 0-based byte offsets within the line, as in
// CPython's AST. Token.Off/EndOff delimit the token's text in the source.
// SyntaxError.Col is CPython's SyntaxError.offset (1-based, in characters).
//
// # f-strings
//
// An f-string is FSTRING_START (prefix and opening quote), then any mix of
// FSTRING_MIDDLE (literal text) and replacement fields ('{', expression
// tokens, optional '=' , optional '!' NAME, optional ':' followed by
// FSTRING_MIDDLE and nested fields, '}'), then FSTRING_END. The text of an
// FSTRING_MIDDLE is exactly what CPython's tokenizer passes its parser:
// escapes are not decoded and a doubled brace appears once ("a{{b" gives
// the middles "a{" and "b"), so DecodeFStringMiddle needs no brace
// handling. A middle can be empty (after a nested field at the end of a
// format spec). For the "=" specifier, the token after '=' carries the
// source span CPython uses; DebugText returns the text.
//
// # Strings with surrogates
//
// Python str values may hold lone surrogates ("\ud800"). Decoded values
// are Go strings in generalized UTF-8 (WTF-8): a surrogate code point is
// encoded like any other three-byte sequence (U+D800 is ED A0 80), so
// every Python str has exactly one representation. bytes values are raw
// bytes in a Go string.
//
// # Differences from CPython
//
// Tokenize reads the whole input before the parser runs, so a tokenizer
// error later in the file is returned together with the tokens before it.
// CPython's parser pulls tokens lazily, so to report what CPython reports:
// (a) if the parser ever needs a token beyond the last one returned (in
// any pass, lookahead included), the tokenizer error is the error;
// (b) otherwise the parser's own error stands unless
// err.PreemptsParserError(line of the furthest token the parser read)
// says CPython's re-tokenization of the rest of the file replaces it. Characters that are no token
// ('$', '?', '`') are ERRORTOKEN here (an OP CPython's grammar never
// matches). INDENT, DEDENT and ENDMARKER carry the positions Python's
// tokenize module reports; CPython's parser tokens have no column for them.
// SyntaxWarnings (invalid escapes, "1if") are not reported.
//
// Decode resolves codec names with Python's alias table and decodes the
// usual code pages exactly; the CJK codecs use golang.org/x/text's WHATWG
// tables, which differ from Python's in a few code points (big5 and cp950
// in about 250, cp932 in its user-defined area, shift_jis, euc_jp and
// gb2312 in under ten) and report invalid sequences without their position.
// Codecs Python has but krait cannot decode (utf-16/32, utf-7, EBCDIC,
// johab, palmos, hz, ...) are errors unless the file is ASCII and the codec
// maps ASCII to itself.
package lexer
