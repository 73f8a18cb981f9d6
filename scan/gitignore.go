package scan

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
)

// gitRule is one line of a .gitignore file.
type gitRule struct {
	re      *regexp.Regexp // matched against the path relative to the file's directory
	negate  bool
	dirOnly bool
}

// gitIgnore answers "is this path ignored?" for one git work tree, reading
// .git/info/exclude and each directory's .gitignore on first use. Global
// excludes (core.excludesFile) are not read.
type gitIgnore struct {
	root string // absolute work-tree root

	mu    sync.Mutex
	rules map[string][]gitRule // by directory relative to root ("" = root)
}

// findWorkTree returns the git work tree containing dir (absolute), or "".
func findWorkTree(dir string) string {
	for {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func newGitIgnore(root string) *gitIgnore {
	g := &gitIgnore{root: root, rules: map[string][]gitRule{}}
	var rules []gitRule
	if data, err := os.ReadFile(filepath.Join(root, ".git", "info", "exclude")); err == nil {
		rules = parseGitignore(string(data))
	}
	if data, err := os.ReadFile(filepath.Join(root, ".gitignore")); err == nil {
		rules = append(rules, parseGitignore(string(data))...)
	}
	g.rules[""] = rules
	return g
}

func (g *gitIgnore) rulesFor(rel string) []gitRule {
	g.mu.Lock()
	defer g.mu.Unlock()
	if r, ok := g.rules[rel]; ok {
		return r
	}
	var r []gitRule
	if data, err := os.ReadFile(filepath.Join(g.root, filepath.FromSlash(rel), ".gitignore")); err == nil {
		r = parseGitignore(string(data))
	}
	g.rules[rel] = r
	return r
}

// ignored reports whether abs (a path inside the work tree) is ignored.
// Ancestor directories are the caller's business (the walk never enters
// an ignored directory), except for the targets' own ancestors, which
// ignored reports whether abs (a path inside the work tree) is ignored.
// Ancestor directories are the caller's business: the walk never enters
// an ignored directory, and explicitly named targets are always scanned.
func (g *gitIgnore) ignored(abs string, isDir bool) bool {
	rel, err := filepath.Rel(g.root, abs)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") {
		return false
	}
	rel = filepath.ToSlash(rel)
	result := false
	dirs := strings.Split(rel, "/")
	for i := 0; i < len(dirs); i++ {
		base := strings.Join(dirs[:i], "/")
		sub := strings.Join(dirs[i:], "/")
		for _, r := range g.rulesFor(base) {
			if r.dirOnly && !isDir {
				continue
			}
			if r.re.MatchString(sub) {
				result = !r.negate
			}
		}
	}
	return result
}

// dirIgnored reports whether directory abs, or any directory between the
// work-tree root and it, is ignored.
func (g *gitIgnore) dirIgnored(abs string) bool {
	rel, err := filepath.Rel(g.root, abs)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") {
		return false
	}
	parts := strings.Split(filepath.ToSlash(rel), "/")
	for i := 1; i <= len(parts); i++ {
		if g.ignored(filepath.Join(g.root, filepath.FromSlash(strings.Join(parts[:i], "/"))), true) {
			return true
		}
	}
	return false
}

// parseGitignore compiles the lines of one .gitignore file.
func parseGitignore(text string) []gitRule {
	var out []gitRule
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSuffix(line, "\r")
		line = trimTrailingSpaces(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r := gitRule{}
		if strings.HasPrefix(line, "!") {
			r.negate = true
			line = line[1:]
		} else if strings.HasPrefix(line, `\!`) || strings.HasPrefix(line, `\#`) {
			line = line[1:]
		}
		if strings.HasSuffix(line, "/") {
			r.dirOnly = true
			line = strings.TrimRight(line, "/")
		}
		if line == "" {
			continue
		}
		anchored := strings.Contains(line, "/")
		line = strings.TrimPrefix(line, "/")
		if !anchored {
			line = "**/" + line
		}
		re, err := regexp.Compile(gitGlobToRegexp(line))
		if err != nil {
			continue
		}
		r.re = re
		out = append(out, r)
	}
	return out
}

func trimTrailingSpaces(s string) string {
	for strings.HasSuffix(s, " ") && !strings.HasSuffix(s, `\ `) {
		s = s[:len(s)-1]
	}
	return strings.ReplaceAll(s, `\ `, " ")
}

// gitGlobToRegexp translates a gitignore glob: "*" and "?" stop at "/",
// "**/" is any number of directories, a trailing "/**" is everything
// inside. A pattern also matches everything below a matching directory.
func gitGlobToRegexp(p string) string {
	var b strings.Builder
	b.WriteString(`\A`)
	for i := 0; i < len(p); i++ {
		switch {
		case strings.HasPrefix(p[i:], "**/"):
			b.WriteString(`(?:.*/)?`)
			i += 2
		case strings.HasPrefix(p[i:], "/**") && i+3 == len(p):
			b.WriteString(`/.*`)
			i += 2
		case strings.HasPrefix(p[i:], "**"):
			b.WriteString(`.*`)
			i++
		case p[i] == '*':
			b.WriteString(`[^/]*`)
		case p[i] == '?':
			b.WriteString(`[^/]`)
		case p[i] == '[':
			j := strings.IndexByte(p[i+1:], ']')
			if j < 0 {
				b.WriteString(`\[`)
				continue
			}
			class := p[i+1 : i+1+j]
			if strings.HasPrefix(class, "!") {
				class = "^" + class[1:]
			}
			b.WriteString("[" + strings.ReplaceAll(class, `\`, `\\`) + "]")
			i += j + 1
		case p[i] == '\\' && i+1 < len(p):
			i++
			b.WriteString(regexp.QuoteMeta(string(p[i])))
		default:
			b.WriteString(regexp.QuoteMeta(string(p[i])))
		}
	}
	b.WriteString(`(?:/.*)?\z`)
	return b.String()
}
