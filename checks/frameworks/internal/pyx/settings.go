package pyx

import (
	"path/filepath"
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/python/ast"
)

var settingsMarkers = map[string]bool{
	"INSTALLED_APPS": true, "MIDDLEWARE": true, "MIDDLEWARE_CLASSES": true, "ROOT_URLCONF": true,
	"WSGI_APPLICATION": true, "ASGI_APPLICATION": true, "DATABASES": true, "AUTH_PASSWORD_VALIDATORS": true,
	"TEMPLATES": true, "STATIC_URL": true, "DEFAULT_AUTO_FIELD": true,
}

// IsDjangoSettings reports whether a module looks like a Django settings
// module: it assigns Django-only setting names at module level, or it is
// named settings*.py / lives in a settings package and imports no web
// framework other than Django.
func IsDjangoSettings(mod *ast.Module, filename string) bool {
	if mod == nil {
		return false
	}
	marked := false
	EachAssign(mod.Body, Shallow, func(a Assignment) {
		if n, ok := a.Target.(*ast.Name); ok && settingsMarkers[n.ID] {
			marked = true
		}
	})
	if marked {
		return true
	}
	base := strings.ToLower(filepath.Base(filename))
	dir := strings.ToLower(filepath.Base(filepath.Dir(filename)))
	if !strings.HasPrefix(base, "settings") && dir != "settings" {
		return false
	}
	// a flask/quart config module named settings.py is not Django's
	for _, s := range mod.Body {
		switch x := s.(type) {
		case *ast.Import:
			for _, a := range x.Names {
				if a != nil && isOtherFramework(a.Name) {
					return false
				}
			}
		case *ast.ImportFrom:
			if isOtherFramework(x.Module) {
				return false
			}
		}
	}
	return true
}

func isOtherFramework(m string) bool {
	root, _, _ := strings.Cut(m, ".")
	switch root {
	case "flask", "quart", "fastapi", "starlette", "tornado", "sanic", "bottle", "aiohttp", "falcon", "pyramid", "cherrypy":
		return true
	}
	return false
}

// ModuleImports reports whether the module imports any of the given
// top-level packages anywhere in its top-level statements (including
// inside if/try blocks).
func ModuleImports(mod *ast.Module, roots ...string) bool {
	if mod == nil {
		return false
	}
	want := func(m string) bool {
		r, _, _ := strings.Cut(m, ".")
		for _, x := range roots {
			if r == x {
				return true
			}
		}
		return false
	}
	found := false
	var visit func([]ast.Stmt)
	visit = func(stmts []ast.Stmt) {
		for _, s := range stmts {
			if found {
				return
			}
			switch x := s.(type) {
			case *ast.Import:
				for _, a := range x.Names {
					if a != nil && want(a.Name) {
						found = true
					}
				}
			case *ast.ImportFrom:
				if x.Level == 0 && want(x.Module) {
					found = true
				}
			case *ast.If:
				visit(x.Body)
				visit(x.Orelse)
			case *ast.Try:
				visit(x.Body)
				for _, h := range x.Handlers {
					if h != nil {
						visit(h.Body)
					}
				}
			}
		}
	}
	visit(mod.Body)
	return found
}

// envLookups are calls that read a setting from the environment with a
// fallback: os.environ.get/os.getenv (positional default), django-environ
// (env(...), env.str/bool(...)), python-decouple's config(...) and
// Masonite's env(...).
var envLookups = map[string]bool{
	"os.environ.get": true, "os.getenv": true, "environ.get": true, "getenv": true, "os.environ.setdefault": true,
	"env": true, "env.str": true, "env.bool": true, "decouple.config": true,
	"masonite.environment.env": true, "masonite.env": true,
}

// EnvDefault returns the fallback of an environment lookup (its second
// positional argument or its default= keyword), or nil.
func EnvDefault(ctx *checks.Context, e ast.Expr) ast.Expr {
	call, ok := e.(*ast.Call)
	if !ok || !envLookups[ctx.CallName(call)] {
		return nil
	}
	if d := Keyword(call, "default"); d != nil {
		return d
	}
	if len(call.Args) >= 2 {
		return call.Args[1]
	}
	return nil
}

// SecretLiteral reports whether e hard-codes a secret: a non-empty str (or
// bytes) constant, or an environment lookup with a literal fallback
// (`os.environ.get('K', 'dev')`, `env('K', default='dev')`,
// `os.environ.get('K') or 'dev'`). It returns the line of the literal.
func SecretLiteral(ctx *checks.Context, e ast.Expr) (line int, fallback, ok bool) {
	switch x := e.(type) {
	case *ast.Constant:
		switch v := x.Value.(type) {
		case string:
			return int(x.Lineno), false, strings.TrimSpace(v) != ""
		case ast.Bytes:
			return int(x.Lineno), false, len(v) > 0
		}
	case *ast.Call:
		if d := EnvDefault(ctx, x); d != nil {
			if l, _, ok := SecretLiteral(ctx, d); ok {
				return l, true, true
			}
		}
	case *ast.BoolOp:
		if x.Op == ast.Or && len(x.Values) >= 2 {
			if l, _, ok := SecretLiteral(ctx, x.Values[len(x.Values)-1]); ok {
				return l, true, true
			}
		}
	}
	return 0, false, false
}

// TrueOrEnvTrue reports whether e is True, or an environment lookup that
// falls back to True ("True"/"1" strings included).
func TrueOrEnvTrue(ctx *checks.Context, e ast.Expr) (isTrue, fallback bool) {
	if IsTrue(e) {
		return true, false
	}
	d := EnvDefault(ctx, e)
	if IsTrue(d) {
		return true, true
	}
	if s, ok := Str(d); ok && (strings.EqualFold(s, "true") || s == "1" || strings.EqualFold(s, "on") || strings.EqualFold(s, "yes")) {
		return true, true
	}
	return false, false
}

// KV is one keyword-style setting passed to a configuration call.
type KV struct {
	Key   string
	Value ast.Expr
	Node  ast.Node // the keyword or dict key, for its line
}

// ConfigCallItems returns the settings a call passes when it updates a
// configuration mapping: `<...>.config.update(K=v)` / `.from_mapping(...)`
// (also with a dict display argument) and Django's
// `settings.configure(K=v)`. ok is false for other calls.
func ConfigCallItems(ctx *checks.Context, call *ast.Call) (items []KV, ok bool) {
	at, isAttr := call.Func.(*ast.Attribute)
	if !isAttr {
		return nil, false
	}
	owner := Dotted(at.Value)
	switch {
	case (at.Attr == "update" || at.Attr == "from_mapping") && (owner == "config" || strings.HasSuffix(owner, ".config")):
	case at.Attr == "configure" && ctx.CallName(call) == "django.conf.settings.configure":
	default:
		return nil, false
	}
	for _, k := range call.Keywords {
		if k != nil && k.Arg != "" {
			items = append(items, KV{k.Arg, k.Value, k})
		}
	}
	if len(call.Args) > 0 {
		if d, isDict := call.Args[0].(*ast.Dict); isDict {
			for i, key := range d.Keys {
				if s, isStr := Str(key); isStr && i < len(d.Values) {
					items = append(items, KV{s, d.Values[i], key})
				}
			}
		}
	}
	return items, true
}

// IsConfigOwner reports whether a dotted owner names a config mapping
// (`app.config`, `config`, `self.app.config`).
func IsConfigOwner(owner string) bool {
	return owner == "config" || strings.HasSuffix(owner, ".config")
}

// IsTestPath reports whether a file is test code or test configuration:
// a tests/test directory, or a base name like test_x.py, x_test.py,
// test.py, settings_test.py, conftest.py.
func IsTestPath(filename string) bool {
	parts := strings.Split(filepath.ToSlash(strings.ToLower(filename)), "/")
	for _, p := range parts[:len(parts)-1] {
		if p == "test" || p == "tests" || p == "testing" {
			return true
		}
	}
	base := strings.TrimSuffix(parts[len(parts)-1], ".py")
	switch base {
	case "test", "tests", "testing", "conftest":
		return true
	}
	return strings.HasPrefix(base, "test_") || strings.HasSuffix(base, "_test") || strings.HasSuffix(base, "_tests") || strings.Contains(base, "_test_")
}
