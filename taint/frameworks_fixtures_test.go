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

	"github.com/kraitsec/krait/python/parser"
	"github.com/kraitsec/krait/taint"
)

var frameworkTraces = flag.Bool("fwtraces", false, "print the trace of every framework-fixture finding")

var frameworkWant = regexp.MustCompile(`#\s*want:\s*([A-Z0-9 ,]+)`)

// loadFrameworkApp parses every .py file of one fixture application and
// collects its `# want:` annotations as "file:line:rule" keys.
func loadFrameworkApp(t *testing.T, dir string) ([]*taint.Input, map[string]bool) {
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
			m := frameworkWant.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			for _, id := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ' ' || r == ',' }) {
				wants[fmt.Sprintf("%s:%d:%s", path, i+1, id)] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return inputs, wants
}

// TestFrameworkFixtures runs each application under testdata/frameworks as
// one project with every built-in model loaded: each `# want:` must be
// found, and nothing may be reported on any other line (the safe twins).
func TestFrameworkFixtures(t *testing.T) {
	root := filepath.Join("..", "testdata", "frameworks")
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
			inputs, wants := loadFrameworkApp(t, dir)
			if len(wants) == 0 {
				t.Fatalf("%s has no `# want:` annotation", dir)
			}
			findings, errs := taint.Analyze(inputs, taint.DefaultConfig())
			for _, e := range errs {
				t.Errorf("error: %s: %s", e.Filename, e.Reason)
			}
			got := map[string]string{}
			for _, f := range findings {
				key := fmt.Sprintf("%s:%d:%s", f.Filename, f.Line, f.RuleID)
				got[key] = f.Message
				if *frameworkTraces {
					t.Logf("%s %s", key, f.Message)
					for _, s := range f.Trace {
						t.Logf("    %s:%d  %-40s  %s", filepath.Base(s.Filename), s.Line, s.Note, s.Code)
					}
				}
			}
			var missing, extra []string
			for k := range wants {
				total++
				if _, ok := got[k]; ok {
					found++
				} else {
					missing = append(missing, k)
				}
			}
			for k, msg := range got {
				if !wants[k] {
					extra = append(extra, k+"  "+msg)
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
	t.Logf("%d of %d expected framework findings", found, total)
}
