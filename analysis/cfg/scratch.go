package cfg

import "github.com/kraitsec/krait/python/ast"

// scratch is a Builder's working memory. Blocks, edges and their lists are
// handed out from chunks while a graph is built; the finished graph is
// copied into exactly sized arrays (see compact), so the chunks can be
// handed out again for the next graph.
type scratch struct {
	blocks    slab[Block]
	edges     slab[Edge]
	edgeLists slab[*Edge]
	nodeLists slab[ast.Node]
	counts    []int32
	blockList []*Block
	frames    []*frame
	// For BuildTransient: the graph and its block list.
	graph       Graph
	graphBlocks []*Block
}

func (s *scratch) reset() {
	s.blocks.reset()
	s.edges.reset()
	s.edgeLists.reset()
	s.nodeLists.reset()
}

// block returns a zeroed block.
func (s *scratch) block() *Block {
	blk := &s.blocks.take(1)[:1][0]
	*blk = Block{}
	return blk
}

// edge returns an edge to be overwritten.
func (s *scratch) edge() *Edge { return &s.edges.take(1)[:1][0] }

// edgeList returns an empty list with room for two edges; appending more
// moves it out of the slab.
func (s *scratch) edgeList() []*Edge { return s.edgeLists.take(2) }

// nodeList returns an empty list with room for two nodes.
func (s *scratch) nodeList() []ast.Node { return s.nodeLists.take(2) }

// ints returns n zeroed counters.
func (s *scratch) ints(n int) []int32 {
	if cap(s.counts) < n {
		s.counts = make([]int32, n)
	}
	s.counts = s.counts[:n]
	clear(s.counts)
	return s.counts
}

// slab hands out runs of T from chunks that double in size (up to
// maxChunk elements) and are kept for reuse after reset.
type slab[T any] struct {
	chunks [][]T
	ci     int // current chunk
	pos    int // next free element in it
}

const (
	firstChunk = 8
	maxChunk   = 1024
)

func (s *slab[T]) reset() { s.ci, s.pos = 0, 0 }

// take returns an empty slice with capacity n (n <= firstChunk).
func (s *slab[T]) take(n int) []T {
	for s.ci < len(s.chunks) && s.pos+n > len(s.chunks[s.ci]) {
		s.ci++
		s.pos = 0
	}
	if s.ci == len(s.chunks) {
		size := firstChunk
		if k := len(s.chunks); k > 0 {
			size = min(2*len(s.chunks[k-1]), maxChunk)
		}
		s.chunks = append(s.chunks, make([]T, size))
	}
	c := s.chunks[s.ci]
	out := c[s.pos : s.pos : s.pos+n]
	s.pos += n
	return out
}
