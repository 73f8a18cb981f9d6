package pyx

import (
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/python/ast"
)

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
// descending into if/try/with/for/while/match blocks and, as depth says,
// into class and function bodies. Tuple targets are paired with
// tuple values element by element.
//
// Checks reporting each assignment subscribe to KindAssign/KindAnnAssign
// and use AssignmentsAt; this iterator serves checks that relate several
// assignments of a module (KindFile) or of a class body.
func Assignments(body []ast.Stmt, depth Depth) []Assignment {
	var out []Assignment
	EachAssign(body, depth, func(a Assignment) { out = append(out, a) })
	return out
}

// Depth says which nested bodies EachAssign reads besides the
// if/try/with/for/while/match blocks of the statement list itself.
type Depth uint8

const (
	Shallow Depth = iota // the statement list only (module level)
	Classes              // also class bodies (config classes, Meta)
	Deep                 // also function bodies
)

// EachAssign calls fn for each assignment Assignments would list, without
// building the list.
func EachAssign(body []ast.Stmt, depth Depth, fn func(Assignment)) {
	w := assignWalker{depth: depth, fn: fn}
	w.visit(body)
}

type assignWalker struct {
	depth  Depth
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
	if w.depth < Deep {
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
			if w.depth >= Classes {
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

// TargetKey is the cheap part of TargetOf: the name, attribute or str key
// an assignment target ends in ("" for other shapes), so checks can skip
// uninteresting assignments before building the owner's dotted name.
func TargetKey(e ast.Expr) string { return checks.TargetKey(e) }

// AssignmentsAt returns the `target = value` pairs of the assignment
// statement being checked (KindAssign / KindAnnAssign), as Assignments
// would list them for the module: nil when the statement lies in a class
// body and depth is Shallow, or in a function body and depth is below
// Deep. Class and InFunc are read from the statement's ancestors.
func AssignmentsAt(ctx *checks.Context, depth Depth) []Assignment {
	w := assignWalker{depth: depth}
	for _, p := range ctx.Ancestors() {
		switch x := p.(type) {
		case *ast.ClassDef:
			if depth < Classes {
				return nil
			}
			w.class = x.Name
		case *ast.FunctionDef, *ast.AsyncFunctionDef:
			if depth < Deep {
				return nil
			}
			w.inFunc = true
		}
	}
	var out []Assignment
	w.fn = func(a Assignment) { out = append(out, a) }
	switch x := ctx.Node.(type) {
	case *ast.Assign:
		for _, t := range x.Targets {
			w.add(t, x.Value, x)
		}
	case *ast.AnnAssign:
		if x.Value != nil {
			w.add(x.Target, x.Value, x)
		}
	}
	return out
}

type importsKey string

// Imports is ModuleImports for the context's module, computed once per
// file and set of roots.
func Imports(ctx *checks.Context, roots ...string) bool {
	key := importsKey(strings.Join(roots, ","))
	return ctx.FileMemo(key, func() any { return ModuleImports(Module(ctx), roots...) }).(bool)
}

type djangoSettingsKey struct{}

// DjangoSettings is IsDjangoSettings for the context's module and file,
// computed once per file.
func DjangoSettings(ctx *checks.Context) bool {
	return ctx.FileMemo(djangoSettingsKey{}, func() any { return IsDjangoSettings(Module(ctx), ctx.Filename) }).(bool)
}

// ConfigSubscript reads, for a str constant that is the key of an
// assignment target `owner['KEY'] = value` whose owner names a config
// mapping (app.config, config), the key and the value.
func ConfigSubscript(ctx *checks.Context) (key string, value ast.Expr, ok bool) {
	sub, isSub := ctx.Parent(0).(*ast.Subscript)
	if !isSub {
		return "", nil, false
	}
	if k, isConst := sub.Slice.(*ast.Constant); !isConst || ast.Node(k) != ctx.Node {
		return "", nil, false
	}
	as, isAssign := ctx.Parent(1).(*ast.Assign)
	if !isAssign || len(as.Targets) != 1 {
		return "", nil, false
	}
	if t, isSub := as.Targets[0].(*ast.Subscript); !isSub || t != sub || !IsConfigOwner(Dotted(sub.Value)) {
		return "", nil, false
	}
	return ctx.StringValue(), as.Value, true
}
