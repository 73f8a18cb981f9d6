// Package secrets holds bandit's hard-coded password checks (B105–B107).
package secrets

import (
	"regexp"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

// candidate is bandit's RE_CANDIDATES: a password-like word as the whole
// name or delimited by underscores.
var candidate = regexp.MustCompile(`(?i)(^(pas+wo?r?d|pass(phrase)?|pwd|token|secrete?)$|_(pas+wo?r?d|pass(phrase)?|pwd|token|secrete?)_|^(pas+wo?r?d|pass(phrase)?|pwd|token|secrete?)_|_(pas+wo?r?d|pass(phrase)?|pwd|token|secrete?)$)`)

// LooksLikePassword reports whether a name matches bandit's RE_CANDIDATES.
// A cheap prefilter (a candidate word must start the name or follow an
// underscore) keeps the regexp off almost every name.
func LooksLikePassword(name string) bool {
	if !mayBeCandidate(name) {
		return false
	}
	return candidate.MatchString(name)
}

func mayBeCandidate(name string) bool {
	for i := 0; i < len(name); i++ {
		if i > 0 && name[i-1] != '_' {
			continue
		}
		c := name[i] | 0x20 // ASCII lower case
		if c == 'p' || c == 't' || c == 's' || name[i] >= 0x80 {
			return true
		}
	}
	return false
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
				is.Line = kw.Value.(*ast.Constant).Lineno
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
