package taint_test

import (
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kraitsec/krait/taint/models"
)

var frameworkTraces = flag.Bool("fwtraces", false, "print the trace of every framework-fixture finding")

// TestFrameworkFixtures runs each application under testdata/frameworks as
// one project with every built-in model loaded: each `# want:` must be
// found, and nothing may be reported on any other line (the safe twins).
func TestFrameworkFixtures(t *testing.T) {
	checkFixtureTree(t, filepath.Join("..", "testdata", "frameworks"), fixtureOptions{requireWants: true, traces: frameworkTraces})
}

// TestModelAliasesDoNotHideEntries: an alias rewrites every name it
// prefixes, so an entry spelled with an alias's source name (in any model
// file) could never match. Such an entry is a dead model row.
func TestModelAliasesDoNotHideEntries(t *testing.T) {
	var files []*models.File
	for name, data := range models.Builtin() {
		f, err := models.Parse(name, data)
		if err != nil {
			t.Fatalf("%v", err)
		}
		files = append(files, f)
	}
	type alias struct{ file, from, to string }
	var aliases []alias
	for _, f := range files {
		for from, to := range f.Aliases {
			if from != to {
				aliases = append(aliases, alias{f.Name, from, to})
			}
		}
	}
	hidden := func(file, what, ref string) {
		for _, a := range aliases {
			if ref == a.from || strings.HasPrefix(ref, a.from+".") {
				t.Errorf("%s: %s %q is rewritten by %s's alias %s -> %s and can never match", file, what, ref, a.file, a.from, a.to)
			}
		}
	}
	for _, f := range files {
		for _, s := range f.Sources {
			hidden(f.Name, "source", s.Ref)
		}
		for _, s := range f.Sinks {
			hidden(f.Name, "sink", s.Ref)
		}
		for _, s := range f.Sanitizers {
			hidden(f.Name, "sanitizer", s.Ref)
		}
		for _, p := range f.Propagators {
			hidden(f.Name, "propagator", p.Ref)
		}
		for _, ty := range f.Types {
			hidden(f.Name, "type", ty.Ref)
			hidden(f.Name, "type result", ty.Returns)
		}
		for _, h := range f.Handlers {
			for _, r := range []string{h.Decorator, h.Registrar, h.Base} {
				if r != "" {
					hidden(f.Name, "handler", r)
				}
			}
		}
	}
}
