package taint

import (
	"sort"

	"github.com/kraitsec/krait/analysis/resolve"
	"github.com/kraitsec/krait/python/ast"
)

// callGraphOrder lists the units to analyse: module bodies first, then
// functions callees-before-callers (Tarjan's strongly connected components
// over the calls that resolve statically), so most summaries are ready
// when their callers are analysed.
func (a *analyzer) callGraphOrder() []*resolve.Func {
	var funcs []*resolve.Func
	for _, f := range a.prog.Funcs {
		funcs = append(funcs, f)
	}
	sort.Slice(funcs, func(i, j int) bool { return funcs[i].QName < funcs[j].QName })
	edges := map[*resolve.Func][]*resolve.Func{}
	for _, f := range funcs {
		edges[f] = a.staticCallees(f)
	}
	index := map[*resolve.Func]int{}
	low := map[*resolve.Func]int{}
	onStack := map[*resolve.Func]bool{}
	var stack []*resolve.Func
	var out []*resolve.Func
	next := 0
	var strong func(v *resolve.Func)
	strong = func(v *resolve.Func) {
		index[v], low[v] = next, next
		next++
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range edges[v] {
			if _, seen := index[w]; !seen {
				strong(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				out = append(out, w) // components come out callees first
				if w == v {
					break
				}
			}
		}
	}
	for _, f := range funcs {
		if _, seen := index[f]; !seen {
			strong(f)
		}
	}
	units := make([]*resolve.Func, 0, len(a.prog.Modules)+len(out))
	for _, m := range a.prog.Modules {
		units = append(units, m.Body)
	}
	return append(units, out...)
}

// staticCallees finds the project functions a unit calls by name or through self.
func (a *analyzer) staticCallees(f *resolve.Func) []*resolve.Func {
	var out []*resolve.Func
	seen := map[*resolve.Func]bool{}
	var body []ast.Node
	switch n := f.Node.(type) {
	case *ast.FunctionDef:
		for _, s := range n.Body {
			body = append(body, s)
		}
	case *ast.AsyncFunctionDef:
		for _, s := range n.Body {
			body = append(body, s)
		}
	case *ast.Lambda:
		body = append(body, n.Body)
	}
	selfName := ""
	if f.IsMethod() {
		if args := f.Args(); args != nil && len(args.Posonlyargs)+len(args.Args) > 0 {
			selfName = append(args.Posonlyargs, args.Args...)[0].Arg
		}
	}
	for _, s := range body {
		ast.Inspect(s, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.Lambda, *ast.ClassDef:
				return false
			case *ast.Call:
				var callee *resolve.Func
				if at, ok := n.Func.(*ast.Attribute); ok && selfName != "" {
					if nm, ok := at.Value.(*ast.Name); ok && nm.ID == selfName {
						callee = a.prog.FindMethod(f.Class.QName, at.Attr)
					}
				}
				if callee == nil {
					if q := a.prog.QualifiedName(f, n.Func); q != "" {
						callee = a.prog.Func(q)
						if callee == nil {
							if c := a.prog.Class(q); c != nil {
								callee = a.prog.FindMethod(c.QName, "__init__")
							}
						}
					}
				}
				if callee != nil && !seen[callee] {
					seen[callee] = true
					out = append(out, callee)
				}
			}
			return true
		})
	}
	return out
}
