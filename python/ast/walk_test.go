package ast

import (
	"fmt"
	"strings"
	"testing"
)

// visit is one Visit call: a node's Python class and depth, or the nil
// call that closes a node's children.
type visit struct {
	name  string
	depth int
}

type recorder struct {
	depth int
	log   *[]visit
}

func (r recorder) Visit(n Node) Visitor {
	if n == nil {
		*r.log = append(*r.log, visit{"<end>", r.depth - 1})
		return nil
	}
	*r.log = append(*r.log, visit{pythonName(n), r.depth})
	return recorder{r.depth + 1, r.log}
}

func oracleOrder(doc oracleDoc) []visit {
	var want []visit
	for _, w := range doc.Walk {
		want = append(want, visit{w[0].(string), int(w[1].(float64))})
	}
	return want
}

// TestWalkOrder checks that Walk visits every node python3.13's tree has,
// in pre-order with fields in order, and closes each visited node with
// exactly one Visit(nil) after its children.
func TestWalkOrder(t *testing.T) {
	for name, doc := range loadFixtures(t) {
		t.Run(name, func(t *testing.T) {
			var log []visit
			Walk(recorder{log: &log}, buildTree(t, doc))
			var got []visit
			ends, open := 0, 0
			for _, v := range log {
				if v.name == "<end>" {
					ends++
					if open--; open < 0 {
						t.Fatal("Visit(nil) without an open node")
					}
					continue
				}
				open++
				got = append(got, v)
			}
			want := oracleOrder(doc)
			if len(want) < 20 {
				t.Fatalf("fixture too small: %d nodes", len(want))
			}
			if ends != len(got) || open != 0 {
				t.Errorf("%d nodes visited but %d Visit(nil) calls", len(got), ends)
			}
			if g, w := fmt.Sprint(got), fmt.Sprint(want); g != w {
				i := firstDiff(g, w)
				t.Errorf("visit order differs at byte %d\n  go:     …%s…\n  python: …%s…", i, excerpt(g, i), excerpt(w, i))
			}
		})
	}
}

// TestInspectPrunes checks that returning false from Inspect's function
// skips exactly the node's subtree: stopping below depth d must visit the
// nodes python3.13 puts at depth <= d.
func TestInspectPrunes(t *testing.T) {
	for name, doc := range loadFixtures(t) {
		tree := buildTree(t, doc)
		want := oracleOrder(doc)
		for _, limit := range []int{0, 1, 2, 3, 5} {
			var wantNames []string
			for _, v := range want {
				if v.depth <= limit {
					wantNames = append(wantNames, v.name)
				}
			}
			var got []string
			depth := 0
			Inspect(tree, func(n Node) bool {
				if n == nil {
					depth--
					return false
				}
				got = append(got, pythonName(n))
				if depth == limit {
					return false // no children, so no closing nil call
				}
				depth++
				return true
			})
			if g, w := strings.Join(got, " "), strings.Join(wantNames, " "); g != w {
				t.Errorf("%s, depth <= %d: Inspect visited %d nodes, want %d\n  go:     %.200s\n  python: %.200s", name, limit, len(got), len(wantNames), g, w)
			}
		}
	}
}

// TestWalkCoversNodeTypes makes sure the fixtures exercise nearly every
// node type, so Walk and Dump are tested on all of them.
func TestWalkCoversNodeTypes(t *testing.T) {
	seen := map[string]int{}
	for _, doc := range loadFixtures(t) {
		Inspect(buildTree(t, doc), func(n Node) bool {
			if n != nil {
				seen[pythonName(n)]++
			}
			return true
		})
	}
	// Only the other top-level modes (eval, single, func_type) are absent:
	// ast.parse of a file always gives a Module.
	notInFiles := map[string]bool{"Interactive": true, "Expression": true, "FunctionType": true}
	for _, n := range allNodes() {
		name := pythonName(n)
		if seen[name] == 0 && !notInFiles[name] {
			t.Errorf("no fixture has a %s node", name)
		}
	}
}

// TestWalkHandBuilt spells out the visit order of a small hand-built tree:
// `@d\ndef f(a, *, k=1): return a + k`.
func TestWalkHandBuilt(t *testing.T) {
	tree := &Module{Body: []Stmt{&FunctionDef{
		Name: "f",
		Args: &Arguments{
			Args:       []*Arg{{Arg: "a"}},
			Kwonlyargs: []*Arg{{Arg: "k"}},
			KwDefaults: []Expr{&Constant{Value: int64(1)}},
		},
		Body: []Stmt{&Return{Value: &BinOp{
			Left:  &Name{ID: "a", Ctx: Load},
			Op:    Add,
			Right: &Name{ID: "k", Ctx: Load},
		}}},
		DecoratorList: []Expr{&Name{ID: "d", Ctx: Load}},
	}}}
	var log []visit
	Walk(recorder{log: &log}, tree)
	var got []string
	for _, v := range log {
		got = append(got, fmt.Sprintf("%s@%d", v.name, v.depth))
	}
	want := "Module@0 FunctionDef@1 arguments@2 arg@3 <end>@3 arg@3 <end>@3 Constant@3 <end>@3 <end>@2 " +
		"Return@2 BinOp@3 Name@4 <end>@4 Name@4 <end>@4 <end>@3 <end>@2 Name@2 <end>@2 <end>@1 <end>@0"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("Walk visited\n  %s\nwant\n  %s", g, want)
	}
	n := 0
	Inspect(tree, func(x Node) bool {
		if x != nil {
			n++
		}
		return true
	})
	if n != 11 {
		t.Errorf("Inspect saw %d nodes, want 11", n)
	}
}
