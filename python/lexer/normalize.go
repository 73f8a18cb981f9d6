package lexer

import "golang.org/x/text/unicode/norm"

// NormalizeName returns the NFKC form of an identifier, as CPython stores
// identifiers (PEP 3131). ASCII names are returned unchanged without work.
func NormalizeName(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return norm.NFKC.String(s)
		}
	}
	return s
}
