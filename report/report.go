// Package report holds the data every output format receives (Run,
// Options) and the registry of formatters. Each format lives in its own
// subpackage and registers itself at init; import report/all to get them
// all.
package report

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/kraitsec/krait/finding"
)

// Metrics are bandit's per-file (and total) counters. Severity and
// Confidence are indexed by finding.Level (Undefined, Low, Medium, High).
// They are never filtered by -l/-i, like bandit's.
type Metrics struct {
	LOC, Nosec, SkippedTests int
	Severity, Confidence     [4]int
}

// Run is everything a formatter reports about one scan.
type Run struct {
	Findings      []finding.Finding   // already filtered and sorted
	Errors        []finding.FileError // files that could not be scanned, with reasons
	Metrics       map[string]*Metrics // per filename; Totals separately
	Totals        Metrics
	FilesInScope  []string // for -v in text output
	FilesExcluded []string
	GeneratedAt   time.Time
	Version       string // krait version
	Root          string // scan root for relative URIs (SARIF %SRCROOT%)
	// Baseline says a baseline was used: Findings are the new issues and
	// Candidates maps an index into Findings to every current issue equal
	// to it (bandit prints the candidates when there are more than one).
	Baseline   bool
	Candidates map[int][]finding.Finding
}

// Options are the output settings from the command line.
type Options struct {
	// Aggregate is "file" (default) or "vuln"; json and yaml sort results
	// by filename or by test_name accordingly.
	Aggregate string
	// Context is bandit's -n: lines of code context per issue. Bandit uses
	// max(n, 1), so 0 means one line; DefaultOptions sets 3.
	Context int
	// MsgTemplate is --msg-template for the custom format.
	MsgTemplate string
	// Color turns on ANSI colours in the text format.
	Color bool
	// Verbose lists files in scope and excluded in the text format.
	Verbose bool
	// SourceLines returns a file's lines without line terminators
	// (line i is lines[i-1]), or nil when unknown. Used for code excerpts.
	SourceLines func(filename string) []string
	// Notebook returns what the scan knows of a notebook (its line map
	// and cells as written), or nil for other files. Notebook findings
	// are shown in cell coordinates with the cell's own lines.
	Notebook func(filename string) *Notebook
	// Warnings receives formatter warnings (e.g. unknown template fields);
	// nil means os.Stderr.
	Warnings io.Writer
}

// DefaultOptions are bandit's defaults: aggregate by file, 3 context lines.
func DefaultOptions() Options {
	return Options{Aggregate: "file", Context: 3}
}

// Formatter turns a Run into bytes in one output format.
type Formatter interface {
	Name() string
	Write(w io.Writer, run *Run, opts Options) error
	// AcceptsBaseline mirrors bandit's @accepts_baseline: only these
	// formats may be combined with -b.
	AcceptsBaseline() bool
}

// OptionsValidator is implemented by formatters whose options can be
// wrong (the custom template); the CLI calls it before scanning so a bad
// option fails fast with exit code 2.
type OptionsValidator interface {
	ValidateOptions(opts Options) error
}

// ErrBadOptions wraps every error a formatter returns for options that
// can never work (as opposed to a failing writer).
var ErrBadOptions = errors.New("report: invalid output options")

var registry = struct {
	sync.RWMutex
	byName map[string]Formatter
}{byName: map[string]Formatter{}}

// Register adds a formatter under its Name. A duplicate name is a
// programming error and panics at init.
func Register(f Formatter) {
	registry.Lock()
	defer registry.Unlock()
	if _, dup := registry.byName[f.Name()]; dup {
		panic(fmt.Sprintf("report: formatter %q registered twice", f.Name()))
	}
	registry.byName[f.Name()] = f
}

// Lookup finds a formatter by name.
func Lookup(name string) (Formatter, bool) {
	registry.RLock()
	defer registry.RUnlock()
	f, ok := registry.byName[name]
	return f, ok
}

// Names lists the registered formatter names, sorted.
func Names() []string {
	registry.RLock()
	defer registry.RUnlock()
	names := make([]string, 0, len(registry.byName))
	for n := range registry.byName {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Order returns the indexes of run.Findings in output order for json and
// yaml: a stable sort by filename, or by test name when aggregate is
// "vuln" (bandit sorts its already ordered list the same way).
func Order(run *Run, aggregate string) []int {
	idx := make([]int, len(run.Findings))
	for i := range idx {
		idx[i] = i
	}
	key := func(i int) string { return run.Findings[i].Filename }
	if aggregate == "vuln" {
		key = func(i int) string { return TestName(&run.Findings[i]) }
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		ka, kb := key(a), key(b)
		switch {
		case ka < kb:
			return -1
		case ka > kb:
			return 1
		}
		return 0
	})
	return idx
}

// CandidatesOf returns the baseline candidates bandit would print for
// finding i: only when a baseline was used and there is more than one.
func (r *Run) CandidatesOf(i int) []finding.Finding {
	if !r.Baseline {
		return nil
	}
	if c := r.Candidates[i]; len(c) > 1 {
		return c
	}
	return nil
}

// SortedMetricFiles returns the filenames that have metrics, sorted.
func (r *Run) SortedMetricFiles() []string {
	names := make([]string, 0, len(r.Metrics))
	for n := range r.Metrics {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
