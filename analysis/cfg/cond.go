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
		switch f.Attr {
		case "exit":
			return mod.ID == "sys"
		case "_exit", "abort":
			return mod.ID == "os"
		}
	}
	return false
}
