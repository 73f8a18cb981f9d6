// Package secrets holds krait's hard-coded password rules that cover what
// bandit's B105–B107 miss: annotated assignments (K101), keyword-only and
// async def defaults (K102) and camelCase names (K103).
package secrets

import (
	"strings"
	"unicode"

	"github.com/kraitsec/krait/checks"
	bsecrets "github.com/kraitsec/krait/checks/bandit/secrets"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

// owaspURL documents hard-coded passwords; krait's own text is `krait explain`.
const owaspURL = "https://owasp.org/www-community/vulnerabilities/Use_of_hard-coded_password"

func doc(summary, bad, good string) finding.Doc {
	return finding.Doc{
		Summary: summary,
		Why: "Credentials in source code leak through version control, packages and logs, and cannot be rotated " +
			"without a release. bandit's B105–B107 do not look at these forms, so krait reports them under its own id.",
		Bad:  bad,
		Good: good,
		Remediation: "Load secrets at run time from the environment or a secrets manager (os.environ, keyring, " +
			"Vault, cloud secret stores); generate tokens with the secrets module; rotate anything committed.",
		References: []string{finding.CWELink(259), "https://owasp.org/www-community/vulnerabilities/Use_of_hard-coded_password"},
	}
}

var ruleK101 = &finding.Rule{
	ID: "K101", Name: "hardcoded_password_annotated", Severity: finding.Low, Confidence: finding.Medium, CWE: 259,
	MoreInfo: owaspURL,
	Doc: doc("String literals assigned to password-like names in annotated assignments (`password: str = \"...\"`).",
		"class Settings:\n    db_password: str = \"hunter2\"\n",
		"import os\n\nclass Settings:\n    db_password: str = os.environ[\"DB_PASSWORD\"]\n"),
}

var ruleK102 = &finding.Rule{
	ID: "K102", Name: "hardcoded_password_default_ext", Severity: finding.Low, Confidence: finding.Medium, CWE: 259,
	MoreInfo: owaspURL,
	Doc: doc("String literal defaults of password-like keyword-only parameters, and of any parameter of an async def.",
		"async def login(user, password=\"admin\"):\n    ...\n\ndef connect(host, *, token=\"abc123\"):\n    ...\n",
		"async def login(user, password):\n    ...\n\ndef connect(host, *, token=None):\n    token = token or os.environ[\"API_TOKEN\"]\n"),
}

var ruleK103 = &finding.Rule{
	ID: "K103", Name: "hardcoded_password_camelcase", Severity: finding.Low, Confidence: finding.Medium, CWE: 259,
	MoreInfo: owaspURL,
	Doc: doc("String literals assigned, passed or defaulted to camelCase password-like names (dbPassword, apiToken).",
		"dbPassword = \"hunter2\"\nclient = Client(apiToken=\"abc123\")\n",
		"import os\ndbPassword = os.environ[\"DB_PASSWORD\"]\nclient = Client(apiToken=os.environ[\"API_TOKEN\"])\n"),
}

// camelPassword reports names whose camelCase words include a password
// word, when bandit's underscore-based pattern does not already match.
func camelPassword(name string) bool {
	if bsecrets.LooksLikePassword(name) {
		return false
	}
	hasUpper := false
	for _, r := range name {
		if unicode.IsUpper(r) {
			hasUpper = true
			break
		}
	}
	if !hasUpper {
		return false
	}
	for _, w := range camelWords(name) {
		if bsecrets.IsPasswordWord(w) {
			return true
		}
	}
	return false
}

// camelWords splits "dbPasswordHash" into db, Password, Hash (and on _).
func camelWords(name string) []string {
	var out []string
	rs := []rune(name)
	start := 0
	for i := 1; i <= len(rs); i++ {
		if i == len(rs) || rs[i] == '_' ||
			unicode.IsUpper(rs[i]) && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1])) {
			if w := strings.Trim(string(rs[start:i]), "_"); w != "" {
				out = append(out, w)
			}
			start = i
		}
	}
	return out
}

func report(s string) *checks.Issue {
	return &checks.Issue{Severity: finding.Low, Confidence: finding.Medium, Text: "Possible hardcoded password: '" + s + "'"}
}

func targetName(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Name:
		return x.ID
	case *ast.Attribute:
		return x.Attr
	}
	return ""
}

// defaultsOf pairs parameters with their defaults, aligned as Python does.
func defaultsOf(a *ast.Arguments, positional bool) (names []string, defs []ast.Expr) {
	if a == nil {
		return nil, nil
	}
	if positional {
		params := append(append([]*ast.Arg{}, a.Posonlyargs...), a.Args...)
		off := len(params) - len(a.Defaults)
		for i, d := range a.Defaults {
			if j := off + i; j >= 0 && j < len(params) && params[j] != nil {
				names, defs = append(names, params[j].Arg), append(defs, d)
			}
		}
		return
	}
	for i, p := range a.Kwonlyargs {
		if i < len(a.KwDefaults) && a.KwDefaults[i] != nil && p != nil {
			names, defs = append(names, p.Arg), append(defs, a.KwDefaults[i])
		}
	}
	return
}

func matchDefaults(a *ast.Arguments, positional bool, match func(string) bool) *checks.Issue {
	names, defs := defaultsOf(a, positional)
	return firstDefault(names, defs, match)
}

func firstDefault(names []string, defs []ast.Expr, match func(string) bool) *checks.Issue {
	for i, n := range names {
		if s, ok := checks.StrConst(defs[i]); ok && match(n) {
			return report(s)
		}
	}
	return nil
}

func init() {
	checks.Register(&checks.Check{Rule: ruleK101, Kinds: []checks.Kind{checks.KindStr}, Run: func(ctx *checks.Context, _ any) *checks.Issue {
		a, ok := ctx.Parent(0).(*ast.AnnAssign)
		if !ok || a.Value != ast.Expr(ctx.Node.(*ast.Constant)) {
			return nil
		}
		if n := targetName(a.Target); n != "" && bsecrets.LooksLikePassword(n) {
			return report(ctx.StringValue())
		}
		return nil
	}})
	checks.Register(&checks.Check{Rule: ruleK102, Kinds: []checks.Kind{checks.KindFunctionDef, checks.KindAsyncFunctionDef},
		Run: func(ctx *checks.Context, _ any) *checks.Issue {
			var args *ast.Arguments
			switch f := ctx.Node.(type) {
			case *ast.FunctionDef:
				args = f.Args
			case *ast.AsyncFunctionDef:
				args = f.Args
				if is := matchDefaults(args, true, bsecrets.LooksLikePassword); is != nil {
					return is
				}
			}
			names, defs := defaultsOf(args, false)
			return firstDefault(names, defs, bsecrets.LooksLikePassword)
		}})
	checks.Register(&checks.Check{Rule: ruleK103,
		Kinds: []checks.Kind{checks.KindStr, checks.KindCall, checks.KindFunctionDef, checks.KindAsyncFunctionDef},
		Run: func(ctx *checks.Context, _ any) *checks.Issue {
			switch n := ctx.Node.(type) {
			case *ast.Constant:
				switch p := ctx.Parent(0).(type) {
				case *ast.Assign:
					for _, t := range p.Targets {
						if camelPassword(targetName(t)) {
							return report(ctx.StringValue())
						}
					}
				case *ast.AnnAssign:
					if p.Value == ast.Expr(n) && camelPassword(targetName(p.Target)) {
						return report(ctx.StringValue())
					}
				case *ast.Compare:
					if camelPassword(targetName(p.Left)) && len(p.Comparators) > 0 && p.Comparators[0] == ast.Expr(n) {
						return report(ctx.StringValue())
					}
				}
			case *ast.Call:
				for _, kw := range n.Keywords {
					if kw == nil || kw.Arg == "" {
						continue
					}
					if s, ok := checks.StrConst(kw.Value); ok && camelPassword(kw.Arg) {
						is := report(s)
						is.Line = int(kw.Value.(*ast.Constant).Lineno)
						return is
					}
				}
			case *ast.FunctionDef:
				if is := matchDefaults(n.Args, true, camelPassword); is != nil {
					return is
				}
				names, defs := defaultsOf(n.Args, false)
				return firstDefault(names, defs, camelPassword)
			case *ast.AsyncFunctionDef:
				if is := matchDefaults(n.Args, true, camelPassword); is != nil {
					return is
				}
				names, defs := defaultsOf(n.Args, false)
				return firstDefault(names, defs, camelPassword)
			}
			return nil
		}})
}
