package xss

import (
	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

var markSafeNames = map[string]bool{"mark_safe": true, "SafeText": true, "SafeUnicode": true, "SafeString": true, "SafeBytes": true}

// abort mirrors a Python exception inside bandit's django_xss plugin: the
// test is abandoned and reports nothing.
type abort struct{}

func runB703(ctx *checks.Context, _ any) (is *checks.Issue) {
	if !markSafeNames[ctx.Name()] || !ctx.ImportedLike("django.utils.safestring") {
		return nil
	}
	call := ctx.Call()
	if len(call.Args) == 0 {
		return nil
	}
	if _, ok := checks.StrConst(call.Args[0]); ok {
		return nil
	}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(abort); !ok {
				panic(r)
			}
			is = nil
		}
	}()
	var scope ast.Node
	anc := ctx.Ancestors()
	for i := len(anc) - 1; i >= 0; i-- {
		switch anc[i].(type) {
		case *ast.Module, *ast.FunctionDef:
			scope = anc[i]
		}
		if scope != nil {
			break
		}
	}
	if scope == nil {
		return nil
	}
	secure := false
	switch x := call.Args[0].(type) {
	case *ast.Name:
		if !isParam(scope, x.ID) {
			secure = evaluateVar(x, scope, int(call.Lineno))
		}
	case *ast.Call:
		secure = evaluateCall(x, scope)
	case *ast.BinOp:
		if _, isStr := checks.StrConst(x.Left); isStr && x.Op == ast.Mod {
			secure = evaluateCall(transform2call(x), scope)
		}
	}
	if secure {
		return nil
	}
	return &checks.Issue{Severity: finding.Medium, Confidence: finding.High, Text: "Potential XSS on mark_safe function."}
}

func isParam(scope ast.Node, name string) bool {
	fd, ok := scope.(*ast.FunctionDef)
	if !ok || fd.Args == nil {
		return false
	}
	for _, a := range fd.Args.Args {
		if a != nil && a.Arg == name {
			return true
		}
	}
	return false
}

func body(scope ast.Node) []ast.Stmt {
	switch s := scope.(type) {
	case *ast.Module:
		return s.Body
	case *ast.FunctionDef:
		return s.Body
	}
	return nil
}

// assigned is what bandit's DeepAssignation.is_assigned returns: nothing,
// one expression (or a With statement), or a list of them.
type assigned struct {
	one  ast.Node
	list []ast.Node
	many bool
}

func (a assigned) truthy() bool {
	if a.many {
		return len(a.list) > 0
	}
	return a.one != nil
}

func nodes(ss []ast.Stmt) []ast.Node {
	out := make([]ast.Node, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

func isAssignedIn(name string, items []ast.Node) assigned {
	out := assigned{many: true}
	for _, it := range items {
		r := isAssigned(name, it)
		if !r.truthy() {
			continue
		}
		if r.many {
			out.list = append(out.list, r.list...)
		} else {
			out.list = append(out.list, r.one)
		}
	}
	return out
}

func handlers(hs []*ast.ExceptHandler) []ast.Node {
	out := make([]ast.Node, 0, len(hs))
	for _, h := range hs {
		out = append(out, h)
	}
	return out
}

func isAssigned(name string, n ast.Node) assigned {
	switch x := n.(type) {
	case *ast.ExprStmt:
		return isAssigned(name, x.Value)
	case *ast.FunctionDef:
		return isAssignedIn(name, nodes(x.Body))
	case *ast.With:
		var res assigned
		for _, it := range x.Items {
			nm, ok := it.OptionalVars.(*ast.Name)
			if !ok {
				panic(abort{}) // withitem.optional_vars.id raises
			}
			if nm.ID == name {
				res = assigned{one: x}
			} else {
				res = isAssignedIn(name, nodes(x.Body))
			}
		}
		return res
	case *ast.Try:
		out := isAssignedIn(name, nodes(x.Body))
		for _, part := range [][]ast.Node{handlers(x.Handlers), nodes(x.Orelse), nodes(x.Finalbody)} {
			out.list = append(out.list, isAssignedIn(name, part).list...)
		}
		return out
	case *ast.ExceptHandler:
		return isAssignedIn(name, nodes(x.Body))
	case *ast.If:
		out := isAssignedIn(name, nodes(x.Body))
		out.list = append(out.list, isAssignedIn(name, nodes(x.Orelse)).list...)
		return out
	case *ast.For:
		out := isAssignedIn(name, nodes(x.Body))
		out.list = append(out.list, isAssignedIn(name, nodes(x.Orelse)).list...)
		return out
	case *ast.While:
		out := isAssignedIn(name, nodes(x.Body))
		out.list = append(out.list, isAssignedIn(name, nodes(x.Orelse)).list...)
		return out
	case *ast.AugAssign:
		if t, ok := x.Target.(*ast.Name); ok && t.ID == name {
			return assigned{one: x.Value}
		}
	case *ast.Assign:
		if len(x.Targets) == 0 {
			return assigned{}
		}
		switch t := x.Targets[0].(type) {
		case *ast.Name:
			if t.ID == name {
				return assigned{one: x.Value}
			}
		case *ast.Tuple:
			for pos, e := range t.Elts {
				nm, ok := e.(*ast.Name)
				if !ok {
					panic(abort{})
				}
				if nm.ID == name {
					tv, ok := x.Value.(*ast.Tuple)
					if !ok || pos >= len(tv.Elts) {
						panic(abort{})
					}
					return assigned{one: tv.Elts[pos]}
				}
			}
		}
	}
	return assigned{}
}

func lineOf(n ast.Node) int {
	if p, ok := n.(ast.Positioned); ok {
		return int(p.Position().Lineno)
	}
	return 0
}

func evaluateVar(v *ast.Name, scope ast.Node, until int) bool {
	if isParam(scope, v.ID) {
		return false
	}
	secure := false
	for _, st := range body(scope) {
		if lineOf(st) >= until {
			break
		}
		to := isAssigned(v.ID, st)
		if !to.truthy() {
			continue
		}
		if to.many {
			num := 0
			for _, some := range to.list {
				if _, ok := checks.StrConst(asExpr(some)); ok {
					num++
				} else if nm, ok := some.(*ast.Name); ok {
					if evaluateVar(nm, scope, lineOf(st)) {
						num++
					} else {
						break
					}
				} else {
					break
				}
			}
			if num == len(to.list) {
				secure = true
				continue
			}
			return false
		}
		switch t := to.one.(type) {
		case *ast.Constant:
			if _, ok := t.Value.(string); ok {
				secure = true
				continue
			}
			return false
		case *ast.Name:
			secure = evaluateVar(t, scope, int(t.Lineno))
		case *ast.Call:
			secure = evaluateCall(t, scope)
		default:
			return false
		}
	}
	return secure
}

func asExpr(n ast.Node) ast.Expr {
	e, _ := n.(ast.Expr)
	return e
}

func evaluateCall(c *ast.Call, scope ast.Node) bool {
	f, ok := c.Func.(*ast.Attribute)
	if !ok || f.Attr != "format" || len(c.Keywords) > 0 {
		return false
	}
	if _, isStr := checks.StrConst(f.Value); !isStr {
		return false
	}
	args := append([]ast.Expr(nil), c.Args...)
	num := 0
	for i := 0; i < len(args); i++ {
		switch a := args[i].(type) {
		case *ast.Constant:
			if _, ok := a.Value.(string); !ok {
				return num == len(args)
			}
			num++
		case *ast.Name:
			if !evaluateVar(a, scope, int(c.Lineno)) {
				return num == len(args)
			}
			num++
		case *ast.Call:
			if !evaluateCall(a, scope) {
				return num == len(args)
			}
			num++
		case *ast.Starred:
			switch sv := a.Value.(type) {
			case *ast.List:
				args = append(args, sv.Elts...)
			case *ast.Tuple:
				args = append(args, sv.Elts...)
			default:
				return num == len(args)
			}
			num++
		default:
			return num == len(args)
		}
	}
	return num == len(args)
}

// transform2call rewrites `"fmt" % x` as `"fmt".format(*x)`.
func transform2call(b *ast.BinOp) *ast.Call {
	c := &ast.Call{Func: &ast.Attribute{Value: b.Left, Attr: "format"}}
	c.Lineno = b.Lineno
	if t, ok := b.Right.(*ast.Tuple); ok {
		c.Args = t.Elts
	} else {
		c.Args = []ast.Expr{b.Right}
	}
	return c
}
