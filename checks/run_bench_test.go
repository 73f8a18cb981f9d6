package checks_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kraitsec/krait/checks"
	_ "github.com/kraitsec/krait/checks/all"
	"github.com/kraitsec/krait/python/parser"
)

// BenchmarkRunModule times every default check over the trees of
// python3.13's standard library (outside its test suite), parsed
// beforehand: the runner's own cost, for profiling it.
func BenchmarkRunModule(b *testing.B) {
	home, _ := os.UserHomeDir()
	roots, _ := filepath.Glob(filepath.Join(home, ".pyenv/versions/3.13*/lib/python3.13"))
	if len(roots) == 0 {
		if os.Getenv("CI") == "true" {
			b.Fatal("python3.13 stdlib not found")
		}
		b.Skip("python3.13 stdlib not found (~/.pyenv/versions/3.13*/lib/python3.13)")
	}
	var trees []*parser.File
	var names []string
	_ = filepath.WalkDir(roots[0], func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == "site-packages" || d.Name() == "__pycache__" || d.Name() == "test") {
			return filepath.SkipDir
		}
		if !d.Type().IsRegular() || !strings.HasSuffix(path, ".py") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		if pf, err := parser.Parse(path, src); err == nil {
			trees = append(trees, pf)
			names = append(names, path)
		}
		return nil
	})
	if len(trees) == 0 {
		b.Fatal("no stdlib file parsed")
	}
	runner := checks.Compile(nil)
	for b.Loop() {
		for i, t := range trees {
			runner.RunModule(t.Module, t.Src, names[i])
		}
	}
}
