package parser

// Temporary literal helpers until python/lexer exports its own.

import (
	"errors"
	"math/big"
	"strconv"
	"strings"
)

func shimParseNumber(s string) (any, error) {
	s = strings.ReplaceAll(s, "_", "")
	l := strings.ToLower(s)
	if strings.HasSuffix(l, "j") {
		f, err := strconv.ParseFloat(l[:len(l)-1], 64)
		return complex(0, f), err
	}
	if len(l) > 1 && l[0] == '0' && (l[1] == 'x' || l[1] == 'o' || l[1] == 'b') {
		b := map[byte]int{'x': 16, 'o': 8, 'b': 2}[l[1]]
		n, ok := new(big.Int).SetString(l[2:], b)
		if !ok {
			return nil, errors.New("bad number")
		}
		if n.IsInt64() {
			return n.Int64(), nil
		}
		return n, nil
	}
	if strings.ContainsAny(l, ".e") {
		return strconv.ParseFloat(l, 64)
	}
	n, ok := new(big.Int).SetString(l, 10)
	if !ok {
		return nil, errors.New("bad number")
	}
	if n.IsInt64() {
		return n.Int64(), nil
	}
	return n, nil
}

func shimDecodeString(tok string) (string, bool, error) {
	i := strings.IndexAny(tok, "'\"")
	prefix := strings.ToLower(tok[:i])
	body := tok[i:]
	q := 1
	if len(body) >= 6 && (strings.HasPrefix(body, `"""`) || strings.HasPrefix(body, `'''`)) {
		q = 3
	}
	body = body[q : len(body)-q]
	isBytes := strings.Contains(prefix, "b")
	if strings.Contains(prefix, "r") {
		return body, isBytes, nil
	}
	s, err := shimUnescape(body)
	return s, isBytes, err
}

func shimDecodeFStringMiddle(text string, raw, isBytes bool) (string, error) {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "{{", "{"), "}}", "}")
	if raw {
		return text, nil
	}
	return shimUnescape(text)
}

func shimUnescape(s string) (string, error) {
	if !strings.Contains(s, `\`) {
		return s, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case '\\':
			b.WriteByte('\\')
		case '\'':
			b.WriteByte('\'')
		case '"':
			b.WriteByte('"')
		case '\n':
		case '0':
			b.WriteByte(0)
		default:
			b.WriteByte('\\')
			b.WriteByte(s[i])
		}
	}
	return b.String(), nil
}
