package resolve

import (
	"strings"

	"github.com/kraitsec/krait/python/ast"
)

// Canonical follows a qualified name through the project: a name imported
// into a module (a re-export in __init__, an alias, a star import) becomes
// the name of its definition. External names come back unchanged.
func (p *Program) Canonical(q string) string {
	for range 12 { // re-export chains are short; cycles are cut here
		next, changed := p.canonicalStep(q)
		if !changed {
			return q
		}
		q = next
	}
	return q
}

func (p *Program) canonicalStep(q string) (string, bool) {
	m, rest := p.splitModule(q)
	if m == nil || rest == "" {
		return q, false
	}
	first, tail := rest, ""
	if i := strings.IndexByte(rest, '.'); i >= 0 {
		first, tail = rest[:i], rest[i:]
	}
	if target, ok := m.Globals[first]; ok {
		if target == m.Name+"."+first || target == q {
			return q, false
		}
		return target + tail, true
	}
	for _, s := range m.Star {
		sm := p.ByName[s]
		if sm == nil || sm == m {
			continue
		}
		if _, ok := sm.Globals[first]; ok || p.definesVar(sm, first) {
			return sm.Name + "." + rest, true
		}
	}
	if m.Name != "" && !strings.HasPrefix(q, m.Name+".") {
		// q reached m through a fallback name: spell it with the primary one.
		return m.Name + "." + rest, true
	}
	return q, false
}

// definesVar reports a top-level assignment to name (for star imports of constants).
func (p *Program) definesVar(m *Module, name string) bool {
	return m.vars[name]
}

// splitModule finds the longest project-module prefix of q.
func (p *Program) splitModule(q string) (*Module, string) {
	for cut := len(q); cut > 0; {
		if m := p.ByName[q[:cut]]; m != nil {
			rest := ""
			if cut < len(q) {
				rest = q[cut+1:]
			}
			return m, rest
		}
		i := strings.LastIndexByte(q[:cut], '.')
		if i < 0 {
			break
		}
		cut = i
	}
	return nil, q
}

// Module returns the project module named q (after canonicalisation), if any.
func (p *Program) Module(q string) *Module {
	if m := p.ByName[q]; m != nil {
		return m
	}
	return p.ByName[p.Canonical(q)]
}

// Func returns the project function or method named q, if any.
func (p *Program) Func(q string) *Func {
	if f := p.Funcs[q]; f != nil {
		return f
	}
	return p.Funcs[p.Canonical(q)]
}

// Class returns the project class named q, if any.
func (p *Program) Class(q string) *Class {
	if c := p.Classes[q]; c != nil {
		return c
	}
	return p.Classes[p.Canonical(q)]
}

// Binding looks a bare name up the static scope chain of unit: the unit's
// own imports and defs, enclosing functions, the module, builtins. ok is
// false for names bound only by assignment (the dataflow tracks those).
func (p *Program) Binding(unit *Func, name string) (string, bool) {
	for u := unit; u != nil; u = u.Parent {
		if u.Kind == ModuleBody {
			break
		}
		if q, ok := u.Locals[name]; ok {
			return q, true
		}
	}
	if unit != nil {
		m := unit.Module
		if q, ok := m.Globals[name]; ok {
			return q, true
		}
		for _, s := range m.Star {
			if sm := p.ByName[s]; sm != nil {
				if _, ok := sm.Globals[name]; ok {
					return p.Canonical(sm.Name + "." + name), true
				}
			} else if s != "" {
				// Star import of an external module: cannot enumerate it.
				continue
			}
		}
	}
	if builtinNames[name] {
		return "builtins." + name, true
	}
	return "", false
}

// QualifiedName statically resolves a Name or Attribute chain in unit:
// `from flask import request as r` makes `r.args.get` "flask.request.args.get".
// It returns "" when the base is not an import, def, class or builtin.
func (p *Program) QualifiedName(unit *Func, e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Name:
		q, _ := p.Binding(unit, e.ID)
		return q
	case *ast.Attribute:
		base := p.QualifiedName(unit, e.Value)
		if base == "" {
			return ""
		}
		return base + "." + e.Attr
	case *ast.Call:
		return p.QualifiedName(unit, e.Func)
	}
	return ""
}

func (p *Program) resolveBases(c *Class) {
	for _, b := range c.baseNames {
		if q := p.qualifiedDotted(c.Scope, b); q != "" {
			c.Bases = append(c.Bases, p.Canonical(q))
		}
	}
}

// QualifiedSpelling is QualifiedName for a chain spelled as in
// Func.WatchedUses ("a.b.c"; a call "f()" resolves as f, as QualifiedName
// does); "" for a "?" base.
func (p *Program) QualifiedSpelling(unit *Func, spelling string) string {
	return p.qualifiedDotted(unit, strings.ReplaceAll(spelling, "()", ""))
}

// qualifiedDotted is QualifiedName for a chain already spelled "a.b.c".
func (p *Program) qualifiedDotted(unit *Func, dotted string) string {
	if dotted == "" || dotted[0] == '?' {
		return ""
	}
	first, rest, more := strings.Cut(dotted, ".")
	q, _ := p.Binding(unit, first)
	if q == "" || !more {
		return q
	}
	return q + "." + rest
}

// MRO lists q and its ancestors, depth first, project bases resolved;
// extBases supplies bases of external classes (from the models).
func (p *Program) MRO(q string, extBases map[string][]string) []string {
	var out []string
	seen := map[string]bool{}
	var walk func(string, int)
	walk = func(c string, depth int) {
		if seen[c] || depth > 12 {
			return
		}
		seen[c] = true
		out = append(out, c)
		if cl := p.Class(c); cl != nil {
			for _, b := range cl.Bases {
				walk(b, depth+1)
			}
			return
		}
		for _, b := range extBases[c] {
			walk(b, depth+1)
		}
	}
	walk(q, 0)
	return out
}

// FindMethod looks a method up the project part of the MRO of class q.
func (p *Program) FindMethod(q, name string) *Func {
	for _, c := range p.MRO(q, nil) {
		if cl := p.Class(c); cl != nil {
			if f := cl.Methods[name]; f != nil {
				return f
			}
		}
	}
	return nil
}

var builtinNames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr
		classmethod compile complex delattr dict dir divmod enumerate eval exec exit filter float format frozenset
		getattr globals hasattr hash help hex id input int isinstance issubclass iter len list locals map max
		memoryview min next object oct open ord pow print property quit range repr reversed round set setattr
		slice sorted staticmethod str sum super tuple type vars zip __import__ execfile raw_input unicode`) {
		m[n] = true
	}
	return m
}()
