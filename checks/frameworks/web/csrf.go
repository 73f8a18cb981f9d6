package web

import (
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/checks/frameworks/internal/pyx"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

const (
	csrfMiddleware = "django.middleware.csrf.CsrfViewMiddleware"
	csrfExempt     = "django.views.decorators.csrf.csrf_exempt"
)

func csrfOffCallNames(any) []string {
	return []string{"Application", "dict", "set_default_csrf_options", "update", "from_mapping", "configure"}
}

func runCSRFOff(ctx *checks.Context, _ any) *checks.Issue {
	switch n := ctx.Node.(type) {
	case *ast.FunctionDef:
		return xsrfNoOp(ctx)
	case *ast.Assign, *ast.AnnAssign:
		return csrfOffAssign(ctx)
	case *ast.Constant:
		if key, v, ok := pyx.ConfigSubscript(ctx); ok {
			if (key == "WTF_CSRF_ENABLED" || key == "WTF_CSRF_CHECK_DEFAULT") && pyx.IsFalse(v) && !pyx.IsTestPath(ctx.Filename) {
				return csrfOffIssue(ctx.Node, key+" = False turns off Flask-WTF's CSRF protection.")
			}
			return nil
		}
		if key, v := pyx.DictValue(ctx, "xsrf_cookies"); key == "xsrf_cookies" && pyx.IsFalse(v) && pyx.Imports(ctx, "tornado") {
			return csrfOffIssue(ctx.Node, "Tornado settings with 'xsrf_cookies': False: forms are not protected against CSRF.")
		}
	case *ast.Call:
		if items, ok := pyx.ConfigCallItems(ctx, n); ok {
			for _, kv := range items {
				if (kv.Key == "WTF_CSRF_ENABLED" || kv.Key == "WTF_CSRF_CHECK_DEFAULT") && pyx.IsFalse(kv.Value) {
					return csrfOffIssue(kv.Node, kv.Key+" = False turns off Flask-WTF's CSRF protection.")
				}
			}
			return nil
		}
		switch q := ctx.QualName(); {
		case q == "tornado.web.Application" || q == "dict" && pyx.Imports(ctx, "tornado"):
			if v := pyx.Keyword(n, "xsrf_cookies"); pyx.IsFalse(pyx.Resolved(ctx, v)) {
				return csrfOffIssue(v, "Tornado xsrf_cookies=False: forms are not protected against CSRF.")
			}
		case strings.HasSuffix(q, ".set_default_csrf_options"):
			for _, kw := range []string{"require_csrf", "check_origin"} {
				if v := pyx.Keyword(n, kw); pyx.IsFalse(pyx.Resolved(ctx, v)) {
					return csrfOffIssue(v, "Pyramid set_default_csrf_options("+kw+"=False) weakens CSRF protection for every view.")
				}
			}
		}
	}
	return nil
}

func csrfOffIssue(node ast.Node, text string) *checks.Issue {
	return &checks.Issue{Severity: finding.High, Confidence: finding.Medium, Line: pyx.Line(node), Text: text}
}

func isTestName(s string) bool {
	s = strings.ToLower(s)
	return strings.Contains(s, "test")
}

// csrfOffTargetKeys are the assignment targets csrfOffAssign reads.
func csrfOffTargetKeys(any) []string {
	return []string{"MIDDLEWARE", "MIDDLEWARE_CLASSES", "WTF_CSRF_ENABLED", "WTF_CSRF_CHECK_DEFAULT", "exempt"}
}

// csrfOffStrings are the str constants runCSRFOff reads (config['KEY']
// keys, Tornado's settings dict key).
func csrfOffStrings(any) []string {
	return []string{"WTF_CSRF_ENABLED", "WTF_CSRF_CHECK_DEFAULT", "xsrf_cookies"}
}

func csrfOffAssign(ctx *checks.Context) *checks.Issue {
	var hits []pyx.Hit
	for _, a := range pyx.AssignmentsAt(ctx, pyx.Classes) {
		switch pyx.TargetKey(a.Target) {
		case "MIDDLEWARE", "MIDDLEWARE_CLASSES", "WTF_CSRF_ENABLED", "WTF_CSRF_CHECK_DEFAULT", "exempt":
		default:
			continue
		}
		t, ok := pyx.TargetOf(a.Target)
		if !ok {
			continue
		}
		switch {
		case t.Owner == "" && (t.Key == "MIDDLEWARE" || t.Key == "MIDDLEWARE_CLASSES") && a.Class == "" && !a.InFunc:
			if missingCSRFMiddleware(a.Value) {
				hits = append(hits, pyx.Hit{Node: a.Stmt, Text: t.Key + " has session/authentication middleware but no CsrfViewMiddleware: no view is protected against CSRF."})
			}
		case t.Owner == "" && t.Key == "exempt" && a.Class != "" && isWildcard(a.Value) && pyx.Imports(ctx, "masonite"):
			hits = append(hits, pyx.Hit{Node: a.Stmt, Text: a.Class + ".exempt = ['*'] exempts every route from Masonite's CSRF check."})
		case (t.Key == "WTF_CSRF_ENABLED" || t.Key == "WTF_CSRF_CHECK_DEFAULT") && pyx.IsFalse(a.Value) && t.Owner == "":
			if isTestName(a.Class) || pyx.IsTestPath(ctx.Filename) {
				continue // test configurations switch CSRF off on purpose
			}
			hits = append(hits, pyx.Hit{Node: a.Stmt, Text: t.Key + " = False turns off Flask-WTF's CSRF protection."})
		}
	}
	return pyx.FileIssue(hits, finding.High, finding.Medium)
}

// missingCSRFMiddleware: a literal middleware list with sessions or
// authentication but without the CSRF middleware.
func missingCSRFMiddleware(v ast.Expr) bool {
	elts, ok := pyx.Elts(v)
	if !ok {
		return false
	}
	auth := false
	for _, e := range elts {
		s, ok := pyx.Str(e)
		if !ok {
			return false // computed entries: unknown
		}
		switch s {
		case csrfMiddleware:
			return false
		case "django.contrib.auth.middleware.AuthenticationMiddleware", "django.contrib.sessions.middleware.SessionMiddleware":
			auth = true
		}
	}
	return auth
}

func csrfExemptCallNames(any) []string {
	return []string{"csrf_exempt", "method_decorator", "exempt", "view_config"}
}

func runCSRFExempt(ctx *checks.Context, _ any) *checks.Issue {
	var decorators []ast.Expr
	switch n := ctx.Node.(type) {
	case *ast.FunctionDef:
		decorators = n.DecoratorList
	case *ast.AsyncFunctionDef:
		decorators = n.DecoratorList
	case *ast.Call:
		return csrfExemptCall(ctx, n)
	default:
		return nil
	}
	for _, d := range decorators {
		if _, isCall := d.(*ast.Call); isCall {
			continue // reported as a call
		}
		if ctx.QualNameOf(d) == csrfExempt {
			return exemptIssue(d, "@csrf_exempt removes CSRF protection from this view.")
		}
		if at, ok := d.(*ast.Attribute); ok && at.Attr == "exempt" && ctx.ImportedLike("flask_wtf") {
			return exemptIssue(d, "@"+pyx.Dotted(at)+" removes Flask-WTF CSRF protection from this view.")
		}
	}
	return nil
}

func exemptIssue(node ast.Node, text string) *checks.Issue {
	return &checks.Issue{Severity: finding.Medium, Confidence: finding.High, Line: pyx.Line(node), Text: text}
}

func csrfExemptCall(ctx *checks.Context, call *ast.Call) *checks.Issue {
	q := ctx.QualName()
	switch {
	case q == csrfExempt:
		return exemptIssue(call, "csrf_exempt(...) removes CSRF protection from this view.")
	case q == "django.utils.decorators.method_decorator":
		if len(call.Args) > 0 && ctx.QualNameOf(call.Args[0]) == csrfExempt {
			return exemptIssue(call, "method_decorator(csrf_exempt) removes CSRF protection from this view.")
		}
	case q == "pyramid.view.view_config":
		if v := pyx.Keyword(call, "require_csrf"); pyx.IsFalse(pyx.Resolved(ctx, v)) {
			return exemptIssue(v, "view_config(require_csrf=False) removes CSRF protection from this view.")
		}
	case strings.HasSuffix(q, ".exempt") && ctx.ImportedLike("flask_wtf"):
		if _, ok := call.Func.(*ast.Attribute); ok && len(call.Args) == 1 {
			return exemptIssue(call, q+"(...) removes Flask-WTF CSRF protection from a view or blueprint.")
		}
	}
	return nil
}
