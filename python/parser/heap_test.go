package parser

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"testing"

	"github.com/kraitsec/krait/python/ast"
)

// BenchmarkTreeHeap measures the live heap of many syntax trees held at
// once, as the whole-program taint stage holds them: it parses every .py
// file under the directories named by KRAIT_TREE_HEAP (separated by ':';
// "stdlib" names python3.13's standard library), keeps every tree, runs
// the garbage collector and reports the heap they retain, in MB and in
// bytes per byte of source. Sources are read before the baseline, so only
// what parsing adds is counted (a tree pins its own copy of the source,
// whose substrings its names and strings are). KRAIT_TREE_HEAP_PROFILE
// names a file to write a heap profile to while the trees are held (for
// go tool pprof -sample_index=inuse_space). Run with -benchtime=1x:
//
//	KRAIT_TREE_HEAP=stdlib:/path/to/site-packages \
//	  go test ./python/parser -run XXX -bench TreeHeap -benchtime 1x
func BenchmarkTreeHeap(b *testing.B) {
	env := os.Getenv("KRAIT_TREE_HEAP")
	if env == "" {
		b.Skip("set KRAIT_TREE_HEAP=stdlib[:dir...] to measure the heap of held trees")
	}
	var dirs []string
	for _, d := range strings.Split(env, ":") {
		if d == "stdlib" {
			home, _ := os.UserHomeDir()
			m, _ := filepath.Glob(filepath.Join(home, ".pyenv/versions/3.13*/lib/python3.13"))
			if len(m) == 0 {
				b.Fatal("python3.13's stdlib not found")
			}
			d = m[0]
		}
		if d != "" {
			dirs = append(dirs, d)
		}
	}
	var srcs [][]byte
	total := 0
	for _, f := range pyFiles(b, dirs) {
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		srcs = append(srcs, src)
		total += len(src)
	}
	if total == 0 {
		b.Fatal("no Python source under ", env)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		trees := make([]*ast.Module, len(srcs))
		parsed := 0
		for j, src := range srcs {
			if mod, err := ParseFile("x.py", src); err == nil {
				trees[j] = mod
				parsed++
			}
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		live := float64(after.HeapAlloc) - float64(before.HeapAlloc)
		if prof := os.Getenv("KRAIT_TREE_HEAP_PROFILE"); prof != "" {
			writeHeapProfile(b, prof)
		}
		runtime.KeepAlive(trees)
		b.ReportMetric(live/1e6, "live-MB")
		b.ReportMetric(live/float64(total), "live-B/srcB")
		b.ReportMetric(float64(total)/1e6, "src-MB")
		b.ReportMetric(float64(parsed), "trees")
	}
}

func writeHeapProfile(b *testing.B, path string) {
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	if err := pprof.WriteHeapProfile(f); err != nil {
		b.Fatal(err)
	}
}
