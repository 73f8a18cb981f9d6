package taint_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/parser"
	"github.com/kraitsec/krait/taint"
)

var verbose = flag.Bool("traces", false, "print the traces of every finding")

var wantRe = regexp.MustCompile(`#\s*want:\s*([A-Z0-9 ,]+)`)

// loadProject parses every .py file under dir.
func loadProject(t *testing.T, dir string) ([]*taint.Input, map[string]bool) {
	t.Helper()
	var inputs []*taint.Input
	wants := map[string]bool{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := parser.Parse(path, src)
		if err != nil {
			t.Fatalf("parse %s: %v", path, err)
		}
		inputs = append(inputs, &taint.Input{Filename: path, Module: f.Module, Src: f.Src})
		for i, line := range strings.Split(string(src), "\n") {
			if m := wantRe.FindStringSubmatch(line); m != nil {
				for _, id := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ' ' || r == ',' }) {
					wants[fmt.Sprintf("%s:%d:%s", path, i+1, id)] = true
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return inputs, wants
}

// analyzeDetached runs the analysis the way the scanner does: each file
// collected without keeping its tree, trees parsed again when needed.
func analyzeDetached(inputs []*taint.Input, cfg *taint.Config) []finding.Finding {
	found, _ := analyzeDetachedWithErrors(inputs, cfg)
	return found
}

// TestFixtures runs each directory under testdata/taint as one project and
// compares findings with the `# want:` annotations: every want found, no
// finding elsewhere.
func TestFixtures(t *testing.T) {
	checkFixtureTree(t, filepath.Join("..", "testdata", "taint"), fixtureOptions{minTrace: 2, traces: verbose})
}

// fixtureOptions are what a fixture tree demands beyond "every want found,
// nothing else reported".
type fixtureOptions struct {
	requireWants bool  // each project must have at least one `# want:`
	minTrace     int   // each finding's trace must have at least this many steps
	traces       *bool // log every finding's trace
}

// checkFixtureTree runs each directory under root as one project.
func checkFixtureTree(t *testing.T, root string, opts fixtureOptions) {
	t.Helper()
	dirs, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	total, found := 0, 0
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		dir := filepath.Join(root, d.Name())
		t.Run(d.Name(), func(t *testing.T) {
			inputs, wants := loadProject(t, dir)
			if opts.requireWants && len(wants) == 0 {
				t.Fatalf("%s has no `# want:` annotation", dir)
			}
			findings, errs := taint.Analyze(inputs, taint.DefaultConfig())
			for _, e := range errs {
				t.Errorf("error: %s: %s", e.Filename, e.Reason)
			}
			// Trees dropped after collection and parsed again (one at a
			// time: every switch of file evicts) give the same result.
			cfg := taint.DefaultConfig()
			cfg.TreeCache = 1
			if diff := firstDifference(findings, analyzeDetached(inputs, cfg)); diff != "" {
				t.Errorf("with trees parsed again on demand: %s", diff)
			}
			got := map[string]*finding.Finding{}
			for i := range findings {
				f := &findings[i]
				key := fmt.Sprintf("%s:%d:%s", f.Filename, f.Line, f.RuleID)
				got[key] = f
				if len(f.Trace) < opts.minTrace {
					t.Errorf("%s: trace too short: %+v", key, f.Trace)
				}
				if opts.traces != nil && *opts.traces {
					t.Logf("%s %s", key, f.Message)
					for _, s := range f.Trace {
						t.Logf("    %s:%d  %-40s  %s", filepath.Base(s.Filename), s.Line, s.Note, s.Code)
					}
				}
			}
			var missing, extra []string
			for k := range wants {
				total++
				if got[k] == nil {
					missing = append(missing, k)
				} else {
					found++
				}
			}
			for k, f := range got {
				if !wants[k] {
					extra = append(extra, k+"  "+f.Message)
				}
			}
			sort.Strings(missing)
			sort.Strings(extra)
			for _, m := range missing {
				t.Errorf("missing finding %s", m)
			}
			for _, e := range extra {
				t.Errorf("unexpected finding %s", e)
			}
		})
	}
	t.Logf("%s: %d of %d expected findings", root, found, total)
}
