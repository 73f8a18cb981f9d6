package main

import (
	"io"
	"strings"

	"github.com/spf13/pflag"

	"github.com/kraitsec/krait/config"
)

// scanFlags are the parsed `krait scan` flags plus the ones krait only
// accepts for bandit compatibility.
type scanFlags struct {
	config.Flags
	help, version, debug, silent bool
	tests, skips, exclude        string
}

// newScanFlagSet declares bandit's flags (same names, short forms and
// defaults) and krait's own. Count flags make -ll and -iii work.
func newScanFlagSet(f *scanFlags) *pflag.FlagSet {
	fs := pflag.NewFlagSet("krait scan", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.SortFlags = false
	fs.BoolVarP(&f.Recursive, "recursive", "r", false, "accepted for bandit compatibility: directories are always walked")
	fs.StringVarP(&f.Aggregate, "aggregate", "a", "file", "sort json/yaml results by file or by vuln (test name)")
	fs.IntVarP(&f.Number, "number", "n", 3, "lines of code context per issue")
	fs.StringVarP(&f.ConfigFile, "configfile", "c", "", "bandit YAML config, or TOML ([tool.bandit]/[tool.krait]) when it ends in .toml")
	fs.StringVarP(&f.Profile, "profile", "p", "", "legacy bandit profile name from the -c config's profiles: key")
	fs.StringVarP(&f.tests, "tests", "t", "", "comma list of rule ids or names to run (B001 = every blacklist id)")
	fs.StringVarP(&f.skips, "skip", "s", "", "comma list of rule ids or names to skip")
	fs.CountVarP(&f.Level, "level", "l", "minimum severity: -l low, -ll medium, -lll high")
	fs.StringVar(&f.SeverityLevel, "severity-level", "", "minimum severity: all, low, medium or high")
	fs.CountVarP(&f.Confidence, "confidence", "i", "minimum confidence: -i low, -ii medium, -iii high")
	fs.StringVar(&f.ConfidenceLevel, "confidence-level", "", "minimum confidence: all, low, medium or high")
	fs.StringVarP(&f.Format, "format", "f", "", "output format: text (default), json, sarif, html, csv, xml, yaml, custom (txt and screen too)")
	fs.StringVar(&f.MsgTemplate, "msg-template", "", "line template for -f custom, e.g. \"{relpath}:{line}: {test_id} {msg}\"")
	fs.StringVarP(&f.Output, "output", "o", "", "write the report to this file instead of stdout")
	fs.BoolVarP(&f.Verbose, "verbose", "v", false, "list files in scope and excluded (text format)")
	fs.BoolVarP(&f.debug, "debug", "d", false, "accepted for bandit compatibility")
	fs.BoolVarP(&f.Quiet, "quiet", "q", false, "only warnings and errors on stderr; no progress bar")
	fs.BoolVar(&f.silent, "silent", false, "same as --quiet")
	fs.BoolVar(&f.IgnoreNosec, "ignore-nosec", false, "do not honour # nosec comments")
	fs.StringVarP(&f.exclude, "exclude", "x", "", "comma list of paths/globs to exclude (replaces the default list)")
	fs.StringVarP(&f.Baseline, "baseline", "b", "", "JSON report (krait's or bandit's) whose issues are not reported again")
	fs.StringVar(&f.IniFile, "ini", "", "bandit .bandit-style INI file")
	fs.BoolVar(&f.ExitZero, "exit-zero", false, "exit 0 even when issues are reported")
	fs.BoolVar(&f.version, "version", false, "print the version and exit")
	fs.IntVarP(&f.Jobs, "jobs", "j", 0, "parallel workers (default: every core)")
	fs.BoolVar(&f.NoGitignore, "no-gitignore", false, "scan files that .gitignore ignores")
	fs.BoolVar(&f.Taint, "taint", true, "run the whole-program taint analysis (T rules: source-to-sink flows)")
	fs.BoolVar(&f.NoTaint, "no-taint", false, "skip the taint analysis (bandit-style checks only)")
	fs.StringVar(&f.MaxFileSize, "max-file-size", "10M", "skip (and list as errors) files larger than this (K, M, G suffixes)")
	fs.BoolVarP(&f.help, "help", "h", false, "show this help")
	for _, hidden := range []string{"debug", "silent"} {
		_ = fs.MarkHidden(hidden)
	}
	return fs
}

// parseScanFlags parses args into flags; Set records what was typed.
func parseScanFlags(args []string) (*scanFlags, *pflag.FlagSet, error) {
	f := &scanFlags{}
	fs := newScanFlagSet(f)
	if err := fs.Parse(args); err != nil {
		return nil, fs, err
	}
	f.Targets = fs.Args()
	f.Set = map[string]bool{}
	fs.Visit(func(fl *pflag.Flag) { f.Set[fl.Name] = true })
	if f.silent {
		f.Quiet = true
		f.Set["quiet"] = true
	}
	f.Tests = splitComma(f.tests)
	f.Skips = splitComma(f.skips)
	f.Exclude = splitComma(f.exclude)
	if f.Set["skip"] {
		f.Set["skips"] = true
	}
	return f, fs, nil
}

// splitComma is bandit's str.split(",") without empty pieces.
func splitComma(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
