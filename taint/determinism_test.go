package taint_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/parser"
	"github.com/kraitsec/krait/taint"
)

// TestDeterministic analyses projects where one source reaches a sink by
// several paths of the same length (dict keys, attributes, branches,
// callers, lambdas) several times over: the findings, traces included,
// must be identical every time. Go's map order changes from run to run,
// so a choice made by iteration order shows up here.
func TestDeterministic(t *testing.T) {
	for _, name := range []string{"manypaths", "closures", "methods", "containers", "bench"} {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join("..", "testdata", "taint", name)
			var first []finding.Finding
			for run := range 5 {
				inputs, _ := loadProject(t, dir) // parsed afresh: nothing is shared between runs
				got, _ := taint.Analyze(inputs, taint.DefaultConfig())
				if run == 0 {
					if len(got) == 0 {
						t.Fatalf("%s: no findings, nothing to compare", dir)
					}
					first = got
					continue
				}
				if diff := firstDifference(first, got); diff != "" {
					t.Fatalf("run %d differs from run 1: %s", run+1, diff)
				}
			}
		})
	}
}

// TestDeterministicStdlib compares two analyses of CPython 3.13's standard
// library (thousands of findings, many paths to each sink).
func TestDeterministicStdlib(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses the whole stdlib twice; skipped with -short")
	}
	home, _ := os.UserHomeDir()
	dirs, _ := filepath.Glob(filepath.Join(home, ".pyenv", "versions", "3.13*", "lib", "python3.13"))
	if len(dirs) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3.13's stdlib (~/.pyenv/versions/3.13*/lib/python3.13) is required in CI")
		}
		t.Skip("python3.13's stdlib not found under ~/.pyenv/versions")
	}
	var inputs []*taint.Input
	filepath.WalkDir(dirs[0], func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(p, ".py") {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		if f, err := parser.Parse(p, src); err == nil {
			inputs = append(inputs, &taint.Input{Filename: p, Module: f.Module, Src: f.Src})
		}
		return nil
	})
	if len(inputs) < 1000 {
		t.Fatalf("only %d files parsed under %s", len(inputs), dirs[0])
	}
	first, firstErrs := taint.Analyze(inputs, taint.DefaultConfig())
	// The second run parses trees again on demand with a small cache, as
	// the scanner does: the same findings and errors.
	cfg := taint.DefaultConfig()
	cfg.TreeCache = 1 << 20
	second, secondErrs := analyzeDetachedWithErrors(inputs, cfg)
	if len(first) == 0 {
		t.Fatal("no findings in the stdlib, nothing to compare")
	}
	if diff := firstDifference(first, second); diff != "" {
		t.Errorf("second analysis differs: %s", diff)
	}
	if !reflect.DeepEqual(firstErrs, secondErrs) {
		t.Errorf("errors differ: %d then %d", len(firstErrs), len(secondErrs))
	}
}

func analyzeDetachedWithErrors(inputs []*taint.Input, cfg *taint.Config) ([]finding.Finding, []finding.FileError) {
	var names []string
	for _, in := range inputs {
		names = append(names, in.Filename)
	}
	p := taint.NewProject(names, cfg)
	var files []*taint.File
	for _, in := range inputs {
		files = append(files, p.Add(in.Filename, in.Module, in.Src))
	}
	return p.Analyze(files)
}

// firstDifference describes the first finding that differs between two
// runs, with how many differ in all ("" when identical).
func firstDifference(a, b []finding.Finding) string {
	if len(a) != len(b) {
		return fmt.Sprintf("%d findings, then %d", len(a), len(b))
	}
	n, desc := 0, ""
	for i := range a {
		if reflect.DeepEqual(a[i], b[i]) {
			continue
		}
		n++
		if desc == "" {
			desc = fmt.Sprintf("%s:%d %s\n  trace 1: %s\n  trace 2: %s", a[i].Filename, a[i].Line, a[i].RuleID,
				traceText(a[i].Trace), traceText(b[i].Trace))
		}
	}
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("%d of %d findings differ; first: %s", n, len(a), desc)
}

func traceText(steps []finding.Step) string {
	var parts []string
	for _, s := range steps {
		parts = append(parts, fmt.Sprintf("%s:%d %s", filepath.Base(s.Filename), s.Line, s.Note))
	}
	return strings.Join(parts, " → ")
}
