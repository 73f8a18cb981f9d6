// Package pyjson writes JSON byte-for-byte like Python's
// json.dumps(obj, sort_keys=True, indent=2, separators=(",", ": ")) with
// the default ensure_ascii=True, which is how bandit writes its reports.
// Values are nil, bool, int, string, []any and map[string]any.
package pyjson

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Writer is where values are encoded: a *strings.Builder, or a
// *bufio.Writer when a document is streamed piece by piece.
type Writer interface {
	io.Writer
	io.StringWriter
	io.ByteWriter
}

// Marshal encodes v; it fails only on a value of an unsupported type.
func Marshal(v any) ([]byte, error) {
	var b strings.Builder
	if err := encode(&b, v, 0); err != nil {
		return nil, err
	}
	return []byte(b.String()), nil
}

// Encode writes v as Marshal would write it nested depth levels deep, so
// a caller can stream a large document one member at a time. Write
// errors are left to the writer (bufio.Writer keeps the first).
func Encode(b Writer, v any, depth int) error { return encode(b, v, depth) }

// Newline starts a new line indented for depth.
func Newline(b Writer, depth int) { newline(b, depth) }

// String writes s as a JSON string, escaped like Python's encoder.
func String(b Writer, s string) { writeString(b, s) }

func encode(b Writer, v any, depth int) error {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case string:
		writeString(b, x)
	case []any:
		if len(x) == 0 {
			b.WriteString("[]")
			return nil
		}
		b.WriteString("[")
		for i, item := range x {
			if i > 0 {
				b.WriteString(",")
			}
			newline(b, depth+1)
			if err := encode(b, item, depth+1); err != nil {
				return err
			}
		}
		newline(b, depth)
		b.WriteString("]")
	case map[string]any:
		if len(x) == 0 {
			b.WriteString("{}")
			return nil
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		// Go compares strings bytewise, which for UTF-8 is code point
		// order: the same order as Python's sorted() on str.
		sort.Strings(keys)
		b.WriteString("{")
		for i, k := range keys {
			if i > 0 {
				b.WriteString(",")
			}
			newline(b, depth+1)
			writeString(b, k)
			b.WriteString(": ")
			if err := encode(b, x[k], depth+1); err != nil {
				return err
			}
		}
		newline(b, depth)
		b.WriteString("}")
	default:
		return fmt.Errorf("pyjson: unsupported type %T", v)
	}
	return nil
}

func newline(b Writer, depth int) {
	b.WriteByte('\n')
	for range depth {
		b.WriteString("  ")
	}
}

// writeString escapes like Python's ensure_ascii encoder: every character
// outside printable ASCII becomes \uXXXX (astral ones as a surrogate
// pair); invalid UTF-8 becomes U+FFFD.
func writeString(b Writer, s string) {
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r >= ' ' && r <= '~':
			b.WriteByte(byte(r))
		case r > 0xFFFF:
			hi, lo := utf16.EncodeRune(r)
			fmt.Fprintf(b, `\u%04x\u%04x`, hi, lo)
		default:
			fmt.Fprintf(b, `\u%04x`, r)
		}
	}
	b.WriteByte('"')
}
