package cfg

import (
	"math/big"

	"github.com/kraitsec/krait/python/ast"
)

// cond lays out the evaluation of e as a branch condition, starting in the
// current block: control reaches t when e is truthy and f when it is
// falsy. The current block is undefined afterwards.
func (b *builder) cond(e ast.Expr, t, f *Block) {
	switch x := e.(type) {
	case nil:
		b.edge(b.cur, t, Normal, nil)
		return
	case *ast.UnaryOp:
		if x.Op == ast.Not && x.Operand != nil {
			b.cond(x.Operand, f, t)
			return
		}
	case *ast.BoolOp:
		vals := nonNil(x.Values)
		if len(vals) == 0 {
			break
		}
		for _, v := range vals[:len(vals)-1] {
			next := b.newBlock("cond")
			if x.Op == ast.Or {
				b.cond(v, t, next)
			} else {
				b.cond(v, next, f)
			}
			b.setCur(next)
		}
		b.cond(vals[len(vals)-1], t, f)
		return
	case *ast.IfExp:
		bt, bf := b.newBlock("cond"), b.newBlock("cond")
		b.cond(x.Test, bt, bf)
		b.setCur(bt)
		b.cond(x.Body, t, f)
		b.setCur(bf)
		b.cond(x.Orelse, t, f)
		return
	case *ast.Name:
		// __debug__ is a constant to the compiler (True unless -O).
		if x.ID != "__debug__" {
			break
		}
		b.add(x)
		b.edge(b.cur, t, True, x)
		return
	case *ast.Constant:
		b.add(x)
		if truthy(x.Value) {
			b.edge(b.cur, t, True, x)
		} else {
			b.edge(b.cur, f, False, x)
		}
		return
	}
	b.lower(e)
	b.add(e)
	b.edge(b.cur, t, True, e)
	b.edge(b.cur, f, False, e)
}

func nonNil(xs []ast.Expr) []ast.Expr {
	out := xs[:0:0]
	for _, x := range xs {
		if x != nil {
			out = append(out, x)
		}
	}
	return out
}

// truthy is Python's truth value of a constant.
func truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case int64:
		return x != 0
	case int:
		return x != 0
	case *big.Int:
		return x != nil && x.Sign() != 0
	case float64:
		return x != 0
	case complex128:
		return x != 0
	case string:
		return x != ""
	case ast.Bytes:
		return x != ""
	}
	return true // Ellipsis
}

// lower lays out the conditional expressions inside n (outside nested
// scopes) before n itself is added: test split into condition blocks, one
// IfExpValue per branch, and the current block moved to their join.
func (b *builder) lower(n ast.Node) {
	if n == nil {
		return
	}
	ast.Inspect(n, func(m ast.Node) bool {
		switch x := m.(type) {
		case *ast.Lambda, *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp,
			*ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
			return false
		case *ast.IfExp:
			b.lowerIfExp(x)
			return false
		}
		return true
	})
}

func (b *builder) lowerIfExp(x *ast.IfExp) {
	bt, bf, join := b.newBlock("ifexp"), b.newBlock("ifexp"), b.newBlock("after")
	b.cond(x.Test, bt, bf)
	for _, br := range [2]struct {
		blk *Block
		val ast.Expr
	}{{bt, x.Body}, {bf, x.Orelse}} {
		b.setCur(br.blk)
		b.lower(br.val)
		b.add(&IfExpValue{Node: x, IfExp: x, Value: br.val})
		b.goTo(join)
	}
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
			if !plainTarget(t) {
				return true
			}
		}
		return exprMayRaise(n.Value)
	case *ast.AnnAssign:
		return !plainTarget(n.Target) || exprMayRaise(n.Value)
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

// plainTarget reports whether binding to t cannot fail: a plain name.
func plainTarget(t ast.Expr) bool {
	_, ok := t.(*ast.Name)
	return ok
}

// exprMayRaise reports whether evaluating e can raise.
func exprMayRaise(e ast.Expr) bool {
	if e == nil {
		return false
	}
	raises := false
	ast.Inspect(e, func(m ast.Node) bool {
		if raises {
			return false
		}
		switch x := m.(type) {
		case nil, *ast.Constant, *ast.Tuple, *ast.List, *ast.BoolOp, *ast.IfExp, *ast.NamedExpr:
			return true
		case *ast.Name:
			// Loading a name raises NameError or UnboundLocalError when it
			// is unbound (`try: unicode / except NameError: ...`).
			if x.Ctx != ast.Load {
				return true
			}
		case *ast.UnaryOp:
			if x.Op == ast.Not {
				return true
			}
		case *ast.Lambda:
			return false // building a lambda runs nothing (defaults aside)
		}
		raises = true
		return false
	})
	return raises
}

// noReturn reports whether the expression statement e is a call that
// never returns normally.
func (b *builder) noReturn(e ast.Expr) bool {
	if a, ok := e.(*ast.Await); ok {
		e = a.Value
	}
	call, ok := e.(*ast.Call)
	if !ok || call == nil {
		return false
	}
	if b.opts.likeCPython {
		return false
	}
	return DefaultNoReturn(call) || (b.opts.NoReturn != nil && b.opts.NoReturn(call))
}

// DefaultNoReturn reports calls of the standard library that never
// return, recognised by their spelling: exit(), quit(), sys.exit(),
// os._exit(), os.abort().
func DefaultNoReturn(call *ast.Call) bool {
	switch f := call.Func.(type) {
	case *ast.Name:
		return f.ID == "exit" || f.ID == "quit"
	case *ast.Attribute:
		mod, ok := f.Value.(*ast.Name)
		if !ok {
			return false
		}
		switch mod.ID + "." + f.Attr {
		case "sys.exit", "os._exit", "os.abort":
			return true
		}
	}
	return false
}
