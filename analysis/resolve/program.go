// Package resolve builds the module map of a Python project and answers
// name questions over it: which module a file is, what an import binds,
// the qualified name of an expression, which project function or class a
// qualified name denotes (following re-exports through __init__ and
// `from x import *`), and the bases of project classes.
package resolve

import (
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
	// FuncOf maps a def, lambda or module node to its unit.
	FuncOf map[ast.Node]*Func
	// ClassOf maps a class statement to its class.
	ClassOf map[*ast.ClassDef]*Class

	watch map[string]bool
}

// Module is one file.
type Module struct {
	Name     string // dotted, e.g. "pkg.sub.mod" ("pkg" for pkg/__init__.py)
	Filename string
	IsInit   bool
	AST      *ast.Module
	// Globals binds top-level names to qualified names: imports, defs and
	// classes (assigned variables are the dataflow's business).
	Globals map[string]string
	// Star lists the absolute names of modules imported with `from x import *`.
	Star []string
	Body *Func // the module body as an analysis unit
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

// Func is an analysis unit: a module body, def, method or lambda.
type Func struct {
	QName  string
	Name   string
	Node   ast.Node // *ast.Module, *ast.FunctionDef, *ast.AsyncFunctionDef or *ast.Lambda
	Module *Module
	Class  *Class // set for methods defined directly in a class body
	Parent *Func  // enclosing unit (module body for top-level defs)
	// Locals binds names imported or defined inside this function body.
	Locals map[string]string
	Nested []*Func
	// Mentions lists the watched names (Options.Watch) this unit's own
	// code uses as a name or attribute, each once.
	Mentions []string
}

// Args returns the parameter list (nil for module bodies).
func (f *Func) Args() *ast.Arguments {
	switch n := f.Node.(type) {
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
	switch n := f.Node.(type) {
	case *ast.FunctionDef:
		return n.DecoratorList
	case *ast.AsyncFunctionDef:
		return n.DecoratorList
	}
	return nil
}

// IsMethod reports whether the unit is a plain method (first param is the instance).
func (f *Func) IsMethod() bool {
	if f.Class == nil {
		return false
	}
	for _, d := range f.Decorators() {
		if n, ok := d.(*ast.Name); ok && (n.ID == "staticmethod" || n.ID == "classmethod") {
			return false
		}
	}
	return true
}

// Class is a project class.
type Class struct {
	QName   string
	Name    string
	Node    *ast.ClassDef
	Module  *Module
	Scope   *Func    // unit whose body holds the class statement
	Bases   []string // canonical qualified names (project or external)
	Methods map[string]*Func
}

// Options tune Build.
type Options struct {
	// Watch names whose uses are recorded per unit in Func.Mentions, so a
	// client can find the units that mention them without walking the trees.
	Watch map[string]bool
}

// Build makes the program from parsed files.
func Build(files []Input) *Program {
	return BuildWithOptions(files, Options{})
}

// BuildWithOptions is Build with options.
func BuildWithOptions(files []Input, opt Options) *Program {
	p := &Program{watch: opt.Watch,
		ByName: map[string]*Module{}, Funcs: map[string]*Func{}, Classes: map[string]*Class{},
		FuncOf: map[ast.Node]*Func{}, ClassOf: map[*ast.ClassDef]*Class{},
	}
	sorted := slices.Clone(files)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Filename < sorted[j].Filename })
	present := map[string]bool{}
	for _, f := range sorted {
		present[filepath.Clean(f.Filename)] = true
	}
	var alternates [][2]string
	for _, f := range sorted {
		if f.Module == nil {
			continue
		}
		name, isInit, alts := moduleName(f.Filename, present)
		m := &Module{Name: name, Filename: f.Filename, IsInit: isInit, AST: f.Module, Globals: map[string]string{}}
		p.Modules = append(p.Modules, m)
		if _, dup := p.ByName[name]; !dup {
			p.ByName[name] = m
		}
		for _, a := range alts {
			alternates = append(alternates, [2]string{a, name})
		}
	}
	// Fallback names (namespace packages, src layouts) never shadow primaries.
	for _, a := range alternates {
		if _, taken := p.ByName[a[0]]; !taken {
			p.ByName[a[0]] = p.ByName[a[1]]
		}
	}
	for _, m := range p.Modules {
		p.collectModule(m)
	}
	for _, c := range p.sortedClasses() {
		p.resolveBases(c)
	}
	return p
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
