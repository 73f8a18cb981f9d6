package taint

import (
	"slices"
	"strings"

	"github.com/kraitsec/krait/analysis/resolve"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/taint/models"
)

// execStmt interprets a simple statement of a block (compound
// statements are the graph's blocks and edges; nested defs and classes
// come whole).
func (c *fnCtx) execStmt(s ast.Stmt, st *state) {
	switch s := s.(type) {
	case *ast.ExprStmt:
		if call, ok := s.Value.(*ast.Call); ok {
			c.unused = call // its result is dropped
		}
		c.eval(s.Value, st)
	case *ast.Assign:
		v := c.eval(s.Value, st)
		for _, t := range s.Targets {
			c.assign(t, v, st, true)
		}
	case *ast.AnnAssign:
		if s.Value != nil {
			c.assign(s.Target, c.eval(s.Value, st), st, true)
		}
	case *ast.AugAssign:
		cur := c.eval(s.Target, st)
		v := c.binop(s.Op, cur, c.eval(s.Value, st), s)
		c.assign(s.Target, v, st, true)
	case *ast.Return:
		var v *Value
		if s.Value != nil {
			v = c.eval(s.Value, st)
		} else {
			v = constValue(nil)
		}
		c.addReturn(v, s)
	case *ast.Raise:
		// What is raised goes along the Exception edges to the except
		// clause's name; a bare raise re-raises the exception handled.
		var v *Value
		if s.Exc != nil {
			v = stripIdentity(c.eval(s.Exc, st))
		} else {
			v, _ = st.get(handledVar)
		}
		st.set(excVar, v)
		c.synthetic = true
	case *ast.Delete:
		for _, t := range s.Targets {
			c.del(t, st)
		}
	case *ast.FunctionDef:
		c.execDef(s, s.Name, s.DecoratorList, s.Args, st)
	case *ast.AsyncFunctionDef:
		c.execDef(s, s.Name, s.DecoratorList, s.Args, st)
	case *ast.ClassDef:
		c.execClass(s, st)
	case *ast.Import:
		for _, a := range s.Names {
			if a.Asname != "" {
				st.set(a.Asname, c.importedModule(a.Name, s))
			} else {
				first := a.Name
				for i := 0; i < len(first); i++ {
					if first[i] == '.' {
						first = first[:i]
						break
					}
				}
				st.set(first, c.importedModule(first, s))
			}
		}
	case *ast.ImportFrom:
		abs := c.a.prog.AbsImport(c.fn.Module, s.Level, s.Module)
		for _, a := range s.Names {
			if a.Name == "*" {
				continue
			}
			local := a.Name
			if a.Asname != "" {
				local = a.Asname
			}
			q := a.Name
			if abs != "" {
				q = abs + "." + a.Name
			}
			st.set(local, c.staticValue(q, s))
		}
	}
}

type matchVerdict int

const (
	matchMaybe matchVerdict = iota
	matchAlways
	matchNever
)

// bindPattern binds capture names and decides constant matches.
func (c *fnCtx) bindPattern(p ast.Pattern, subj *Value, st *state) matchVerdict {
	switch p := p.(type) {
	case *ast.MatchAs:
		v := matchAlways
		if p.Pattern != nil {
			v = c.bindPattern(p.Pattern, subj, st)
		}
		if p.Name != "" {
			st.set(p.Name, subj)
		}
		return v
	case *ast.MatchValue:
		pv := c.eval(p.Value, st)
		if subj != nil && subj.HasConst && pv != nil && pv.HasConst {
			if subj.Const == pv.Const {
				return matchAlways
			}
			return matchNever
		}
	case *ast.MatchSingleton:
		if subj != nil && subj.HasConst {
			if subj.Const == p.Value {
				return matchAlways
			}
			return matchNever
		}
	case *ast.MatchOr:
		any := false
		for _, q := range p.Patterns {
			switch c.bindPattern(q, subj, st) {
			case matchAlways:
				return matchAlways
			case matchMaybe:
				any = true
			}
		}
		if !any {
			return matchNever
		}
	case *ast.MatchSequence:
		el := contents(subj)
		for i, q := range p.Patterns {
			var e *Value = el
			if subj != nil && subj.IsSeq && i < len(subj.seq()) {
				e = subj.seq()[i]
			}
			if _, star := q.(*ast.MatchStar); star {
				if name := q.(*ast.MatchStar).Name; name != "" {
					st.set(name, &Value{Elem: el, T: flatten(el)})
				}
				continue
			}
			c.bindPattern(q, e, st)
		}
	case *ast.MatchMapping:
		for i, q := range p.Patterns {
			var e *Value
			if i < len(p.Keys) {
				e = c.subscriptConst(subj, c.eval(p.Keys[i], st))
			}
			c.bindPattern(q, e, st)
		}
		if p.Rest != "" {
			st.set(p.Rest, subj)
		}
	case *ast.MatchClass:
		for _, q := range p.Patterns {
			c.bindPattern(q, &Value{T: flatten(subj)}, st)
		}
		for i, q := range p.KwdPatterns {
			if i < len(p.KwdAttrs) {
				c.bindPattern(q, c.attribute(subj, p.KwdAttrs[i], p), st)
			}
		}
	}
	return matchMaybe
}

// execDef binds a def, notes entry-point decorators and the closure scope.
func (c *fnCtx) execDef(node ast.Node, name string, decos []ast.Expr, args *ast.Arguments, st *state) {
	unit := c.a.prog.FuncOf[node]
	if args != nil {
		for _, d := range args.Defaults {
			c.eval(d, st)
		}
	}
	for _, d := range decos {
		c.decorator(d, unit, st)
	}
	if unit == nil {
		return
	}
	st.set(name, &Value{Fn: unit, Ref: unit.QName})
	if isMod := c.fn.Kind == resolve.ModuleBody; !isMod {
		c.a.setClosure(unit, st)
	}
}

// decorator evaluates a decorator and registers route handlers.
func (c *fnCtx) decorator(d ast.Expr, unit *resolve.Func, st *state) {
	call, ok := d.(*ast.Call)
	if !ok {
		c.bareDecorator(d, unit, st)
		return
	}
	fv, recv, method := c.callee(call, st)
	args := c.evalArgs(call, st)
	for _, q := range c.candidates(fv, recv, method) {
		if hs := c.a.models.Decorators[q]; len(hs) > 0 && unit != nil {
			c.a.markEntry(unit, c.entryFor(hs, args))
			return
		}
	}
}

// bareDecorator handles `@cherrypy.expose` written without a call.
func (c *fnCtx) bareDecorator(d ast.Expr, unit *resolve.Func, st *state) {
	var fv, recv *Value
	method := ""
	if at, ok := d.(*ast.Attribute); ok {
		recv = c.eval(at.Value, st)
		fv, method = c.attribute(recv, at.Attr, at), at.Attr
	} else {
		fv = c.eval(d, st)
	}
	for _, q := range c.candidates(fv, recv, method) {
		if hs := c.a.models.Decorators[q]; len(hs) > 0 && unit != nil {
			c.a.markEntry(unit, c.entryFor(hs, nil))
			return
		}
	}
}

// entryFor picks the handler entries that apply to one registration: the
// parameter rules of the first, the return sinks whose conditions hold.
func (c *fnCtx) entryFor(hs []*models.Handler, args *callArgs) *entry {
	e := &entry{}
	for _, h := range hs {
		if len(h.ReturnWhen) > 0 && !c.condsHold(h.ReturnWhen, args) {
			if e.params == nil && h == hs[len(hs)-1] {
				e.params = hs[0]
			}
			continue
		}
		if e.params == nil {
			e.params = h
		}
		if h.ReturnSink != "" {
			e.returns = append(e.returns, h)
		}
	}
	if e.params == nil {
		e.params = hs[0]
	}
	if args != nil {
		i := 0
		if e.params.RuleArg != nil {
			i = *e.params.RuleArg
		}
		kw := e.params.RuleKw
		if kw == "" {
			kw = "rule"
		}
		if v, ok := args.get(&i, kw); ok && v != nil && v.HasConst {
			e.rule, _ = v.Const.(string)
		}
	}
	return e
}

func (c *fnCtx) execClass(s *ast.ClassDef, st *state) {
	cls := c.a.prog.ClassOf[s]
	for _, b := range s.Bases {
		c.eval(b, st)
	}
	if cls == nil {
		return
	}
	// The class body: attribute values (types, constants) and method decorators.
	cs := st.copy()
	attrs := map[string]*Value{}
	for _, b := range s.Body {
		switch b := b.(type) {
		case *ast.Assign:
			v := c.eval(b.Value, cs)
			for _, t := range b.Targets {
				if n, ok := t.(*ast.Name); ok {
					attrs[n.ID] = v
				}
			}
		case *ast.AnnAssign:
			if n, ok := b.Target.(*ast.Name); ok && b.Value != nil {
				attrs[n.ID] = c.eval(b.Value, cs)
			}
		case *ast.FunctionDef:
			for _, d := range b.DecoratorList {
				c.decorator(d, c.a.prog.FuncOf[b], cs)
			}
		case *ast.AsyncFunctionDef:
			for _, d := range b.DecoratorList {
				c.decorator(d, c.a.prog.FuncOf[b], cs)
			}
		}
	}
	c.a.classAttrs[cls.QName] = attrs
	st.set(s.Name, &Value{Ref: cls.QName})
	c.markClassEntries(cls, nil, "")
	if isMod := c.fn.Kind == resolve.ModuleBody; !isMod {
		for _, m := range cls.Methods {
			c.a.setClosure(m, st)
		}
	}
}

// markClassEntries makes the handler methods of a class entry points: the
// methods its modelled bases name, or extra (a registrar's view_methods).
func (c *fnCtx) markClassEntries(cls *resolve.Class, extra *models.Handler, rule string) {
	marked := map[string]bool{}
	mark := func(h *models.Handler, methods []string) {
		if slices.Contains(methods, "*") {
			methods = nil
			for _, cl := range c.a.mro(cls.QName) {
				if pc := c.a.prog.Classes[cl]; pc != nil {
					for name := range pc.Methods {
						if !strings.HasPrefix(name, "_") {
							methods = append(methods, name)
						}
					}
				}
			}
			slices.Sort(methods)
		}
		for _, m := range methods {
			if marked[m] {
				continue
			}
			if f := c.a.prog.FindMethod(cls.QName, m); f != nil {
				marked[m] = true
				e := c.entryFor([]*models.Handler{h}, nil)
				if h == extra {
					e.rule = rule
				}
				c.a.markEntry(f, e)
			}
		}
	}
	if extra != nil {
		mark(extra, extra.ViewMethods)
	}
	self := c.canon(cls.QName)
	for _, base := range c.a.mro(cls.QName) {
		for _, h := range c.a.models.BaseHandler[c.canon(base)] {
			if c.canon(h.Base) == self {
				continue // the framework's own base class, not an application view
			}
			mark(h, h.Methods)
		}
	}
}

// addReturn joins a returned value into the summary and checks handler returns.
func (c *fnCtx) addReturn(v *Value, at ast.Node) {
	c.ret = join(c.ret, v)
	if c.entry == nil || v == nil {
		return
	}
	for _, h := range c.entry.returns {
		c.returnSink(h, v, at)
	}
}

func (c *fnCtx) returnSink(h *models.Handler, v *Value, at ast.Node) {
	body := v
	if v.Ctr == ctrTuple && v.IsSeq && len(v.seq()) > 0 {
		body = v.seq()[0]
	}
	k, ok := kindByName(h.ReturnSink)
	if !ok || body == nil {
		return
	}
	if k == models.XSS && (body.Ctr == ctrDict || body.Ctr == ctrList || (knownType(body.Type) && body.Type != "builtins.str")) {
		return // JSON or a response object, not an HTML string
	}
	if k == models.XSS && v.Ctr == ctrTuple && v.IsSeq && len(v.seq()) >= 2 {
		// (body, status, headers) / (body, headers): a constant non-HTML Content-Type.
		if ct, ok := headerConst(v.seq()[len(v.seq())-1], "content-type"); ok && !strings.Contains(strings.ToLower(ct), "html") {
			return
		}
	}
	p := pos(at)
	what := h.ReturnWhat
	if what == "" {
		what = "response"
	}
	site := &sinkSite{kind: k, what: what, api: "the return value of handler " + c.fn.Name + "()",
		file: c.file, line: int(p.Lineno), col: int(p.ColOffset), endLine: int(p.EndLineno), endCol: int(p.EndColOffset), confidence: finding.High}
	c.atSink(flatten(body), site)
}

// headerConst is the constant a headers dict display or list of
// (name, value) pairs gives a header (name in lower case).
func headerConst(h *Value, name string) (string, bool) {
	if h == nil {
		return "", false
	}
	for _, k := range sortedKeys(h.Keys) {
		if strings.HasPrefix(k, "s:") && strings.ToLower(k[2:]) == name {
			return constString(h.Keys[k])
		}
	}
	for _, p := range h.seq() {
		if p == nil || !p.IsSeq || len(p.seq()) != 2 {
			continue
		}
		if ks, ok := constString(p.seq()[0]); ok && strings.ToLower(ks) == name {
			return constString(p.seq()[1])
		}
	}
	return "", false
}
