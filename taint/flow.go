package taint

import (
	"strconv"

	"github.com/kraitsec/krait/analysis/cfg"
	"github.com/kraitsec/krait/python/ast"
)

// flowGraph is a unit's control-flow graph with what the interpreter
// needs to know about it, worked out once per graph.
type flowGraph struct {
	g     *cfg.Graph
	items []wtoItem // reachable blocks in weak topological order
	pos   []int32   // block index → place in items (-1: unreachable)
	// keep holds the expressions whose value a later node uses: for
	// iterables (ForTarget), context expressions (WithEnter) and match
	// subjects (CaseTest).
	keep map[ast.Expr]bool
}

// graphMemory is the memory of one graph run in progress: the builder its
// graph lives in, the graph's order and the blocks' states, all reused by
// the next run at the same depth. Runs nest (a call may demand the
// analysis of its callee), so there is one per depth. A graph is built
// for each analysis and lives only while it runs: it never outlives the
// tree it points into. (Keeping the graphs of the units whose trees are
// loaded saved building a third of them, but the collector's work on the
// memory they held cost as much.)
type graphMemory struct {
	builder cfg.Builder
	fg      flowGraph
	states  []*state
}

// graphMemory takes the memory for a run at the next depth; release
// gives it back.
func (a *analyzer) graphMemory() (mem *graphMemory, release func()) {
	if a.graphDepth == len(a.graphMems) {
		a.graphMems = append(a.graphMems, &graphMemory{})
	}
	mem = a.graphMems[a.graphDepth]
	a.graphDepth++
	return mem, func() {
		clear(mem.states)
		a.graphDepth--
	}
}

// build makes the graph of a unit's body (valid until the next build in
// this memory).
func (mem *graphMemory) build(node ast.Node) *flowGraph {
	g := mem.builder.BuildTransient(node)
	fg := &mem.fg
	fg.g = g
	fg.items, fg.pos = weakTopoOrder(g, fg.items[:0], fg.pos[:0])
	clear(fg.keep)
	for _, b := range g.Blocks {
		for _, n := range b.Nodes {
			var e ast.Expr
			switch n := n.(type) {
			case *cfg.ForTarget:
				e = n.Iter
			case *cfg.WithEnter:
				if n.Item != nil {
					e = n.Item.ContextExpr
				}
			case *cfg.CaseTest:
				e = n.Subject
			}
			if e != nil {
				if fg.keep == nil {
					fg.keep = map[ast.Expr]bool{}
				}
				fg.keep[e] = true
			}
		}
	}
	n := 2 * len(g.Blocks)
	if cap(mem.states) < n {
		mem.states = make([]*state, n)
	}
	mem.states = mem.states[:n]
	return fg
}

// The interpreter's synthetic variables (never Python names): the
// exception being raised, the one an except clause handles, and the
// values lowered conditional expressions took on the path.
const (
	excVar     = "#exc"
	handledVar = "#handled"
	ifexpVar   = "#ifexp"
)

// maxLoopIters bounds the passes over a loop body before its head state
// is taken as settled; nested loops get fewer (see loopLimit).
const maxLoopIters = 6

// maxUnroll bounds the loops over a known short sequence that run once per
// element, in order (so `break` in the first iteration keeps only it).
const maxUnroll = 6

// flowRun is one forward interpretation of a graph: per-block entry
// states, joined where control meets, in weak topological order.
type flowRun struct {
	c  *fnCtx
	fg *flowGraph
	// in is the join of the states that reached each block by forward
	// edges and not yet interpreted; back, for loop heads, the join of
	// the states coming round by back edges during the current pass.
	in, back []*state
	depth    int // loops being iterated
	stopped  bool
	final    *state // the state when the budget ran out
	verdict  matchVerdict
}

// blockMode says which of a loop head's edges a visit follows.
type blockMode uint8

const (
	allEdges     blockMode = iota
	insideEdges            // a pass over the loop: only edges staying in it
	leavingEdges           // the loop settled: only edges leaving it
)

// runGraph interprets the graph of a unit's body (node) from st at its
// entry and returns the state falling off the end of the body (nil when
// none does).
func (c *fnCtx) runGraph(node ast.Node, st *state) *state {
	mem, release := c.a.graphMemory()
	defer release()
	fg := mem.build(node)
	n := len(fg.g.Blocks)
	r := &flowRun{c: c, fg: fg, in: mem.states[:n:n], back: mem.states[n : 2*n]}
	r.in[fg.g.Entry.Index] = st
	r.run(0, int32(len(fg.items)))
	out := r.in[fg.g.Exit.Index]
	if r.stopped {
		out = joinStates(out, r.final)
	}
	if out != nil && c.synthetic {
		clearSynthetic(out)
	}
	return out
}

// run interprets items[lo:hi].
func (r *flowRun) run(lo, hi int32) {
	g := r.fg.g
	for i := lo; i < hi && !r.stopped; {
		it := r.fg.items[i]
		if it.comp {
			r.loop(i)
			i = it.end
			continue
		}
		i++
		b := g.Blocks[it.blk]
		st := r.in[it.blk]
		if st == nil || b == g.Exit || b == g.Raise {
			continue
		}
		r.in[it.blk] = nil
		r.block(b, st, allEdges, 0, 0)
	}
}

// loopLimit is the number of passes after the first for a loop nested
// depth deep: nested loops would multiply their passes, inner ones get
// fewer.
func loopLimit(depth int) int {
	switch {
	case depth <= 1:
		return maxLoopIters
	case depth == 2:
		return 3
	}
	return 2
}

// loop iterates the component headed by items[i] to a fixpoint of its
// head state (widened after the first pass, at most loopLimit passes),
// then lets the settled head state leave the loop. A for loop over a
// known short sequence runs once per element instead, in order, each pass
// starting from where the previous one ended.
func (r *flowRun) loop(i int32) {
	c, g := r.c, r.fg.g
	it := r.fg.items[i]
	hb := g.Blocks[it.blk]
	head := r.in[it.blk]
	r.in[it.blk] = nil
	if head == nil {
		return // not reached: graphs of Python code enter loops only by their head
	}
	r.depth++
	defer func() { r.depth-- }()
	limit := loopLimit(r.depth)
	ft := forTargetOf(hb)
	var elems []*Value
	if ft != nil {
		iv := c.kept[ft.Iter]
		if seq, ok := unrollable(iv); ok {
			elems = seq
		} else {
			c.setForBind(ft, loopElem(iv))
		}
	}
	for pass := 0; ; pass++ {
		if elems != nil {
			c.setForBind(ft, elems[pass])
		}
		r.back[it.blk] = nil
		r.block(hb, head.copy(), insideEdges, i, it.end)
		r.run(i+1, it.end)
		if r.stopped {
			return
		}
		round := r.back[it.blk]
		r.back[it.blk] = nil
		if elems != nil {
			head = round
			if head == nil || pass+1 >= len(elems) || c.overBudget {
				break
			}
			continue
		}
		next := joinStates(head, round)
		if pass >= 1 {
			next = widen(head, next)
		}
		settled := equalStates(next, head)
		head = next
		if settled || pass >= limit || c.overBudget {
			break
		}
	}
	if head != nil {
		r.block(hb, head, leavingEdges, i, it.end)
	}
}

// forTargetOf is the ForTarget of a for loop's head block (nil for other
// blocks): the first node of the block its True edge enters.
func forTargetOf(b *cfg.Block) *cfg.ForTarget {
	if len(b.Nodes) > 0 {
		return nil
	}
	for _, e := range b.Succs {
		if e.Kind == cfg.True && e.Cond == nil && len(e.To.Nodes) > 0 {
			ft, _ := e.To.Nodes[0].(*cfg.ForTarget)
			return ft
		}
	}
	return nil
}

// unrollable reports an iterable that is a short sequence of exactly
// known elements (the container itself untainted).
func unrollable(it *Value) ([]*Value, bool) {
	if it != nil && it.IsSeq && it.Elem == nil && len(it.seq()) > 0 && len(it.seq()) <= maxUnroll && len(it.T) == 0 {
		return it.seq(), true
	}
	return nil, false
}

// loopElem is what a for loop's target takes from iterable it on any
// pass.
func loopElem(it *Value) *Value {
	elem := contents(it)
	if it != nil && it.HasConst {
		if s, ok := it.Const.(string); ok && len(s) > 0 {
			elem = join(elem, &Value{}) // characters of a constant: clean
		}
	}
	return elem
}

func (c *fnCtx) setForBind(ft *cfg.ForTarget, v *Value) {
	if c.forBind == nil {
		c.forBind = map[*cfg.ForTarget]*Value{}
	}
	c.forBind[ft] = v
}

// block interprets block b from state st (which it owns) and sends the
// resulting states along b's edges; for a loop head, mode picks the
// edges staying in (or leaving) the loop items[lo:hi].
func (r *flowRun) block(b *cfg.Block, st *state, mode blockMode, lo, hi int32) {
	c := r.c
	// The state before the block, for Exception and failed-match edges;
	// where those need it not (its predecessor sent it already), st is
	// only frozen, to tell whether the block wrote anything.
	var entry *state
	watch := needsEntry(b)
	var top0 *layer
	var shadows0 map[string]bool
	if watch {
		if r.entryUsed(b) {
			entry = st.copy()
		} else {
			st.freeze()
		}
		top0, shadows0 = st.top, st.shadows
	}
	var last *Value
	var lastNode ast.Node
	for _, n := range b.Nodes {
		if st.dead {
			break
		}
		if counted(n) && !c.tick() {
			r.stopped = true
			r.final = st
			return
		}
		last, lastNode = r.node(n, st), n
	}
	// Decide what each edge carries, then hand st itself (and entry) to
	// the last edge using it and copies to the others: a block with one
	// way on adds no layer to the state.
	alive := !st.dead
	// entry froze st: st wrote nothing if it has no writes of its own.
	unchanged := watch && len(st.local) == 0 && st.top == top0 && sameShadows(st.shadows, shadows0)
	var buf [4]edgeAction
	acts := buf[:0]
	stUsers, entryUsers := 0, 0
	for _, e := range b.Succs {
		a := r.edgeAction(b, e, mode, lo, hi, alive, unchanged, last, lastNode)
		acts = append(acts, a)
		switch a {
		case carryState, carryRefined:
			stUsers++
		case carryEntry:
			entryUsers++
		case carryBoth:
			stUsers++
			entryUsers++
		}
	}
	take := func(s *state, users *int) *state {
		*users--
		if *users == 0 {
			return s
		}
		return s.copy()
	}
	for k, e := range b.Succs {
		var s *state
		switch acts[k] {
		case skipEdge:
			continue
		case carryState:
			s = take(st, &stUsers)
		case carryRefined:
			s = c.refine(take(st, &stUsers), e.Cond, e.Kind == cfg.True)
		case carryEntry:
			s = take(entry, &entryUsers)
		case carryBoth:
			s = joinStates(take(entry, &entryUsers), take(st, &stUsers))
		}
		r.send(b, e.To, s)
	}
}

// edgeAction is what an edge carries out of a block.
type edgeAction uint8

const (
	skipEdge     edgeAction = iota
	carryState              // the state after the block
	carryRefined            // that state, refined by the edge's condition
	carryEntry              // the state before the block
	carryBoth               // the join of both (an exception may come before or after the effects)
)

// unchanged says that the block wrote nothing: its exit state is its
// entry state.
func (r *flowRun) edgeAction(b *cfg.Block, e *cfg.Edge, mode blockMode, lo, hi int32, alive, unchanged bool, last *Value, lastNode ast.Node) edgeAction {
	if mode != allEdges {
		p := r.fg.pos[e.To.Index]
		leaves := p < lo || p >= hi
		if leaves != (mode == leavingEdges) {
			return skipEdge
		}
	}
	switch e.Kind {
	case cfg.Exception:
		switch {
		case e.To == r.fg.g.Raise:
			return skipEdge
		case r.entrySent(b, e.To) && alive && !unchanged:
			return carryState
		case r.entrySent(b, e.To):
			return skipEdge
		case alive && !unchanged:
			return carryBoth
		}
		return carryEntry
	case cfg.True, cfg.False:
		if !alive {
			return skipEdge
		}
		truth := e.Kind == cfg.True
		switch {
		case e.Cond != nil:
			if v, ok := truthy(last); ok && lastNode == e.Cond {
				if v != truth {
					return skipEdge // a constant condition takes only its edge
				}
				return carryState
			}
			return carryRefined
		case isCaseTest(b):
			if (truth && r.verdict == matchNever) || (!truth && r.verdict == matchAlways) {
				return skipEdge
			}
			if truth {
				return carryState
			}
			return carryEntry // the pattern's captures are not bound
		}
		return carryState
	case cfg.Return:
		if !alive || e.To == r.fg.g.Exit {
			// The value went to addReturn. The state at a return is not
			// the body's final state (effects on arguments, closures), as
			// before the graph interpreter: counting it gave 19 more
			// corpus findings, deep in library internals, and 60 more
			// units whose summaries did not settle.
			return skipEdge
		}
	}
	if !alive {
		return skipEdge
	}
	return carryState
}

// send joins s into the entry state of to (its back-edge state when the
// edge goes round a loop).
func (r *flowRun) send(from, to *cfg.Block, s *state) {
	if s == nil || s.dead {
		return
	}
	if r.fg.pos[to.Index] <= r.fg.pos[from.Index] && to != r.fg.g.Exit {
		r.back[to.Index] = joinStates(r.back[to.Index], s)
		return
	}
	r.in[to.Index] = joinStates(r.in[to.Index], s)
}

// entrySent reports whether b's entry state already went to to: b is
// entered only from a block that falls into it and has an Exception edge
// to the same place (consecutive statements of a try body), whose exit
// state is b's entry. (A loop head sends its exits only once the loop has
// settled: not that.)
func (r *flowRun) entrySent(b, to *cfg.Block) bool {
	if len(b.Preds) != 1 || b.Preds[0].Kind != cfg.Normal {
		return false
	}
	from := b.Preds[0].From
	if p := r.fg.pos[from.Index]; p < 0 || r.fg.items[p].comp {
		return false
	}
	for _, e := range from.Succs {
		if e.Kind == cfg.Exception && e.To == to {
			return true
		}
	}
	return false
}

// entryUsed reports whether an edge of b may carry b's entry state.
func (r *flowRun) entryUsed(b *cfg.Block) bool {
	if isCaseTest(b) {
		return true
	}
	for _, e := range b.Succs {
		if e.Kind == cfg.Exception && e.To != r.fg.g.Raise && !r.entrySent(b, e.To) {
			return true
		}
	}
	return false
}

func needsEntry(b *cfg.Block) bool {
	if isCaseTest(b) {
		return true
	}
	for _, e := range b.Succs {
		if e.Kind == cfg.Exception {
			return true
		}
	}
	return false
}

func isCaseTest(b *cfg.Block) bool {
	if len(b.Nodes) == 0 {
		return false
	}
	_, ok := b.Nodes[len(b.Nodes)-1].(*cfg.CaseTest)
	return ok
}

// counted reports the nodes charged to the statement budget: statements
// and the expressions compound statements evaluate, not the steps that
// only bind.
func counted(n ast.Node) bool {
	switch n.(type) {
	case *cfg.ForTarget, *cfg.WithEnter, *cfg.WithExit, *cfg.HandlerBind, *cfg.CaseTest, *cfg.IfExpValue:
		return false
	}
	return true
}

// node interprets one node of a block and returns its value (for
// condition operands).
func (r *flowRun) node(n ast.Node, st *state) *Value {
	c := r.c
	switch n := n.(type) {
	case *cfg.ForTarget:
		v, ok := c.forBind[n]
		if !ok {
			// A loop whose body never comes round: its first pass.
			iv := c.kept[n.Iter]
			if seq, ok := unrollable(iv); ok {
				v = seq[0]
			} else {
				v = loopElem(iv)
			}
		}
		c.assign(n.Target, v, st, false)
	case *cfg.WithEnter:
		if n.Item != nil && n.Item.OptionalVars != nil {
			c.assign(n.Item.OptionalVars, c.kept[n.Item.ContextExpr], st, true)
		}
	case *cfg.WithExit:
	case *cfg.HandlerBind:
		exc, ok := st.get(excVar)
		if ok {
			st.del(excVar)
		}
		st.set(handledVar, exc)
		c.synthetic = true
		if n.Handler != nil && n.Handler.Name != "" {
			st.set(n.Handler.Name, exc)
		}
	case *cfg.CaseTest:
		r.verdict = matchMaybe
		if n.Case != nil {
			r.verdict = c.bindPattern(n.Case.Pattern, c.kept[n.Subject], st)
		}
	case *cfg.IfExpValue:
		st.set(c.ifexpName(n.IfExp), c.eval(n.Value, st))
		c.synthetic = true
	case ast.Stmt:
		c.execStmt(n, st)
	case ast.Expr:
		v := c.eval(n, st)
		if r.fg.keep[n] {
			if c.kept == nil {
				c.kept = map[ast.Expr]*Value{}
			}
			c.kept[n] = v
		}
		return v
	}
	return nil
}

// ifexpName is the synthetic variable holding a lowered conditional
// expression's value between its branches and the node using it.
func (c *fnCtx) ifexpName(x *ast.IfExp) string {
	if nm, ok := c.ifexps[x]; ok {
		return nm
	}
	if c.ifexps == nil {
		c.ifexps = map[*ast.IfExp]string{}
	}
	nm := ifexpVar + strconv.Itoa(len(c.ifexps))
	c.ifexps[x] = nm
	return nm
}

// loweredIfExp takes the value a lowered conditional expression took on
// the way to st, if it was lowered.
func (c *fnCtx) loweredIfExp(x *ast.IfExp, st *state) (*Value, bool) {
	nm, ok := c.ifexps[x]
	if !ok {
		return nil, false
	}
	v, ok := st.get(nm)
	if ok {
		st.del(nm)
	}
	return v, ok
}

// clearSynthetic removes the interpreter's own variables from a final
// state.
func clearSynthetic(st *state) {
	var names []string
	for k := range st.all() {
		if len(k) > 0 && k[0] == '#' {
			names = append(names, k)
		}
	}
	for _, k := range names {
		st.del(k)
	}
}
