package resolve

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/kraitsec/krait/python/ast"
)

// Collector gathers what one file defines and binds, without keeping its
// tree: module files can be collected as they are parsed, concurrently,
// and their trees freed before the program is linked.
type Collector struct {
	present map[string]bool // every file of the project, for package chains
	watch   map[string]bool
}

// NewCollector prepares collection for a project made of these files.
func NewCollector(filenames []string, opt Options) *Collector {
	c := &Collector{present: make(map[string]bool, len(filenames)), watch: opt.Watch}
	for _, f := range filenames {
		c.present[filepath.Clean(f)] = true
	}
	return c
}

// collection is the state of collecting one module.
type collection struct {
	c          *Collector
	m          *Module
	names      map[string]bool // function names given so far in this module
	classNames map[string]bool
	// outside counts the enclosing decorator, default, annotation and
	// class-base walks: names there are not the unit's own code for
	// WatchedUses (a class body's statements are).
	outside int
	// calls gathers each unit's call spellings (Func.Calls) while the
	// module is walked; joined into one string per unit at the end.
	calls map[*Func][]string
	seen  map[*Func]map[string]bool
}

// Collect registers the module body, every def, lambda and class in it,
// and the names its imports and definitions bind. The module holds its
// tree until Detach. It is safe for concurrent use.
func (c *Collector) Collect(filename string, tree *ast.Module) *Module {
	name, isInit, alts := moduleName(filename, c.present)
	m := &Module{Name: name, Filename: filename, IsInit: isInit, alts: alts, Globals: map[string]string{}, tree: tree}
	c.collectInto(m, tree)
	return m
}

func (c *Collector) collectInto(m *Module, tree *ast.Module) {
	col := &collection{c: c, m: m, names: map[string]bool{}, classNames: map[string]bool{}}
	body := &Func{QName: m.Name, Name: m.Name, Kind: ModuleBody, node: tree, Module: m}
	m.Body = body
	m.units = append(m.units, body)
	defer col.joinCalls()
	for _, s := range tree.Body {
		col.visit(s, body, nil)
		if a, ok := s.(*ast.Assign); ok {
			for _, t := range a.Targets {
				if n, ok := t.(*ast.Name); ok {
					if m.vars == nil {
						m.vars = map[string]bool{}
					}
					m.vars[strings.Clone(n.ID)] = true
				}
			}
		}
	}
}

// bind records name → qname in the unit's scope.
func (col *collection) bind(unit *Func, name, qname string) {
	name, qname = strings.Clone(name), strings.Clone(qname)
	if unit.Kind == ModuleBody {
		unit.Module.Globals[name] = qname
		return
	}
	if unit.Locals == nil {
		unit.Locals = map[string]string{}
	}
	unit.Locals[name] = qname
}

func (col *collection) newFunc(qname, name string, kind UnitKind, node ast.Node, unit *Func, cls *Class) *Func {
	if col.names[qname] {
		// Redefinitions (if/else variants, overloads) keep distinct units.
		qname = fmt.Sprintf("%s@%d", qname, len(col.m.units))
	}
	col.names[qname] = true
	m := col.m
	f := &Func{QName: qname, Name: strings.Clone(name), Kind: kind, node: node, Module: m, Class: cls, Parent: unit}
	if p, ok := node.(ast.Positioned); ok {
		f.Pos = p.Position()
	}
	f.vararg, f.kwarg = -1, -1
	switch n := node.(type) {
	case *ast.FunctionDef:
		f.collectParams(n.Args)
	case *ast.AsyncFunctionDef:
		f.collectParams(n.Args)
	case *ast.Lambda:
		f.collectParams(n.Args)
	}
	m.units = append(m.units, f)
	unit.Nested = append(unit.Nested, f)
	return f
}

// visit walks a node belonging to unit (cls is set while in a class body).
func (col *collection) visit(node ast.Node, unit *Func, cls *Class) {
	prefix := unit.QName
	if cls != nil {
		prefix = cls.QName
	}
	ast.Inspect(node, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FunctionDef:
			col.visitDef(n, Def, n.Name, n.Args, n.DecoratorList, n.Returns, n.Body, unit, cls, prefix)
			return false
		case *ast.AsyncFunctionDef:
			col.visitDef(n, AsyncDef, n.Name, n.Args, n.DecoratorList, n.Returns, n.Body, unit, cls, prefix)
			return false
		case *ast.Lambda:
			pos := n.Position()
			f := col.newFunc(fmt.Sprintf("%s.<lambda:%d:%d>", unit.QName, pos.Lineno, pos.ColOffset), "<lambda>", Lambda, n, unit, nil)
			col.outside++
			col.visitArgs(n.Args, unit)
			col.outside--
			saved := col.outside
			col.outside = 0
			col.visit(n.Body, f, nil)
			col.outside = saved
			return false
		case *ast.ClassDef:
			m := col.m
			qname := prefix + "." + n.Name
			if col.classNames[qname] {
				qname = fmt.Sprintf("%s@%d", qname, len(m.classes))
			}
			col.classNames[qname] = true
			c := &Class{QName: qname, Name: strings.Clone(n.Name), node: n, Module: m, Scope: unit, Methods: map[string]*Func{}}
			for _, b := range n.Bases {
				c.baseNames = append(c.baseNames, dottedName(b))
			}
			m.classes = append(m.classes, c)
			if cls == nil {
				col.bind(unit, n.Name, c.QName)
			}
			col.outside++
			for _, e := range n.Bases {
				col.visit(e, unit, nil)
			}
			for _, e := range n.DecoratorList {
				col.visit(e, unit, nil)
			}
			col.outside--
			// The class body runs as part of the enclosing unit: a source it
			// reads (target = sys.argv[1]) is that unit's use.
			for _, s := range n.Body {
				col.visit(s, unit, c)
			}
			return false
		case *ast.Name:
			if col.c.watch[n.ID] {
				col.use(unit, n.ID)
			}
		case *ast.Attribute:
			if col.c.watch[n.Attr] {
				base := useChain(n.Value)
				if base == "" {
					base = "?"
				}
				col.use(unit, base+"."+n.Attr)
			}
		case *ast.Call:
			var last string
			switch f := n.Func.(type) {
			case *ast.Name:
				last = f.ID
			case *ast.Attribute:
				last = f.Attr
			}
			if col.c.watch[last] {
				col.use(unit, last+"()")
			}
			if spelling := useChain(n.Func); spelling != "" {
				col.call(unit, spelling)
			}
		case *ast.Import:
			for _, a := range n.Names {
				if a.Asname != "" {
					col.bind(unit, a.Asname, a.Name)
				} else {
					first, _, _ := strings.Cut(a.Name, ".")
					col.bind(unit, first, first)
				}
			}
		case *ast.ImportFrom:
			abs := col.m.absImport(n.Level, n.Module)
			for _, a := range n.Names {
				if a.Name == "*" {
					if unit.Kind == ModuleBody {
						unit.Module.Star = append(unit.Module.Star, strings.Clone(abs))
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
				col.bind(unit, local, q)
			}
		}
		return true
	})
}

func (col *collection) visitDef(n ast.Node, kind UnitKind, name string, args *ast.Arguments, decos []ast.Expr, returns ast.Expr, body []ast.Stmt, unit *Func, cls *Class, prefix string) {
	col.outside++
	for _, d := range decos {
		col.visit(d, unit, nil)
	}
	col.visitArgs(args, unit)
	if returns != nil {
		col.visit(returns, unit, nil)
	}
	col.outside--
	f := col.newFunc(prefix+"."+name, name, kind, n, unit, cls)
	if args != nil {
		// A default that is a plain reference (argv=sys.argv) is what the
		// function's parameter holds when a call leaves it out: its
		// watched names are the function's own uses too.
		saved := col.outside
		col.outside = 0
		for _, d := range args.Defaults {
			col.referenceUses(f, d)
		}
		for _, d := range args.KwDefaults {
			col.referenceUses(f, d)
		}
		col.outside = saved
		if len(args.Posonlyargs) > 0 {
			f.SelfName = strings.Clone(args.Posonlyargs[0].Arg)
		} else if len(args.Args) > 0 {
			f.SelfName = strings.Clone(args.Args[0].Arg)
		}
	}
	saved := col.outside
	col.outside = 0
	for _, d := range decos {
		if c, ok := d.(*ast.Call); ok {
			d = c.Func
		}
		f.DecoratorNames = append(f.DecoratorNames, dottedName(d))
		if nm, ok := d.(*ast.Name); ok && (nm.ID == "staticmethod" || nm.ID == "classmethod") {
			f.static = true
		}
	}
	if cls != nil {
		if _, dup := cls.Methods[name]; !dup || !isOverloadStub(body) {
			cls.Methods[f.Name] = f
		}
	} else {
		col.bind(unit, name, f.QName)
	}
	for _, s := range body {
		col.visit(s, f, nil)
	}
	col.outside = saved
}

func (col *collection) visitArgs(a *ast.Arguments, unit *Func) {
	if a == nil {
		return
	}
	for _, d := range a.Defaults {
		col.visit(d, unit, nil)
	}
	for _, d := range a.KwDefaults {
		if d != nil {
			col.visit(d, unit, nil)
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

// use records a watched name use of the unit's own code (WatchedUses).
func (col *collection) use(u *Func, spelling string) {
	if col.outside > 0 {
		return
	}
	for _, w := range u.WatchedUses {
		if w == spelling {
			return
		}
	}
	u.WatchedUses = append(u.WatchedUses, strings.Clone(spelling))
}

// referenceUses records the watched names of a name, attribute or
// subscript chain without calls (what taint's plainReference evaluates).
func (col *collection) referenceUses(u *Func, e ast.Expr) {
	switch e := e.(type) {
	case *ast.Name:
		if col.c.watch[e.ID] {
			col.use(u, e.ID)
		}
	case *ast.Attribute:
		if col.c.watch[e.Attr] {
			if base := useChain(e.Value); base != "" {
				col.use(u, base+"."+e.Attr)
			}
		}
		col.referenceUses(u, e.Value)
	case *ast.Subscript:
		if _, isCall := e.Slice.(*ast.Call); !isCall {
			col.referenceUses(u, e.Value)
		}
	}
}

// call records a call spelling of the unit's code (decorators and
// defaults count for the unit that evaluates them).
func (col *collection) call(u *Func, spelling string) {
	if col.seen == nil {
		col.seen = map[*Func]map[string]bool{}
		col.calls = map[*Func][]string{}
	}
	seen := col.seen[u]
	if seen == nil {
		seen = map[string]bool{}
		col.seen[u] = seen
	}
	if !seen[spelling] {
		seen[spelling] = true
		col.calls[u] = append(col.calls[u], spelling)
	}
}

// joinCalls stores each unit's call spellings as one string (a copy: the
// index must not keep the tree's source alive).
func (col *collection) joinCalls() {
	for u, list := range col.calls {
		u.calls = strings.Clone(strings.Join(list, "\n"))
	}
}

// useChain spells a Name/Attribute/Call chain for WatchedUses: "a.b",
// "get_app().config" (a call is "name()"), "" when the base is anything else.
func useChain(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Name:
		return e.ID
	case *ast.Attribute:
		if base := useChain(e.Value); base != "" {
			return base + "." + e.Attr
		}
	case *ast.Call:
		if f := useChain(e.Func); f != "" {
			return f + "()"
		}
	}
	return ""
}

// dottedName spells a Name or Attribute chain ("app.route"), "" otherwise.
func dottedName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Name:
		return strings.Clone(e.ID)
	case *ast.Attribute:
		if base := dottedName(e.Value); base != "" {
			return base + "." + e.Attr
		}
	}
	return ""
}
