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
	a := linkedAnalyzer(t, files)
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

// linkedAnalyzer collects and links a project of in-memory files, ready
// for run.
func linkedAnalyzer(t *testing.T, files map[string]string) *analyzer {
	t.Helper()
	var names []string
	for name := range files {
		names = append(names, name)
	}
	p := NewProject(names, DefaultConfig())
	var mods []*resolve.Module
	a := newAnalyzer(p.cfg, p.models)
	for _, name := range names {
		f, err := parser.Parse(name, []byte(files[name]))
		if err != nil {
			t.Fatal(err)
		}
		added := p.Add(name, f.Module, f.Src)
		a.src[name] = added.source
		mods = append(mods, added.module)
	}
	a.prog = p.collector.Link(mods)
	for _, m := range a.prog.Modules {
		a.byFile[m.Filename] = m
	}
	return a
}

// A call named like a registrar (aiohttp's web.get, a dispatcher's
// connect) seeds its unit only when it may be one: not every dict.get().
func TestRegistrarCallSeeds(t *testing.T) {
	a := linkedAnalyzer(t, map[string]string{
		"routes.py":   "from aiohttp import web\n\n\ndef setup(app, handler):\n    app.add_routes([web.get('/', handler)])\n",
		"dispatch.py": "import cherrypy\n\n\ndef mount(d, controller):\n    d.connect('home', '/', controller=controller)\n",
		"plain.py":    "import sqlite3\n\n\ndef lookup(cfg):\n    return cfg.get('x')\n\n\ndef link(sock):\n    sock.connect(('h', 1))\n",
	})
	seeds := a.sourceSeeds()
	for q, want := range map[string]bool{"routes.setup": true, "dispatch.mount": true, "plain.lookup": false, "plain.link": false} {
		f := a.prog.Func(q)
		if f == nil {
			t.Fatalf("no unit %s", q)
		}
		if seeds[f] != want {
			t.Errorf("%s seed = %v, want %v", q, seeds[f], want)
		}
	}
}
