package main

import (
	"fmt"
	"strings"

	"github.com/kraitsec/krait/python/ast"
)

// verdict is how python3.13 and krait compare on one file.
type verdict int

const (
	same       verdict = iota // identical dumps
	bothReject                // both refuse the file
	differ                    // both accept it, dumps differ
	onlyPython                // python rejects, krait accepts
	onlyKrait                 // krait rejects, python accepts
	unreadable                // the file could not be read
)

// fileResult keeps only what the report needs, never the dumps.
type fileResult struct {
	path   string
	v      verdict
	detail string
}

// parseFunc is krait's parser entry point.
type parseFunc func(filename string, src []byte) (*ast.Module, error)

// kraitOutcome parses src with krait and dumps the tree; a panic counts as
// a rejection so one bug does not stop the run.
func kraitOutcome(parse parseFunc, path string, src []byte) (o outcome) {
	defer func() {
		if r := recover(); r != nil {
			o = outcome{err: fmt.Sprintf("panic: %v", r), reject: true}
		}
	}()
	mod, err := parse(path, src)
	if err != nil {
		return outcome{err: err.Error(), reject: true}
	}
	if mod == nil {
		return outcome{err: "parser returned no module and no error", reject: true}
	}
	return outcome{dump: ast.Dump(mod)}
}

func judge(path string, py, kr outcome) fileResult {
	r := fileResult{path: path}
	switch {
	case py.reject && kr.reject:
		r.v, r.detail = bothReject, "python: "+py.err+" | krait: "+kr.err
	case py.reject:
		r.v, r.detail = onlyPython, py.err
	case kr.reject:
		r.v, r.detail = onlyKrait, kr.err
	case py.dump == kr.dump:
		r.v = same
	default:
		r.v, r.detail = differ, describeDiff(py.dump, kr.dump)
	}
	return r
}

// contextBytes is how much of each dump is shown around a difference.
const contextBytes = 80

// describeDiff points at the first byte where the dumps differ and shows
// about contextBytes of each side from a little before it.
func describeDiff(py, kr string) string {
	i := 0
	for i < len(py) && i < len(kr) && py[i] == kr[i] {
		i++
	}
	line := ""
	if l := nearestLineno(py, i); l != "" {
		line = " (near source line " + l + ")"
	}
	return fmt.Sprintf("at dump byte %d%s\n    python: %s\n    krait:  %s", i, line, window(py, i), window(kr, i))
}

// window returns about contextBytes of s starting a quarter before i,
// marked with … where cut.
func window(s string, i int) string {
	lo := max(0, i-contextBytes/4)
	hi := min(len(s), lo+contextBytes)
	w := strings.ToValidUTF8(s[lo:hi], "")
	if lo > 0 {
		w = "…" + w
	}
	if hi < len(s) {
		w += "…"
	}
	if hi == lo {
		w = "<end of dump>"
	}
	return w
}

// nearestLineno is the lineno of the node being dumped at byte i: the next
// "lineno=" attribute at or after i (attributes close each node).
func nearestLineno(dump string, i int) string {
	j := strings.Index(dump[i:], " lineno=")
	if j < 0 {
		return ""
	}
	rest := dump[i+j+len(" lineno="):]
	k := 0
	for k < len(rest) && rest[k] >= '0' && rest[k] <= '9' {
		k++
	}
	return rest[:k]
}
