package resolve_test

import (
	"testing"

	"github.com/kraitsec/krait/analysis/resolve"
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/parser"
)

func build(t *testing.T, files map[string]string) *resolve.Program {
	t.Helper()
	var in []resolve.Input
	for name, src := range files {
		m, err := parser.ParseFile(name, []byte(src))
		if err != nil {
			t.Fatalf("parse %s: %v", name, err)
		}
		in = append(in, resolve.Input{Filename: name, Module: m})
	}
	return resolve.Build(in)
}

func TestModuleNames(t *testing.T) {
	p := build(t, map[string]string{
		"proj/pkg/__init__.py":     "",
		"proj/pkg/sub/__init__.py": "",
		"proj/pkg/sub/mod.py":      "",
		"proj/script.py":           "",
		"proj/ns/plain.py":         "",
	})
	for _, c := range []struct{ file, want string }{
		{"proj/pkg/__init__.py", "pkg"},
		{"proj/pkg/sub/__init__.py", "pkg.sub"},
		{"proj/pkg/sub/mod.py", "pkg.sub.mod"},
		{"proj/script.py", "script"},
		{"proj/ns/plain.py", "plain"},
	} {
		var got string
		for _, m := range p.Modules {
			if m.Filename == c.file {
				got = m.Name
			}
		}
		if got != c.want {
			t.Errorf("%s: module %q, want %q", c.file, got, c.want)
		}
	}
	// A namespace package is reachable by its longer name too.
	if m := p.Module("ns.plain"); m == nil || m.Filename != "proj/ns/plain.py" {
		t.Errorf("ns.plain did not resolve to proj/ns/plain.py: %+v", m)
	}
}

func TestRelativeImportsAndReexports(t *testing.T) {
	p := build(t, map[string]string{
		"app/pkg/__init__.py":     "from .impl import helper as public_helper\nfrom .consts import *\n",
		"app/pkg/impl.py":         "def helper(x):\n    return x\n",
		"app/pkg/consts.py":       "def shared():\n    pass\nLIMIT = 3\n",
		"app/pkg/sub/__init__.py": "",
		"app/pkg/sub/user.py":     "from .. import public_helper\nfrom ..impl import helper\nfrom . import sibling\nimport pkg.impl as impl_mod\n",
		"app/pkg/sub/sibling.py":  "",
	})
	user := p.Module("pkg.sub.user")
	if user == nil {
		t.Fatal("pkg.sub.user missing")
	}
	for name, want := range map[string]string{
		"public_helper": "pkg.public_helper",
		"helper":        "pkg.impl.helper",
		"sibling":       "pkg.sub.sibling",
		"impl_mod":      "pkg.impl",
	} {
		if got := user.Globals[name]; got != want {
			t.Errorf("binding %s = %q, want %q", name, got, want)
		}
	}
	for in, want := range map[string]string{
		"pkg.public_helper": "pkg.impl.helper",   // re-export through __init__
		"pkg.shared":        "pkg.consts.shared", // star import of a project module
		"pkg.LIMIT":         "pkg.consts.LIMIT",
		"flask.request":     "flask.request", // external names stay
	} {
		if got := p.Canonical(in); got != want {
			t.Errorf("Canonical(%q) = %q, want %q", in, got, want)
		}
	}
	if f := p.Func("pkg.public_helper"); f == nil || f.QName != "pkg.impl.helper" {
		t.Errorf("Func(pkg.public_helper) = %+v", f)
	}
}

func TestQualifiedNames(t *testing.T) {
	src := `from flask import request as r
import os.path
import xml.etree.ElementTree as ET

def handler():
    import subprocess as sp
    r.args.get("q")
    os.path.join("a", "b")
    sp.run([])
    ET.parse("x")
    open("f")
    local = 1
    local.strip()
`
	p := build(t, map[string]string{"m.py": src})
	fn := p.Func("m.handler")
	if fn == nil {
		t.Fatal("m.handler missing")
	}
	var got []string
	ast.Inspect(fn.Node(), func(n ast.Node) bool {
		if c, ok := n.(*ast.Call); ok {
			got = append(got, p.QualifiedName(fn, c.Func))
		}
		return true
	})
	want := []string{"flask.request.args.get", "os.path.join", "subprocess.run", "xml.etree.ElementTree.parse", "builtins.open", ""}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("call %d: %q, want %q", i, got[i], want[i])
		}
	}
}

func TestClassesMethodsAndMRO(t *testing.T) {
	p := build(t, map[string]string{
		"web.py": `from http.server import BaseHTTPRequestHandler
import flask.views

class Base(BaseHTTPRequestHandler):
    def helper(self):
        pass

class Handler(Base):
    def do_GET(self):
        self.helper()

class View(flask.views.MethodView):
    @staticmethod
    def build():
        pass

def outer():
    def inner():
        pass
    return lambda x: x
`,
	})
	h := p.Class("web.Handler")
	if h == nil {
		t.Fatal("web.Handler missing")
	}
	mro := p.MRO("web.Handler", map[string][]string{"http.server.BaseHTTPRequestHandler": {"socketserver.StreamRequestHandler"}})
	want := []string{"web.Handler", "web.Base", "http.server.BaseHTTPRequestHandler", "socketserver.StreamRequestHandler"}
	if len(mro) != len(want) {
		t.Fatalf("MRO %q, want %q", mro, want)
	}
	for i := range want {
		if mro[i] != want[i] {
			t.Errorf("MRO[%d] = %q, want %q", i, mro[i], want[i])
		}
	}
	if m := p.FindMethod("web.Handler", "helper"); m == nil || m.QName != "web.Base.helper" {
		t.Errorf("FindMethod(helper) = %+v", m)
	}
	if !p.FindMethod("web.Handler", "do_GET").IsMethod() {
		t.Error("do_GET should be a method")
	}
	if p.FindMethod("web.View", "build").IsMethod() {
		t.Error("a staticmethod has no self")
	}
	if got := p.Class("web.View").Bases; len(got) != 1 || got[0] != "flask.views.MethodView" {
		t.Errorf("View bases %q", got)
	}
	if p.Func("web.outer.inner") == nil {
		t.Error("nested function not registered")
	}
	if len(p.Func("web.outer").Nested) != 2 {
		t.Errorf("outer should hold inner and a lambda, has %d units", len(p.Func("web.outer").Nested))
	}
}
