package cfg

import (
	"slices"

	"github.com/kraitsec/krait/python/ast"
)

// cont is a way of leaving a region early: the continuations a finally
// block or a with exit must be copied for.
type cont uint8

const (
	contException cont = iota
	contReturn
	contBreak
	contContinue
	numConts
)

var contEdge = [numConts]EdgeKind{Exception, Return, Break, Continue}

type frameKind uint8

const (
	loopFrame    frameKind = iota // break/continue targets
	exceptFrame                   // a try body with handlers: exceptions go to the tests
	finallyFrame                  // a try with finally: every early exit runs it
	withFrame                     // a with body: every exit runs __exit__
)

// frame is one enclosing construct that decides where a jump goes.
type frame struct {
	kind        frameKind
	head, after *Block // loopFrame
	dispatch    *Block // exceptFrame: the first handler test
	suppress    bool   // withFrame: a context manager may swallow exceptions
	// conts holds, for finally and with frames, the first block of the copy
	// of the finally body (or with exit) run on the way out for each
	// continuation; created on first use.
	conts [numConts]*Block
}

type builder struct {
	g      *Graph
	opts   Options
	cur    *Block // receives nodes; after a jump it is a fresh unreachable block
	sealed bool   // cur ends with a raising node of an exception region: start a new block
	frames []*frame
	blocks []*Block
	nFinal int // finally bodies being built inside one another
	alloc  *scratch
	reuse  bool // alloc serves other graphs after this one
	// transient: the graph stays in alloc (Builder.BuildTransient), its
	// block list and Graph too.
	transient bool
}

// maxFinallyCopies bounds the nesting of finally bodies inside finally
// bodies that get a copy per continuation; deeper ones share one copy, so
// the graph stays linear in the size of the code.
const maxFinallyCopies = 2

// init prepares b to build fn's graph in s's memory; with reuse, the graph
// is copied out of it at the end, so that s can serve the next graph.
func (b *builder) init(fn ast.Node, opts Options, s *scratch, reuse bool) {
	s.reset()
	*b = builder{opts: opts, alloc: s, reuse: reuse, transient: b.transient, blocks: s.blockList[:0], frames: s.frames[:0]}
	if b.transient {
		s.graph = Graph{Func: fn}
		b.g = &s.graph
	} else {
		b.g = &Graph{Func: fn}
	}
	b.g.Entry = b.newBlock("entry")
	b.g.Exit = b.alloc.block()
	b.g.Exit.Kind = "exit"
	b.g.Raise = b.alloc.block()
	b.g.Raise.Kind = "raise"
	b.cur = b.g.Entry
}

func (b *builder) newBlock(kind string) *Block {
	blk := b.alloc.block()
	blk.Kind, blk.Index = kind, len(b.blocks)
	b.blocks = append(b.blocks, blk)
	return blk
}

// addNode appends n to blk's nodes.
func (b *builder) addNode(blk *Block, n ast.Node) {
	if blk.Nodes == nil {
		blk.Nodes = b.alloc.nodeList()
	}
	blk.Nodes = append(blk.Nodes, n)
}

// edge adds an edge unless the same one exists.
func (b *builder) edge(from, to *Block, kind EdgeKind, c ast.Expr) {
	if from == nil || to == nil {
		return
	}
	for _, e := range from.Succs {
		if e.To == to && e.Kind == kind && e.Cond == c {
			return
		}
	}
	e := b.alloc.edge()
	*e = Edge{From: from, To: to, Kind: kind, Cond: c}
	if from.Succs == nil {
		from.Succs = b.alloc.edgeList()
	}
	from.Succs = append(from.Succs, e)
	if to.Preds == nil {
		to.Preds = b.alloc.edgeList()
	}
	to.Preds = append(to.Preds, e)
}

// setCur makes blk the block receiving nodes.
func (b *builder) setCur(blk *Block) {
	b.cur = blk
	b.sealed = false
}

// goTo ends the current block with a Normal edge to blk and continues there.
func (b *builder) goTo(blk *Block) {
	if !b.deadEnd() {
		b.edge(b.cur, blk, Normal, nil)
	}
	b.setCur(blk)
}

// add appends n to the current block. In an exception region a node that
// may raise gets a block of its own with an Exception edge to the handler.
func (b *builder) add(n ast.Node) {
	if b.sealed {
		b.goTo(b.newBlock("body"))
	}
	if mayRaise(n) {
		if t := b.target(contException, len(b.frames)); t != b.g.Raise {
			if len(b.cur.Nodes) > 0 {
				b.goTo(b.newBlock("body"))
			}
			b.addNode(b.cur, n)
			b.edge(b.cur, t, Exception, nil)
			b.sealed = true
			return
		}
	}
	b.addNode(b.cur, n)
}

// target resolves where leaving by c goes, looking at frames[:depth] from
// the innermost out.
func (b *builder) target(c cont, depth int) *Block {
	for i := depth - 1; i >= 0; i-- {
		f := b.frames[i]
		switch f.kind {
		case loopFrame:
			if c == contBreak {
				return f.after
			}
			if c == contContinue {
				return f.head
			}
		case exceptFrame:
			if c == contException {
				return f.dispatch
			}
		case finallyFrame, withFrame:
			if f.kind == withFrame && c == contException && !f.suppress && f.conts[c] == nil {
				// __exit__ runs and the exception goes on: only worth a
				// block if something outside catches it.
				if out := b.target(c, i); out == b.g.Raise {
					return out
				}
			}
			if f.conts[c] == nil {
				kind := "finally"
				if f.kind == withFrame {
					kind = "with-exit"
				}
				f.conts[c] = b.newBlock(kind)
			}
			return f.conts[c]
		}
	}
	if c == contException {
		return b.g.Raise
	}
	// return, and break/continue outside any loop (a syntax error) leave
	// the body.
	return b.g.Exit
}

// jump ends the current block with a jump by c and continues in a fresh
// unreachable block.
func (b *builder) jump(c cont) {
	if b.deadEnd() {
		return // nothing runs here; don't create a copy of a finally for it
	}
	b.edge(b.cur, b.target(c, len(b.frames)), contEdge[c], nil)
	b.setCur(b.newBlock("unreachable"))
}

// deadEnd reports whether the current block is an empty block nothing
// reaches (the code after a jump, before any node lands there).
func (b *builder) deadEnd() bool {
	return b.cur != b.g.Entry && len(b.cur.Nodes) == 0 && len(b.cur.Preds) == 0
}

func (b *builder) push(f *frame) { b.frames = append(b.frames, f) }

func (b *builder) pop() { b.frames = b.frames[:len(b.frames)-1] }

// build lays out the body of fn.
func (b *builder) build(fn ast.Node) {
	switch f := fn.(type) {
	case *ast.Module:
		b.stmts(f.Body)
	case *ast.Interactive:
		b.stmts(f.Body)
	case *ast.FunctionDef:
		b.stmts(f.Body)
	case *ast.AsyncFunctionDef:
		b.stmts(f.Body)
	case *ast.ClassDef:
		b.stmts(f.Body)
	case *ast.Lambda:
		b.lambda(f)
		return
	case *ast.ListComp:
		b.comprehension(f, f.Generators, nil, f.Elt)
		return
	case *ast.SetComp:
		b.comprehension(f, f.Generators, nil, f.Elt)
		return
	case *ast.GeneratorExp:
		b.comprehension(f, f.Generators, nil, f.Elt)
		return
	case *ast.DictComp:
		b.comprehension(f, f.Generators, f.Key, f.Value)
		return
	}
	b.edge(b.cur, b.g.Exit, Normal, nil)
}

// finish drops empty forwarding blocks, orders and numbers the blocks and
// marks reachability.
func (b *builder) finish() *Graph {
	g := b.g
	for _, blk := range b.blocks[1:] {
		if removable(blk) {
			bypass(blk)
		}
	}
	var blkBuf [16]*Block
	markReachable(g, blkBuf[:0])
	if b.transient {
		g.Blocks = b.alloc.graphBlocks[:0]
	} else {
		g.Blocks = make([]*Block, 0, len(b.blocks)+2)
	}
	g.Exit.Index, g.Raise.Index = -1, -1 // placed last, by hand
	var stackBuf [16]dfsItem
	stack := stackBuf[:0]
	mark := len(g.Blocks)
	g.Blocks, stack = reversePostorder(g.Entry, g.Blocks, stack)
	reverse(g.Blocks[mark:])
	for _, blk := range b.blocks {
		if !blk.Reachable && blk.Index >= 0 {
			mark = len(g.Blocks)
			g.Blocks, stack = reversePostorder(blk, g.Blocks, stack)
			reverse(g.Blocks[mark:])
		}
	}
	g.Blocks = append(g.Blocks, g.Exit, g.Raise)
	for i, blk := range g.Blocks {
		blk.Index = i
	}
	if b.transient {
		b.alloc.graphBlocks = g.Blocks[:0]
	}
	if !b.reuse {
		for _, blk := range g.Blocks {
			sortPreds(blk.Preds)
		}
	} else {
		// compact orders predecessors the same way.
		compact(g, b.alloc)
		b.alloc.blockList, b.alloc.frames = b.blocks[:0], b.frames[:0]
	}
	return g
}

// compact moves the graph into exactly sized arrays (one each for blocks,
// edges, edge lists and node lists), leaving the building slabs, with
// their slack and removed blocks, to the garbage collector. Predecessor
// lists come out ordered by the source block's index.
func compact(g *Graph, s *scratch) {
	nEdges, nNodes := 0, 0
	for _, old := range g.Blocks {
		nEdges += len(old.Succs)
		nNodes += len(old.Nodes)
	}
	blocks := make([]Block, len(g.Blocks))
	edges := make([]Edge, nEdges)
	lists := make([]*Edge, 2*nEdges)
	nodes := make([]ast.Node, nNodes)
	indegree := s.ints(len(g.Blocks))
	for i, old := range g.Blocks {
		nb := &blocks[i]
		nb.Index, nb.Kind, nb.Reachable = i, old.Kind, old.Reachable
		if k := len(old.Nodes); k > 0 {
			nb.Nodes = nodes[:k:k]
			copy(nb.Nodes, old.Nodes)
			nodes = nodes[k:]
		}
		for _, e := range old.Succs {
			indegree[e.To.Index]++
		}
	}
	for i := range blocks {
		if k := int(indegree[i]); k > 0 {
			blocks[i].Preds = lists[:0:k]
			lists = lists[k:]
		}
	}
	for i, old := range g.Blocks {
		nb := &blocks[i]
		if k := len(old.Succs); k > 0 {
			nb.Succs = lists[:0:k]
			lists = lists[k:]
		}
		for _, e := range old.Succs {
			ne := &edges[0]
			edges = edges[1:]
			*ne = Edge{From: nb, To: &blocks[e.To.Index], Kind: e.Kind, Cond: e.Cond}
			nb.Succs = append(nb.Succs, ne)
			ne.To.Preds = append(ne.To.Preds, ne)
		}
	}
	for i := range blocks {
		g.Blocks[i] = &blocks[i]
	}
	n := len(blocks)
	g.Entry, g.Exit, g.Raise = &blocks[0], &blocks[n-2], &blocks[n-1]
}

// sortPreds orders a predecessor list by the source block's index, and
// edges from the same block by their order in its Succs.
func sortPreds(es []*Edge) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && predAfter(es[j-1], es[j]); j-- {
			es[j-1], es[j] = es[j], es[j-1]
		}
	}
}

// predAfter reports whether edge a sorts after edge b in a predecessor
// list: by source block, then by order in the source's Succs.
func predAfter(a, b *Edge) bool {
	if a.From != b.From {
		return a.From.Index > b.From.Index
	}
	return slices.Index(a.From.Succs, a) > slices.Index(a.From.Succs, b)
}

type dfsItem struct {
	blk  *Block
	next int
}

// reversePostorder appends to out, in postorder, the blocks reachable from
// root that are not placed yet (Index >= 0 means not placed; placing sets
// it to -2); the caller reverses the appended part. The last successor is
// explored first, so that the first one comes first in the reversed order
// (the then-branch before the else).
func reversePostorder(root *Block, out []*Block, stack []dfsItem) ([]*Block, []dfsItem) {
	if root.Index < 0 {
		return out, stack
	}
	root.Index = -2
	stack = append(stack[:0], dfsItem{root, 0})
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		if top.next < len(top.blk.Succs) {
			to := top.blk.Succs[len(top.blk.Succs)-1-top.next].To
			top.next++
			if to.Index >= 0 {
				to.Index = -2
				stack = append(stack, dfsItem{to, 0})
			}
			continue
		}
		out = append(out, top.blk)
		stack = stack[:len(stack)-1]
	}
	return out, stack
}

func reverse(bs []*Block) {
	for i, j := 0, len(bs)-1; i < j; i, j = i+1, j-1 {
		bs[i], bs[j] = bs[j], bs[i]
	}
}

// removable reports whether blk is an empty block that only forwards (or
// an empty dead end nothing reaches).
func removable(blk *Block) bool {
	if len(blk.Nodes) > 0 {
		return false
	}
	if len(blk.Succs) == 0 {
		return len(blk.Preds) == 0
	}
	return len(blk.Succs) == 1 && blk.Succs[0].Kind == Normal && blk.Succs[0].To != blk
}

// bypass redirects blk's predecessors to its successor and detaches it.
func bypass(blk *Block) {
	blk.Index = -1
	if len(blk.Succs) == 0 {
		return
	}
	out := blk.Succs[0]
	to := out.To
	to.Preds = removeEdge(to.Preds, out)
	for _, e := range blk.Preds {
		dup := false
		for _, s := range e.From.Succs {
			if s != e && s.To == to && s.Kind == e.Kind && s.Cond == e.Cond {
				dup = true
				break
			}
		}
		if dup {
			e.From.Succs = removeEdge(e.From.Succs, e)
			continue
		}
		e.To = to
		to.Preds = append(to.Preds, e)
	}
	blk.Preds, blk.Succs = nil, nil
}

func removeEdge(es []*Edge, e *Edge) []*Edge {
	for i, x := range es {
		if x == e {
			return append(es[:i:i], es[i+1:]...)
		}
	}
	return es
}

// markReachable sets Reachable on every block reachable from Entry.
func markReachable(g *Graph, stack []*Block) {
	stack = append(stack, g.Entry)
	g.Entry.Reachable = true
	for len(stack) > 0 {
		blk := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, e := range blk.Succs {
			if !e.To.Reachable {
				e.To.Reachable = true
				stack = append(stack, e.To)
			}
		}
	}
}
