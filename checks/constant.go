package checks

import (
	"strings"

	"github.com/kraitsec/krait/python/ast"
)

// ConstantOf returns, for a Name bound exactly once in its scope by a
// plain `name = <constant>` assignment, that constant: so `sec = False;
// resp.set_cookie(..., secure=sec)` reads as secure=False. For a Name
// with no binding in its function the enclosing functions and then the
// module are asked, as Python resolves free variables (class bodies are
// skipped). Anything else (a parameter, a global/nonlocal declaration, a
// second binding of any kind, a tuple target, a non-constant value, a
// non-Name expression) gives nil: the value is unknown. It walks the
// scope's statements, so it is meant for the rare keyword that is a name,
// and is used by krait's K rules only: bandit's B rules keep bandit's
// literal-only semantics.
func (c *Context) ConstantOf(e ast.Expr) *ast.Constant {
	n, ok := e.(*ast.Name)
	if !ok {
		return nil
	}
	// scopes from the innermost outwards: enclosing functions, then the
	// module (class bodies are not scopes for code nested in them)
	inFunc := false
	for i := len(c.parents) - 1; i >= 0; i-- {
		var body []ast.Stmt
		var args *ast.Arguments
		switch s := c.parents[i].(type) {
		case *ast.FunctionDef:
			body, args, inFunc = s.Body, s.Args, true
		case *ast.AsyncFunctionDef:
			body, args, inFunc = s.Body, s.Args, true
		case *ast.Lambda:
			if hasParam(s.Args, n.ID) {
				return nil
			}
			inFunc = true
			continue // a lambda binds only its parameters
		case *ast.ClassDef:
			if inFunc {
				continue // functions do not see their class's names
			}
			body = s.Body // code directly in a class body does
		case *ast.Module:
			body = s.Body
		default:
			continue
		}
		if hasParam(args, n.ID) {
			return nil
		}
		b := countBindings(body, n.ID)
		switch {
		case b.declared || b.count > 1:
			return nil
		case b.count == 1:
			return b.constant
		}
		// unbound here: a free variable, resolved in the enclosing scope
	}
	return nil
}

func hasParam(a *ast.Arguments, name string) bool {
	if a == nil {
		return false
	}
	for _, list := range [][]*ast.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs, {a.Vararg, a.Kwarg}} {
		for _, p := range list {
			if p != nil && p.Arg == name {
				return true
			}
		}
	}
	return false
}

// bindings counts how a scope binds one name.
type bindings struct {
	count    int
	declared bool          // global or nonlocal: bound elsewhere
	constant *ast.Constant // the value when the only binding is name = constant
}

// countBindings walks a scope's statements without entering nested
// function, lambda or class scopes (their names, being bound here,
// count). Every Store/Del of the name counts, including comprehension
// targets and walrus targets, which errs towards "unknown".
func countBindings(body []ast.Stmt, name string) bindings {
	var b bindings
	visit := func(x ast.Node) bool {
		switch s := x.(type) {
		case nil:
			return false
		case *ast.FunctionDef:
			if s.Name == name {
				b.count++
			}
			return false
		case *ast.AsyncFunctionDef:
			if s.Name == name {
				b.count++
			}
			return false
		case *ast.ClassDef:
			if s.Name == name {
				b.count++
			}
			return false
		case *ast.Lambda:
			return false
		case *ast.Global:
			b.declared = b.declared || containsName(s.Names, name)
		case *ast.Nonlocal:
			b.declared = b.declared || containsName(s.Names, name)
		case *ast.Alias:
			bound := s.Asname
			if bound == "" {
				bound, _, _ = strings.Cut(s.Name, ".")
			}
			if bound == name {
				b.count++
			}
		case *ast.ExceptHandler:
			if s.Name == name {
				b.count++
			}
		case *ast.MatchAs:
			if s.Name == name {
				b.count++
			}
		case *ast.MatchStar:
			if s.Name == name {
				b.count++
			}
		case *ast.MatchMapping:
			if s.Rest == name {
				b.count++
			}
		case *ast.Name:
			if s.ID == name && s.Ctx != ast.Load {
				b.count++
			}
		case *ast.Assign:
			if len(s.Targets) == 1 {
				if t, ok := s.Targets[0].(*ast.Name); ok && t.ID == name {
					if k, ok := s.Value.(*ast.Constant); ok {
						b.constant = k
					}
				}
			}
		case *ast.AnnAssign:
			if t, ok := s.Target.(*ast.Name); ok && t.ID == name {
				if k, ok := s.Value.(*ast.Constant); ok && s.Value != nil {
					b.constant = k
				}
			}
		}
		return true
	}
	for _, s := range body {
		ast.Inspect(s, visit)
	}
	if b.count != 1 {
		b.constant = nil
	}
	return b
}

func containsName(names []string, name string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}
