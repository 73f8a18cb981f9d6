package main

import (
	"sync"

	"github.com/kraitsec/krait/checks"
	_ "github.com/kraitsec/krait/checks/all" // every bandit check
	"github.com/kraitsec/krait/config"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/parser"
	"github.com/kraitsec/krait/scan"
)

// analyzer parses a file once and runs the compiled checks on it.
type analyzer struct {
	checks *checks.Runner
	// scratches hold parse memory (*parser.Scratch) that the workers
	// reuse from one file to the next.
	scratches sync.Pool
}

func newAnalyzer(cfg *checks.Config) *analyzer {
	return &analyzer{checks: checks.Compile(cfg)}
}

func (a *analyzer) Analyze(filename string, src []byte) (*scan.Analysis, error) {
	sc, _ := a.scratches.Get().(*parser.Scratch)
	if sc == nil {
		sc = new(parser.Scratch)
	}
	f, err := parser.ParseWith(filename, src, sc)
	a.scratches.Put(sc)
	if err != nil {
		return nil, err
	}
	// The tree handed to the taint stage needs no comments (they are only
	// read here, for # nosec).
	out := &scan.Analysis{Src: f.Src, Tree: &parser.File{Module: f.Module, Src: f.Src}}
	out.Comments = make([]scan.Comment, len(f.Comments))
	for i, c := range f.Comments {
		out.Comments[i] = scan.Comment{Line: c.Line, Text: c.Text}
	}
	out.Findings = a.checks.RunModule(f.Module, f.Src, filename)
	return out, nil
}

// knownPlugins are the option blocks a config file may set: bandit's
// plugin blocks with their defaults, plus the config keys of krait rules.
func knownPlugins() config.Known {
	known := config.Known(checks.DefaultPlugins())
	for _, r := range finding.Rules() {
		if _, ok := known[r.ConfigKey]; r.ConfigKey != "" && !ok {
			known[r.ConfigKey] = nil // options of krait rules are not checked here
		}
	}
	return known
}
