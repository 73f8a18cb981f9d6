package lexer

import "strings"

// DebugText returns the text CPython uses for an f-string "=" debug
// specifier: for f"{x = !r}" it is "x = ". t must be the token that
// follows the '=' in the replacement field (its '!', ':' or '}'); the
// empty string comes back when t carries no debug text. As in CPython,
// every '#' starts a comment that is dropped up to the end of its line,
// even when it sits inside a string in the expression.
func DebugText(src []byte, t Token) string {
	if t.DebugEnd <= 0 || t.DebugOff > t.DebugEnd || int(t.DebugEnd) > len(src) {
		return ""
	}
	text := string(src[t.DebugOff:t.DebugEnd])
	if strings.IndexByte(text, '#') < 0 {
		return text
	}
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		if text[i] != '#' {
			b.WriteByte(text[i])
			continue
		}
		nl := strings.IndexByte(text[i:], '\n')
		if nl < 0 {
			break
		}
		b.WriteByte('\n')
		i += nl
	}
	return b.String()
}
