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

// BenchmarkTreeHeap measures the live heap of many parsed files held at
// once, as the whole-program taint stage holds them (each file's tree and
// decoded source, File.Module and File.Src): it reads and parses every .py
// file under the directories named by KRAIT_TREE_HEAP (separated by ':';
// "stdlib" names python3.13's standard library), keeps them, runs the
// garbage collector and reports the heap they retain, in MB and in bytes
// per byte of source. The raw file contents are dropped after parsing, as
// a scanner drops them; only what File.Src shares with them stays.
// KRAIT_TREE_HEAP_PROFILE names a file to write a heap profile to while
// the files are held (go tool pprof -sample_index=inuse_space). Run with
// -benchtime=1x:
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
	files := pyFiles(b, dirs)
	if len(files) == 0 {
		b.Fatal("no Python file under ", env)
	}
	// What the taint stage keeps of each file.
	type held struct {
		mod *ast.Module
		src []byte
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		kept := make([]held, 0, len(files))
		total := 0
		for _, path := range files {
			raw, err := os.ReadFile(path)
			if err != nil {
				continue
			}
			total += len(raw)
			if f, err := Parse(path, raw); err == nil {
				kept = append(kept, held{f.Module, f.Src})
			}
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		live := float64(after.HeapAlloc) - float64(before.HeapAlloc)
		if prof := os.Getenv("KRAIT_TREE_HEAP_PROFILE"); prof != "" {
			writeHeapProfile(b, prof)
		}
		runtime.KeepAlive(kept)
		if total == 0 {
			b.Fatal("no readable Python file under ", env)
		}
		b.ReportMetric(live/1e6, "live-MB")
		b.ReportMetric(live/float64(total), "live-B/srcB")
		b.ReportMetric(float64(total)/1e6, "src-MB")
		b.ReportMetric(float64(len(kept)), "parsed")
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
