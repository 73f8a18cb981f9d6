package taint

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/kraitsec/krait/analysis/cfg"
	"github.com/kraitsec/krait/analysis/resolve"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/taint/models"
)

// fnCtx is the state of one analysis of one unit.
type fnCtx struct {
	a           *analyzer
	fn          *resolve.Func
	file        string
	budget      int
	overBudget  bool
	ret         *Value
	sinks       map[string]sinkHit
	findings    map[string]*finding.Finding
	entry       *entry
	selfName    string
	params      []string // parameter names by index
	initial     map[int]*Value
	substCache  *substMemo // per call being applied: parameter origin → caller taint
	substSlices map[sliceKey]Taint
	reported    map[string]int      // finding key → trace depth of the finding kept
	unused      *ast.Call           // the call of the expression statement being run
	textResp    map[*ast.Call]bool  // responses given a non-HTML type (textResponses), lazily
	soleDefs    map[string]ast.Expr // names bound once by plain assignment (soleAssignment), lazily
	// predicateDepth bounds the inlining of project predicates in guards.
	predicateDepth int
	// The graph interpreter's memory (see flow.go): values of iterables,
	// context expressions and match subjects for the nodes using them,
	// what each for target takes on the current pass, the synthetic
	// variables of lowered conditional expressions, and whether any
	// synthetic variable was set.
	kept      map[ast.Expr]*Value
	forBind   map[*cfg.ForTarget]*Value
	ifexps    map[*ast.IfExp]string
	synthetic bool
}

func newFnCtx(a *analyzer, u *resolve.Func) *fnCtx {
	b := a.cfg.Budget
	if b <= 0 {
		b = defaultBudget
	}
	// Every unit also has a lifetime allowance across its re-analyses.
	if left := lifetimeBudgets*b - a.spent[u]; left < b {
		b = max(left, 0)
	}
	if a.cfg.MaxWork > 0 {
		b = max(min(b, a.cfg.MaxWork-a.work), 0) // the whole analysis's bound
	}
	return &fnCtx{a: a, fn: u, file: u.Module.Filename, budget: b, sinks: map[string]sinkHit{},
		findings: map[string]*finding.Finding{}, entry: a.entries[u], initial: map[int]*Value{}, reported: map[string]int{}}
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

// runBody interprets the unit from its entry over its control-flow graph
// and returns the state falling off the end of its body.
func (c *fnCtx) runBody() *state {
	st := newState()
	switch n := c.fn.Node().(type) {
	case *ast.Module, *ast.FunctionDef, *ast.AsyncFunctionDef:
		c.bindParams(st)
		return c.runGraph(n, st)
	case *ast.Lambda:
		c.bindParams(st)
		v := c.eval(n.Body, st)
		c.addReturn(v, n.Body)
		return st
	}
	c.bindParams(st)
	return nil
}

// bindParams gives each parameter a symbolic label (or a source label for
// entry points), the instance type for self, and modelled annotation types.
func (c *fnCtx) bindParams(st *state) {
	p := c.a.params(c.fn)
	names, vararg, kwarg, nPos := p.names, p.vararg, p.kwarg, p.nPos
	c.params = names
	args := c.fn.Args()
	var h *models.Handler
	routeParams := map[string]string{}
	if c.entry != nil {
		h = c.entry.params
		if h.Params == "route" {
			routeParams = routeConverters(c.entry.rule)
		}
	}
	first := 0
	if c.fn.IsMethod() {
		first = 1
	}
	for i, name := range names {
		o := c.a.paramOrigin(c.fn, i, "")
		v := &Value{T: Taint{{O: o}}}
		if i == vararg || i == kwarg {
			v = &Value{T: Taint{{O: o}}, Elem: &Value{T: Taint{{O: o}}}}
		}
		ann := c.annotationType(findArg(args, name))
		if ann != "" && c.a.isModelledType(ann) {
			v.Type = ann
		}
		if v.Type == "" && ann == "" {
			if t := c.a.argTypes[c.fn][i]; t != "" {
				v.Type = t
			}
		}
		if i == 0 && c.fn.IsMethod() {
			c.selfName = name
			v.Type = c.fn.Class.QName
		}
		if h != nil && i >= first {
			idx := i - first
			typ := h.ParamTypes[strconv.Itoa(idx)]
			if typ == "" && i == nPos-1 && i < nPos {
				typ = h.ParamTypes["-1"]
			}
			switch {
			case typ != "":
				v = &Value{Type: c.canon(typ)}
			case ann != "" && (slices.Contains(h.NotSources, ann) || slices.ContainsFunc(h.NotSources, func(x string) bool { return c.canon(x) == ann })):
				v = &Value{Type: ann}
			case ann != "" && (cleanAnnotation[ann] || slices.ContainsFunc(h.CleanAnnotations, func(x string) bool { return c.canon(x) == ann })):
				v = &Value{Type: ann}
			default:
				if src := c.entrySource(name, i == kwarg, routeParams, args); src != nil {
					// Request data keeps the modelled type its annotation
					// gives (an UploadFile's .file is a file object); a
					// project class (a Pydantic body) stays untyped, so its
					// fields keep the request's taint.
					typ := ""
					if ann != "" && c.a.prog.Classes[ann] == nil && c.a.isModelledType(ann) {
						typ = ann
					}
					v = &Value{T: Taint{*src}, Type: typ}
					if i == vararg || i == kwarg {
						v.Elem = &Value{T: Taint{*src}}
					}
				}
			}
		}
		c.initial[i] = v
		st.set(name, v)
	}
}

// defaultOf is the default value expression of parameter i (numbered as
// paramNames numbers them; nPos of them positional), nil when it has none.
func defaultOf(args *ast.Arguments, i, nPos int) ast.Expr {
	if args == nil {
		return nil
	}
	if i < nPos {
		first := nPos - len(args.Defaults)
		if i >= first && i-first < len(args.Defaults) {
			return args.Defaults[i-first]
		}
		return nil
	}
	k := i - nPos
	if args.Vararg != nil {
		k--
	}
	if k >= 0 && k < len(args.KwDefaults) && k < len(args.Kwonlyargs) {
		return args.KwDefaults[k]
	}
	return nil
}

// sourceDefaults gives, per parameter of fn, the source value its default
// stands for (def main(argv=sys.argv)), nil where there is none; made
// once per function.
func (c *fnCtx) sourceDefaults(fn *resolve.Func) []*Value {
	if !fn.HasReferenceDefaults() {
		return nil // known without parsing fn's module again
	}
	if d, ok := c.a.defaults[fn]; ok {
		return d
	}
	var out []*Value
	p := c.a.params(fn)
	args := fn.Args()
	for i := range p.names {
		d := defaultOf(args, i, p.nPos)
		if d == nil {
			continue
		}
		base := resolve.ReferenceBase(d)
		if base == nil {
			continue
		}
		q := c.a.prog.QualifiedName(fn, base)
		if i := strings.LastIndexByte(q, '.'); i < 0 || c.a.prog.ByName[q[:i]] != nil || c.a.prog.Classes[q[:i]] != nil {
			// A project global (DEFAULT_PATH): reading it would run its
			// module's body; only external sources (sys.argv) count here.
			continue
		}
		if v := c.staticValue(q, d); hasSource(v) {
			if out == nil {
				out = make([]*Value, len(p.names))
			}
			out[i] = v
		}
	}
	c.a.defaults[fn] = out
	return out
}

var cleanAnnotation = map[string]bool{
	"builtins.int": true, "builtins.float": true, "builtins.bool": true, "uuid.UUID": true,
	"datetime.date": true, "datetime.datetime": true, "decimal.Decimal": true,
}

// annotationType is the canonical qualified name of a parameter annotation.
func (c *fnCtx) annotationType(a *ast.Arg) string {
	if a == nil || a.Annotation == nil {
		return ""
	}
	ann := a.Annotation
	if sub, ok := ann.(*ast.Subscript); ok { // Optional[X], Annotated[X, ...]
		if t, ok := sub.Slice.(*ast.Tuple); ok && len(t.Elts) > 0 {
			ann = t.Elts[0]
		} else {
			ann = sub.Slice
		}
	}
	if k, ok := ann.(*ast.Constant); ok { // "X" forward reference
		if s, ok := k.Value.(string); ok && qualifiedIdent(s) {
			if q, ok := c.a.prog.Binding(c.fn, s); ok {
				return c.canon(q)
			}
		}
		return ""
	}
	q := c.a.prog.QualifiedName(c.fn.Parent, ann)
	if q == "" {
		q = c.a.prog.QualifiedName(c.fn, ann)
	}
	return c.canon(q)
}

func qualifiedIdent(s string) bool {
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return s != ""
}

// isModelledType reports a type the models or the project know about.
func (a *analyzer) isModelledType(q string) bool {
	if q == "" || strings.HasPrefix(q, "builtins.") {
		return cleanAnnotation[q]
	}
	if a.prog.Classes[q] != nil {
		return true
	}
	if a.modelTypes == nil {
		a.modelTypes = map[string]bool{}
		for _, t := range a.models.Types {
			a.modelTypes[t] = true
		}
		for t := range a.models.Bases {
			a.modelTypes[t] = true
		}
	}
	return a.modelTypes[q]
}

// entrySource is the source label for a handler parameter, or nil when the
// parameter is not request data (an <int:...> converter, a non-route param).
func (c *fnCtx) entrySource(name string, isKwarg bool, route map[string]string, args *ast.Arguments) *Label {
	h := c.entry.params
	if h.Params == "none" {
		return nil
	}
	if h.Params == "route" && c.entry.rule != "" && !isKwarg {
		conv, ok := route[name]
		if !ok {
			return nil
		}
		switch conv {
		case "int", "float", "uuid", "number", "digit", "digits":
			return nil
		}
	}
	pos := c.fn.Pos
	if a := findArg(args, name); a != nil {
		pos = a.Position()
	}
	label := h.Label
	if label == "" {
		label = "handler parameter"
	}
	label = fmt.Sprintf("%s %q", label, name)
	threat := h.Threat
	if threat == "" {
		threat = "remote"
	}
	if !c.a.threats[threat] {
		return nil
	}
	o := c.a.sourceOrigin(label, threat, c.file, int(pos.Lineno), int(pos.ColOffset))
	return &Label{O: o, Tr: (*trace)(nil).add(c.file, int(pos.Lineno), int(pos.ColOffset), "read from "+label)}
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

var knownConverters = map[string]bool{
	"int": true, "float": true, "path": true, "string": true, "uuid": true, "any": true, "slug": true, "str": true,
	"number": true, "alpha": true, "ymd": true, "re": true,
}

// routeConverters reads the variables of a route rule in any of the common
// syntaxes: Flask/Django `<conv:name>`, Bottle/Sanic `<name:conv>`,
// FastAPI/Starlette/Falcon/aiohttp `{name}` / `{name:conv}`, and regex
// named groups `(?P<name>...)` (int when the group is all digits).
func routeConverters(rule string) map[string]string {
	out := map[string]string{}
	for i := 0; i < len(rule); i++ {
		switch {
		case strings.HasPrefix(rule[i:], "(?P<"):
			j := strings.IndexByte(rule[i+4:], '>')
			if j < 0 {
				return out
			}
			name := rule[i+4 : i+4+j]
			rest := rule[i+5+j:]
			conv := "string"
			for _, d := range []string{`\d+)`, `[0-9]+)`, `\d{`, `[0-9]{`} {
				if strings.HasPrefix(rest, d) {
					conv = "int"
				}
			}
			out[name] = conv
			i += 4 + j
		case rule[i] == '<':
			j := strings.IndexByte(rule[i:], '>')
			if j < 0 {
				return out
			}
			v := rule[i+1 : i+j]
			i += j
			a, b, two := strings.Cut(v, ":")
			switch {
			case !two:
				out[strings.TrimSpace(v)] = "string"
			case knownConverters[strings.TrimSpace(strings.SplitN(a, "(", 2)[0])]:
				out[strings.TrimSpace(b)] = strings.TrimSpace(strings.SplitN(a, "(", 2)[0])
			default:
				conv := strings.TrimSpace(strings.SplitN(b, ":", 2)[0])
				out[strings.TrimSpace(a)] = conv
			}
		case rule[i] == '{':
			j := strings.IndexByte(rule[i:], '}')
			if j < 0 {
				return out
			}
			v := rule[i+1 : i+j]
			i += j
			name, conv, two := strings.Cut(v, ":")
			if !two {
				conv = "string"
			}
			out[strings.TrimSpace(name)] = strings.TrimSpace(conv)
		}
	}
	return out
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
	s := &Summary{Ret: compress(c.ret, 0), Effects: map[int]*Value{}}
	for _, h := range c.sinks {
		s.Sinks = append(s.Sinks, h)
	}
	sort.Slice(s.Sinks, func(i, j int) bool { return compareSinkHits(s.Sinks[i], s.Sinks[j]) < 0 })
	if final != nil {
		for i, name := range c.params {
			v, _ := final.get(name)
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
			if !same || (len(v.Attrs) == 0 && len(v.Keys) == 0 && v.Elem == nil && len(v.seq()) == 0) {
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
			if self, _ := final.get(c.selfName); self != nil {
				c.a.recordFields(c.fn.Class, self)
			}
		}
	}
	return s
}

// compress bounds a summary's return value: structure two levels deep,
// the rest folded into taint, so applying it at every call stays cheap.
func compress(v *Value, d int) *Value {
	if v == nil {
		return nil
	}
	if d >= 2 {
		if len(v.Attrs)+len(v.Keys)+len(v.seq()) == 0 && v.Elem == nil && len(v.keyT()) == 0 {
			return v
		}
		out := &Value{T: flatten(v), Type: v.Type, Const: v.Const, HasConst: v.HasConst, Ctr: v.Ctr}
		out.setAlts(v.alts())
		return out
	}
	out := v.clone()
	if v.Attrs != nil {
		out.Attrs = make(map[string]*Value, len(v.Attrs))
		for k, c := range v.Attrs {
			out.Attrs[k] = compress(c, d+1)
		}
	}
	if v.Keys != nil {
		out.Keys = make(map[string]*Value, len(v.Keys))
		for k, c := range v.Keys {
			out.Keys[k] = compress(c, d+1)
		}
	}
	out.Elem = compress(v.Elem, d+1)
	if v.seq() != nil {
		out.setSeq(make([]*Value, len(v.seq())))
		for i, c := range v.seq() {
			out.seq()[i] = compress(c, d+1)
		}
	}
	return out
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
	out := &Value{T: v.T, Ctr: v.Ctr}
	out.setKeyT(v.keyT())
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
	for _, c := range v.seq() {
		el = join(el, c)
	}
	out.Elem = pruneEffect(el, self, d+1)
	return out
}

// recordFields stores source taint written to self.<attr> for the class.
func (a *analyzer) recordFields(cls *resolve.Class, self *Value) {
	fm := a.fields[cls.QName]
	changed := false
	var changedAttrs []string
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
			changedAttrs = append(changedAttrs, attr)
		}
	}
	if changed {
		// Source data now sits in a field: the methods reading it must see it.
		for _, m := range cls.Methods {
			used := a.attrNames(m)
			for _, at := range changedAttrs {
				if used[at] {
					a.push(m)
					break
				}
			}
			if len(changedAttrs) == 0 {
				a.repush(m)
			}
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
const maxLineCache = 64 // files whose lines are kept split

func (a *analyzer) line(file string, n int) string {
	lines, ok := a.lines[file]
	if !ok {
		if len(a.lines) >= maxLineCache {
			clear(a.lines) // traces mostly stay within a few files at a time
		}
		text, _ := a.src[file].text()
		lines = strings.Split(string(text), "\n")
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
			if c.a.threats[l.O.Threat] && !(l.O.Threat != "remote" && (localExempt[site.kind] || site.remoteOnly)) {
				c.report(l, site)
			}
		case paramOrigin:
			key := sinkHitKey(l, site)
			if old, ok := c.sinks[key]; ok {
				l = pickLabel(old.l, l)
			}
			c.sinks[key] = sinkHit{l: l, site: site}
		}
	}
}

// localExempt are kinds where data the local user supplies (argv,
// environment, stdin) is not an attack: a CLI logging its own arguments,
// compiling a pattern it was given, or connecting to the host it was told.
var localExempt = map[models.Kind]bool{models.Log: true, models.Regex: true, models.SSRF: true}

// report records a finding for a label reaching a sink.
func (c *fnCtx) report(l Label, site *sinkSite) {
	info := site.kind.Info()
	rule := fmt.Sprintf("T%d", info.CWE)
	key := fmt.Sprintf("%s|%s:%d:%d|%s:%d:%d", rule, l.O.File, l.O.Line, l.O.Col, site.file, site.line, site.col)
	if d, seen := c.reported[key]; seen && d < l.Tr.depthOrZero() {
		return // one finding per (rule, source, sink): keep the shortest trace (ties: betterFinding)
	}
	c.reported[key] = l.Tr.depthOrZero()
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
		LineRange: lineRange(site.line, site.endLine), MoreInfo: finding.DocURL(fmt.Sprintf("T%d", info.CWE)), Trace: steps,
	}
	fk := findingKey(f)
	if old, ok := c.findings[fk]; !ok || betterFinding(f, old) {
		c.findings[fk] = f
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
