package lexer

//go:generate sh -c "$(ls ~/.pyenv/versions/3.13*/bin/python3.13 | head -1) gen_unicode_tables.py && gofmt -w unicode_tables.go"

// inRanges reports whether r lies in one of the lo, hi pairs of table.
func inRanges(table []uint32, r rune) bool {
	c := uint32(r)
	lo, hi := 0, len(table)/2
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch {
		case c < table[2*m]:
			hi = m
		case c > table[2*m+1]:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

// isXIDStart reports whether r may start a Python identifier ('_' aside).
func isXIDStart(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return inRanges(xidStartRanges[:], r)
}

// isXIDContinue reports whether r may continue a Python identifier.
func isXIDContinue(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
	}
	return inRanges(xidContinueRanges[:], r)
}

// isPrintable mirrors Python's str.isprintable for one character.
func isPrintable(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7f
	}
	return inRanges(printableRanges[:], r)
}
