package lexer

import (
	"errors"
	"math/big"
	"strconv"
	"strings"
)

// ParseNumber evaluates a NUMBER token's text: int64 when an integer fits,
// *big.Int otherwise, float64 for floats (overflow gives +Inf, as Python
// does), complex128 for imaginary literals.
func ParseNumber(text string) (any, error) {
	s := text
	if strings.IndexByte(s, '_') >= 0 {
		s = strings.ReplaceAll(s, "_", "")
	}
	if s == "" {
		return nil, errors.New("empty number")
	}
	if last := s[len(s)-1]; last == 'j' || last == 'J' {
		f, err := parseFloat(s[:len(s)-1])
		if err != nil {
			return nil, err
		}
		return complex(0, f), nil
	}
	base := 10
	digits := s
	if len(s) > 1 && s[0] == '0' {
		switch s[1] | 0x20 {
		case 'x':
			base, digits = 16, s[2:]
		case 'o':
			base, digits = 8, s[2:]
		case 'b':
			base, digits = 2, s[2:]
		}
	}
	if base == 10 && strings.ContainsAny(s, ".eE") {
		return parseFloat(s)
	}
	if base == 10 {
		digits = strings.TrimLeft(digits, "0")
		if digits == "" {
			return int64(0), nil
		}
	}
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return v, nil
	}
	v, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return nil, errors.New("invalid number literal " + strconv.Quote(text))
	}
	return v, nil
}

func parseFloat(s string) (float64, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) && ne.Err == strconv.ErrRange {
			return f, nil
		}
		return 0, err
	}
	return f, nil
}
