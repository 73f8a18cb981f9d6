package resolve

import "github.com/kraitsec/krait/python/ast"

// nodeOrder lists a tree's units and class statements in the order
// collection creates them, so a tree parsed again can be matched to the
// units collected from the first parse.
type nodeOrder struct {
	units   []ast.Node
	classes []*ast.ClassDef
}

func listNodes(tree *ast.Module) *nodeOrder {
	o := &nodeOrder{units: []ast.Node{tree}}
	for _, s := range tree.Body {
		o.walk(s)
	}
	return o
}

// walk mirrors collection.visit: decorators, defaults and annotations
// before the def itself, lambdas before their defaults, class statements
// before their bases and body.
func (o *nodeOrder) walk(node ast.Node) {
	ast.Inspect(node, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FunctionDef:
			o.def(n, n.DecoratorList, n.Args, n.Returns, n.Body)
			return false
		case *ast.AsyncFunctionDef:
			o.def(n, n.DecoratorList, n.Args, n.Returns, n.Body)
			return false
		case *ast.Lambda:
			o.units = append(o.units, n)
			o.args(n.Args)
			o.walk(n.Body)
			return false
		case *ast.ClassDef:
			o.classes = append(o.classes, n)
			for _, e := range n.Bases {
				o.walk(e)
			}
			for _, e := range n.DecoratorList {
				o.walk(e)
			}
			for _, s := range n.Body {
				o.walk(s)
			}
			return false
		}
		return true
	})
}

func (o *nodeOrder) def(n ast.Node, decos []ast.Expr, args *ast.Arguments, returns ast.Expr, body []ast.Stmt) {
	for _, d := range decos {
		o.walk(d)
	}
	o.args(args)
	if returns != nil {
		o.walk(returns)
	}
	o.units = append(o.units, n)
	for _, s := range body {
		o.walk(s)
	}
}

func (o *nodeOrder) args(a *ast.Arguments) {
	if a == nil {
		return
	}
	for _, d := range a.Defaults {
		o.walk(d)
	}
	for _, d := range a.KwDefaults {
		if d != nil {
			o.walk(d)
		}
	}
}

func unitName(n ast.Node) string {
	switch n := n.(type) {
	case *ast.FunctionDef:
		return n.Name
	case *ast.AsyncFunctionDef:
		return n.Name
	case *ast.Lambda:
		return "<lambda>"
	}
	return ""
}

func unitKind(n ast.Node) UnitKind {
	switch n.(type) {
	case *ast.FunctionDef:
		return Def
	case *ast.AsyncFunctionDef:
		return AsyncDef
	case *ast.Lambda:
		return Lambda
	}
	return ModuleBody
}
