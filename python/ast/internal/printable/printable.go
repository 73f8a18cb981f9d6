// Package printable answers whether Python 3.13 considers a code point
// printable (str.isprintable), which decides what repr() of a str escapes.
package printable

//go:generate sh -c "$(ls ~/.pyenv/versions/3.13*/bin/python3.13 | head -1) gen.py > nonprintable_gen.go && gofmt -w nonprintable_gen.go"

import "sort"

// span is an inclusive range of code points.
type span struct{ lo, hi rune }

// IsPrintable reports whether python3.13's str.isprintable holds for the
// one-character string chr(r). Values outside 0..0x10FFFF are not printable.
func IsPrintable(r rune) bool {
	if r < 0 || r > 0x10FFFF {
		return false
	}
	if r >= 0x20 && r < 0x7F {
		return true
	}
	i := sort.Search(len(nonPrintable), func(i int) bool { return nonPrintable[i].hi >= r })
	return i == len(nonPrintable) || nonPrintable[i].lo > r
}

// UnicodeVersion is the Unicode database version the table comes from.
func UnicodeVersion() string { return unicodeVersion }
