package cfg

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kraitsec/krait/python/parser"
)

// FuzzCFG builds the graphs of every body of any source the parser
// accepts and checks the graph invariants. Seeds: the fixtures.
func FuzzCFG(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.py")
	for _, path := range files {
		if src, err := os.ReadFile(path); err == nil {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := parser.ParseFile("fuzz.py", src)
		if err != nil || mod == nil {
			return
		}
		var reused, transient Builder
		for _, body := range bodies(mod) {
			g := New(body)
			checkGraph(t, g)
			checkNodes(t, g)
			if d := sameGraph(g, reused.Build(body)); d != "" {
				t.Errorf("%s: Builder and New differ: %s", bodyTitle(body), d)
			}
			if d := sameGraph(g, transient.BuildTransient(body)); d != "" {
				t.Errorf("%s: BuildTransient and New differ: %s", bodyTitle(body), d)
			}
		}
	})
}
