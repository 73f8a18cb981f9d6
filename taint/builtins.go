package taint

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/taint/models"
)

// builtinFunc models builtins that build or unwrap containers and strings.
func (c *fnCtx) builtinFunc(name string, args *callArgs, n *ast.Call) (*Value, bool) {
	arg0, has0 := args.at(0)
	p := pos(n)
	switch name {
	case "len":
		if has0 && len(args.pos) == 1 && !args.star[0] && arg0 != nil {
			if s, ok := constString(arg0); ok {
				return constValue(int64(len([]rune(s)))), true
			}
			if arg0.IsSeq && arg0.Elem == nil && (arg0.Ctr == ctrList || arg0.Ctr == ctrTuple) {
				return constValue(int64(len(arg0.seq()))), true
			}
		}
		return nil, false
	case "str", "repr", "format", "ascii":
		if has0 && arg0 != nil && arg0.HasConst && name == "str" {
			if s, ok := arg0.Const.(string); ok {
				return constValue(s), true
			}
		}
		t := cleanLabels(flatten(arg0), models.NoSQL.Bit()) // a string is never a query operator
		if name == "repr" || name == "ascii" {
			t = cleanLabels(t, models.Log.Bit()|models.Header.Bit())
		}
		return &Value{T: step(t, c.file, int(p.Lineno), int(p.ColOffset), "converted by "+name+"()"), Type: "builtins.str"}, true
	case "list", "tuple", "set", "frozenset", "sorted", "reversed", "iter":
		ctr := ctrNamed(name)
		if name == "sorted" || name == "reversed" || name == "iter" {
			ctr = ctrList
		}
		if !has0 {
			return &Value{Ctr: ctr, IsSeq: ctr != ctrSet}, true
		}
		if arg0 != nil && arg0.IsSeq && (name == "list" || name == "tuple") {
			out := arg0.clone()
			out.Ctr = ctr
			return out, true
		}
		out := &Value{Ctr: ctr, Elem: contents(arg0)}
		if arg0 != nil && arg0.Ctr == ctrDict {
			out.Elem = join(nil, &Value{T: arg0.keyT()})
		}
		return out, true
	case "dict":
		out := &Value{Ctr: ctrDict}
		if has0 && arg0 != nil {
			if arg0.Ctr == ctrDict {
				out = mergeInto(out, arg0)
			} else {
				el := contents(arg0)
				out.Elem = contents(el)
				out.setKeyT(flatten(el))
			}
		}
		for _, k := range sortedKeys(args.kw) {
			out = withKey(out, "s:"+k, args.kw[k])
		}
		out.Ctr = ctrDict
		return out, true
	case "next":
		v := contents(arg0)
		if d, ok := args.at(1); ok {
			v = join(v, d)
		}
		return v, true
	case "enumerate":
		return &Value{Ctr: ctrList, Elem: tupleOf(&Value{}, contents(arg0))}, true
	case "zip":
		tup := &Value{Ctr: ctrTuple, IsSeq: true}
		var seq []*Value
		for i := range args.pos {
			v, _ := args.at(i)
			seq = append(seq, contents(v))
		}
		tup.setSeq(seq)
		return &Value{Ctr: ctrList, Elem: tup}, true
	case "map", "filter":
		it, _ := args.at(1)
		el := contents(it)
		if name == "map" && arg0 != nil && arg0.Ref != "" {
			for _, s := range c.a.models.Sanitizers[c.canon(arg0.Ref)] {
				if len(s.When) == 0 && len(s.Unless) == 0 {
					el = mapValue(el, func(t Taint) Taint { return cleanLabels(t, s.M) })
				}
			}
		}
		return &Value{Ctr: ctrList, Elem: el}, true
	case "getattr":
		if nm, ok := args.at(1); ok && nm != nil && nm.HasConst {
			if s, ok := nm.Const.(string); ok {
				v := c.attribute(arg0, s, n)
				if d, ok := args.at(2); ok {
					v = join(v, d)
				}
				return v, true
			}
		}
		return nil, false
	case "min", "max", "sum":
		if len(args.pos) == 1 {
			return contents(arg0), true
		}
		return &Value{T: args.all()}, true
	}
	return nil, false
}

var strPredicates = map[string]bool{
	"startswith": true, "endswith": true, "isalnum": true, "isalpha": true, "isdigit": true, "isdecimal": true,
	"isnumeric": true, "isidentifier": true, "isspace": true, "islower": true, "isupper": true, "istitle": true,
	"isascii": true, "isprintable": true, "find": true, "rfind": true, "index": true, "rindex": true, "count": true,
	"__len__": true, "__contains__": true,
}

var strTransforms = map[string]bool{
	"strip": true, "lstrip": true, "rstrip": true, "lower": true, "upper": true, "casefold": true, "capitalize": true,
	"title": true, "swapcase": true, "removeprefix": true, "removesuffix": true, "replace": true, "center": true,
	"ljust": true, "rjust": true, "zfill": true, "expandtabs": true, "translate": true, "encode": true, "decode": true,
	"format": true, "format_map": true, "join": true, "__str__": true, "__add__": true,
}

var strSplitters = map[string]bool{"split": true, "rsplit": true, "splitlines": true, "partition": true, "rpartition": true}

// configMethod models configparser's section/option store with constant keys.
func (c *fnCtx) configMethod(recv *Value, recvExpr ast.Expr, method string, args *callArgs, st *state) (*Value, bool) {
	sec, _ := args.at(0)
	opt, _ := args.at(1)
	key := ""
	if sec != nil && sec.HasConst && opt != nil && opt.HasConst {
		key = fmt.Sprintf("s:%v/%v", sec.Const, opt.Const)
	}
	switch method {
	case "set":
		val, _ := args.at(2)
		if recvExpr != nil && isPlace(recvExpr) {
			c.store(recvExpr, func(b *Value) *Value {
				if key != "" {
					return withKey(b, key, val)
				}
				return withElem(b, val)
			}, st)
		}
		return constValue(nil), true
	case "get", "getint", "getfloat", "getboolean":
		var v *Value
		if key != "" {
			v = c.subscriptConst(recv, constValue(key[2:]))
			if got, ok := recv.Keys[key]; ok {
				v = got
			}
		} else {
			v = contents(recv)
		}
		if method != "get" {
			return &Value{}, true
		}
		if fb, ok := args.kw["fallback"]; ok {
			v = join(v, fb)
		}
		return v, true
	}
	return nil, false
}

// builtinMethod models methods of str, bytes, list, dict and set on local values.
func (c *fnCtx) builtinMethod(n *ast.Call, recv *Value, recvExpr ast.Expr, method string, args *callArgs, st *state) (*Value, bool) {
	p := pos(n)
	arg0, has0 := args.at(0)
	mutate := func(f func(*Value) *Value) {
		if recvExpr != nil && isPlace(recvExpr) || isSubscriptPlace(recvExpr) {
			c.store(recvExpr, f, st)
		}
	}
	switch {
	case strPredicates[method]:
		if v, ok := foldStrPredicate(recv, method, args); ok {
			return v, true
		}
		return &Value{Type: "builtins.bool"}, true
	case method == "join":
		t := union(flatten(recv), flatten(contents(arg0)))
		return &Value{T: step(t, c.file, int(p.Lineno), int(p.ColOffset), "joined into a string"), Type: "builtins.str"}, true
	case method == "format" || method == "format_map":
		t := args.all()
		if f, ok := constString(recv); ok {
			if i := strings.IndexByte(f, '{'); i > 0 {
				t = afterHead(f[:i], t)
			}
		}
		t = union(flatten(recv), t)
		return &Value{T: step(t, c.file, int(p.Lineno), int(p.ColOffset), "formatted with str."+method+"()"), Type: "builtins.str"}, true
	case method == "replace":
		t := union(flatten(recv), flatten(func() *Value { v, _ := args.at(1); return v }()))
		if has0 && arg0 != nil && arg0.HasConst {
			if s, ok := arg0.Const.(string); ok && (strings.Contains(s, "\n") || strings.Contains(s, "\r")) {
				t = cleanLabels(t, models.Log.Bit()|models.Header.Bit())
			}
		}
		if recv.HasConst && len(t) == 0 {
			return &Value{Type: "builtins.str"}, true
		}
		return &Value{T: t, Type: "builtins.str"}, true
	case strTransforms[method]:
		t := union(flatten(recv), args.all())
		if method == "encode" || method == "decode" {
			t = flatten(recv)
		}
		if method == "encode" && escapesControls(args) {
			// s.encode("unicode_escape") spells CR/LF as \r \n: no line breaks survive.
			t = cleanLabels(t, models.Log.Bit()|models.Header.Bit())
		}
		return &Value{T: t, Type: recv.Type}, true
	case strSplitters[method]:
		return &Value{Ctr: ctrList, Elem: &Value{T: flatten(recv)}}, true
	case method == "append":
		mutate(func(b *Value) *Value {
			if b != nil && b.IsSeq && len(b.seq()) < maxSeq {
				out := b.clone()
				out.setSeq(append(append([]*Value(nil), b.seq()...), arg0))
				return out
			}
			return withElem(b, arg0)
		})
		return constValue(nil), true
	case method == "extend":
		mutate(func(b *Value) *Value {
			if b != nil && b.IsSeq && arg0 != nil && arg0.IsSeq && len(b.seq())+len(arg0.seq()) <= maxSeq {
				out := b.clone()
				out.setSeq(append(append([]*Value(nil), b.seq()...), arg0.seq()...))
				return out
			}
			return withElem(b, contents(arg0))
		})
		return constValue(nil), true
	case method == "insert":
		x, _ := args.at(1)
		mutate(func(b *Value) *Value {
			if b != nil && b.IsSeq && has0 && arg0 != nil && arg0.HasConst && len(b.seq()) < maxSeq {
				if i, ok := arg0.Const.(int64); ok {
					if i < 0 {
						i += int64(len(b.seq()))
					}
					i = max(0, min(i, int64(len(b.seq()))))
					out := b.clone()
					out.setSeq(append(append(append([]*Value(nil), b.seq()[:i]...), x), b.seq()[i:]...))
					return out
				}
			}
			return withElem(b, x)
		})
		return constValue(nil), true
	case method == "appendleft":
		mutate(func(b *Value) *Value {
			if b != nil && b.IsSeq && len(b.seq()) < maxSeq {
				out := b.clone()
				out.setSeq(append([]*Value{arg0}, b.seq()...))
				return out
			}
			return withElem(b, arg0)
		})
		return constValue(nil), true
	case method == "add":
		mutate(func(b *Value) *Value { return withElem(b, arg0) })
		return constValue(nil), true
	case method == "rotate" || method == "extendleft":
		// Positions move: keep the contents only.
		mutate(func(b *Value) *Value {
			if b == nil {
				return nil
			}
			el := join(contents(b), contents(arg0))
			if method == "rotate" {
				el = contents(b)
			}
			return &Value{Ctr: b.Ctr, Type: b.Type, Elem: el}
		})
		return constValue(nil), true
	case method == "pop" || method == "popleft":
		var res *Value
		if recv.IsSeq && (!has0 || (arg0 != nil && arg0.HasConst)) && len(recv.seq()) > 0 {
			i := int64(len(recv.seq()) - 1)
			if method == "popleft" {
				i = 0
			} else if has0 {
				if k, ok := arg0.Const.(int64); ok {
					i = k
					if i < 0 {
						i += int64(len(recv.seq()))
					}
				} else {
					return contents(recv), true
				}
			}
			if i >= 0 && i < int64(len(recv.seq())) {
				res = recv.seq()[i]
				mutate(func(b *Value) *Value {
					if b == nil || !b.IsSeq || int(i) >= len(b.seq()) {
						return b
					}
					out := b.clone()
					out.setSeq(append(append([]*Value(nil), b.seq()[:i]...), b.seq()[i+1:]...))
					return out
				})
				return res, true
			}
		}
		if key, ok := constKey(arg0); ok && has0 && !recv.IsSeq {
			res = c.subscriptConst(recv, arg0)
			if d, ok := args.at(1); ok {
				res = join(res, d)
			}
			mutate(func(b *Value) *Value {
				if b == nil || b.Keys[key] == nil {
					return b
				}
				out := b.clone()
				out.Keys = map[string]*Value{}
				for k, v := range b.Keys {
					if k != key {
						out.Keys[k] = v
					}
				}
				return out
			})
			return res, true
		}
		res = contents(recv)
		if d, ok := args.at(1); ok {
			res = join(res, d)
		}
		mutate(forgetPresent)
		return res, true
	case method == "popitem":
		mutate(forgetPresent)
		return nil, false
	case method == "remove":
		mutate(func(b *Value) *Value {
			if b == nil || !b.IsSeq || arg0 == nil {
				return b
			}
			if !arg0.HasConst {
				return removeValue(b, arg0)
			}
			for i, e := range b.seq() {
				if e == nil || !e.HasConst {
					return withElem(b, nil) // an unknown element might be the one removed
				}
				if eq, ok := constEq(e.Const, arg0.Const); ok && eq {
					out := b.clone()
					out.setSeq(append(append([]*Value(nil), b.seq()[:i]...), b.seq()[i+1:]...))
					return out
				}
			}
			return b
		})
		return constValue(nil), true
	case method == "clear":
		mutate(func(b *Value) *Value {
			if b == nil {
				return nil
			}
			return &Value{Ctr: b.Ctr, IsSeq: b.IsSeq, Type: b.Type}
		})
		return constValue(nil), true
	case method == "get":
		res, ok := c.readKey(recv, arg0)
		if !ok {
			res = contents(recv)
		}
		if d, ok := args.at(1); ok && !surelyHasKey(recv, arg0) {
			res = join(res, d)
		}
		return res, true
	case method == "setdefault":
		d, _ := args.at(1)
		res := join(c.subscriptConst(recv, arg0), d)
		if key, ok := constKey(arg0); ok {
			mutate(func(b *Value) *Value {
				if b != nil && b.Keys[key] != nil {
					return b
				}
				return withKey(b, key, d)
			})
		} else {
			mutate(func(b *Value) *Value { return withElem(b, d) })
		}
		return res, true
	case method == "update":
		mutate(func(b *Value) *Value {
			out := b
			if has0 {
				if arg0 != nil && arg0.Ctr == ctrDict {
					out = mergeInto(out, arg0)
				} else {
					out = withElem(out, contents(contents(arg0)))
				}
			}
			for _, k := range sortedKeys(args.kw) {
				out = withKey(out, "s:"+k, args.kw[k])
			}
			return out
		})
		return constValue(nil), true
	case method == "keys":
		return &Value{Ctr: ctrList, Elem: taintValue(recv.keyT())}, true
	case method == "values":
		return &Value{Ctr: ctrList, Elem: contents(recv)}, true
	case method == "items":
		return &Value{Ctr: ctrList, Elem: tupleOf(taintValue(recv.keyT()), contents(recv))}, true
	case method == "copy":
		return recv, true
	}
	return nil, false
}

func isSubscriptPlace(e ast.Expr) bool {
	if s, ok := e.(*ast.Subscript); ok {
		return isPlace(s.Value)
	}
	return false
}

// removeValue is seq.remove(x) for a non-constant x. When x is an element
// itself (the same flow) and only constants come before it, that element goes:
// if x equals one of those constants instead, the element left behind holds
// that constant's text, so no taint is lost. Otherwise any element may go, so
// each position may also hold its successor.
func removeValue(b, x *Value) *Value {
	for i, e := range b.seq() {
		if sameFlow(e, x) {
			out := b.clone()
			out.setSeq(append(append([]*Value(nil), b.seq()[:i]...), b.seq()[i+1:]...))
			return out
		}
		if e == nil || !e.HasConst {
			break
		}
	}
	out := b.clone()
	out.setSeq(make([]*Value, len(b.seq())))
	for i, e := range b.seq() {
		if i+1 < len(b.seq()) {
			e = join(e, b.seq()[i+1])
		}
		out.seq()[i] = e
	}
	return out
}

// sameFlow reports two values that are one value read twice: the same
// pointer, or equal taint carrying the same traces.
func sameFlow(a, b *Value) bool {
	if a == nil || b == nil {
		return false
	}
	if a == b {
		return true
	}
	return len(a.T) > 0 && slices.Equal(a.T, b.T) && a.Elem == nil && b.Elem == nil &&
		len(a.seq()) == 0 && len(b.seq()) == 0 && len(a.Keys) == 0 && len(b.Keys) == 0 && len(a.Attrs) == 0 && len(b.Attrs) == 0
}

// surelyHasKey reports d.get(k, default) where the dict surely holds k.
func surelyHasKey(d, k *Value) bool {
	key, ok := constKey(k)
	return ok && surelyHas(d, key)
}

// foldStrPredicate evaluates a str predicate on a constant ASCII string with
// constant arguments ("abc".startswith("a")).
func foldStrPredicate(recv *Value, method string, args *callArgs) (*Value, bool) {
	s, ok := constString(recv)
	if !ok || !isASCII(s) || len(args.kw) > 0 {
		return nil, false
	}
	var strArgs []string
	for i := range args.pos {
		a, ok := args.at(i)
		as, ok2 := constString(a)
		if !ok || !ok2 || args.star[i] {
			return nil, false
		}
		strArgs = append(strArgs, as)
	}
	all := func(f func(r rune) bool) bool {
		if s == "" {
			return false
		}
		for _, r := range s {
			if !f(r) {
				return false
			}
		}
		return true
	}
	digit := func(r rune) bool { return r >= '0' && r <= '9' }
	alpha := func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
	var b bool
	switch {
	case method == "startswith" && len(strArgs) == 1:
		b = strings.HasPrefix(s, strArgs[0])
	case method == "endswith" && len(strArgs) == 1:
		b = strings.HasSuffix(s, strArgs[0])
	case len(strArgs) > 0:
		return nil, false
	case method == "isdigit" || method == "isdecimal" || method == "isnumeric":
		b = all(digit)
	case method == "isalpha":
		b = all(alpha)
	case method == "isalnum":
		b = all(func(r rune) bool { return digit(r) || alpha(r) })
	case method == "isascii":
		b = true
	default:
		return nil, false
	}
	return constValue(b), true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// escapesControls reports whether an encode() call's codec is
// unicode_escape, which writes control characters as backslash escapes.
func escapesControls(args *callArgs) bool {
	v, ok := args.at(0)
	if !ok {
		v = args.kw["encoding"]
	}
	if v == nil || !v.HasConst {
		return false
	}
	s, isStr := v.Const.(string)
	s = strings.ReplaceAll(strings.ToLower(s), "-", "_")
	return isStr && s == "unicode_escape"
}
