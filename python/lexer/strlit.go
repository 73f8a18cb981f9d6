package lexer

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// DecodeString evaluates one STRING token's text (prefix, quotes and body)
// as CPython's parser does: escapes are decoded unless the prefix has r/R;
// a b/B prefix gives bytes (returned as raw bytes in a Go string). str
// values use WTF-8 for lone surrogates (see the package documentation).
// Invalid escapes such as "\d" are kept literally (CPython only warns).
// Errors are *SyntaxError values without a position: the caller places
// them at the token, as CPython does.
func DecodeString(tokText string) (value string, isBytes bool, err error) {
	i := 0
	raw := false
	for ; i < len(tokText); i++ {
		c := tokText[i] | 0x20
		if c == 'r' {
			raw = true
		} else if c == 'b' {
			isBytes = true
		} else if c != 'u' && c != 'f' {
			break
		}
	}
	body := tokText[i:]
	q := 1
	if len(body) >= 6 && body[0] == body[1] && body[1] == body[2] {
		q = 3
	}
	if len(body) < 2*q {
		return "", isBytes, &SyntaxError{Kind: "SyntaxError", Msg: "malformed string literal"}
	}
	body = body[q : len(body)-q]
	if isBytes {
		for j := 0; j < len(body); j++ {
			if body[j] >= 0x80 {
				return "", true, &SyntaxError{Kind: "SyntaxError", Msg: "bytes can only contain ASCII literal characters"}
			}
		}
		if raw || strings.IndexByte(body, '\\') < 0 {
			return body, true, nil
		}
		v, err := decodeBytesEscapes(body)
		return v, true, err
	}
	v, err := decodeStr(body, raw)
	return v, false, err
}

// decodeStr evaluates a str literal body. Invalid UTF-8 (which CPython
// lets through its tokenizer on bytes input) is reported as CPython's
// parser does: relative to the body, or to the run of non-ASCII bytes
// when the body has escapes to decode.
func decodeStr(body string, raw bool) (string, error) {
	if raw || strings.IndexByte(body, '\\') < 0 {
		if msg, ok := utf8DecodeMessage([]byte(body), 0); !ok {
			return "", unicodeError("%s", msg)
		}
		return body, nil
	}
	return decodeUnicodeEscapes(body)
}

// DecodeFStringMiddle evaluates the text of an FSTRING_MIDDLE token (which
// already has single braces where the source had "{{" or "}}"). raw is
// true for rf/fr strings. f-strings are never bytes; isBytes is accepted
// for symmetry and decodes with the bytes rules.
func DecodeFStringMiddle(text string, raw, isBytes bool) (string, error) {
	if isBytes {
		if raw || strings.IndexByte(text, '\\') < 0 {
			return text, nil
		}
		return decodeBytesEscapes(text)
	}
	return decodeStr(text, raw)
}

func unicodeError(format string, args ...any) *SyntaxError {
	return &SyntaxError{Kind: "SyntaxError", Msg: "(unicode error) " + fmt.Sprintf(format, args...)}
}

// escapeBuffer reproduces how CPython prepares a literal for the
// unicode-escape codec: non-ASCII characters become \UXXXXXXXX and a
// backslash before one (or at the end) becomes \u005c. Error positions in
// CPython's messages refer to this buffer.
func escapeBuffer(s string) (string, error) {
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	for i := 0; i < len(s); {
		if s[i] == '\\' {
			b.WriteByte('\\')
			i++
			if i >= len(s) || s[i] >= 0x80 {
				b.WriteString("u005c")
				if i >= len(s) {
					break
				}
			}
		}
		if s[i] >= 0x80 {
			j := i
			for j < len(s) && s[j] >= 0x80 {
				j++
			}
			if msg, ok := utf8DecodeMessage([]byte(s[i:j]), 0); !ok {
				return "", unicodeError("%s", msg)
			}
			for _, r := range s[i:j] {
				fmt.Fprintf(&b, "\\U%08x", r)
			}
			i = j
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String(), nil
}

// decodeUnicodeEscapes decodes the escapes of a str literal body.
func decodeUnicodeEscapes(body string) (string, error) {
	// CPython rewrites the body before decoding (see escapeBuffer); that
	// changes nothing but error positions, so the rewrite is only done
	// when the direct decoding fails.
	if utf8.ValidString(body) {
		if v, err := unicodeEscape(body); err == nil {
			return v, nil
		}
	}
	s, err := escapeBuffer(body)
	if err != nil {
		return "", err
	}
	return unicodeEscape(s)
}

// unicodeEscape is the unicode-escape codec proper.
func unicodeEscape(s string) (string, error) {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			if c < 0x80 {
				out = append(out, c)
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			out = utf8.AppendRune(out, r)
			i += size
			continue
		}
		start := i
		i++
		if i >= len(s) {
			return "", unicodeError("'unicodeescape' codec can't decode byte 0x5c in position %d: \\ at end of string", start)
		}
		c = s[i]
		i++
		if b, ok := simpleEscape(c); ok {
			out = append(out, b)
			continue
		}
		switch c {
		case '\n':
		case '0', '1', '2', '3', '4', '5', '6', '7':
			ch := rune(c - '0')
			for n := 0; n < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; n++ {
				ch = ch<<3 + rune(s[i]-'0')
				i++
			}
			out = appendWTF8(out, ch)
		case 'x', 'u', 'U':
			count, msg := 2, "truncated \\xXX escape"
			if c == 'u' {
				count, msg = 4, "truncated \\uXXXX escape"
			} else if c == 'U' {
				count, msg = 8, "truncated \\UXXXXXXXX escape"
			}
			var ch uint32
			for ; count > 0; count-- {
				if i >= len(s) {
					return "", escapeRangeError(start, i, msg)
				}
				d := hexVal(s[i])
				if d < 0 {
					return "", escapeRangeError(start, i, msg)
				}
				ch = ch<<4 | uint32(d)
				i++
			}
			if ch > utf8.MaxRune {
				return "", escapeRangeError(start, i, "illegal Unicode character")
			}
			out = appendWTF8(out, rune(ch))
		case 'N':
			const msg = "malformed \\N character escape"
			if i >= len(s) || s[i] != '{' {
				return "", escapeRangeError(start, i, msg)
			}
			nameStart := i + 1
			end := strings.IndexByte(s[nameStart:], '}')
			if end < 0 {
				return "", escapeRangeError(start, len(s), msg)
			}
			if end == 0 {
				return "", escapeRangeError(start, nameStart, msg)
			}
			i = nameStart + end + 1
			r, ok := lookupUnicodeName(s[nameStart : nameStart+end])
			if !ok {
				return "", escapeRangeError(start, i, "unknown Unicode character name")
			}
			out = utf8.AppendRune(out, r)
		default:
			out = append(out, '\\')
			i-- // keep the character after the backslash as it is
		}
	}
	return string(out), nil
}

// escapeRangeError formats a unicodeescape error over buffer positions
// [start, end).
func escapeRangeError(start, end int, msg string) error {
	if end-start == 1 {
		return unicodeError("'unicodeescape' codec can't decode byte 0x5c in position %d: %s", start, msg)
	}
	return unicodeError("'unicodeescape' codec can't decode bytes in position %d-%d: %s", start, end-1, msg)
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// appendWTF8 appends r as UTF-8, encoding surrogates (which Python str
// may hold) as their generalized UTF-8 three-byte form.
func appendWTF8(out []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(out, 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
	}
	return utf8.AppendRune(out, r)
}

// decodeBytesEscapes implements bytes literal escapes (_PyBytes_DecodeEscape).
func decodeBytesEscapes(s string) (string, error) {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		i++
		if i >= len(s) {
			return "", &SyntaxError{Kind: "SyntaxError", Msg: "(value error) Trailing \\ in string"}
		}
		c = s[i]
		i++
		if b, ok := simpleEscape(c); ok {
			out = append(out, b)
			continue
		}
		switch c {
		case '\n':
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for n := 0; n < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; n++ {
				v = v<<3 + int(s[i]-'0')
				i++
			}
			out = append(out, byte(v))
		case 'x':
			if i+1 < len(s) {
				if d1, d2 := hexVal(s[i]), hexVal(s[i+1]); d1 >= 0 && d2 >= 0 {
					out = append(out, byte(d1<<4|d2))
					i += 2
					continue
				}
			}
			return "", &SyntaxError{Kind: "SyntaxError", Msg: fmt.Sprintf("(value error) invalid \\x escape at position %d", i-2)}
		default:
			out = append(out, '\\')
			i--
		}
	}
	return string(out), nil
}

// simpleEscape is the byte a one-character escape (\n, \t, \\, \' ...)
// stands for, the same in str and bytes literals.
func simpleEscape(c byte) (byte, bool) {
	switch c {
	case '\\', '\'', '"':
		return c, true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 't':
		return '\t', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 'v':
		return '\v', true
	case 'a':
		return '\a', true
	}
	return 0, false
}
