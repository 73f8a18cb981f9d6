package resolve

import (
	"fmt"
	"runtime"
	"sort"
	"sync/atomic"

	"github.com/kraitsec/krait/python/ast"
)

// treeCache tracks the loaded trees of detached modules, so a client can
// keep their total size under a budget (Trim).
type treeCache struct {
	clock    uint64
	loaded   map[*Module]bool
	used     int // source bytes of the loaded detached modules
	onError  func(m *Module, err error)
	loads    int           // trees parsed again
	parsed   int           // their source bytes
	inFlight int           // prefetches started and not yet taken
	ready    int           // loads a prefetch had already done
	waited   int           // source bytes of loads the caller parsed or waited for
	wasted   int           // prefetches dropped unused
	parsers  chan struct{} // one token per prefetch parsing now
	pending  []*Module     // prefetches in start order (some already taken)
}

// pendingTree is a prefetch in progress.
type pendingTree struct {
	done  chan struct{}
	tree  *ast.Module
	nodes *nodeOrder
	err   error
	born  uint64 // cache clock when requested
	// claimed by whoever parses it: the prefetching goroutine once it has
	// a parser, or the analysis when it needs the tree before that.
	claimed atomic.Bool
}

// staleAfter is how many tree uses a finished prefetch waits to be taken
// before a new request may replace it (the worklist reaches most of its
// predictions within a few dozen units).
const staleAfter = 4096

// maxInFlight bounds prefetched trees not yet taken (their memory is
// outside the cache's budget).
const maxInFlight = 32

// Prefetch starts parsing a detached module's tree on another goroutine,
// so that a later use finds it ready. Call it from the goroutine that
// uses the program; it does nothing when the tree is loaded, already
// coming, or too many are.
func (m *Module) Prefetch() {
	p := m.prog
	if p == nil || m.tree != nil || m.load == nil || m.pending != nil {
		return
	}
	if p.trees.inFlight >= maxInFlight && !p.trees.dropStalePrefetch() {
		return
	}
	pend := &pendingTree{done: make(chan struct{}), born: p.trees.clock}
	m.pending = pend
	p.trees.inFlight++
	p.trees.pending = append(p.trees.pending, m)
	if p.trees.parsers == nil {
		// Parse on the cores the analysis (one goroutine) leaves free.
		p.trees.parsers = make(chan struct{}, max(1, runtime.GOMAXPROCS(0)-1))
	}
	parsers := p.trees.parsers
	go func() {
		defer close(pend.done)
		parsers <- struct{}{}
		defer func() { <-parsers }()
		if !pend.claimed.CompareAndSwap(false, true) {
			return // the analysis needed it first and parsed it itself
		}
		defer func() {
			if r := recover(); r != nil {
				pend.err = fmt.Errorf("parsing %s again failed: %v", m.Filename, r)
			}
		}()
		pend.tree, pend.nodes, pend.err = m.parseAgain()
	}()
}

// SetLoader makes the module detachable: once its tree is dropped (Detach,
// or Trim after linking), it is parsed again with load the next time a
// node is asked for. size is the file's source size, for Trim's budget.
func (m *Module) SetLoader(load Loader, size int) {
	m.load, m.size = load, size
}

// Detach drops the tree of a module that has a loader; its units and
// classes keep what was collected. Before linking, call it from one
// goroutine per module.
func (m *Module) Detach() {
	if m.load != nil {
		m.unload()
	}
}

// OnLoadError sets what is told when a detached module cannot be parsed
// again (its units then see empty bodies).
func (p *Program) OnLoadError(report func(m *Module, err error)) {
	p.trees.onError = report
}

// Loaded reports whether the module's tree is in memory.
func (m *Module) Loaded() bool { return m.tree != nil }

func (m *Module) unload() {
	if m.tree == nil {
		return
	}
	if p := m.prog; p != nil {
		for _, f := range m.units {
			delete(p.FuncOf, f.node)
		}
		for _, cl := range m.classes {
			delete(p.ClassOf, cl.node)
		}
		if p.trees.loaded[m] {
			delete(p.trees.loaded, m)
			p.trees.used -= m.size
		}
	}
	m.tree = nil
	for _, f := range m.units {
		f.node = nil
	}
	for _, cl := range m.classes {
		cl.node = nil
	}
}

// ensure loads a detached module's tree and binds its units and classes
// to the new nodes (collection order is the same for the same source).
func (m *Module) ensure() {
	p := m.prog
	if m.tree != nil {
		if p != nil {
			p.trees.clock++
			m.lastUse = p.trees.clock
		}
		return
	}
	if m.load == nil || p == nil {
		return
	}
	var tree *ast.Module
	var nodes *nodeOrder
	var err error
	if pend := m.pending; pend != nil {
		m.pending = nil
		p.trees.inFlight--
		if pend.claimed.CompareAndSwap(false, true) {
			// Still waiting for a parser: faster to parse it here.
			tree, nodes, err = m.parseAgain()
			p.trees.waited += m.size
		} else {
			select {
			case <-pend.done:
				p.trees.ready++
			default:
				<-pend.done
				p.trees.waited += m.size
			}
			tree, nodes, err = pend.tree, pend.nodes, pend.err
		}
	} else {
		tree, nodes, err = m.parseAgain()
		p.trees.waited += m.size
	}
	p.trees.loads++
	p.trees.parsed += m.size
	if err == nil {
		err = m.rebind(nodes)
	}
	if err != nil {
		if p.trees.onError != nil {
			p.trees.onError(m, err)
		}
		tree = m.stubs()
	}
	m.tree = tree
	if p.trees.loaded == nil {
		p.trees.loaded = map[*Module]bool{}
	}
	p.trees.loaded[m] = true
	p.trees.used += m.size
	p.trees.clock++
	m.lastUse = p.trees.clock
	p.index(m)
}

// parseAgain loads the tree and lists its definitions in collection order.
// It touches nothing shared, so it may run on another goroutine.
func (m *Module) parseAgain() (*ast.Module, *nodeOrder, error) {
	tree, err := m.load()
	if err != nil {
		return nil, nil, err
	}
	return tree, listNodes(tree), nil
}

func (m *Module) rebind(nodes *nodeOrder) error {
	if len(nodes.units) != len(m.units) || len(nodes.classes) != len(m.classes) {
		return fmt.Errorf("%s changed during the scan (%d definitions, %d before)", m.Filename, len(nodes.units)+len(nodes.classes), len(m.units)+len(m.classes))
	}
	for i, n := range nodes.units {
		if i > 0 && (unitName(n) != m.units[i].Name || unitKind(n) != m.units[i].Kind) {
			return fmt.Errorf("%s changed during the scan (%s is no longer at its place)", m.Filename, m.units[i].QName)
		}
	}
	for i, n := range nodes.units {
		m.units[i].node = n
	}
	for i, n := range nodes.classes {
		if n.Name != m.classes[i].Name {
			return fmt.Errorf("%s changed during the scan (class %s is no longer at its place)", m.Filename, m.classes[i].QName)
		}
	}
	for i, n := range nodes.classes {
		m.classes[i].node = n
	}
	return nil
}

// stubs gives every unit and class an empty node of its kind, for a file
// that could not be parsed again.
func (m *Module) stubs() *ast.Module {
	tree := &ast.Module{}
	for _, f := range m.units {
		args := &ast.Arguments{}
		switch f.Kind {
		case ModuleBody:
			f.node = tree
		case Def:
			f.node = &ast.FunctionDef{Pos: f.Pos, Name: f.Name, Args: args, Body: []ast.Stmt{&ast.Pass{Pos: f.Pos}}}
		case AsyncDef:
			f.node = &ast.AsyncFunctionDef{Pos: f.Pos, Name: f.Name, Args: args, Body: []ast.Stmt{&ast.Pass{Pos: f.Pos}}}
		case Lambda:
			f.node = &ast.Lambda{Pos: f.Pos, Args: args, Body: &ast.Constant{Pos: f.Pos}}
		}
	}
	for _, cl := range m.classes {
		cl.node = &ast.ClassDef{Name: cl.Name}
	}
	return tree
}

// dropStalePrefetch forgets the oldest finished prefetch nobody took, to
// make room for a new one.
func (c *treeCache) dropStalePrefetch() bool {
	for len(c.pending) > 0 {
		m := c.pending[0]
		if m.pending == nil {
			c.pending = c.pending[1:] // taken already
			continue
		}
		if c.clock-m.pending.born < staleAfter {
			return false
		}
		if !m.pending.claimed.CompareAndSwap(false, true) {
			// Being parsed or parsed: drop it once it is done.
			select {
			case <-m.pending.done:
			default:
				return false
			}
		}
		m.pending = nil
		c.pending = c.pending[1:]
		c.inFlight--
		c.wasted++
		return true
	}
	return false
}

// TreeLoads reports how many trees were parsed again and their source
// bytes, how many of them a prefetch had ready, the source bytes of those
// the caller had to parse or wait for, and the prefetches dropped unused.
func (p *Program) TreeLoads() (n, bytes, prefetched, waitedBytes, wasted int) {
	return p.trees.loads, p.trees.parsed, p.trees.ready, p.trees.waited, p.trees.wasted
}

// TreeBytes is the source size of the detached modules whose trees are loaded.
func (p *Program) TreeBytes() int { return p.trees.used }

// Trim detaches loaded trees of detached modules, least recently used
// first, until their source size is within budget less an eighth (so the
// loads that follow do not each sort the cache again); modules for which
// pinned reports true are kept (their nodes are in use).
func (p *Program) Trim(budget int, pinned func(*Module) bool) {
	if p.trees.used <= budget {
		return
	}
	budget -= budget / 8
	list := make([]*Module, 0, len(p.trees.loaded))
	for m := range p.trees.loaded {
		list = append(list, m)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].lastUse < list[j].lastUse })
	for _, m := range list {
		if p.trees.used <= budget {
			break
		}
		if pinned != nil && pinned(m) {
			continue
		}
		m.unload()
	}
}
