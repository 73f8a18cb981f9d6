// Package scan is krait's engine: it finds the files to scan, reads,
// parses and checks them in parallel, runs the whole-program (taint) stage,
// applies # nosec, the severity/confidence filters and the baseline, and
// collects per-file errors and bandit's metrics.
package scan

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/lexer"
	"github.com/kraitsec/krait/python/notebook"
)

// Analysis is what an Analyzer makes of one file.
type Analysis struct {
	Src      []byte    // decoded UTF-8 source, for code excerpts
	Comments []Comment // every comment, for # nosec
	Findings []finding.Finding
	// Tree is the parsed file (*parser.File), handed to the whole-program
	// stage; the engine drops it as soon as the file is done when that
	// stage is off.
	Tree any
}

// Analyzer parses and checks one file. It must be safe for concurrent
// use. A syntax error is returned as a *lexer.SyntaxError.
type Analyzer interface {
	Analyze(filename string, src []byte) (*Analysis, error)
}

// WholeProgram is a stage run once every file is parsed and checked (the
// taint analysis). Its findings go through # nosec, the filters and the
// baseline like the checks' findings; its errors are listed with the rest.
type WholeProgram interface {
	// Start is called once, before any Add, with every file in scope.
	Start(filenames []string)
	// Add is given each parsed file (Analysis.Tree) by the workers, from
	// several goroutines at once; what it returns is kept for Run instead
	// of the tree, so the stage decides what stays in memory.
	Add(filename string, tree any) any
	// Run is given what Add returned for each file, in file order.
	Run(kept []any) ([]finding.Finding, []finding.FileError)
}

// Options configure a scan.
type Options struct {
	Targets         []string
	Include         []string // file globs for walked directories
	Exclude         []string // bandit exclude entries (substring or fnmatch)
	ExcludeDirNames []string // directory names never entered
	SkipVirtualenvs bool     // never enter a directory holding pyvenv.cfg
	Gitignore       bool     // honour .gitignore inside a git work tree
	MaxFileSize     int64    // bytes; 0 = no limit
	Jobs            int      // 0 = runtime.NumCPU()
	IgnoreNosec     bool
	MinSeverity     finding.Level
	MinConfidence   finding.Level
	Enabled         func(ruleID string) bool // nil = all
	Baseline        *Baseline                // nil = none
	Stdin           io.Reader                // for the "-" target
	Analyzer        Analyzer
	WholeProgram    WholeProgram // nil = off
	Resolve         WordResolver // nosec words; nil = RegistryResolver()
	// Progress receives a progress bar when the scan lasts over a second;
	// nil for none (not a terminal, or -q).
	Progress io.Writer
}

// Result is the outcome of a scan.
type Result struct {
	// Findings are the reported issues: after # nosec, the filters and
	// the baseline, sorted by file, line, column and rule.
	Findings []finding.Finding
	// Candidates (with a baseline) maps an index into Findings to every
	// current issue equal to it.
	Candidates    map[int][]finding.Finding
	Errors        []finding.FileError
	Metrics       map[string]*Metrics // per scanned file
	Totals        Metrics
	FilesInScope  []string
	FilesExcluded []string
	Warnings      []string

	// Sources of files with findings: in memory for notebooks, stdin and
	// when the whole-program stage keeps them anyway; otherwise the path
	// to read again when a report asks (like bandit's linecache), so
	// memory does not grow with the size of the tree.
	sources map[string][]byte
	paths   map[string]string
	// notebooks with findings: their line map and their cells as written.
	notebooks map[string]notebookView
	cache     struct {
		sync.Mutex
		name  string
		lines []string
	}
}

// SourceLines returns the lines of a scanned file that has findings (the
// generated Python for notebooks), or nil. Reports call it once per
// finding, in file order, so the last file's lines are cached.
func (r *Result) SourceLines(filename string) []string {
	r.cache.Lock()
	defer r.cache.Unlock()
	if r.cache.name == filename && r.cache.lines != nil {
		return r.cache.lines
	}
	src, ok := r.sources[filename]
	if !ok {
		path, onDisk := r.paths[filename]
		if !onDisk {
			return nil
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		if src, err = lexer.Decode(filename, raw); err != nil {
			src = raw
		}
	}
	r.cache.name = filename
	r.cache.lines = strings.Split(strings.TrimSuffix(string(src), "\n"), "\n")
	return r.cache.lines
}

type notebookView struct {
	lines *notebook.Map
	cells map[int]*NotebookCell
}

// Notebook returns, for a scanned notebook with findings, the map from
// lines of its converted source to (cell, line) and its code cells as
// written (nil when the file can no longer be read); nil, nil for any
// other file.
func (r *Result) Notebook(filename string) (*notebook.Map, map[int]*NotebookCell) {
	v, ok := r.notebooks[filename]
	if !ok {
		return nil, nil
	}
	return v.lines, v.cells
}

// fileResult is what a worker keeps of one file once it is done.
type fileResult struct {
	name     string
	path     string // to read the source again for excerpts
	err      *finding.FileError
	metrics  *Metrics
	findings []finding.Finding
	src      []byte // kept for notebooks and stdin with findings (or when taint is on)
	nosec    nosecMap
	nbMap    *notebook.Map
	kept     any // what the whole-program stage keeps of the file
	warnings []string
}

// Run scans. It never stops on a file's error: the file is listed in
// Result.Errors with its reason.
func Run(opts *Options) (*Result, error) {
	if opts.Analyzer == nil {
		return nil, errors.New("scan: no analyzer")
	}
	if opts.Resolve == nil {
		opts.Resolve = RegistryResolver()
	}
	d := discover(opts)
	res := &Result{
		Metrics:       map[string]*Metrics{},
		Errors:        d.errors,
		FilesExcluded: d.excluded,
		sources:       map[string][]byte{},
		paths:         map[string]string{},
		notebooks:     map[string]notebookView{},
	}
	for _, f := range d.files {
		res.FilesInScope = append(res.FilesInScope, f.name)
	}

	started := time.Now()
	if opts.WholeProgram != nil {
		opts.WholeProgram.Start(res.FilesInScope)
	}
	files := processAll(opts, d.files)

	var all []finding.Finding
	byName := map[string]*fileResult{}
	var parsed []any
	for _, fr := range files {
		byName[fr.name] = fr
		res.Warnings = append(res.Warnings, fr.warnings...)
		if fr.err != nil {
			res.Errors = append(res.Errors, *fr.err)
		}
		if fr.metrics != nil {
			res.Metrics[fr.name] = fr.metrics
		}
		all = append(all, fr.findings...)
		if fr.kept != nil {
			parsed = append(parsed, fr.kept)
		}
	}
	if opts.WholeProgram != nil {
		stage := startStage(opts.Progress, started, fmt.Sprintf("taint analysis of %d files", len(parsed)))
		extra, errs := opts.WholeProgram.Run(parsed)
		stage.stop()
		res.Errors = append(res.Errors, errs...)
		for _, f := range extra {
			if opts.Enabled != nil && !opts.Enabled(f.RuleID) {
				continue
			}
			fr := byName[f.Filename]
			if fr == nil {
				all = append(all, f)
				continue
			}
			if kept, ok := fr.suppress(f); ok {
				all = append(all, kept)
			}
		}
	}
	for _, m := range res.Metrics {
		res.Totals.add(m)
	}
	// Keep what excerpts need: the source of files with findings, in
	// memory when it is not on disk as scanned (notebooks, stdin).
	withFindings := map[string]bool{}
	for _, f := range all {
		withFindings[f.Filename] = true
	}
	for _, fr := range files {
		if withFindings[fr.name] && fr.nbMap != nil {
			res.notebooks[fr.name] = notebookView{fr.nbMap, readNotebookCells(fr.path, fr.nbMap)}
		}
		switch {
		case !withFindings[fr.name]:
		case fr.src != nil && (fr.nbMap != nil || fr.path == ""):
			res.sources[fr.name] = fr.src
		default:
			res.paths[fr.name] = fr.path
		}
	}
	slices.SortFunc(all, func(a, b finding.Finding) int { return finding.Compare(&a, &b) })
	slices.SortStableFunc(res.Errors, func(a, b finding.FileError) int { return strings.Compare(a.Filename, b.Filename) })

	reported := all[:0:0]
	for _, f := range all {
		if f.Severity >= opts.MinSeverity && f.Confidence >= opts.MinConfidence {
			reported = append(reported, f)
		}
	}
	if opts.Baseline != nil {
		reported, res.Candidates = opts.Baseline.compare(reported)
	}
	res.Findings = reported
	return res, nil
}

// processAll runs the per-file stage on opts.Jobs workers. Results keep
// the order of files, so the outcome does not depend on scheduling.
func processAll(opts *Options, files []fileTarget) []*fileResult {
	jobs := opts.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	out := make([]*fileResult, len(files))
	var next, done atomic.Int64
	bar := startProgress(opts.Progress, len(files), &done)
	var wg sync.WaitGroup
	for range min(jobs, max(len(files), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(files) {
					return
				}
				out[i] = processFile(opts, files[i])
				done.Add(1)
			}
		}()
	}
	wg.Wait()
	bar.stop()
	return out
}

// processFile reads, converts (notebooks), parses and checks one file and
// applies # nosec to its findings.
func processFile(opts *Options, t fileTarget) (fr *fileResult) {
	fr = &fileResult{name: t.name, path: t.path}
	defer func() {
		// An analyzer bug must cost one file, not the scan.
		if r := recover(); r != nil {
			fr.err = &finding.FileError{Filename: t.name, Reason: fmt.Sprintf("exception while scanning file: %v", r)}
			fr.findings, fr.kept = nil, nil
		}
	}()
	src, reason := readTarget(opts, t)
	if reason != "" {
		fr.err = &finding.FileError{Filename: t.name, Reason: reason}
		return fr
	}
	if isNotebook(t.name) {
		code, m, err := notebook.Convert(src)
		if err != nil {
			fr.err = &finding.FileError{Filename: t.name, Reason: err.Error()}
			return fr
		}
		if opts.MaxFileSize > 0 && int64(len(code)) > opts.MaxFileSize {
			fr.err = &finding.FileError{Filename: t.name, Reason: fmt.Sprintf("file too large (%d bytes of code in its cells; the limit is %d, see --max-file-size)", len(code), opts.MaxFileSize)}
			return fr
		}
		src, fr.nbMap = code, m
	}
	fr.metrics = &Metrics{LOC: CountLOC(src)}
	a, err := opts.Analyzer.Analyze(t.name, src)
	if err != nil {
		fr.err = &finding.FileError{Filename: t.name, Reason: fr.parseErrorReason(err)}
		if fr.nbMap == nil {
			return fr
		}
		// A notebook keeps its other cells' findings; the error stays listed.
		var skipped []int
		var cellErr error
		if a, skipped, cellErr = analyzeSkippingBrokenCells(opts.Analyzer, t.name, src, fr.nbMap); a == nil {
			return fr
		}
		fr.err.Reason = fr.parseErrorReason(cellErr) + skippedCellsNote(skipped)
	}
	if !opts.IgnoreNosec {
		fr.nosec = parseNosec(a.Comments, opts.Resolve, func(line int, msg string) {
			fr.warnings = append(fr.warnings, fmt.Sprintf("%s:%d: %s", t.name, line, msg))
		})
	}
	for _, f := range a.Findings {
		if opts.Enabled != nil && !opts.Enabled(f.RuleID) {
			continue
		}
		f.Filename = t.name
		if kept, ok := fr.suppress(f); ok {
			fr.findings = append(fr.findings, kept)
		}
	}
	// Reports read other files again for excerpts; the sources of notebooks
	// and stdin stay in memory while they have or may get findings.
	inMemory := t.stdin || fr.nbMap != nil
	if inMemory && (len(fr.findings) > 0 || opts.WholeProgram != nil) {
		fr.src = a.Src
		if fr.src == nil {
			fr.src = src
		}
	}
	if opts.WholeProgram != nil && a.Tree != nil {
		fr.kept = opts.WholeProgram.Add(t.name, a.Tree)
	}
	return fr
}

// suppress applies the file's nosec comments to f, counts it in the
// metrics, and places notebook findings in their cell.
func (fr *fileResult) suppress(f finding.Finding) (finding.Finding, bool) {
	if len(f.LineRange) == 0 {
		f.LineRange = []int{f.Line}
	}
	if fr.metrics == nil {
		fr.metrics = &Metrics{}
	}
	switch fr.nosec.check(&f) {
	case blanket:
		fr.metrics.Nosec++
		return f, false
	case targeted:
		fr.metrics.SkippedTests++
		return f, false
	}
	fr.metrics.count(&f)
	if fr.nbMap != nil {
		if cell, line, ok := fr.nbMap.Locate(f.Line); ok {
			f.NotebookCell, f.NotebookLine = cell, line
		}
	}
	return f, true
}

// readTarget returns a file's bytes, or the reason it cannot be scanned.
func readTarget(opts *Options, t fileTarget) ([]byte, string) {
	if t.stdin {
		if opts.Stdin == nil {
			return nil, "standard input is not available"
		}
		return readLimited(opts.Stdin, opts.MaxFileSize)
	}
	info, err := os.Stat(t.path)
	if err != nil {
		return nil, osReason(err)
	}
	if !info.Mode().IsRegular() {
		if info.Mode()&fs.ModeNamedPipe == 0 || !t.named {
			return nil, "not a regular file (" + fileKind(info.Mode()) + ")"
		}
		return readNamedPipe(t.path, opts.MaxFileSize)
	}
	limit := opts.MaxFileSize
	if isNotebook(t.name) {
		// Saved outputs (plots, tables) make notebooks big; the limit is
		// checked on their code once converted.
		limit *= notebookSizeFactor
	}
	if limit > 0 && info.Size() > limit {
		return nil, tooLarge(info.Size(), limit)
	}
	src, err := os.ReadFile(t.path)
	if err != nil {
		return nil, osReason(err)
	}
	return src, ""
}

// notebookSizeFactor is how much bigger than --max-file-size a notebook
// file may be (its outputs are not scanned).
const notebookSizeFactor = 20

func isNotebook(name string) bool { return strings.HasSuffix(name, ".ipynb") }

func tooLarge(size, limit int64) string {
	return fmt.Sprintf("file too large (%d bytes; the limit is %d, see --max-file-size)", size, limit)
}

// readLimited reads a stream (stdin, a pipe) up to the size limit, so
// that `krait scan - </dev/zero` ends with an error instead of eating
// memory.
func readLimited(r io.Reader, limit int64) ([]byte, string) {
	if limit > 0 {
		r = io.LimitReader(r, limit+1)
	}
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, osReason(err)
	}
	if limit > 0 && int64(len(src)) > limit {
		return nil, fmt.Sprintf("file too large (more than %d bytes, the limit; see --max-file-size)", limit)
	}
	return src, ""
}

// readNamedPipe reads a pipe named on the command line. It is opened
// without blocking, so a pipe nobody writes to is an error, not a hang.
func readNamedPipe(path string, limit int64) ([]byte, string) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, osReason(err)
	}
	defer f.Close()
	src, reason := readLimited(f, limit)
	if reason == "" && len(src) == 0 {
		return nil, "not a regular file (named pipe) and nothing was written to it"
	}
	return src, reason
}

// fileKind names a non-regular file type for error messages.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeCharDevice != 0:
		return "character device"
	case m&fs.ModeDevice != 0:
		return "device"
	case m.IsDir():
		return "directory"
	}
	return "irregular file"
}

// parseErrorReason keeps bandit's wording and adds where the error is.
func (fr *fileResult) parseErrorReason(err error) string {
	var se *lexer.SyntaxError
	if !errors.As(err, &se) {
		return "exception while scanning file: " + err.Error()
	}
	kind := se.Kind
	if kind == "" {
		kind = "SyntaxError"
	}
	where := fmt.Sprintf("line %d", se.Line)
	if fr.nbMap != nil {
		if cell, line, ok := fr.nbMap.Locate(se.Line); ok {
			where = fmt.Sprintf("cell %d, line %d", cell, line)
		}
	}
	if se.Line <= 0 {
		return fmt.Sprintf("syntax error while parsing AST from file (%s: %s)", kind, se.Msg)
	}
	return fmt.Sprintf("syntax error while parsing AST from file (%s: %s: %s)", where, kind, se.Msg)
}
