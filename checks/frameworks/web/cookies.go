package web

import (
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/checks/frameworks/internal/pyx"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

// cookieFlag is which of the three cookie rules a check stands for.
type cookieFlag int

const (
	flagSecure cookieFlag = iota
	flagHTTPOnly
	flagSameSite
)

// webFrameworks are the packages whose response objects have set_cookie
// with secure/httponly/samesite keywords.
var webFrameworks = []string{"flask", "werkzeug", "django", "starlette", "fastapi", "aiohttp", "bottle", "tornado",
	"quart", "sanic", "falcon", "pyramid", "webob", "masonite"}

var positionalCookieFrameworks = []string{"flask", "werkzeug", "quart", "django", "starlette", "fastapi"}

func cookieCallNames(any) []string {
	return []string{"set_cookie", "set_signed_cookie", "set_secure_cookie", "add_cookie", "SessionMiddleware",
		"add_middleware", "Middleware", "SignedCookieSessionFactory", "AuthTktAuthenticationPolicy", "AuthTktCookieHelper",
		"EncryptedCookieStorage", "NaClCookieStorage", "RedisStorage", "update", "from_mapping", "configure"}
}

func runCookie(flag cookieFlag) func(*checks.Context, any) *checks.Issue {
	return func(ctx *checks.Context, _ any) *checks.Issue {
		switch n := ctx.Node.(type) {
		case *ast.Assign, *ast.AnnAssign:
			return cookieAssign(ctx, flag)
		case *ast.Call:
			return cookieCall(ctx, n, flag)
		case *ast.Constant:
			if key, v, ok := pyx.ConfigSubscript(ctx); ok {
				if text := cookieSetting(key, v, flag, false); text != "" {
					return cookieIssue(flag, ctx.Node, text, true)
				}
				return nil
			}
			return cookieDictKey(ctx, flag)
		}
		return nil
	}
}

// missingOrFalse: the keyword is absent, or False/None (literally or
// through a name bound once to that constant).
func missingOrFalse(ctx *checks.Context, call *ast.Call, kw string) (ast.Expr, bool) {
	v := pyx.Keyword(call, kw)
	if v == nil {
		return nil, true
	}
	return v, falseOrNone(ctx, v)
}

func falseOrNone(ctx *checks.Context, v ast.Expr) bool {
	r := pyx.Resolved(ctx, v)
	return pyx.IsFalse(r) || pyx.IsNone(r)
}

func isNoneSameSite(ctx *checks.Context, v ast.Expr) bool { return isNoneStr(pyx.Resolved(ctx, v)) }

func isNoneStr(v ast.Expr) bool {
	s, ok := pyx.Str(v)
	return ok && strings.EqualFold(s, "none")
}

func cookieCall(ctx *checks.Context, call *ast.Call, flag cookieFlag) *checks.Issue {
	if items, ok := pyx.ConfigCallItems(ctx, call); ok {
		for _, kv := range items {
			if text := cookieSetting(kv.Key, kv.Value, flag, false); text != "" {
				return cookieIssue(flag, kv.Node, text, true)
			}
		}
		return nil
	}
	if pyx.HasStarStar(call) {
		return nil
	}
	switch name := ctx.Name(); name {
	case "set_cookie", "set_signed_cookie", "set_secure_cookie", "add_cookie":
		return setCookie(ctx, call, name, flag)
	}
	q := ctx.QualName()
	if at, ok := call.Func.(*ast.Attribute); ok && at.Attr == "add_middleware" || q == "starlette.middleware.Middleware" || q == "fastapi.middleware.Middleware" {
		if len(call.Args) == 0 || ctx.QualNameOf(call.Args[0]) != "starlette.middleware.sessions.SessionMiddleware" {
			return nil
		}
		q = "starlette.middleware.sessions.SessionMiddleware"
	}
	var kw string
	switch q {
	case "starlette.middleware.sessions.SessionMiddleware":
		switch flag {
		case flagSecure:
			kw = "https_only"
		case flagSameSite:
			if v := pyx.Keyword(call, "same_site"); isNoneSameSite(ctx, v) {
				return cookieIssue(flag, v, "SessionMiddleware(same_site='none') sends the session cookie on cross-site requests.", true)
			}
		}
	case "pyramid.session.SignedCookieSessionFactory":
		kw = map[cookieFlag]string{flagSecure: "secure", flagHTTPOnly: "httponly"}[flag]
	case "pyramid.authentication.AuthTktAuthenticationPolicy", "pyramid.authentication.AuthTktCookieHelper":
		kw = map[cookieFlag]string{flagSecure: "secure", flagHTTPOnly: "http_only"}[flag]
	case "aiohttp_session.cookie_storage.EncryptedCookieStorage", "aiohttp_session.nacl_storage.NaClCookieStorage",
		"aiohttp_session.redis_storage.RedisStorage", "aiohttp_session.SimpleCookieStorage":
		if flag == flagSecure {
			kw = "secure"
		}
	}
	if kw == "" {
		return nil
	}
	if v, bad := missingOrFalse(ctx, call, kw); bad {
		short := q[lastDot(q)+1:]
		if v == nil {
			return cookieIssue(flag, call, short+" without "+kw+"=True: its cookie lacks the "+flagName(flag)+" attribute.", false)
		}
		return cookieIssue(flag, v, short+" with "+kw+"=False: its cookie lacks the "+flagName(flag)+" attribute.", true)
	}
	return nil
}

func flagName(f cookieFlag) string {
	switch f {
	case flagSecure:
		return "Secure"
	case flagHTTPOnly:
		return "HttpOnly"
	}
	return "SameSite"
}

func cookieIssue(flag cookieFlag, node ast.Node, text string, explicit bool) *checks.Issue {
	sev, conf := finding.Medium, finding.Medium
	switch flag {
	case flagHTTPOnly:
		sev = finding.Low
	case flagSameSite:
		sev, conf = finding.Low, finding.High
	}
	if explicit {
		conf = finding.High
	}
	return &checks.Issue{Severity: sev, Confidence: conf, Line: pyx.Line(node), Text: text}
}

// setCookie checks a response's set_cookie-style call.
func setCookie(ctx *checks.Context, call *ast.Call, name string, flag cookieFlag) *checks.Issue {
	q := strings.ToLower(ctx.QualName())
	if strings.Contains(q, "cookiejar") || strings.Contains(q, "client") || len(call.Args)+len(call.Keywords) < 2 {
		// http.cookiejar's set_cookie(cookie), test clients setting request
		// cookies
		return nil
	}
	if !pyx.Imports(ctx, webFrameworks...) {
		return nil
	}
	// Werkzeug/Flask/Quart, Django and Starlette share the positional order
	// (key, value, max_age, expires, path, domain, secure, httponly,
	// samesite); other frameworks' positional flags are not read.
	positional := len(call.Args) > 6 && name == "set_cookie" && pyx.Imports(ctx, positionalCookieFrameworks...)
	if len(call.Args) > 5 && !positional {
		return nil
	}
	// deleting or clearing a cookie (empty value, expiry in the past)
	// carries no secret
	if v, ok := pyx.Str(pyx.Arg(call, 1, "value")); ok && v == "" {
		return nil
	}
	for _, kw := range []string{"max_age", "expires"} {
		if v, ok := pyx.Keyword(call, kw).(*ast.Constant); ok {
			if n, isInt := v.Value.(int64); isInt && n <= 0 {
				return nil
			}
		}
	}
	// Sanic's add_cookie and Falcon's set_cookie default to Secure (and
	// Falcon to HttpOnly): only explicit opt-outs count there.
	defaultOn := name == "add_cookie" && pyx.Imports(ctx, "sanic") || pyx.Imports(ctx, "falcon")
	if name == "add_cookie" && !pyx.Imports(ctx, "sanic") {
		return nil
	}
	var kw string
	switch flag {
	case flagSecure:
		kw = "secure"
	case flagHTTPOnly:
		kw = "httponly"
		if pyx.Keyword(call, "http_only") != nil || pyx.Imports(ctx, "falcon") {
			kw = "http_only"
		}
	case flagSameSite:
		v := pyx.Keyword(call, "samesite")
		if v == nil {
			v = pyx.Keyword(call, "same_site")
		}
		if v == nil && positional {
			v = pyx.Arg(call, 8, "")
		}
		if isNoneSameSite(ctx, v) {
			return cookieIssue(flag, v, "Cookie set with SameSite=None: the browser sends it on cross-site requests.", true)
		}
		return nil
	}
	v, bad := missingOrFalse(ctx, call, kw)
	if pos := map[cookieFlag]int{flagSecure: 6, flagHTTPOnly: 7}[flag]; positional && v == nil && len(call.Args) > pos {
		v = call.Args[pos]
		bad = falseOrNone(ctx, v)
	}
	if defaultOn && pyx.IsNone(pyx.Resolved(ctx, v)) {
		bad = false // None keeps the framework's secure default
	}
	if !bad {
		return nil
	}
	if v == nil {
		if defaultOn && (flag == flagSecure || pyx.Imports(ctx, "falcon")) {
			return nil
		}
		return cookieIssue(flag, call, "Cookie set without "+kw+"=True: it lacks the "+flagName(flag)+" attribute.", false)
	}
	return cookieIssue(flag, v, "Cookie set with "+kw+"=False: it lacks the "+flagName(flag)+" attribute.", true)
}

// cookieSetting judges one configuration entry; django is true in a
// Django settings module, where SAMESITE None also removes the flag.
func cookieSetting(key string, v ast.Expr, flag cookieFlag, django bool) string {
	switch flag {
	case flagSecure:
		switch key {
		case "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "REMEMBER_COOKIE_SECURE":
			if pyx.IsFalse(v) {
				return key + " = False: the cookie is also sent over plain HTTP."
			}
		}
	case flagHTTPOnly:
		switch key {
		case "SESSION_COOKIE_HTTPONLY", "REMEMBER_COOKIE_HTTPONLY":
			if pyx.IsFalse(v) {
				return key + " = False: scripts can read the cookie."
			}
		}
	case flagSameSite:
		switch key {
		case "SESSION_COOKIE_SAMESITE", "CSRF_COOKIE_SAMESITE", "REMEMBER_COOKIE_SAMESITE":
			if isNoneStr(v) || django && pyx.IsNone(v) {
				return key + " = None: the cookie is sent on cross-site requests."
			}
		}
	}
	return ""
}

// cookieDictKey handles CherryPy config dicts.
func cookieDictKey(ctx *checks.Context, flag cookieFlag) *checks.Issue {
	want := "tools.sessions.secure"
	switch flag {
	case flagHTTPOnly:
		want = "tools.sessions.httponly"
	case flagSameSite:
		return nil
	}
	key, v := pyx.DictValue(ctx, want)
	if want == "" || key != want || !pyx.IsFalse(v) {
		return nil
	}
	return cookieIssue(flag, ctx.Node, "CherryPy "+key+" = False: the session cookie lacks the "+flagName(flag)+" attribute.", true)
}

// cookieSettingNames are the setting names cookieSetting judges.
func cookieSettingNames() []string {
	return []string{"SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "REMEMBER_COOKIE_SECURE",
		"SESSION_COOKIE_HTTPONLY", "REMEMBER_COOKIE_HTTPONLY",
		"SESSION_COOKIE_SAMESITE", "CSRF_COOKIE_SAMESITE", "REMEMBER_COOKIE_SAMESITE"}
}

// cookieTargetKeys are the assignment targets cookieAssign reads.
func cookieTargetKeys(any) []string {
	return append(cookieSettingNames(), "secure_cookies_by_default")
}

// cookieStrings are the str constants runCookie reads: config['KEY']
// keys and CherryPy config dict keys.
func cookieStrings(any) []string {
	return append(cookieSettingNames(), "tools.sessions.secure", "tools.sessions.httponly")
}

// cookieAssign reads settings modules and config classes.
func cookieAssign(ctx *checks.Context, flag cookieFlag) *checks.Issue {
	var hits []pyx.Hit
	// config['KEY'] = ... assignments are read through their key (KindStr)
	for _, a := range pyx.AssignmentsAt(ctx, pyx.Classes) {
		if k := pyx.TargetKey(a.Target); !strings.Contains(k, "COOKIE_") && k != "secure_cookies_by_default" {
			continue
		}
		t, ok := pyx.TargetOf(a.Target)
		if !ok {
			continue
		}
		if flag == flagSecure && !t.Subscript && t.Key == "secure_cookies_by_default" && strings.HasSuffix(t.Owner, "resp_options") && pyx.IsFalse(a.Value) {
			hits = append(hits, pyx.Hit{Node: a.Stmt, Text: "Falcon secure_cookies_by_default = False: cookies lack the Secure attribute."})
			continue
		}
		if t.Owner != "" {
			continue
		}
		if text := cookieSetting(t.Key, a.Value, flag, pyx.DjangoSettings(ctx)); text != "" {
			hits = append(hits, pyx.Hit{Node: a.Stmt, Text: text})
		}
	}
	sev, conf := finding.Medium, finding.High
	if flag != flagSecure {
		sev = finding.Low
	}
	return pyx.FileIssue(hits, sev, conf)
}
