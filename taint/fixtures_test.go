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
		inputs = append(inputs, &taint.Input{Filename: path, Module: f.Module, Src: src})
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

// TestFixtures runs each directory under testdata/taint as one project and
// compares findings with the `# want:` annotations: every want found, no
// finding elsewhere.
func TestFixtures(t *testing.T) {
	root := filepath.Join("..", "testdata", "taint")
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
			findings, errs := taint.Analyze(inputs, taint.DefaultConfig())
			for _, e := range errs {
				t.Errorf("error: %s: %s", e.Filename, e.Reason)
			}
			got := map[string]*finding.Finding{}
			for i := range findings {
				f := &findings[i]
				key := fmt.Sprintf("%s:%d:%s", f.Filename, f.Line, f.RuleID)
				got[key] = f
				if len(f.Trace) < 2 {
					t.Errorf("%s: trace too short: %+v", key, f.Trace)
				}
				if *verbose {
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
	t.Logf("%d of %d expected findings", found, total)
}
