package taint_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/kraitsec/krait/taint"
)

// TestMaxWork: a work limit stops the analysis early with one error,
// keeps fewer findings than a full run, and cuts at the same place every run.
func TestMaxWork(t *testing.T) {
	dir := filepath.Join("..", "testdata", "taint", "bench")
	inputs, _ := loadProject(t, dir)
	full, fullErrs := taint.Analyze(inputs, taint.DefaultConfig())
	for _, e := range fullErrs {
		if strings.Contains(e.Reason, "work limit") {
			t.Fatalf("unbounded run reported %q", e.Reason)
		}
	}
	cfg := taint.DefaultConfig()
	cfg.MaxWork = 50
	var first string
	for run := range 3 {
		inputs, _ := loadProject(t, dir)
		got, errs := taint.Analyze(inputs, cfg)
		n := 0
		for _, e := range errs {
			if strings.Contains(e.Reason, "work limit") {
				n++
			}
		}
		if n != 1 {
			t.Fatalf("run %d: %d work-limit errors, want 1 (errors %v)", run+1, n, errs)
		}
		if len(got) >= len(full) {
			t.Fatalf("run %d: %d findings with a limit of 50 statements, %d without: the limit cut nothing", run+1, len(got), len(full))
		}
		var sb strings.Builder
		for _, f := range got {
			sb.WriteString(f.Filename + ":" + f.RuleID + "\n")
		}
		if run == 0 {
			first = sb.String()
		} else if sb.String() != first {
			t.Fatalf("run %d differs from run 1 under the same limit", run+1)
		}
	}
}
