package taint

import (
	"math"

	"github.com/kraitsec/krait/analysis/cfg"
)

// wtoItem is one element of a weak topological order laid out flat: a
// block, or the head of a component (a loop) whose members are the items
// up to end.
type wtoItem struct {
	blk  int32 // block index
	end  int32 // for a component head, the index past its last member
	comp bool
}

// weakTopoOrder orders the blocks reachable from g.Entry as Bourdoncle's
// weak topological order: every edge goes forward in the order except
// those into the head of a component containing their source (loop back
// edges). Iterating components innermost first to a fixpoint is the
// recursive iteration strategy of abstract interpretation; it settles each
// loop (widening at its head) before the code after it runs. pos gives
// each block's place in items (-1: unreachable).
func weakTopoOrder(g *cfg.Graph, items []wtoItem, pos []int32) ([]wtoItem, []int32) {
	if cap(pos) < len(g.Blocks) {
		pos = make([]int32, len(g.Blocks))
	}
	pos = pos[:len(g.Blocks)]
	if !hasLoop(g) {
		// The blocks are listed in reverse postorder: without a back
		// edge that is already the order, with no component.
		for i, b := range g.Blocks {
			pos[i] = -1
			if b.Reachable {
				pos[i] = int32(len(items))
				items = append(items, wtoItem{blk: int32(i), end: int32(len(items)) + 1})
			}
		}
		return items, pos
	}
	w := wtoBuilder{g: g, dfn: make([]int32, len(g.Blocks))}
	var top []wtoNode
	w.visit(int32(g.Entry.Index), &top)
	reverseNodes(top)
	items = flattenWTO(top, items)
	for i := range pos {
		pos[i] = -1
	}
	for i, it := range items {
		pos[it.blk] = int32(i)
	}
	return items, pos
}

// hasLoop reports whether an edge between reachable blocks goes back in
// the graph's reverse postorder (a loop).
func hasLoop(g *cfg.Graph) bool {
	for _, b := range g.Blocks {
		if !b.Reachable {
			continue
		}
		for _, e := range b.Succs {
			if e.To.Index <= b.Index {
				return true
			}
		}
	}
	return false
}

type wtoNode struct {
	blk  int32
	comp bool
	sub  []wtoNode
}

type wtoBuilder struct {
	g     *cfg.Graph
	dfn   []int32 // 0: not visited; done: placed
	num   int32
	stack []int32
}

const wtoDone = math.MaxInt32

// visit is Bourdoncle's algorithm: it places v (alone or as the head of
// a component) at the front of partition, which is built back to front,
// and returns the smallest depth-first number reachable from v.
func (w *wtoBuilder) visit(v int32, partition *[]wtoNode) int32 {
	w.stack = append(w.stack, v)
	w.num++
	w.dfn[v] = w.num
	head := w.num
	loop := false
	succs := w.g.Blocks[v].Succs
	// Successors are visited last first: the partition is built back to
	// front, so the first successor (a then-branch) comes first.
	for i := len(succs) - 1; i >= 0; i-- {
		t := int32(succs[i].To.Index)
		m := w.dfn[t]
		if m == 0 {
			m = w.visit(t, partition)
		}
		if m <= head {
			head = m
			loop = true
		}
	}
	if head != w.dfn[v] {
		return head
	}
	w.dfn[v] = wtoDone
	top := w.stack[len(w.stack)-1]
	w.stack = w.stack[:len(w.stack)-1]
	if !loop {
		*partition = append(*partition, wtoNode{blk: v})
		return head
	}
	for top != v {
		w.dfn[top] = 0
		top = w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
	}
	*partition = append(*partition, w.component(v))
	return head
}

// component builds the component headed by v from the blocks its
// successors reach that are not placed yet.
func (w *wtoBuilder) component(v int32) wtoNode {
	var sub []wtoNode
	succs := w.g.Blocks[v].Succs
	for i := len(succs) - 1; i >= 0; i-- {
		t := int32(succs[i].To.Index)
		if w.dfn[t] == 0 {
			w.visit(t, &sub)
		}
	}
	reverseNodes(sub)
	return wtoNode{blk: v, comp: true, sub: sub}
}

func reverseNodes(ns []wtoNode) {
	for i, j := 0, len(ns)-1; i < j; i, j = i+1, j-1 {
		ns[i], ns[j] = ns[j], ns[i]
	}
}

func flattenWTO(ns []wtoNode, out []wtoItem) []wtoItem {
	for _, n := range ns {
		at := len(out)
		out = append(out, wtoItem{blk: n.blk, comp: n.comp})
		if n.comp {
			out = flattenWTO(n.sub, out)
		}
		out[at].end = int32(len(out))
	}
	return out
}
