package checks

import (
	"slices"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

// Config selects rules and carries bandit plugin options.
type Config struct {
	Enabled func(ruleID string) bool // nil = every rule not OffByDefault
	// Plugins holds bandit plugin option blocks by key ("shell_injection",
	// ...); each block is merged key by key over bandit's defaults.
	Plugins map[string]map[string]any
}

// Runner is a Config compiled once: per node kind, the enabled checks and
// their prepared settings. It is read-only and safe for concurrent use.
type Runner struct {
	byKind [numKinds][]prepared
	// byKey holds, per kind, the checks restricted to some keys: Call
	// checks by unqualified called name (CallNames), Str checks by value
	// (StrValues), Assign/AnnAssign checks by target key (TargetKeys);
	// byKind holds those run on every node of the kind.
	byKey   [numKinds]keyIndex
	skip    func(ast.Node) bool
	onPanic func(ruleID string, node ast.Node, v any)
	enabled *ruleSet // for checks reporting several ids
}

type prepared struct {
	check    *Check
	settings any
}

// Compile prepares cfg for many Run calls; cfg may be nil.
func Compile(cfg *Config) *Runner {
	r := &Runner{enabled: &ruleSet{}}
	isOn := func(rule *finding.Rule) bool {
		if rule.Retired {
			return false
		}
		if cfg == nil || cfg.Enabled == nil {
			return !rule.OffByDefault
		}
		return cfg.Enabled(rule.ID)
	}
	defaults := DefaultPlugins()
	for _, c := range Checks() {
		on := isOn(c.Rule)
		r.enabled.set(c.Rule.ID, on)
		for _, a := range c.Also {
			aon := isOn(a)
			r.enabled.set(a.ID, aon)
			on = on || aon
		}
		if !on {
			continue
		}
		p := prepared{check: c}
		if c.Prepare != nil {
			p.settings = c.Prepare(mergeBlock(defaults, cfg, c.Rule.ConfigKey))
		}
		for _, k := range c.Kinds {
			if keys := c.keysFor(k); keys != nil {
				for _, key := range uniq(keys(p.settings)) {
					r.byKey[k].add(key, p)
				}
				continue
			}
			r.byKind[k] = append(r.byKind[k], p)
		}
	}
	return r
}

// keysFor returns the key list restricting the check on kind k, or nil.
func (c *Check) keysFor(k Kind) func(any) []string {
	switch k {
	case KindCall:
		return c.CallNames
	case KindStr:
		return c.StrValues
	case KindAssign, KindAnnAssign:
		return c.TargetKeys
	}
	return nil
}

func uniq(xs []string) []string {
	seen := make(map[string]bool, len(xs))
	out := xs[:0:0]
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func mergeBlock(defaults map[string]map[string]any, cfg *Config, key string) map[string]any {
	out := map[string]any{}
	for k, v := range defaults[key] {
		out[k] = v
	}
	if cfg != nil {
		for k, v := range cfg.Plugins[key] {
			out[k] = v
		}
	}
	return out
}

// WithSkip returns a copy of r that leaves out every node for which skip
// returns true, with its whole subtree (bandit 1.6.2 did so for nodes on a
// `# nosec` line; the parity tool reproduces it).
func (r *Runner) WithSkip(skip func(ast.Node) bool) *Runner {
	c := *r
	c.skip = skip
	return &c
}

// WithPanicHandler returns a copy of r that reports every check panic to
// f (tests use it: a panicking check otherwise just reports nothing).
func (r *Runner) WithPanicHandler(f func(ruleID string, node ast.Node, v any)) *Runner {
	c := *r
	c.onPanic = f
	return &c
}

// RunModule runs the compiled checks over a module; src is the file's bytes
// (for the File checks).
func (r *Runner) RunModule(mod *ast.Module, src []byte, filename string) []finding.Finding {
	w := &walker{r: r}
	w.ctx = Context{
		Filename: filename,
		Src:      src,
		runner:   r,
		imports:  map[string]struct{}{},
		aliases:  map[string]string{},
	}
	w.stack = make([]ast.Node, 0, 64)
	w.walkModule(mod)
	if len(r.byKind[KindFile]) > 0 {
		w.ctx.reset(mod, nil)
		w.dispatch(KindFile)
	}
	return w.out
}

// RuleEnabled reports whether a rule id is selected (for checks reporting
// several ids, such as the blacklists).
func (c *Context) RuleEnabled(id string) bool { return c.runner.enabled.has(id) }

type walker struct {
	r     *Runner
	ctx   Context
	stack []ast.Node
	out   []finding.Finding
	ran   []*Check // checks already run on the current assignment
}

// The visit<Type> methods run the checks subscribing to a node type;
// walk_gen.go calls them in ast.Walk's order, with w.stack holding the
// node's ancestors. A kind no check subscribes to leaves the context alone.

func (w *walker) visitCall(x *ast.Call) {
	r := w.r
	byName := &r.byKey[KindCall]
	if len(r.byKind[KindCall]) == 0 && byName.empty() {
		return
	}
	w.ctx.reset(x, w.stack)
	w.ctx.call = x
	w.dispatch(KindCall)
	if !byName.empty() {
		if list := byName.get(w.ctx.Name()); len(list) > 0 {
			w.dispatchList(list, KindCall)
		}
	}
}

func (w *walker) visitConstant(x *ast.Constant) {
	r := w.r
	switch v := x.Value.(type) {
	case string:
		byValue := &r.byKey[KindStr]
		if (len(r.byKind[KindStr]) > 0 || !byValue.empty()) && !w.parentIsExprStmt() {
			w.ctx.reset(x, w.stack)
			w.dispatch(KindStr)
			if list := byValue.get(v); len(list) > 0 {
				w.dispatchList(list, KindStr)
			}
		}
	case ast.Bytes:
		if len(r.byKind[KindBytes]) > 0 && !w.parentIsExprStmt() {
			w.ctx.reset(x, w.stack)
			w.dispatch(KindBytes)
		}
	}
}

func (w *walker) visitAssign(x *ast.Assign) {
	if len(w.r.byKind[KindAssign]) > 0 || !w.r.byKey[KindAssign].empty() {
		w.ctx.reset(x, w.stack)
		w.dispatch(KindAssign)
		w.dispatchByTarget(KindAssign, x.Targets...)
	}
}

func (w *walker) visitAnnAssign(x *ast.AnnAssign) {
	if len(w.r.byKind[KindAnnAssign]) > 0 || !w.r.byKey[KindAnnAssign].empty() {
		w.ctx.reset(x, w.stack)
		w.dispatch(KindAnnAssign)
		w.dispatchByTarget(KindAnnAssign, x.Target)
	}
}

func (w *walker) visitImport(x *ast.Import) {
	w.ctx.addImports(x.Names, "", false)
	w.visitKind(x, KindImport)
}

func (w *walker) visitImportFrom(x *ast.ImportFrom) {
	if x.Module == "" {
		// bandit handles `from . import x` as a plain import
		w.ctx.addImports(x.Names, "", false)
		w.visitKind(x, KindImport)
		return
	}
	w.ctx.addImports(x.Names, x.Module, true)
	w.visitKind(x, KindImportFrom)
}

func (w *walker) visitFunctionDef(x *ast.FunctionDef) { w.visitKind(x, KindFunctionDef) }

func (w *walker) visitAsyncFunctionDef(x *ast.AsyncFunctionDef) {
	w.visitKind(x, KindAsyncFunctionDef)
}

func (w *walker) visitAssert(x *ast.Assert) { w.visitKind(x, KindAssert) }

func (w *walker) visitExceptHandler(x *ast.ExceptHandler) { w.visitKind(x, KindExceptHandler) }

// visitKind runs the checks of kind k, which takes no keys, on n.
func (w *walker) visitKind(n ast.Node, k Kind) {
	if len(w.r.byKind[k]) > 0 {
		w.ctx.reset(n, w.stack)
		w.dispatch(k)
	}
}

// dispatchByTarget runs, once each, the checks restricted to a key that
// one of the assignment's targets ends in.
func (w *walker) dispatchByTarget(k Kind, targets ...ast.Expr) {
	byKey := &w.r.byKey[k]
	if byKey.empty() {
		return
	}
	w.ran = w.ran[:0]
	for _, t := range targets {
		w.dispatchTarget(byKey, k, t)
	}
}

// dispatchTarget runs the checks keyed by a target's key, or by the key
// of each element of a tuple/list target, that have not run yet.
func (w *walker) dispatchTarget(byKey *keyIndex, k Kind, t ast.Expr) {
	switch x := t.(type) {
	case *ast.Tuple:
		for _, e := range x.Elts {
			w.dispatchTarget(byKey, k, e)
		}
	case *ast.List:
		for _, e := range x.Elts {
			w.dispatchTarget(byKey, k, e)
		}
	case *ast.Starred:
		w.dispatchTarget(byKey, k, x.Value)
	default:
		key := TargetKey(t)
		if key == "" {
			return
		}
		for _, p := range byKey.get(key) {
			if !slices.Contains(w.ran, p.check) {
				w.ran = append(w.ran, p.check)
				w.dispatchList([]prepared{p}, k)
			}
		}
	}
}

// TargetKey is the name an assignment target ends in: a Name's id, an
// Attribute's attr, a str-keyed Subscript's key; "" for other shapes.
func TargetKey(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Name:
		return x.ID
	case *ast.Attribute:
		return x.Attr
	case *ast.Subscript:
		if k, ok := StrConst(x.Slice); ok {
			return k
		}
	}
	return ""
}

func (w *walker) parentIsExprStmt() bool {
	if len(w.stack) == 0 {
		return false
	}
	_, ok := w.stack[len(w.stack)-1].(*ast.ExprStmt)
	return ok
}

func (w *walker) dispatch(k Kind) {
	w.dispatchList(w.r.byKind[k], k)
}

func (w *walker) dispatchList(list []prepared, k Kind) {
	for i := 0; i < len(list); {
		i = w.runFrom(list, i, k)
	}
}

// runFrom runs list[i:] on the current node and returns len(list); if a
// check panics it reports nothing for this node (as bandit logs "internal
// error" for a test that raises and goes on) and the index after it is
// returned, so the other checks still run. One deferred recover per node,
// not per check, keeps dispatch cheap.
func (w *walker) runFrom(list []prepared, i int, k Kind) (next int) {
	defer func() {
		if v := recover(); v != nil {
			if w.r.onPanic != nil {
				w.r.onPanic(list[i].check.Rule.ID, w.ctx.Node, v)
			}
			next = i + 1
		}
	}()
	for ; i < len(list); i++ {
		p := list[i]
		if is := p.check.Run(&w.ctx, p.settings); is != nil {
			w.out = append(w.out, w.ctx.finding(p.check, is, k))
		}
	}
	return i
}
