package scan

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/kraitsec/krait/finding"
)

// StdinName is how a scan of "-" names its file, as bandit does.
const StdinName = "<stdin>"

// fileTarget is one file to scan.
type fileTarget struct {
	name  string // as reported (bandit's spelling)
	path  string // to open
	stdin bool
	// named on the command line: a named pipe given explicitly (e.g.
	// <(cat x.py)) is read; one found while walking is not.
	named bool
}

type discovered struct {
	files    []fileTarget
	excluded []string
	errors   []finding.FileError
}

// discover expands the targets into the sorted list of files to scan,
// with bandit's naming: a named file is "./x.py" (absolute paths kept),
// files found in a directory are joined to the directory as typed.
func discover(opts *Options) discovered {
	var d discovered
	filter := newPathFilter(opts.Include, opts.Exclude, opts.ExcludeDirNames)
	trees := map[string]*gitIgnore{}
	seen := map[string]bool{}
	add := func(t fileTarget) {
		t.name = displayName(t.name)
		if !seen[t.name] {
			seen[t.name] = true
			d.files = append(d.files, t)
		}
	}
	for _, target := range opts.Targets {
		if target == "-" {
			add(fileTarget{name: StdinName, stdin: true})
			continue
		}
		info, err := os.Stat(target)
		if err != nil {
			d.errors = append(d.errors, finding.FileError{Filename: displayName(target), Reason: osReason(err)})
			continue
		}
		if !info.IsDir() {
			if filter.excluded(target) {
				d.excluded = append(d.excluded, target)
				continue
			}
			name := target
			if !filepath.IsAbs(target) {
				name = "./" + target
			}
			add(fileTarget{name: name, path: target, named: true})
			continue
		}
		var gi *gitIgnore
		if opts.Gitignore {
			if abs, err := filepath.Abs(target); err == nil {
				if root := findWorkTree(abs); root != "" {
					if trees[root] == nil {
						trees[root] = newGitIgnore(root)
					}
					gi = trees[root]
					// A directory git ignores, named explicitly, is scanned
					// whole (e.g. a virtualenv or ~/.pyenv/versions/...).
					if gi.dirIgnored(abs) {
						gi = nil
					}
				}
			}
		}
		w := walker{filter: filter, git: gi, d: &d, add: add, skipVenvs: opts.SkipVirtualenvs}
		abs, _ := filepath.Abs(target)
		w.walk(target, abs)
	}
	slices.SortFunc(d.files, func(a, b fileTarget) int { return strings.Compare(a.name, b.name) })
	for i, x := range d.excluded {
		d.excluded[i] = displayName(x)
	}
	slices.Sort(d.excluded)
	slices.SortFunc(d.errors, func(a, b finding.FileError) int { return strings.Compare(a.Filename, b.Filename) })
	return d
}

type walker struct {
	skipVenvs bool
	filter    *pathFilter
	git       *gitIgnore
	d         *discovered
	add       func(fileTarget)
}

// walk lists dir like os.walk (symlinked directories are not followed),
// skipping directories whose every file would be excluded or ignored.
func (w *walker) walk(dir, abs string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.d.errors = append(w.d.errors, finding.FileError{Filename: displayName(dir), Reason: osReason(err)})
		return
	}
	for _, e := range entries {
		name := e.Name()
		path := joinLikeOSWalk(dir, name)
		entryAbs := filepath.Join(abs, name)
		switch {
		case e.IsDir():
			if name == ".git" && w.git != nil {
				continue
			}
			if w.filter.prunable(path, name) || (w.git != nil && w.git.ignored(entryAbs, true)) || (w.skipVenvs && isVirtualenv(path)) {
				w.d.excluded = append(w.d.excluded, path+"/")
				continue
			}
			w.walk(path, entryAbs)
		case e.Type()&fs.ModeSymlink != 0:
			info, err := os.Stat(path)
			if err == nil && info.IsDir() {
				continue // like os.walk: symlinked directories are not entered
			}
			if !w.filter.included(path) {
				continue
			}
			if err != nil {
				w.d.errors = append(w.d.errors, finding.FileError{Filename: displayName(path), Reason: osReason(err)})
				continue
			}
			w.file(path, entryAbs)
		case e.Type().IsRegular():
			if w.filter.included(path) {
				w.file(path, entryAbs)
			}
		default:
			// A pipe, socket or device named like a Python file is
			// listed (never opened: a pipe would block the scan).
			if w.filter.included(path) {
				w.file(path, entryAbs)
			}
		}
	}
}

// isVirtualenv says dir is a virtual environment (venv and virtualenv
// write pyvenv.cfg at its root), whatever its name.
func isVirtualenv(dir string) bool {
	info, err := os.Stat(filepath.Join(dir, "pyvenv.cfg"))
	return err == nil && info.Mode().IsRegular()
}

func (w *walker) file(path, abs string) {
	if w.filter.excluded(path) || (w.git != nil && w.git.ignored(abs, false)) {
		w.d.excluded = append(w.d.excluded, path)
		return
	}
	w.add(fileTarget{name: path, path: path})
}

// joinLikeOSWalk is os.path.join(root, name): no cleaning, so "." gives
// "./x.py" as bandit reports it.
func joinLikeOSWalk(dir, name string) string {
	if strings.HasSuffix(dir, "/") {
		return dir + name
	}
	return dir + "/" + name
}

// osReason is Python's strerror for an OS error ("No such file or
// directory"), with symlink loops named plainly.
func osReason(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		if errno == syscall.ELOOP {
			return "symlink loop (too many levels of symbolic links)"
		}
		s := errno.Error()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// displayName is how a path is reported: file names are bytes, reports
// are UTF-8 (JSON, YAML and XML cannot carry other bytes), so bytes that
// are not UTF-8 are written as \xNN, as Python's repr() would. The file is
// still opened by its real path.
func displayName(p string) string {
	if utf8.ValidString(p) {
		return p
	}
	var b strings.Builder
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		if r == utf8.RuneError && size == 1 {
			fmt.Fprintf(&b, "\\x%02x", p[i])
		} else {
			b.WriteString(p[i : i+size])
		}
		i += size
	}
	return b.String()
}
