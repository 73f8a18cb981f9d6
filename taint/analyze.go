// Package taint is krait's whole-program taint analysis: untrusted data
// from a source reaching a sink without a sanitizer, followed through
// variables, containers, attributes, helper functions and modules, with the
// path from source to sink.
//
// Each function (and module body) is interpreted abstractly over its
// control-flow graph (package analysis/cfg) as a forward dataflow: an
// entry state per block, joined where edges meet, blocks taken in weak
// topological order and each loop iterated to a fixpoint of its head
// state (widened, with a bounded number of passes); branch edges refine
// the state with the guards their condition operand checks, exception
// edges carry the states of the statements that may raise to the
// handlers, finally bodies and with exits (flow.go). Expressions are
// evaluated over the syntax tree (eval.go). A summary per function says
// which parameters and sources reach its return value, which reach sinks
// and which it stores into attributes of its arguments. Summaries are
// computed bottom-up over the call graph with a worklist, strongly
// connected components iterating until nothing changes.
package taint

import (
	"cmp"
	"container/heap"
	"fmt"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"strings"
	"time"

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
	// interpret (0 = 20000); over all its re-analyses a function may use
	// four budgets. A function over budget is reported in the
	// errors and its summary is left as far as it got.
	Budget int
	// UnknownCallsPropagate makes calls to code that is neither in the
	// project nor modelled carry taint from arguments and receiver to the
	// result (the trace says so). DefaultConfig sets it.
	UnknownCallsPropagate bool
	// MaxWork bounds the statements interpreted over the whole analysis
	// (0 = no bound). When it is reached no further function is analysed
	// (deterministically: the count does not depend on time), one error
	// says so, and the findings so far are returned. Callers scanning large
	// trees should set it in proportion to the project, e.g. 2000 per
	// function.
	MaxWork int
	// TreeCache is how many bytes of source the trees parsed again for the
	// analysis (files added with Project.Add) may stand for at once; the
	// least recently used are dropped beyond it (0 = 48 MiB). Files added
	// last stay loaded within the same budget.
	TreeCache int
	// Threats selects the source groups: "remote" (HTTP requests, sockets),
	// "local" (argv, stdin, input()), "environment" (os.environ, getenv),
	// "file" (file contents), "database" (query results).
	// Empty means remote and local.
	Threats []string
}

// DefaultConfig is the configuration krait runs with.
// Its MaxWork is about twenty times what python3.13's standard library and
// a large site-packages (12,000 files) need together, so only pathological
// projects reach it; they then finish with one error instead of running on.
func DefaultConfig() *Config {
	return &Config{UnknownCallsPropagate: true, MaxWork: defaultMaxWork}
}

const defaultMaxWork = 20_000_000

const (
	maxDemandDepth  = 24 // nested on-demand summary computations
	maxSummarySinks = 64 // parameter-to-sink entries kept per summary
	defaultBudget   = 20000
	lifetimeBudgets = 4 // a unit may spend this many budgets over all its re-analyses
	maxVisits       = 6 // analyses of one unit before it is declared over budget
)

// entry is how a framework calls a handler: which of its parameters are
// request data (params), and which sinks its return value feeds.
type entry struct {
	params  *models.Handler
	returns []*models.Handler
	rule    string // route rule text, for converter types
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
	remoteOnly bool // only data from remote sources counts (Sink.RemoteOnly)
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
	src     map[string]*source  // file contents, for the code lines of traces
	lines   map[string][]string // split lazily
	byFile  map[string]*resolve.Module
	threats map[string]bool

	origins    map[originKey]*Origin
	nOrigins   int32
	canonCache map[string]string
	consts     map[any]*Value    // shared literal values (see constant)
	statics    map[string]*Value // values of project functions, classes and modules by name
	// overrideCache and paramCache hold overrides and params results.
	overrideCache map[overrideKey][]*resolve.Func
	paramCache    map[*resolve.Func]paramList
	mroCache      map[string][]string
	modelTypes    map[string]bool
	classAttrs    map[string]map[string]*Value // class → name → value assigned in the class body
	// argTypes: types the project's call sites pass for a parameter ("" when they disagree).
	argTypes   map[*resolve.Func]map[int]string
	nSeeds     int
	nWeak      int
	nStrong    int
	nPopped    int
	cost       map[*resolve.Func]time.Duration // KRAIT_TAINT_DEBUG: time per unit
	spent      map[*resolve.Func]int           // statements interpreted per unit, all analyses
	work       int                             // statements interpreted in all, for Config.MaxWork
	workOut    bool                            // Config.MaxWork reached (reported once)
	names      map[*resolve.Func]map[string]bool
	attrs      map[*resolve.Func]map[string]bool
	subclasses map[string][]*resolve.Class
	// readers records which units read which module globals, so a change
	// to one global re-analyses only its readers.
	readers map[*resolve.Module]map[string]map[*resolve.Func]bool
	users   map[*resolve.Module]map[string][]*resolve.Func
	sums    map[*resolve.Func]*Summary
	found   map[*resolve.Func][]*finding.Finding
	modEnv  map[*resolve.Module]*state
	closure map[*resolve.Func]*state
	entries map[*resolve.Func]*entry
	fields  map[string]map[string]Taint // class → attribute → source taint stored on self
	// fieldTypes: class → attribute → type of what methods store in self.<attribute> ("" if they disagree).
	fieldTypes map[string]map[string]string
	callers    map[*resolve.Func]map[*resolve.Func]bool
	// weakCallers call a function with untainted arguments: they care
	// only about sources or types it returns.
	weakCallers map[*resolve.Func]map[*resolve.Func]bool
	weakDepth   int // nesting of analyses demanded by untainted calls
	// relevant units are called with tainted data: their parameters matter,
	// so the calls they make with parameter data are followed.
	relevant map[*resolve.Func]bool
	visits   map[*resolve.Func]int
	over     map[*resolve.Func]bool

	active map[*resolve.Func]bool // units being analysed (on the demand stack)
	stack  []*resolve.Func
	order  map[*resolve.Func]int
	// callees: the project functions each unit calls by name (prefetchCallees).
	callees map[*resolve.Func][]*resolve.Func
	// callIndex: units by the last name of what they call (wakeStaticCallers).
	callIndex map[string][]*resolve.Func
	// defaults: per function, the source values of its parameters' defaults (sourceDefaults).
	defaults map[*resolve.Func][]*Value
	// importers: the top-level import bindings of project modules and
	// module globals, by qualified name (wakeImporters).
	importers map[string][]importBinding
	queue     funcHeap
	queued    map[*resolve.Func]bool
	// started counts analyses begun; lastStart is each unit's latest.
	started   int
	lastStart map[*resolve.Func]int
	errs      []finding.FileError
	// graphMems hold the graph runs in progress (graphDepth of them) and
	// the memory of those that ended, for reuse.
	graphMems  []*graphMemory
	graphDepth int
}

// Analyze runs the taint analysis over every file of a project, holding
// every tree given for the whole analysis. A caller that parses files one
// at a time should use a Project instead.
func Analyze(files []*Input, cfg *Config) (findings []finding.Finding, errs []finding.FileError) {
	var names []string
	for _, f := range files {
		if f != nil && f.Module != nil {
			names = append(names, f.Filename)
		}
	}
	p := NewProject(names, cfg)
	var collected []*File
	for _, f := range files {
		if f != nil && f.Module != nil {
			collected = append(collected, p.collect(f.Filename, f.Module, f.Src))
		}
	}
	return p.Analyze(collected)
}

func newAnalyzer(cfg *Config, ms *models.Set) *analyzer {
	a := &analyzer{
		cfg: cfg, models: ms, src: map[string]*source{}, lines: map[string][]string{}, byFile: map[string]*resolve.Module{}, threats: map[string]bool{},
		origins: map[originKey]*Origin{}, canonCache: map[string]string{}, consts: map[any]*Value{}, statics: map[string]*Value{}, overrideCache: map[overrideKey][]*resolve.Func{}, paramCache: map[*resolve.Func]paramList{}, mroCache: map[string][]string{}, classAttrs: map[string]map[string]*Value{}, argTypes: map[*resolve.Func]map[int]string{}, spent: map[*resolve.Func]int{}, names: map[*resolve.Func]map[string]bool{}, attrs: map[*resolve.Func]map[string]bool{},
		readers: map[*resolve.Module]map[string]map[*resolve.Func]bool{}, users: map[*resolve.Module]map[string][]*resolve.Func{}, sums: map[*resolve.Func]*Summary{}, found: map[*resolve.Func][]*finding.Finding{},
		modEnv: map[*resolve.Module]*state{}, closure: map[*resolve.Func]*state{}, entries: map[*resolve.Func]*entry{},
		fields: map[string]map[string]Taint{}, fieldTypes: map[string]map[string]string{}, callers: map[*resolve.Func]map[*resolve.Func]bool{}, weakCallers: map[*resolve.Func]map[*resolve.Func]bool{}, relevant: map[*resolve.Func]bool{},
		visits: map[*resolve.Func]int{}, over: map[*resolve.Func]bool{}, order: map[*resolve.Func]int{},
		queued: map[*resolve.Func]bool{}, lastStart: map[*resolve.Func]int{}, active: map[*resolve.Func]bool{}, callees: map[*resolve.Func][]*resolve.Func{}, defaults: map[*resolve.Func][]*Value{},
	}
	if len(cfg.Threats) == 0 {
		a.threats["remote"], a.threats["local"] = true, true
	}
	for _, t := range cfg.Threats {
		a.threats[t] = true
	}
	return a
}

// watchedNames are the last segments of source and registrar names: only
// units mentioning one can read a source or register a handler directly.
func watchedNames(ms *models.Set) map[string]bool {
	w := map[string]bool{}
	last := func(ref string) string { return ref[strings.LastIndexByte(ref, '.')+1:] }
	for ref := range ms.Read {
		w[last(ref)] = true
	}
	for ref := range ms.Return {
		w[last(ref)] = true
	}
	for ref := range ms.Registrars {
		w[last(ref)] = true
	}
	return w
}

// tuneGC trades collector work for heap while the analysis runs (it
// allocates many short-lived values): a higher GOGC under a soft memory
// limit, both restored afterwards. A limit the program already set is kept.
func tuneGC() (restore func()) {
	prevLimit := debug.SetMemoryLimit(-1)
	if prevLimit != math.MaxInt64 {
		return func() {}
	}
	// The limit leaves room above what is live at the start (collected
	// files and trees, the checks' results): under it the collector would
	// run continuously.
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	live := int64(ms.HeapAlloc)
	limit := max(live+min(2*live, gcHeadroom), gcFloor)
	if os.Getenv("KRAIT_TAINT_DEBUG") != "" {
		fmt.Fprintf(os.Stderr, "taint: live heap at start %d MB, limit %d MB\n", ms.HeapAlloc>>20, limit>>20)
	}
	prevGC := debug.SetGCPercent(400)
	debug.SetMemoryLimit(limit)
	return func() {
		// Collect the analysis's garbage now, while the limit holds, so the
		// next goal is set from what stays live (the reports' allocations
		// would otherwise stack on top of it).
		runtime.GC()
		debug.SetGCPercent(prevGC)
		debug.SetMemoryLimit(prevLimit)
	}
}

// The analysis allocates many times its live heap; with less headroom
// the collector's cycles, each marking everything live, dominate its time.
// Twice the live heap, up to 1 GiB, keeps them to a few dozen.
const (
	gcHeadroom = 1 << 30
	gcFloor    = 256 << 20
)

// trimTrees keeps the trees parsed again within Config.TreeCache, sparing
// the modules of the units being analysed (their nodes are in use).
func (a *analyzer) trimTrees() {
	budget := a.cfg.treeCache()
	if a.prog.TreeBytes() <= budget {
		return
	}
	a.prog.Trim(budget, func(m *resolve.Module) bool {
		for _, u := range a.stack {
			if u.Module == m {
				return true
			}
		}
		return false
	})
}

const defaultTreeCache = 48 << 20

func (c *Config) treeCache() int {
	if c.TreeCache > 0 {
		return c.TreeCache
	}
	return defaultTreeCache
}

// prefetch starts parsing the trees of the next units of the worklist on
// another core, so that they are ready when their turn comes.
func (a *analyzer) prefetch() {
	// The heap's smallest entries, in order: a walk of its top from the
	// root, always expanding the smallest open node.
	const ahead = 64
	if len(a.queue) == 0 {
		return
	}
	open := []int{0}
	for taken := 0; len(open) > 0 && taken < ahead; taken++ {
		best := 0
		for i := range open {
			if a.queue[open[i]].pri < a.queue[open[best]].pri {
				best = i
			}
		}
		n := open[best]
		open[best] = open[len(open)-1]
		open = open[:len(open)-1]
		if n >= len(a.queue) {
			continue
		}
		a.queue[n].u.Module.Prefetch()
		for _, c := range []int{2*n + 1, 2*n + 2} {
			if c < len(a.queue) {
				open = append(open, c)
			}
		}
	}
}

// prefetchCallees starts parsing the modules of the project functions a
// unit calls by name whose summaries are not made yet: the unit's analysis
// will ask for them first. The list of callees is made once per unit.
func (a *analyzer) prefetchCallees(u *resolve.Func) {
	callees, ok := a.callees[u]
	if !ok {
		seen := map[*resolve.Func]bool{}
		ast.Inspect(u.Node(), func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.Lambda, *ast.ClassDef:
				return n == u.Node()
			case *ast.Call:
				q := a.prog.QualifiedName(u, n.Func)
				if q == "" {
					return true
				}
				f := a.prog.Func(q)
				if f == nil {
					if cl := a.prog.Class(q); cl != nil {
						f = cl.Methods["__init__"]
					}
				}
				if f != nil && f.Module != u.Module && !seen[f] {
					seen[f] = true
					callees = append(callees, f)
				}
			}
			return true
		})
		a.callees[u] = callees
	}
	for _, f := range callees {
		if a.sums[f] == nil {
			f.Module.Prefetch()
		}
	}
}

// run drives the worklist until no summary changes.
func (a *analyzer) run() {
	if os.Getenv("KRAIT_TAINT_DEBUG") != "" {
		a.cost = map[*resolve.Func]time.Duration{}
	}
	units := a.unitOrder()
	seeds := a.sourceSeeds()
	a.nSeeds = len(seeds)
	for i, u := range units {
		a.order[u] = i
	}
	// Analysis is demand driven: module bodies and units that read a
	// source start; entry points, callees (when a call needs their
	// summary), closures and dependents join as they are discovered.
	for _, u := range units {
		if isMod := u.Kind == resolve.ModuleBody; seeds[u] && !isMod {
			a.push(u)
		}
	}
	a.conventionHandlers()
	// Module bodies that read sources or register handlers run up front;
	// the others run when a function first reads one of their globals.
	for _, m := range a.prog.Modules {
		if seeds[m.Body] && a.modEnv[m] == nil {
			a.visits[m.Body]++
			a.analyzeUnit(m.Body)
		}
	}
	limit := len(units)*maxVisits + 100
	defer a.debugStats(len(units))
	for n := 0; a.queue.Len() > 0 && n < limit; n++ {
		if a.outOfWork() {
			break
		}
		q := heap.Pop(&a.queue).(*queued)
		u := q.u
		if q.at < a.lastStart[u] {
			continue // analysed since it was queued (on demand), with these inputs or newer
		}
		a.queued[u] = false
		a.prefetch()
		if a.over[u] {
			continue
		}
		a.visits[u]++
		if a.visits[u] > maxVisits {
			a.overBudget(u, "its summary did not settle")
			continue
		}
		a.nPopped++
		a.analyzeUnit(u)
	}
}

// mro is the cached method resolution order of a type, external bases included.
func (a *analyzer) mro(t string) []string {
	if m, ok := a.mroCache[t]; ok {
		return m
	}
	m := a.prog.MRO(t, a.models.Bases)
	a.mroCache[t] = m
	return m
}

// debugStats prints work counts when KRAIT_TAINT_DEBUG is set.
func (a *analyzer) debugStats(units int) {
	if os.Getenv("KRAIT_TAINT_DEBUG") == "" {
		return
	}
	if path := os.Getenv("KRAIT_TAINT_HEAPPROF"); path != "" {
		if f, err := os.Create(path); err == nil {
			runtime.GC()
			pprof.WriteHeapProfile(f)
			f.Close()
		}
	}
	total := 0
	var list []*resolve.Func
	for u, n := range a.visits {
		total += n
		list = append(list, u)
	}
	sort.Slice(list, func(i, j int) bool { return a.visits[list[i]] > a.visits[list[j]] })
	loads, loadBytes, ready, waited, wasted := a.prog.TreeLoads()
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Fprintf(os.Stderr, "taint: trees parsed again %d (%d MB, %d ready when needed, %d MB parsed or waited for, %d prefetches unused); trees held %d MB of source; live heap %d MB; allocated so far %d MB; GC cycles %d, GC CPU %.1f%%\n",
		loads, loadBytes>>20, ready, waited>>20, wasted, a.prog.TreeBytes()>>20, ms.HeapAlloc>>20, ms.TotalAlloc>>20, ms.NumGC, ms.GCCPUFraction*100)
	fmt.Fprintf(os.Stderr, "taint: %d units, %d analysed, %d analyses, %d seeds; worklist %d, strong demand %d, weak demand %d, relevant %d; %d statements interpreted\n",
		units, len(list), total, a.nSeeds, a.nPopped, a.nStrong, a.nWeak, len(a.relevant), a.work)
	sort.Slice(list, func(i, j int) bool { return a.cost[list[i]] > a.cost[list[j]] })
	for i, u := range list {
		if i >= 15 {
			break
		}
		fmt.Fprintf(os.Stderr, "  %3d %8v  %s\n", a.visits[u], a.cost[u].Round(time.Millisecond), u.QName)
	}
}

// conventionHandlers marks the top-level functions of files a framework
// runs by convention (web2py controllers) or of modules importing a
// framework whose first parameter is its request (Django views) as entry
// points. An entry a registration gives later replaces this one.
func (a *analyzer) conventionHandlers() {
	for _, h := range a.models.FileHandler {
		for _, m := range a.prog.Modules {
			if len(h.Files) > 0 && !models.MatchFile(h.Files, m.Filename) {
				continue
			}
			if len(h.Imports) > 0 && !importsFrom(m, h.Imports) {
				continue
			}
			for _, f := range m.Body.Nested {
				if f.Class != nil || strings.HasPrefix(f.Name, "_") || a.entries[f] != nil {
					continue
				}
				isDef := f.Kind == resolve.Def
				isAsync := f.Kind == resolve.AsyncDef
				if !isDef && !(isAsync && h.FirstParam != "") {
					continue
				}
				names, _, _, _ := f.Params()
				if h.Functions == "no_params" && len(names) > 0 {
					continue
				}
				if h.FirstParam != "" && (len(names) == 0 || names[0] != h.FirstParam) {
					continue
				}
				e := &entry{params: h}
				if h.ReturnSink != "" {
					e.returns = []*models.Handler{h}
				}
				a.markEntry(f, e)
			}
		}
	}
}

// importsFrom reports whether m imports a module equal to or under one of
// prefixes (by its top-level import bindings).
func importsFrom(m *resolve.Module, prefixes []string) bool {
	for _, p := range prefixes {
		if bindsUnder(m.Globals, p) {
			return true
		}
	}
	return false
}

// repush re-queues a unit whose inputs changed, if it has been analysed
// (one never analysed will be when something needs it).
func (a *analyzer) repush(u *resolve.Func) {
	if a.sums[u] != nil || a.entries[u] != nil {
		a.push(u)
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
	heap.Push(&a.queue, &queued{u: u, pri: a.order[u], at: a.started})
}

// outOfWork reports (once, as an error) that Config.MaxWork is used up.
func (a *analyzer) outOfWork() bool {
	if a.cfg.MaxWork <= 0 || a.work < a.cfg.MaxWork {
		return false
	}
	if !a.workOut {
		a.workOut = true
		left := a.queue.Len()
		a.errs = append(a.errs, finding.FileError{Filename: "<taint>",
			Reason: fmt.Sprintf("taint analysis stopped after %d statements (the work limit); %d functions waiting were not analysed, flows through them may be missed", a.work, left)})
	}
	return true
}

func (a *analyzer) overBudget(u *resolve.Func, why string) {
	if a.over[u] {
		return
	}
	a.over[u] = true
	name := u.QName
	if ok := u.Kind == resolve.ModuleBody; ok {
		name = "<module body>"
	}
	a.errs = append(a.errs, finding.FileError{
		Filename: u.Module.Filename,
		Reason:   fmt.Sprintf("taint analysis budget exceeded in function %s (%s); flows through it may be missed", name, why),
	})
}

// analyzeUnit interprets one unit and propagates any change to dependents.
func (a *analyzer) analyzeUnit(u *resolve.Func) {
	if a.outOfWork() {
		return
	}
	defer func() {
		// A bug must not cost the whole scan: report the unit and go on.
		if r := recover(); r != nil {
			if os.Getenv("KRAIT_TAINT_DEBUG") != "" {
				fmt.Fprintf(os.Stderr, "panic in %s: %v\n%s\n", u.QName, r, debug.Stack())
			}
			a.over[u] = true
			a.errs = append(a.errs, finding.FileError{Filename: u.Module.Filename,
				Reason: fmt.Sprintf("taint analysis failed in function %s: %v", u.QName, r)})
		}
	}()
	a.trimTrees()
	// This analysis serves every earlier request for the unit; one made
	// from now on queues it again.
	a.started++
	a.lastStart[u] = a.started
	a.queued[u] = false
	a.active[u] = true
	a.stack = append(a.stack, u)
	defer func() {
		a.active[u] = false
		a.stack = a.stack[:len(a.stack)-1]
	}()
	if a.cost != nil {
		start := time.Now()
		defer func() { a.cost[u] += time.Since(start) }()
	}
	a.prefetchCallees(u)
	c := newFnCtx(a, u)
	allowance := c.budget
	final := c.runBody()
	a.spent[u] += allowance - c.budget
	a.work += allowance - c.budget
	if c.overBudget {
		a.overBudget(u, "statement budget used up")
	}
	a.found[u] = c.findingList()
	sum := c.summary(final)
	old := a.sums[u]
	if old != nil {
		sum = joinSummary(old, sum)
		if a.visits[u] >= 3 {
			sum = a.widenSummary(sum) // settle faster: forget attribute paths on parameters
		}
	}
	a.sums[u] = sum
	if old != nil && a.cost != nil && a.visits[u] >= 6 && !equalSummary(old, sum) {
		fmt.Fprintf(os.Stderr, "changed %s (visit %d): ret %v sinks %d→%d effects %d→%d\n", u.QName, a.visits[u],
			equal(old.Ret, sum.Ret), len(old.Sinks), len(sum.Sinks), len(old.Effects), len(sum.Effects))
		if !equal(old.Ret, sum.Ret) {
			fmt.Fprintf(os.Stderr, "   old %s\n   new %s\n", debugValue(old.Ret, 0), debugValue(sum.Ret, 0))
		}
	}
	// Source data now comes out of u (or goes in, through a default such
	// as argv=sys.argv, when a call leaves the argument out): every unit
	// that calls it by name may see it, whether or not anything analysed
	// reached that unit.
	handsSource := summarySource(sum) && (old == nil || !summarySource(old))
	takesSourceDefault := old == nil && len(c.sourceDefaults(u)) > 0
	if handsSource || takesSourceDefault {
		a.wakeStaticCallers(u)
	}
	if old == nil || !equalSummary(old, sum) {
		for caller := range a.callers[u] {
			a.push(caller)
		}
		if returnsSomething(sum) && (old == nil || !equal(old.Ret, sum.Ret)) {
			for caller := range a.weakCallers[u] {
				a.push(caller)
			}
		}
	}
	if isMod := u.Kind == resolve.ModuleBody; isMod {
		prev := a.modEnv[u.Module]
		next := joinStates(prev, final)
		if next == nil {
			next = newState()
		}
		a.modEnv[u.Module] = next
		for name, v := range next.all() {
			if prev != nil {
				if w, ok := prev.get(name); ok && equal(v, w) {
					continue
				}
			}
			for r := range a.readers[u.Module][name] {
				a.push(r)
			}
			// A tainted global wakes the units that mention it: in its
			// module, and in the modules importing it or its module.
			if hasSource(v) || a.classHoldsSource(v) {
				for _, r := range a.nameUsers(u.Module)[name] {
					a.push(r)
				}
				a.wakeImporters(u.Module, name)
			}
		}
	} else if final != nil {
		for _, n := range u.Nested {
			a.setClosure(n, final)
		}
	}
}

// returnsSomething: a summary a caller with untainted arguments can use.
func returnsSomething(s *Summary) bool {
	return s.Ret != nil && (knownType(s.Ret.Type) || s.Ret.Fn != nil || hasSource(s.Ret))
}

func hasSource(v *Value) bool {
	for _, l := range flatten(v) {
		if l.O.Kind == sourceOrigin {
			return true
		}
	}
	return false
}

// wakeImporters queues the units of other modules that may read module
// m's global name: those mentioning the local name a top-level import
// binds to it (from m import name) or to m (import m as alias; alias.name).
// A package imported whole (import pkg; pkg.mod.name) is not followed.
func (a *analyzer) wakeImporters(m *resolve.Module, name string) {
	if a.importers == nil {
		a.importers = map[string][]importBinding{}
		for _, m2 := range a.prog.Modules {
			for local, q := range m2.Globals {
				owner := q // a project module, or the module of a global
				if i := strings.LastIndexByte(q, '.'); i > 0 && a.prog.ByName[q] == nil {
					owner = q[:i]
				}
				if a.prog.ByName[owner] != nil {
					a.importers[q] = append(a.importers[q], importBinding{m2, local})
				}
			}
		}
	}
	wake := func(q string) {
		for _, b := range a.importers[q] {
			if b.module == m {
				continue
			}
			for _, r := range a.nameUsers(b.module)[b.local] {
				a.push(r)
			}
		}
	}
	wake(m.Name + "." + name)
	wake(m.Name)
}

// classHoldsSource reports whether v is a project class whose body
// assigned source data to a class attribute (Config.target = sys.argv[1]).
func (a *analyzer) classHoldsSource(v *Value) bool {
	if v == nil || v.Ref == "" {
		return false
	}
	for _, av := range a.classAttrs[v.Ref] {
		if hasSource(av) {
			return true
		}
	}
	return false
}

// importBinding is a top-level name a module's import binds.
type importBinding struct {
	module *resolve.Module
	local  string
}

// summarySource reports whether a function hands source data to its
// callers: in its return value or in what it stores on an argument.
func summarySource(s *Summary) bool {
	if s == nil {
		return false
	}
	if hasSource(s.Ret) {
		return true
	}
	for _, v := range s.Effects {
		if hasSource(v) {
			return true
		}
	}
	return false
}

// wakeStaticCallers queues the units whose code calls f by a name that
// resolves to it (a constructor call for __init__; self.m() in a class
// where m is f): with a demand-driven analysis, a function that returns
// a source read inside it (def get_arg(): return sys.argv[1]) would
// otherwise never see its callers analysed unless something else
// reached them. A method called through data (obj.m() on a local) counts
// in the modules that can see its class: its own and those importing it.
func (a *analyzer) wakeStaticCallers(f *resolve.Func) {
	if f.Kind != resolve.Def && f.Kind != resolve.AsyncDef {
		return
	}
	name, target := f.Name, f.QName
	if f.Class != nil && f.Name == "__init__" {
		name, target = f.Class.Name, f.Class.QName
	}
	if a.callIndex == nil {
		a.callIndex = map[string][]*resolve.Func{}
		for _, u := range a.prog.Units() {
			for s := range u.Calls() {
				last := s[strings.LastIndexByte(s, '.')+1:]
				if list := a.callIndex[last]; len(list) == 0 || list[len(list)-1] != u {
					a.callIndex[last] = append(list, u)
				}
			}
		}
	}
	for _, c := range a.callIndex[name] {
		if c != f && a.callsByName(c, name, f, target) {
			a.push(c)
		}
	}
}

// callsByName reports whether unit c calls f (whose callable name is
// name, target its qualified name or its class's) by a static spelling.
func (a *analyzer) callsByName(c *resolve.Func, name string, f *resolve.Func, target string) bool {
	for s := range c.Calls() {
		dot := strings.LastIndexByte(s, '.')
		if s[dot+1:] != name {
			continue
		}
		if dot < 0 {
			if q, ok := a.prog.Binding(c, s); ok && a.prog.Canonical(q) == target {
				return true
			}
			continue
		}
		base := s[:dot]
		if c.Class != nil && c.SelfName != "" && base == c.SelfName {
			if a.prog.FindMethod(c.Class.QName, name) == f {
				return true
			}
			continue
		}
		if q := a.prog.QualifiedSpelling(c, s); q != "" {
			if a.prog.Canonical(q) == target {
				return true
			}
			continue
		}
		// A method called on data (reader.first()): the receiver's type is
		// not known before the analysis, so any module that can see the
		// method's class may be calling it.
		if f.Class != nil && name == f.Name && (c.Module == f.Module || importsUnder(c, f.Module.Name)) {
			return true
		}
	}
	return false
}

// nameUsers indexes, per module, the units whose code mentions a name.
func (a *analyzer) nameUsers(m *resolve.Module) map[string][]*resolve.Func {
	if idx, ok := a.users[m]; ok {
		return idx
	}
	idx := map[string][]*resolve.Func{}
	var visit func(u *resolve.Func)
	visit = func(u *resolve.Func) {
		seen := map[string]bool{}
		var body []ast.Node
		switch n := u.Node().(type) {
		case *ast.FunctionDef:
			for _, s := range n.Body {
				body = append(body, s)
			}
		case *ast.AsyncFunctionDef:
			for _, s := range n.Body {
				body = append(body, s)
			}
		case *ast.Lambda:
			body = append(body, n.Body)
		}
		for _, s := range body {
			ast.Inspect(s, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.Lambda, *ast.ClassDef:
					return false
				case *ast.Name:
					if !seen[n.ID] {
						seen[n.ID] = true
						idx[n.ID] = append(idx[n.ID], u)
					}
				}
				return true
			})
		}
		for _, c := range u.Nested {
			visit(c)
		}
	}
	for _, c := range m.Body.Nested {
		visit(c)
	}
	a.users[m] = idx
	return idx
}

// setClosure records the enclosing scope a nested function sees.
func (a *analyzer) setClosure(n *resolve.Func, st *state) {
	if st == nil {
		return
	}
	// Keep only the names the nested function (or its own nested ones) uses.
	names := a.freeNames(n)
	kept := map[string]*Value{}
	for name := range names {
		if v, ok := st.get(name); ok {
			kept[name] = v
		}
	}
	st = stateOf(kept)
	prev := a.closure[n]
	next := joinStates(prev, st)
	if prev == nil || !equalStates(prev, next) {
		a.closure[n] = next
		tainted := false
		for _, v := range next.all() {
			if hasSource(v) {
				tainted = true
				break
			}
		}
		if tainted {
			a.push(n) // it sees untrusted data: analyse it even if nothing calls it with any
		} else {
			a.repush(n)
		}
	}
}

// observeParamType records the type a call site passes for parameter i;
// an untyped parameter takes it when every call site agrees (init(app)).
func (a *analyzer) observeParamType(fn *resolve.Func, i int, t string) {
	m := a.argTypes[fn]
	if m == nil {
		m = map[int]string{}
		a.argTypes[fn] = m
	}
	old, seen := m[i]
	switch {
	case !seen:
		m[i] = t
	case old == t || old == "":
		return
	default:
		m[i] = ""
	}
	if !a.active[fn] {
		a.repush(fn)
	}
}

// freeNames is every name a unit's code mentions (cached).
func (a *analyzer) freeNames(u *resolve.Func) map[string]bool {
	if m, ok := a.names[u]; ok {
		return m
	}
	m := map[string]bool{}
	ast.Inspect(u.Node(), func(n ast.Node) bool {
		if nm, ok := n.(*ast.Name); ok {
			m[nm.ID] = true
		}
		return true
	})
	a.names[u] = m
	return m
}

// overrides lists the methods named name that project subclasses of
// class cls define (a few at most: dispatch beyond that is not followed).
func (a *analyzer) overrides(cls, name string) []*resolve.Func {
	if a.subclasses == nil {
		a.subclasses = map[string][]*resolve.Class{}
		for _, c := range a.prog.Classes {
			for _, b := range c.Bases {
				a.subclasses[b] = append(a.subclasses[b], c)
			}
		}
		for _, list := range a.subclasses {
			sort.Slice(list, func(i, j int) bool { return list[i].QName < list[j].QName })
		}
	}
	key := overrideKey{cls, name}
	if out, ok := a.overrideCache[key]; ok {
		return out
	}
	var out []*resolve.Func
	seen := map[string]bool{}
	var walk func(string, int)
	walk = func(c string, d int) {
		if d > 4 || seen[c] || len(out) >= 4 {
			return
		}
		seen[c] = true
		for _, sub := range a.subclasses[c] {
			if m := sub.Methods[name]; m != nil && len(out) < 4 {
				out = append(out, m)
			}
			walk(sub.QName, d+1)
		}
	}
	walk(cls, 0)
	a.overrideCache[key] = out
	return out
}

type overrideKey struct{ cls, name string }

// params is a unit's parameter list, made once (its callers only read
// it). It comes from the collected index: a call to a function of a
// detached module does not parse that module again for its signature.
func (a *analyzer) params(fn *resolve.Func) paramList {
	if p, ok := a.paramCache[fn]; ok {
		return p
	}
	var p paramList
	p.names, p.nPos, p.vararg, p.kwarg = fn.Params()
	a.paramCache[fn] = p
	return p
}

type paramList struct {
	names               []string
	vararg, kwarg, nPos int
}

// attrNames is every attribute name a unit's code reads (cached).
func (a *analyzer) attrNames(u *resolve.Func) map[string]bool {
	if m, ok := a.attrs[u]; ok {
		return m
	}
	m := map[string]bool{}
	ast.Inspect(u.Node(), func(n ast.Node) bool {
		if at, ok := n.(*ast.Attribute); ok {
			m[at.Attr] = true
		}
		return true
	})
	a.attrs[u] = m
	return m
}

// markEntry makes fn an entry point whose parameters are untrusted.
func (a *analyzer) markEntry(fn *resolve.Func, e *entry) {
	if fn == nil || e == nil || e.params == nil {
		return
	}
	if old := a.entries[fn]; old != nil && old.params == e.params && old.rule == e.rule && len(old.returns) >= len(e.returns) {
		return
	}
	a.entries[fn] = e
	a.push(fn)
	// A handler method's object is built by the framework from request
	// data too: __init__'s parameters follow the same rules (Pyramid views).
	if fn.Class != nil && fn.Name != "__init__" {
		if init := a.prog.FindMethod(fn.Class.QName, "__init__"); init != nil && a.entries[init] == nil {
			a.entries[init] = &entry{params: e.params, rule: e.rule}
			a.push(init)
		}
	}
}

// joinSummary keeps summaries monotone across re-analyses so the worklist settles.
func joinSummary(old, cur *Summary) *Summary {
	out := &Summary{Ret: join(old.Ret, cur.Ret), Effects: map[int]*Value{}}
	seen := map[string]int{} // key → index in out.Sinks
	for _, list := range [][]sinkHit{old.Sinks, cur.Sinks} {
		for _, h := range list {
			k := sinkHitKey(h.l, h.site)
			if i, ok := seen[k]; ok {
				out.Sinks[i].l = pickLabel(out.Sinks[i].l, h.l)
			} else if len(out.Sinks) < maxSummarySinks { // the first ones stay: bounded and stable
				seen[k] = len(out.Sinks)
				out.Sinks = append(out.Sinks, h)
			}
		}
	}
	sort.SliceStable(out.Sinks, func(i, j int) bool { return compareSinkHits(out.Sinks[i], out.Sinks[j]) < 0 })
	for k, v := range old.Effects {
		out.Effects[k] = v
	}
	for k, v := range cur.Effects {
		out.Effects[k] = join(out.Effects[k], v)
	}
	return out
}

// sinkHitKey identifies a summary's parameter-to-sink entry.
func sinkHitKey(l Label, site *sinkSite) string {
	return fmt.Sprintf("%d|%d|%s:%d:%d|%d", l.O.ID, l.M, site.file, site.line, site.col, site.kind)
}

// compareSinkHits orders a summary's sink entries by content: origin,
// mask, then the sink's place and kind.
func compareSinkHits(x, y sinkHit) int {
	if c := compareOrigin(x.l.O, y.l.O); c != 0 {
		return c
	}
	if c := cmp.Compare(x.l.M, y.l.M); c != 0 {
		return c
	}
	return cmp.Or(cmp.Compare(x.site.file, y.site.file), cmp.Compare(x.site.line, y.site.line),
		cmp.Compare(x.site.col, y.site.col), cmp.Compare(x.site.kind, y.site.kind))
}

// widenSummary replaces parameter origins with attribute paths by the
// parameter itself, so a summary that keeps growing settles.
func (a *analyzer) widenSummary(s *Summary) *Summary {
	base := func(t Taint) Taint {
		return mapTaint(t, func(l Label) Label {
			if l.O.Kind == paramOrigin && l.O.Path != "" {
				l.O = a.paramOrigin(l.O.Fn, l.O.Param, "")
			}
			return l
		})
	}
	var ret *Value
	if s.Ret != nil {
		// Keep the returned object's type; fold its structure into taint.
		ret = &Value{T: base(flatten(s.Ret)), Type: s.Ret.Type, Ctr: s.Ret.Ctr}
	}
	out := &Summary{Ret: ret, Effects: map[int]*Value{}}
	seen := map[string]int{} // key → index in out.Sinks
	for _, h := range s.Sinks {
		l := base(Taint{h.l})[0]
		k := sinkHitKey(l, h.site)
		if i, ok := seen[k]; ok {
			out.Sinks[i].l = pickLabel(out.Sinks[i].l, l)
		} else {
			seen[k] = len(out.Sinks)
			out.Sinks = append(out.Sinks, sinkHit{l: l, site: h.site})
		}
	}
	for k, v := range s.Effects {
		out.Effects[k] = mapValue(v, base)
	}
	return out
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

type originKey struct {
	kind      originKind
	file      string
	line, col int
	label     string
	fn        *resolve.Func
	param     int
	path      string
}

func (a *analyzer) intern(k originKey, o *Origin) *Origin {
	if old := a.origins[k]; old != nil {
		return old
	}
	o.ID = a.nOrigins
	a.nOrigins++
	a.origins[k] = o
	return o
}

// sourceOrigin interns the origin of a source read at a location.
func (a *analyzer) sourceOrigin(label, threat, file string, line, col int) *Origin {
	k := originKey{kind: sourceOrigin, file: file, line: line, col: col, label: label}
	if o := a.origins[k]; o != nil {
		return o
	}
	return a.intern(k, &Origin{Kind: sourceOrigin, Label: label, Threat: threat, File: file, Line: line, Col: col})
}

// paramOrigin interns the origin standing for a parameter (and path) of fn.
func (a *analyzer) paramOrigin(fn *resolve.Func, i int, path string) *Origin {
	k := originKey{kind: paramOrigin, fn: fn, param: i, path: path}
	if o := a.origins[k]; o != nil {
		return o
	}
	o := &Origin{Kind: paramOrigin, Fn: fn, Param: i, Path: path}
	if fn != nil {
		p := fn.Pos
		o.fnLine, o.fnCol = int(p.Lineno), int(p.ColOffset)
		if fn.Module != nil {
			o.fnFile = fn.Module.Filename
		}
	}
	return a.intern(k, o)
}

// collect merges the latest findings of every unit, one per (rule, source, sink).
func (a *analyzer) collect() []finding.Finding {
	seen := map[string]int{} // key → index in out
	var out []finding.Finding
	units := make([]*resolve.Func, 0, len(a.found))
	for u := range a.found {
		units = append(units, u)
	}
	sort.Slice(units, func(i, j int) bool { return a.order[units[i]] < a.order[units[j]] })
	for _, u := range units {
		for _, f := range a.found[u] {
			key := findingKey(f)
			if i, ok := seen[key]; ok {
				if betterFinding(f, &out[i]) {
					out[i] = *f
				}
				continue
			}
			seen[key] = len(out)
			out = append(out, *f)
		}
	}
	out = mergeSameMessage(out)
	sort.SliceStable(out, func(i, j int) bool {
		if c := finding.Compare(&out[i], &out[j]); c != 0 {
			return c < 0
		}
		return compareSteps(out[i].Trace, out[j].Trace) < 0
	})
	return out
}

// betterFinding says whether f should replace old, a finding for the same
// (rule, source, sink): the shorter trace, then the higher confidence,
// then the smaller trace step by step, then the message. It decides by
// content alone, never by which was found first.
func betterFinding(f, old *finding.Finding) bool {
	if len(f.Trace) != len(old.Trace) {
		return len(f.Trace) < len(old.Trace)
	}
	if f.Confidence != old.Confidence {
		return f.Confidence > old.Confidence
	}
	if c := compareSteps(f.Trace, old.Trace); c != 0 {
		return c < 0
	}
	if f.Severity != old.Severity {
		return f.Severity > old.Severity
	}
	return f.Message < old.Message
}

// compareSteps orders traces by length, then step by step.
func compareSteps(a, b []finding.Step) int {
	if c := cmp.Compare(len(a), len(b)); c != 0 {
		return c
	}
	for i := range a {
		x, y := a[i], b[i]
		if c := cmp.Or(cmp.Compare(x.Filename, y.Filename), cmp.Compare(x.Line, y.Line), cmp.Compare(x.Col, y.Col),
			cmp.Compare(x.Note, y.Note), cmp.Compare(x.Code, y.Code)); c != 0 {
			return c
		}
	}
	return 0
}

func findingKey(f *finding.Finding) string {
	src := ""
	if len(f.Trace) > 0 {
		s := f.Trace[0]
		src = fmt.Sprintf("%s:%d:%d", s.Filename, s.Line, s.Col)
	}
	return fmt.Sprintf("%s|%s|%s:%d:%d", f.RuleID, src, f.Filename, f.Line, f.Col)
}

// messageKey says which findings read the same: the message names the
// source (sys.argv, request.args) and the sink, so reads of one source at
// several places that reach one sink are one finding.
func messageKey(f *finding.Finding) string {
	return fmt.Sprintf("%s|%s|%s:%d:%d", f.RuleID, f.Message, f.Filename, f.Line, f.Col)
}

// mergeSameMessage keeps, of findings that read the same (messageKey), the
// best one (betterFinding), in the order of the first.
func mergeSameMessage(in []finding.Finding) []finding.Finding {
	seen := map[string]int{}
	out := in[:0:0]
	for i := range in {
		key := messageKey(&in[i])
		if j, ok := seen[key]; ok {
			if betterFinding(&in[i], &out[j]) {
				out[j] = in[i]
			}
			continue
		}
		seen[key] = len(out)
		out = append(out, in[i])
	}
	return out
}

type queued struct {
	u   *resolve.Func
	pri int
	// at is the number of analyses started when it was queued: an entry
	// older than the unit's latest analysis has been served by it.
	at int
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

func debugValue(v *Value, d int) string {
	if v == nil {
		return "nil"
	}
	if d > 3 {
		return "…"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "{T%d", len(v.T))
	if v.Type != "" {
		fmt.Fprintf(&b, " type=%s", v.Type)
	}
	if v.HasConst {
		fmt.Fprintf(&b, " const=%v", v.Const)
	}
	if len(v.alts()) > 0 {
		fmt.Fprintf(&b, " alts=%v", v.alts())
	}
	if v.Ctr != ctrNone {
		fmt.Fprintf(&b, " ctr=%s", v.Ctr)
	}
	if v.IsSeq {
		fmt.Fprintf(&b, " seq[")
		for _, e := range v.seq() {
			b.WriteString(debugValue(e, d+1) + ",")
		}
		b.WriteString("]")
	}
	for k, c := range v.Attrs {
		fmt.Fprintf(&b, " .%s=%s", k, debugValue(c, d+1))
	}
	for k, c := range v.Keys {
		fmt.Fprintf(&b, " [%s]=%s", k, debugValue(c, d+1))
	}
	if v.Elem != nil {
		fmt.Fprintf(&b, " elem=%s", debugValue(v.Elem, d+1))
	}
	b.WriteString("}")
	return b.String()
}
