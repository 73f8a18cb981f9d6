package lexer

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"strconv"
	"strings"
	"sync"
)

//go:generate sh -c "$(ls ~/.pyenv/versions/3.13*/bin/python3.13 | head -1) gen_unicode_names.py"

// unicodeNamesGz holds the character names (and aliases) \N{...} accepts,
// generated from python3.13's unicodedata by gen_unicode_names.py.
//
//go:embed unicode_names.txt.gz
var unicodeNamesGz []byte

type unicodeNameTable struct {
	byName map[string]rune
	cjk    [][2]rune // ranges of CJK UNIFIED IDEOGRAPH-XXXX
}

// unicodeNames decompresses the table on first use; most runs never need it.
var unicodeNames = sync.OnceValue(func() *unicodeNameTable {
	t := &unicodeNameTable{byName: make(map[string]rune, 50000)}
	zr, err := gzip.NewReader(bytes.NewReader(unicodeNamesGz))
	if err != nil {
		return t
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return t
	}
	for _, line := range strings.Split(string(data), "\n") {
		name, code, ok := strings.Cut(line, ";")
		if !ok {
			continue
		}
		if lo, hi, isRange := strings.Cut(code, "-"); isRange {
			l, _ := strconv.ParseUint(lo, 16, 32)
			h, _ := strconv.ParseUint(hi, 16, 32)
			t.cjk = append(t.cjk, [2]rune{rune(l), rune(h)})
			continue
		}
		c, err := strconv.ParseUint(code, 16, 32)
		if err == nil {
			t.byName[name] = rune(c)
		}
	}
	return t
})

// lookupUnicodeName resolves a \N{...} name as CPython's unicodedata
// getcode does with named sequences disallowed: names and aliases match
// case-insensitively; the computed Hangul syllable and CJK ideograph names
// only in upper case.
func lookupUnicodeName(name string) (rune, bool) {
	t := unicodeNames()
	const cjkPrefix = "CJK UNIFIED IDEOGRAPH-"
	if strings.HasPrefix(name, cjkPrefix) {
		hex := name[len(cjkPrefix):]
		if (len(hex) == 4 || len(hex) == 5) && strings.ToUpper(hex) == hex {
			if v, err := strconv.ParseUint(hex, 16, 32); err == nil {
				for _, r := range t.cjk {
					if rune(v) >= r[0] && rune(v) <= r[1] {
						return rune(v), true
					}
				}
			}
		}
		return 0, false
	}
	upper := strings.ToUpper(name)
	if strings.HasPrefix(upper, "HANGUL SYLLABLE ") && !strings.HasPrefix(name, "HANGUL SYLLABLE ") {
		return 0, false
	}
	r, ok := t.byName[upper]
	return r, ok
}
