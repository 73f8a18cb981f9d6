package web

import (
	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/checks/frameworks/internal/pyx"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

var ruleStatic = rule("K211", "static_files_unsafe_options", finding.Medium, finding.High, 22, finding.Doc{
	Summary: "Static-file serving follows symbolic links out of its directory or lists directories: aiohttp add_static(follow_symlinks=True / show_index=True), " +
		"Starlette StaticFiles(follow_symlink=True), Sanic app.static(follow_external_symlink_files/dirs=True, directory_view=True), " +
		"Django django.views.static.serve with show_indexes=True.",
	Why: "Following symlinks lets a link inside the static directory (or a path-normalisation bug such as aiohttp's " +
		"CVE-2024-23334) serve any file the process can read; directory listings reveal files nobody meant to publish.",
	Bad:         "from aiohttp import web\napp = web.Application()\napp.router.add_static(\"/static\", \"static\", follow_symlinks=True)\n",
	Good:        "from aiohttp import web\napp = web.Application()\napp.router.add_static(\"/static\", \"static\")\n",
	Remediation: "Keep the defaults (no symlink following, no listings) and serve static files from a web server or CDN in production.",
	References: []string{"https://docs.aiohttp.org/en/stable/web_reference.html#aiohttp.web.UrlDispatcher.add_static",
		"https://github.com/advisories/GHSA-5h86-8mv2-jq9f"},
})

var ruleWSOrigin = rule("K212", "websocket_origin_unchecked", finding.Medium, finding.High, 1385, finding.Doc{
	Summary: "A Tornado WebSocketHandler overrides check_origin to accept every origin (return True).",
	Why: "Browsers send cookies with cross-site WebSocket handshakes; accepting any Origin lets any web site open an " +
		"authenticated socket in the visitor's name (cross-site WebSocket hijacking).",
	Bad:         "import tornado.websocket\n\nclass Feed(tornado.websocket.WebSocketHandler):\n    def check_origin(self, origin):\n        return True\n",
	Good:        "import urllib.parse\nimport tornado.websocket\n\nclass Feed(tornado.websocket.WebSocketHandler):\n    def check_origin(self, origin):\n        return urllib.parse.urlparse(origin).netloc in ALLOWED_ORIGINS\n",
	Remediation: "Compare the origin's host with an allow-list, or keep Tornado's same-origin default.",
	References:  []string{"https://www.tornadoweb.org/en/stable/websocket.html#tornado.websocket.WebSocketHandler.check_origin"},
})

func staticCallNames(any) []string { return []string{"add_static", "StaticFiles", "static", "serve"} }

func runStatic(ctx *checks.Context, _ any) *checks.Issue {
	call, _ := ctx.Node.(*ast.Call)
	q := ctx.QualName()
	at, isAttr := call.Func.(*ast.Attribute)
	var kws []string
	switch {
	case q == "starlette.staticfiles.StaticFiles" || q == "fastapi.staticfiles.StaticFiles":
		kws = []string{"follow_symlink"}
	case q == "django.views.static.serve":
		kws = []string{"show_indexes"}
	case isAttr && at.Attr == "add_static" && ctx.ImportedLike("aiohttp"):
		kws = []string{"follow_symlinks", "show_index"}
	case isAttr && at.Attr == "static" && ctx.ImportedLike("sanic"):
		kws = []string{"follow_external_symlink_files", "follow_external_symlink_dirs", "directory_view"}
	default:
		return nil
	}
	for _, kw := range kws {
		if v := pyx.Keyword(call, kw); pyx.IsTrue(pyx.Resolved(ctx, v)) {
			return &checks.Issue{Severity: finding.Medium, Confidence: finding.High, Line: pyx.Line(v),
				Text: "Static files served with " + kw + "=True."}
		}
	}
	return nil
}

// alwaysTrue: a function body that is only `return True` (after an
// optional docstring).
func alwaysTrue(body []ast.Stmt) bool {
	if len(body) > 1 {
		if e, ok := body[0].(*ast.ExprStmt); ok {
			if _, isStr := pyx.Str(e.Value); isStr {
				body = body[1:]
			}
		}
	}
	if len(body) != 1 {
		return false
	}
	r, ok := body[0].(*ast.Return)
	return ok && pyx.IsTrue(r.Value)
}

// noOp: a body that does nothing (pass, a docstring, `return`, `...`).
func noOp(body []ast.Stmt) bool {
	for _, s := range body {
		switch x := s.(type) {
		case *ast.Pass:
		case *ast.Return:
			if x.Value != nil && !pyx.IsNone(x.Value) {
				return false
			}
		case *ast.ExprStmt:
			if _, ok := x.Value.(*ast.Constant); !ok {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func methodOf(ctx *checks.Context) (*ast.FunctionDef, *ast.ClassDef) {
	fn, ok := ctx.Node.(*ast.FunctionDef)
	if !ok {
		return nil, nil
	}
	cls, _ := ctx.Parent(0).(*ast.ClassDef)
	return fn, cls
}

func runWSOrigin(ctx *checks.Context, _ any) *checks.Issue {
	fn, cls := methodOf(ctx)
	if fn == nil || cls == nil || fn.Name != "check_origin" || !alwaysTrue(fn.Body) || !ctx.ImportedLike("tornado") {
		return nil
	}
	return &checks.Issue{Severity: finding.Medium, Confidence: finding.High, Text: cls.Name + ".check_origin accepts WebSocket connections from every origin."}
}

// xsrfNoOp reports a Tornado handler whose check_xsrf_cookie does nothing
// (part of K208).
func xsrfNoOp(ctx *checks.Context) *checks.Issue {
	fn, cls := methodOf(ctx)
	if fn == nil || cls == nil || fn.Name != "check_xsrf_cookie" || !noOp(fn.Body) || !ctx.ImportedLike("tornado") {
		return nil
	}
	return csrfOffIssue(fn, cls.Name+".check_xsrf_cookie does nothing: the handler accepts cross-site requests.")
}
