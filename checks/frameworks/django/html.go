package django

import (
	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/checks/frameworks/internal/pyx"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

var ruleFormatHTML = rule("K225", "django_format_html_prebuilt", finding.Medium, finding.High, 79, finding.Doc{
	Summary: "django.utils.html.format_html receives a format string that was already filled in (f-string, % or + or .format()), so nothing gets escaped.",
	Why: "format_html escapes only its args and kwargs; text interpolated into the format string beforehand is " +
		"marked safe as it is, which is cross-site scripting when it holds user data.",
	Bad:         "from django.utils.html import format_html\nhtml = format_html(f\"<b>{user.name}</b>\")\n",
	Good:        "from django.utils.html import format_html\nhtml = format_html(\"<b>{}</b>\", user.name)\n",
	Remediation: "Keep the format string constant and pass every value as an argument.",
	References:  []string{"https://docs.djangoproject.com/en/stable/ref/utils/#django.utils.html.format_html"},
})

var ruleFrame = rule("K226", "django_clickjacking_protection_off", finding.Medium, finding.High, 1021, finding.Doc{
	Summary: "Clickjacking protection is turned off: @xframe_options_exempt on a view (or xframe_options_exempt(view)), or X_FRAME_OPTIONS set to a value other than DENY/SAMEORIGIN.",
	Why: "A page that may be framed by any site can be overlaid with a decoy so that users click its buttons " +
		"(change settings, confirm payments) without knowing.",
	Bad:         "from django.views.decorators.clickjacking import xframe_options_exempt\n\n@xframe_options_exempt\ndef settings_page(request):\n    ...\n",
	Good:        "from django.views.decorators.clickjacking import xframe_options_sameorigin\n\n@xframe_options_sameorigin\ndef settings_page(request):\n    ...\n",
	Remediation: "Keep X-Frame-Options DENY (Django's default) or SAMEORIGIN; allow framing only for pages without state-changing actions, or use a CSP frame-ancestors allow-list.",
	References:  []string{"https://docs.djangoproject.com/en/stable/ref/clickjacking/"},
})

const xframeExempt = "django.views.decorators.clickjacking.xframe_options_exempt"

// prebuilt: an expression that formats values into a string.
func prebuilt(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.JoinedStr:
		for _, v := range x.Values {
			if _, ok := v.(*ast.FormattedValue); ok {
				return true
			}
		}
	case *ast.BinOp:
		return x.Op == ast.Mod || x.Op == ast.Add
	case *ast.Call:
		at, ok := x.Func.(*ast.Attribute)
		return ok && at.Attr == "format"
	}
	return false
}

func runFormatHTML(ctx *checks.Context, _ any) *checks.Issue {
	call, _ := ctx.Node.(*ast.Call)
	if q := ctx.QualName(); q != "django.utils.html.format_html" || len(call.Args) == 0 || !prebuilt(call.Args[0]) {
		return nil
	}
	return &checks.Issue{Severity: finding.Medium, Confidence: finding.High, Line: pyx.Line(call.Args[0]),
		Text: "format_html with a pre-formatted string: the interpolated values are not escaped."}
}

func runFrame(ctx *checks.Context, _ any) *checks.Issue {
	switch n := ctx.Node.(type) {
	case *ast.Assign, *ast.AnnAssign:
		text := "X_FRAME_OPTIONS allows framing by other sites."
		return settingsAssign(ctx, "X_FRAME_OPTIONS", true, func(v ast.Expr) (ast.Node, bool) {
			s, ok := pyx.Str(v)
			return v, ok && s != "DENY" && s != "SAMEORIGIN"
		}, finding.Medium, finding.High, text)
	case *ast.Call:
		if ctx.QualName() == xframeExempt {
			return &checks.Issue{Severity: finding.Medium, Confidence: finding.High, Text: "xframe_options_exempt(...) lets any site frame this view."}
		}
	case *ast.FunctionDef, *ast.AsyncFunctionDef:
		var decorators []ast.Expr
		if f, ok := n.(*ast.FunctionDef); ok {
			decorators = f.DecoratorList
		} else {
			decorators = n.(*ast.AsyncFunctionDef).DecoratorList
		}
		for _, d := range decorators {
			if ctx.QualNameOf(d) == xframeExempt {
				return &checks.Issue{Severity: finding.Medium, Confidence: finding.High, Line: pyx.Line(d), Text: "@xframe_options_exempt lets any site frame this view."}
			}
		}
	}
	return nil
}

func init() {
	checks.Register(&checks.Check{Rule: ruleFormatHTML, Kinds: []checks.Kind{checks.KindCall}, CallNames: checks.Names("format_html"), Run: runFormatHTML})
	checks.Register(&checks.Check{Rule: ruleFrame, Kinds: []checks.Kind{checks.KindAssign, checks.KindAnnAssign, checks.KindCall, checks.KindFunctionDef, checks.KindAsyncFunctionDef},
		CallNames: checks.Names("xframe_options_exempt"), TargetKeys: checks.Names("X_FRAME_OPTIONS"), Run: runFrame})
}

var ruleValidators = rule("K227", "django_password_validators_empty", finding.Medium, finding.High, 521, finding.Doc{
	Summary: "AUTH_PASSWORD_VALIDATORS = [] in a Django settings module (outside test settings).",
	Why: "With no validators Django accepts any password — one character, the user name, \"password\" — for " +
		"sign-up and password changes, so accounts fall to guessing.",
	Bad: "ROOT_URLCONF = \"site.urls\"\nAUTH_PASSWORD_VALIDATORS = []\n",
	Good: "ROOT_URLCONF = \"site.urls\"\nAUTH_PASSWORD_VALIDATORS = [\n" +
		"    {\"NAME\": \"django.contrib.auth.password_validation.MinimumLengthValidator\", \"OPTIONS\": {\"min_length\": 12}},\n" +
		"    {\"NAME\": \"django.contrib.auth.password_validation.CommonPasswordValidator\"},\n]\n",
	Remediation: "Keep Django's default validators (minimum length, common passwords, similarity, numeric) and raise the minimum length.",
	References:  []string{"https://docs.djangoproject.com/en/stable/topics/auth/passwords/#enabling-password-validation"},
})

func init() {
	checks.Register(&checks.Check{Rule: ruleValidators, Kinds: []checks.Kind{checks.KindAssign, checks.KindAnnAssign},
		TargetKeys: checks.Names("AUTH_PASSWORD_VALIDATORS"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
			if pyx.IsTestPath(ctx.Filename) {
				return nil
			}
			return settingsAssign(ctx, "AUTH_PASSWORD_VALIDATORS", true, func(v ast.Expr) (ast.Node, bool) {
				elts, ok := pyx.Elts(v)
				return v, ok && len(elts) == 0
			}, finding.Medium, finding.High, "AUTH_PASSWORD_VALIDATORS is empty: any password is accepted.")
		}})
}
