package web

import (
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/checks/frameworks/internal/pyx"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

func autoescapeCallNames(any) []string {
	return []string{"Engine", "Context", "Application", "Loader", "Template", "setup", "SimpleTemplate", "dict", "update"}
}

func escIssue(node ast.Node, text string) *checks.Issue {
	return &checks.Issue{Severity: finding.Medium, Confidence: finding.High, Line: pyx.Line(node), Text: text}
}

func runAutoescape(ctx *checks.Context, _ any) *checks.Issue {
	switch n := ctx.Node.(type) {
	case *ast.Assign, *ast.AnnAssign:
		return autoescapeAssign(ctx)
	case *ast.Call:
		return autoescapeCall(ctx, n)
	}
	return nil
}

func autoescapeCall(ctx *checks.Context, call *ast.Call) *checks.Issue {
	q := ctx.QualName()
	tornado := func() bool { return pyx.Imports(ctx, "tornado") }
	switch {
	case q == "django.template.Engine" || q == "django.template.engine.Engine":
		if v := pyx.Keyword(call, "autoescape"); pyx.IsFalse(pyx.Resolved(ctx, v)) {
			return escIssue(v, "Engine(autoescape=False) renders variables without HTML escaping.")
		}
	case q == "django.template.Context" || q == "django.template.context.Context":
		// often right for plain-text output (e-mails, code generation)
		if v := pyx.Keyword(call, "autoescape"); pyx.IsFalse(pyx.Resolved(ctx, v)) {
			is := escIssue(v, "Context(autoescape=False) renders variables without HTML escaping; fine only for non-HTML output.")
			is.Confidence = finding.Low
			return is
		}
	case q == "tornado.web.Application" || q == "tornado.template.Loader" || q == "tornado.template.Template" || q == "dict" && tornado():
		if v := pyx.Keyword(call, "autoescape"); pyx.IsNone(pyx.Resolved(ctx, v)) {
			return escIssue(v, "Tornado autoescape=None renders template expressions without HTML escaping.")
		}
	case q == "aiohttp_jinja2.setup":
		if v := pyx.Keyword(call, "autoescape"); pyx.IsFalse(pyx.Resolved(ctx, v)) {
			return escIssue(v, "aiohttp_jinja2.setup(autoescape=False) renders variables without HTML escaping.")
		}
	case q == "bottle.SimpleTemplate":
		if v := pyx.Keyword(call, "noescape"); pyx.IsTrue(pyx.Resolved(ctx, v)) {
			return escIssue(v, "SimpleTemplate(noescape=True) renders {{...}} without HTML escaping.")
		}
	case strings.HasSuffix(q, "jinja_options.update"):
		if v := pyx.Keyword(call, "autoescape"); pyx.IsFalse(pyx.Resolved(ctx, v)) {
			return escIssue(v, "jinja_options autoescape=False renders Flask templates without HTML escaping.")
		}
	}
	return nil
}

// autoescapeAssign: app.jinja_env.autoescape = False, jinja_options
// dicts, and Django TEMPLATES OPTIONS.
func autoescapeAssign(ctx *checks.Context) *checks.Issue {
	var hits []pyx.Hit
	depth := pyx.Shallow // Django TEMPLATES
	if pyx.Imports(ctx, "flask", "quart") {
		depth = pyx.Deep // app.jinja_env.autoescape, jinja_options in Flask subclasses
	}
	for _, a := range pyx.AssignmentsAt(ctx, depth) {
		if k := pyx.TargetKey(a.Target); k != "autoescape" && k != "jinja_options" && k != "TEMPLATES" {
			continue
		}
		t, ok := pyx.TargetOf(a.Target)
		if !ok {
			continue
		}
		switch {
		case t.Key == "autoescape" && !t.Subscript && strings.HasSuffix(t.Owner, "jinja_env") && pyx.IsFalse(a.Value):
			hits = append(hits, pyx.Hit{Node: a.Stmt, Text: t.Owner + ".autoescape = False renders Flask templates without HTML escaping."})
		case t.Key == "jinja_options":
			if d, ok := a.Value.(*ast.Dict); ok && pyx.IsFalse(pyx.DictGet(d, "autoescape")) {
				hits = append(hits, pyx.Hit{Node: a.Stmt, Text: "jinja_options with autoescape False renders Flask templates without HTML escaping."})
			}
		case t.Owner == "" && t.Key == "TEMPLATES" && a.Class == "" && !a.InFunc:
			if !pyx.DjangoSettings(ctx) {
				continue
			}
			elts, _ := pyx.Elts(a.Value)
			for _, e := range elts {
				d, _ := e.(*ast.Dict)
				opts, _ := pyx.DictGet(d, "OPTIONS").(*ast.Dict)
				if v := pyx.DictGet(opts, "autoescape"); pyx.IsFalse(v) {
					hits = append(hits, pyx.Hit{Node: v, Text: "TEMPLATES OPTIONS 'autoescape': False renders Django templates without HTML escaping."})
				}
			}
		}
	}
	return pyx.FileIssue(hits, finding.Medium, finding.High)
}
