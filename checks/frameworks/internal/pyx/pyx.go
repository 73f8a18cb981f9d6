// Package pyx holds small AST helpers shared by the framework checks:
// literal tests, assignment targets, statement iteration for settings
// files and the password-like name test.
package pyx

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

// IsTrue reports whether e is the constant True.
func IsTrue(e ast.Expr) bool {
	k, ok := e.(*ast.Constant)
	if !ok {
		return false
	}
	b, ok := k.Value.(bool)
	return ok && b
}

// IsFalse reports whether e is the constant False.
func IsFalse(e ast.Expr) bool {
	k, ok := e.(*ast.Constant)
	if !ok {
		return false
	}
	b, ok := k.Value.(bool)
	return ok && !b
}

// IsNone reports whether e is the constant None.
func IsNone(e ast.Expr) bool {
	k, ok := e.(*ast.Constant)
	return ok && k.Value == nil
}

// Str returns the value of a str constant.
func Str(e ast.Expr) (string, bool) { return checks.StrConst(e) }

// Line is the first line of a node (0 for nil).
func Line(n ast.Node) int {
	if p, ok := n.(ast.Positioned); ok && n != nil {
		return p.Position().Lineno
	}
	return 0
}

// Elts returns the elements of a list, tuple or set display.
func Elts(e ast.Expr) ([]ast.Expr, bool) {
	switch x := e.(type) {
	case *ast.List:
		return x.Elts, true
	case *ast.Tuple:
		return x.Elts, true
	case *ast.Set:
		return x.Elts, true
	}
	return nil, false
}

// HasStr reports whether a list/tuple/set display (or a bare string)
// contains the string s.
func HasStr(e ast.Expr, s string) bool {
	if v, ok := Str(e); ok {
		return v == s
	}
	elts, _ := Elts(e)
	for _, x := range elts {
		if v, ok := Str(x); ok && v == s {
			return true
		}
	}
	return false
}

// DictGet returns the value for a str key of a dict display.
func DictGet(d *ast.Dict, key string) ast.Expr {
	if d == nil {
		return nil
	}
	for i, k := range d.Keys {
		if v, ok := Str(k); ok && v == key && i < len(d.Values) {
			return d.Values[i]
		}
	}
	return nil
}

// Keyword returns a call's keyword value by name (the last one), or nil.
func Keyword(call *ast.Call, name string) ast.Expr {
	var out ast.Expr
	for _, k := range call.Keywords {
		if k != nil && k.Arg == name {
			out = k.Value
		}
	}
	return out
}

// Arg returns positional argument i, or the keyword name, or nil.
func Arg(call *ast.Call, i int, name string) ast.Expr {
	if i >= 0 && i < len(call.Args) {
		if _, star := call.Args[i].(*ast.Starred); !star {
			return call.Args[i]
		}
		return nil
	}
	if name == "" {
		return nil
	}
	return Keyword(call, name)
}

// HasStarStar reports whether a call passes **kwargs (its keywords are
// then unknown).
func HasStarStar(call *ast.Call) bool {
	for _, k := range call.Keywords {
		if k != nil && k.Arg == "" {
			return true
		}
	}
	return false
}

// Target describes an assignment target as a setting: a bare name
// (`DEBUG`), an attribute (`app.debug` → Owner "app", Key "debug") or a
// subscript with a str key (`app.config['DEBUG']` → Owner "app.config",
// Key "DEBUG", Subscript true).
type Target struct {
	Owner     string
	Key       string
	Subscript bool
}

// TargetOf reads an assignment target; ok is false for other shapes.
func TargetOf(e ast.Expr) (Target, bool) {
	switch x := e.(type) {
	case *ast.Name:
		return Target{Key: x.ID}, true
	case *ast.Attribute:
		return Target{Owner: Dotted(x.Value), Key: x.Attr}, true
	case *ast.Subscript:
		if k, ok := Str(x.Slice); ok {
			return Target{Owner: Dotted(x.Value), Key: k, Subscript: true}, true
		}
	}
	return Target{}, false
}

// Dotted renders a Name/Attribute chain ("self.app.config"), "" otherwise.
func Dotted(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Name:
		return x.ID
	case *ast.Attribute:
		if p := Dotted(x.Value); p != "" {
			return p + "." + x.Attr
		}
	}
	return ""
}

// Assignment is one `target = value` pair from an Assign or AnnAssign.
type Assignment struct {
	Target ast.Expr
	Value  ast.Expr
	Stmt   ast.Stmt
	// Class is the innermost enclosing class's name ("" outside classes);
	// InFunc is set inside a function body.
	Class  string
	InFunc bool
}

// Assignments lists the assignments of a statement list in source order,
// descending into if/try/with/for/while/match blocks; with deep it also
// descends into function and class bodies. Tuple targets are paired with
// tuple values element by element.
//
// The check API dispatches no Assign nodes, so settings checks read them
// from the module (KindFile) with this statement-level iterator.
func Assignments(body []ast.Stmt, deep bool) []Assignment {
	var out []Assignment
	EachAssign(body, deep, func(a Assignment) { out = append(out, a) })
	return out
}

// EachAssign calls fn for each assignment Assignments would list, without
// building the list.
func EachAssign(body []ast.Stmt, deep bool, fn func(Assignment)) {
	w := assignWalker{deep: deep, fn: fn}
	w.visit(body)
}

type assignWalker struct {
	deep   bool
	fn     func(Assignment)
	class  string
	inFunc bool
}

func (w *assignWalker) add(t, v ast.Expr, s ast.Stmt) {
	tt, tok := t.(*ast.Tuple)
	vt, vok := v.(*ast.Tuple)
	if tok && vok && len(tt.Elts) == len(vt.Elts) {
		for i := range tt.Elts {
			w.fn(Assignment{tt.Elts[i], vt.Elts[i], s, w.class, w.inFunc})
		}
		return
	}
	w.fn(Assignment{t, v, s, w.class, w.inFunc})
}

func (w *assignWalker) handlers(hs []*ast.ExceptHandler) {
	for _, h := range hs {
		if h != nil {
			w.visit(h.Body)
		}
	}
}

func (w *assignWalker) function(body []ast.Stmt) {
	if !w.deep {
		return
	}
	saved := w.inFunc
	w.inFunc = true
	w.visit(body)
	w.inFunc = saved
}

func (w *assignWalker) visit(stmts []ast.Stmt) {
	for _, s := range stmts {
		switch x := s.(type) {
		case *ast.Assign:
			for _, t := range x.Targets {
				w.add(t, x.Value, s)
			}
		case *ast.AnnAssign:
			if x.Value != nil {
				w.add(x.Target, x.Value, s)
			}
		case *ast.If:
			w.visit(x.Body)
			w.visit(x.Orelse)
		case *ast.Try:
			w.visit(x.Body)
			w.handlers(x.Handlers)
			w.visit(x.Orelse)
			w.visit(x.Finalbody)
		case *ast.TryStar:
			w.visit(x.Body)
			w.handlers(x.Handlers)
			w.visit(x.Orelse)
			w.visit(x.Finalbody)
		case *ast.With:
			w.visit(x.Body)
		case *ast.AsyncWith:
			w.visit(x.Body)
		case *ast.For:
			w.visit(x.Body)
			w.visit(x.Orelse)
		case *ast.AsyncFor:
			w.visit(x.Body)
			w.visit(x.Orelse)
		case *ast.While:
			w.visit(x.Body)
			w.visit(x.Orelse)
		case *ast.Match:
			for _, c := range x.Cases {
				if c != nil {
					w.visit(c.Body)
				}
			}
		case *ast.FunctionDef:
			w.function(x.Body)
		case *ast.AsyncFunctionDef:
			w.function(x.Body)
		case *ast.ClassDef:
			if w.deep {
				saved := w.class
				w.class = x.Name
				w.visit(x.Body)
				w.class = saved
			}
		}
	}
}

// Module returns the module a context's node belongs to (the outermost
// ancestor, or the node itself for KindFile).
func Module(ctx *checks.Context) *ast.Module {
	if m, ok := ctx.Node.(*ast.Module); ok {
		return m
	}
	if as := ctx.Ancestors(); len(as) > 0 {
		m, _ := as[0].(*ast.Module)
		return m
	}
	return nil
}

// EnclosingAssign returns the Assign/AnnAssign statement whose value
// contains the node at ancestor depth k and the value expression itself,
// skipping list/tuple/set displays in between (so `X = ['*']` yields the
// Assign for the '*' constant).
func EnclosingAssign(ctx *checks.Context) (target ast.Expr, stmt ast.Stmt, depth int) {
	child := ctx.Node
	for k := 0; ; k++ {
		p := ctx.Parent(k)
		switch x := p.(type) {
		case *ast.List, *ast.Tuple, *ast.Set:
			child = p
			continue
		case *ast.Assign:
			if x.Value == child && len(x.Targets) == 1 {
				return x.Targets[0], x, k
			}
		case *ast.AnnAssign:
			if x.Value == child {
				return x.Target, x, k
			}
		}
		return nil, nil, 0
	}
}

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
	EachAssign(mod.Body, false, func(a Assignment) {
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
			return x.Lineno, false, strings.TrimSpace(v) != ""
		case ast.Bytes:
			return x.Lineno, false, len(v) > 0
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

// passwordRE matches identifiers that name a password or comparable
// secret (not "token" alone: tokenizers are everywhere; not
// "credentials": usually an object or a list of setting names).
var passwordRE = regexp.MustCompile(`(?i)(^|_)(pass(word|wd|phrase)?|pwd|passwd|secret|api_?key|access_?token|auth_?token|refresh_?token|bearer_?token|private_?key|client_?secret)($|_)|(?i)^(password|passwd|passphrase|secret|apikey|accesstoken|authtoken|privatekey|clientsecret)`)

// notCredentialRE excludes names that mention a password but hold no
// secret (lengths, prompts, policies, file paths, flags).
var notCredentialRE = regexp.MustCompile(`(?i)(len|length|prompt|policy|validator|field|file|path|dir|name|hasher|hash_?cls|required|enabled|changed|reset_?url|_?url$|_?form$|label|help|message|msg|hint|min|max|count|attempts|expir|timeout|_re$|regex|pattern|_id$|type$|_class$|manager|mgr|backend|widget|encoding|context|hint|is_|has_|use_|needs_|allow)`)

// PasswordLike reports whether an identifier names a secret value.
func PasswordLike(name string) bool {
	l := strings.ToLower(name)
	if !strings.Contains(l, "pass") && !strings.Contains(l, "pwd") && !strings.Contains(l, "secret") &&
		!strings.Contains(l, "key") && !strings.Contains(l, "token") {
		return false // cheap prefilter before the regular expressions
	}
	if !passwordRE.MatchString(name) {
		return false
	}
	return !notCredentialRE.MatchString(name)
}

// NameOf returns the identifier an expression reads: a Name's id, an
// Attribute's attr, a str-keyed Subscript's key, following `.encode()`
// and `bytes(x, ...)`/`str(x)` wrappers.
func NameOf(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Name:
		return x.ID
	case *ast.Attribute:
		return x.Attr
	case *ast.Subscript:
		if k, ok := Str(x.Slice); ok {
			return k
		}
	case *ast.Call:
		if at, ok := x.Func.(*ast.Attribute); ok && (at.Attr == "encode") {
			return NameOf(at.Value)
		}
		if n, ok := x.Func.(*ast.Name); ok && (n.ID == "bytes" || n.ID == "str") && len(x.Args) > 0 {
			return NameOf(x.Args[0])
		}
	}
	return ""
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

// Hit is one offending line found by a module-level (KindFile) check.
type Hit struct {
	Node ast.Node
	Text string
}

// FileIssue turns the hits of a KindFile check into its one issue: the
// first hit, with the lines of the others named in the message (a File
// check reports once per file).
func FileIssue(hits []Hit, sev, conf finding.Level) *checks.Issue {
	if len(hits) == 0 {
		return nil
	}
	text := hits[0].Text
	if len(hits) > 1 {
		var more []string
		for _, h := range hits[1:] {
			more = append(more, strconv.Itoa(Line(h.Node)))
		}
		text += " (also on line " + strings.Join(more, ", ") + ")"
	}
	is := &checks.Issue{Severity: sev, Confidence: conf, Text: text, Line: Line(hits[0].Node), LineRange: checks.LineRange(hits[0].Node)}
	if p, ok := hits[0].Node.(ast.Positioned); ok {
		is.Col, is.HasCol = p.Position().ColOffset, true
	}
	return is
}

// DictValue returns, for a str constant that is a key of a dict display
// (the context's node) and one of the wanted keys, the key and its value.
// The key test comes first: dict displays in real code can be huge.
func DictValue(ctx *checks.Context, keys ...string) (key string, value ast.Expr) {
	s := ctx.StringValue()
	want := false
	for _, k := range keys {
		if s == k {
			want = true
			break
		}
	}
	if !want {
		return "", nil
	}
	node, _ := ctx.Node.(*ast.Constant)
	d, ok := ctx.Parent(0).(*ast.Dict)
	if !ok || node == nil {
		return "", nil
	}
	for i, k := range d.Keys {
		if kc, ok := k.(*ast.Constant); ok && kc == node && i < len(d.Values) {
			return s, d.Values[i]
		}
	}
	return "", nil
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

// TargetKey is the cheap part of TargetOf: the name, attribute or str key
// an assignment target ends in ("" for other shapes), so checks can skip
// uninteresting assignments before building the owner's dotted name.
func TargetKey(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Name:
		return x.ID
	case *ast.Attribute:
		return x.Attr
	case *ast.Subscript:
		if k, ok := Str(x.Slice); ok {
			return k
		}
	}
	return ""
}
