package taint_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/parser"
	"github.com/kraitsec/krait/taint"
)

// TestCorpus runs the whole-program analysis over the directories in
// KRAIT_TAINT_CORPUS (colon separated, e.g. python3.13's stdlib) and logs
// parse time, analysis time, peak RSS and the findings per rule. It checks
// that the analysis finishes without crashing; times are only logged.
func TestCorpus(t *testing.T) {
	dirs := os.Getenv("KRAIT_TAINT_CORPUS")
	if dirs == "" && os.Getenv("CI") == "true" {
		// CI analyses python3.13's standard library at least.
		matches, _ := filepath.Glob(filepath.Join(os.Getenv("HOME"), ".pyenv/versions/3.13*/lib/python3.13"))
		if len(matches) == 0 {
			t.Fatal("CI=true: python3.13's standard library (the default corpus) not found; set KRAIT_TAINT_CORPUS")
		}
		dirs = matches[len(matches)-1]
	}
	if dirs == "" {
		t.Skip("set KRAIT_TAINT_CORPUS to a colon-separated list of directories to analyse")
	}
	var paths []string
	for _, d := range strings.Split(dirs, ":") {
		filepath.WalkDir(d, func(p string, e os.DirEntry, err error) error {
			if err == nil && !e.IsDir() && strings.HasSuffix(p, ".py") {
				paths = append(paths, p)
			}
			return nil
		})
	}
	// Parsing alone, one file at a time (the reference time).
	start := time.Now()
	parseErrs := 0
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		if _, err := parser.Parse(p, src); err != nil {
			parseErrs++
		}
	}
	parse := time.Since(start)
	parseCPU := cpuTime()
	parseRSS := peakRSS()
	cfg := taint.DefaultConfig()
	if w, err := strconv.Atoi(os.Getenv("KRAIT_TAINT_MAX_WORK")); err == nil {
		cfg.MaxWork = w // e.g. to measure a scan that degrades gracefully
	}
	if c, err := strconv.Atoi(os.Getenv("KRAIT_TAINT_TREE_CACHE")); err == nil {
		cfg.TreeCache = c
	}
	// The analysis as the scanner runs it: parse, collect, drop the tree;
	// then analyse, parsing trees again as needed. KRAIT_TAINT_KEEP=1
	// holds every tree instead. Only the analysis is timed against
	// parsing alone; collecting is the scanner workers' job.
	start = time.Now()
	var analyze func() ([]finding.Finding, []finding.FileError)
	files := 0
	if os.Getenv("KRAIT_TAINT_KEEP") != "" {
		var inputs []*taint.Input
		for _, p := range paths {
			if src, err := os.ReadFile(p); err == nil {
				if f, err := parser.Parse(p, src); err == nil {
					inputs = append(inputs, &taint.Input{Filename: p, Module: f.Module, Src: f.Src})
				}
			}
		}
		files = len(inputs)
		analyze = func() ([]finding.Finding, []finding.FileError) { return taint.Analyze(inputs, cfg) }
	} else {
		project := taint.NewProject(paths, cfg)
		var added []*taint.File
		for _, p := range paths {
			if src, err := os.ReadFile(p); err == nil {
				if f, err := parser.Parse(p, src); err == nil {
					added = append(added, project.Add(p, f.Module, f.Src))
				}
			}
		}
		files = len(added)
		analyze = func() ([]finding.Finding, []finding.FileError) { return project.Analyze(added) }
	}
	prepared := time.Since(start)
	prepareRSS := peakRSS()
	var msBefore, msAfter runtime.MemStats
	runtime.ReadMemStats(&msBefore)
	cpuBefore := cpuTime()
	start = time.Now()
	findings, errs := analyze()
	analyse := time.Since(start)
	analyseCPU := cpuTime() - cpuBefore
	runtime.ReadMemStats(&msAfter)
	byRule := map[string]int{}
	for _, f := range findings {
		byRule[f.RuleID]++
	}
	t.Logf("files %d (parse errors %d); wall: parse alone %v, analysis %v (%.2fx parse); CPU: parse %v, analysis %v (%.2fx); findings %d %v; errors %d",
		files, parseErrs, parse.Round(time.Millisecond), analyse.Round(time.Millisecond), analyse.Seconds()/parse.Seconds(),
		parseCPU.Round(time.Millisecond), analyseCPU.Round(time.Millisecond), analyseCPU.Seconds()/parseCPU.Seconds(),
		len(findings), byRule, len(errs))
	t.Logf("analysis allocated %d MB in %d objects; GC cycles during the analysis %d",
		(msAfter.TotalAlloc-msBefore.TotalAlloc)>>20, msAfter.Mallocs-msBefore.Mallocs, msAfter.NumGC-msBefore.NumGC)
	t.Logf("parse again and collect (the scanner's workers' part) %v; peak RSS after parsing alone %s, after collecting %s, at end %s",
		prepared.Round(time.Millisecond), parseRSS, prepareRSS, peakRSS())
	if os.Getenv("KRAIT_TAINT_SHOW") != "" {
		for _, f := range findings {
			t.Logf("%s:%d %s %s", f.Filename, f.Line, f.RuleID, f.Message)
		}
	}
	if path := os.Getenv("KRAIT_TAINT_DUMP"); path != "" {
		dumpResults(t, path, findings, errs)
	}
	kinds := map[string]int{}
	for _, e := range errs {
		r := e.Reason
		if i := strings.Index(r, " in function "); i >= 0 {
			r = r[:i]
			if j := strings.Index(e.Reason, " ("); j >= 0 {
				r += e.Reason[j:]
			}
		}
		kinds[r]++
		if strings.Contains(e.Reason, "failed") {
			t.Logf("error: %s: %s", e.Filename, e.Reason)
		}
	}
	t.Logf("errors by kind: %v", kinds)
}

// dumpResults writes every finding with its trace, and every error, so
// that two runs (before and after a change to the engine) can be diffed.
func dumpResults(t *testing.T, path string, findings []finding.Finding, errs []finding.FileError) {
	var b strings.Builder
	for _, f := range findings {
		fmt.Fprintf(&b, "%s:%d:%d %s %s\n", f.Filename, f.Line, f.Col, f.RuleID, f.Message)
		for _, s := range f.Trace {
			fmt.Fprintf(&b, "\t%s:%d:%d %q %s\n", s.Filename, s.Line, s.Col, s.Code, s.Note)
		}
	}
	for _, e := range errs {
		fmt.Fprintf(&b, "error %s: %s\n", e.Filename, e.Reason)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Errorf("KRAIT_TAINT_DUMP: %v", err)
	}
}

// cpuTime is the process's user+system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func peakRSS() string {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			return strings.TrimSpace(strings.TrimPrefix(line, "VmHWM:"))
		}
	}
	return "?"
}
