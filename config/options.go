package config

import "github.com/kraitsec/krait/finding"

// BanditExcludes is bandit's default -x list. Entries match a path by
// fnmatch or by substring, as bandit does.
var BanditExcludes = []string{".svn", "CVS", ".bzr", ".hg", ".git", "__pycache__", ".tox", ".eggs", "*.egg"}

// ExtraExcludeDirs are directory names krait skips by default on top of
// bandit's list. They match whole path components (not substrings), so
// ".venv" does not hide "prevent.venvy.py". Virtualenvs of any name (a
// directory holding pyvenv.cfg) are skipped too, see SkipVirtualenvs; a
// plain directory named "venv" is not one (the standard library's venv
// package is source like any other).
var ExtraExcludeDirs = []string{".venv", "site-packages", "node_modules"}

// DefaultInclude is the file globs scanned when walking directories.
var DefaultInclude = []string{"*.py", "*.pyw", "*.ipynb"}

// TaintSourceGroups are the values taint_sources accepts.
var TaintSourceGroups = map[string]bool{"remote": true, "local": true, "environment": true, "file": true, "database": true}

// DefaultMaxFileSize is the largest file scanned (bytes); larger files are
// listed as errors.
const DefaultMaxFileSize = 10 << 20

// Options is the merged, validated configuration of one run.
type Options struct {
	Targets       []string
	Recursive     bool
	Format        string // "" means: text (coloured on a terminal)
	Output        string // "" means stdout
	MinSeverity   finding.Level
	MinConfidence finding.Level
	Tests         []string // words from -t/tests (ids or names); empty = all
	Skips         []string // words from -s/skips
	// Exclude holds bandit-style exclude entries (fnmatch or substring).
	Exclude []string
	// ExcludeDirNames are matched against whole path components.
	ExcludeDirNames []string
	// SkipVirtualenvs skips directories holding pyvenv.cfg (default
	// excludes only).
	SkipVirtualenvs bool
	Include         []string
	Baseline        string
	Aggregate       string // "file" or "vuln"
	Number          int    // lines of code context
	MsgTemplate     string
	IgnoreNosec     bool
	ExitZero        bool
	Quiet           bool
	Verbose         bool
	Jobs            int // 0 = all cores
	Gitignore       bool
	// Taint runs the whole-program taint analysis (T rules); on unless
	// --no-taint or `taint = false` in [tool.krait].
	Taint       bool
	MaxFileSize int64
	// Plugins are bandit plugin option blocks by config key
	// ("shell_injection": {"subprocess": [...]}), merged over the defaults
	// given to Resolve.
	Plugins map[string]map[string]any
	// TaintSources are the source groups the taint analysis uses
	// ([tool.krait] taint_sources; nil = remote and local).
	TaintSources []string
	// TaintTreeCache is the source size whose trees the taint analysis
	// keeps at once ([tool.krait] taint_tree_cache; 0 = its default).
	TaintTreeCache int64
	// Models are extra taint model files named in [tool.krait].
	Models []string
	// Sources lists the configuration files that were read, for -v.
	Sources []string
	// Warnings are non-fatal problems (deprecated keys, unknown test ids).
	Warnings []string
}
