package taint

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/kraitsec/krait/analysis/resolve"
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/taint/models"
)

// eval computes the abstract value of an expression; it may update st
// (walrus, calls that mutate their receiver) and report sinks.
func (c *fnCtx) eval(e ast.Expr, st *state) *Value {
	if e == nil || st == nil {
		return nil
	}
	switch e := e.(type) {
	case *ast.Constant:
		switch v := e.Value.(type) {
		case nil, bool, int64, float64, string:
			return c.a.constant(v)
		case ast.Bytes:
			return c.a.constant(string(v))
		}
		return &Value{}
	case *ast.Name:
		return c.lookup(e.ID, e, st)
	case *ast.Attribute:
		return c.attribute(c.eval(e.Value, st), e.Attr, e)
	case *ast.Subscript:
		base := c.eval(e.Value, st)
		if sl, ok := e.Slice.(*ast.Slice); ok {
			c.eval(sl.Lower, st)
			c.eval(sl.Upper, st)
			c.eval(sl.Step, st)
			return c.sliceOf(base)
		}
		idx := c.eval(e.Slice, st)
		return c.subscript(base, idx, e)
	case *ast.Call:
		return c.call(e, st)
	case *ast.BinOp:
		return c.binop(e.Op, c.eval(e.Left, st), c.eval(e.Right, st), e)
	case *ast.BoolOp:
		var out *Value
		cur := st
		last := len(e.Values) - 1
		for i, v := range e.Values {
			x := c.eval(v, cur)
			if b, ok := truthy(x); ok {
				if (e.Op == ast.And && !b) || (e.Op == ast.Or && b) {
					return join(out, x) // short-circuits here
				}
				if i < last {
					continue // skipped over, never the result
				}
			}
			out = join(out, x)
			if i < last {
				cur = c.refine(cur.copy(), v, e.Op == ast.And)
			}
		}
		return out
	case *ast.UnaryOp:
		v := c.eval(e.Operand, st)
		return foldUnary(e.Op, v)
	case *ast.Compare:
		l := c.eval(e.Left, st)
		var rights []*Value
		for _, r := range e.Comparators {
			rights = append(rights, c.eval(r, st))
		}
		if len(e.Ops) == 1 {
			if b, ok := foldCompare(e.Ops[0], l, rights[0]); ok {
				return constValue(b)
			}
		}
		return &Value{Type: "builtins.bool"}
	case *ast.IfExp:
		if v, ok := c.loweredIfExp(e, st); ok {
			return v // its branches ran in the graph's blocks
		}
		t := c.eval(e.Test, st)
		if b, ok := truthy(t); ok {
			if b {
				return c.eval(e.Body, st)
			}
			return c.eval(e.Orelse, st)
		}
		s1 := c.refine(st.copy(), e.Test, true)
		s2 := c.refine(st.copy(), e.Test, false)
		return join(c.eval(e.Body, s1), c.eval(e.Orelse, s2))
	case *ast.Dict:
		out := &Value{Ctr: ctrDict}
		for i, k := range e.Keys {
			v := c.eval(e.Values[i], st)
			if k == nil { // **mapping
				out = mergeInto(out, v)
				continue
			}
			kv := c.eval(k, st)
			if key, ok := constKey(kv); ok {
				out = withKey(out, key, v)
			} else {
				out = withElem(out, v)
				out.setKeyT(union(out.keyT(), flatten(kv)))
			}
		}
		out.Ctr = ctrDict
		out.ConstElems = allConstExprs(e.Keys)
		out.setPresent(sortedKeys(out.Keys))
		return out
	case *ast.List:
		return c.sequence(e.Elts, ctrList, st)
	case *ast.Tuple:
		return c.sequence(e.Elts, ctrTuple, st)
	case *ast.Set:
		out := &Value{Ctr: ctrSet}
		for _, x := range e.Elts {
			out = withElem(out, contentsIfStarred(x, c.eval(x, st)))
		}
		out.Ctr = ctrSet
		out.ConstElems = allConstExprs(e.Elts)
		return out
	case *ast.ListComp:
		return c.comprehension(e.Generators, []ast.Expr{e.Elt}, ctrList, st)
	case *ast.SetComp:
		return c.comprehension(e.Generators, []ast.Expr{e.Elt}, ctrSet, st)
	case *ast.GeneratorExp:
		return c.comprehension(e.Generators, []ast.Expr{e.Elt}, ctrNone, st)
	case *ast.DictComp:
		return c.comprehension(e.Generators, []ast.Expr{e.Key, e.Value}, ctrDict, st)
	case *ast.JoinedStr:
		var t Taint
		allConst := true
		var sb strings.Builder
		head := ""
		for _, v := range e.Values {
			x := c.eval(v, st)
			if allConst && (x == nil || !x.HasConst) {
				head = sb.String()
			}
			t = union(t, afterHead(head, flatten(x)))
			if x != nil && x.HasConst {
				sb.WriteString(fmt.Sprint(x.Const))
			} else {
				allConst = false
			}
		}
		if allConst {
			return constValue(sb.String())
		}
		p := pos(e)
		return &Value{T: step(t, c.file, int(p.Lineno), int(p.ColOffset), "formatted into an f-string"), Type: "builtins.str"}
	case *ast.FormattedValue:
		v := c.eval(e.Value, st)
		spec := c.eval(e.FormatSpec, st)
		if spec != nil && spec.HasConst {
			// {x:d}, {x:.2f}: a number is what reaches the text.
			if sp, ok := spec.Const.(string); ok && sp != "" && strings.IndexByte("dbcoxXneEfFgG%", sp[len(sp)-1]) >= 0 {
				return &Value{}
			}
		}
		if v != nil && v.HasConst {
			if s, ok := v.Const.(string); ok && e.Conversion < 0 {
				return constValue(s)
			}
		}
		return &Value{T: flatten(v)}
	case *ast.Lambda:
		unit := c.a.prog.FuncOf[e]
		if unit != nil {
			c.a.setClosure(unit, st)
			return &Value{Fn: unit, Ref: unit.QName}
		}
		return nil
	case *ast.NamedExpr:
		v := c.eval(e.Value, st)
		c.assign(e.Target, v, st, true)
		return v
	case *ast.Await:
		return c.eval(e.Value, st)
	case *ast.Yield:
		v := c.eval(e.Value, st)
		c.ret = join(c.ret, &Value{T: flatten(v), Elem: v})
		return nil
	case *ast.YieldFrom:
		v := c.eval(e.Value, st)
		c.ret = join(c.ret, &Value{T: flatten(v), Elem: contents(v)})
		return nil
	case *ast.Starred:
		return c.eval(e.Value, st)
	case *ast.Slice:
		c.eval(e.Lower, st)
		c.eval(e.Upper, st)
		c.eval(e.Step, st)
		return nil
	}
	return nil
}

func contentsIfStarred(x ast.Expr, v *Value) *Value {
	if _, ok := x.(*ast.Starred); ok {
		return contents(v)
	}
	return v
}

// allConstExprs reports a display made only of constants (for `in` guards).
func allConstExprs(elts []ast.Expr) bool {
	for _, e := range elts {
		if _, ok := e.(*ast.Constant); !ok {
			return false
		}
	}
	return true
}

func (c *fnCtx) sequence(elts []ast.Expr, ctr ctrKind, st *state) *Value {
	out := &Value{Ctr: ctr, IsSeq: true}
	var seq []*Value // out's exact elements, set on it once
	for _, x := range elts {
		v := c.eval(x, st)
		if _, ok := x.(*ast.Starred); ok {
			if v != nil && v.IsSeq && out.IsSeq {
				seq = append(seq, v.seq()...)
				continue
			}
			out.setSeq(seq)
			seq = nil
			out = withElem(out, contents(v))
			continue
		}
		if out.IsSeq && len(seq) < maxSeq {
			seq = append(seq, v)
		} else {
			out.setSeq(seq)
			seq = nil
			out = withElem(out, v)
		}
	}
	if out.IsSeq {
		out.setSeq(seq)
	}
	out.Ctr = ctr
	out.ConstElems = allConstExprs(elts)
	return out
}

func mergeInto(dst, src *Value) *Value {
	if src == nil {
		return dst
	}
	out := dst.clone()
	for _, k := range sortedKeys(src.Keys) {
		out = withKey(out, k, src.Keys[k])
	}
	out.Elem = join(out.Elem, src.Elem)
	out.setKeyT(union(out.keyT(), src.keyT()))
	out.T = union(out.T, src.T)
	return out
}

// comprehension evaluates generators in a scratch scope and builds the container.
func (c *fnCtx) comprehension(gens []*ast.Comprehension, elts []ast.Expr, ctr ctrKind, st *state) *Value {
	s := st.copy()
	for _, g := range gens {
		it := c.eval(g.Iter, s)
		c.assign(g.Target, contents(it), s, false)
		for _, cond := range g.Ifs {
			c.eval(cond, s)
			s = c.refine(s, cond, true)
		}
	}
	out := &Value{Ctr: ctr}
	switch len(elts) {
	case 1:
		v := c.eval(elts[0], s)
		out.Elem = v
		if ctr == ctrNone {
			out.T = flatten(v)
		}
	case 2:
		k := c.eval(elts[0], s)
		v := c.eval(elts[1], s)
		out.Elem = v
		out.setKeyT(flatten(k))
	}
	return out
}

// lookup finds a name: local state, enclosing function scopes, the
// function's own imports, module globals, builtins.
func (c *fnCtx) lookup(name string, at ast.Node, st *state) *Value {
	if v, ok := st.get(name); ok {
		return v
	}
	if env := c.a.closure[c.fn]; env != nil {
		if v, ok := env.get(name); ok {
			return v
		}
	}
	isMod := c.fn.Kind == resolve.ModuleBody
	if q, ok := c.a.prog.Binding(c.fn, name); ok {
		if !isMod && !strings.HasPrefix(q, "builtins.") {
			if v, ok := c.moduleGlobal(c.fn.Module, name); ok {
				return v
			}
		}
		return c.staticValue(q, at)
	}
	if !isMod {
		if v, ok := c.moduleGlobal(c.fn.Module, name); ok {
			return v
		}
	}
	// A name the framework injects into this kind of file.
	for _, g := range c.a.models.Globals {
		if q, ok := g.Names[name]; ok && models.MatchFile(g.Files, c.file) {
			return c.staticValue(q, at)
		}
	}
	return nil
}

// moduleGlobal reads a module-level variable as the module body left it,
// recording the read so a change re-analyses this unit.
func (c *fnCtx) moduleGlobal(m *resolve.Module, name string) (*Value, bool) {
	env := c.a.modEnv[m]
	if env == nil && !c.a.active[m.Body] && !c.a.over[m.Body] && len(c.a.stack) < maxDemandDepth {
		// First read of this module's globals: run its body now.
		c.a.visits[m.Body]++
		c.a.analyzeUnit(m.Body)
		env = c.a.modEnv[m]
	}
	// Registered after the body ran on demand: this read sees its values,
	// so only their later changes queue the reader again.
	r := c.a.readers[m]
	if r == nil {
		r = map[string]map[*resolve.Func]bool{}
		c.a.readers[m] = r
	}
	if r[name] == nil {
		r[name] = map[*resolve.Func]bool{}
	}
	r[name][c.fn] = true
	if env == nil {
		return nil, false
	}
	v, ok := env.get(name)
	return v, ok
}

// canon spells a qualified name the way the project and the models do.
func (c *fnCtx) canon(q string) string {
	if q == "" {
		return ""
	}
	if v, ok := c.a.canonCache[q]; ok {
		return v
	}
	v := c.a.models.Canonical(c.a.prog.Canonical(q))
	if len(c.a.canonCache) < 1<<20 {
		c.a.canonCache[q] = v
	}
	return v
}

// importedModule is the value an import statement binds: the module's
// static value marked as a module, whose attributes (sys.argv after a
// write to it) are not inputs of the functions called on it.
func (c *fnCtx) importedModule(q string, at ast.Node) *Value {
	v := c.staticValue(q, at)
	if v == nil || v.Ctr != ctrNone || v.Fn != nil {
		return v
	}
	m := *v // static values are shared: mark a copy
	m.Ctr = ctrModule
	return &m
}

// staticValue is the value of a name bound to a qualified name: a project
// function or class, a project module global, or an external API (which
// may be a source or have a modelled type).
func (c *fnCtx) staticValue(q string, at ast.Node) *Value {
	q = c.canon(q)
	if v, ok := c.a.statics[q]; ok {
		return v
	}
	v := &Value{Ref: q}
	if f := c.a.prog.Funcs[q]; f != nil {
		v.Fn = f
		c.a.statics[q] = v // the same wherever it is named
		return v
	}
	if c.a.prog.Classes[q] != nil || c.a.prog.ByName[q] != nil {
		c.a.statics[q] = v
		return v
	}
	if i := strings.LastIndexByte(q, '.'); i > 0 {
		if m := c.a.prog.ByName[q[:i]]; m != nil {
			if gv, ok := c.moduleGlobal(m, q[i+1:]); ok && gv != nil {
				return gv
			}
			return v
		}
	}
	return c.external(v, q, at)
}

// external adds what the models say about an external name: its type and
// whether reading it is a source.
func (c *fnCtx) external(v *Value, q string, at ast.Node) *Value {
	if t, ok := c.a.models.Types[q]; ok && v.Type == "" {
		v = v.clone()
		v.Type = t
	}
	if src := c.a.models.Read[q]; src != nil {
		v = v.clone()
		v.T = union(v.T, c.sourceLabel(src, at))
	}
	return v
}

func (c *fnCtx) sourceLabel(src *models.CSource, at ast.Node) Taint {
	if !c.a.threats[src.Threat] {
		return nil
	}
	p := pos(at)
	label := src.Label
	if label == "" {
		label = src.Ref
	}
	o := c.a.sourceOrigin(label, src.Threat, c.file, int(p.Lineno), int(p.ColOffset))
	return Taint{{O: o, Tr: (*trace)(nil).add(c.file, int(p.Lineno), int(p.ColOffset), "read from "+label)}}
}

// attribute reads base.name.
func (c *fnCtx) attribute(base *Value, name string, at ast.Node) *Value {
	if base == nil {
		return nil
	}
	if w, ok := base.Attrs[name]; ok {
		return c.withFields(base, name, w)
	}
	t := deriveAttr(c.a, base.T, name)
	var v *Value // made once it is known what it starts from
	if base.Ref != "" {
		q := c.canon(base.Ref + "." + name)
		switch cls := c.a.prog.Classes[base.Ref]; {
		case cls != nil:
			// A class attribute: a method, a class-body value, else what the
			// class's modelled bases say (Product.objects on a django Model).
			if m := c.a.prog.FindMethod(cls.QName, name); m != nil {
				return &Value{T: t, Ref: m.QName, Fn: m}
			}
			if cv := c.classAttr(cls.QName, name); cv != nil {
				return cv
			}
			v = c.externalMember(&Value{T: t}, cls.QName, name, at)
			if v.Ref == "" {
				v.Ref = q
			}
			return v
		case base.Fn != nil:
			v = &Value{T: t, Ref: q}
		default:
			if sv := c.staticValue(q, at); sv != nil {
				v = sv.clone()
				v.T = union(sv.T, t)
			}
		}
	}
	if v == nil {
		v = &Value{T: t}
	}
	if knownType(base.Type) {
		if cls := c.a.prog.Classes[base.Type]; cls != nil {
			if m := c.a.prog.FindMethod(cls.QName, name); m != nil {
				v.Fn = m
			} else if cv := c.classAttr(cls.QName, name); cv != nil && v.Type == "" {
				cv = cv.clone()
				cv.T = union(cv.T, v.T)
				v = cv
			}
		}
		v = c.externalMember(v, base.Type, name, at)
	}
	if v.Ref != "" {
		if s := c.a.models.ReadClean[v.Ref]; s != nil {
			v = mapValue(v, func(t Taint) Taint { return cleanLabels(t, s.M) })
		}
	}
	if !knownType(base.Type) && base.Ref == "" {
		// Sources some framework alone names (request.GET), on receivers of unknown type.
		if src := c.a.models.Read["*."+name]; src != nil {
			v = v.clone()
			v.T = union(v.T, c.sourceLabel(src, at))
		}
	}
	return c.withFields(base, name, v)
}

// classAttr is the value a class body (or a project base's) assigned to name.
func (c *fnCtx) classAttr(cls, name string) *Value {
	for _, cl := range c.a.mro(cls) {
		if v, ok := c.a.classAttrs[cl][name]; ok {
			return v
		}
	}
	return nil
}

// externalMember applies the models of name on the external classes in
// the MRO of typ: its type, whether reading it is a source, and (failing a
// specific entry) the type of typ.__getattr__.
func (c *fnCtx) externalMember(v *Value, typ, name string, at ast.Node) *Value {
	for _, cl := range c.a.mro(typ) {
		if c.a.prog.Classes[cl] != nil {
			continue
		}
		q := c.canon(cl + "." + name)
		if v.Ref == "" {
			v = v.clone()
			v.Ref = q
		}
		v = c.external(v, q, at)
	}
	if v.Type == "" {
		for _, cl := range c.a.mro(typ) {
			if t, ok := c.a.models.Types[c.canon(cl+".__getattr__")]; ok {
				v = v.clone()
				v.Type = t
				break
			}
		}
	}
	return v
}

// withFields adds source taint any method of the class stored in self.<name>.
func (c *fnCtx) withFields(base *Value, name string, v *Value) *Value {
	if base.Type == "" || c.a.prog.Classes[base.Type] == nil {
		return v
	}
	var t Taint
	typ := ""
	for _, cl := range c.a.mro(base.Type) {
		t = union(t, c.a.fields[cl][name])
		if typ == "" {
			typ = c.a.fieldTypes[cl][name]
		}
	}
	if len(t) == 0 && (typ == "" || (v != nil && v.Type != "")) {
		return v
	}
	out := v.clone()
	out.T = union(out.T, t)
	if out.Type == "" {
		out.Type = typ
	}
	return out
}

// deriveAttr is the taint of an attribute of a value: parameter labels get
// the attribute on their path (so summaries can tell self.a from self.b).
func deriveAttr(a *analyzer, t Taint, name string) Taint {
	if len(t) == 0 {
		return nil
	}
	return mapTaint(t, func(l Label) Label {
		if l.O.Kind == paramOrigin && strings.Count(l.O.Path, ".") < maxParamPath {
			l.O = a.paramOrigin(l.O.Fn, l.O.Param, l.O.Path+"."+name)
		}
		return l
	})
}

func (c *fnCtx) sliceOf(base *Value) *Value {
	if base == nil {
		return nil
	}
	if base.HasConst {
		if _, ok := base.Const.(string); ok {
			return &Value{}
		}
	}
	out := &Value{T: base.T, Ctr: base.Ctr, Type: base.Type}
	el := contents(base)
	if el != nil {
		out.Elem = el
	}
	return out
}

// subscript reads base[idx].
func (c *fnCtx) subscript(base, idx *Value, at ast.Node) *Value {
	if base == nil {
		return nil
	}
	if base.HasConst && idx != nil && idx.HasConst {
		if s, ok := base.Const.(string); ok {
			if i, ok := idx.Const.(int64); ok {
				n := int64(len(s))
				if i < 0 {
					i += n
				}
				if i >= 0 && i < n {
					return constValue(s[i : i+1])
				}
			}
		}
	}
	var out *Value
	if v, ok := c.readKey(base, idx); ok {
		out = v
	} else {
		out = contents(base)
	}
	if base.Type != "" && c.a.prog.Classes[base.Type] == nil {
		if t, ok := c.a.models.Types[c.canon(base.Type+".__getitem__")]; ok {
			out = out.clone()
			out.Type = t
		}
	}
	if base.Ref != "" && out == nil {
		return c.external(&Value{}, c.canon(base.Ref+".__getitem__"), at)
	}
	return out
}

// subscriptConst reads a constant key; nil idx const means unknown.
func (c *fnCtx) subscriptConst(base, idx *Value) *Value {
	if base == nil {
		return nil
	}
	key, ok := constKey(idx)
	if !ok {
		return nil
	}
	if base.IsSeq {
		if i, ok := seqIndex(key, len(base.seq())); ok {
			return base.seq()[i]
		}
	}
	if v, ok := base.Keys[key]; ok {
		return join(v, symKeyed(base))
	}
	if base.IsSeq && base.Elem == nil && len(base.T) == 0 && len(base.seq()) > 0 {
		return contents(base)
	}
	return join(c.ownElements(base, key), symKeyed(base))
}

// ownElements is what a container holds at a key it has no entry for: its
// unknown-key contents, where the container's own parameter labels get the
// key on their path (the caller's argument is read at that key).
func (c *fnCtx) ownElements(base *Value, key string) *Value {
	own := map[*Origin]bool{}
	for _, l := range base.T {
		own[l.O] = true
	}
	derive := func(t Taint) Taint {
		if len(own) == 0 {
			return t
		}
		return mapTaint(t, func(l Label) Label {
			if own[l.O] {
				return deriveStarKey(c.a, Taint{l}, key)[0]
			}
			return l
		})
	}
	var out *Value
	if base.Elem != nil {
		out = base.Elem
		if t := derive(out.T); !slices.Equal(t, out.T) {
			out = out.clone()
			out.T = t
		}
	}
	if len(base.T) > 0 {
		out = join(out, &Value{T: derive(base.T)})
	}
	return out
}

// symKeyed joins the entries stored at a parameter's unknown value (see
// paramKey): any of them may be the key read.
func symKeyed(base *Value) *Value {
	var out *Value
	for _, k := range sortedKeys(base.Keys) {
		if strings.HasPrefix(k, "p:") {
			out = join(out, base.Keys[k])
		}
	}
	return out
}

// paramKey is the symbolic key "p:<origin>" of an index that is exactly a
// parameter of this unit: stores and reads at it stay apart from other
// keys, and a call site with a constant argument turns it into that key.
func (c *fnCtx) paramKey(idx *Value) (string, bool) {
	if idx == nil || idx.HasConst || len(idx.T) != 1 || len(idx.Keys) > 0 || len(idx.Attrs) > 0 || idx.Elem != nil || len(idx.seq()) > 0 {
		return "", false
	}
	l := idx.T[0]
	if l.O.Kind != paramOrigin || l.O.Fn != c.fn || l.O.Path != "" || l.M != 0 {
		return "", false
	}
	return symKey(l.O), true
}

func symKey(o *Origin) string { return "p:" + strconv.Itoa(int(o.ID)) }

// readKey is base[idx] for a constant or parameter key; ok false otherwise.
func (c *fnCtx) readKey(base, idx *Value) (*Value, bool) {
	if _, ok := constKey(idx); ok {
		return c.subscriptConst(base, idx), true
	}
	sk, ok := c.paramKey(idx)
	if !ok || base == nil {
		return nil, false
	}
	if v, ok := base.Keys[sk]; ok {
		return v, true
	}
	// Any constant entry may be the one; unknown entries and the caller's
	// own contents are read at the argument's key.
	var out *Value
	for _, k := range sortedKeys(base.Keys) {
		out = join(out, base.Keys[k])
	}
	for _, e := range base.seq() {
		out = join(out, e)
	}
	return join(out, c.ownElements(base, sk)), true
}

// deriveStarKey gives parameter labels the constant index or key read
// from them on their path, so a summary reading args[1], kwargs["other"] or
// cfg["cmd"] carries only that element's taint of the caller's argument.
func deriveStarKey(a *analyzer, t Taint, key string) Taint {
	if strings.ContainsAny(key, ".") {
		return t
	}
	return mapTaint(t, func(l Label) Label {
		if l.O.Kind == paramOrigin && l.O.Fn != nil && strings.Count(l.O.Path, ".") < maxParamPath {
			l.O = a.paramOrigin(l.O.Fn, l.O.Param, l.O.Path+".["+key+"]")
		}
		return l
	})
}

// keySegment reads a path segment written by deriveStarKey.
func keySegment(seg string) (*Value, bool) {
	if !strings.HasPrefix(seg, "[") || !strings.HasSuffix(seg, "]") {
		return nil, false
	}
	k := seg[1 : len(seg)-1]
	switch {
	case strings.HasPrefix(k, "s:"):
		return constValue(k[2:]), true
	case strings.HasPrefix(k, "i:"):
		if i, err := strconv.ParseInt(k[2:], 10, 64); err == nil {
			return constValue(i), true
		}
	}
	return nil, false
}

func constKey(v *Value) (string, bool) {
	if v == nil || !v.HasConst {
		return "", false
	}
	switch k := v.Const.(type) {
	case string:
		return "s:" + k, true
	case int64:
		return fmt.Sprintf("i:%d", k), true
	case bool:
		if k {
			return "i:1", true
		}
		return "i:0", true
	}
	return "", false
}

// binop combines operands: constants fold, taint unions, lists concatenate.
func (c *fnCtx) binop(op ast.Operator, l, r *Value, at ast.Node) *Value {
	if v, ok := foldBinary(op, l, r); ok {
		return v
	}
	if op == ast.Mod && l != nil && l.HasConst {
		if f, ok := l.Const.(string); ok {
			r = numericFormatArgs(f, r)
			if i := strings.IndexByte(f, '%'); i > 0 {
				r = mapValue(r, func(t Taint) Taint { return afterHead(f[:i], t) })
			}
		}
	}
	if op == ast.Add && l != nil && l.HasConst {
		if h, ok := l.Const.(string); ok {
			r = mapValue(r, func(t Taint) Taint { return afterHead(h, t) })
		}
	}
	if op == ast.Add && l != nil && r != nil && l.IsSeq && r.IsSeq && len(l.seq())+len(r.seq()) <= maxSeq {
		out := &Value{IsSeq: true, Ctr: l.Ctr, T: union(l.T, r.T), Elem: join(l.Elem, r.Elem)}
		out.setSeq(append(append([]*Value(nil), l.seq()...), r.seq()...))
		return out
	}
	t := union(flatten(l), flatten(r))
	if len(t) == 0 {
		out := &Value{}
		if l != nil && l.Type == "builtins.str" || r != nil && r.Type == "builtins.str" {
			out.Type = "builtins.str"
		}
		if op == ast.Div && l != nil && l.Type != "" && !strings.HasPrefix(l.Type, "builtins.") {
			out.Type = l.Type
		}
		return out
	}
	note := "combined with an operator"
	switch op {
	case ast.Add:
		note = "concatenated into a string"
	case ast.Mod:
		note = "formatted with %"
	}
	p := pos(at)
	out := &Value{T: step(t, c.file, int(p.Lineno), int(p.ColOffset), note)}
	if op == ast.Div && l != nil && l.Type != "" && !strings.HasPrefix(l.Type, "builtins.") {
		out.Type = l.Type // pathlib.Path / "name"
	}
	if op == ast.Add || op == ast.Mod {
		if l != nil && (l.Ctr == ctrList || l.Ctr == ctrTuple) {
			out = &Value{Ctr: l.Ctr, Elem: &Value{T: out.T}}
		}
	}
	return out
}

// assign binds a target to a value; note adds an "assigned to" trace step.
func (c *fnCtx) assign(target ast.Expr, v *Value, st *state, note bool) {
	switch t := target.(type) {
	case *ast.Name:
		if note && v != nil && len(v.T) > 0 {
			p := pos(t)
			v = v.clone()
			v.T = step(v.T, c.file, int(p.Lineno), int(p.ColOffset), "assigned to "+t.ID)
		}
		st.set(t.ID, v)
	case *ast.Tuple:
		c.unpack(t.Elts, v, st, note)
	case *ast.List:
		c.unpack(t.Elts, v, st, note)
	case *ast.Starred:
		c.assign(t.Value, &Value{Ctr: ctrList, Elem: contents(v)}, st, note)
	case *ast.Attribute:
		base := c.eval(t.Value, st)
		c.storeSink(base, t.Attr, v, t)
		if note && v != nil && len(flatten(v)) > 0 {
			p := pos(t)
			v = mapValue(v, func(x Taint) Taint {
				return step(x, c.file, int(p.Lineno), int(p.ColOffset), "stored in attribute "+t.Attr)
			})
		}
		c.store(t.Value, func(b *Value) *Value { return withAttr(b, t.Attr, v) }, st)
	case *ast.Subscript:
		base := c.eval(t.Value, st)
		if _, isSlice := t.Slice.(*ast.Slice); isSlice {
			c.store(t.Value, func(b *Value) *Value { return withElem(b, contents(v)) }, st)
			return
		}
		idx := c.eval(t.Slice, st)
		c.itemSink(base, idx, v, t)
		if key, ok := constKey(idx); ok {
			c.store(t.Value, func(b *Value) *Value { return withKey(b, key, v) }, st)
		} else if key, ok := c.paramKey(idx); ok {
			c.store(t.Value, func(b *Value) *Value {
				out := withKey(b, key, v)
				out.setKeyT(union(out.keyT(), flatten(idx)))
				return out
			}, st)
		} else {
			c.store(t.Value, func(b *Value) *Value {
				out := withElem(b, v)
				if out == b {
					out = b.clone() // b is shared
				}
				out.setKeyT(union(out.keyT(), flatten(idx)))
				return out
			}, st)
		}
	}
}

// store rewrites the place an expression names (a variable, or an
// attribute or item chain below one) with f applied to its current value.
func (c *fnCtx) store(place ast.Expr, f func(*Value) *Value, st *state) {
	switch p := place.(type) {
	case *ast.Name:
		cur := c.lookup(p.ID, p, st)
		st.set(p.ID, f(cur))
	case *ast.Attribute:
		c.store(p.Value, func(b *Value) *Value {
			cur := c.attribute(b, p.Attr, p)
			if b != nil {
				if w, ok := b.Attrs[p.Attr]; ok {
					cur = w
				}
			}
			return withAttr(b, p.Attr, f(cur))
		}, st)
	case *ast.Subscript:
		idx := c.eval(p.Slice, st)
		key, ok := constKey(idx)
		if !ok {
			key, ok = c.paramKey(idx)
		}
		c.store(p.Value, func(b *Value) *Value {
			if ok {
				old, _ := c.readKey(b, idx)
				return withKey(b, key, f(old))
			}
			return withElem(b, f(contents(b)))
		}, st)
	}
}

func (c *fnCtx) unpack(elts []ast.Expr, v *Value, st *state, note bool) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			star = i
		}
	}
	for i, e := range elts {
		var ev *Value
		switch {
		case v != nil && v.IsSeq && star < 0 && len(v.seq()) == len(elts):
			ev = v.seq()[i]
		case v != nil && v.IsSeq && star >= 0 && i < star && i < len(v.seq()):
			ev = v.seq()[i]
		case v != nil && v.IsSeq && star >= 0 && i > star && len(v.seq())-(len(elts)-i) >= 0 && len(v.seq())-(len(elts)-i) < len(v.seq()):
			ev = v.seq()[len(v.seq())-(len(elts)-i)]
		case i == star && v != nil && v.IsSeq:
			rest := &Value{Ctr: ctrList, IsSeq: true}
			end := len(v.seq()) - (len(elts) - 1 - star)
			if star <= end {
				rest.setSeq(append(rest.seq(), v.seq()[star:end]...))
			}
			c.assign(e.(*ast.Starred).Value, rest, st, note)
			continue
		default:
			ev = contents(v)
			if v != nil && v.Ref != "" && ev == nil {
				ev = &Value{T: v.T}
			}
		}
		if i == star {
			c.assign(e.(*ast.Starred).Value, &Value{Ctr: ctrList, Elem: ev}, st, note)
			continue
		}
		c.assign(e, ev, st, note)
	}
}

func (c *fnCtx) del(target ast.Expr, st *state) {
	switch t := target.(type) {
	case *ast.Name:
		st.del(t.ID)
	case *ast.Subscript:
		idx := c.eval(t.Slice, st)
		key, ok := constKey(idx)
		if !ok {
			c.store(t.Value, forgetPresent, st)
			return
		}
		c.store(t.Value, func(b *Value) *Value {
			if b == nil {
				return nil
			}
			out := b.clone()
			if b.IsSeq {
				if i, ok := seqIndex(key, len(b.seq())); ok {
					out.setSeq(append(append([]*Value(nil), b.seq()[:i]...), b.seq()[i+1:]...))
					return out
				}
			}
			if _, ok := b.Keys[key]; ok {
				out.Keys = map[string]*Value{}
				for k, v := range b.Keys {
					if k != key {
						out.Keys[k] = v
					}
				}
			}
			return out
		}, st)
	}
}

// truthy reports a value's truth when it is a known constant.
func truthy(v *Value) (bool, bool) {
	if v == nil || !v.HasConst {
		return false, false
	}
	switch x := v.Const.(type) {
	case nil:
		return false, true
	case bool:
		return x, true
	case int64:
		return x != 0, true
	case float64:
		return x != 0, true
	case string:
		return x != "", true
	}
	return false, false
}

// numericFormatArgs drops the taint of %-format arguments converted as
// numbers (%d, %i, %f, ...): a string there raises TypeError, so what
// reaches the text is a number.
func numericFormatArgs(format string, r *Value) *Value {
	if r == nil {
		return nil
	}
	var convs []byte
	var names []string
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			continue
		}
		name := ""
		if i < len(format) && format[i] == '(' {
			j := strings.IndexByte(format[i:], ')')
			if j < 0 {
				return r
			}
			name = format[i+1 : i+j]
			i += j + 1
		}
		for i < len(format) && strings.IndexByte("#0- +*.0123456789hlL", format[i]) >= 0 {
			i++
		}
		if i >= len(format) {
			return r
		}
		convs = append(convs, format[i])
		names = append(names, name)
	}
	numeric := func(b byte) bool { return strings.IndexByte("diouxXeEfFgG", b) >= 0 }
	switch {
	case len(convs) == 1 && names[0] == "" && !r.IsSeq:
		if numeric(convs[0]) {
			return &Value{}
		}
	case r.IsSeq && len(r.seq()) == len(convs):
		out := r.clone()
		out.setSeq(append([]*Value(nil), r.seq()...))
		for i, b := range convs {
			if numeric(b) {
				out.seq()[i] = nil
			}
		}
		return out
	case r.Ctr == ctrDict && len(names) > 0:
		out := r
		for i, b := range convs {
			if names[i] != "" && numeric(b) {
				if _, ok := r.Keys["s:"+names[i]]; ok {
					out = withKey(out, "s:"+names[i], nil)
				}
			}
		}
		return out
	}
	return r
}

// forgetPresent is a removal at an unknown key: no key is sure any more.
func forgetPresent(b *Value) *Value {
	if b == nil || len(b.present()) == 0 {
		return b
	}
	out := b.clone()
	out.setPresent(nil)
	return out
}
