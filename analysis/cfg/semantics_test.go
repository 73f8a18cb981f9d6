package cfg

import (
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/parser"
)

// TestGuardEdges checks, on small functions, the edges by which control
// reaches a node: what a barrier-guard analysis reads off the graph.
func TestGuardEdges(t *testing.T) {
	for _, tc := range []struct {
		name, src, node string
		want            []string // the predecessor edges of node's block: "kind cond"
	}{
		{"not call then return", "if not p.isalnum():\n    return\nsink(p)", "sink(p)", []string{"true p.isalnum()"}},
		{"in then return", "if '..' in p:\n    return\nsink(p)", "sink(p)", []string{"false '..' in p"}},
		{"not in then raise", "if p not in ALLOWED:\n    raise ValueError(p)\nsink(p)", "sink(p)", []string{"false p not in ALLOWED"}},
		{"and", "if a and b:\n    sink()", "sink()", []string{"true b"}},
		{"or", "if a or b:\n    sink()", "sink()", []string{"true a", "true b"}},
		{"not and", "if not (a and b):\n    sink()", "sink()", []string{"false a", "false b"}},
		{"else of or", "if a or b:\n    pass\nelse:\n    sink()", "sink()", []string{"false b"}},
		{"double not", "if not not a:\n    sink()", "sink()", []string{"true a"}},
		{"while", "while x:\n    sink()", "sink()", []string{"true x"}},
		{"assert", "assert ok(p)\nsink(p)", "sink(p)", []string{"true ok(p)"}},
		{"abort", "if not p.isalnum():\n    abort(400)\nsink(p)", "sink(p)", []string{"true p.isalnum()"}},
		{"sys.exit", "if not p:\n    sys.exit(1)\nsink(p)", "sink(p)", []string{"true p"}},
		{"continue", "for x in xs:\n    if not x:\n        continue\n    sink(x)", "sink(x)", []string{"true x"}},
		{"break", "while 1:\n    if done():\n        break\n    sink()", "sink()", []string{"false done()"}},
		{"ifexp", "v = p if ok(p) else ''", "p", []string{"true ok(p)"}},
		{"ifexp else", "v = p if ok(p) else ''", "''", []string{"false ok(p)"}},
		{"ifexp and", "v = p if a and b else ''", "''", []string{"false a", "false b"}},
		{"guard", "match v:\n    case str() if ok(v):\n        sink(v)", "sink(v)", []string{"true ok(v)"}},
		{"walrus", "if (m := f(p)) is None:\n    return\nsink(m)", "sink(m)", []string{"false (m := f(p)) is None"}},
		{"isinstance", "if not isinstance(p, int):\n    raise TypeError\nsink(p)", "sink(p)", []string{"true isinstance(p, int)"}},
		{"handler returns", "try:\n    v = int(p)\nexcept ValueError:\n    return\nsink(v)", "sink(v)", []string{"normal"}},
		{"comprehension filter", "[sink(x) for x in xs if not bad(x)]", "sink(x)", []string{"false bad(x)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := graphOf(t, tc.src)
			blk := blockWith(t, g, tc.node)
			var got []string
			for _, e := range blk.Preds {
				s := e.Kind.String()
				if e.Cond != nil {
					s += " " + NodeString(e.Cond)
				}
				got = append(got, s)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("edges into %q: got %q, want %q\n%s", tc.node, got, tc.want, g)
			}
		})
	}
}

// graphOf parses src as the body of a function (with `abort` never
// returning) and builds its graph; a lone comprehension statement gives
// the comprehension's graph.
func graphOf(t *testing.T, src string) *Graph {
	t.Helper()
	body := "def f(p, a, b, v, x, xs):\n    " + strings.ReplaceAll(src, "\n", "\n    ") + "\n"
	mod, err := parser.ParseFile("t.py", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	all := bodies(mod)
	fn := all[1]
	if len(all) > 2 { // a comprehension
		fn = all[2]
	}
	g := NewWithOptions(fn, fixtureOptions)
	checkGraph(t, g)
	return g
}

// blockWith finds the one block holding a node rendered as text.
func blockWith(t *testing.T, g *Graph, text string) *Block {
	t.Helper()
	var found *Block
	for _, blk := range g.Blocks {
		for _, n := range blk.Nodes {
			if NodeString(n) == text {
				if found != nil && found != blk {
					t.Fatalf("%q is in b%d and b%d", text, found.Index, blk.Index)
				}
				found = blk
			}
		}
	}
	if found == nil {
		t.Fatalf("no node %q in\n%s", text, g)
	}
	return found
}

// TestDot checks the graphviz rendering: one node line per block, one edge
// line per edge, quotes and backslashes of the code escaped.
func TestDot(t *testing.T) {
	g := graphOf(t, "if not p.isalnum():\n    abort(400)\nx = \"a\\\"b\" if p else '\\\\'\nsink(p)")
	dot := g.Dot()
	edges := 0
	for _, blk := range g.Blocks {
		edges += len(blk.Succs)
	}
	lines := strings.Split(strings.TrimSpace(dot), "\n")
	if lines[0] != "digraph cfg {" || lines[len(lines)-1] != "}" {
		t.Fatalf("not a digraph:\n%s", dot)
	}
	nodes, arrows := 0, 0
	for _, l := range lines[2 : len(lines)-1] {
		if strings.Contains(l, " -> ") {
			arrows++
		} else {
			nodes++
		}
		// Inside the label every quote is escaped: the line has exactly
		// two unescaped quotes.
		if n := strings.Count(l, `"`) - strings.Count(l, `\"`); n != 2 {
			t.Errorf("badly quoted line: %s", l)
		}
	}
	if nodes != len(g.Blocks) || arrows != edges {
		t.Errorf("%d node lines for %d blocks, %d edge lines for %d edges:\n%s", nodes, len(g.Blocks), arrows, edges, dot)
	}
	if !strings.Contains(dot, `'a\"b'`) || !strings.Contains(dot, `'\\\\'`) {
		t.Errorf("string constants not escaped:\n%s", dot)
	}
}

// TestTruthy checks Python's truth values of the constants the parser
// produces.
func TestTruthy(t *testing.T) {
	for _, tc := range []struct {
		v    any
		want bool
	}{
		{nil, false}, {true, true}, {false, false},
		{int64(0), false}, {int64(-3), true}, {0, false}, {7, true},
		{new(big.Int), false}, {new(big.Int).Lsh(big.NewInt(1), 100), true}, {(*big.Int)(nil), false},
		{0.0, false}, {0.5, true}, {complex(0, 0), false}, {complex(0, 1), true},
		{"", false}, {"x", true}, {ast.Bytes(""), false}, {ast.Bytes("\x00"), true},
		{ast.Ellipsis, true},
	} {
		if got := truthy(tc.v); got != tc.want {
			t.Errorf("truthy(%#v) = %v, want %v", tc.v, got, tc.want)
		}
	}
}
