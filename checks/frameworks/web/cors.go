package web

import (
	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/checks/frameworks/internal/pyx"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

var corsMiddleware = map[string]bool{
	"starlette.middleware.cors.CORSMiddleware": true,
	"fastapi.middleware.cors.CORSMiddleware":   true,
}

func corsCallNames(any) []string {
	return []string{"CORS", "cross_origin", "cors", "route_cors", "websocket_cors", "CORSMiddleware", "add_middleware",
		"Middleware", "ResourceOptions"}
}

func runCORS(ctx *checks.Context, _ any) *checks.Issue {
	switch n := ctx.Node.(type) {
	case *ast.Module:
		return corsSettings(n)
	case *ast.Call:
		return corsCall(ctx, n)
	}
	return nil
}

func corsIssue(node ast.Node, text string) *checks.Issue {
	return &checks.Issue{Severity: finding.High, Confidence: finding.High, Line: pyx.Line(node), Text: text}
}

// isWildcard: '*', or a list/tuple containing '*'.
func isWildcard(v ast.Expr) bool { return pyx.HasStr(v, "*") }

func corsCall(ctx *checks.Context, call *ast.Call) *checks.Issue {
	if pyx.HasStarStar(call) {
		return nil
	}
	q := ctx.QualName()
	switch q {
	case "flask_cors.CORS", "flask_cors.cross_origin", "sanic_cors.CORS", "sanic_cors.cross_origin":
		return flaskCORS(call)
	case "quart_cors.cors", "quart_cors.route_cors", "quart_cors.websocket_cors":
		if isWildcard(pyx.Keyword(call, "allow_origin")) && pyx.IsTrue(pyx.Keyword(call, "allow_credentials")) {
			return corsIssue(call, q+" with allow_origin='*' and allow_credentials=True lets any site make credentialed requests.")
		}
		return nil
	case "falcon.CORSMiddleware", "falcon.middleware.CORSMiddleware":
		// allow_credentials='*' sends credentials to every allowed origin
		origins := pyx.Keyword(call, "allow_origins")
		if (origins == nil || isWildcard(origins)) && isWildcard(pyx.Keyword(call, "allow_credentials")) {
			return corsIssue(call, "Falcon CORSMiddleware with allow_origins='*' and allow_credentials='*' allows credentialed requests from every origin.")
		}
		return nil
	case "aiohttp_cors.ResourceOptions":
		if !pyx.IsTrue(pyx.Keyword(call, "allow_credentials")) {
			return nil
		}
		if d, ok := ctx.Parent(0).(*ast.Dict); ok {
			for i, v := range d.Values {
				if v == call && i < len(d.Keys) && isWildcard(d.Keys[i]) {
					return corsIssue(call, "aiohttp_cors allows credentials for origin '*'.")
				}
			}
		}
		return nil
	}
	if corsMiddleware[q] {
		return starletteCORS(call)
	}
	at, isAttr := call.Func.(*ast.Attribute)
	if isAttr && at.Attr == "add_middleware" || q == "starlette.middleware.Middleware" || q == "fastapi.middleware.Middleware" {
		if len(call.Args) > 0 && corsMiddleware[ctx.QualNameOf(call.Args[0])] {
			return starletteCORS(call)
		}
	}
	return nil
}

func starletteCORS(call *ast.Call) *checks.Issue {
	if !pyx.IsTrue(pyx.Keyword(call, "allow_credentials")) {
		return nil
	}
	if isWildcard(pyx.Keyword(call, "allow_origins")) {
		return corsIssue(call, "CORSMiddleware with allow_origins=['*'] and allow_credentials=True reflects any Origin for credentialed requests.")
	}
	if s, ok := pyx.Str(pyx.Keyword(call, "allow_origin_regex")); ok && (s == ".*" || s == ".+" || s == "^.*$" || s == "https?://.*") {
		return corsIssue(call, "CORSMiddleware with allow_origin_regex matching every origin and allow_credentials=True.")
	}
	return nil
}

// flaskCORS: Flask-CORS (and Sanic-CORS) default to origins='*'.
func flaskCORS(call *ast.Call) *checks.Issue {
	creds := pyx.IsTrue(pyx.Keyword(call, "supports_credentials"))
	origins := pyx.Keyword(call, "origins")
	wild := origins == nil || isWildcard(origins)
	if origins != nil && !isWildcard(origins) {
		if _, lit := pyx.Str(origins); !lit {
			if _, lit = pyx.Elts(origins); !lit {
				return nil // computed origins: unknown
			}
		}
	}
	if res, ok := pyx.Keyword(call, "resources").(*ast.Dict); ok {
		// per-resource options override the call's
		for _, v := range res.Values {
			opts, ok := v.(*ast.Dict)
			if !ok {
				continue
			}
			c := creds
			if sc := pyx.DictGet(opts, "supports_credentials"); sc != nil {
				c = pyx.IsTrue(sc)
			}
			w := wild
			if o := pyx.DictGet(opts, "origins"); o != nil {
				w = isWildcard(o)
			}
			if c && w {
				return corsIssue(call, "CORS resource allows credentials for every origin (origins '*' is the default).")
			}
		}
		return nil
	}
	if creds && wild {
		return corsIssue(call, "CORS with supports_credentials=True and origins '*' (the default) lets any site make credentialed requests.")
	}
	return nil
}

// corsSettings: django-cors-headers and Masonite settings modules.
func corsSettings(mod *ast.Module) *checks.Issue {
	var allowAll, creds ast.Node
	for _, a := range pyx.Assignments(mod.Body, pyx.Shallow) {
		n, ok := a.Target.(*ast.Name)
		if !ok {
			continue
		}
		switch n.ID {
		case "CORS_ALLOW_ALL_ORIGINS", "CORS_ORIGIN_ALLOW_ALL":
			if pyx.IsTrue(a.Value) {
				allowAll = a.Stmt
			}
		case "CORS_ALLOW_CREDENTIALS":
			if pyx.IsTrue(a.Value) {
				creds = a.Stmt
			}
		case "CORS":
			if d, ok := a.Value.(*ast.Dict); ok && isWildcard(pyx.DictGet(d, "allowed_origins")) && pyx.IsTrue(pyx.DictGet(d, "supports_credentials")) {
				return pyx.FileIssue([]pyx.Hit{{Node: a.Stmt, Text: "CORS settings allow every origin with credentials."}}, finding.High, finding.High)
			}
		}
	}
	if allowAll != nil && creds != nil {
		return pyx.FileIssue([]pyx.Hit{{Node: allowAll, Text: "django-cors-headers allows all origins together with CORS_ALLOW_CREDENTIALS = True."}}, finding.High, finding.High)
	}
	return nil
}
