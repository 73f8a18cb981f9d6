package custom

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// piece is one parsed part of a template, like an item of Python's
// string.Formatter().parse: literal text, then an optional field.
type piece struct {
	literal  string
	hasField bool
	field    string
	conv     string // "", "r", "s" or "a"
	spec     string
}

// parseTemplate splits a str.format template, with Python's errors for
// unbalanced braces.
func parseTemplate(tpl string) ([]piece, error) {
	var out []piece
	var lit strings.Builder
	for i := 0; i < len(tpl); {
		c := tpl[i]
		switch {
		case c == '{' && i+1 < len(tpl) && tpl[i+1] == '{':
			lit.WriteByte('{')
			i += 2
		case c == '}' && i+1 < len(tpl) && tpl[i+1] == '}':
			lit.WriteByte('}')
			i += 2
		case c == '}':
			return nil, fmt.Errorf("Single '}' encountered in format string")
		case c == '{':
			end, depth := -1, 0
			for j := i + 1; j < len(tpl) && end < 0; j++ {
				switch tpl[j] {
				case '{':
					depth++
				case '}':
					if depth == 0 {
						end = j
					}
					depth--
				}
			}
			if end < 0 {
				return nil, fmt.Errorf("expected '}' before end of string")
			}
			p, err := parseField(tpl[i+1 : end])
			if err != nil {
				return nil, err
			}
			p.literal = lit.String()
			lit.Reset()
			out = append(out, p)
			i = end + 1
		default:
			lit.WriteByte(c)
			i++
		}
	}
	if lit.Len() > 0 {
		out = append(out, piece{literal: lit.String()})
	}
	return out, nil
}

func parseField(s string) (piece, error) {
	p := piece{hasField: true}
	name := s
	if k := strings.IndexAny(s, "!:"); k >= 0 {
		name, s = s[:k], s[k:]
		if s[0] == '!' {
			if len(s) < 2 {
				return p, fmt.Errorf("end of string while looking for conversion specifier")
			}
			p.conv, s = s[1:2], s[2:]
			if s != "" && s[0] != ':' {
				return p, fmt.Errorf("expected ':' after conversion specifier")
			}
			if !strings.Contains("rsa", p.conv) {
				return p, fmt.Errorf("Unknown conversion specifier %s", p.conv)
			}
		}
		if s != "" {
			p.spec = s[1:]
		}
	}
	if strings.ContainsAny(p.spec, "{}") {
		return p, fmt.Errorf("nested replacement fields in a format spec are not supported")
	}
	p.field = name
	return p, nil
}

// spec is a parsed format-spec mini-language string.
type spec struct {
	fill      rune
	fillSet   bool // a fill character was given explicitly
	align     byte // 0, '<', '>', '^', '='
	sign      byte // 0, '+', '-', ' '
	alt       bool
	zero      bool
	width     int
	grouping  byte // 0, ',', '_'
	precision int  // -1 when absent
	typ       byte
}

func parseSpec(s string) (spec, error) {
	sp := spec{fill: ' ', precision: -1}
	isAlign := func(b byte) bool { return b == '<' || b == '>' || b == '^' || b == '=' }
	if r, size := utf8.DecodeRuneInString(s); size > 0 && size < len(s) && isAlign(s[size]) {
		sp.fill, sp.fillSet, sp.align, s = r, true, s[size], s[size+1:]
	} else if s != "" && isAlign(s[0]) {
		sp.align, s = s[0], s[1:]
	}
	if s != "" && (s[0] == '+' || s[0] == '-' || s[0] == ' ') {
		sp.sign, s = s[0], s[1:]
	}
	if s != "" && s[0] == '#' {
		sp.alt, s = true, s[1:]
	}
	if s != "" && s[0] == '0' {
		sp.zero, s = true, s[1:]
	}
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n > 0 {
		sp.width, _ = strconv.Atoi(s[:n])
		s = s[n:]
	}
	if s != "" && (s[0] == ',' || s[0] == '_') {
		sp.grouping, s = s[0], s[1:]
	}
	if s != "" && s[0] == '.' {
		n = 1
		for n < len(s) && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		if n == 1 {
			return sp, fmt.Errorf("Format specifier missing precision")
		}
		sp.precision, _ = strconv.Atoi(s[1:n])
		s = s[n:]
	}
	if len(s) > 1 {
		return sp, fmt.Errorf("Invalid format specifier '%s'", s)
	}
	if s != "" {
		sp.typ = s[0]
	}
	return sp, nil
}

// formatStr applies a spec to a string like str.__format__.
func formatStr(v, specText string) (string, error) {
	sp, err := parseSpec(specText)
	if err != nil {
		return "", err
	}
	switch {
	case sp.typ != 0 && sp.typ != 's':
		return "", fmt.Errorf("Unknown format code '%c' for object of type 'str'", sp.typ)
	case sp.sign != 0:
		return "", fmt.Errorf("Sign not allowed in string format specifier")
	case sp.alt:
		return "", fmt.Errorf("Alternate form (#) not allowed in string format specifier")
	case sp.grouping != 0:
		return "", fmt.Errorf("Cannot specify '%c' with 's'.", sp.grouping)
	case sp.align == '=':
		return "", fmt.Errorf("'=' alignment not allowed in string format specifier")
	}
	if sp.precision >= 0 && utf8.RuneCountInString(v) > sp.precision {
		v = string([]rune(v)[:sp.precision])
	}
	if sp.zero && !sp.fillSet {
		sp.fill = '0'
	}
	if sp.align == 0 {
		sp.align = '<'
	}
	return pad(v, "", sp), nil
}

// formatInt applies a spec to an int like int.__format__.
func formatInt(v int, specText string) (string, error) {
	sp, err := parseSpec(specText)
	if err != nil {
		return "", err
	}
	if sp.precision >= 0 {
		return "", fmt.Errorf("Precision not allowed in integer format specifier")
	}
	neg := v < 0
	mag := uint64(v)
	if neg {
		mag = uint64(-v)
	}
	var digits, prefix string
	groupEvery := 3
	switch sp.typ {
	case 0, 'd', 'n':
		digits = strconv.FormatUint(mag, 10)
	case 'b':
		digits, prefix, groupEvery = strconv.FormatUint(mag, 2), "0b", 4
	case 'o':
		digits, prefix, groupEvery = strconv.FormatUint(mag, 8), "0o", 4
	case 'x':
		digits, prefix, groupEvery = strconv.FormatUint(mag, 16), "0x", 4
	case 'X':
		digits, prefix, groupEvery = strings.ToUpper(strconv.FormatUint(mag, 16)), "0X", 4
	default:
		return "", fmt.Errorf("Unknown format code '%c' for object of type 'int'", sp.typ)
	}
	if sp.grouping == ',' && groupEvery != 3 {
		return "", fmt.Errorf("Cannot specify ',' with '%c'.", sp.typ)
	}
	if !sp.alt {
		prefix = ""
	}
	if sp.grouping != 0 {
		digits = group(digits, groupEvery, sp.grouping)
	}
	sign := ""
	switch {
	case neg:
		sign = "-"
	case sp.sign == '+':
		sign = "+"
	case sp.sign == ' ':
		sign = " "
	}
	// Python: "0" sets the fill unless one was given, and for numbers
	// also sign-aware alignment unless an alignment was given.
	if sp.zero && !sp.fillSet {
		sp.fill = '0'
	}
	if sp.zero && sp.align == 0 {
		sp.align = '='
	}
	if sp.align == 0 {
		sp.align = '>'
	}
	return pad(digits, sign+prefix, sp), nil
}

func group(digits string, every int, sep byte) string {
	var b strings.Builder
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%every == 0 {
			b.WriteByte(sep)
		}
		b.WriteRune(c)
	}
	return b.String()
}

// pad aligns body (after its sign/prefix) to the spec's width.
func pad(body, prefix string, sp spec) string {
	n := sp.width - utf8.RuneCountInString(prefix+body)
	if n <= 0 {
		return prefix + body
	}
	fill := func(k int) string { return strings.Repeat(string(sp.fill), k) }
	switch sp.align {
	case '<':
		return prefix + body + fill(n)
	case '^':
		return fill(n/2) + prefix + body + fill(n-n/2)
	case '=':
		return prefix + fill(n) + body
	}
	return fill(n) + prefix + body
}

// pyRepr is Python's repr() of a str.
func pyRepr(s string, asciiOnly bool) string {
	quote := byte('\'')
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0):
			fmt.Fprintf(&b, `\x%02x`, r)
		case asciiOnly && r > 0x7f && r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case asciiOnly && r > 0xff && r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		case asciiOnly && r > 0xffff:
			fmt.Fprintf(&b, `\U%08x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}
