package resolve_test

import (
	"fmt"
	"testing"
)

// Params gives every kind of parameter list as collected, without the
// tree: a detached module is not parsed again to answer.
func TestParamsCollected(t *testing.T) {
	tests := []struct {
		src, unit, want string
	}{
		{"def f(): pass\n", "m.f", "[] nPos 0 vararg -1 kwarg -1"},
		{"def f(a): pass\n", "m.f", "[a] nPos 1 vararg -1 kwarg -1"},
		{"def f(a, /, b, *c, d, e=1, **f): pass\n", "m.f", "[a b c d e f] nPos 2 vararg 2 kwarg 5"},
		{"async def f(*, k): pass\n", "m.f", "[k] nPos 0 vararg -1 kwarg -1"},
		{"def f(**kw): pass\n", "m.f", "[kw] nPos 0 vararg -1 kwarg 0"},
		{"class C:\n    def m(self, x, *args): pass\n", "m.C.m", "[self x args] nPos 2 vararg 2 kwarg -1"},
		{"g = lambda x, y=2: x\n", "m.<lambda:1:4>", "[x y] nPos 2 vararg -1 kwarg -1"},
		{"x = 1\n", "m", "[] nPos 0 vararg -1 kwarg -1"},
	}
	for _, tc := range tests {
		p, m, loads := collectDetached(t, tc.src, func() string { return tc.src })
		f := p.Func(tc.unit)
		if tc.unit == "m" {
			f = m.Body
		}
		if f == nil {
			t.Fatalf("%q: no unit %s", tc.src, tc.unit)
		}
		names, nPos, vararg, kwarg := f.Params()
		if names == nil {
			names = []string{}
		}
		if got := fmt.Sprintf("%v nPos %d vararg %d kwarg %d", names, nPos, vararg, kwarg); got != tc.want {
			t.Errorf("%q: Params of %s = %s, want %s", tc.src, tc.unit, got, tc.want)
		}
		if *loads != 0 || m.Loaded() {
			t.Errorf("%q: Params parsed the module again", tc.src)
		}
	}
}

// Calls lists what a unit's own code calls, once each, without the tree.
func TestCallsCollected(t *testing.T) {
	src := "import mod\n\n\n@deco(arg())\ndef f(x=default()):\n    helper(x)\n    helper(1)\n    mod.func()\n    get_app().run()\n    (lambda: 1)()\n\n    def g():\n        inner()\n    return g\n\n\nclass C:\n    def m(self):\n        self.other()\n"
	p, m, loads := collectDetached(t, src, func() string { return src })
	want := map[string]string{
		"m":     "[deco arg default]",
		"m.f":   "[helper mod.func get_app().run get_app]",
		"m.f.g": "[inner]",
		"m.C.m": "[self.other]",
	}
	for q, w := range want {
		f := p.Func(q)
		if q == "m" {
			f = m.Body
		}
		if f == nil {
			t.Fatalf("no unit %s", q)
		}
		var got []string
		for s := range f.Calls() {
			got = append(got, s)
		}
		if fmt.Sprint(got) != w {
			t.Errorf("Calls of %s = %v, want %s", q, got, w)
		}
	}
	if *loads != 0 {
		t.Errorf("Calls parsed the module again")
	}
}
