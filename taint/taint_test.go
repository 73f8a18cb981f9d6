package taint_test

import (
	"strings"
	"testing"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/parser"
	"github.com/kraitsec/krait/taint"
)

func analyze(t *testing.T, cfg *taint.Config, files map[string]string) ([]finding.Finding, []finding.FileError) {
	t.Helper()
	var in []*taint.Input
	for name, src := range files {
		f, err := parser.Parse(name, []byte(src))
		if err != nil {
			t.Fatalf("parse %s: %v", name, err)
		}
		in = append(in, &taint.Input{Filename: name, Module: f.Module, Src: []byte(src)})
	}
	return taint.Analyze(in, cfg)
}

// The trace names every hop, source to sink, across modules.
func TestTraceAcrossModules(t *testing.T) {
	findings, errs := analyze(t, taint.DefaultConfig(), map[string]string{
		"web.py": `from flask import Flask, request
from store import lookup

app = Flask(__name__)

@app.route("/u")
def user():
    name = request.args["name"]
    return str(lookup(name))
`,
		"store.py": `import sqlite3

def lookup(who):
    q = f"SELECT * FROM users WHERE name = '{who}'"
    return sqlite3.connect("db").execute(q).fetchall()
`,
	})
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	if len(findings) != 1 {
		t.Fatalf("want 1 finding, got %+v", findings)
	}
	f := findings[0]
	if f.RuleID != "T89" || f.Filename != "store.py" || f.Line != 5 || f.CWE != 89 || f.Severity != finding.High {
		t.Errorf("finding %+v", f)
	}
	wantNotes := []string{"read from flask.request.args", "assigned to name", "passed as argument 1 of lookup()",
		"formatted into an f-string", "assigned to q", "reaches sqlite3.Connection.execute() argument 1"}
	var notes []string
	for _, s := range f.Trace {
		notes = append(notes, s.Note)
	}
	joined := strings.Join(notes, " | ")
	for _, w := range wantNotes {
		if !strings.Contains(joined, w) {
			t.Errorf("trace lacks %q: %s", w, joined)
		}
	}
	if f.Trace[0].Filename != "web.py" || f.Trace[0].Line != 8 || f.Trace[0].Code != `name = request.args["name"]` {
		t.Errorf("trace starts at %+v", f.Trace[0])
	}
	if !strings.Contains(f.Message, "flask.request.args") || !strings.Contains(f.Message, "SQL query text") {
		t.Errorf("message %q", f.Message)
	}
}

// A function over budget is reported, not silently dropped.
func TestBudgetExceededIsReported(t *testing.T) {
	var b strings.Builder
	b.WriteString("import os, sys\n\ndef big():\n    x = sys.argv[1]\n")
	for i := 0; i < 200; i++ {
		b.WriteString("    x = x + 'a'\n")
	}
	b.WriteString("    os.system(x)\n")
	cfg := taint.DefaultConfig()
	cfg.Budget = 50
	_, errs := analyze(t, cfg, map[string]string{"big.py": b.String()})
	if len(errs) != 1 || !strings.Contains(errs[0].Reason, "budget exceeded in function big.big") {
		t.Fatalf("want one budget error for big.big, got %+v", errs)
	}
}

// Unknown calls carry taint by default and the trace says so; the switch turns it off.
func TestUnknownCallsPropagate(t *testing.T) {
	src := `import os, sys
import somelib

def main():
    v = somelib.transform(sys.argv[1])
    os.system(v)
`
	findings, _ := analyze(t, taint.DefaultConfig(), map[string]string{"cli.py": src})
	if len(findings) != 1 {
		t.Fatalf("want 1 finding with propagation on, got %d", len(findings))
	}
	found := false
	for _, s := range findings[0].Trace {
		found = found || strings.Contains(s.Note, "does not model")
	}
	if !found || findings[0].Confidence != finding.Medium {
		t.Errorf("trace should say the call is not modelled and confidence drop: %+v", findings[0])
	}
	findings, _ = analyze(t, &taint.Config{UnknownCallsPropagate: false}, map[string]string{"cli.py": src})
	if len(findings) != 0 {
		t.Fatalf("want no finding with propagation off, got %+v", findings)
	}
}

// User model files add sinks; the threat selection turns local sources off.
func TestExtraModelsAndThreats(t *testing.T) {
	src := `import sys
import myorm

def main():
    myorm.raw("SELECT " + sys.argv[1])
`
	cfg := taint.DefaultConfig()
	cfg.ExtraModels = [][]byte{[]byte("name: mine\nsinks:\n  - {ref: myorm.raw, args: [0], kind: sql, what: raw SQL}\n")}
	findings, errs := analyze(t, cfg, map[string]string{"m.py": src})
	if len(errs) != 0 || len(findings) != 1 || findings[0].RuleID != "T89" {
		t.Fatalf("user sink: %+v %+v", findings, errs)
	}
	cfg.Threats = []string{"remote"}
	findings, _ = analyze(t, cfg, map[string]string{"m.py": src})
	if len(findings) != 0 {
		t.Fatalf("argv is a local source; with remote only, want nothing, got %+v", findings)
	}
	env := "import os\n\ndef main():\n    os.system('ls ' + os.environ['DIR'])\n"
	if findings, _ = analyze(t, taint.DefaultConfig(), map[string]string{"e.py": env}); len(findings) != 0 {
		t.Fatalf("the environment is opt-in, got %+v", findings)
	}
	cfg = taint.DefaultConfig()
	cfg.Threats = []string{"remote", "local", "environment"}
	if findings, _ = analyze(t, cfg, map[string]string{"e.py": env}); len(findings) != 1 || findings[0].RuleID != "T78" {
		t.Fatalf("with the environment selected, want one T78, got %+v", findings)
	}
}

func TestRulesRegistered(t *testing.T) {
	for _, id := range []string{"T89", "T943", "T78", "T94", "T22", "T79", "T1336", "T601", "T918", "T502", "T611", "T90", "T643", "T117", "T113", "T1333", "T501"} {
		r := finding.LookupRule(id)
		if r == nil {
			t.Errorf("%s not registered", id)
			continue
		}
		if r.Doc.Summary == "" || r.Doc.Why == "" || r.Doc.Bad == "" || r.Doc.Good == "" || r.Doc.Remediation == "" || len(r.Doc.References) == 0 {
			t.Errorf("%s: incomplete doc %+v", id, r.Doc)
		}
	}
}

// IPython substitutes {name} and $name into shell lines: the constant
// argument reads those variables.
func TestIPythonExpansion(t *testing.T) {
	cfg := taint.DefaultConfig()
	cfg.ExtraModels = [][]byte{[]byte(`name: ipy
types: [{ref: IPython.get_ipython, returns: IPython.InteractiveShell}]
sinks: [{ref: IPython.InteractiveShell.system, args: [0], kind: command, mode: ipython_expand, what: shell command}]
`)}
	findings, errs := analyze(t, cfg, map[string]string{"nb.py": `import sys
from IPython import get_ipython

folder = sys.argv[1]
get_ipython().system("du -sh {folder}")
get_ipython().system("du -sh $folder")
get_ipython().system("du -sh {{folder}} $$folder /srv")
`})
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	lines := map[int]bool{}
	for _, f := range findings {
		lines[f.Line] = true
	}
	if !lines[5] || !lines[6] || lines[7] || len(findings) != 2 {
		t.Fatalf("want findings on lines 5 and 6 only, got %+v", findings)
	}
}

// Frameworks that inject globals and pick handlers by file convention.
func TestInjectedGlobalsAndFileHandlers(t *testing.T) {
	cfg := taint.DefaultConfig()
	cfg.ExtraModels = [][]byte{[]byte(`name: conv
globals: {files: ["apps/*/controllers/*.py"], names: {req: fw.current.request}}
sources: [{ref: fw.current.request.vars, on: read}]
handlers: [{files: ["apps/*/controllers/*.py"], functions: no_params, params: none, return_sink: xss, return_what: HTML}]
`)}
	findings, _ := analyze(t, cfg, map[string]string{
		"apps/shop/controllers/default.py": "def index():\n    return '<b>%s</b>' % req.vars.q\n\ndef helper(x):\n    return x\n",
		"apps/shop/modules/other.py":       "def index():\n    return '<b>%s</b>' % req.vars.q\n",
	})
	if len(findings) != 1 || findings[0].Filename != "apps/shop/controllers/default.py" || findings[0].RuleID != "T79" {
		t.Fatalf("want one XSS in the controller, got %+v", findings)
	}
}

// TestOneFindingPerSourceAndSink: a source read at two places that both
// reach one sink is one finding (with the shorter trace), not two that
// read the same.
func TestOneFindingPerSourceAndSink(t *testing.T) {
	src := `import os
import sys


def run():
    first = sys.argv[1]
    second = sys.argv[2]
    os.system(first if len(first) > 3 else second)
`
	f, err := parser.Parse("cli.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	found, _ := taint.Analyze([]*taint.Input{{Filename: "cli.py", Module: f.Module, Src: f.Src}}, taint.DefaultConfig())
	if len(found) != 1 {
		t.Fatalf("want 1 finding, got %d: %+v", len(found), found)
	}
}
