package taint_test

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

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
	start := time.Now()
	var inputs []*taint.Input
	parseErrs := 0
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		f, err := parser.Parse(p, src)
		if err != nil {
			parseErrs++
			continue
		}
		inputs = append(inputs, &taint.Input{Filename: p, Module: f.Module, Src: src})
	}
	parse := time.Since(start)
	parseCPU := cpuTime()
	parseRSS := peakRSS()
	start = time.Now()
	cfg := taint.DefaultConfig()
	if w, err := strconv.Atoi(os.Getenv("KRAIT_TAINT_MAX_WORK")); err == nil {
		cfg.MaxWork = w // e.g. to measure a scan that degrades gracefully
	}
	findings, errs := taint.Analyze(inputs, cfg)
	analyse := time.Since(start)
	analyseCPU := cpuTime() - parseCPU
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	byRule := map[string]int{}
	for _, f := range findings {
		byRule[f.RuleID]++
	}
	t.Logf("files %d (parse errors %d); wall: parse %v, analysis %v (%.2fx); CPU: parse %v, analysis %v (%.2fx); findings %d %v; errors %d; peak RSS after parse %s, at end %s",
		len(inputs), parseErrs, parse.Round(time.Millisecond), analyse.Round(time.Millisecond), analyse.Seconds()/parse.Seconds(),
		parseCPU.Round(time.Millisecond), analyseCPU.Round(time.Millisecond), analyseCPU.Seconds()/parseCPU.Seconds(),
		len(findings), byRule, len(errs), parseRSS, peakRSS())
	_ = ms
	if os.Getenv("KRAIT_TAINT_SHOW") != "" {
		for _, f := range findings {
			t.Logf("%s:%d %s %s", f.Filename, f.Line, f.RuleID, f.Message)
		}
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
