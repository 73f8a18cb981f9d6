package resolve_test

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/kraitsec/krait/analysis/resolve"
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/parser"
)

const treesSrc = `import os

@decorate(lambda y: y)
def outer(a, b=lambda z: z):
    def inner(c):
        return [lambda q: q for _ in c]
    class Local(Base):
        def method(self):
            return inner
    return inner

class Top(os.PathLike):
    @staticmethod
    def helper(x):
        return x
    def run(self, arg=lambda: 1):
        return self.helper(arg)

if os.name:
    def outer(a):
        return a
`

// collectDetached collects src as m.py with a loader parsing text again.
func collectDetached(t *testing.T, src string, text func() string) (*resolve.Program, *resolve.Module, *int) {
	t.Helper()
	tree, err := parser.ParseFile("m.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	c := resolve.NewCollector([]string{"m.py"}, resolve.Options{})
	m := c.Collect("m.py", tree)
	loads := 0
	m.SetLoader(func() (*ast.Module, error) {
		loads++
		return parser.ParseFile("m.py", []byte(text()))
	}, len(src))
	m.Detach()
	return c.Link([]*resolve.Module{m}), m, &loads
}

// unitShape describes every unit by name, kind, node type and the dump of
// its node (positions included).
func unitShape(p *resolve.Program) []string {
	var out []string
	for _, u := range p.Units() {
		n := u.Node()
		out = append(out, u.QName+"|"+u.Name+"|"+kindName(u.Kind)+"|"+typeName(n)+"|"+ast.Dump(n))
	}
	return out
}

func kindName(k resolve.UnitKind) string {
	return [...]string{"module", "def", "async", "lambda"}[k]
}

func typeName(n ast.Node) string {
	switch n.(type) {
	case *ast.Module:
		return "Module"
	case *ast.FunctionDef:
		return "FunctionDef"
	case *ast.AsyncFunctionDef:
		return "AsyncFunctionDef"
	case *ast.Lambda:
		return "Lambda"
	}
	return "?"
}

// A detached module parsed again binds every unit and class to the node
// the first parse gave it (same kind, name and position), and FuncOf and
// ClassOf index the new nodes.
func TestDetachedModuleRebinds(t *testing.T) {
	kept := resolve.Build([]resolve.Input{{Filename: "m.py", Module: mustParse(t, treesSrc)}})
	p, m, loads := collectDetached(t, treesSrc, func() string { return treesSrc })
	p.OnLoadError(func(m *resolve.Module, err error) { t.Errorf("reload failed: %v", err) })
	if m.Loaded() {
		t.Fatal("module still loaded after Detach")
	}
	want, got := unitShape(kept), unitShape(p)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("units after reload:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if *loads != 1 {
		t.Errorf("parsed again %d times, want 1", *loads)
	}
	for _, u := range p.Units() {
		if p.FuncOf[u.Node()] != u {
			t.Errorf("FuncOf does not map %s's node back to it", u.QName)
		}
	}
	for _, cl := range p.Classes {
		if p.ClassOf[cl.Def()] != cl || cl.Def().Name != cl.Name {
			t.Errorf("class %s not bound to its statement", cl.QName)
		}
	}
	if top := p.Class("m.Top"); top == nil || !top.Methods["run"].IsMethod() || top.Methods["helper"].IsMethod() {
		t.Errorf("methods of m.Top: %+v", top)
	}
	if got := p.Class("m.Top").Bases; len(got) != 1 || got[0] != "os.PathLike" {
		t.Errorf("bases of m.Top = %v", got)
	}
}

// Trim drops the least recently used trees beyond the budget, never a
// pinned one; a dropped tree comes back on the next use.
func TestTrimKeepsBudgetAndPins(t *testing.T) {
	const src = "def f(x):\n    return x\n"
	p := loadedDetached(t, []string{"a.py", "b.py", "c.py"}, src)
	if p.TreeBytes() != 3*len(src) {
		t.Fatalf("TreeBytes = %d", p.TreeBytes())
	}
	pinned := p.Modules[0] // least recently used, but in use
	p.Trim(len(src), func(m *resolve.Module) bool { return m == pinned })
	if loaded := loadedNames(p); strings.Join(loaded, ",") != "a.py" {
		t.Errorf("loaded after Trim: %v, want only the pinned a.py", loaded)
	}
	if f := p.Func("b.f"); f == nil || f.Node() == nil || !f.Module.Loaded() {
		t.Errorf("b.f did not come back after Trim")
	}
}

// loadedDetached collects one copy of src per file name, detaches every
// module, links them and loads their trees again in name order (the
// first is then the least recently used).
func loadedDetached(t *testing.T, names []string, src string) *resolve.Program {
	t.Helper()
	c := resolve.NewCollector(names, resolve.Options{})
	var mods []*resolve.Module
	for _, name := range names {
		mod := c.Collect(name, mustParse(t, src))
		mod.SetLoader(func() (*ast.Module, error) { return parser.ParseFile(name, []byte(src)) }, len(src))
		mod.Detach()
		mods = append(mods, mod)
	}
	p := c.Link(mods)
	for _, m := range p.Modules {
		m.AST()
	}
	return p
}

// loadedNames lists the files whose trees are loaded, sorted.
func loadedNames(p *resolve.Program) []string {
	var loaded []string
	for _, m := range p.Modules {
		if m.Loaded() {
			loaded = append(loaded, m.Filename)
		}
	}
	sort.Strings(loaded)
	return loaded
}

// A file that changed (or cannot be parsed) since it was collected is
// reported, and its units get empty nodes of their kind instead.
func TestChangedFileGivesStubs(t *testing.T) {
	changed := "def other():\n    pass\n"
	p, _, _ := collectDetached(t, treesSrc, func() string { return changed })
	var reported []error
	p.OnLoadError(func(m *resolve.Module, err error) { reported = append(reported, err) })
	fn := p.Func("m.outer")
	if fn == nil {
		t.Fatal("m.outer missing")
	}
	def, ok := fn.Node().(*ast.FunctionDef)
	if !ok || def.Name != "outer" || len(def.Body) != 1 {
		t.Errorf("stub for m.outer: %#v", fn.Node())
	}
	if len(reported) != 1 || !strings.Contains(reported[0].Error(), "changed") {
		t.Errorf("reported %v", reported)
	}
	for _, u := range p.Units() {
		if u.Node() == nil {
			t.Errorf("%s has no node", u.QName)
		}
	}

	broken := func() string { return "def (" }
	p2, _, _ := collectDetached(t, treesSrc, broken)
	var errs []error
	p2.OnLoadError(func(m *resolve.Module, err error) { errs = append(errs, err) })
	if p2.Func("m.Top.run").Node() == nil || len(errs) != 1 {
		t.Errorf("unparsable reload: errs %v", errs)
	}
	var se *parser.SyntaxError
	if !errors.As(errs[0], &se) {
		t.Errorf("error %v is not the syntax error", errs[0])
	}
}

// Two files with one module name keep distinct qualified names, and each
// file's own bindings follow its definitions.
func TestModuleNameClash(t *testing.T) {
	p := build(t, map[string]string{
		"one/util.py": "def helper():\n    pass\nx = helper\n",
		"two/util.py": "def helper():\n    pass\nclass K:\n    pass\n",
	})
	var first, second *resolve.Module
	for _, m := range p.Modules {
		switch m.Filename {
		case "one/util.py":
			first = m
		case "two/util.py":
			second = m
		}
	}
	if first.Globals["helper"] != "util.helper" {
		t.Errorf("first file binds helper to %q", first.Globals["helper"])
	}
	q := second.Globals["helper"]
	if q == "util.helper" || p.Funcs[q] == nil || p.Funcs[q].Module != second {
		t.Errorf("second file binds helper to %q (%+v)", q, p.Funcs[q])
	}
	if k := second.Globals["K"]; p.Classes[k] == nil || p.Classes[k].Module != second {
		t.Errorf("second file binds K to %q", k)
	}
}

func mustParse(t *testing.T, src string) *ast.Module {
	t.Helper()
	m, err := parser.ParseFile("m.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// Trim, once over the budget, frees an eighth of it more, least recently
// used first, so that the loads that follow do not each need a trim.
func TestTrimLeavesSlack(t *testing.T) {
	const src = "def f(x):\n    return x\n"
	var names []string
	for i := range 16 {
		names = append(names, fmt.Sprintf("m%02d.py", i))
	}
	p := loadedDetached(t, names, src) // m00 is the least recently used
	budget := 15 * len(src)            // one file over
	p.Trim(budget, nil)
	if loaded, want := loadedNames(p), names[3:]; strings.Join(loaded, ",") != strings.Join(want, ",") {
		t.Errorf("loaded after Trim: %v, want %v (the budget less an eighth, oldest dropped)", loaded, want)
	}
	if p.TreeBytes() > budget-budget/8 {
		t.Errorf("TreeBytes %d after Trim, want at most %d", p.TreeBytes(), budget-budget/8)
	}
}
