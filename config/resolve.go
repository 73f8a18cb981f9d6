package config

import (
	"fmt"
	"maps"
	"os"
	"strconv"
	"strings"

	"github.com/kraitsec/krait/finding"
)

// Resolve merges the command line with the configuration files, in this
// order of precedence (highest first):
//
//  1. flags typed on the command line;
//  2. the .bandit INI file (--ini, or the one found by walking the targets);
//  3. the profile: the -c file (bandit YAML, or TOML when it ends in .toml),
//     or else the nearest pyproject.toml with [tool.krait] / [tool.bandit]
//     ([tool.krait] wins over [tool.bandit] key by key);
//  4. built-in defaults.
//
// As in bandit, tests/skips of the profile are added to those of the
// command line (or INI), and exclude_dirs are added to -x (or the INI's
// exclude, or the default list). known gives the plugin option blocks and
// their defaults, used to validate and fill plugin options.
func Resolve(f *Flags, known Known) (*Options, error) {
	o := &Options{
		Format:      "",
		Aggregate:   "file",
		Number:      3,
		Gitignore:   true,
		MaxFileSize: DefaultMaxFileSize,
	}
	if err := checkFlagConflicts(f); err != nil {
		return nil, err
	}

	targets := f.Targets
	var ini *iniOptions
	iniPath := f.IniFile
	if iniPath == "" {
		search := targets
		if len(search) == 0 {
			search = []string{"."}
		}
		found, err := findBanditINI(search)
		if err != nil {
			return nil, err
		}
		iniPath = found
	}
	if iniPath != "" {
		var err error
		if ini, err = loadINI(iniPath); err != nil {
			return nil, err
		}
		o.Sources = append(o.Sources, iniPath)
	} else {
		ini = &iniOptions{}
	}
	if len(targets) == 0 {
		targets = ini.targets
	}
	if len(targets) == 0 {
		targets = []string{"."}
	}
	o.Targets = targets

	prof, err := loadProfile(f, ini, targets, known)
	if err != nil {
		return nil, err
	}
	if prof.path != "" {
		o.Sources = append(o.Sources, prof.path)
	}
	o.Warnings = append(o.Warnings, ini.warnings...)
	o.Warnings = append(o.Warnings, prof.warnings...)

	o.Recursive = pickBool(f.given("recursive"), f.Recursive, ini.recursive, nil, false)
	o.Format = pickString(f.given("format"), f.Format, ini.format, prof.format, "")
	o.Output = pickString(f.given("output"), f.Output, ini.output, prof.output, "")
	o.Baseline = pickString(f.given("baseline"), f.Baseline, ini.baseline, prof.baseline, "")
	o.Aggregate = pickString(f.given("aggregate"), f.Aggregate, ini.aggregate, prof.aggregate, "file")
	o.MsgTemplate = pickString(f.given("msg-template"), f.MsgTemplate, ini.msgTemplate, prof.msgTemplate, "")
	o.IgnoreNosec = pickBool(f.given("ignore-nosec"), f.IgnoreNosec, ini.ignoreNosec, prof.ignoreNosec, false)
	o.ExitZero = pickBool(f.given("exit-zero"), f.ExitZero, ini.exitZero, prof.exitZero, false)
	o.Quiet = pickBool(f.given("quiet"), f.Quiet, ini.quiet, nil, false)
	o.Verbose = pickBool(f.given("verbose"), f.Verbose, ini.verbose, nil, false)
	o.Taint = pickBool(f.given("taint"), f.Taint, nil, prof.taint, true)
	if f.NoTaint {
		o.Taint = false
	}
	o.Gitignore = !f.NoGitignore
	if !f.given("no-gitignore") && prof.gitignore != nil {
		o.Gitignore = *prof.gitignore
	}
	switch {
	case f.given("number"):
		o.Number = f.Number
	case ini.number != nil:
		o.Number = *ini.number
	case prof.number != nil:
		o.Number = *prof.number
	}
	switch {
	case f.given("jobs"):
		o.Jobs = f.Jobs
	case prof.jobs != nil:
		o.Jobs = *prof.jobs
	}
	if f.given("max-file-size") {
		n, err := ParseSize(f.MaxFileSize)
		if err != nil {
			return nil, errorf("", 0, "--max-file-size: %v", err)
		}
		o.MaxFileSize = n
	} else if prof.maxFileSize != nil {
		o.MaxFileSize = *prof.maxFileSize
	}

	if o.MinSeverity, err = pickLevel(f, "severity-level", "level", f.SeverityLevel, f.Level, ini.level, prof.minSeverity); err != nil {
		return nil, err
	}
	if o.MinConfidence, err = pickLevel(f, "confidence-level", "confidence", f.ConfidenceLevel, f.Confidence, ini.confidence, prof.minConfidence); err != nil {
		return nil, err
	}

	o.Tests = append(pickList(f.given("tests"), f.Tests, ini.tests), prof.tests...)
	o.Skips = append(pickList(f.given("skip"), f.Skips, ini.skips), prof.skips...)
	if name := pickString(f.given("profile"), f.Profile, ini.profile, "", ""); name != "" {
		np, ok := prof.profiles[name]
		if !ok {
			where := prof.path
			if where == "" {
				where = "the configuration (no -c file)"
			}
			return nil, errorf("", 0, "unable to find profile (%s) in config file: %s", name, where)
		}
		o.Tests = append(o.Tests, np.include...)
		o.Skips = append(o.Skips, np.exclude...)
	}
	switch {
	case f.given("exclude"):
		o.Exclude = dirEntriesToGlobs(f.Exclude)
	case ini.hasExclude:
		o.Exclude = dirEntriesToGlobs(ini.exclude)
	default:
		o.Exclude = append([]string(nil), BanditExcludes...)
		o.ExcludeDirNames = append([]string(nil), ExtraExcludeDirs...)
		o.SkipVirtualenvs = true
	}
	o.Exclude = append(o.Exclude, prof.excludeDirs...)
	o.Include = DefaultInclude
	if prof.include != nil {
		o.Include = prof.include
	}
	o.Models = prof.models
	o.TaintSources = prof.taintSources
	if prof.taintTreeCache != nil {
		o.TaintTreeCache = *prof.taintTreeCache
	}
	o.Plugins = mergePlugins(known, prof.plugins)

	if err := validateFormat(o); err != nil {
		return nil, err
	}
	return o, nil
}

func loadProfile(f *Flags, ini *iniOptions, targets []string, known Known) (*profile, error) {
	path := f.ConfigFile
	if path == "" {
		path = ini.configfile
	}
	if path != "" {
		return loadProfileFile(path, known)
	}
	found, err := findPyproject(targets)
	if err != nil || found == "" {
		return &profile{}, err
	}
	data, err := readFile(found)
	if err != nil {
		return nil, err
	}
	p, ok, err := loadPyproject(found, data, known)
	if err != nil {
		return nil, err
	}
	if !ok {
		return &profile{}, nil
	}
	return p, nil
}

func checkFlagConflicts(f *Flags) error {
	pairs := [][2]string{{"level", "severity-level"}, {"confidence", "confidence-level"}, {"quiet", "verbose"}}
	for _, p := range pairs {
		if f.given(p[0]) && f.given(p[1]) {
			return errorf("", 0, "--%s and --%s cannot be used together", p[0], p[1])
		}
	}
	if f.given("aggregate") && f.Aggregate != "file" && f.Aggregate != "vuln" {
		return errorf("", 0, "--aggregate: invalid choice %q (choose from file, vuln)", f.Aggregate)
	}
	if f.given("number") && f.Number < 0 {
		return errorf("", 0, "--number must not be negative")
	}
	if f.given("jobs") && f.Jobs < 1 {
		return errorf("", 0, "--jobs must be at least 1 (leave it out to use every core)")
	}
	// bandit indexes its levels with the count and fails past -lll.
	if f.given("level") && f.Level > 3 {
		return errorf("", 0, "--level: -l can be given at most 3 times (-lll = high severity only)")
	}
	if f.given("confidence") && f.Confidence > 3 {
		return errorf("", 0, "--confidence: -i can be given at most 3 times (-iii = high confidence only)")
	}
	return nil
}

// validateFormat checks what does not depend on the formatters available
// (the command line checks the format name against the report registry).
func validateFormat(o *Options) error {
	if o.MsgTemplate != "" && o.Format != "custom" {
		return errorf("", 0, "--msg-template can only be used with --format=custom")
	}
	return nil
}

// pickLevel applies --X-level, else the -l/-i count, else INI, else profile.
func pickLevel(f *Flags, named, count, name string, n int, ini, prof *int) (finding.Level, error) {
	switch {
	case f.given(named):
		lvl, err := finding.ParseLevel(name)
		if err != nil || strings.EqualFold(name, "undefined") {
			return 0, errorf("", 0, "--%s: invalid choice %q (choose from all, low, medium, high)", named, name)
		}
		return lvl, nil
	case f.given(count) && n > 0:
		return finding.Level(min(n, 3)), nil
	case ini != nil:
		return finding.Level(*ini), nil
	case prof != nil:
		return finding.Level(*prof), nil
	}
	return finding.Undefined, nil
}

func pickString(given bool, flag, ini, prof, def string) string {
	switch {
	case given:
		return flag
	case ini != "":
		return ini
	case prof != "":
		return prof
	}
	return def
}

func pickBool(given, flag bool, ini, prof *bool, def bool) bool {
	switch {
	case given:
		return flag
	case ini != nil:
		return *ini
	case prof != nil:
		return *prof
	}
	return def
}

func pickList(given bool, flag, ini []string) []string {
	if given {
		return append([]string(nil), flag...)
	}
	return append([]string(nil), ini...)
}

// mergePlugins overlays user option blocks on the defaults, option by
// option, so a block that sets one option keeps the others' defaults.
func mergePlugins(defaults Known, user map[string]map[string]any) map[string]map[string]any {
	out := map[string]map[string]any{}
	for k, block := range defaults {
		out[k] = maps.Clone(block)
	}
	for k, block := range user {
		if out[k] == nil {
			out[k] = map[string]any{}
		}
		maps.Copy(out[k], block)
	}
	return out
}

// ParseSize reads a byte count with an optional K/M/G suffix (powers of
// 1024), e.g. "10M", "512k", "1048576".
func ParseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.TrimSuffix(strings.TrimSuffix(t, "B"), "I")
	mult := int64(1)
	if t != "" {
		switch t[len(t)-1] {
		case 'K':
			mult, t = 1<<10, t[:len(t)-1]
		case 'M':
			mult, t = 1<<20, t[:len(t)-1]
		case 'G':
			mult, t = 1<<30, t[:len(t)-1]
		}
	}
	n, err := strconv.ParseInt(strings.TrimSpace(t), 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("invalid size %q (want a positive number of bytes, optionally with K, M or G)", s)
	}
	return n * mult, nil
}

// dirEntriesToGlobs applies bandit's rule for -x: an entry naming an
// existing directory becomes "dir/*", so with target "." it must be
// spelled "./tests" to match "./tests/x.py", exactly as in bandit. The
// default list and exclude_dirs from config files are kept as written.
func dirEntriesToGlobs(entries []string) []string {
	out := make([]string, len(entries))
	for i, e := range entries {
		out[i] = e
		if info, err := os.Stat(e); err == nil && info.IsDir() {
			if strings.HasSuffix(e, "/") {
				out[i] = e + "*"
			} else {
				out[i] = e + "/*"
			}
		}
	}
	return out
}
