package cfg_test

import (
	"fmt"

	"github.com/kraitsec/krait/analysis/cfg"
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/parser"
)

// A barrier guard: open(p) is reached only by the True edge of
// p.isalnum(), as abort() never returns.
func ExampleNewWithOptions() {
	src := "def view(p):\n    if not p.isalnum():\n        abort(400)\n    return open(p)\n"
	mod, err := parser.ParseFile("view.py", []byte(src))
	if err != nil {
		panic(err)
	}
	g := cfg.NewWithOptions(mod.Body[0], cfg.Options{
		NoReturn: func(c *ast.Call) bool {
			n, ok := c.Func.(*ast.Name)
			return ok && n.ID == "abort"
		},
	})
	fmt.Print(g)
	// Output:
	// b0 entry
	//   2:11 Call p.isalnum()
	//   -> b1 true p.isalnum()
	//   -> b2 false p.isalnum()
	// b1 after <- b0
	//   4:4 Return return open(p)
	//   -> b3 return
	// b2 body <- b0
	//   3:8 Expr abort(400)
	//   -> b4 exception
	// b3 exit <- b1
	// b4 raise <- b2
}
