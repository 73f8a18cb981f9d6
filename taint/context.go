package taint

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kraitsec/krait/analysis/resolve"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/taint/models"
)

// fnCtx is the state of one analysis of one unit.
type fnCtx struct {
	a          *analyzer
	fn         *resolve.Func
	file       string
	budget     int
	overBudget bool
	ret        *Value
	sinks      map[string]sinkHit
	findings   map[string]*finding.Finding
	entry      *entry
	selfName   string
	params     []string // parameter names by index
	initial    map[int]*Value
}

func newFnCtx(a *analyzer, u *resolve.Func) *fnCtx {
	b := a.cfg.Budget
	if b <= 0 {
		b = defaultBudget
	}
	return &fnCtx{a: a, fn: u, file: u.Module.Filename, budget: b, sinks: map[string]sinkHit{},
		findings: map[string]*finding.Finding{}, entry: a.entries[u], initial: map[int]*Value{}}
}

// paramNames lists a def's parameters in binding order.
func paramNames(args *ast.Arguments) (names []string, vararg, kwarg int, nPos int) {
	vararg, kwarg = -1, -1
	if args == nil {
		return nil, -1, -1, 0
	}
	for _, p := range args.Posonlyargs {
		names = append(names, p.Arg)
	}
	for _, p := range args.Args {
		names = append(names, p.Arg)
	}
	nPos = len(names)
	if args.Vararg != nil {
		vararg = len(names)
		names = append(names, args.Vararg.Arg)
	}
	for _, p := range args.Kwonlyargs {
		names = append(names, p.Arg)
	}
	if args.Kwarg != nil {
		kwarg = len(names)
		names = append(names, args.Kwarg.Arg)
	}
	return names, vararg, kwarg, nPos
}

// runBody interprets the unit from its entry and returns the exit state.
func (c *fnCtx) runBody() *state {
	st := newState()
	var body []ast.Stmt
	switch n := c.fn.Node.(type) {
	case *ast.Module:
		body = n.Body
	case *ast.FunctionDef:
		body = n.Body
	case *ast.AsyncFunctionDef:
		body = n.Body
	case *ast.Lambda:
		c.bindParams(st)
		v := c.eval(n.Body, st)
		c.addReturn(v, n.Body)
		return st
	}
	c.bindParams(st)
	fl := c.execBlock(body, st)
	return fl.st
}

// bindParams gives each parameter a symbolic label (or a source label for
// entry points) and the instance type for self.
func (c *fnCtx) bindParams(st *state) {
	names, vararg, kwarg, _ := paramNames(c.fn.Args())
	c.params = names
	routeParams := map[string]string{}
	if c.entry != nil && c.entry.h.Params == "route" {
		routeParams = routeConverters(c.entry.rule)
	}
	args := c.fn.Args()
	for i, name := range names {
		o := c.a.paramOrigin(c.fn, i, "")
		v := &Value{T: Taint{{O: o}}}
		if i == vararg || i == kwarg {
			v = &Value{T: Taint{{O: o}}, Elem: &Value{T: Taint{{O: o}}}}
		}
		if i == 0 && c.fn.IsMethod() {
			c.selfName = name
			v.Type = c.fn.Class.QName
		}
		if c.entry != nil && !(i == 0 && c.fn.IsMethod()) {
			if src := c.entrySource(name, i == kwarg, routeParams, args); src != nil {
				v = &Value{T: Taint{*src}}
				if i == vararg || i == kwarg {
					v.Elem = &Value{T: Taint{*src}}
				}
			}
		}
		c.initial[i] = v
		st.set(name, v)
	}
}

// entrySource is the source label for a handler parameter, or nil when the
// parameter is not request data (an <int:...> converter, a non-route param).
func (c *fnCtx) entrySource(name string, isKwarg bool, route map[string]string, args *ast.Arguments) *Label {
	h := c.entry.h
	if h.Params == "none" {
		return nil
	}
	if h.Params == "route" && c.entry.rule != "" && !isKwarg {
		conv, ok := route[name]
		if !ok {
			return nil
		}
		switch conv {
		case "int", "float", "uuid":
			return nil
		}
	}
	pos := c.fn.Node.(ast.Positioned).Position()
	if a := findArg(args, name); a != nil {
		pos = a.Position()
	}
	label := h.Label
	if label == "" {
		label = "handler parameter"
	}
	label = fmt.Sprintf("%s %q", label, name)
	o := c.a.sourceOrigin(label, "remote", c.file, pos.Lineno, pos.ColOffset)
	return &Label{O: o, Tr: (*trace)(nil).add(c.file, pos.Lineno, pos.ColOffset, "read from "+label)}
}

func findArg(args *ast.Arguments, name string) *ast.Arg {
	if args == nil {
		return nil
	}
	for _, list := range [][]*ast.Arg{args.Posonlyargs, args.Args, args.Kwonlyargs, {args.Vararg, args.Kwarg}} {
		for _, a := range list {
			if a != nil && a.Arg == name {
				return a
			}
		}
	}
	return nil
}

// routeConverters reads `<conv:name>` variables from a route rule.
func routeConverters(rule string) map[string]string {
	out := map[string]string{}
	for {
		i := strings.IndexByte(rule, '<')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(rule[i:], '>')
		if j < 0 {
			return out
		}
		v := rule[i+1 : i+j]
		rule = rule[i+j+1:]
		conv, name := "string", v
		if k := strings.LastIndexByte(v, ':'); k >= 0 {
			conv, name = v[:k], v[k+1:]
			if p := strings.IndexByte(conv, '('); p >= 0 {
				conv = conv[:p]
			}
		}
		out[strings.TrimSpace(name)] = strings.TrimSpace(conv)
	}
}

// tick charges the budget; false means stop interpreting.
func (c *fnCtx) tick() bool {
	if c.budget <= 0 {
		c.overBudget = true
		return false
	}
	c.budget--
	return true
}

// summary builds the unit's summary from what the interpretation saw.
func (c *fnCtx) summary(final *state) *Summary {
	s := &Summary{Ret: c.ret, Effects: map[int]*Value{}}
	keys := make([]string, 0, len(c.sinks))
	for k := range c.sinks {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s.Sinks = append(s.Sinks, c.sinks[k])
	}
	if final != nil {
		for i, name := range c.params {
			v := final.vars[name]
			init := c.initial[i]
			if v == nil || v == init || init == nil || len(init.T) == 0 {
				continue
			}
			// Only a parameter still holding the caller's object has effects.
			same := false
			for _, l := range v.T {
				if l.O == init.T[0].O {
					same = true
				}
			}
			if !same || (len(v.Attrs) == 0 && len(v.Keys) == 0 && v.Elem == nil && len(v.Seq) == 0) {
				continue
			}
			eff := v.clone()
			eff.T, eff.Type, eff.Ref, eff.Fn = nil, "", "", nil
			if init.Elem != nil && equal(eff.Elem, init.Elem) {
				eff.Elem = nil
			}
			eff = pruneEffect(eff, init.T[0].O, 0)
			if eff != nil && !isEmpty(eff) {
				s.Effects[i] = eff
			}
		}
		// Source taint stored on self feeds the class's other methods.
		if c.selfName != "" {
			if self := final.vars[c.selfName]; self != nil {
				c.a.recordFields(c.fn.Class, self)
			}
		}
	}
	return s
}

// pruneEffect keeps only the parts of a parameter's final value that
// carry taint other than the parameter's own (what the callee stored).
func pruneEffect(v *Value, self *Origin, d int) *Value {
	if v == nil || d > maxDepth {
		return nil
	}
	keep := false
	for _, l := range flatten(v) {
		if l.O != self && !(l.O.Kind == paramOrigin && l.O.Fn == self.Fn && l.O.Param == self.Param) {
			keep = true
			break
		}
	}
	if !keep {
		return nil
	}
	out := &Value{T: v.T, KeyT: v.KeyT, Ctr: v.Ctr}
	for k, c := range v.Attrs {
		if pc := pruneEffect(c, self, d+1); pc != nil {
			if out.Attrs == nil {
				out.Attrs = map[string]*Value{}
			}
			out.Attrs[k] = pc
		}
	}
	for k, c := range v.Keys {
		if pc := pruneEffect(c, self, d+1); pc != nil {
			if out.Keys == nil {
				out.Keys = map[string]*Value{}
			}
			out.Keys[k] = pc
		}
	}
	el := v.Elem
	for _, c := range v.Seq {
		el = join(el, c)
	}
	out.Elem = pruneEffect(el, self, d+1)
	return out
}

// recordFields stores source taint written to self.<attr> for the class.
func (a *analyzer) recordFields(cls *resolve.Class, self *Value) {
	fm := a.fields[cls.QName]
	changed := false
	for attr, v := range self.Attrs {
		if v != nil && v.Type != "" {
			ft := a.fieldTypes[cls.QName]
			if ft == nil {
				ft = map[string]string{}
				a.fieldTypes[cls.QName] = ft
			}
			if old, ok := ft[attr]; !ok {
				ft[attr] = v.Type
				changed = true
			} else if old != v.Type && old != "" {
				ft[attr] = ""
				changed = true
			}
		}
		var src Taint
		for _, l := range flatten(v) {
			if l.O.Kind == sourceOrigin {
				src = append(src, l)
			}
		}
		if len(src) == 0 {
			continue
		}
		if fm == nil {
			fm = map[string]Taint{}
			a.fields[cls.QName] = fm
		}
		next := union(fm[attr], normalize(src))
		if !sameTaint(next, fm[attr]) {
			fm[attr] = next
			changed = true
		}
	}
	if changed {
		for _, m := range cls.Methods {
			a.push(m)
		}
	}
}

// position of a node.
func pos(n ast.Node) ast.Pos {
	if p, ok := n.(ast.Positioned); ok {
		return p.Position()
	}
	return ast.Pos{}
}

// line returns the trimmed source text of a line of a file.
func (a *analyzer) line(file string, n int) string {
	lines, ok := a.lines[file]
	if !ok {
		lines = strings.Split(string(a.src[file]), "\n")
		a.lines[file] = lines
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSpace(strings.TrimRight(lines[n-1], "\r"))
}

func (c *fnCtx) findingList() []*finding.Finding {
	out := make([]*finding.Finding, 0, len(c.findings))
	for _, f := range c.findings {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return findingKey(out[i]) < findingKey(out[j]) })
	return out
}

// atSink handles taint reaching a sink: a finding for active sources, a
// summary entry for parameters.
func (c *fnCtx) atSink(t Taint, site *sinkSite) {
	for _, l := range t {
		if l.M.Has(site.kind) {
			continue
		}
		switch l.O.Kind {
		case sourceOrigin:
			if c.a.threats[l.O.Threat] {
				c.report(l, site)
			}
		case paramOrigin:
			key := fmt.Sprintf("%d|%d|%s:%d:%d|%d", l.O.ID, l.M, site.file, site.line, site.col, site.kind)
			if _, ok := c.sinks[key]; !ok {
				c.sinks[key] = sinkHit{l: l, site: site}
			}
		}
	}
}

// report records a finding for a label reaching a sink.
func (c *fnCtx) report(l Label, site *sinkSite) {
	info := site.kind.Info()
	rule := fmt.Sprintf("T%d", info.CWE)
	var steps []finding.Step
	for _, s := range l.Tr.steps() {
		steps = append(steps, finding.Step{Filename: s.file, Line: s.line, Col: s.col, Code: c.a.line(s.file, s.line), Note: s.note})
	}
	steps = append(steps, finding.Step{Filename: site.file, Line: site.line, Col: site.col,
		Code: c.a.line(site.file, site.line), Note: fmt.Sprintf("reaches %s (%s)", site.api, site.what)})
	if len(steps) > 0 && (steps[0].Filename != l.O.File || steps[0].Line != l.O.Line) {
		steps = append([]finding.Step{{Filename: l.O.File, Line: l.O.Line, Col: l.O.Col,
			Code: c.a.line(l.O.File, l.O.Line), Note: "read from " + l.O.Label}}, steps...)
	}
	who := "User input"
	if l.O.Threat != "remote" {
		who = "Untrusted data"
	}
	r := finding.LookupRule(rule)
	sev, conf := finding.High, site.confidence
	if r != nil {
		sev = r.Severity
	}
	if l.Unknown && conf > finding.Low {
		conf--
	}
	if l.O.Threat != "remote" && sev > finding.Medium {
		sev = finding.Medium
	}
	f := &finding.Finding{
		RuleID: rule, RuleName: ruleName(site.kind), Severity: sev, Confidence: conf, CWE: info.CWE,
		Message:  fmt.Sprintf("%s from %s flows into %s of %s", who, l.O.Label, site.what, site.api),
		Filename: site.file, Line: site.line, Col: site.col, EndLine: site.endLine, EndCol: site.endCol,
		LineRange: lineRange(site.line, site.endLine), MoreInfo: finding.CWELink(info.CWE), Trace: steps,
	}
	key := findingKey(f)
	if old, ok := c.findings[key]; !ok || len(old.Trace) > len(f.Trace) {
		c.findings[key] = f
	}
}

func lineRange(a, b int) []int {
	if b < a {
		b = a
	}
	var out []int
	for i := a; i <= b && i < a+50; i++ {
		out = append(out, i)
	}
	return out
}

func confidenceOf(s string) finding.Level {
	switch s {
	case "low":
		return finding.Low
	case "medium":
		return finding.Medium
	}
	return finding.High
}

var _ = models.SQL
