package taint

import (
	"strings"

	"github.com/kraitsec/krait/taint/models"
)

// regexSubMask is what re.sub(pattern, repl, s) / pattern.sub(repl, s)
// cleans when the pattern is a constant negated class ("[^A-Za-z0-9]",
// optionally followed by + or *) and the replacement a constant: every
// character outside the class is replaced, so only the class's characters
// and the replacement's remain. Letters, digits, "_", "-" and "." cannot
// break out of a shell word, SQL literal, HTML text, LDAP or XPath string,
// header or log line; without "." a path cannot climb either.
func (c *fnCtx) regexSubMask(cands []string, recv *Value, args *callArgs) models.Mask {
	var pat, repl *Value
	n := 0
	for _, q := range cands {
		switch q {
		case "re.sub":
			pat, _ = args.at(0)
			repl, _ = args.at(1)
			n = 3
		case "re.Pattern.sub":
			pat = recv
			repl, _ = args.at(0)
			n = 2
		}
		if n > 0 {
			break
		}
	}
	// count or flags could leave characters in place (or widen the class).
	if n == 0 || len(args.pos) != n || len(args.kw) > 0 || args.kwStar != nil {
		return 0
	}
	p, ok := constString(pat)
	r, ok2 := constString(repl)
	if !ok || !ok2 || strings.Contains(r, `\`) {
		return 0
	}
	kept, ok := negatedClass(p)
	if !ok {
		return 0
	}
	kept += r
	hasDot := false
	for _, ch := range kept {
		switch {
		case ch == '.':
			hasDot = true
		case ch == '-' || ch == '_' || isASCIIAlnum(ch):
		default:
			return 0
		}
	}
	m := models.SQL.Bit() | models.NoSQL.Bit() | models.Command.Bit() | models.XSS.Bit() | models.LDAP.Bit() |
		models.XPath.Bit() | models.Header.Bit() | models.Log.Bit()
	if !hasDot {
		m |= models.Path.Bit() | models.Regex.Bit()
	}
	return m
}

func constString(v *Value) (string, bool) {
	if v == nil || !v.HasConst {
		return "", false
	}
	s, ok := v.Const.(string)
	return s, ok
}

func isASCIIAlnum(ch rune) bool {
	return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9'
}

// negatedClass lists the characters a pattern "[^...]", "[^...]+" or
// "[^...]*" leaves alone (\w and \d as their ASCII letters; their
// non-ASCII letters and digits are as harmless). ok is false for any other
// pattern or for escapes it does not know.
func negatedClass(p string) (string, bool) {
	if !strings.HasPrefix(p, "[^") {
		return "", false
	}
	var kept []rune
	rs := []rune(p[2:])
	i := 0
	for ; i < len(rs); i++ {
		ch := rs[i]
		if ch == ']' && i > 0 {
			break
		}
		if ch == '[' {
			return "", false // nested sets / POSIX classes
		}
		if ch == '\\' {
			if i+1 >= len(rs) {
				return "", false
			}
			i++
			switch e := rs[i]; e {
			case 'w':
				kept = append(kept, []rune("azAZ09_")...)
			case 'd':
				kept = append(kept, '0')
			case '-', '.', '_', ']', '\\', '^', '[':
				kept = append(kept, e)
			default:
				return "", false
			}
			continue
		}
		if i+2 < len(rs) && rs[i+1] == '-' && rs[i+2] != ']' {
			lo, hi := ch, rs[i+2]
			if hi < lo || hi > 0x7f {
				return "", false
			}
			for x := lo; x <= hi; x++ {
				kept = append(kept, x)
			}
			i += 2
			continue
		}
		kept = append(kept, ch)
	}
	if i >= len(rs) {
		return "", false
	}
	switch rest := string(rs[i+1:]); rest {
	case "", "+", "*":
	default:
		return "", false
	}
	return string(kept), true
}

// urlQuoteMask is what urllib.parse.quote / quote_plus / urlencode clean:
// they percent-encode every quote, shell, HTML, LDAP-filter and CR/LF
// character, keeping letters, digits, "_.-~" and the `safe` characters
// ("/" by default for quote). "../" and a bare ".." survive, and an
// attacker-chosen host stays one, so path, redirect, SSRF and code are not
// cleaned.
func urlQuoteMask(cands []string, args *callArgs) models.Mask {
	safeArg := -1
	for _, q := range cands {
		switch q {
		case "urllib.parse.quote", "urllib.parse.quote_plus":
			safeArg = 1
		case "urllib.parse.urlencode":
			safeArg = 2
		}
		if safeArg >= 0 {
			break
		}
	}
	if safeArg < 0 {
		return 0
	}
	if v, ok := args.get(&safeArg, "safe"); ok {
		s, ok := constString(v)
		if !ok {
			return 0
		}
		for _, ch := range s {
			if ch != '/' && ch != '_' && ch != '.' && ch != '-' && ch != '~' && !isASCIIAlnum(ch) {
				return 0
			}
		}
	}
	if _, ok := args.kw["quote_via"]; ok {
		return 0
	}
	return models.SQL.Bit() | models.NoSQL.Bit() | models.Command.Bit() | models.XSS.Bit() | models.LDAP.Bit() |
		models.XPath.Bit() | models.Header.Bit() | models.Log.Bit()
}
