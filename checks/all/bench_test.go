package all_test

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/parser"
)

// cpuTime is the process's user+system CPU time: unlike wall time it is
// not inflated by other processes on a loaded machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

type srcFile struct {
	name string
	src  []byte
}

// stdlibFiles loads python3.13's standard library into memory, keeping the
// files the parser accepts (the test suite holds deliberately bad ones).
func stdlibFiles(tb testing.TB) []srcFile {
	tb.Helper()
	home, _ := os.UserHomeDir()
	roots, _ := filepath.Glob(filepath.Join(home, ".pyenv/versions/3.13*/lib/python3.13"))
	if len(roots) == 0 {
		if os.Getenv("CI") == "true" {
			tb.Fatal("python3.13 stdlib not found")
		}
		tb.Skip("python3.13 stdlib not found (~/.pyenv/versions/3.13*/lib/python3.13)")
	}
	var files []srcFile
	err := filepath.WalkDir(roots[0], func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == "site-packages" || d.Name() == "__pycache__") {
			return filepath.SkipDir
		}
		if !d.Type().IsRegular() || !strings.HasSuffix(path, ".py") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		if _, err := parser.Parse(path, src); err != nil {
			return nil
		}
		files = append(files, srcFile{path, src})
		return nil
	})
	if err != nil || len(files) == 0 {
		tb.Fatalf("loading stdlib: %v (%d files)", err, len(files))
	}
	return files
}

// BenchmarkChecksStdlib measures, over the whole standard library in
// memory, parsing alone and parsing plus every default check, so the cost
// of the checks can be read as the ratio of the two.
func BenchmarkChecksStdlib(b *testing.B) {
	files := stdlibFiles(b)
	var size int64
	for _, f := range files {
		size += int64(len(f.src))
	}
	runner := checks.Compile(nil)
	b.Run("parse", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			for _, f := range files {
				if _, err := parser.Parse(f.name, f.src); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	// parse+checks (every registered check) and parse+bandit-checks (bandit's
	// ids and K1xx only) also time the two halves file by file, so the
	// ratios they report are not skewed by load changing between runs.
	for _, v := range []struct {
		name string
		run  *checks.Runner
	}{
		{"parse+checks", runner},
		{"parse+bandit-checks", checks.Compile(&checks.Config{Enabled: mine})},
	} {
		b.Run(v.name, func(b *testing.B) {
			b.SetBytes(size)
			n := 0
			var parseTime, checkTime, parseCPU, checkCPU time.Duration
			for b.Loop() {
				n = 0
				for _, f := range files {
					t0, c0 := time.Now(), cpuTime()
					pf, err := parser.Parse(f.name, f.src)
					if err != nil {
						b.Fatal(err)
					}
					t1, c1 := time.Now(), cpuTime()
					n += len(v.run.RunModule(pf.Module, pf.Src, f.name))
					checkTime += time.Since(t1)
					checkCPU += cpuTime() - c1
					parseTime += t1.Sub(t0)
					parseCPU += c1 - c0
				}
			}
			b.ReportMetric(float64(n), "findings")
			b.ReportMetric(100*float64(checkTime)/float64(parseTime), "checks/parse-%")
			b.ReportMetric(100*float64(checkCPU)/float64(parseCPU), "checks/parse-cpu-%")
		})
	}
}

// BenchmarkChecksOverhead is the acceptance figure of issue 4: each
// iteration parses the whole standard library twice, once alone and once
// followed by every default check (as `krait scan` runs them), and the
// ratio of the two passes' times is reported. Both passes allocate trees
// and pay for their garbage collection alike; alternating them within an
// iteration keeps load changes on a shared machine from skewing the ratio.
func BenchmarkChecksOverhead(b *testing.B) {
	files := stdlibFiles(b)
	runner := checks.Compile(nil)
	var parseWall, bothWall, parseCPU, bothCPU time.Duration
	for b.Loop() {
		t0, c0 := time.Now(), cpuTime()
		for _, f := range files {
			if _, err := parser.Parse(f.name, f.src); err != nil {
				b.Fatal(err)
			}
		}
		t1, c1 := time.Now(), cpuTime()
		for _, f := range files {
			pf, err := parser.Parse(f.name, f.src)
			if err != nil {
				b.Fatal(err)
			}
			runner.RunModule(pf.Module, pf.Src, f.name)
		}
		t2, c2 := time.Now(), cpuTime()
		parseWall += t1.Sub(t0)
		bothWall += t2.Sub(t1)
		parseCPU += c1 - c0
		bothCPU += c2 - c1
	}
	n := float64(b.N)
	b.ReportMetric(float64(parseWall)/n/1e6, "parse-ms")
	b.ReportMetric(float64(bothWall)/n/1e6, "parse+checks-ms")
	b.ReportMetric(float64(parseCPU)/n/1e6, "parse-cpu-ms")
	b.ReportMetric(float64(bothCPU)/n/1e6, "parse+checks-cpu-ms")
	b.ReportMetric(100*(float64(bothWall)/float64(parseWall)-1), "overhead-%")
	b.ReportMetric(100*(float64(bothCPU)/float64(parseCPU)-1), "overhead-cpu-%")
}

// TestNoPanicOnStdlib runs every check over python3.13's standard library
// and fails on any check panic (which Run would otherwise swallow).
func TestNoPanicOnStdlib(t *testing.T) {
	if testing.Short() {
		t.Skip("long: whole standard library")
	}
	files := stdlibFiles(t)
	runner := checks.Compile(&checks.Config{Enabled: func(string) bool { return true }}).
		WithPanicHandler(func(id string, n ast.Node, v any) {
			t.Errorf("%s panicked on %T: %v", id, n, v)
		})
	for _, f := range files {
		pf, err := parser.Parse(f.name, f.src)
		if err != nil {
			t.Fatal(err)
		}
		runner.RunModule(pf.Module, pf.Src, f.name)
	}
}

// BenchmarkChecksPreparsed times the bandit checks alone over trees parsed
// beforehand (the first 600 stdlib files), against parsing the same files,
// both in CPU time: the cost of the checks without the garbage collection
// work the parser's allocations cause while they run.
func BenchmarkChecksPreparsed(b *testing.B) {
	files := stdlibFiles(b)
	if len(files) > 600 {
		files = files[:600]
	}
	trees := make([]*parser.File, len(files))
	for i, f := range files {
		pf, err := parser.Parse(f.name, f.src)
		if err != nil {
			b.Fatal(err)
		}
		trees[i] = pf
	}
	runner := checks.Compile(&checks.Config{Enabled: mine})
	var parseCPU, checkCPU time.Duration
	for b.Loop() {
		c0 := cpuTime()
		for _, f := range files {
			if _, err := parser.Parse(f.name, f.src); err != nil {
				b.Fatal(err)
			}
		}
		c1 := cpuTime()
		for i, t := range trees {
			runner.RunModule(t.Module, t.Src, files[i].name)
		}
		checkCPU += cpuTime() - c1
		parseCPU += c1 - c0
	}
	b.ReportMetric(100*float64(checkCPU)/float64(parseCPU), "checks/parse-cpu-%")
}
