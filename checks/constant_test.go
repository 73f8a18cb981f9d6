package checks_test

import (
	"testing"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/parser"
)

var constProbeRule = &finding.Rule{ID: "K997", Name: "constant_probe", OffByDefault: true}

// constProbed records, for every call to probe(), what ConstantOf answers
// for its secure= keyword ("?" when unknown).
var constProbed []string

func init() {
	checks.Register(&checks.Check{Rule: constProbeRule, Kinds: []checks.Kind{checks.KindCall}, CallNames: checks.Names("probe"),
		Run: func(ctx *checks.Context, _ any) *checks.Issue {
			if k := ctx.ConstantOf(ctx.KeywordExpr("secure")); k != nil {
				constProbed = append(constProbed, ast.Repr(k.Value))
			} else {
				constProbed = append(constProbed, "?")
			}
			return nil
		}})
}

func TestConstantOf(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{"module constant", "sec = False\nprobe(secure=sec)\n", "False"},
		{"function constant", "def f():\n    sec = False\n    probe(secure=sec)\n", "False"},
		{"annotated", "def f():\n    sec: bool = False\n    probe(secure=sec)\n", "False"},
		{"free variable from module", "sec = None\ndef f():\n    probe(secure=sec)\n", "None"},
		{"free variable from enclosing function", "def f():\n    sec = 0\n    def g():\n        probe(secure=sec)\n", "0"},
		{"literal keyword is not a name", "probe(secure=False)\n", "?"},
		{"bound twice", "sec = False\nsec = True\nprobe(secure=sec)\n", "?"},
		{"bound twice in branches", "if x:\n    sec = False\nelse:\n    sec = True\nprobe(secure=sec)\n", "?"},
		{"augmented", "sec = 0\nsec += 1\nprobe(secure=sec)\n", "?"},
		{"not a constant", "sec = cfg.secure\nprobe(secure=sec)\n", "?"},
		{"tuple target", "sec, other = False, True\nprobe(secure=sec)\n", "?"},
		{"parameter", "sec = False\ndef f(sec):\n    probe(secure=sec)\n", "?"},
		{"keyword-only parameter", "def f(*, sec=False):\n    probe(secure=sec)\n", "?"},
		{"global declaration", "sec = False\ndef f():\n    global sec\n    sec = True\n    probe(secure=sec)\n", "?"},
		{"loop target", "sec = False\nfor sec in xs:\n    pass\nprobe(secure=sec)\n", "?"},
		{"import", "sec = False\nfrom cfg import sec\nprobe(secure=sec)\n", "?"},
		{"local shadows module", "sec = False\ndef f():\n    sec = make()\n    probe(secure=sec)\n", "?"},
		{"nested function binding does not count", "sec = False\ndef g():\n    sec = True\nprobe(secure=sec)\n", "False"},
		{"class attribute invisible to methods", "class C:\n    sec = False\n    def m(self):\n        probe(secure=sec)\n", "?"},
		{"class body", "class C:\n    sec = False\n    probe(secure=sec)\n", "False"},
		{"walrus", "sec = False\nif (sec := get()):\n    pass\nprobe(secure=sec)\n", "?"},
		{"unbound", "probe(secure=sec)\n", "?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := parser.Parse("c.py", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			constProbed = nil
			checks.Run(f, "c.py", &checks.Config{Enabled: func(id string) bool { return id == "K997" }})
			if len(constProbed) != 1 || constProbed[0] != tc.want {
				t.Errorf("got %v, want [%s]", constProbed, tc.want)
			}
		})
	}
}
