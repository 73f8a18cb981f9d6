// Package resolve builds the module map of a Python project and answers
// name questions over it: which module a file is, what an import binds,
// the qualified name of an expression, which project function or class a
// qualified name denotes (following re-exports through __init__ and
// `from x import *`), and the bases of project classes.
package resolve

import (
	"fmt"
	"iter"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/kraitsec/krait/python/ast"
)

// Input is one parsed file of the project.
type Input struct {
	Filename string
	Module   *ast.Module
}

// Program is the whole project.
type Program struct {
	Modules []*Module          // sorted by file name
	ByName  map[string]*Module // primary and fallback dotted names
	Funcs   map[string]*Func   // by qualified name
	Classes map[string]*Class  // by qualified name
	// FuncOf maps a def, lambda or module node of a loaded tree to its unit.
	FuncOf map[ast.Node]*Func
	// ClassOf maps a class statement of a loaded tree to its class.
	ClassOf map[*ast.ClassDef]*Class

	collector *Collector
	trees     treeCache
}

// Module is one file.
type Module struct {
	Name     string // dotted, e.g. "pkg.sub.mod" ("pkg" for pkg/__init__.py)
	Filename string
	IsInit   bool
	// Globals binds top-level names to qualified names: imports, defs and
	// classes (assigned variables are the dataflow's business).
	Globals map[string]string
	// Star lists the absolute names of modules imported with `from x import *`.
	Star []string
	Body *Func // the module body as an analysis unit

	alts    []string        // fallback names (namespace packages)
	vars    map[string]bool // names assigned at top level
	units   []*Func         // every unit, in collection order (Body first)
	classes []*Class        // every class, in collection order

	// The tree is held while loaded; a detached module (see Detach) drops
	// it and parses its file again the next time a unit needs it.
	tree    *ast.Module
	load    Loader
	size    int // source bytes, for the tree cache's budget
	prog    *Program
	lastUse uint64
	pending *pendingTree
}

// Loader gives back the tree of a detached module.
type Loader func() (*ast.Module, error)

// AST returns the module's tree, parsing it again if it was detached.
func (m *Module) AST() *ast.Module {
	m.ensure()
	return m.tree
}

// Package returns the package relative imports start from.
func (m *Module) Package() string {
	if m.IsInit {
		return m.Name
	}
	if i := strings.LastIndexByte(m.Name, '.'); i >= 0 {
		return m.Name[:i]
	}
	return ""
}

// UnitKind says what a unit's node is.
type UnitKind uint8

const (
	ModuleBody UnitKind = iota
	Def
	AsyncDef
	Lambda
)

// Func is an analysis unit: a module body, def, method or lambda.
type Func struct {
	QName  string
	Name   string
	Kind   UnitKind
	Pos    ast.Pos // of the def, lambda or module
	Module *Module
	Class  *Class // set for methods defined directly in a class body
	Parent *Func  // enclosing unit (module body for top-level defs)
	// Locals binds names imported or defined inside this function body.
	Locals map[string]string
	Nested []*Func
	// WatchedUses spells each use of a watched name in the unit's own code
	// (class bodies included; not in nested defs, lambdas, class bases,
	// decorators or defaults): a
	// name ("argv"), an attribute chain ("request.args", "self.path",
	// "get_app().config"; "?.args" on any other base), or a call of a
	// watched name ("add_url_rule()").
	WatchedUses []string
	// SelfName is a def's first parameter name.
	SelfName string
	// DecoratorNames are the dotted names of the decorators (the called
	// name for a call such as @app.route("/")), "" where not a name chain.
	DecoratorNames []string

	node   ast.Node
	static bool // @staticmethod or @classmethod
	// The parameter names joined by commas, and where the groups start
	// (see Params): one string per unit keeps the collected index small.
	params              string
	nPos, vararg, kwarg int32
	// calls are the spellings of what the unit's code calls, one per line.
	calls string
	// refDefaults: some parameter default is a name, attribute or
	// subscript chain (argv=sys.argv).
	refDefaults bool
}

// ReferenceBase is the name or attribute chain under the subscripts of an
// expression without calls in its subscripts (sys.argv for sys.argv[1:]),
// nil for anything else: what a default value can be read as statically.
func ReferenceBase(e ast.Expr) ast.Expr {
	switch x := e.(type) {
	case *ast.Name, *ast.Attribute:
		return e
	case *ast.Subscript:
		if _, isCall := x.Slice.(*ast.Call); !isCall {
			return ReferenceBase(x.Value)
		}
	}
	return nil
}

// HasReferenceDefaults reports whether a parameter's default value is a
// name, attribute or subscript chain (def main(argv=sys.argv)); known
// without the tree.
func (f *Func) HasReferenceDefaults() bool { return f.refDefaults }

// Calls lists the spellings of the callees of the unit's own code (not
// of nested defs), once each: "helper", "mod.func", "self.method",
// "get_app().run" (see WatchedUses for the form). Collected, so finding
// who may call a function needs no tree.
func (f *Func) Calls() iter.Seq[string] {
	return func(yield func(string) bool) {
		if f.calls == "" {
			return
		}
		for s := range strings.SplitSeq(f.calls, "\n") {
			if !yield(s) {
				return
			}
		}
	}
}

// Params lists the unit's parameter names in order (positional-only and
// positional, then *args, keyword-only, **kwargs), the number of
// positional ones, and the indexes of *args and **kwargs (-1: none).
// They are collected, so asking does not parse a detached module again.
func (f *Func) Params() (names []string, nPos, vararg, kwarg int) {
	if f.Kind == ModuleBody {
		return nil, 0, -1, -1
	}
	if f.params != "" {
		names = strings.Split(f.params, ",")
	}
	return names, int(f.nPos), int(f.vararg), int(f.kwarg)
}

func (f *Func) collectParams(args *ast.Arguments) {
	f.vararg, f.kwarg = -1, -1
	if args == nil {
		return
	}
	var names []string
	for _, p := range args.Posonlyargs {
		names = append(names, p.Arg)
	}
	for _, p := range args.Args {
		names = append(names, p.Arg)
	}
	f.nPos = int32(len(names))
	for _, defaults := range [][]ast.Expr{args.Defaults, args.KwDefaults} {
		for _, d := range defaults {
			f.refDefaults = f.refDefaults || ReferenceBase(d) != nil
		}
	}
	if args.Vararg != nil {
		f.vararg = int32(len(names))
		names = append(names, args.Vararg.Arg)
	}
	for _, p := range args.Kwonlyargs {
		names = append(names, p.Arg)
	}
	if args.Kwarg != nil {
		f.kwarg = int32(len(names))
		names = append(names, args.Kwarg.Arg)
	}
	// A copy: the collected index must not keep the tree's source alive.
	if len(names) == 1 {
		f.params = strings.Clone(names[0])
	} else {
		f.params = strings.Join(names, ",")
	}
}

// Node returns the unit's node (*ast.Module, *ast.FunctionDef,
// *ast.AsyncFunctionDef or *ast.Lambda), parsing its file again if the
// module was detached.
func (f *Func) Node() ast.Node {
	f.Module.ensure()
	return f.node
}

// Args returns the parameter list (nil for module bodies).
func (f *Func) Args() *ast.Arguments {
	switch n := f.Node().(type) {
	case *ast.FunctionDef:
		return n.Args
	case *ast.AsyncFunctionDef:
		return n.Args
	case *ast.Lambda:
		return n.Args
	}
	return nil
}

// Decorators returns the decorator expressions of a def.
func (f *Func) Decorators() []ast.Expr {
	switch n := f.Node().(type) {
	case *ast.FunctionDef:
		return n.DecoratorList
	case *ast.AsyncFunctionDef:
		return n.DecoratorList
	}
	return nil
}

// IsMethod reports whether the unit is a plain method (first param is the instance).
func (f *Func) IsMethod() bool {
	return f.Class != nil && !f.static
}

// Class is a project class.
type Class struct {
	QName   string
	Name    string
	Module  *Module
	Scope   *Func    // unit whose body holds the class statement
	Bases   []string // canonical qualified names (project or external)
	Methods map[string]*Func

	node      *ast.ClassDef
	baseNames []string // dotted names of the base expressions
}

// Def returns the class statement, parsing its file again if the module
// was detached.
func (c *Class) Def() *ast.ClassDef {
	c.Module.ensure()
	return c.node
}

// Options tune Build.
type Options struct {
	// Watch names whose uses are recorded per unit in Func.WatchedUses, so a
	// client can find the units that mention them without walking the trees.
	Watch map[string]bool
}

// Build makes the program from parsed files.
func Build(files []Input) *Program {
	return BuildWithOptions(files, Options{})
}

// BuildWithOptions is Build with options.
func BuildWithOptions(files []Input, opt Options) *Program {
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = f.Filename
	}
	c := NewCollector(names, opt)
	var mods []*Module
	for _, f := range files {
		if f.Module != nil {
			mods = append(mods, c.Collect(f.Filename, f.Module))
		}
	}
	return c.Link(mods)
}

// Link makes the program from collected modules: module names, the
// function and class tables (a clash of qualified names between files
// gives the later file's definitions a distinct spelling) and class bases.
func (c *Collector) Link(mods []*Module) *Program {
	p := &Program{collector: c,
		ByName: map[string]*Module{}, Funcs: map[string]*Func{}, Classes: map[string]*Class{},
		FuncOf: map[ast.Node]*Func{}, ClassOf: map[*ast.ClassDef]*Class{},
	}
	p.Modules = slices.Clone(mods)
	sort.Slice(p.Modules, func(i, j int) bool { return p.Modules[i].Filename < p.Modules[j].Filename })
	for _, m := range p.Modules {
		m.prog = p
		if _, dup := p.ByName[m.Name]; !dup {
			p.ByName[m.Name] = m
		}
	}
	// Fallback names (namespace packages, src layouts) never shadow primaries.
	for _, m := range p.Modules {
		for _, a := range m.alts {
			if _, taken := p.ByName[a]; !taken {
				p.ByName[a] = m
			}
		}
	}
	for _, m := range p.Modules {
		p.register(m)
	}
	for _, cl := range p.sortedClasses() {
		p.resolveBases(cl)
	}
	return p
}

// register enters a module's units and classes in the tables. When one of
// its qualified names is taken (two files with one module name), all of
// them get the spelling "name@N" and the module's bindings follow.
func (p *Program) register(m *Module) {
	clash := false
	for _, f := range m.units[1:] {
		if _, dup := p.Funcs[f.QName]; dup {
			clash = true
		}
	}
	for _, cl := range m.classes {
		if _, dup := p.Classes[cl.QName]; dup {
			clash = true
		}
	}
	if clash {
		prefix := fmt.Sprintf("%s@%d", m.Name, len(p.Funcs))
		renamed := map[string]string{}
		for _, f := range m.units[1:] {
			local := prefix + f.QName[len(m.Name):]
			renamed[f.QName] = local
			f.QName = local
		}
		for _, cl := range m.classes {
			local := prefix + cl.QName[len(m.Name):]
			renamed[cl.QName] = local
			cl.QName = local
		}
		for _, u := range m.units {
			binds := u.Locals
			if u.Kind == ModuleBody {
				binds = m.Globals
			}
			for k, v := range binds {
				if r, ok := renamed[v]; ok {
					binds[k] = r
				}
			}
		}
	}
	for _, f := range m.units[1:] {
		p.Funcs[f.QName] = f
	}
	for _, cl := range m.classes {
		p.Classes[cl.QName] = cl
	}
	if m.tree != nil {
		p.index(m)
		if m.load != nil {
			// Still loaded from its first parse: Trim may drop it.
			if p.trees.loaded == nil {
				p.trees.loaded = map[*Module]bool{}
			}
			p.trees.loaded[m] = true
			p.trees.used += m.size
		}
	}
}

// index maps the nodes of a loaded module to its units and classes.
func (p *Program) index(m *Module) {
	for _, f := range m.units {
		p.FuncOf[f.node] = f
	}
	for _, cl := range m.classes {
		p.ClassOf[cl.node] = cl
	}
}

// moduleName derives the dotted name from the path: directories holding an
// __init__.py (among the project's files) form the package chain. alts are
// longer names through plain directories, used only when nothing else matches.
func moduleName(filename string, present map[string]bool) (name string, isInit bool, alts []string) {
	clean := filepath.Clean(filename)
	dir, base := filepath.Split(clean)
	stem := strings.TrimSuffix(strings.TrimSuffix(base, ".py"), ".pyi")
	stem = strings.TrimSuffix(stem, ".ipynb")
	parts := []string{}
	if stem == "__init__" {
		isInit = true
	} else {
		parts = append(parts, stem)
	}
	dir = filepath.Clean(dir)
	for dir != "." && dir != string(filepath.Separator) && dir != "" {
		if !present[filepath.Join(dir, "__init__.py")] {
			break
		}
		parts = append(parts, filepath.Base(dir))
		dir = filepath.Dir(dir)
	}
	if isInit && len(parts) == 0 {
		parts = append(parts, filepath.Base(filepath.Dir(clean)))
	}
	slices.Reverse(parts)
	name = strings.Join(parts, ".")
	// Up to three plain directories above, for namespace packages.
	extra := parts
	for range 3 {
		if dir == "." || dir == string(filepath.Separator) || dir == "" {
			break
		}
		b := filepath.Base(dir)
		if !isIdent(b) {
			break
		}
		extra = append([]string{b}, extra...)
		alts = append(alts, strings.Join(extra, "."))
		dir = filepath.Dir(dir)
	}
	return name, isInit, alts
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9' || r > 127) {
			return false
		}
	}
	return true
}

func (p *Program) sortedClasses() []*Class {
	out := make([]*Class, 0, len(p.Classes))
	for _, c := range p.Classes {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].QName < out[j].QName })
	return out
}

// AbsImport turns an import's module part into an absolute dotted name.
func (p *Program) AbsImport(m *Module, level int, module string) string {
	return m.absImport(level, module)
}

func (m *Module) absImport(level int, module string) string {
	if level == 0 {
		return module
	}
	pkg := m.Package()
	for i := 1; i < level; i++ {
		if j := strings.LastIndexByte(pkg, '.'); j >= 0 {
			pkg = pkg[:j]
		} else {
			pkg = ""
		}
	}
	switch {
	case pkg == "":
		return module
	case module == "":
		return pkg
	}
	return pkg + "." + module
}

// Units lists every unit of the program: per module in file order, each
// module's units in source order.
func (p *Program) Units() []*Func {
	n := 0
	for _, m := range p.Modules {
		n += len(m.units)
	}
	out := make([]*Func, 0, n)
	for _, m := range p.Modules {
		out = append(out, m.units...)
	}
	return out
}
