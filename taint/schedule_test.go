package taint

import (
	"testing"

	"github.com/kraitsec/krait/analysis/resolve"
	"github.com/kraitsec/krait/python/parser"
)

// A summary or module body computed on demand is used at once by the unit
// that demanded it: that unit is not queued again for it, so each unit of
// a chain without loops is analysed once.
func TestDemandedSummariesDoNotRequeue(t *testing.T) {
	files := map[string]string{
		"app.py":     "import os\nimport sys\nfrom helpers import build\n\n\ndef main():\n    cmd = build(sys.argv[1])\n    os.system(cmd)\n",
		"helpers.py": "import config\n\n\ndef build(x):\n    return config.PREFIX + wrap(x)\n\n\ndef wrap(x):\n    return '(' + x + ')'\n",
		"config.py":  "PREFIX = 'ls '\n",
	}
	var names []string
	for name := range files {
		names = append(names, name)
	}
	p := NewProject(names, DefaultConfig())
	var added []*File
	for _, name := range names {
		f, err := parser.Parse(name, []byte(files[name]))
		if err != nil {
			t.Fatal(err)
		}
		added = append(added, p.Add(name, f.Module, f.Src))
	}
	a := newAnalyzer(p.cfg, p.models)
	for _, f := range added {
		a.src[f.module.Filename] = f.source
	}
	var mods []*resolve.Module
	for _, f := range added {
		mods = append(mods, f.module)
	}
	a.prog = p.collector.Link(mods)
	for _, m := range a.prog.Modules {
		a.byFile[m.Filename] = m
	}
	a.run()
	findings := a.collect()
	if len(findings) != 1 || findings[0].RuleID != "T78" {
		t.Fatalf("findings %v, want one T78", findings)
	}
	for u, n := range a.visits {
		if n != 1 {
			t.Errorf("%s analysed %d times, want once", u.QName, n)
		}
	}
	for _, q := range []string{"app.main", "helpers.build", "helpers.wrap"} {
		if f := a.prog.Func(q); f == nil || a.visits[f] != 1 {
			t.Errorf("%s not analysed once", q)
		}
	}
}
