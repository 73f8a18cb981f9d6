// Package misc holds bandit's general checks: asserts, file permissions,
// bind-all and temp-dir strings, swallowed exceptions, HTTP timeouts,
// Flask debug, tar extraction, logging listeners, trojan-source
// characters, torch.load and Hugging Face downloads.
package misc

import (
	"path/filepath"
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
)

var ruleB101 = &finding.Rule{
	ID: "B101", Name: "assert_used", Severity: finding.Low, Confidence: finding.High, CWE: 703,
	MoreInfo: checks.PluginURL("B101", "assert_used"), ConfigKey: "assert_used",
	Doc: finding.Doc{
		Summary: "Use of assert statements, which are removed when Python runs with -O.",
		Why: "Python strips assert statements when compiling optimised byte code (python -O or PYTHONOPTIMIZE). " +
			"An assert used to enforce authorisation, input validation or any other security property silently " +
			"disappears in such deployments.",
		Bad:  "def delete_user(user, target):\n    assert user.is_admin, \"admins only\"\n    target.delete()\n",
		Good: "def delete_user(user, target):\n    if not user.is_admin:\n        raise PermissionError(\"admins only\")\n    target.delete()\n",
		Remediation: "Raise an explicit exception (PermissionError, ValueError...) for checks that must hold in production. " +
			"Keep assert for tests and internal invariants; exclude test files with the `assert_used: {skips: ['*/test_*.py']}` option.",
		References: []string{"https://docs.python.org/3/reference/simple_stmts.html#the-assert-statement", finding.CWELink(703)},
	},
}

type assertSettings struct{ skips []string }

func init() {
	checks.RegisterPluginDefaults("assert_used", map[string]any{"skips": []string{}})
	checks.Register(&checks.Check{
		Rule:  ruleB101,
		Kinds: []checks.Kind{checks.KindAssert},
		Prepare: func(opts map[string]any) any {
			return assertSettings{skips: checks.OptStrings(opts, "skips", nil)}
		},
		Run: func(ctx *checks.Context, s any) *checks.Issue {
			for _, pat := range s.(assertSettings).skips {
				if fnmatch(pat, ctx.Filename) {
					return nil
				}
			}
			return &checks.Issue{Severity: finding.Low, Confidence: finding.High,
				Text: "Use of assert detected. The enclosed code will be removed when compiling to optimised byte code."}
		},
	})
}

// fnmatch is Python's fnmatch.fnmatch on POSIX: case-sensitive, and `*`
// also matches `/`.
func fnmatch(pattern, name string) bool {
	return globMatch(pattern, name)
}

// globMatch matches *, ? and [...] classes where * crosses separators.
func globMatch(p, s string) bool {
	for len(p) > 0 {
		switch p[0] {
		case '*':
			for len(p) > 0 && p[0] == '*' {
				p = p[1:]
			}
			if p == "" {
				return true
			}
			for i := 0; i <= len(s); i++ {
				if globMatch(p, s[i:]) {
					return true
				}
			}
			return false
		case '?':
			if s == "" {
				return false
			}
			p, s = p[1:], s[1:]
		case '[':
			end := classEnd(p)
			if end < 0 {
				if s == "" || s[0] != '[' {
					return false
				}
				p, s = p[1:], s[1:]
				continue
			}
			if s == "" {
				return false
			}
			cls := p[:end+1]
			if strings.HasPrefix(cls, "[!") {
				cls = "[^" + cls[2:]
			}
			ok, _ := filepath.Match(cls, s[:1])
			if !ok {
				return false
			}
			p, s = p[end+1:], s[1:]
		default:
			if s == "" || p[0] != s[0] {
				return false
			}
			p, s = p[1:], s[1:]
		}
	}
	return s == ""
}

func classEnd(p string) int {
	i := 1
	if i < len(p) && (p[i] == '!' || p[i] == '^') {
		i++
	}
	if i < len(p) && p[i] == ']' {
		i++
	}
	for ; i < len(p); i++ {
		if p[i] == ']' {
			return i
		}
	}
	return -1
}
