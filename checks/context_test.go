package checks_test

import (
	"testing"

	"github.com/kraitsec/krait/checks"
	_ "github.com/kraitsec/krait/checks/bandit/injection"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/parser"
)

var probeRule = &finding.Rule{ID: "K999", Name: "context_probe", OffByDefault: true}

// probe records, for every call, what the Context answers.
type probeResult struct {
	qual, name string
	shell      checks.Tri
	timeoutVal any
	like       bool
}

var probed []probeResult

func init() {
	checks.Register(&checks.Check{Rule: probeRule, Kinds: []checks.Kind{checks.KindCall}, Run: func(ctx *checks.Context, _ any) *checks.Issue {
		probed = append(probed, probeResult{ctx.QualName(), ctx.Name(), ctx.KeywordIs("shell", "True"), ctx.KeywordValue("timeout"), ctx.ImportedLike("ssl")})
		return nil
	}})
}

func TestContextAnswers(t *testing.T) {
	src := `
a.b()
import os.path as osp
from subprocess import Popen as P, call
import xml.etree.ElementTree
osp.join(x)
P(x, shell=True)
call(x, shell=flag, timeout=None)
xml.etree.ElementTree.parse(x, timeout=cfg.t)
self.client.get(x, timeout=3)
f()()
d[0].g(timeout=make())
import ssl
h()
`
	f, err := parser.Parse("probe.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	probed = nil
	checks.Run(f, "probe.py", &checks.Config{Enabled: func(id string) bool { return id == "K999" }})
	want := []probeResult{
		{"a.b", "b", checks.NotFound, nil, false},
		{"os.path.join", "join", checks.NotFound, nil, false},
		{"subprocess.Popen", "Popen", checks.Match, nil, false},
		{"subprocess.call", "call", checks.NoMatch, "None", false},
		{"xml.etree.ElementTree.parse", "parse", checks.NotFound, "t", false},
		{"self.client.get", "get", checks.NotFound, int64(3), false},
		{"", "", checks.NotFound, nil, false}, // f()() : the outer call
		{"f", "f", checks.NotFound, nil, false},
		{".g", "g", checks.NotFound, nil, false},
		{"make", "make", checks.NotFound, nil, false},
		{"h", "h", checks.NotFound, nil, true},
	}
	if len(probed) != len(want) {
		t.Fatalf("got %d calls %+v, want %d", len(probed), probed, len(want))
	}
	for i, w := range want {
		if probed[i] != w {
			t.Errorf("call %d: got %+v, want %+v", i, probed[i], w)
		}
	}
}

func TestLiteral(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want string
	}{
		{"True", "True"}, {"None", "None"}, {"x", "x"}, {"'s'", "s"}, {"3", "3"},
		{"[1, 'a', None]", "[1, 'a', 'None']"}, {"(1,)", "(1,)"}, {"f()", "None"}, {"...", "None"},
	} {
		e, err := parser.ParseExpr(tc.src)
		if err != nil {
			t.Fatal(err)
		}
		if got := checks.PyStr(checks.Literal(e)); got != tc.want {
			t.Errorf("Literal(%s) = %s, want %s", tc.src, got, tc.want)
		}
	}
}

func TestLineRangeWithoutPosition(t *testing.T) {
	f, err := parser.Parse("x.py", []byte("def f(a,\n      b='/tmp'):\n    pass\n"))
	if err != nil {
		t.Fatal(err)
	}
	fd := f.Module.Body[0].(*ast.FunctionDef)
	got := checks.LineRange(fd.Args)
	if len(got) != 2 || got[0] != 1 || got[1] != 2 {
		t.Errorf("LineRange(arguments) = %v, want [1 2]", got)
	}
}

func TestDefaultPluginsAreCopies(t *testing.T) {
	d := checks.DefaultPlugins()
	if len(d["shell_injection"]) != 3 {
		t.Fatalf("shell_injection defaults: %v", d["shell_injection"])
	}
	d["shell_injection"]["subprocess"] = nil // the copy is the caller's
	if checks.DefaultPlugins()["shell_injection"]["subprocess"] == nil {
		t.Fatal("DefaultPlugins returned shared maps")
	}
}

var panicRule = &finding.Rule{ID: "K998", Name: "panic_probe", OffByDefault: true}

func init() {
	checks.Register(&checks.Check{Rule: panicRule, Kinds: []checks.Kind{checks.KindCall}, Run: func(ctx *checks.Context, _ any) *checks.Issue {
		var m map[string]int
		m["boom"]++ // panics: assignment to a nil map
		return nil
	}})
}

// TestPanickingCheck: a panicking check reports nothing, the others still
// run on the same node, and the panic handler hears about it.
func TestPanickingCheck(t *testing.T) {
	f, err := parser.Parse("p.py", []byte("f()\ng()\n"))
	if err != nil {
		t.Fatal(err)
	}
	var panics []string
	probed = nil
	r := checks.Compile(&checks.Config{Enabled: func(id string) bool { return id == "K998" || id == "K999" }}).
		WithPanicHandler(func(id string, _ ast.Node, _ any) { panics = append(panics, id) })
	r.RunModule(f.Module, f.Src, "p.py")
	if len(panics) != 2 || panics[0] != "K998" {
		t.Errorf("panics = %v, want K998 twice", panics)
	}
	if len(probed) != 2 {
		t.Errorf("the other check ran on %d calls, want 2", len(probed))
	}
}
