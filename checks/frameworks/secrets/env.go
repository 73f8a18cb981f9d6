package secrets

import (
	"strings"

	"github.com/kraitsec/krait/checks"
	banditsecrets "github.com/kraitsec/krait/checks/bandit/secrets"
	"github.com/kraitsec/krait/checks/frameworks/internal/pyx"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

var ruleEnvSecret = &finding.Rule{
	ID: "K255", Name: "env_secret_hardcoded", Severity: finding.Medium, Confidence: finding.Medium, CWE: 798,
	MoreInfo: checks.KraitURL("K255"),
	Doc: finding.Doc{
		Summary: "A secret is written into the environment as a literal: os.environ[\"OPENAI_API_KEY\"] = \"...\", " +
			"os.environ.setdefault/os.putenv with a literal, or a notebook's %env NAME=value magic — where bandit's " +
			"B105 does not already report it (names with password/token/secret).",
		Why: "Notebooks and scripts set API keys this way \"just for now\"; the key then lives in the repository, the " +
			"notebook file and every copy of it.",
		Bad:         "import os\nos.environ[\"OPENAI_API_KEY\"] = \"abc123def456ghi789jkl\"\n",
		Good:        "import os\nfrom getpass import getpass\nos.environ[\"OPENAI_API_KEY\"] = getpass(\"OpenAI API key: \")\n",
		Remediation: "Set secrets outside the code (shell environment, .env file excluded from version control, a secret manager) or prompt with getpass in notebooks; revoke keys that were committed.",
		References:  []string{"https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html", finding.CWELink(798)},
	},
}

// secretEnvName: environment variables that hold secrets (API keys,
// tokens, passwords).
func secretEnvName(name string) bool {
	u := strings.ToUpper(name)
	return pyx.PasswordLike(name) || strings.HasSuffix(u, "_TOKEN") || strings.HasSuffix(u, "_KEY") && !strings.HasSuffix(u, "_PUBLIC_KEY")
}

// literalSecretValue: a literal that looks like a real value, not a
// placeholder or a reference to another variable.
func literalSecretValue(v string) bool {
	if len(v) < 8 || strings.ContainsAny(v, " <>{}$") {
		return false
	}
	l := strings.ToLower(v)
	for _, p := range []string{"your", "xxx", "...", "changeme", "example", "dummy", "placeholder", "replace", "todo"} {
		if strings.Contains(l, p) {
			return false
		}
	}
	return true
}

func envIssue(node ast.Node, name string) *checks.Issue {
	return &checks.Issue{Severity: finding.Medium, Confidence: finding.Medium, Line: pyx.Line(node),
		Text: "Secret " + name + " is put into the environment as a literal."}
}

func runEnvSecret(ctx *checks.Context, _ any) *checks.Issue {
	switch n := ctx.Node.(type) {
	case *ast.Constant:
		// os.environ["NAME"] = "value"
		as, ok := ctx.Parent(0).(*ast.Assign)
		if !ok || ast.Node(as.Value) != ctx.Node || len(as.Targets) != 1 {
			return nil
		}
		sub, ok := as.Targets[0].(*ast.Subscript)
		if !ok {
			return nil
		}
		name, ok := pyx.Str(sub.Slice)
		if !ok || !secretEnvName(name) || banditsecrets.LooksLikePassword(name) || !literalSecretValue(ctx.StringValue()) ||
			ctx.QualNameOf(sub.Value) != "os.environ" {
			return nil // bandit's B105 reports password/token/secret names
		}
		return envIssue(n, name)
	case *ast.Call:
		var name, value string
		switch q := ctx.QualName(); {
		case q == "os.environ.setdefault" || q == "os.putenv":
			k, ok1 := pyx.Str(pyx.Arg(n, 0, ""))
			v, ok2 := pyx.Str(pyx.Arg(n, 1, ""))
			if !ok1 || !ok2 {
				return nil
			}
			name, value = k, v
		case ctx.Name() == "run_line_magic":
			// %env NAME=value (or NAME value) in a notebook
			if m, ok := pyx.Str(pyx.Arg(n, 0, "")); !ok || m != "env" {
				return nil
			}
			line, ok := pyx.Str(pyx.Arg(n, 1, ""))
			if !ok {
				return nil
			}
			k, v, found := strings.Cut(strings.TrimSpace(line), "=")
			if !found {
				k, v, found = strings.Cut(strings.TrimSpace(line), " ")
			}
			if !found {
				return nil
			}
			name, value = strings.TrimSpace(k), strings.TrimSpace(v)
		default:
			return nil
		}
		if secretEnvName(name) && literalSecretValue(value) {
			return envIssue(n, name)
		}
	}
	return nil
}

func init() {
	checks.Register(&checks.Check{Rule: ruleEnvSecret, Kinds: []checks.Kind{checks.KindStr, checks.KindCall},
		CallNames: checks.Names("setdefault", "putenv", "run_line_magic"), Run: runEnvSecret})
}
