package taint

import (
	"sort"
	"strings"

	"github.com/kraitsec/krait/analysis/resolve"
	"github.com/kraitsec/krait/python/ast"
)

// callGraphOrder lists the units to analyse: functions callees-before-callers (Tarjan's strongly connected components
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
	// Module bodies last: re-running one waits until the callees it
	// demanded have their summaries.
	units := make([]*resolve.Func, 0, len(a.prog.Modules)+len(out))
	units = append(units, out...)
	for _, m := range a.prog.Modules {
		units = append(units, m.Body)
	}
	return units
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

// sourceSeeds finds the units whose code may read a source: a name that
// resolves statically to a modelled source (flask.request.args, sys.argv),
// or an attribute named like a source of a modelled class (self.path in a
// BaseHTTPRequestHandler) on something that is not an imported module.
func (a *analyzer) sourceSeeds() map[*resolve.Func]bool {
	typedAttrs := map[string]bool{}
	isTyped := func(ref string) bool {
		i := strings.LastIndexByte(ref, '.')
		if i < 0 {
			return false
		}
		parent := ref[:i]
		for _, t := range a.models.Types {
			if t == parent {
				return true
			}
		}
		if _, ok := a.models.Bases[parent]; ok {
			return true
		}
		j := strings.LastIndexByte(parent, '.')
		return j >= 0 && len(parent) > j+1 && parent[j+1] >= 'A' && parent[j+1] <= 'Z'
	}
	for ref, src := range a.models.Read {
		if a.threats[src.Threat] && isTyped(ref) {
			typedAttrs[ref[strings.LastIndexByte(ref, '.')+1:]] = true
		}
	}
	for ref, src := range a.models.Return {
		if a.threats[src.Threat] && isTyped(ref) {
			typedAttrs[ref[strings.LastIndexByte(ref, '.')+1:]] = true
		}
	}
	isSource := func(q string) bool {
		q = a.models.Canonical(a.prog.Canonical(q))
		for cut := len(q); cut > 0; {
			if src := a.models.Read[q[:cut]]; src != nil && a.threats[src.Threat] {
				return true
			}
			if src := a.models.Return[q[:cut]]; src != nil && a.threats[src.Threat] {
				return true
			}
			i := strings.LastIndexByte(q[:cut], '.')
			if i < 0 {
				break
			}
			cut = i
		}
		return false
	}
	registrars := map[string]bool{}
	for r := range a.models.Registrars {
		registrars[r[strings.LastIndexByte(r, '.')+1:]] = true
	}
	seeds := map[*resolve.Func]bool{}
	for node, u := range a.prog.FuncOf {
		if _, isMod := node.(*ast.Module); isMod {
			continue
		}
		var body []ast.Node
		switch n := node.(type) {
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
		found := false
		for _, s := range body {
			ast.Inspect(s, func(n ast.Node) bool {
				if found {
					return false
				}
				switch n := n.(type) {
				case *ast.FunctionDef:
					// Nested route handlers are found when their parent runs.
					found = len(n.DecoratorList) > 0
					return false
				case *ast.AsyncFunctionDef:
					found = len(n.DecoratorList) > 0
					return false
				case *ast.ClassDef:
					found = len(n.Bases) > 0
					return false
				case *ast.Lambda:
					return false
				case *ast.Call:
					if at, ok := n.Func.(*ast.Attribute); ok && registrars[at.Attr] {
						found = true
						return false
					}
					if nm, ok := n.Func.(*ast.Name); ok && registrars[nm.ID] {
						found = true
						return false
					}
				case *ast.Attribute:
					if typedAttrs[n.Attr] && a.prog.QualifiedName(u, n.Value) == "" {
						found = true
						return false
					}
					if q := a.prog.QualifiedName(u, n); q != "" && isSource(q) {
						found = true
						return false
					}
				case *ast.Name:
					if q, ok := a.prog.Binding(u, n.ID); ok && isSource(q) {
						found = true
						return false
					}
				}
				return true
			})
			if found {
				break
			}
		}
		if found {
			seeds[u] = true
		}
	}
	return seeds
}
