// Package web holds krait's cross-framework web settings checks
// (K201–K212): debug modes, hard-coded signing keys, host validation,
// cookie flags, CORS, CSRF and template autoescaping, for Django, Flask,
// Quart, Werkzeug, Starlette/FastAPI, Tornado, Bottle, Sanic, aiohttp,
// CherryPy, Pyramid and Falcon.
package web

import (
	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
)

func rule(id, name string, sev, conf finding.Level, cwe int, doc finding.Doc) *finding.Rule {
	doc.References = append(doc.References, finding.CWELink(cwe))
	return &finding.Rule{ID: id, Name: name, Severity: sev, Confidence: conf, CWE: cwe, MoreInfo: checks.KraitURL(id), Doc: doc}
}

var ruleDebug = rule("K201", "web_debug_mode", finding.High, finding.Medium, 489, finding.Doc{
	Summary: "A web framework's debug mode, interactive debugger or traceback pages are switched on in code " +
		"(Django/Masonite DEBUG = True or an environment lookup defaulting to True, Flask/Quart app.debug or config DEBUG, the Werkzeug debugger, Tornado debug/serve_traceback, " +
		"Bottle debug, Sanic debug/dev, Starlette/FastAPI debug, aiohttp debug, CherryPy show_tracebacks, the Pyramid debug toolbar, " +
		"Kore's development deployment).",
	Why: "Debug modes show stack traces, settings and source to anyone who triggers an error; the Werkzeug and Pyramid " +
		"debuggers even offer an interactive Python console, which is remote code execution if reachable. Settings " +
		"hard-coded in source end up in production sooner or later.",
	Bad:         "import tornado.web\napp = tornado.web.Application(handlers, debug=True)\n",
	Good:        "import os\nimport tornado.web\napp = tornado.web.Application(handlers, debug=os.environ.get(\"APP_DEBUG\") == \"1\")\n",
	Remediation: "Read the debug switch from the environment with a safe default (off), and never enable interactive debuggers on a reachable host.",
	References: []string{"https://docs.djangoproject.com/en/stable/ref/settings/#debug",
		"https://flask.palletsprojects.com/en/stable/debugging/",
		"https://www.tornadoweb.org/en/stable/guide/running.html#debug-mode-and-automatic-reloading"},
})

var ruleSecretKey = rule("K202", "web_secret_key_hardcoded", finding.Medium, finding.High, 798, finding.Doc{
	Summary: "A framework's signing key is written in the source: Django SECRET_KEY, Flask/Quart secret_key or config " +
		"SECRET_KEY, Tornado cookie_secret, Starlette SessionMiddleware secret_key, Pyramid session/auth-ticket secrets, " +
		"aiohttp-session EncryptedCookieStorage keys, Bottle cookie secrets, Masonite KEY, web2py cookie_key, itsdangerous serializer/signer keys — including a literal fallback such as " +
		"os.environ.get(\"SECRET_KEY\", \"dev\") or django-environ/decouple env(\"SECRET_KEY\", default=\"dev\").",
	Why: "The key signs session cookies, password-reset tokens and CSRF tokens. Anyone who reads the repository can " +
		"forge sessions (log in as any user) and, where sessions are pickled, run code on the server. A literal " +
		"fallback silently becomes the production key when the environment variable is missing.",
	Bad:         "from flask import Flask\napp = Flask(__name__)\napp.secret_key = \"dev-secret-123\"\n",
	Good:        "import os\nfrom flask import Flask\napp = Flask(__name__)\napp.secret_key = os.environ[\"FLASK_SECRET_KEY\"]\n",
	Remediation: "Load the key from the environment or a secret store without a default (fail at start-up when it is missing), and rotate any key that was committed.",
	References: []string{"https://docs.djangoproject.com/en/stable/ref/settings/#secret-key",
		"https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY"},
})

var ruleHosts = rule("K203", "allowed_hosts_wildcard", finding.Medium, finding.High, 20, finding.Doc{
	Summary: "Host-header validation is turned off: Django ALLOWED_HOSTS contains '*', or Starlette's TrustedHostMiddleware allows '*'.",
	Why: "With any Host accepted, an attacker controls the host name the application uses to build absolute URLs — " +
		"password-reset links, redirects and cache keys — which enables password-reset poisoning and web-cache poisoning.",
	Bad:         "ALLOWED_HOSTS = [\"*\"]\nROOT_URLCONF = \"site.urls\"\n",
	Good:        "ALLOWED_HOSTS = [\"www.example.com\", \"example.com\"]\nROOT_URLCONF = \"site.urls\"\n",
	Remediation: "List the host names the site is served under.",
	References: []string{"https://docs.djangoproject.com/en/stable/ref/settings/#allowed-hosts",
		"https://www.starlette.io/middleware/#trustedhostmiddleware"},
})

var ruleCookieSecure = rule("K204", "cookie_without_secure", finding.Medium, finding.Medium, 614, finding.Doc{
	Summary: "A cookie is set without the Secure attribute: set_cookie() without secure=True (Werkzeug/Flask, Django, " +
		"Starlette, aiohttp, Tornado, Bottle), session cookies configured insecure (SESSION_COOKIE_SECURE/CSRF_COOKIE_SECURE = False, " +
		"Starlette SessionMiddleware without https_only=True, Pyramid session and auth-ticket factories without secure=True, " +
		"aiohttp-session storages without secure=True, CherryPy tools.sessions.secure False, Falcon secure_cookies_by_default False).",
	Why: "Without Secure the browser also sends the cookie over plain HTTP, where anyone on the network path can read " +
		"it and take over the session.",
	Bad:         "from flask import make_response\nresp = make_response(\"ok\")\nresp.set_cookie(\"session_id\", sid, httponly=True, samesite=\"Lax\")\n",
	Good:        "from flask import make_response\nresp = make_response(\"ok\")\nresp.set_cookie(\"session_id\", sid, secure=True, httponly=True, samesite=\"Lax\")\n",
	Remediation: "Pass secure=True (and serve the site over HTTPS only), or enable the framework's secure-cookie setting.",
	References:  []string{"https://owasp.org/www-community/controls/SecureCookieAttribute", "https://flask.palletsprojects.com/en/stable/security/#set-cookie-options"},
})

var ruleCookieHTTPOnly = rule("K205", "cookie_without_httponly", finding.Low, finding.Medium, 1004, finding.Doc{
	Summary: "A cookie is set without the HttpOnly attribute: set_cookie() without httponly=True, SESSION_COOKIE_HTTPONLY = False, " +
		"Pyramid session/auth-ticket factories without httponly/http_only=True, CherryPy tools.sessions.httponly False.",
	Why:         "Cookies without HttpOnly can be read by JavaScript, so any cross-site-scripting bug becomes a session theft.",
	Bad:         "from flask import make_response\nresp = make_response(\"ok\")\nresp.set_cookie(\"session_id\", sid, secure=True)\n",
	Good:        "from flask import make_response\nresp = make_response(\"ok\")\nresp.set_cookie(\"session_id\", sid, secure=True, httponly=True)\n",
	Remediation: "Pass httponly=True for every cookie scripts do not need to read (session and authentication cookies always).",
	References:  []string{"https://owasp.org/www-community/HttpOnly"},
})

var ruleCookieSameSite = rule("K206", "cookie_samesite_none", finding.Low, finding.High, 1275, finding.Doc{
	Summary: "A cookie is explicitly marked SameSite=None (set_cookie(samesite=\"None\"), SESSION_COOKIE_SAMESITE/CSRF_COOKIE_SAMESITE = None or \"None\" in Django, Starlette SessionMiddleware(same_site=\"none\")).",
	Why: "SameSite=None makes the browser attach the cookie to requests started by any other site, which re-opens " +
		"cross-site request forgery and cross-site leaks that the Lax default blocks.",
	Bad:         "from flask import make_response\nresp = make_response(\"ok\")\nresp.set_cookie(\"sid\", sid, secure=True, httponly=True, samesite=\"None\")\n",
	Good:        "from flask import make_response\nresp = make_response(\"ok\")\nresp.set_cookie(\"sid\", sid, secure=True, httponly=True, samesite=\"Lax\")\n",
	Remediation: "Use SameSite=Lax (or Strict); keep None only for cookies that must be sent in third-party contexts, together with Secure and CSRF tokens.",
	References:  []string{"https://owasp.org/www-community/SameSite", "https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-samesite"},
})

var ruleCORS = rule("K207", "cors_wildcard_with_credentials", finding.High, finding.High, 942, finding.Doc{
	Summary: "CORS allows any origin together with credentials: flask_cors/sanic_cors CORS or cross_origin with " +
		"supports_credentials=True and origins '*' (the default), Starlette/FastAPI CORSMiddleware with allow_origins=['*'] " +
		"(or allow_origin_regex='.*') and allow_credentials=True, quart_cors with allow_origin='*' and allow_credentials=True, " +
		"Falcon CORSMiddleware with allow_origins='*' and allow_credentials, aiohttp_cors ResourceOptions(allow_credentials=True) " +
		"for '*', django-cors-headers CORS_ALLOW_ALL_ORIGINS with CORS_ALLOW_CREDENTIALS, a Masonite CORS dict with allowed_origins '*' and supports_credentials.",
	Why: "These libraries answer a credentialed request from a wildcard configuration by reflecting the caller's Origin, " +
		"so any web site a logged-in user visits can read authenticated API responses (account data, CSRF tokens).",
	Bad:         "from fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\napp = FastAPI()\napp.add_middleware(CORSMiddleware, allow_origins=[\"*\"], allow_credentials=True)\n",
	Good:        "from fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\napp = FastAPI()\napp.add_middleware(CORSMiddleware, allow_origins=[\"https://app.example.com\"], allow_credentials=True)\n",
	Remediation: "List the trusted origins explicitly when credentials are allowed; keep '*' only for public, credential-less APIs.",
	References: []string{"https://portswigger.net/web-security/cors",
		"https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS#credentialed_requests_and_wildcards"},
})

var ruleCSRFOff = rule("K208", "csrf_protection_disabled", finding.High, finding.Medium, 352, finding.Doc{
	Summary: "CSRF protection is switched off for a whole application: Django MIDDLEWARE with authentication/sessions but " +
		"without CsrfViewMiddleware, Masonite VerifyCsrfToken with exempt = ['*'], Flask-WTF WTF_CSRF_ENABLED/WTF_CSRF_CHECK_DEFAULT = False, Tornado " +
		"Application(xsrf_cookies=False) or a no-op check_xsrf_cookie override, Pyramid set_default_csrf_options(require_csrf=False or check_origin=False).",
	Why: "Without CSRF checks any web site a logged-in user visits can submit forms to the application in the user's " +
		"name: change e-mail addresses and passwords, transfer data, perform admin actions.",
	Bad: "MIDDLEWARE = [\n    \"django.contrib.sessions.middleware.SessionMiddleware\",\n" +
		"    \"django.contrib.auth.middleware.AuthenticationMiddleware\",\n]\n",
	Good: "MIDDLEWARE = [\n    \"django.contrib.sessions.middleware.SessionMiddleware\",\n    \"django.middleware.csrf.CsrfViewMiddleware\",\n" +
		"    \"django.contrib.auth.middleware.AuthenticationMiddleware\",\n]\n",
	Remediation: "Keep the framework's CSRF protection on globally; APIs authenticated only by bearer tokens (not cookies) can opt out per view.",
	References: []string{"https://docs.djangoproject.com/en/stable/ref/csrf/",
		"https://owasp.org/www-community/attacks/csrf"},
})

var ruleCSRFExempt = rule("K209", "csrf_exempt_view", finding.Medium, finding.High, 352, finding.Doc{
	Summary: "A view is exempted from CSRF protection: Django @csrf_exempt / csrf_exempt(view) / method_decorator(csrf_exempt), " +
		"Flask-WTF @csrf.exempt or csrf.exempt(view), Pyramid @view_config(require_csrf=False).",
	Why: "An exempted view that changes state on behalf of a cookie-authenticated user can be triggered from any other " +
		"web site (cross-site request forgery).",
	Bad:         "from django.views.decorators.csrf import csrf_exempt\n\n@csrf_exempt\ndef transfer(request):\n    ...\n",
	Good:        "from django.views.decorators.http import require_POST\n\n@require_POST\ndef transfer(request):\n    ...\n",
	Remediation: "Keep CSRF checks on; for webhooks authenticate the caller another way (HMAC signature) and keep the view free of cookie-based authority.",
	References:  []string{"https://docs.djangoproject.com/en/stable/howto/csrf/#disabling-csrf-protection-for-just-a-few-views"},
})

var ruleAutoescape = rule("K210", "template_autoescape_off", finding.Medium, finding.High, 79, finding.Doc{
	Summary: "Template autoescaping is switched off where bandit's B701 does not look: Django TEMPLATES OPTIONS autoescape False, " +
		"django.template.Engine/Context(autoescape=False), Flask app.jinja_env.autoescape = False or jinja_options autoescape False, " +
		"Tornado Application(autoescape=None), aiohttp_jinja2.setup(autoescape=False), Bottle SimpleTemplate(noescape=True).",
	Why: "With autoescaping off every variable rendered into HTML must be escaped by hand; one forgotten value is a " +
		"cross-site-scripting hole.",
	Bad:         "import tornado.web\napp = tornado.web.Application(handlers, autoescape=None)\n",
	Good:        "import tornado.web\napp = tornado.web.Application(handlers)\n",
	Remediation: "Keep autoescaping on and mark the few trusted HTML fragments safe explicitly.",
	References: []string{"https://docs.djangoproject.com/en/stable/ref/templates/api/#django.template.Engine",
		"https://www.tornadoweb.org/en/stable/template.html"},
})
