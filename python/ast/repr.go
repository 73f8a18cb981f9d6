package ast

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kraitsec/krait/python/ast/internal/printable"
)

// Repr renders a constant value (or an identifier) exactly as python3.13's
// repr() does. Values are the ones Constant.Value may hold: nil (None), bool,
// int64, *big.Int, float64, complex128, string, Bytes and EllipsisType.
//
// Python 3.13 refuses repr() of an int with more than 4300 decimal digits
// (ValueError, sys.get_int_max_str_digits); Repr prints all the digits.
// Other Go values are printed with fmt's %v, as no Python value matches them.
func Repr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case *big.Int:
		if x == nil {
			return "None"
		}
		return x.String()
	case float64:
		return reprFloat(x)
	case complex128:
		return reprComplex(x)
	case string:
		return reprString(x)
	case Bytes:
		return reprBytes(string(x))
	case EllipsisType:
		return "Ellipsis"
	}
	return fmt.Sprintf("%v", v)
}

// reprFloat is float.__repr__: shortest round-trip digits, ".0" added to
// integral values in fixed notation.
func reprFloat(f float64) string {
	s := formatDouble(f, false)
	if strings.IndexAny(s, ".en") < 0 { // "inf" has an 'n' and stays as is
		s += ".0"
	}
	return s
}

// reprComplex is complex.__repr__: a +0.0 real part is left out, otherwise
// both parts go in parentheses with the imaginary part's sign always shown.
// Neither part gets a ".0".
func reprComplex(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return formatDouble(im, false) + "j"
	}
	return "(" + formatDouble(re, false) + formatDouble(im, true) + "j)"
}

// formatDouble is CPython's PyOS_double_to_string(x, 'r', 0, flags): the
// shortest digits that round-trip, in fixed notation when the decimal
// exponent is in [-4, 16) and in scientific notation (two-digit exponent at
// least, sign always) otherwise. NaN's sign is never shown. With sign set,
// non-negative values get a '+'.
func formatDouble(f float64, sign bool) string {
	var s string
	switch {
	case math.IsNaN(f):
		s = "nan"
	case math.IsInf(f, 0):
		s = "inf"
		if f < 0 {
			s = "-inf"
		}
	default:
		s = strconv.FormatFloat(f, 'e', -1, 64)
		exp, _ := strconv.Atoi(s[strings.IndexByte(s, 'e')+1:])
		if exp >= -4 && exp < 16 {
			s = strconv.FormatFloat(f, 'f', -1, 64)
		}
	}
	if sign && s[0] != '-' {
		s = "+" + s
	}
	return s
}

const hexDigits = "0123456789abcdef"

// quoteFor picks the quote Python's repr uses: ' unless the text holds a '
// and no ".
func quoteFor(s string) byte {
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		return '"'
	}
	return '\''
}

// reprString is str.__repr__. s is UTF-8 that may carry lone surrogates as
// 3-byte WTF-8 sequences (ED A0..BF 80..BF); those print as \udXXX. A byte
// that is not part of any such sequence (which a parsed str cannot hold) is
// shown as the surrogate escape \udcXX that Python's surrogateescape error
// handler would have produced for it.
func reprString(s string) string {
	q := quoteFor(s)
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(q)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			if sur, ok := decodeSurrogate(s[i:]); ok {
				r, size = sur, 3
			} else {
				r, size = 0xDC00+rune(s[i]), 1
			}
		}
		writeRune(&b, r, q)
		i += size
	}
	b.WriteByte(q)
	return b.String()
}

// decodeSurrogate decodes a WTF-8 encoded surrogate (U+D800..U+DFFF) at
// the start of s.
func decodeSurrogate(s string) (rune, bool) {
	if len(s) < 3 || s[0] != 0xED || s[1] < 0xA0 || s[1] > 0xBF || s[2] < 0x80 || s[2] > 0xBF {
		return 0, false
	}
	return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), true
}

func writeRune(b *strings.Builder, r rune, q byte) {
	switch {
	case r == rune(q) || r == '\\':
		b.WriteByte('\\')
		b.WriteByte(byte(r))
	case r == '\t':
		b.WriteString(`\t`)
	case r == '\n':
		b.WriteString(`\n`)
	case r == '\r':
		b.WriteString(`\r`)
	case r < 0x7F && r >= ' ':
		b.WriteByte(byte(r))
	case printable.IsPrintable(r):
		b.WriteRune(r)
	case r <= 0xFF:
		writeHex(b, `\x`, uint32(r), 2)
	case r <= 0xFFFF:
		writeHex(b, `\u`, uint32(r), 4)
	default:
		writeHex(b, `\U`, uint32(r), 8)
	}
}

func writeHex(b *strings.Builder, prefix string, v uint32, digits int) {
	b.WriteString(prefix)
	for shift := 4 * (digits - 1); shift >= 0; shift -= 4 {
		b.WriteByte(hexDigits[v>>uint(shift)&0xF])
	}
}

// reprBytes is bytes.__repr__.
func reprBytes(s string) string {
	q := quoteFor(s)
	var b strings.Builder
	b.Grow(len(s) + 3)
	b.WriteByte('b')
	b.WriteByte(q)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == q || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7F:
			writeHex(&b, `\x`, uint32(c), 2)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(q)
	return b.String()
}
