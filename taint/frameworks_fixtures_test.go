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
	"github.com/kraitsec/krait/taint/models"
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

// TestModelAliasesDoNotHideEntries: an alias rewrites every name it
// prefixes, so an entry spelled with an alias's source name (in any model
// file) could never match. Such an entry is a dead model row.
func TestModelAliasesDoNotHideEntries(t *testing.T) {
	var files []*models.File
	for name, data := range models.Builtin() {
		f, err := models.Parse(name, data)
		if err != nil {
			t.Fatalf("%v", err)
		}
		files = append(files, f)
	}
	type alias struct{ file, from, to string }
	var aliases []alias
	for _, f := range files {
		for from, to := range f.Aliases {
			if from != to {
				aliases = append(aliases, alias{f.Name, from, to})
			}
		}
	}
	hidden := func(file, what, ref string) {
		for _, a := range aliases {
			if ref == a.from || strings.HasPrefix(ref, a.from+".") {
				t.Errorf("%s: %s %q is rewritten by %s's alias %s -> %s and can never match", file, what, ref, a.file, a.from, a.to)
			}
		}
	}
	for _, f := range files {
		for _, s := range f.Sources {
			hidden(f.Name, "source", s.Ref)
		}
		for _, s := range f.Sinks {
			hidden(f.Name, "sink", s.Ref)
		}
		for _, s := range f.Sanitizers {
			hidden(f.Name, "sanitizer", s.Ref)
		}
		for _, p := range f.Propagators {
			hidden(f.Name, "propagator", p.Ref)
		}
		for _, ty := range f.Types {
			hidden(f.Name, "type", ty.Ref)
			hidden(f.Name, "type result", ty.Returns)
		}
		for _, h := range f.Handlers {
			for _, r := range []string{h.Decorator, h.Registrar, h.Base} {
				if r != "" {
					hidden(f.Name, "handler", r)
				}
			}
		}
	}
}
