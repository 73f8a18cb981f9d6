package parser

import (
	"os"
	"strings"
	"testing"

	"github.com/kraitsec/krait/python/ast"
)

// FuzzParse checks that any input either parses or yields a SyntaxError,
// without panicking or hanging, and that accepted trees dump.
func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile("testdata/snippets.txt"); err == nil {
		for _, chunk := range strings.Split(string(data), "#### ")[1:] {
			_, src, _ := strings.Cut(chunk, "\n")
			f.Add([]byte(src))
		}
	}
	for _, s := range []string{
		"x = 1\n", "def f(a, /, b=1, *c, d, **e): return a\n", "class C[T](B, metaclass=M): pass\n",
		"match x:\n case [1, *r] | {'k': v} if v: pass\n", "f'{x!r:>{w}}' f'{y=}'\n",
		"with (a as b, c): pass\n", "try:\n pass\nexcept* E: pass\n", "lambda *a, **k: (yield)\n",
		"async def f():\n    async with a: await b\n", "x: int = 1\n", "a[1:2, *b] += 3\n",
		"@d\nasync def f[*Ts](): ...\n", "type X[T=int] = list[T]\n", "del a, (b, c), [d]\n",
		"from ...a import (b as c,)\n", "global a\nnonlocal b\n", "(*a, b) = c\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := ParseFile("fuzz.py", src)
		if err != nil {
			if _, ok := err.(*SyntaxError); !ok {
				t.Fatalf("error %T %v is not a *SyntaxError", err, err)
			}
			if strings.Contains(err.Error(), "internal parser error") {
				t.Fatalf("panic: %v", err)
			}
			return
		}
		_ = ast.Dump(mod)
	})
}
