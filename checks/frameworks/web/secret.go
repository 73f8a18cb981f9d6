package web

import (
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/checks/frameworks/internal/pyx"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

// secretArg0 are constructors whose first argument (or the named keyword)
// is a signing or encryption key.
var secretArg0 = map[string]string{
	"pyramid.session.SignedCookieSessionFactory":            "secret",
	"pyramid.authentication.AuthTktAuthenticationPolicy":    "secret",
	"pyramid.authentication.AuthTktCookieHelper":            "secret",
	"aiohttp_session.cookie_storage.EncryptedCookieStorage": "secret_key",
	"aiohttp_session.nacl_storage.NaClCookieStorage":        "secret_key",
	"starlette.middleware.sessions.SessionMiddleware":       "",
	"itsdangerous.URLSafeTimedSerializer":                   "secret_key",
	"itsdangerous.URLSafeSerializer":                        "secret_key",
	"itsdangerous.TimedSerializer":                          "secret_key",
	"itsdangerous.Serializer":                               "secret_key",
	"itsdangerous.Signer":                                   "secret_key",
	"itsdangerous.TimestampSigner":                          "secret_key",
}

func secretCallNames(any) []string {
	return []string{"URLSafeTimedSerializer", "URLSafeSerializer", "TimedSerializer", "Serializer", "Signer", "TimestampSigner",
		"SignedCookieSessionFactory", "AuthTktAuthenticationPolicy", "AuthTktCookieHelper", "EncryptedCookieStorage",
		"NaClCookieStorage", "SessionMiddleware", "add_middleware", "Middleware", "Application", "set_cookie", "get_cookie",
		"update", "from_mapping", "configure", "dict", "connect"}
}

func runSecret(ctx *checks.Context, _ any) *checks.Issue {
	switch n := ctx.Node.(type) {
	case *ast.Assign, *ast.AnnAssign:
		return secretAssign(ctx)
	case *ast.Call:
		return secretCall(ctx, n)
	case *ast.Constant:
		if key, v, ok := pyx.ConfigSubscript(ctx); ok {
			if key == "SECRET_KEY" {
				return secretIssue(ctx, v, "config['SECRET_KEY']")
			}
			return nil
		}
		// Tornado settings dict {'cookie_secret': '...'}
		key, v := pyx.DictValue(ctx, "cookie_secret")
		if key == "cookie_secret" && pyx.Imports(ctx, "tornado") {
			return secretIssue(ctx, v, "Tornado cookie_secret")
		}
	}
	return nil
}

func secretIssue(ctx *checks.Context, v ast.Expr, what string) *checks.Issue {
	line, fallback, ok := pyx.SecretLiteral(ctx, v)
	if !ok {
		return nil
	}
	if fallback {
		return &checks.Issue{Severity: finding.Medium, Confidence: finding.Medium, Line: line,
			Text: what + " falls back to a hard-coded value when the environment variable is missing."}
	}
	return &checks.Issue{Severity: finding.Medium, Confidence: finding.High, Line: line,
		Text: what + " is hard-coded: anyone with the source can forge signed cookies and tokens."}
}

func secretCall(ctx *checks.Context, call *ast.Call) *checks.Issue {
	if items, ok := pyx.ConfigCallItems(ctx, call); ok {
		for _, kv := range items {
			if kv.Key == "SECRET_KEY" {
				if is := secretIssue(ctx, kv.Value, "SECRET_KEY"); is != nil {
					return is
				}
			}
		}
		return nil
	}
	q := ctx.QualName()
	if kw, ok := secretArg0[q]; ok {
		if kw == "" { // SessionMiddleware(app, secret_key)
			return secretIssue(ctx, pyx.Arg(call, 1, "secret_key"), "SessionMiddleware secret_key")
		}
		return secretIssue(ctx, pyx.Arg(call, 0, kw), q[lastDot(q)+1:]+" secret")
	}
	switch q {
	case "tornado.web.Application":
		return secretIssue(ctx, pyx.Keyword(call, "cookie_secret"), "Tornado cookie_secret")
	case "starlette.middleware.Middleware", "fastapi.middleware.Middleware":
		if len(call.Args) > 0 && ctx.QualNameOf(call.Args[0]) == "starlette.middleware.sessions.SessionMiddleware" {
			return secretIssue(ctx, pyx.Keyword(call, "secret_key"), "SessionMiddleware secret_key")
		}
		return nil
	case "dict":
		if pyx.Imports(ctx, "tornado") {
			return secretIssue(ctx, pyx.Keyword(call, "cookie_secret"), "Tornado cookie_secret")
		}
		return nil
	}
	at, ok := call.Func.(*ast.Attribute)
	if !ok {
		return nil
	}
	switch at.Attr {
	case "add_middleware":
		if len(call.Args) > 0 && ctx.QualNameOf(call.Args[0]) == "starlette.middleware.sessions.SessionMiddleware" {
			return secretIssue(ctx, pyx.Keyword(call, "secret_key"), "SessionMiddleware secret_key")
		}
	case "connect":
		// web2py: session.connect(request, response, cookie_key='...')
		if pyx.Dotted(at.Value) == "session" {
			return secretIssue(ctx, pyx.Keyword(call, "cookie_key"), "web2py session cookie_key")
		}
	case "set_cookie", "get_cookie":
		// Bottle signs cookies with a secret= keyword
		if pyx.Imports(ctx, "bottle") {
			return secretIssue(ctx, pyx.Keyword(call, "secret"), "Bottle cookie secret")
		}
	}
	return nil
}

func lastDot(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}

// secretStrings are the str constants runSecret reads (the
// config['SECRET_KEY'] key, Tornado's settings dict key).
func secretStrings(any) []string { return []string{"SECRET_KEY", "cookie_secret"} }

// secretAssign: Django SECRET_KEY in a settings module; Flask/Quart
// app.secret_key, app.config['SECRET_KEY'] and SECRET_KEY in Flask
// modules and in any class named *Config; Masonite KEY.
func secretAssign(ctx *checks.Context) *checks.Issue {
	django := pyx.DjangoSettings(ctx)
	flask := pyx.Imports(ctx, "flask", "quart")
	masonite := pyx.Imports(ctx, "masonite")
	var hits []pyx.Hit
	depth := pyx.Classes // config classes
	if flask {
		depth = pyx.Deep // app.secret_key = ... inside create_app()
	}
	for _, a := range pyx.AssignmentsAt(ctx, depth) {
		if k := pyx.TargetKey(a.Target); k != "SECRET_KEY" && k != "secret_key" && k != "KEY" {
			continue
		}
		t, ok := pyx.TargetOf(a.Target)
		if !ok {
			continue
		}
		what := ""
		switch {
		case t.Owner == "" && t.Key == "SECRET_KEY" && !a.InFunc && (a.Class == "" && (django || flask) || a.Class != "" && (flask || strings.HasSuffix(a.Class, "Config"))):
			// settings modules, Flask modules, and config classes
			// (class Config: SECRET_KEY = ... loaded with from_object)
			what = "SECRET_KEY"
		case masonite && t.Owner == "" && t.Key == "KEY" && !a.InFunc && a.Class == "":
			what = "Masonite KEY"
		case flask && !t.Subscript && t.Key == "secret_key" && isAppName(t.Owner):
			what = t.Owner + ".secret_key"
		default:
			continue
		}
		if is := secretIssue(ctx, a.Value, what); is != nil {
			hits = append(hits, pyx.Hit{Node: a.Stmt, Text: is.Text})
		}
	}
	return pyx.FileIssue(hits, finding.Medium, finding.High)
}
