package all_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/python/parser"
)

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
	b.Run("parse+checks", func(b *testing.B) {
		b.SetBytes(size)
		n := 0
		for b.Loop() {
			n = 0
			for _, f := range files {
				pf, err := parser.Parse(f.name, f.src)
				if err != nil {
					b.Fatal(err)
				}
				n += len(runner.RunModule(pf.Module, pf.Src, f.name))
			}
		}
		b.ReportMetric(float64(n), "findings")
	})
}
