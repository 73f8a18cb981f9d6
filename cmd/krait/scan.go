package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/config"
	"github.com/kraitsec/krait/report"
	"github.com/kraitsec/krait/scan"
)

func runScan(args []string, e *env) int {
	f, fs, err := parseScanFlags(args)
	if errors.Is(err, pflag.ErrHelp) || (err == nil && f.help) {
		fmt.Fprintf(e.stdout, "usage: krait scan [flags] [PATH ...]\n\nScan Python files, directories (always walked) and notebooks; - reads stdin.\n\nflags:\n%s", fs.FlagUsages())
		return exitClean
	}
	if err != nil {
		return fail(e, "%v", err)
	}
	if f.version {
		fmt.Fprintln(e.stdout, versionText())
		return exitClean
	}
	if f.profile != "" {
		return fail(e, "-p/--profile (legacy bandit profiles) is not supported; select rules with -t/-s or a config file")
	}

	opts, err := config.Resolve(&f.Flags, knownPlugins())
	if err != nil {
		return fail(e, "%v", err)
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

	formatName := opts.Format
	if formatName == "" {
		formatName = "text"
	}
	formatter, ok := report.Lookup(formatName)
	if !ok {
		return fail(e, "--format: invalid choice %q (choose from %s)", formatName, strings.Join(report.Names(), ", "))
	}
	ropts := report.DefaultOptions()
	ropts.Aggregate = opts.Aggregate
	ropts.Context = opts.Number
	ropts.MsgTemplate = opts.MsgTemplate
	ropts.Verbose = opts.Verbose
	ropts.Warnings = e.stderr
	if v, ok := formatter.(report.OptionsValidator); ok {
		if err := v.ValidateOptions(ropts); err != nil {
			return fail(e, "%v", err)
		}
	}

	var baseline *scan.Baseline
	if opts.Baseline != "" {
		if !formatter.AcceptsBaseline() {
			return fail(e, "baseline comparison is only supported with the %s formats, not %s", baselineFormats(), formatName)
		}
		var warns []string
		baseline, warns, err = scan.LoadBaseline(opts.Baseline)
		if err != nil {
			return fail(e, "%v", err)
		}
		for _, w := range warns {
			warn(e, "%s", w)
		}
	}

	out, closeOut, err := openOutput(opts.Output, formatName, e)
	if err != nil {
		return fail(e, "%v", err)
	}
	ropts.Color = formatName == "text" && opts.Output == "" && e.stdoutIsTTY &&
		e.getenv("NO_COLOR") == "" && e.getenv("TERM") != "dumb"

	stage, err := wholeProgram(opts, sel)
	if err != nil {
		closeOut()
		return fail(e, "%v", err)
	}
	sopts := &scan.Options{
		Targets:         opts.Targets,
		Include:         opts.Include,
		Exclude:         opts.Exclude,
		ExcludeDirNames: opts.ExcludeDirNames,
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
	started := time.Now()
	res, err := scan.Run(sopts)
	if err != nil {
		closeOut()
		return fail(e, "%v", err)
	}
	for _, w := range res.Warnings {
		warn(e, "%s", w)
	}

	run := buildRun(res, baseline != nil, started)
	ropts.SourceLines = res.SourceLines
	werr := formatter.Write(out, run, ropts)
	if cerr := closeOut(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return fail(e, "writing the %s report: %v", formatName, werr)
	}
	if opts.Output != "" && !opts.Quiet && formatName != "screen" {
		fmt.Fprintf(e.stderr, "krait: %s report written to %s\n", formatName, opts.Output)
	}
	if len(res.Findings) > 0 && !opts.ExitZero {
		return exitFindings
	}
	return exitClean
}

// openOutput opens -o (screen always writes to stdout, like bandit's).
func openOutput(path, format string, e *env) (io.Writer, func() error, error) {
	if path == "" || format == "screen" {
		if path != "" {
			warn(e, "screen formatter output was not written to file %s; use -f txt", path)
		}
		return e.stdout, func() error { return nil }, nil
	}
	file, err := os.Create(path)
	if err != nil {
		return nil, nil, fmt.Errorf("cannot open output file %s: %v", path, errors.Unwrap(err))
	}
	return file, file.Close, nil
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
