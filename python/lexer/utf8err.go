package lexer

import "fmt"

// utf8Problem finds the first invalid UTF-8 sequence in b the way
// Python's UTF-8 decoder reports it: the offset of the offending start
// byte and the reason ("invalid start byte", "invalid continuation byte"
// or "unexpected end of data"). ok is true when b is valid.
func utf8Problem(b []byte) (pos int, reason string, ok bool) {
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		var n int
		lo, hi := byte(0x80), byte(0xBF) // allowed range of the second byte
		switch {
		case c >= 0xC2 && c <= 0xDF:
			n = 2
		case c == 0xE0:
			n, lo = 3, 0xA0
		case c == 0xED:
			n, hi = 3, 0x9F
		case c >= 0xE1 && c <= 0xEF:
			n = 3
		case c == 0xF0:
			n, lo = 4, 0x90
		case c == 0xF4:
			n, hi = 4, 0x8F
		case c >= 0xF1 && c <= 0xF3:
			n = 4
		default:
			return i, "invalid start byte", false
		}
		for k := 1; k < n; k++ {
			if i+k >= len(b) {
				return i, "unexpected end of data", false
			}
			d := b[i+k]
			if k == 1 && (d < lo || d > hi) || k > 1 && (d < 0x80 || d > 0xBF) {
				return i, "invalid continuation byte", false
			}
		}
		i += n
	}
	return 0, "", true
}

// utf8DecodeMessage is CPython's UnicodeDecodeError text for b.
func utf8DecodeMessage(b []byte, base int) (string, bool) {
	pos, reason, ok := utf8Problem(b)
	if ok {
		return "", true
	}
	return fmt.Sprintf("'utf-8' codec can't decode byte 0x%02x in position %d: %s", b[pos], base+pos, reason), false
}
