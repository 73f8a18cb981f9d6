package cfg

import "github.com/kraitsec/krait/python/ast"

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
	alloc  slabs

	// The graph, and first buffers, live in the builder so that a small
	// graph costs one allocation for all of them.
	graph    Graph
	blockBuf [8]*Block
	stackBuf [8]dfsItem
	blkStack [8]*Block
}

// slabs hand out blocks, edges and small slices from chunks, so that a
// graph costs a few allocations rather than several per block. Each chunk
// is twice the previous one of its kind (up to maxChunk), so at most half
// of what a graph allocates goes unused.
type slabs struct {
	blocks                     []Block
	edges                      []Edge
	ptrs                       []*Edge
	nodes                      []ast.Node
	nBlock, nEdge, nPtr, nNode int
}

const maxChunk = 256

func grow(n *int, first int) int {
	*n = min(max(2**n, first), maxChunk)
	return *n
}

func (s *slabs) block() *Block {
	if len(s.blocks) == 0 {
		s.blocks = make([]Block, grow(&s.nBlock, 6))
	}
	blk := &s.blocks[0]
	s.blocks = s.blocks[1:]
	return blk
}

func (s *slabs) edge() *Edge {
	if len(s.edges) == 0 {
		s.edges = make([]Edge, grow(&s.nEdge, 6))
	}
	e := &s.edges[0]
	s.edges = s.edges[1:]
	return e
}

// edgeList returns an empty list with room for two edges (appending more
// reallocates it, leaving the slab alone).
func (s *slabs) edgeList() []*Edge {
	if len(s.ptrs) < 2 {
		s.ptrs = make([]*Edge, grow(&s.nPtr, 12))
	}
	l := s.ptrs[0:0:2]
	s.ptrs = s.ptrs[2:]
	return l
}

// nodeList returns an empty list with room for two nodes.
func (s *slabs) nodeList() []ast.Node {
	if len(s.nodes) < 2 {
		s.nodes = make([]ast.Node, grow(&s.nNode, 8))
	}
	l := s.nodes[0:0:2]
	s.nodes = s.nodes[2:]
	return l
}

// maxFinallyCopies bounds the nesting of finally bodies inside finally
// bodies that get a copy per continuation; deeper ones share one copy, so
// the graph stays linear in the size of the code.
const maxFinallyCopies = 2

func newBuilder(fn ast.Node, opts Options) *builder {
	b := &builder{opts: opts}
	b.graph.Func = fn
	b.g = &b.graph
	b.blocks = b.blockBuf[:0]
	b.g.Entry = b.newBlock("entry")
	b.g.Exit = b.alloc.block()
	b.g.Exit.Kind = "exit"
	b.g.Raise = b.alloc.block()
	b.g.Raise.Kind = "raise"
	b.cur = b.g.Entry
	return b
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
	markReachable(g, b.blkStack[:0])
	g.Blocks = make([]*Block, 0, len(b.blocks)+2)
	g.Exit.Index, g.Raise.Index = -1, -1 // placed last, by hand
	stack := b.stackBuf[:0]
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
	return g
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
