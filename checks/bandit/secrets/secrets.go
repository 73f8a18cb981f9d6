// Package secrets holds bandit's hard-coded password checks (B105–B107).
package secrets

import (
	"regexp"
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

// candidate is bandit's RE_CANDIDATES: a password-like word as the whole
// name or delimited by underscores.
var candidate = regexp.MustCompile(`(?i)(^(pas+wo?r?d|pass(phrase)?|pwd|token|secrete?)$|_(pas+wo?r?d|pass(phrase)?|pwd|token|secrete?)_|^(pas+wo?r?d|pass(phrase)?|pwd|token|secrete?)_|_(pas+wo?r?d|pass(phrase)?|pwd|token|secrete?)$)`)

// LooksLikePassword reports whether a name matches bandit's RE_CANDIDATES:
// a password word (pas+wo?r?d, pass, passphrase, pwd, token, secret,
// secrete; any case) that starts the name or follows "_" and ends it or is
// followed by "_". Matched by hand (this runs for every assignment of a
// string); names with ſ or K go through the regexp for Unicode case folding.
func LooksLikePassword(name string) bool {
	if needsUnicodeFolding(name) {
		return candidate.MatchString(name)
	}
	n := len(name)
	for i := 0; i < n; i++ {
		if i > 0 && name[i-1] != '_' {
			continue
		}
		e1, e2 := wordEnds(name, i)
		for _, j := range [2]int{e1, e2} {
			if j > 0 && (j == n || name[j] == '_') {
				return true
			}
		}
	}
	return false
}

// IsPasswordWord reports whether w, as a whole, is one of the password
// words (any case).
func IsPasswordWord(w string) bool {
	if w == "" {
		return false
	}
	if needsUnicodeFolding(w) {
		return wholeWord.MatchString(w)
	}
	e1, e2 := wordEnds(w, 0)
	return e1 == len(w) || e2 == len(w)
}

var wholeWord = regexp.MustCompile(`(?i)^(pas+wo?r?d|pass(phrase)?|pwd|token|secrete?)$`)

// needsUnicodeFolding: the only non-ASCII characters that fold to letters
// of the password words are U+017F (ſ, s) and U+212A (Kelvin sign, k); other
// non-ASCII bytes never match, so the ASCII matcher is exact without them.
func needsUnicodeFolding(s string) bool {
	return strings.Contains(s, "\u017f") || strings.Contains(s, "\u212a")
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasAt reports whether s[i:] starts with word (lower case), ignoring case.
func hasAt(s string, i int, word string) bool {
	if len(s)-i < len(word) {
		return false
	}
	for k := 0; k < len(word); k++ {
		if lower(s[i+k]) != word[k] {
			return false
		}
	}
	return true
}

// wordEnds returns the end offsets (0 = none) of the password words that
// can start at i; at most two alternatives can match at once.
func wordEnds(s string, i int) (int, int) {
	e1, e2 := 0, 0
	add := func(j int) {
		if e1 == 0 {
			e1 = j
		} else if j != e1 {
			e2 = j
		}
	}
	switch lower(s[i]) {
	case 'p':
		if hasAt(s, i, "pwd") {
			add(i + 3)
		}
		if hasAt(s, i, "pas") {
			// pas+wo?r?d: the s run is consumed whole, then w, optional o
			// and r in order, then d
			j := i + 2
			for j < len(s) && lower(s[j]) == 's' {
				j++
			}
			if j < len(s) && lower(s[j]) == 'w' {
				j++
				for _, opt := range []byte{'o', 'r'} {
					if j < len(s) && lower(s[j]) == opt {
						j++
					}
				}
				if j < len(s) && lower(s[j]) == 'd' {
					add(j + 1)
				}
			}
		}
		if hasAt(s, i, "passphrase") {
			add(i + 10)
		} else if hasAt(s, i, "pass") {
			add(i + 4)
		}
		if e1 != 0 && e2 == 0 && hasAt(s, i, "passphrase") {
			add(i + 4) // "pass" also matches at the start of "passphrase"
		}
	case 't':
		if hasAt(s, i, "token") {
			add(i + 5)
		}
	case 's':
		if hasAt(s, i, "secrete") {
			add(i + 7)
		}
		if hasAt(s, i, "secret") {
			add(i + 6)
		}
	}
	return e1, e2
}

func doc(summary, bad, good string) finding.Doc {
	return finding.Doc{
		Summary: summary,
		Why: "Credentials in source code end up in version control, backups, logs and every copy of the code; " +
			"anyone who can read the code can use them, and rotating them requires a code change.",
		Bad:  bad,
		Good: good,
		Remediation: "Read secrets at run time from the environment, a secrets manager (Vault, AWS Secrets Manager, " +
			"keyring) or a file outside the repository; generate tokens with the secrets module. " +
			"Rotate any credential that was committed.",
		References: []string{finding.CWELink(259), "https://owasp.org/www-community/vulnerabilities/Use_of_hard-coded_password"},
	}
}

var ruleB105 = &finding.Rule{
	ID: "B105", Name: "hardcoded_password_string", Severity: finding.Low, Confidence: finding.Medium, CWE: 259,
	MoreInfo: checks.PluginURL("B105", "hardcoded_password_string"),
	Doc: doc("String literals assigned to, compared with, or used as keys named like passwords.",
		"DB_PASSWORD = \"hunter2\"\nif token == \"letmein\":\n    grant()\n",
		"import os\nDB_PASSWORD = os.environ[\"DB_PASSWORD\"]\n"),
}

var ruleB106 = &finding.Rule{
	ID: "B106", Name: "hardcoded_password_funcarg", Severity: finding.Low, Confidence: finding.Medium, CWE: 259,
	MoreInfo: checks.PluginURL("B106", "hardcoded_password_funcarg"),
	Doc: doc("String literals passed as keyword arguments named like passwords.",
		"conn = connect(user=\"app\", password=\"hunter2\")\n",
		"import os\nconn = connect(user=\"app\", password=os.environ[\"DB_PASSWORD\"])\n"),
}

var ruleB107 = &finding.Rule{
	ID: "B107", Name: "hardcoded_password_default", Severity: finding.Low, Confidence: finding.Medium, CWE: 259,
	MoreInfo: checks.PluginURL("B107", "hardcoded_password_default"),
	Doc: doc("String literal defaults of function parameters named like passwords.",
		"def login(user, password=\"admin\"):\n    ...\n",
		"def login(user, password=None):\n    if password is None:\n        raise ValueError(\"password required\")\n"),
}

func report(v any) *checks.Issue {
	return &checks.Issue{Severity: finding.Low, Confidence: finding.Medium,
		Text: "Possible hardcoded password: '" + checks.PyStr(v) + "'"}
}

func constValue(k *ast.Constant) any {
	switch v := k.Value.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case ast.EllipsisType:
		return "Ellipsis"
	}
	return k.Value
}

func init() {
	checks.Register(&checks.Check{Rule: ruleB105, Kinds: []checks.Kind{checks.KindStr}, Run: runB105})
	checks.Register(&checks.Check{Rule: ruleB106, Kinds: []checks.Kind{checks.KindCall}, Run: func(ctx *checks.Context, _ any) *checks.Issue {
		for _, kw := range ctx.Call().Keywords {
			if kw == nil {
				continue
			}
			s, ok := checks.StrConst(kw.Value)
			if !ok {
				continue
			}
			if kw.Arg == "" {
				return nil // bandit's regex search on None raises: no issue
			}
			if LooksLikePassword(kw.Arg) {
				is := report(s)
				is.Line = int(kw.Value.(*ast.Constant).Lineno)
				return is
			}
		}
		return nil
	}})
	checks.Register(&checks.Check{Rule: ruleB107, Kinds: []checks.Kind{checks.KindFunctionDef}, Run: func(ctx *checks.Context, _ any) *checks.Issue {
		args := ctx.Node.(*ast.FunctionDef).Args
		if args == nil {
			return nil
		}
		// bandit pads defaults on the left to len(args.args) and zips, so
		// positional-only defaults shift the alignment; reproduced as is.
		pad := len(args.Args) - len(args.Defaults)
		defs := make([]ast.Expr, 0, len(args.Args))
		for i := 0; i < pad; i++ {
			defs = append(defs, nil)
		}
		defs = append(defs, args.Defaults...)
		for i, a := range args.Args {
			if i >= len(defs) || a == nil {
				break
			}
			k, ok := defs[i].(*ast.Constant)
			if !ok || k.Value == nil {
				continue
			}
			if s, ok := k.Value.(string); ok && LooksLikePassword(a.Arg) {
				return report(s)
			}
		}
		return nil
	}})
}

// runB105 looks at the string's parent: an assignment to a password-like
// name, a password-like dict key or subscript, or a comparison with one.
func runB105(ctx *checks.Context, _ any) *checks.Issue {
	node := ctx.Node.(*ast.Constant)
	s := node.Value.(string)
	switch p := ctx.Parent(0).(type) {
	case *ast.Assign:
		for _, t := range p.Targets {
			switch x := t.(type) {
			case *ast.Name:
				if LooksLikePassword(x.ID) {
					return report(s)
				}
			case *ast.Attribute:
				if LooksLikePassword(x.Attr) {
					return report(s)
				}
			}
		}
	case *ast.Dict:
		if !LooksLikePassword(s) {
			return nil
		}
		for i, k := range p.Keys {
			if k == ast.Expr(node) {
				if v, ok := p.Values[i].(*ast.Constant); ok {
					return report(constValue(v))
				}
				return nil
			}
		}
	case *ast.Subscript:
		if !LooksLikePassword(s) {
			return nil
		}
		if a, ok := ctx.Parent(1).(*ast.Assign); ok {
			if v, ok := checks.StrConst(a.Value); ok {
				return report(v)
			}
		}
	case *ast.Compare:
		var name string
		switch l := p.Left.(type) {
		case *ast.Name:
			name = l.ID
		case *ast.Attribute:
			name = l.Attr
		default:
			return nil
		}
		if LooksLikePassword(name) && len(p.Comparators) > 0 {
			if v, ok := checks.StrConst(p.Comparators[0]); ok {
				return report(v)
			}
		}
	}
	return nil
}
