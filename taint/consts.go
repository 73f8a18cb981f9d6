package taint

import (
	"math"
	"strings"

	"github.com/kraitsec/krait/python/ast"
)

// Constant folding, enough to prune branches such as `if 7 * 42 - 106 > 200`.

func constOf(v *Value) (any, bool) {
	if v == nil || !v.HasConst {
		return nil, false
	}
	return v.Const, true
}

func toFloat(x any) (float64, bool) {
	switch x := x.(type) {
	case int64:
		return float64(x), true
	case float64:
		return x, true
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func toInt(x any) (int64, bool) {
	switch x := x.(type) {
	case int64:
		return x, true
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func foldBinary(op ast.Operator, l, r *Value) (*Value, bool) {
	a, ok1 := constOf(l)
	b, ok2 := constOf(r)
	if !ok1 || !ok2 {
		return nil, false
	}
	if sa, ok := a.(string); ok {
		switch op {
		case ast.Add:
			if sb, ok := b.(string); ok && len(sa)+len(sb) < 4096 {
				return constValue(sa + sb), true
			}
		case ast.Mult:
			if n, ok := toInt(b); ok && n >= 0 && int64(len(sa))*n < 4096 {
				return constValue(strings.Repeat(sa, int(n))), true
			}
		}
		return nil, false
	}
	ia, aInt := toInt(a)
	ib, bInt := toInt(b)
	if aInt && bInt {
		switch op {
		case ast.Add:
			return constValue(ia + ib), true
		case ast.Sub:
			return constValue(ia - ib), true
		case ast.Mult:
			return constValue(ia * ib), true
		case ast.FloorDiv:
			if ib != 0 {
				q := ia / ib
				if (ia%ib != 0) && ((ia < 0) != (ib < 0)) {
					q--
				}
				return constValue(q), true
			}
		case ast.Mod:
			if ib != 0 {
				m := ia % ib
				if m != 0 && ((m < 0) != (ib < 0)) {
					m += ib
				}
				return constValue(m), true
			}
		case ast.Div:
			if ib != 0 {
				return constValue(float64(ia) / float64(ib)), true
			}
		case ast.BitAnd:
			return constValue(ia & ib), true
		case ast.BitOr:
			return constValue(ia | ib), true
		case ast.BitXor:
			return constValue(ia ^ ib), true
		case ast.LShift:
			if ib >= 0 && ib < 62 {
				return constValue(ia << ib), true
			}
		case ast.RShift:
			if ib >= 0 && ib < 64 {
				return constValue(ia >> ib), true
			}
		}
		return nil, false
	}
	fa, ok1 := toFloat(a)
	fb, ok2 := toFloat(b)
	if ok1 && ok2 {
		switch op {
		case ast.Add:
			return constValue(fa + fb), true
		case ast.Sub:
			return constValue(fa - fb), true
		case ast.Mult:
			return constValue(fa * fb), true
		case ast.Div:
			if fb != 0 {
				return constValue(fa / fb), true
			}
		case ast.Pow:
			return constValue(math.Pow(fa, fb)), true
		}
	}
	return nil, false
}

func foldUnary(op ast.UnaryOpKind, v *Value) *Value {
	x, ok := constOf(v)
	switch op {
	case ast.Not:
		if b, known := truthy(v); known {
			return constValue(!b)
		}
		return &Value{Type: "builtins.bool"}
	case ast.USub:
		if ok {
			if i, isInt := x.(int64); isInt {
				return constValue(-i)
			}
			if f, isF := x.(float64); isF {
				return constValue(-f)
			}
		}
	case ast.UAdd:
		if ok {
			return v
		}
	case ast.Invert:
		if i, isInt := toInt(x); ok && isInt {
			return constValue(^i)
		}
	}
	return &Value{} // arithmetic on anything yields a number: no taint
}

func foldCompare(op ast.CmpOp, l, r *Value) (bool, bool) {
	a, ok1 := constOf(l)
	b, ok2 := constOf(r)
	if op == ast.In || op == ast.NotIn {
		if ok1 && r != nil && r.HasConst {
			sa, sok := a.(string)
			sb, bok := b.(string)
			if sok && bok {
				in := strings.Contains(sb, sa)
				return in == (op == ast.In), true
			}
		}
		return false, false
	}
	if !ok1 || !ok2 {
		return false, false
	}
	switch op {
	case ast.Is:
		if a == nil || b == nil {
			return a == b, true
		}
		return false, false
	case ast.IsNot:
		if a == nil || b == nil {
			return a != b, true
		}
		return false, false
	case ast.Eq, ast.NotEq:
		eq, known := constEq(a, b)
		if !known {
			return false, false
		}
		return eq == (op == ast.Eq), true
	}
	if sa, ok := a.(string); ok {
		sb, ok := b.(string)
		if !ok {
			return false, false
		}
		switch op {
		case ast.Lt:
			return sa < sb, true
		case ast.LtE:
			return sa <= sb, true
		case ast.Gt:
			return sa > sb, true
		case ast.GtE:
			return sa >= sb, true
		}
		return false, false
	}
	fa, ok1 := toFloat(a)
	fb, ok2 := toFloat(b)
	if !ok1 || !ok2 {
		return false, false
	}
	switch op {
	case ast.Lt:
		return fa < fb, true
	case ast.LtE:
		return fa <= fb, true
	case ast.Gt:
		return fa > fb, true
	case ast.GtE:
		return fa >= fb, true
	}
	return false, false
}

func constEq(a, b any) (bool, bool) {
	if fa, ok := toFloat(a); ok {
		if fb, ok := toFloat(b); ok {
			return fa == fb, true
		}
		if _, isStr := b.(string); isStr || b == nil {
			return false, true
		}
	}
	switch a := a.(type) {
	case string:
		if sb, ok := b.(string); ok {
			return a == sb, true
		}
		return false, true
	case nil:
		return b == nil, true
	}
	return false, false
}
