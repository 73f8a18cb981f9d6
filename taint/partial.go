package taint

import (
	"slices"

	"github.com/kraitsec/krait/python/ast"
)

// boundArgs is a functools.partial object: the function and the
// arguments bound to it, applied before those of each call.
type boundArgs struct {
	fn  *Value
	pos []*Value
	kw  map[string]*Value
}

// partialOf builds the value of functools.partial(f, *args, **kw); nil
// when the call does not have that shape.
func partialOf(cands []string, args *callArgs) *Value {
	if !slices.Contains(cands, "functools.partial") || len(args.pos) == 0 || slices.Contains(args.star, true) || args.kwStar != nil {
		return nil
	}
	f := args.pos[0]
	if f == nil || (f.Ref == "" && f.Fn == nil && f.bound() == nil) {
		return nil
	}
	b := &boundArgs{fn: f, pos: args.pos[1:], kw: args.kw}
	if f.bound() != nil { // partial of a partial
		b.fn = f.bound().fn
		b.pos = append(append([]*Value(nil), f.bound().pos...), b.pos...)
		kw := map[string]*Value{}
		for k, v := range f.bound().kw {
			kw[k] = v
		}
		for k, v := range args.kw {
			kw[k] = v
		}
		b.kw = kw
	}
	// The object itself carries what was bound (passed on, printed, ...).
	var t Taint
	for _, v := range b.pos {
		t = union(t, flatten(v))
	}
	for _, k := range sortedKeys(b.kw) {
		t = union(t, flatten(b.kw[k]))
	}
	out := &Value{T: t}
	out.setBound(b)
	return out
}

// apply puts the bound arguments before (positional) and under (keyword)
// those of a call.
func (b *boundArgs) apply(args *callArgs) *callArgs {
	out := &callArgs{kwStar: args.kwStar}
	for _, v := range b.pos {
		out.pos = append(out.pos, v)
		out.posExpr = append(out.posExpr, nil)
		out.star = append(out.star, false)
	}
	out.pos = append(out.pos, args.pos...)
	out.posExpr = append(out.posExpr, args.posExpr...)
	out.star = append(out.star, args.star...)
	if len(b.kw)+len(args.kw) > 0 {
		out.kw, out.kwExpr = map[string]*Value{}, map[string]ast.Expr{}
		for k, v := range b.kw {
			out.kw[k] = v
		}
		for k, v := range args.kw {
			out.kw[k] = v
			out.kwExpr[k] = args.kwExpr[k]
		}
	}
	return out
}
