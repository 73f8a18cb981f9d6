package checks

import (
	"math/big"
	"strings"

	"github.com/kraitsec/krait/python/ast"
)

// Literal values follow bandit's Context._get_literal_value: str, bytes
// (ast.Bytes), int64, *big.Int, float64 and complex128 constants keep their
// value; True/False/None become the strings "True"/"False"/"None"; a Name
// becomes its id; List, Tuple and Set become ListLit, TupleLit and SetLit;
// a Dict becomes DictLit; anything else (and `...`) is nil.
type (
	ListLit  []any
	TupleLit []any
	SetLit   []any
	DictLit  struct{ Node *ast.Dict }
)

// Literal returns bandit's literal value of an expression.
func Literal(e ast.Expr) any {
	switch x := e.(type) {
	case *ast.Constant:
		switch v := x.Value.(type) {
		case nil:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case ast.EllipsisType:
			return nil
		default:
			return v
		}
	case *ast.Name:
		return x.ID
	case *ast.List:
		return ListLit(literals(x.Elts))
	case *ast.Tuple:
		return TupleLit(literals(x.Elts))
	case *ast.Set:
		return SetLit(literals(x.Elts))
	case *ast.Dict:
		return DictLit{x}
	}
	return nil
}

func literals(es []ast.Expr) []any {
	out := make([]any, len(es))
	for i, e := range es {
		out[i] = Literal(e)
	}
	return out
}

// attrOrLiteral is how bandit reads call_args and call_keywords: an
// Attribute's attr name, else the literal value.
func attrOrLiteral(e ast.Expr) any {
	if a, ok := e.(*ast.Attribute); ok {
		return a.Attr
	}
	return Literal(e)
}

// StrConst returns the value of a str Constant.
func StrConst(e ast.Expr) (string, bool) {
	if k, ok := e.(*ast.Constant); ok {
		s, ok := k.Value.(string)
		return s, ok
	}
	return "", false
}

// IsConst reports whether e is any Constant.
func IsConst(e ast.Expr) bool {
	_, ok := e.(*ast.Constant)
	return ok
}

// PyEqual compares two literal values as Python's == does for the types
// bandit compares (strings, numbers).
func PyEqual(a, b any) bool {
	if as, ok := a.(string); ok {
		bs, ok := b.(string)
		return ok && as == bs
	}
	fa, aok := toFloat(a)
	fb, bok := toFloat(b)
	if aok && bok {
		if ai, ok := a.(int64); ok {
			if bi, ok := b.(int64); ok {
				return ai == bi
			}
		}
		return fa == fb
	}
	return false
}

func toFloat(v any) (float64, bool) {
	switch x := v.(type) {
	case int:
		return float64(x), true
	case int64:
		return float64(x), true
	case float64:
		return x, true
	case *big.Int:
		f, _ := new(big.Float).SetInt(x).Float64()
		return f, true
	}
	return 0, false
}

// PyStr renders a literal value as Python's str() would.
func PyStr(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case ListLit:
		return "[" + joinRepr(x) + "]"
	case TupleLit:
		if len(x) == 1 {
			return "(" + PyRepr(x[0]) + ",)"
		}
		return "(" + joinRepr(x) + ")"
	case SetLit:
		if len(x) == 0 {
			return "set()"
		}
		return "{" + joinRepr(x) + "}"
	case DictLit:
		return "{...}"
	}
	return ast.Repr(v)
}

// PyRepr renders a literal value as Python's repr() would.
func PyRepr(v any) string {
	switch v.(type) {
	case ListLit, TupleLit, SetLit, DictLit:
		return PyStr(v)
	case nil:
		return "None"
	}
	return ast.Repr(v)
}

func joinRepr(xs []any) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = PyRepr(x)
	}
	return strings.Join(parts, ", ")
}
