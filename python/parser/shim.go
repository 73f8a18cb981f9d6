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
	s, err := shimUnescape(body, isBytes)
	return s, isBytes, err
}

func shimDecodeFStringMiddle(text string, raw, isBytes bool) (string, error) {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "{{", "{"), "}}", "}")
	if raw {
		return text, nil
	}
	return shimUnescape(text, isBytes)
}

func shimUnescape(s string, isBytes bool) (string, error) {
	if !strings.Contains(s, `\`) {
		return s, nil
	}
	var b strings.Builder
	put := func(r rune) {
		if isBytes || r < 0x80 {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(r)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			continue
		}
		i++
		switch c := s[i]; c {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'a':
			b.WriteByte(7)
		case 'b':
			b.WriteByte(8)
		case 'f':
			b.WriteByte(12)
		case 'v':
			b.WriteByte(11)
		case '\\', '\'', '"':
			b.WriteByte(c)
		case '\n':
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v, j := 0, i
			for ; j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7'; j++ {
				v = v*8 + int(s[j]-'0')
			}
			i = j - 1
			put(rune(v))
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
			if (c != 'x' && isBytes) || i+n >= len(s)+0 && i+n > len(s)-1+1 {
				b.WriteByte('\\')
				b.WriteByte(c)
				continue
			}
			v, err := strconv.ParseUint(s[i+1:i+1+n], 16, 32)
			if err != nil {
				return "", err
			}
			i += n
			put(rune(v))
		default:
			b.WriteByte('\\')
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}
