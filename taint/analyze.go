// Package taint is krait's whole-program taint analysis: untrusted data
// from a source reaching a sink without a sanitizer, followed through
// variables, containers, attributes, helper functions and modules, with the
// path from source to sink.
//
// Each function (and module body) is interpreted abstractly over its
// syntax tree to a fixpoint; a summary per function says which parameters
// and sources reach its return value, which reach sinks and which it
// stores into attributes of its arguments. Summaries are computed bottom-up
// over the call graph with a worklist, strongly connected components
// iterating until nothing changes.
package taint

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"

	"github.com/kraitsec/krait/analysis/resolve"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/taint/models"
)

// Input is one parsed file of the project.
type Input struct {
	Filename string
	Module   *ast.Module
	Src      []byte
}

// Config tunes the analysis. Start from DefaultConfig: a zero Config
// turns off the propagation of taint through unknown calls.
type Config struct {
	// ExtraModels are user model files (YAML, same schema as taint/models).
	ExtraModels [][]byte
	// Budget is the most statements one analysis of one function may
	// interpret (0 = 50000). A function over budget is reported in the
	// errors and its summary is left as far as it got.
	Budget int
	// UnknownCallsPropagate makes calls to code that is neither in the
	// project nor modelled carry taint from arguments and receiver to the
	// result (the trace says so). DefaultConfig sets it.
	UnknownCallsPropagate bool
	// Threats selects the source groups: "remote" (HTTP requests, sockets),
	// "local" (argv, environment, stdin), "file", "database".
	// Empty means remote and local.
	Threats []string
}

// DefaultConfig is the configuration krait runs with.
func DefaultConfig() *Config {
	return &Config{UnknownCallsPropagate: true}
}

const (
	defaultBudget = 50000
	maxVisits     = 8 // analyses of one unit before it is declared over budget
)

type entry struct {
	h    *models.Handler
	rule string // route rule text, for converter types
}

type sinkSite struct {
	kind       models.Kind
	what       string
	api        string
	file       string
	line, col  int
	endLine    int
	endCol     int
	confidence finding.Level
}

type sinkHit struct {
	l    Label
	site *sinkSite
}

// Summary is what callers need to know about a function.
type Summary struct {
	Ret     *Value
	Sinks   []sinkHit
	Effects map[int]*Value // final value of a parameter object (its attributes and contents)
}

type analyzer struct {
	cfg     *Config
	models  *models.Set
	prog    *resolve.Program
	src     map[*resolve.Module][]string
	threats map[string]bool

	origins map[string]*Origin
	sums    map[*resolve.Func]*Summary
	found   map[*resolve.Func][]*finding.Finding
	modEnv  map[*resolve.Module]*state
	closure map[*resolve.Func]*state
	entries map[*resolve.Func]*entry
	fields  map[string]map[string]Taint // class → attribute → source taint stored on self
	callers map[*resolve.Func]map[*resolve.Func]bool
	visits  map[*resolve.Func]int
	over    map[*resolve.Func]bool

	order  map[*resolve.Func]int
	queue  funcHeap
	queued map[*resolve.Func]bool
	errs   []finding.FileError
}

// Analyze runs the taint analysis over every file of a project.
func Analyze(files []*Input, cfg *Config) (findings []finding.Finding, errs []finding.FileError) {
	if cfg == nil {
		cfg = DefaultConfig()
	}
	ms, merrs := models.Load(cfg.ExtraModels)
	for _, e := range merrs {
		errs = append(errs, finding.FileError{Filename: "<models>", Reason: e.Error()})
	}
	a := &analyzer{
		cfg: cfg, models: ms, src: map[*resolve.Module][]string{}, threats: map[string]bool{},
		origins: map[string]*Origin{}, sums: map[*resolve.Func]*Summary{}, found: map[*resolve.Func][]*finding.Finding{},
		modEnv: map[*resolve.Module]*state{}, closure: map[*resolve.Func]*state{}, entries: map[*resolve.Func]*entry{},
		fields: map[string]map[string]Taint{}, callers: map[*resolve.Func]map[*resolve.Func]bool{},
		visits: map[*resolve.Func]int{}, over: map[*resolve.Func]bool{}, order: map[*resolve.Func]int{},
		queued: map[*resolve.Func]bool{},
	}
	if len(cfg.Threats) == 0 {
		a.threats["remote"], a.threats["local"] = true, true
	}
	for _, t := range cfg.Threats {
		a.threats[t] = true
	}
	var inputs []resolve.Input
	srcByName := map[string][]byte{}
	for _, f := range files {
		if f == nil || f.Module == nil {
			continue
		}
		inputs = append(inputs, resolve.Input{Filename: f.Filename, Module: f.Module})
		srcByName[f.Filename] = f.Src
	}
	a.prog = resolve.Build(inputs)
	for _, m := range a.prog.Modules {
		a.src[m] = strings.Split(string(srcByName[m.Filename]), "\n")
	}
	a.run()
	errs = append(errs, a.errs...)
	return a.collect(), errs
}

// run drives the worklist until no summary changes.
func (a *analyzer) run() {
	units := a.callGraphOrder()
	for i, u := range units {
		a.order[u] = i
		a.push(u)
	}
	limit := len(units)*maxVisits + 100
	for n := 0; a.queue.Len() > 0 && n < limit; n++ {
		u := heap.Pop(&a.queue).(*queued).u
		a.queued[u] = false
		if a.over[u] {
			continue
		}
		a.visits[u]++
		if a.visits[u] > maxVisits {
			a.overBudget(u, "its summary did not settle")
			continue
		}
		a.analyzeUnit(u)
	}
}

func (a *analyzer) push(u *resolve.Func) {
	if u == nil || a.queued[u] || a.over[u] {
		return
	}
	if _, ok := a.order[u]; !ok {
		a.order[u] = len(a.order)
	}
	a.queued[u] = true
	heap.Push(&a.queue, &queued{u, a.order[u]})
}

func (a *analyzer) overBudget(u *resolve.Func, why string) {
	if a.over[u] {
		return
	}
	a.over[u] = true
	name := u.QName
	if _, ok := u.Node.(*ast.Module); ok {
		name = "<module body>"
	}
	a.errs = append(a.errs, finding.FileError{
		Filename: u.Module.Filename,
		Reason:   fmt.Sprintf("taint analysis budget exceeded in function %s (%s); flows through it may be missed", name, why),
	})
}

// analyzeUnit interprets one unit and propagates any change to dependents.
func (a *analyzer) analyzeUnit(u *resolve.Func) {
	c := newFnCtx(a, u)
	final := c.runBody()
	if c.overBudget {
		a.overBudget(u, "statement budget used up")
	}
	a.found[u] = c.findingList()
	sum := c.summary(final)
	old := a.sums[u]
	a.sums[u] = sum
	if old == nil || !equalSummary(old, sum) {
		for caller := range a.callers[u] {
			a.push(caller)
		}
	}
	if _, isMod := u.Node.(*ast.Module); isMod {
		prev := a.modEnv[u.Module]
		a.modEnv[u.Module] = final
		if prev == nil || !equalStates(prev, final) {
			for _, n := range u.Nested {
				a.push(n)
			}
		}
	} else if final != nil {
		for _, n := range u.Nested {
			a.setClosure(n, final)
		}
	}
}

// setClosure records the enclosing scope a nested function sees.
func (a *analyzer) setClosure(n *resolve.Func, st *state) {
	if st == nil {
		return
	}
	prev := a.closure[n]
	next := joinStates(prev, st)
	if prev == nil || !equalStates(prev, next) {
		a.closure[n] = next
		a.push(n)
	}
}

// markEntry makes fn an entry point whose parameters are untrusted.
func (a *analyzer) markEntry(fn *resolve.Func, h *models.Handler, rule string) {
	if fn == nil {
		return
	}
	if e := a.entries[fn]; e != nil && e.rule == rule {
		return
	}
	a.entries[fn] = &entry{h: h, rule: rule}
	a.push(fn)
}

func equalSummary(a, b *Summary) bool {
	if !equal(a.Ret, b.Ret) || len(a.Sinks) != len(b.Sinks) || len(a.Effects) != len(b.Effects) {
		return false
	}
	for i := range a.Sinks {
		x, y := a.Sinks[i], b.Sinks[i]
		if x.l.O != y.l.O || x.l.M != y.l.M || *x.site != *y.site {
			return false
		}
	}
	for k, v := range a.Effects {
		if !equal(v, b.Effects[k]) {
			return false
		}
	}
	return true
}

// sourceOrigin interns the origin of a source read at a location.
func (a *analyzer) sourceOrigin(label, threat, file string, line, col int) *Origin {
	key := fmt.Sprintf("s|%s|%d|%d|%s", file, line, col, label)
	if o := a.origins[key]; o != nil {
		return o
	}
	o := &Origin{ID: int32(len(a.origins)), Kind: sourceOrigin, Label: label, Threat: threat, File: file, Line: line, Col: col}
	a.origins[key] = o
	return o
}

// paramOrigin interns the origin standing for a parameter (and path) of fn.
func (a *analyzer) paramOrigin(fn *resolve.Func, i int, path string) *Origin {
	key := fmt.Sprintf("p|%p|%d|%s", fn, i, path)
	if o := a.origins[key]; o != nil {
		return o
	}
	o := &Origin{ID: int32(len(a.origins)), Kind: paramOrigin, Fn: fn, Param: i, Path: path}
	a.origins[key] = o
	return o
}

// collect merges the latest findings of every unit, one per (rule, source, sink).
func (a *analyzer) collect() []finding.Finding {
	seen := map[string]bool{}
	var out []finding.Finding
	units := make([]*resolve.Func, 0, len(a.found))
	for u := range a.found {
		units = append(units, u)
	}
	sort.Slice(units, func(i, j int) bool { return a.order[units[i]] < a.order[units[j]] })
	for _, u := range units {
		for _, f := range a.found[u] {
			key := findingKey(f)
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, *f)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return finding.Compare(&out[i], &out[j]) < 0 })
	return out
}

func findingKey(f *finding.Finding) string {
	src := ""
	if len(f.Trace) > 0 {
		s := f.Trace[0]
		src = fmt.Sprintf("%s:%d:%d", s.Filename, s.Line, s.Col)
	}
	return fmt.Sprintf("%s|%s|%s:%d:%d", f.RuleID, src, f.Filename, f.Line, f.Col)
}

type queued struct {
	u   *resolve.Func
	pri int
}

type funcHeap []*queued

func (h funcHeap) Len() int           { return len(h) }
func (h funcHeap) Less(i, j int) bool { return h[i].pri < h[j].pri }
func (h funcHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *funcHeap) Push(x any)        { *h = append(*h, x.(*queued)) }
func (h *funcHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
