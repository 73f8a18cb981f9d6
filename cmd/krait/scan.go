package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/pflag"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/config"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/report"
	"github.com/kraitsec/krait/scan"
)

const scanHelpFooter = `exit codes:
  0  nothing reported (or --exit-zero)
  1  issues reported (after -l/-i, --severity-level/--confidence-level and -b)
  2  usage or configuration error; files that cannot be scanned are listed, not fatal

Configuration is also read from pyproject.toml ([tool.krait], [tool.bandit]) and a
.bandit file in the scanned tree; "krait rules" lists the rule ids.
`

func runScan(args []string, e *env) int {
	f, fs, err := parseScanFlags(args)
	if errors.Is(err, pflag.ErrHelp) || (err == nil && f.help) {
		fmt.Fprintf(e.stdout, "usage: krait scan [flags] [PATH ...]\n\nScan Python files, directories (always walked) and notebooks; - reads stdin.\n\nflags:\n%s\n%s", fs.FlagUsages(), scanHelpFooter)
		return exitClean
	}
	if err != nil {
		return fail(e, "%v", err)
	}
	if f.version {
		fmt.Fprintln(e.stdout, versionText())
		return exitClean
	}

	opts, err := config.Resolve(&f.Flags, knownPlugins())
	if err != nil {
		return fail(e, "%v", err)
	}
	if opts.Output == "-" {
		opts.Output = "" // as bandit's argparse.FileType: "-" is stdout
	}
	for _, w := range opts.Warnings {
		warn(e, "%s", w)
	}
	sel, warnings, err := opts.Select()
	for _, w := range warnings {
		warn(e, "%s", w)
	}
	if err != nil {
		return fail(e, "%v", err)
	}
	out, err := prepareOutput(opts, e)
	if err != nil {
		return fail(e, "%v", err)
	}
	sopts, err := scanOptions(opts, sel, e)
	if err != nil {
		return fail(e, "%v", err)
	}
	// -o is opened once everything else is known to be right, so a usage
	// error never truncates an existing report, and before the scan, so
	// an unwritable path fails at once.
	if out.w, out.finish, err = openOutput(opts.Output, out.format, e); err != nil {
		return fail(e, "%v", err)
	}

	started := time.Now()
	res, err := scan.Run(sopts)
	if err != nil {
		_ = out.finish(false)
		return fail(e, "%v", err)
	}
	for _, w := range res.Warnings {
		warn(e, "%s", w)
	}
	if listsErrors[out.format] {
		warnMissingTargets(e, opts.Targets)
	}
	if err := out.write(buildRun(res, sopts.Baseline != nil, started), res); err != nil {
		return fail(e, "writing the %s report: %v", out.format, err)
	}
	if !listsErrors[out.format] {
		warnErrors(e, res.Errors)
	}
	if opts.Output != "" && !opts.Quiet && out.format != "screen" {
		fmt.Fprintf(e.stderr, "krait: %s report written to %s\n", out.format, opts.Output)
	}
	if len(res.Findings) > 0 && !opts.ExitZero {
		return exitFindings
	}
	return exitClean
}

// listsErrors are the formats with a place for the files that could not
// be scanned; for the others (bandit's csv, xml and custom layouts) they
// are listed on stderr, so that no file is dropped silently.
var listsErrors = map[string]bool{
	"text": true, "txt": true, "screen": true, "json": true, "yaml": true, "sarif": true, "html": true,
}

// maxErrorWarnings bounds that list on stderr.
const maxErrorWarnings = 20

// warnMissingTargets: a mistyped target must not pass unnoticed when the
// report goes to a file or a format read by a machine (the report lists
// it too).
func warnMissingTargets(e *env, targets []string) {
	for _, t := range targets {
		if _, err := os.Stat(t); t != "-" && errors.Is(err, os.ErrNotExist) {
			warn(e, "%s: no such file or directory", t)
		}
	}
}

// warnErrors lists the files that could not be scanned on stderr, for the
// formats without a place for them.
func warnErrors(e *env, errs []finding.FileError) {
	for i, fe := range errs {
		if i == maxErrorWarnings {
			warn(e, "%d more files with errors (-f json or -f text lists every one)", len(errs)-i)
			return
		}
		warn(e, "%s: %s", fe.Filename, fe.Reason)
	}
}

// output is the chosen formatter, its options and where it writes.
type output struct {
	format    string
	formatter report.Formatter
	opts      report.Options
	w         io.Writer
	// finish closes the output; with -o the report replaces FILE only when
	// written whole (ok), so a failed or interrupted run never leaves a
	// truncated report behind.
	finish func(ok bool) error
}

func (o *output) write(run *report.Run, res *scan.Result) error {
	o.opts.SourceLines = res.SourceLines
	// Reports ask once per finding, in file order: keep the last answer.
	var lastName string
	var last *report.Notebook
	o.opts.Notebook = func(filename string) *report.Notebook {
		if filename != lastName {
			lastName, last = filename, reportNotebook(res, filename)
		}
		return last
	}
	err := o.formatter.Write(o.w, run, o.opts)
	if ferr := o.finish(err == nil); err == nil {
		err = ferr
	}
	return err
}

// prepareOutput picks the formatter and checks its options (and that it
// accepts -b) before anything is scanned.
func prepareOutput(opts *config.Options, e *env) (*output, error) {
	o := &output{format: opts.Format}
	if o.format == "" {
		o.format = "text"
	}
	var ok bool
	if o.formatter, ok = report.Lookup(o.format); !ok {
		return nil, fmt.Errorf("--format: invalid choice %q (choose from %s)", o.format, strings.Join(report.Names(), ", "))
	}
	o.opts = report.DefaultOptions()
	o.opts.Aggregate = opts.Aggregate
	o.opts.Context = opts.Number
	o.opts.MsgTemplate = opts.MsgTemplate
	o.opts.Verbose = opts.Verbose
	o.opts.Warnings = e.stderr
	o.opts.Color = o.format == "text" && opts.Output == "" && e.stdoutIsTTY &&
		e.getenv("NO_COLOR") == "" && e.getenv("TERM") != "dumb"
	if v, ok := o.formatter.(report.OptionsValidator); ok {
		if err := v.ValidateOptions(o.opts); err != nil {
			// Name the flag at fault rather than the report package.
			what := "--format " + o.format
			if o.format == "custom" {
				what = "--msg-template"
			}
			return nil, fmt.Errorf("%s: %s", what, strings.TrimPrefix(err.Error(), report.ErrBadOptions.Error()+": "))
		}
	}
	if opts.Baseline != "" && !o.formatter.AcceptsBaseline() {
		return nil, fmt.Errorf("baseline comparison is only supported with the %s formats, not %s", baselineFormats(), o.format)
	}
	return o, nil
}

// scanOptions loads the baseline and builds the engine's options.
func scanOptions(opts *config.Options, sel *config.Selection, e *env) (*scan.Options, error) {
	var baseline *scan.Baseline
	if opts.Baseline != "" {
		var warns []string
		var err error
		if baseline, warns, err = scan.LoadBaseline(opts.Baseline); err != nil {
			return nil, err
		}
		for _, w := range warns {
			warn(e, "%s", w)
		}
	}
	stage, err := wholeProgram(opts, sel)
	if err != nil {
		return nil, err
	}
	sopts := &scan.Options{
		Targets:         opts.Targets,
		Include:         opts.Include,
		Exclude:         opts.Exclude,
		ExcludeDirNames: opts.ExcludeDirNames,
		SkipVirtualenvs: opts.SkipVirtualenvs,
		Gitignore:       opts.Gitignore,
		MaxFileSize:     opts.MaxFileSize,
		Jobs:            opts.Jobs,
		IgnoreNosec:     opts.IgnoreNosec,
		MinSeverity:     opts.MinSeverity,
		MinConfidence:   opts.MinConfidence,
		Enabled:         sel.Enabled,
		Baseline:        baseline,
		Stdin:           e.stdin,
		Analyzer:        newAnalyzer(&checks.Config{Enabled: sel.Enabled, Plugins: opts.Plugins}),
		WholeProgram:    stage,
	}
	if !opts.Quiet && e.stderrIsTTY {
		sopts.Progress = e.stderr
	}
	return sopts, nil
}

// openOutput opens -o (screen always writes to stdout, like bandit's).
// A regular file is written under a temporary name in its directory and
// renamed over FILE once complete; devices, pipes and symlinks are
// written in place.
func openOutput(path, format string, e *env) (io.Writer, func(ok bool) error, error) {
	if path == "" || format == "screen" {
		if path != "" {
			warn(e, "screen formatter output was not written to file %s; use -f txt", path)
		}
		return e.stdout, func(bool) error { return nil }, nil
	}
	cannot := func(err error) error {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("cannot open output file %s: %v", path, err)
	}
	mode := os.FileMode(0o644)
	if info, err := os.Lstat(path); err == nil {
		if !info.Mode().IsRegular() {
			file, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
			if err != nil {
				return nil, nil, cannot(err)
			}
			return file, func(bool) error { return file.Close() }, nil
		}
		mode = info.Mode().Perm()
	}
	if info, err := os.Stat(filepath.Dir(path)); err == nil && !info.IsDir() {
		return nil, nil, cannot(syscall.ENOTDIR)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".krait-*")
	if err != nil {
		// A directory we may not write in can hold a file we may write.
		file, ferr := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
		if ferr != nil {
			return nil, nil, cannot(err)
		}
		return file, func(bool) error { return file.Close() }, nil
	}
	e.atInterrupt(func() { os.Remove(tmp.Name()) })
	finish := func(ok bool) error {
		err := tmp.Close()
		if err == nil && ok {
			if err = os.Chmod(tmp.Name(), mode); err == nil {
				err = os.Rename(tmp.Name(), path)
			}
		}
		if err != nil || !ok {
			os.Remove(tmp.Name())
		}
		return err
	}
	return tmp, finish, nil
}

// buildRun turns the scan result into what the formatters report.
func buildRun(res *scan.Result, withBaseline bool, started time.Time) *report.Run {
	run := &report.Run{
		Findings:      res.Findings,
		Errors:        res.Errors,
		Metrics:       map[string]*report.Metrics{},
		Totals:        report.Metrics(res.Totals),
		FilesInScope:  res.FilesInScope,
		FilesExcluded: res.FilesExcluded,
		GeneratedAt:   started.UTC(),
		Version:       version,
		Baseline:      withBaseline,
		Candidates:    res.Candidates,
	}
	if wd, err := os.Getwd(); err == nil {
		run.Root = filepath.ToSlash(wd)
	}
	for name, m := range res.Metrics {
		rm := report.Metrics(*m)
		run.Metrics[name] = &rm
	}
	return run
}

// reportNotebook hands a scanned notebook's line map and cells (as
// written) to the reports, or nil when filename is not a notebook.
func reportNotebook(res *scan.Result, filename string) *report.Notebook {
	lines, cells := res.Notebook(filename)
	if lines == nil {
		return nil
	}
	nb := &report.Notebook{Lines: lines, Cells: map[int]*report.Cell{}}
	for i, c := range cells {
		nb.Cells[i] = &report.Cell{Lines: c.Lines, FileLines: c.FileLines}
	}
	return nb
}

// baselineFormats names the formats that accept -b, like bandit's message.
func baselineFormats() string {
	var names []string
	for _, n := range report.Names() {
		if f, ok := report.Lookup(n); ok && f.AcceptsBaseline() {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}
