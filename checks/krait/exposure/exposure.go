// Package exposure holds K114: exception details (stack traces, exception
// messages) sent back to the client of a web handler.
package exposure

import (
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

var ruleK114 = &finding.Rule{
	ID: "K114", Name: "exception_details_in_response", Severity: finding.Medium, Confidence: finding.Medium, CWE: 209,
	MoreInfo: "https://owasp.org/www-community/Improper_Error_Handling",
	Doc: finding.Doc{
		Summary: "A web handler returns a stack trace or an exception's message to the client.",
		Why: "Tracebacks and exception messages show file paths, library versions, SQL text, configuration " +
			"values and sometimes secrets; attackers use them to map the application and tune their attacks.",
		Bad: "import traceback\nfrom flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route(\"/report\")\ndef report():\n    try:\n        return build_report()\n" +
			"    except Exception:\n        return traceback.format_exc(), 500\n",
		Good: "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route(\"/report\")\ndef report():\n    try:\n        return build_report()\n" +
			"    except Exception:\n        app.logger.exception(\"report failed\")\n        return \"Internal error\", 500\n",
		Remediation: "Log the exception on the server (logger.exception) and send the client a generic message and an error id.",
		References:  []string{finding.CWELink(209), "https://cheatsheetseries.owasp.org/cheatsheets/Error_Handling_Cheat_Sheet.html"},
	},
}

// traceFormatters give a stack trace as text.
var traceFormatters = map[string]bool{
	"traceback.format_exc": true, "traceback.format_exception": true, "traceback.format_tb": true,
	"traceback.format_stack": true, "traceback.format_exception_only": true,
}

// responders build an HTTP response from their arguments.
var responders = map[string]bool{
	"Response": true, "make_response": true, "jsonify": true, "HttpResponse": true, "JsonResponse": true,
	"HttpResponseServerError": true, "HttpResponseBadRequest": true, "JSONResponse": true, "HTMLResponse": true,
	"PlainTextResponse": true, "abort": true, "HTTPException": true, "text": true, "json": true, "html": true,
}

// webFrameworks are the packages whose presence makes a module's functions handlers.
var webFrameworks = []string{"flask", "django", "fastapi", "starlette", "bottle", "tornado", "aiohttp",
	"pyramid", "falcon", "sanic", "quart", "cherrypy", "web2py", "masonite", "werkzeug"}

func init() {
	checks.Register(&checks.Check{Rule: ruleK114, Kinds: []checks.Kind{checks.KindCall},
		CallNames: checks.Names("format_exc", "format_exception", "format_tb", "format_stack", "format_exception_only", "str", "repr"),
		Run: func(ctx *checks.Context, _ any) *checks.Issue {
			if !webModule(ctx) || underDebugCheck(ctx) {
				return nil
			}
			if traceFormatters[ctx.QualName()] {
				if sentToClient(ctx) {
					return &checks.Issue{Severity: finding.Medium, Confidence: finding.High,
						Text: "Stack trace returned to the client; log it and send a generic error instead"}
				}
				return nil
			}
			// str(e) / repr(e) of the exception an enclosing handler caught.
			if name := ctx.Name(); (name == "str" || name == "repr") && ctx.ArgCount() == 1 {
				arg, ok := ctx.Call().Args[0].(*ast.Name)
				if ok && caughtName(ctx, arg.ID) && sentToClient(ctx) {
					return &checks.Issue{Severity: finding.Medium, Confidence: finding.Medium,
						Text: "Exception message returned to the client; log it and send a generic error instead"}
				}
			}
			return nil
		}})
}

func webModule(ctx *checks.Context) bool {
	return ctx.FileMemo("exposure.web", func() any {
		for _, m := range webFrameworks {
			if ctx.ImportedLike(m) {
				return true
			}
		}
		return false
	}).(bool)
}

// sentToClient reports whether the checked call is (part of) a return
// value of a function, or an argument of a response constructor, before any
// enclosing function or class boundary.
func sentToClient(ctx *checks.Context) bool {
	anc := ctx.Ancestors()
	for i := len(anc) - 1; i >= 0; i-- {
		switch n := anc[i].(type) {
		case *ast.Return:
			return true
		case *ast.Call:
			if responders[lastName(n.Func)] {
				return true
			}
			if lastName(n.Func) == "print" || isLogCall(n.Func) {
				return false
			}
		case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.Lambda, *ast.ClassDef, *ast.Module:
			return false
		case ast.Stmt:
			return false
		}
	}
	return false
}

// underDebugCheck reports a branch taken only in debug mode
// (`traceback.format_exc() if settings.DEBUG else "error"`).
func underDebugCheck(ctx *checks.Context) bool {
	for _, a := range ctx.Ancestors() {
		var test ast.Expr
		switch n := a.(type) {
		case *ast.IfExp:
			test = n.Test
		case *ast.If:
			test = n.Test
		default:
			continue
		}
		found := false
		ast.Inspect(test, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.Name:
				found = found || strings.Contains(strings.ToLower(x.ID), "debug")
			case *ast.Attribute:
				found = found || strings.Contains(strings.ToLower(x.Attr), "debug")
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// caughtName reports whether name is bound by an enclosing `except ... as name`.
func caughtName(ctx *checks.Context, name string) bool {
	anc := ctx.Ancestors()
	for i := len(anc) - 1; i >= 0; i-- {
		switch n := anc[i].(type) {
		case *ast.ExceptHandler:
			if n.Name == name {
				return true
			}
		case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.Lambda, *ast.ClassDef:
			return false
		}
	}
	return false
}

func lastName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Name:
		return e.ID
	case *ast.Attribute:
		return e.Attr
	}
	return ""
}

func isLogCall(e ast.Expr) bool {
	switch lastName(e) {
	case "debug", "info", "warning", "warn", "error", "exception", "critical", "log":
		return true
	}
	return false
}
