package taint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kraitsec/krait/analysis/cfg"
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/parser"
)

// wtoSources are bodies with every kind of loop nesting and jump the
// interpreter meets.
var wtoSources = []string{
	"pass\n",
	"while a:\n    b()\n",
	"while True:\n    if a:\n        break\n    b()\n",
	"for x in xs:\n    for y in ys:\n        if y:\n            continue\n        f(x, y)\n    else:\n        g()\n",
	"while a and not b:\n    try:\n        f()\n    except E as e:\n        continue\n    finally:\n        g()\n",
	"for x in xs:\n    with m() as v:\n        if v:\n            return x\n        while c:\n            c = h(c)\n",
	"try:\n    for x in xs:\n        raise E(x)\nexcept E:\n    pass\nelse:\n    r = 1 if a else 2\n",
	"match s:\n    case [x, *_] if x:\n        while x:\n            x = x - 1\n    case _:\n        pass\n",
	"def f():\n    yield 1\nwhile 1:\n    while 2:\n        while 3:\n            break\n        break\n    break\n",
}

// checkWTO verifies the properties the interpreter relies on: every block
// reachable from the entry is placed once; components nest; every edge
// goes forward in the order except one into the head of a component
// holding its source.
func checkWTO(t *testing.T, name string, g *cfg.Graph) {
	t.Helper()
	items, pos := weakTopoOrder(g, nil, nil)
	seen := map[int32]bool{}
	for i, it := range items {
		if seen[it.blk] {
			t.Fatalf("%s: block %d placed twice", name, it.blk)
		}
		seen[it.blk] = true
		if pos[it.blk] != int32(i) {
			t.Fatalf("%s: pos of block %d is %d, placed at %d", name, it.blk, pos[it.blk], i)
		}
		if it.end <= int32(i) || int(it.end) > len(items) || (!it.comp && it.end != int32(i)+1) {
			t.Fatalf("%s: item %d has end %d", name, i, it.end)
		}
		// A component's members end within it.
		for k := int32(i) + 1; k < it.end; k++ {
			if items[k].end > it.end {
				t.Fatalf("%s: component at %d (end %d) holds item %d ending at %d", name, i, it.end, k, items[k].end)
			}
		}
	}
	for _, b := range g.Blocks {
		if b.Reachable != seen[int32(b.Index)] {
			t.Fatalf("%s: block %d reachable %v, placed %v", name, b.Index, b.Reachable, seen[int32(b.Index)])
		}
		if !b.Reachable {
			continue
		}
		for _, e := range b.Succs {
			from, to := pos[e.From.Index], pos[e.To.Index]
			if to > from {
				continue
			}
			head := items[to]
			if !head.comp || from >= head.end {
				t.Fatalf("%s: edge b%d -> b%d goes back to a block that is not the head of a component holding it", name, e.From.Index, e.To.Index)
			}
		}
	}
}

func checkWTOTree(t *testing.T, name string, mod *ast.Module) {
	t.Helper()
	checkWTO(t, name, cfg.New(mod))
	ast.Inspect(mod, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
			checkWTO(t, name, cfg.New(n))
		}
		return true
	})
}

func TestWeakTopoOrder(t *testing.T) {
	for i, src := range wtoSources {
		body := "def unit(a, b, c, xs, ys, s, m, h):\n" + indent(src)
		f, err := parser.Parse("unit.py", []byte(body))
		if err != nil {
			t.Fatalf("source %d: %v", i, err)
		}
		checkWTOTree(t, "source "+body, f.Module)
	}
	// Every Python file of the fixtures.
	n := 0
	filepath.WalkDir(filepath.Join("..", "testdata"), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := parser.Parse(path, src)
		if err != nil {
			return nil // broken fixtures for the checks
		}
		n++
		checkWTOTree(t, path, f.Module)
		return nil
	})
	if n < 100 {
		t.Fatalf("only %d fixture files checked", n)
	}
}

func indent(src string) string {
	var sb strings.Builder
	for _, line := range strings.SplitAfter(src, "\n") {
		if line != "" {
			sb.WriteString("    " + line)
		}
	}
	return sb.String()
}
