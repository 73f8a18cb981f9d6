package web

import (
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/checks/frameworks/internal/pyx"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

// debugAppClasses take a `debug` keyword that turns on traceback pages.
var debugAppClasses = map[string]string{
	"tornado.web.Application":                  "Tornado",
	"starlette.applications.Starlette":         "Starlette",
	"starlette.Starlette":                      "Starlette",
	"fastapi.FastAPI":                          "FastAPI",
	"fastapi.applications.FastAPI":             "FastAPI",
	"aiohttp.web.Application":                  "aiohttp",
	"aiohttp.web_app.Application":              "aiohttp",
	"werkzeug.debug.DebuggedApplication":       "",
	"werkzeug.serving.run_simple":              "",
	"werkzeug.run_simple":                      "",
	"bottle.debug":                             "",
	"aiohttp_debugtoolbar.setup":               "",
	"flask_debugtoolbar.DebugToolbarExtension": "",
}

func debugCallNames(any) []string {
	return []string{"Application", "Starlette", "FastAPI", "DebuggedApplication", "run_simple", "debug", "setup",
		"DebugToolbarExtension", "run", "include", "update", "from_mapping", "configure", "dict"}
}

func runDebug(ctx *checks.Context, _ any) *checks.Issue {
	switch n := ctx.Node.(type) {
	case *ast.Assign, *ast.AnnAssign:
		return debugAssign(ctx)
	case *ast.Call:
		return debugCall(ctx, n)
	case *ast.Constant:
		return debugDictKey(ctx)
	}
	return nil
}

func issue(sev, conf finding.Level, node ast.Node, text string) *checks.Issue {
	return &checks.Issue{Severity: sev, Confidence: conf, Line: pyx.Line(node), Text: text}
}

func debugCall(ctx *checks.Context, call *ast.Call) *checks.Issue {
	if items, ok := pyx.ConfigCallItems(ctx, call); ok {
		for _, kv := range items {
			if kv.Key == "DEBUG" && pyx.IsTrue(kv.Value) {
				return issue(finding.High, finding.Medium, kv.Node, "DEBUG = True in framework configuration: debug pages expose settings and tracebacks.")
			}
		}
		return nil
	}
	q := ctx.QualName()
	if fw, ok := debugAppClasses[q]; ok && fw != "" {
		for _, kw := range []string{"debug", "serve_traceback"} {
			if v := pyx.Keyword(call, kw); pyx.IsTrue(pyx.Resolved(ctx, v)) {
				return issue(finding.High, finding.High, v, fw+" application created with "+kw+"=True: tracebacks are shown to clients.")
			}
		}
		return nil
	}
	mod := pyx.Module(ctx)
	switch q {
	case "werkzeug.debug.DebuggedApplication":
		if v := pyx.Arg(call, 1, "evalex"); pyx.IsTrue(pyx.Resolved(ctx, v)) {
			return issue(finding.High, finding.High, v, "Werkzeug DebuggedApplication with evalex=True: the interactive console runs arbitrary Python.")
		}
		return nil
	case "werkzeug.serving.run_simple", "werkzeug.run_simple":
		if v := pyx.Arg(call, 4, "use_debugger"); pyx.IsTrue(pyx.Resolved(ctx, v)) {
			return issue(finding.High, finding.High, v, "run_simple with use_debugger=True enables the interactive Werkzeug debugger.")
		}
		return nil
	case "bottle.debug":
		if len(call.Args) == 0 && len(call.Keywords) == 0 || pyx.IsTrue(pyx.Arg(call, 0, "mode")) {
			return issue(finding.Medium, finding.High, call, "bottle.debug() turns on debug mode: tracebacks are shown to clients.")
		}
		return nil
	case "aiohttp_debugtoolbar.setup", "flask_debugtoolbar.DebugToolbarExtension":
		return issue(finding.Medium, finding.Medium, call, "A debug toolbar is installed: it exposes request data, settings and tracebacks.")
	case "dict":
		// Tornado settings built with dict(debug=True, ...)
		if pyx.Imports(ctx, "tornado") {
			for _, kw := range []string{"debug", "serve_traceback"} {
				if v := pyx.Keyword(call, kw); pyx.IsTrue(pyx.Resolved(ctx, v)) {
					return issue(finding.High, finding.Medium, v, "Tornado settings with "+kw+"=True: tracebacks are shown to clients.")
				}
			}
		}
		return nil
	}
	at, ok := call.Func.(*ast.Attribute)
	if !ok {
		return nil
	}
	switch at.Attr {
	case "include":
		if s, ok := pyx.Str(pyx.Arg(call, 0, "")); ok && s == "pyramid_debugtoolbar" {
			return issue(finding.High, finding.Medium, call, "The Pyramid debug toolbar is included: its interactive tracebacks run arbitrary Python.")
		}
	case "run":
		return debugRun(ctx, call, mod)
	}
	return nil
}

// debugRun handles `app.run(...)`: the Werkzeug debugger options in Flask
// modules, and debug=True of Quart, Sanic and Bottle apps (bandit's B201
// already reports debug=True in modules importing flask).
func debugRun(ctx *checks.Context, call *ast.Call, mod *ast.Module) *checks.Issue {
	flask := ctx.ImportedLike("flask")
	if flask {
		for _, kw := range []string{"use_debugger", "use_evalex"} {
			if v := pyx.Keyword(call, kw); pyx.IsTrue(pyx.Resolved(ctx, v)) && !pyx.IsTrue(pyx.Keyword(call, "debug")) {
				return issue(finding.High, finding.Medium, v, "app.run("+kw+"=True) enables the interactive Werkzeug debugger.")
			}
		}
		return nil
	}
	fw := ""
	switch {
	case pyx.Imports(ctx, "quart"):
		fw = "Quart"
	case pyx.Imports(ctx, "sanic"):
		fw = "Sanic"
	case pyx.Imports(ctx, "bottle"):
		fw = "Bottle"
	default:
		return nil
	}
	kws := []string{"debug"}
	if fw == "Sanic" {
		kws = append(kws, "dev")
	}
	for _, kw := range kws {
		if v := pyx.Keyword(call, kw); pyx.IsTrue(pyx.Resolved(ctx, v)) {
			return issue(finding.High, finding.Medium, v, fw+" app run with "+kw+"=True: tracebacks and reloader are exposed.")
		}
	}
	return nil
}

// debugDictKey handles settings dicts: CherryPy {'request.show_tracebacks':
// True} and Tornado {'debug': True}.
func debugDictKey(ctx *checks.Context) *checks.Issue {
	if as, ok := ctx.Parent(0).(*ast.Assign); ok && ast.Node(as.Value) == ctx.Node && len(as.Targets) == 1 &&
		ctx.StringValue() == "dev" && pyx.Dotted(as.Targets[0]) == "kore.config.deployment" {
		return issue(finding.Medium, finding.High, ctx.Node, "kore.config.deployment = \"dev\" runs Kore as a development deployment (no chroot, no privilege drop).")
	}
	if key, v, ok := pyx.ConfigSubscript(ctx); ok {
		if key == "DEBUG" && pyx.IsTrue(v) {
			return issue(finding.High, finding.Medium, ctx.Node, "config['DEBUG'] = True enables the debugger and tracebacks.")
		}
		return nil
	}
	key, v := pyx.DictValue(ctx, "request.show_tracebacks", "debug", "serve_traceback")
	if !pyx.IsTrue(v) {
		return nil
	}
	switch key {
	case "request.show_tracebacks":
		return issue(finding.Medium, finding.High, ctx.Node, "CherryPy request.show_tracebacks = True shows tracebacks to clients.")
	case "debug", "serve_traceback":
		if pyx.Imports(ctx, "tornado") {
			return issue(finding.High, finding.Medium, ctx.Node, "Tornado settings with '"+key+"': True show tracebacks to clients.")
		}
	}
	return nil
}

// debugStrings are the str constants runDebug reads: the Kore deployment
// value, the config['DEBUG'] key and settings dict keys.
func debugStrings(any) []string {
	return []string{"dev", "DEBUG", "request.show_tracebacks", "debug", "serve_traceback"}
}

// debugAssign reads assignment statements: Django's DEBUG = True in a
// settings module, and Flask/Quart app.debug = True.
func debugAssign(ctx *checks.Context) *checks.Issue {
	django := pyx.DjangoSettings(ctx) || pyx.Imports(ctx, "masonite")
	flask := pyx.Imports(ctx, "flask", "quart")
	if !django && !flask {
		return nil
	}
	var hits []pyx.Hit
	depth := pyx.Shallow
	if flask {
		depth = pyx.Deep // app.debug = True inside create_app()
	}
	for _, a := range pyx.AssignmentsAt(ctx, depth) {
		if k := pyx.TargetKey(a.Target); k != "DEBUG" && k != "debug" {
			continue
		}
		on, fallback := pyx.TrueOrEnvTrue(ctx, a.Value)
		if !on {
			continue
		}
		t, ok := pyx.TargetOf(a.Target)
		if !ok {
			continue
		}
		switch {
		case django && t.Owner == "" && t.Key == "DEBUG" && a.Class == "" && !a.InFunc:
			text := "DEBUG = True in a settings module: error pages expose settings, SQL and tracebacks."
			if fallback {
				text = "DEBUG defaults to True when the environment does not set it: error pages expose settings, SQL and tracebacks."
			}
			hits = append(hits, pyx.Hit{Node: a.Stmt, Text: text})
		case fallback:
			// env fallbacks only count for Django's DEBUG setting
		case flask && !t.Subscript && t.Key == "debug" && isAppName(t.Owner):
			hits = append(hits, pyx.Hit{Node: a.Stmt, Text: t.Owner + ".debug = True enables the Werkzeug debugger and tracebacks."})
		}
	}
	return pyx.FileIssue(hits, finding.High, finding.Medium)
}

// isAppName accepts the usual names of a Flask/Quart application object.
func isAppName(owner string) bool {
	last := owner[strings.LastIndexByte(owner, '.')+1:]
	return last == "app" || last == "application" || strings.HasSuffix(last, "_app")
}
