package resolve

import (
	"fmt"

	"github.com/kraitsec/krait/python/ast"
)

// collectModule registers the module body, every def, lambda and class in
// it, and the names its imports and definitions bind.
func (p *Program) collectModule(m *Module) {
	body := &Func{QName: m.Name, Name: m.Name, Node: m.AST, Module: m, Locals: map[string]string{}}
	m.Body = body
	p.FuncOf[m.AST] = body
	for _, s := range m.AST.Body {
		p.visit(s, body, nil)
	}
}

// bind records name → qname in the unit's scope.
func (p *Program) bind(unit *Func, name, qname string) {
	if _, ok := unit.Node.(*ast.Module); ok {
		unit.Module.Globals[name] = qname
		return
	}
	unit.Locals[name] = qname
}

func (p *Program) newFunc(qname, name string, node ast.Node, unit *Func, cls *Class) *Func {
	if _, dup := p.Funcs[qname]; dup {
		// Redefinitions (if/else variants, overloads) keep distinct units.
		qname = fmt.Sprintf("%s@%d", qname, len(p.Funcs))
	}
	f := &Func{QName: qname, Name: name, Node: node, Module: unit.Module, Class: cls, Parent: unit, Locals: map[string]string{}}
	p.Funcs[qname] = f
	p.FuncOf[node] = f
	unit.Nested = append(unit.Nested, f)
	return f
}

// visit walks a node belonging to unit (cls is set while in a class body).
func (p *Program) visit(node ast.Node, unit *Func, cls *Class) {
	prefix := unit.QName
	if cls != nil {
		prefix = cls.QName
	}
	ast.Inspect(node, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FunctionDef:
			p.visitDef(n, n.Name, n.Args, n.DecoratorList, n.Returns, n.Body, unit, cls, prefix)
			return false
		case *ast.AsyncFunctionDef:
			p.visitDef(n, n.Name, n.Args, n.DecoratorList, n.Returns, n.Body, unit, cls, prefix)
			return false
		case *ast.Lambda:
			pos := n.Position()
			f := p.newFunc(fmt.Sprintf("%s.<lambda:%d:%d>", unit.QName, pos.Lineno, pos.ColOffset), "<lambda>", n, unit, nil)
			p.visitArgs(n.Args, unit)
			p.visit(n.Body, f, nil)
			return false
		case *ast.ClassDef:
			c := &Class{QName: prefix + "." + n.Name, Name: n.Name, Node: n, Module: unit.Module, Scope: unit, Methods: map[string]*Func{}}
			if _, dup := p.Classes[c.QName]; dup {
				c.QName = fmt.Sprintf("%s@%d", c.QName, len(p.Classes))
			}
			p.Classes[c.QName] = c
			p.ClassOf[n] = c
			if cls == nil {
				p.bind(unit, n.Name, c.QName)
			}
			for _, e := range n.Bases {
				p.visit(e, unit, nil)
			}
			for _, e := range n.DecoratorList {
				p.visit(e, unit, nil)
			}
			for _, s := range n.Body {
				p.visit(s, unit, c)
			}
			return false
		case *ast.Name:
			if p.watch[n.ID] {
				mention(unit, n.ID)
			}
		case *ast.Attribute:
			if p.watch[n.Attr] {
				mention(unit, n.Attr)
			}
		case *ast.Import:
			for _, a := range n.Names {
				if a.Asname != "" {
					p.bind(unit, a.Asname, a.Name)
				} else {
					first := a.Name
					for i := 0; i < len(first); i++ {
						if first[i] == '.' {
							first = first[:i]
							break
						}
					}
					p.bind(unit, first, first)
				}
			}
		case *ast.ImportFrom:
			abs := p.AbsImport(unit.Module, n.Level, n.Module)
			for _, a := range n.Names {
				if a.Name == "*" {
					if _, ok := unit.Node.(*ast.Module); ok {
						unit.Module.Star = append(unit.Module.Star, abs)
					}
					continue
				}
				local := a.Name
				if a.Asname != "" {
					local = a.Asname
				}
				q := a.Name
				if abs != "" {
					q = abs + "." + a.Name
				}
				p.bind(unit, local, q)
			}
		}
		return true
	})
}

func (p *Program) visitDef(n ast.Node, name string, args *ast.Arguments, decos []ast.Expr, returns ast.Expr, body []ast.Stmt, unit *Func, cls *Class, prefix string) {
	for _, d := range decos {
		p.visit(d, unit, nil)
	}
	p.visitArgs(args, unit)
	if returns != nil {
		p.visit(returns, unit, nil)
	}
	f := p.newFunc(prefix+"."+name, name, n, unit, cls)
	if cls != nil {
		if _, dup := cls.Methods[name]; !dup || !isOverloadStub(body) {
			cls.Methods[name] = f
		}
	} else {
		p.bind(unit, name, f.QName)
	}
	for _, s := range body {
		p.visit(s, f, nil)
	}
}

func (p *Program) visitArgs(a *ast.Arguments, unit *Func) {
	if a == nil {
		return
	}
	for _, d := range a.Defaults {
		p.visit(d, unit, nil)
	}
	for _, d := range a.KwDefaults {
		if d != nil {
			p.visit(d, unit, nil)
		}
	}
}

// isOverloadStub reports a body of only `...`/pass (typing.overload stubs).
func isOverloadStub(body []ast.Stmt) bool {
	for _, s := range body {
		switch s := s.(type) {
		case *ast.Pass:
		case *ast.ExprStmt:
			if _, ok := s.Value.(*ast.Constant); !ok {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func mention(u *Func, name string) {
	for _, m := range u.Mentions {
		if m == name {
			return
		}
	}
	u.Mentions = append(u.Mentions, name)
}
