package cfg

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/parser"
)

// stdlibDir finds python3.13's standard library: skipped when absent,
// fatal in CI (CI=true).
func stdlibDir(t testing.TB) string {
	t.Helper()
	home, _ := os.UserHomeDir()
	dirs, _ := filepath.Glob(filepath.Join(home, ".pyenv/versions/3.13*/lib/python3.13"))
	sort.Strings(dirs)
	if len(dirs) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3.13's standard library not found under ~/.pyenv/versions/3.13*")
		}
		t.Skip("python3.13's standard library not found under ~/.pyenv/versions/3.13*; skipping")
	}
	return dirs[0]
}

// stdlibModules parses every .py file of the standard library the parser
// accepts; it returns the trees and the number of files it refused.
func stdlibModules(t testing.TB) ([]*ast.Module, int) {
	dir := stdlibDir(t)
	var mods []*ast.Module
	refused := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".py" {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			refused++
			return nil
		}
		mod, err := parser.ParseFile(path, src)
		if err != nil || mod == nil {
			refused++
			return nil
		}
		mods = append(mods, mod)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return mods, refused
}

// TestStdlibProperties builds the graph of every body in the standard
// library and checks the structural invariants on each.
func TestStdlibProperties(t *testing.T) {
	mods, refused := stdlibModules(t)
	if len(mods) < 1000 {
		t.Fatalf("only %d standard library files parsed (%d refused)", len(mods), refused)
	}
	var graphs, blocks, edges, unreachable, stuck int
	var reused, transient Builder
	for _, mod := range mods {
		for _, body := range bodies(mod) {
			g := New(body)
			if d := sameGraph(g, reused.Build(body)); d != "" {
				t.Errorf("%s: Builder and New differ: %s", bodyTitle(body), d)
			}
			if d := sameGraph(g, transient.BuildTransient(body)); d != "" {
				t.Errorf("%s: BuildTransient and New differ: %s", bodyTitle(body), d)
			}
			graphs++
			blocks += len(g.Blocks)
			sub := &countingT{TB: t}
			checkGraph(sub, g)
			checkNodes(sub, g)
			if !exitsOrLoopsForever(g) {
				t.Errorf("%s: a reachable block reaches neither exit nor raise, and no `while <constant>` explains it", bodyTitle(body))
				stuck++
			}
			for _, blk := range g.Blocks {
				edges += len(blk.Succs)
				if !blk.Reachable {
					unreachable++
				}
			}
			if sub.failed > 0 {
				t.Logf("in %s at %v", bodyTitle(body), posOf(body))
				if t.Failed() && sub.failed > 50 {
					t.FailNow()
				}
			}
		}
	}
	t.Logf("%d files (%d refused by the parser), %d graphs, %d blocks (%d unreachable), %d edges",
		len(mods), refused, graphs, blocks, unreachable, edges)
}

// countingT counts errors reported through it.
type countingT struct {
	testing.TB
	failed int
}

func (c *countingT) Errorf(format string, args ...any) {
	c.failed++
	c.TB.Errorf(format, args...)
}

// exitsOrLoopsForever reports whether every reachable block can reach Exit
// or Raise, or else the body holds a loop on a truthy constant (which may
// legitimately never end).
func exitsOrLoopsForever(g *Graph) bool {
	reaches := map[*Block]bool{g.Exit: true, g.Raise: true}
	stack := []*Block{g.Exit, g.Raise}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, e := range b.Preds {
			if !reaches[e.From] {
				reaches[e.From] = true
				stack = append(stack, e.From)
			}
		}
	}
	for _, blk := range g.Blocks {
		if blk.Reachable && !reaches[blk] {
			return hasConstantLoop(g.Func)
		}
	}
	return true
}

func hasConstantLoop(fn ast.Node) bool {
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if w, ok := n.(*ast.While); ok {
			switch c := w.Test.(type) {
			case *ast.Constant:
				found = truthy(c.Value)
			case *ast.Name:
				found = c.ID == "__debug__"
			}
		}
		return !found
	})
	return found
}

// BenchmarkCFGStdlib builds the graph of every body in the standard
// library with one reused Builder; parsing happens before the timer
// starts. The whole library's trees stay alive meanwhile, so garbage
// collection, which must scan them, is a large part of the cost.
func BenchmarkCFGStdlib(b *testing.B) {
	all := stdlibBodies(b)
	b.ResetTimer()
	var bld Builder
	for range b.N {
		for _, body := range all {
			bld.Build(body)
		}
	}
	b.ReportMetric(float64(len(all)), "graphs/op")
}

// BenchmarkCFGStdlibNew is BenchmarkCFGStdlib with New (fresh memory for
// every graph).
func BenchmarkCFGStdlibNew(b *testing.B) {
	all := stdlibBodies(b)
	b.ResetTimer()
	for range b.N {
		for _, body := range all {
			New(body)
		}
	}
	b.ReportMetric(float64(len(all)), "graphs/op")
}

func stdlibBodies(b *testing.B) []ast.Node {
	mods, _ := stdlibModules(b)
	var all []ast.Node
	for _, mod := range mods {
		all = append(all, bodies(mod)...)
	}
	return all
}

// stdlibSources reads every .py file of the standard library.
func stdlibSources(b *testing.B) (names []string, srcs [][]byte) {
	dir := stdlibDir(b)
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(path) == ".py" {
			if src, err := os.ReadFile(path); err == nil {
				srcs = append(srcs, src)
				names = append(names, path)
			}
		}
		return nil
	})
	return names, srcs
}

// BenchmarkParseStdlib parses the standard library, the reference cost
// the graph benchmarks are compared to.
func BenchmarkParseStdlib(b *testing.B) {
	names, srcs := stdlibSources(b)
	b.ResetTimer()
	for range b.N {
		for i, src := range srcs {
			_, _ = parser.ParseFile(names[i], src)
		}
	}
}

// BenchmarkParseAndCFGStdlib parses each file of the standard library and
// builds the graphs of all its bodies, one file at a time, as a scan
// does; the difference with BenchmarkParseStdlib is the graphs' cost
// without the garbage collector scanning the whole library's trees.
func BenchmarkParseAndCFGStdlib(b *testing.B) {
	names, srcs := stdlibSources(b)
	b.ResetTimer()
	var bld Builder
	for range b.N {
		for i, src := range srcs {
			mod, err := parser.ParseFile(names[i], src)
			if err != nil || mod == nil {
				continue
			}
			for _, body := range bodies(mod) {
				bld.Build(body)
			}
		}
	}
}
