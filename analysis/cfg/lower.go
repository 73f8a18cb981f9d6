package cfg

import "github.com/kraitsec/krait/python/ast"

// The walks below are hand-written rather than ast.Inspect because they
// run over every statement of every graph: a type switch with direct
// recursion costs a fraction of the generic visitor.

// lower lays out the conditional expressions inside n (a simple statement
// or an expression; nested scopes excluded) before n itself is added:
// test split into condition blocks, one IfExpValue per branch, and the
// current block moved to their join.
func (b *builder) lower(n ast.Node) {
	switch s := n.(type) {
	case nil:
	case ast.Expr:
		b.lowerExpr(s)
	case *ast.Assign:
		b.lowerExpr(s.Value)
		b.lowerExprs(s.Targets)
	case *ast.AugAssign:
		b.lowerExpr(s.Value)
		b.lowerExpr(s.Target)
	case *ast.AnnAssign:
		b.lowerExpr(s.Value)
		b.lowerExpr(s.Target)
	case *ast.ExprStmt:
		b.lowerExpr(s.Value)
	case *ast.Return:
		b.lowerExpr(s.Value)
	case *ast.Delete:
		b.lowerExprs(s.Targets)
	case *ast.Raise:
		b.lowerExpr(s.Exc)
		b.lowerExpr(s.Cause)
	}
}

func (b *builder) lowerExprs(es []ast.Expr) {
	for _, e := range es {
		b.lowerExpr(e)
	}
}

func (b *builder) lowerExpr(e ast.Expr) {
	switch x := e.(type) {
	case nil, *ast.Name, *ast.Constant, *ast.Lambda, *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
		// Leaves, and nested scopes with graphs of their own. (The first
		// iterable of a comprehension is evaluated here, but lowering it
		// would separate it from its comprehension; it is left whole.)
	case *ast.IfExp:
		b.lowerIfExp(x)
	case *ast.BoolOp:
		b.lowerExprs(x.Values)
	case *ast.NamedExpr:
		b.lowerExpr(x.Value)
	case *ast.BinOp:
		b.lowerExpr(x.Left)
		b.lowerExpr(x.Right)
	case *ast.UnaryOp:
		b.lowerExpr(x.Operand)
	case *ast.Dict:
		for i, v := range x.Values {
			if i < len(x.Keys) {
				b.lowerExpr(x.Keys[i])
			}
			b.lowerExpr(v)
		}
	case *ast.Set:
		b.lowerExprs(x.Elts)
	case *ast.Await:
		b.lowerExpr(x.Value)
	case *ast.Yield:
		b.lowerExpr(x.Value)
	case *ast.YieldFrom:
		b.lowerExpr(x.Value)
	case *ast.Compare:
		b.lowerExpr(x.Left)
		b.lowerExprs(x.Comparators)
	case *ast.Call:
		b.lowerExpr(x.Func)
		b.lowerExprs(x.Args)
		for _, k := range x.Keywords {
			if k != nil {
				b.lowerExpr(k.Value)
			}
		}
	case *ast.FormattedValue:
		b.lowerExpr(x.Value)
		b.lowerExpr(x.FormatSpec)
	case *ast.JoinedStr:
		b.lowerExprs(x.Values)
	case *ast.Attribute:
		b.lowerExpr(x.Value)
	case *ast.Subscript:
		b.lowerExpr(x.Value)
		b.lowerExpr(x.Slice)
	case *ast.Starred:
		b.lowerExpr(x.Value)
	case *ast.List:
		b.lowerExprs(x.Elts)
	case *ast.Tuple:
		b.lowerExprs(x.Elts)
	case *ast.Slice:
		b.lowerExpr(x.Lower)
		b.lowerExpr(x.Upper)
		b.lowerExpr(x.Step)
	}
}

func (b *builder) lowerIfExp(x *ast.IfExp) {
	bt, bf, join := b.newBlock("ifexp"), b.newBlock("ifexp"), b.newBlock("after")
	b.cond(x.Test, bt, bf)
	b.setCur(bt)
	b.lowerExpr(x.Body)
	b.add(&IfExpValue{Node: x, IfExp: x, Value: x.Body})
	b.goTo(join)
	b.setCur(bf)
	b.lowerExpr(x.Orelse)
	b.add(&IfExpValue{Node: x, IfExp: x, Value: x.Orelse})
	b.goTo(join)
	b.setCur(join)
}

// mayRaise reports whether evaluating n can raise an exception, leaning to
// yes: only constants, displays of them, names bound to them and
// statements that evaluate nothing are taken as safe.
func mayRaise(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.Pass, *ast.Global, *ast.Nonlocal, *ast.Break, *ast.Continue, *HandlerBind, *ast.TypeAlias:
		return false
	case *ast.Assign:
		for _, t := range n.Targets {
			if _, ok := t.(*ast.Name); !ok {
				return true
			}
		}
		return exprMayRaise(n.Value)
	case *ast.AnnAssign:
		_, plain := n.Target.(*ast.Name)
		return !plain || exprMayRaise(n.Value)
	case *ast.Return:
		return exprMayRaise(n.Value)
	case *ast.ExprStmt:
		return exprMayRaise(n.Value)
	case *IfExpValue:
		return exprMayRaise(n.Value)
	case *ast.FunctionDef:
		return len(n.DecoratorList) > 0 || argsMayRaise(n.Args)
	case *ast.AsyncFunctionDef:
		return len(n.DecoratorList) > 0 || argsMayRaise(n.Args)
	case ast.Expr:
		return exprMayRaise(n)
	}
	return true
}

func argsMayRaise(a *ast.Arguments) bool {
	return a != nil && (len(a.Defaults) > 0 || len(a.KwDefaults) > 0)
}

// exprMayRaise reports whether evaluating e can raise: anything but
// constants, tuples and lists of them, and their boolean combinations.
// Loading a name raises NameError or UnboundLocalError when it is unbound
// (`try: unicode / except NameError: ...`).
func exprMayRaise(e ast.Expr) bool {
	switch x := e.(type) {
	case nil, *ast.Constant, *ast.Lambda:
		// Building a lambda runs nothing (defaults aside).
		return false
	case *ast.Name:
		return x.Ctx == ast.Load
	case *ast.Tuple:
		return anyMayRaise(x.Elts)
	case *ast.List:
		return anyMayRaise(x.Elts)
	case *ast.BoolOp:
		return anyMayRaise(x.Values)
	case *ast.IfExp:
		return exprMayRaise(x.Test) || exprMayRaise(x.Body) || exprMayRaise(x.Orelse)
	case *ast.NamedExpr:
		return exprMayRaise(x.Value)
	case *ast.UnaryOp:
		return x.Op != ast.Not || exprMayRaise(x.Operand)
	}
	return true
}

func anyMayRaise(es []ast.Expr) bool {
	for _, e := range es {
		if exprMayRaise(e) {
			return true
		}
	}
	return false
}
