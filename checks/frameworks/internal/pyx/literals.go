// Package pyx holds small AST helpers shared by the framework checks:
// literal tests, assignment targets, statement iteration for settings
// files and the password-like name test.
package pyx

import (
	"github.com/kraitsec/krait/checks"
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
		return int(p.Position().Lineno)
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

// Resolved returns the constant a Name stands for when it is bound exactly
// once in its scope to a constant (checks.Context.ConstantOf), else e
// itself: `sec = False; set_cookie(..., secure=sec)` reads as
// secure=False. Findings keep e's position.
func Resolved(ctx *checks.Context, e ast.Expr) ast.Expr {
	if k := ctx.ConstantOf(e); k != nil {
		return k
	}
	return e
}
