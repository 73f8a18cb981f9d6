package taint

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kraitsec/krait/analysis/resolve"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/taint/models"
)

// callArgs are the evaluated arguments of a call.
type callArgs struct {
	pos     []*Value
	posExpr []ast.Expr
	star    []bool // pos[i] is a *iterable
	kw      map[string]*Value
	kwExpr  map[string]ast.Expr
	kwStar  *Value // merged **mappings
}

func (c *fnCtx) evalArgs(n *ast.Call, st *state) *callArgs {
	a := &callArgs{}
	if len(n.Args) > 0 {
		a.pos = make([]*Value, 0, len(n.Args))
		a.posExpr = make([]ast.Expr, 0, len(n.Args))
		a.star = make([]bool, 0, len(n.Args))
	}
	if len(n.Keywords) > 0 {
		a.kw, a.kwExpr = map[string]*Value{}, map[string]ast.Expr{}
	}
	for _, e := range n.Args {
		v := c.eval(e, st)
		_, isStar := e.(*ast.Starred)
		if isStar {
			e = e.(*ast.Starred).Value
		}
		a.pos = append(a.pos, v)
		a.posExpr = append(a.posExpr, e)
		a.star = append(a.star, isStar)
	}
	for _, k := range n.Keywords {
		v := c.eval(k.Value, st)
		if k.Arg == "" {
			a.kwStar = join(a.kwStar, v)
			continue
		}
		a.kw[k.Arg] = v
		a.kwExpr[k.Arg] = k.Value
	}
	return a
}

// get finds an argument by position or keyword.
func (a *callArgs) get(i *int, kw string) (*Value, bool) {
	if i != nil {
		if v, ok := a.at(*i); ok {
			return v, true
		}
	}
	if kw != "" {
		if v, ok := a.kw[kw]; ok {
			return v, true
		}
	}
	return nil, false
}

// expr is the expression of an argument (nil when unknown).
func (a *callArgs) expr(i *int, kw string) ast.Expr {
	if i != nil && *i < len(a.posExpr) && !slices.Contains(a.star[:min(*i+1, len(a.star))], true) {
		return a.posExpr[*i]
	}
	if kw != "" {
		return a.kwExpr[kw]
	}
	return nil
}

// at is positional argument i, looking through *iterables.
func (a *callArgs) at(i int) (*Value, bool) {
	for j := range a.pos {
		if a.star[j] {
			return contents(a.pos[j]), true
		}
		if j == i {
			return a.pos[j], true
		}
	}
	return nil, false
}

// all is every argument's taint.
func (a *callArgs) all() Taint {
	var t Taint
	for _, v := range a.pos {
		t = union(t, flatten(v))
	}
	for _, v := range a.kw {
		t = union(t, flatten(v))
	}
	return union(t, flatten(a.kwStar))
}

// callee evaluates the function part of a call.
func (c *fnCtx) callee(n *ast.Call, st *state) (fv, recv *Value, method string) {
	if at, ok := n.Func.(*ast.Attribute); ok {
		recv = c.eval(at.Value, st)
		if recv == nil {
			recv = &Value{}
		}
		return c.attribute(recv, at.Attr, at), recv, at.Attr
	}
	return c.eval(n.Func, st), nil, ""
}

// candidates lists the qualified names a call may denote, most specific first.
func (c *fnCtx) candidates(fv, recv *Value, method string) []string {
	var out []string
	add := func(q string) {
		for _, x := range out {
			if x == q {
				return
			}
		}
		out = append(out, q)
	}
	if fv != nil && fv.Ref != "" {
		add(c.canon(fv.Ref))
	}
	if recv != nil && knownType(recv.Type) && method != "" {
		for _, cl := range c.a.mro(recv.Type) {
			add(c.canon(cl + "." + method))
		}
	}
	if fv != nil && knownType(fv.Type) && fv.Fn == nil {
		// Calling an object of a modelled type: T.__call__.
		for _, cl := range c.a.mro(fv.Type) {
			if c.a.prog.Classes[cl] == nil {
				add(c.canon(cl + ".__call__"))
			}
		}
	}
	if method != "" && recv != nil && recv.Ref == "" && (!knownType(recv.Type) || c.a.prog.Classes[recv.Type] != nil) {
		add("*." + method)
	}
	return out
}

func (c *fnCtx) call(n *ast.Call, st *state) *Value {
	fv, recv, method := c.callee(n, st)
	args := c.evalArgs(n, st)
	if fv != nil && fv.bound() != nil {
		b := fv.bound()
		fv, recv, method, args = b.fn, nil, "", b.apply(args)
	}
	cands := c.candidates(fv, recv, method)
	if v := partialOf(cands, args); v != nil {
		return v
	}
	if fv != nil && fv.Fn != nil && len(cands) > 0 && strings.HasPrefix(cands[len(cands)-1], "*.") {
		cands = cands[:len(cands)-1] // project code, not an unknown-typed receiver
	}
	var recvExpr ast.Expr
	if at, ok := n.Func.(*ast.Attribute); ok {
		recvExpr = at.Value
	}
	c.registrar(cands, args)
	c.checkSinks(n, cands, args, recv, st)

	if fv != nil && fv.Fn != nil {
		bound := recv != nil && recv.Type != "" && fv.Fn.IsMethod() && c.a.prog.Classes[recv.Ref] == nil
		if !bound {
			recvExpr = nil
			recv = nil
		}
		ret, _ := c.callProject(fv.Fn, recv, recvExpr, args, n, st)
		if nm, ok := recvExpr.(*ast.Name); bound && fv.Fn.Class != nil && ok && nm.ID == c.selfName && c.selfName != "" {
			// Dynamic dispatch through self: a subclass may override the method.
			for _, o := range c.a.overrides(recv.Type, fv.Fn.Name) {
				if o != fv.Fn {
					r, _ := c.callProject(o, recv, recvExpr, args, n, st)
					ret = join(ret, r)
				}
			}
		}
		return ret
	}
	if fv != nil && fv.Ref != "" {
		if cls := c.a.prog.Classes[fv.Ref]; cls != nil {
			return c.construct(cls, args, n, st)
		}
	}
	for _, q := range cands {
		if c.a.models.NoReturn[q] {
			st.dead = true
			return nil
		}
	}
	if fv != nil && fv.Ref == "collections.deque" && len(args.kw) == 0 && len(args.pos) <= 1 && !slices.Contains(args.star, true) {
		// Without maxlen a deque keeps element positions like a list.
		if v, ok := c.builtinFunc("list", args, n); ok {
			return v
		}
	}
	if fv != nil && strings.HasPrefix(fv.Ref, "builtins.") {
		if v, ok := c.builtinFunc(fv.Ref[len("builtins."):], args, n); ok {
			return v
		}
	}
	if recv != nil && recv.Type == "configparser.ConfigParser" {
		if v, ok := c.configMethod(recv, recvExpr, method, args, st); ok {
			return v
		}
	}
	if recv != nil && recv.Ref == "" && recv.Fn == nil && (!knownType(recv.Type) || strings.HasPrefix(recv.Type, "builtins.")) {
		if v, ok := c.builtinMethod(n, recv, recvExpr, method, args, st); ok {
			return v
		}
	}
	return c.modelledCall(n, cands, fv, recv, recvExpr, method, args, st)
}

// modelledCall applies sources, sanitizers, propagators and types, falling
// back to the default for unknown calls.
func (c *fnCtx) modelledCall(n *ast.Call, cands []string, fv, recv *Value, recvExpr ast.Expr, method string, args *callArgs, st *state) *Value {
	p := pos(n)
	name := calleeName(n.Func)
	var prop *models.Propagator
	var sans []*models.CSanitizer
	var src *models.CSource
	typ := ""
	for _, q := range cands {
		if prop == nil {
			prop = c.a.models.Propagators[q]
		}
		if sans == nil {
			sans = c.a.models.Sanitizers[q]
		}
		if src == nil {
			src = c.a.models.Return[q]
		}
		if typ == "" {
			for _, t := range c.a.models.CondTypes[q] {
				if !c.condsHold(t.When, args) || c.anyCondHolds(t.Unless, args) {
					continue
				}
				if t.To == "receiver" {
					if recvExpr != nil && (isPlace(recvExpr) || isSubscriptPlace(recvExpr)) {
						nt := c.canon(t.Returns)
						c.store(recvExpr, func(b *Value) *Value { out := b.clone(); out.Type = nt; return out }, st)
					}
					continue
				}
				typ = t.Returns
				break
			}
		}
		if typ == "" {
			typ = c.a.models.Types[q]
		}
	}
	recvTaint := Taint(nil)
	if recv != nil && recv.Ctr != ctrModule {
		recvTaint = flatten(recv)
	}
	var t Taint
	known := prop != nil || len(sans) > 0 || src != nil || typ != ""
	switch {
	case prop != nil:
		for _, from := range prop.From {
			switch {
			case from == "receiver":
				t = union(t, recvTaint)
			case from == "args":
				for i := range args.pos {
					if v, ok := args.at(i); ok {
						t = union(t, flatten(v))
					}
				}
			case from == "kwargs":
				for _, v := range args.kw {
					t = union(t, flatten(v))
				}
				t = union(t, flatten(args.kwStar))
			case strings.HasPrefix(from, "kw:"):
				t = union(t, flatten(args.kw[from[3:]]))
			case strings.HasPrefix(from, "arg"):
				var i int
				fmt.Sscanf(from[3:], "%d", &i)
				if v, ok := args.at(i); ok {
					t = union(t, flatten(v))
				}
			}
		}
		if prop.To == "receiver" {
			if recvExpr != nil && len(t) > 0 {
				add := &Value{T: step(t, c.file, int(p.Lineno), int(p.ColOffset), "stored by "+name+"()")}
				c.store(recvExpr, func(b *Value) *Value { return withElem(b, add) }, st)
			}
			return constValue(nil)
		}
		if len(t) > 0 {
			t = step(t, c.file, int(p.Lineno), int(p.ColOffset), "passed through "+name+"()")
		}
	case known || c.a.cfg.UnknownCallsPropagate:
		t = union(args.all(), recvTaint)
		if len(t) > 0 {
			note := "passed through " + name + "()"
			if !known {
				note += ", which krait does not model (assumed to carry taint)"
				t = mapTaint(t, func(l Label) Label { l.Unknown = true; return l })
			}
			t = step(t, c.file, int(p.Lineno), int(p.ColOffset), note)
		}
	}
	mask := c.regexSubMask(cands, recv, args) | urlQuoteMask(cands, args)
	for _, s := range sans {
		if c.condsHold(s.When, args) && !c.anyCondHolds(s.Unless, args) {
			mask |= s.M
		}
	}
	if mask != 0 {
		t = cleanLabels(t, mask)
	}
	if src != nil {
		label := src.Label
		if label == "" {
			label = src.Ref + "()"
		}
		if c.a.threats[src.Threat] {
			o := c.a.sourceOrigin(label, src.Threat, c.file, int(p.Lineno), int(p.ColOffset))
			t = union(t, Taint{{O: o, Tr: (*trace)(nil).add(c.file, int(p.Lineno), int(p.ColOffset), "read from "+label)}})
		}
	}
	out := &Value{T: t, Type: typ}
	if typ == "re.Pattern" {
		if v, ok := args.at(0); ok && v != nil && v.HasConst {
			out.Const, out.HasConst = v.Const, true
		}
	}
	return out
}

// cleanLabels marks labels cleaned for mask and drops fully cleaned ones.
func cleanLabels(t Taint, mask models.Mask) Taint {
	var out Taint
	for _, l := range t {
		l.M |= mask
		if l.M&models.AllKinds == models.AllKinds {
			continue
		}
		out = append(out, l)
	}
	return normalize(out)
}

// registrar marks view functions registered by a call (add_url_rule):
// a function, or a class / instance / Cls.as_view() whose handler methods are entries.
func (c *fnCtx) registrar(cands []string, args *callArgs) {
	for _, q := range cands {
		hs := c.a.models.Registrars[q]
		if len(hs) == 0 {
			continue
		}
		h := hs[0]
		i := h.ViewArg
		v, _ := args.get(&i, h.ViewKw)
		var expr ast.Expr
		if i < len(args.posExpr) && !slices.Contains(args.star, true) {
			expr = args.posExpr[i]
		} else if e, ok := args.kwExpr[h.ViewKw]; ok {
			expr = e
		}
		e := c.entryFor(hs, args)
		if v != nil && v.Fn != nil {
			c.a.markEntry(v.Fn, e)
			return
		}
		if cls := c.viewClass(v, expr); cls != nil {
			c.markClassEntries(cls, h, e.rule)
		}
		return
	}
}

// viewClass finds the project class behind a registered view: the class
// itself, an instance of it, or Cls.as_view(...).
func (c *fnCtx) viewClass(v *Value, e ast.Expr) *resolve.Class {
	if v != nil {
		if cls := c.a.prog.Classes[v.Ref]; cls != nil {
			return cls
		}
		if cls := c.a.prog.Classes[v.Type]; cls != nil {
			return cls
		}
	}
	if call, ok := e.(*ast.Call); ok {
		if at, ok := call.Func.(*ast.Attribute); ok {
			if q := c.a.prog.QualifiedName(c.fn, at.Value); q != "" {
				return c.a.prog.Class(q)
			}
		}
	}
	return nil
}

// condsHold checks a model entry's when-conditions.
func (c *fnCtx) condsHold(conds []models.Cond, args *callArgs) bool {
	for _, cond := range conds {
		if !c.condHolds(cond, args) {
			return false
		}
	}
	return true
}

// anyCondHolds reports whether one of conds holds (an unless list).
func (c *fnCtx) anyCondHolds(conds []models.Cond, args *callArgs) bool {
	return slices.ContainsFunc(conds, func(u models.Cond) bool { return c.condHolds(u, args) })
}

func (c *fnCtx) condHolds(cond models.Cond, args *callArgs) bool {
	v, present := args.get(cond.Arg, cond.Kw)
	if cond.Present {
		return present
	}
	if !present || v == nil {
		return false
	}
	if cond.Truthy {
		b, ok := truthy(v)
		return ok && b
	}
	if len(cond.In) > 0 {
		for _, x := range cond.In {
			if v.HasConst && fmt.Sprint(v.Const) == x {
				return true
			}
			if v.Ref != "" {
				q := c.canon(v.Ref)
				if q == x || strings.HasSuffix(q, "."+x) {
					return true
				}
			}
		}
		return false
	}
	if cond.Type != "" {
		want := c.canon(cond.Type)
		return v.Type != "" && slices.Contains(c.a.mro(v.Type), want)
	}
	if cond.LacksText != "" {
		s, ok := v.Const.(string)
		return ok && !strings.Contains(strings.ToLower(s), cond.LacksText)
	}
	if cond.Text {
		switch args.expr(cond.Arg, cond.Kw).(type) {
		case *ast.GeneratorExp, *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.Lambda:
			return false
		}
		return v.Fn == nil && (v.Type == "" || v.Type == "builtins.str")
	}
	return true
}

// checkSinks reports tainted arguments of a sink call.
func (c *fnCtx) checkSinks(n *ast.Call, cands []string, args *callArgs, recv *Value, st *state) {
	for _, q := range cands {
		sinks := c.a.models.Sinks[q]
		if len(sinks) == 0 {
			continue
		}
		api := q + "()"
		if strings.HasPrefix(q, "*.") {
			api = calleeName(n.Func) + "()"
		}
		for _, s := range sinks {
			if s.Store || !c.condsHold(s.When, args) {
				continue
			}
			if s.K == models.XSS && c.isTextResponse(n) {
				continue
			}
			if len(s.ReceiverNames) > 0 && !receiverNamed(n.Func, s.ReceiverNames) {
				continue
			}
			skip := false
			for _, u := range s.Unless {
				if c.condHolds(u, args) {
					skip = true
				}
			}
			if skip {
				continue
			}
			p := pos(n)
			for _, a := range c.sinkArgs(s, args, recv, st) {
				site := &sinkSite{kind: s.K, what: s.What, api: api + a.desc, file: c.file,
					line: int(p.Lineno), col: int(p.ColOffset), endLine: int(p.EndLineno), endCol: int(p.EndColOffset), confidence: confidenceOf(s.Confidence), remoteOnly: s.RemoteOnly}
				if site.what == "" {
					site.what = s.K.Info().Title + " sink"
				}
				c.atSink(a.t, site)
			}
		}
		return
	}
}

type sinkArg struct {
	t    Taint
	desc string
}

func (c *fnCtx) sinkArgs(s *models.CSink, args *callArgs, recv *Value, st *state) []sinkArg {
	var out []sinkArg
	taintOf := func(v *Value) Taint {
		if s.Mode == "argv" {
			return argvTaint(v)
		}
		if s.Mode == "ipython_expand" {
			return union(flatten(v), c.expandedNames(v, st))
		}
		if len(s.Keys) > 0 {
			return keyedTaint(v, s.Keys)
		}
		if s.K == models.XSS && v != nil && (v.Ctr == ctrDict || v.Ctr == ctrList) {
			return nil // serialised as JSON by the framework, not HTML
		}
		return flatten(v)
	}
	if s.Receiver && recv != nil {
		out = append(out, sinkArg{flatten(recv), " receiver"})
	}
	if s.Mode == "template_unescaped" {
		return templateUnescaped(s, args)
	}
	if s.Mode == "argv" && s.AllArgs && len(s.Args) > 0 {
		// The command line is spread over the positional arguments from
		// Args[0] on (os.execl(path, "sh", "-c", script)).
		line := &Value{IsSeq: true, Ctr: ctrList}
		var elems []*Value
		for j := s.Args[0]; j < len(args.pos); j++ {
			v := args.pos[j]
			switch {
			case j < len(args.star) && args.star[j] && v != nil && v.IsSeq:
				elems = append(elems, v.seq()...)
			case j < len(args.star) && args.star[j]:
				line.T = union(line.T, argvTaint(v)) // elements unknown: any may be the script
			case v == nil:
				elems = append(elems, &Value{})
			default:
				elems = append(elems, v)
			}
		}
		line.setSeq(elems)
		return append(out, sinkArg{argvTaint(line), fmt.Sprintf(" arguments %d and after", s.Args[0]+1)})
	}
	seen := map[*Value]bool{}
	for _, i := range s.Args {
		if v, ok := args.at(i); ok && !seen[v] {
			seen[v] = true
			out = append(out, sinkArg{taintOf(v), fmt.Sprintf(" argument %d", i+1)})
		}
		if s.AllArgs {
			for j := i + 1; j < len(args.pos); j++ {
				if v, ok := args.at(j); ok && !seen[v] {
					seen[v] = true
					out = append(out, sinkArg{taintOf(v), fmt.Sprintf(" argument %d", j+1)})
				}
			}
		}
	}
	for _, k := range s.Kw {
		if v, ok := args.kw[k]; ok && !seen[v] {
			seen[v] = true
			out = append(out, sinkArg{taintOf(v), " argument " + k})
		}
	}
	if s.AllArgs {
		for _, k := range sortedKeys(args.kw) {
			if v := args.kw[k]; !seen[v] {
				seen[v] = true
				out = append(out, sinkArg{taintOf(v), " argument " + k})
			}
		}
	}
	return out
}

var shellFlags = map[string]bool{"-c": true, "/c": true, "/C": true, "-Command": true, "-command": true, "/k": true}

// argvTaint is the dangerous part of a command line: the program and any
// script given to a shell with -c.
func argvTaint(v *Value) Taint {
	if v == nil {
		return nil
	}
	if v.IsSeq {
		if len(v.seq()) == 0 {
			return v.T
		}
		t := union(v.T, flatten(v.seq()[0]))
		for i, e := range v.seq() {
			alts := altsOf(e)
			flag := len(alts) > 0
			for _, a := range alts {
				flag = flag && shellFlags[a]
			}
			if flag && i+1 < len(v.seq()) {
				t = union(t, flatten(v.seq()[i+1]))
			}
		}
		return t
	}
	if v.Ctr != ctrNone {
		return v.T
	}
	return flatten(v)
}

// itemSink checks `x[k] = v` on a modelled object (session, headers).
func (c *fnCtx) itemSink(base, idx, v *Value, at ast.Node) {
	if base == nil {
		return
	}
	ref := base.Ref
	if ref == "" {
		ref = base.Type
	}
	if ref == "" || c.a.prog.Classes[ref] != nil {
		return
	}
	q := c.canon(ref) + ".__setitem__"
	if len(c.a.models.Sinks[q]) == 0 {
		return
	}
	c.checkSinksAt(q, at, &callArgs{pos: []*Value{idx, v}, star: []bool{false, false}, kw: map[string]*Value{}})
}

// storeSink checks `x.attr = v` against store sinks of x's modelled
// identity or type (`resp.location = url`).
func (c *fnCtx) storeSink(base *Value, attr string, v *Value, at ast.Node) {
	if base == nil {
		return
	}
	var cands []string
	if base.Ref != "" && base.Fn == nil && c.a.prog.Classes[base.Ref] == nil {
		cands = append(cands, c.canon(base.Ref+"."+attr))
	}
	if base.Type != "" {
		for _, cl := range c.a.mro(base.Type) {
			if c.a.prog.Classes[cl] == nil {
				cands = append(cands, c.canon(cl+"."+attr))
			}
		}
	}
	p := pos(at)
	for _, q := range cands {
		hit := false
		for _, s := range c.a.models.Sinks[q] {
			if !s.Store {
				continue
			}
			hit = true
			site := &sinkSite{kind: s.K, what: s.What, api: q, file: c.file, line: int(p.Lineno), col: int(p.ColOffset),
				endLine: int(p.EndLineno), endCol: int(p.EndColOffset), confidence: confidenceOf(s.Confidence), remoteOnly: s.RemoteOnly}
			if site.what == "" {
				site.what = s.K.Info().Title + " sink"
			}
			c.atSink(flatten(v), site)
		}
		if hit {
			return
		}
	}
}

func (c *fnCtx) checkSinksAt(q string, at ast.Node, args *callArgs) {
	p := pos(at)
	for _, s := range c.a.models.Sinks[q] {
		if !c.condsHold(s.When, args) || c.anyCondHolds(s.Unless, args) {
			continue
		}
		for _, a := range c.sinkArgs(s, args, nil, nil) {
			site := &sinkSite{kind: s.K, what: s.What, api: strings.TrimSuffix(strings.TrimSuffix(q, ".__setitem__"), ".__set__") + a.desc,
				file: c.file, line: int(p.Lineno), col: int(p.ColOffset), endLine: int(p.EndLineno), endCol: int(p.EndColOffset), confidence: confidenceOf(s.Confidence), remoteOnly: s.RemoteOnly}
			c.atSink(a.t, site)
		}
	}
}

// receiverNamed reports whether the receiver of a method call is named
// like one of hints (its last identifier, lower-cased, contains a hint).
func receiverNamed(fn ast.Expr, hints []string) bool {
	at, ok := fn.(*ast.Attribute)
	if !ok {
		return false
	}
	name := ""
	switch r := at.Value.(type) {
	case *ast.Name:
		name = r.ID
	case *ast.Attribute:
		name = r.Attr
	case *ast.Call:
		name = calleeName(r.Func) // get_db().execute(...)
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			name = name[i+1:]
		}
	}
	name = strings.ToLower(name)
	for _, h := range hints {
		if strings.Contains(name, h) {
			return true
		}
	}
	return false
}

// calleeName spells the called expression for messages: "cur.execute".
func calleeName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Name:
		return e.ID
	case *ast.Attribute:
		return calleeName(e.Value) + "." + e.Attr
	case *ast.Call:
		return calleeName(e.Func) + "()"
	case *ast.Subscript:
		return calleeName(e.Value) + "[]"
	}
	return "<expr>"
}

// callProject applies a project function's summary at a call.
func (c *fnCtx) callProject(fn *resolve.Func, recv *Value, recvExpr ast.Expr, args *callArgs, n *ast.Call, st *state) (*Value, map[int]*Value) {
	// A call whose arguments carry no taint at all needs the callee only
	// for what it returns by itself (a source, a typed object): it waits
	// for the callee's summary instead of demanding it.
	strong := c.needsSummary(recv, args)
	if strong && !c.a.relevant[fn] {
		// fn's parameters now matter: if it was analysed before, its own
		// calls with parameter data were not followed; analyse it again.
		c.a.relevant[fn] = true
		if c.a.sums[fn] != nil {
			c.a.push(fn)
		}
	}
	// The caller is registered once the callee's summary is made (below):
	// a summary made now, on demand, is used at once, so its first version
	// need not queue this caller again; later changes do.
	defer func() {
		if !strong {
			if c.a.weakCallers[fn] == nil {
				c.a.weakCallers[fn] = map[*resolve.Func]bool{}
			}
			c.a.weakCallers[fn][c.fn] = true
		} else {
			if c.a.callers[fn] == nil {
				c.a.callers[fn] = map[*resolve.Func]bool{}
			}
			c.a.callers[fn][c.fn] = true
		}
	}()
	if sum := c.a.sums[fn]; sum == nil {
		actuals, _ := c.bindArgs(fn, recv, recvExpr, args)
		for i, v := range actuals {
			if v != nil && v.Type != "" && !(i == 0 && fn.IsMethod()) {
				c.a.observeParamType(fn, i, v.Type)
			}
		}
	}
	sum := c.a.sums[fn]
	if sum == nil && !strong && (c.a.weakDepth > 0 || c.unused == n) {
		// Untainted calls are followed one level only, and only for a result that is used.
		return &Value{}, nil
	}
	if sum == nil && !c.a.active[fn] && len(c.a.stack) < maxDemandDepth && !c.a.over[fn] && !c.a.outOfWork() {
		// Demanded: compute the callee's summary now (callees first).
		if !strong {
			c.a.weakDepth++
			c.a.nWeak++
		} else {
			c.a.nStrong++
		}
		c.a.visits[fn]++
		c.a.analyzeUnit(fn)
		if !strong {
			c.a.weakDepth--
		}
		sum = c.a.sums[fn]
	}
	if sum == nil {
		c.a.push(fn) // recursion or too deep: analyse later, then this caller again
		return &Value{}, nil
	}
	actuals, places := c.bindArgs(fn, recv, recvExpr, args)
	// One substitution per parameter origin for this call.
	saved, savedSlices := c.substCache, c.substSlices
	c.substCache, c.substSlices = &substMemo{}, map[sliceKey]Taint{}
	defer func() { c.substCache, c.substSlices = saved, savedSlices }()
	for i, v := range actuals {
		if v != nil && v.Type != "" && !(i == 0 && fn.IsMethod()) {
			c.a.observeParamType(fn, i, v.Type)
		}
	}
	p := pos(n)
	note := "returned from " + fn.Name + "()"
	ret := mapValue(sum.Ret, func(t Taint) Taint {
		return step(c.subst(t, fn, actuals, n), c.file, int(p.Lineno), int(p.ColOffset), note)
	})
	ret = rewriteSymKeys(c.a, ret, fn, actuals, 0)
	for _, h := range sum.Sinks {
		c.atSink(c.subst(Taint{h.l}, fn, actuals, n), h.site)
	}
	effects := map[int]*Value{}
	for _, i := range sortedKeys(sum.Effects) {
		eff := sum.Effects[i]
		sv := mapValue(eff, func(t Taint) Taint { return c.subst(t, fn, actuals, n) })
		sv = rewriteSymKeys(c.a, sv, fn, actuals, 0)
		effects[i] = sv
		if i < len(places) && places[i] != nil && isPlace(places[i]) {
			c.store(places[i], func(b *Value) *Value { return mergeEffect(b, sv) }, st)
		}
	}
	if ret == nil {
		ret = &Value{}
	}
	return ret, effects
}

// needsSummary reports whether a call's arguments carry taint that the
// callee's summary must map: a source, or parameters of this unit when
// this unit's own summary is needed (its parameters are relevant).
func (c *fnCtx) needsSummary(recv *Value, args *callArgs) bool {
	t := args.all()
	if recv != nil {
		t = union(t, flatten(recv))
	}
	relevant := c.a.relevant[c.fn]
	for u := c.fn.Parent; !relevant && u != nil; u = u.Parent {
		relevant = c.a.relevant[u]
	}
	for _, l := range t {
		if l.O.Kind == sourceOrigin || relevant {
			return true
		}
	}
	return false
}

// fieldOf is the attribute of an actual argument a summary's parameter
// path names: what the caller knows of it, else the object's own taint.
func (c *fnCtx) fieldOf(v *Value, name string) *Value {
	if v == nil {
		return nil
	}
	if w, ok := v.Attrs[name]; ok {
		return c.withFields(v, name, w)
	}
	return c.withFields(v, name, &Value{T: deriveAttr(c.a, v.T, name)})
}

// isPlace reports an expression naming storage (a variable or a chain below one).
func isPlace(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Name:
		return true
	case *ast.Attribute:
		return isPlace(e.Value)
	}
	return false
}

// mergeEffect adds what a callee stored in an object to the caller's view of it.
func mergeEffect(b, eff *Value) *Value {
	if eff == nil {
		return b
	}
	out := b.clone()
	if len(eff.Attrs) > 0 {
		attrs := make(map[string]*Value, len(out.Attrs)+len(eff.Attrs))
		for k, v := range out.Attrs {
			attrs[k] = v
		}
		for k, v := range eff.Attrs {
			attrs[k] = join(attrs[k], v)
		}
		out.Attrs = attrs
	}
	for _, k := range sortedKeys(eff.Keys) {
		out = withKey(out, k, eff.Keys[k])
	}
	if eff.Elem != nil || len(eff.seq()) > 0 {
		el := eff.Elem
		for _, s := range eff.seq() {
			el = join(el, s)
		}
		out = withElem(out, el)
	}
	return out
}

// bindArgs maps actual arguments to the callee's parameters.
func (c *fnCtx) bindArgs(fn *resolve.Func, recv *Value, recvExpr ast.Expr, args *callArgs) ([]*Value, []ast.Expr) {
	p := c.a.params(fn)
	names, vararg, kwarg, nPos := p.names, p.vararg, p.kwarg, p.nPos
	actuals := make([]*Value, len(names))
	places := make([]ast.Expr, len(names))
	pi := 0
	if recv != nil && len(names) > 0 {
		actuals[0], places[0] = recv, recvExpr
		pi = 1
	}
	var extra []*Value
	for j, v := range args.pos {
		if args.star[j] {
			el := contents(v)
			for k := pi; k < nPos; k++ {
				actuals[k] = join(actuals[k], el)
			}
			if vararg >= 0 {
				actuals[vararg] = join(actuals[vararg], &Value{Ctr: ctrTuple, Elem: el})
			}
			continue
		}
		if pi < nPos {
			actuals[pi], places[pi] = v, args.posExpr[j]
			pi++
		} else {
			extra = append(extra, v)
		}
	}
	if vararg >= 0 && len(extra) > 0 {
		actuals[vararg] = join(actuals[vararg], tupleOf(extra...))
	}
	for _, k := range sortedKeys(args.kw) {
		v := args.kw[k]
		idx := -1
		for i, n := range names {
			if n == k && i != vararg && i != kwarg {
				idx = i
			}
		}
		if idx >= 0 {
			actuals[idx], places[idx] = v, args.kwExpr[k]
		} else if kwarg >= 0 {
			actuals[kwarg] = withKey(actuals[kwarg], "s:"+k, v)
		}
	}
	if args.kwStar != nil {
		el := contents(args.kwStar)
		for i := range actuals {
			if actuals[i] == nil && i != vararg {
				actuals[i] = el
			}
		}
		if kwarg >= 0 {
			actuals[kwarg] = mergeInto(actuals[kwarg], args.kwStar)
		}
	}
	// A parameter left out takes its default: def main(argv=sys.argv).
	for i, dv := range c.sourceDefaults(fn) {
		if dv != nil && actuals[i] == nil {
			actuals[i] = dv
		}
	}
	return actuals, places
}

// subst rewrites a callee's parameter labels into the caller's taint.
func (c *fnCtx) subst(t Taint, fn *resolve.Func, actuals []*Value, at ast.Node) Taint {
	if len(t) == 0 {
		return nil
	}
	// Summaries share label slices between sub-values: substitute each once per call.
	key := sliceKey{&t[0], len(t)}
	if r, ok := c.substSlices[key]; ok {
		return r
	}
	r := c.substLabels(t, fn, actuals, at)
	if c.substSlices != nil {
		c.substSlices[key] = r
	}
	return r
}

// substMemo maps the parameter origins met while applying one call to
// the caller's taint for them: a few entries, searched in order.
type substMemo struct {
	origins []*Origin
	taints  []Taint
}

func (m *substMemo) get(o *Origin) (Taint, bool) {
	if m == nil {
		return nil, false
	}
	for i, x := range m.origins {
		if x == o {
			return m.taints[i], true
		}
	}
	return nil, false
}

// put records o's taint; a nil memo (no call being applied) keeps nothing.
func (m *substMemo) put(o *Origin, t Taint) {
	if m == nil {
		return
	}
	m.origins = append(m.origins, o)
	m.taints = append(m.taints, t)
}

type sliceKey struct {
	first *Label
	n     int
}

func (c *fnCtx) substLabels(t Taint, fn *resolve.Func, actuals []*Value, at ast.Node) Taint {
	p := pos(at)
	var out Taint
	for _, l := range t {
		if l.O.Kind != paramOrigin || l.O.Fn != fn {
			out = append(out, l)
			continue
		}
		if l.O.Param >= len(actuals) {
			continue
		}
		actual, cached := c.substCache.get(l.O)
		if !cached {
			av := actuals[l.O.Param]
			if l.O.Path != "" {
				for _, seg := range strings.Split(l.O.Path[1:], ".") {
					if k, ok := keySegment(seg); ok {
						av = c.subscriptConst(av, k)
						continue
					}
					if strings.HasPrefix(seg, "[p:") {
						if k := symActual(c.a, fn, actuals, seg[1:len(seg)-1]); k != nil && k.HasConst {
							av = c.subscriptConst(av, k)
						} else {
							av = contents(av)
						}
						continue
					}
					av = c.fieldOf(av, seg)
				}
			}
			actual = flatten(av)
			c.substCache.put(l.O, actual)
		}
		if len(actual) == 0 {
			continue
		}
		note := ""
		if fn.IsMethod() && l.O.Param == 0 {
			note = "the object whose method " + fn.Name + "() is called"
		} else {
			num := l.O.Param + 1
			if fn.IsMethod() {
				num--
			}
			note = fmt.Sprintf("passed as argument %d of %s()", num, fn.Name)
		}
		for _, al := range actual {
			if len(out) >= 2*maxLabels {
				break // more than a value keeps anyway
			}
			nl := al
			nl.M |= l.M
			nl.Unknown = al.Unknown || l.Unknown
			nl.Tr = al.Tr.addInner(c.file, int(p.Lineno), int(p.ColOffset), note, l.Tr)
			if nl.M&models.AllKinds == models.AllKinds {
				continue
			}
			out = append(out, nl)
		}
	}
	return normalize(out)
}

// construct instantiates a project class, running __init__'s summary.
func (c *fnCtx) construct(cls *resolve.Class, args *callArgs, n *ast.Call, st *state) *Value {
	inst := &Value{Type: cls.QName}
	init := c.a.prog.FindMethod(cls.QName, "__init__")
	if init == nil {
		if rec := c.constructRecord(cls, args); rec != nil {
			return rec
		}
		// Other external bases: fields come from the arguments.
		if t := args.all(); len(t) > 0 {
			inst.T = t
		}
		return inst
	}
	_, effects := c.callProject(init, inst, nil, args, n, st)
	if eff := effects[0]; eff != nil {
		inst = mergeEffect(inst, eff)
	}
	return inst
}

var _ = finding.High

// expandedNames is the taint of the variables IPython substitutes into a
// constant command line: {expr} with a dotted name, and $name or
// $name.attr ($$ and {{ are escapes).
func (c *fnCtx) expandedNames(v *Value, st *state) Taint {
	if v == nil || !v.HasConst || st == nil {
		return nil
	}
	text, ok := v.Const.(string)
	if !ok {
		return nil
	}
	var t Taint
	read := func(path string) {
		parts := strings.Split(path, ".")
		if !qualifiedIdent(parts[0]) {
			return
		}
		val := c.lookup(parts[0], nil, st)
		for _, p := range parts[1:] {
			if !qualifiedIdent(p) {
				break
			}
			val = c.attribute(val, p, nil)
		}
		t = union(t, flatten(val))
	}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '{':
			if i+1 < len(text) && text[i+1] == '{' {
				i++
				continue
			}
			if j := strings.IndexByte(text[i:], '}'); j > 0 {
				read(strings.TrimSpace(text[i+1 : i+j]))
				i += j
			}
		case '$':
			if i+1 < len(text) && text[i+1] == '$' {
				i++
				continue
			}
			j := i + 1
			for j < len(text) && (text[j] == '_' || text[j] == '.' || text[j] >= 'a' && text[j] <= 'z' || text[j] >= 'A' && text[j] <= 'Z' || text[j] >= '0' && text[j] <= '9') {
				j++
			}
			if j > i+1 {
				read(strings.TrimRight(text[i+1:j], "."))
			}
			i = j - 1
		}
	}
	return t
}

// keyedTaint is the taint a mapping argument holds at constant keys: a
// dict's values there, or the second items of (key, value) pairs whose key
// is one of them.
func keyedTaint(v *Value, keys []string) Taint {
	if v == nil {
		return nil
	}
	var t Taint
	for _, k := range keys {
		if w, ok := v.Keys["s:"+k]; ok {
			t = union(t, flatten(w))
		}
	}
	pairs := v.seq()
	if v.Elem != nil {
		pairs = append(append([]*Value(nil), pairs...), v.Elem)
	}
	for _, p := range pairs {
		if p == nil || !p.IsSeq || len(p.seq()) != 2 {
			continue
		}
		if ks, ok := constString(p.seq()[0]); ok && slices.Contains(keys, ks) {
			t = union(t, flatten(p.seq()[1]))
		}
	}
	return t
}

// symActual is the caller's argument behind a callee's symbolic key "p:<id>".
func symActual(a *analyzer, fn *resolve.Func, actuals []*Value, key string) *Value {
	for i, v := range actuals {
		if symKey(a.paramOrigin(fn, i, "")) == key {
			return v
		}
	}
	return nil
}

// rewriteSymKeys turns a callee's symbolic keys into the call's constant
// arguments (else unknown-key contents) in what the call returns or stores.
func rewriteSymKeys(a *analyzer, v *Value, fn *resolve.Func, actuals []*Value, d int) *Value {
	if v == nil || d > maxDepth+2 || !hasSymKeys(v, d) {
		return v
	}
	changed := false
	var keys map[string]*Value
	var elem *Value
	for _, k := range sortedKeys(v.Keys) {
		w := rewriteSymKeys(a, v.Keys[k], fn, actuals, d+1)
		if w != v.Keys[k] {
			changed = true
		}
		if strings.HasPrefix(k, "p:") {
			if act := symActual(a, fn, actuals, k); act != nil {
				changed = true
				if ck, ok := constKey(act); ok {
					k = ck
				} else {
					elem = join(elem, w)
					continue
				}
			}
		}
		if keys == nil {
			keys = map[string]*Value{}
		}
		keys[k] = join(keys[k], w)
	}
	var attrs map[string]*Value
	for _, k := range sortedKeys(v.Attrs) {
		w := rewriteSymKeys(a, v.Attrs[k], fn, actuals, d+1)
		if w != v.Attrs[k] {
			changed = true
		}
		if attrs == nil {
			attrs = map[string]*Value{}
		}
		attrs[k] = w
	}
	el := rewriteSymKeys(a, v.Elem, fn, actuals, d+1)
	if el != v.Elem {
		changed = true
	}
	var seq []*Value
	for _, e := range v.seq() {
		w := rewriteSymKeys(a, e, fn, actuals, d+1)
		if w != e {
			changed = true
		}
		seq = append(seq, w)
	}
	if !changed {
		return v
	}
	out := v.clone()
	out.Keys, out.Attrs, out.Elem = keys, attrs, join(el, elem)
	if v.seq() != nil {
		out.setSeq(seq)
	}
	return out
}

func hasSymKeys(v *Value, d int) bool {
	if v == nil || d > maxDepth+2 {
		return false
	}
	for k, w := range v.Keys {
		if strings.HasPrefix(k, "p:") || hasSymKeys(w, d+1) {
			return true
		}
	}
	for _, w := range v.Attrs {
		if hasSymKeys(w, d+1) {
			return true
		}
	}
	for _, w := range v.seq() {
		if hasSymKeys(w, d+1) {
			return true
		}
	}
	return hasSymKeys(v.Elem, d+1)
}
