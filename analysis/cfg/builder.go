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
}

// maxFinallyCopies bounds the nesting of finally bodies inside finally
// bodies that get a copy per continuation; deeper ones share one copy, so
// the graph stays linear in the size of the code.
const maxFinallyCopies = 2

func newBuilder(fn ast.Node, opts Options) *builder {
	b := &builder{opts: opts}
	b.g = &Graph{Func: fn}
	b.g.Entry = b.newBlock("entry")
	b.g.Exit = &Block{Kind: "exit"}
	b.g.Raise = &Block{Kind: "raise"}
	b.cur = b.g.Entry
	return b
}

func (b *builder) newBlock(kind string) *Block {
	blk := &Block{Kind: kind, Index: len(b.blocks)}
	b.blocks = append(b.blocks, blk)
	return blk
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
	e := &Edge{From: from, To: to, Kind: kind, Cond: c}
	from.Succs = append(from.Succs, e)
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
			b.cur.Nodes = append(b.cur.Nodes, n)
			b.edge(b.cur, t, Exception, nil)
			b.sealed = true
			return
		}
	}
	b.cur.Nodes = append(b.cur.Nodes, n)
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
	g.Blocks = make([]*Block, 0, len(b.blocks)+2)
	order := func(root *Block) {
		for _, blk := range reversePostorder(root) {
			if blk != g.Exit && blk != g.Raise {
				g.Blocks = append(g.Blocks, blk)
			}
		}
	}
	markReachable(g)
	g.Exit.Index, g.Raise.Index = -1, -1 // never placed by order
	order(g.Entry)
	for _, blk := range b.blocks {
		if !blk.Reachable && blk.Index >= 0 {
			order(blk)
		}
	}
	g.Blocks = append(g.Blocks, g.Exit, g.Raise)
	for i, blk := range g.Blocks {
		blk.Index = i
	}
	return g
}

// reversePostorder lists the blocks reachable from root that are not
// placed yet (Index >= 0 marks "not placed"; placed blocks get Index -2),
// in reverse postorder.
func reversePostorder(root *Block) []*Block {
	if root.Index < 0 {
		return nil
	}
	type item struct {
		blk  *Block
		next int
	}
	var post []*Block
	root.Index = -2
	stack := []item{{root, 0}}
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		if top.next < len(top.blk.Succs) {
			// Last successor first, so that the first one comes first in
			// the reversed order (the then-branch before the else).
			to := top.blk.Succs[len(top.blk.Succs)-1-top.next].To
			top.next++
			if to.Index >= 0 {
				to.Index = -2
				stack = append(stack, item{to, 0})
			}
			continue
		}
		post = append(post, top.blk)
		stack = stack[:len(stack)-1]
	}
	for i, j := 0, len(post)-1; i < j; i, j = i+1, j-1 {
		post[i], post[j] = post[j], post[i]
	}
	return post
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
func markReachable(g *Graph) {
	stack := []*Block{g.Entry}
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
