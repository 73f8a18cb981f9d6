package scan

import (
	"regexp"
	"strings"
)

// fnmatchPattern is Python's fnmatch.fnmatch on POSIX: case-sensitive, "*"
// and "?" also match "/", "[seq]" and "[!seq]" are character classes.
type fnmatchPattern struct {
	re *regexp.Regexp
}

func compileFnmatch(pat string) *fnmatchPattern {
	var b strings.Builder
	b.WriteString(`(?s)\A`)
	for i := 0; i < len(pat); i++ {
		c := pat[i]
		switch c {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		case '[':
			j := i + 1
			if j < len(pat) && pat[j] == '!' {
				j++
			}
			if j < len(pat) && pat[j] == ']' {
				j++
			}
			for j < len(pat) && pat[j] != ']' {
				j++
			}
			if j >= len(pat) {
				b.WriteString(`\[`)
				continue
			}
			class := pat[i+1 : j]
			neg := strings.HasPrefix(class, "!")
			if neg {
				class = class[1:]
			}
			class = strings.ReplaceAll(class, `\`, `\\`)
			class = strings.ReplaceAll(class, "[", `\[`)
			if neg {
				b.WriteString("[^" + class + "]")
			} else if strings.HasPrefix(class, "^") {
				b.WriteString(`[\` + class + "]")
			} else {
				b.WriteString("[" + class + "]")
			}
			i = j
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString(`\z`)
	re, err := regexp.Compile(b.String())
	if err != nil {
		// An odd class such as "[z-a]": match the pattern literally.
		re = regexp.MustCompile(`\A` + regexp.QuoteMeta(pat) + `\z`)
	}
	return &fnmatchPattern{re: re}
}

func (p *fnmatchPattern) match(s string) bool { return p.re.MatchString(s) }

// pathFilter applies bandit's include globs and exclude entries.
type pathFilter struct {
	include  []*fnmatchPattern
	exclude  []string
	excludeP []*fnmatchPattern
	dirNames map[string]bool
}

func newPathFilter(include, exclude, dirNames []string) *pathFilter {
	f := &pathFilter{dirNames: map[string]bool{}}
	for _, g := range include {
		f.include = append(f.include, compileFnmatch(g))
	}
	for _, e := range exclude {
		f.exclude = append(f.exclude, e)
		f.excludeP = append(f.excludeP, compileFnmatch(e))
	}
	for _, d := range dirNames {
		f.dirNames[d] = true
	}
	return f
}

func (f *pathFilter) included(path string) bool {
	for _, g := range f.include {
		if g.match(path) {
			return true
		}
	}
	return false
}

// excluded is bandit's _is_excluded: the entry is a substring of the path
// or the path matches it as an fnmatch pattern.
func (f *pathFilter) excluded(path string) bool {
	for i, e := range f.exclude {
		if strings.Contains(path, e) || f.excludeP[i].match(path) {
			return true
		}
	}
	return false
}

// prunable says every file below dir would be excluded, so the walk can
// skip it: a substring entry, or a pattern ending in "*" that matches dir.
func (f *pathFilter) prunable(dir, base string) bool {
	if f.dirNames[base] {
		return true
	}
	for i, e := range f.exclude {
		if strings.Contains(dir, e) {
			return true
		}
		if strings.HasSuffix(e, "*") && f.excludeP[i].match(dir+"/") {
			return true
		}
	}
	return false
}
