package taint

import (
	"sort"
	"strings"

	"github.com/kraitsec/krait/analysis/resolve"
)

// unitOrder lists the units in a fixed order, module bodies last. The
// analysis is demand driven: a call needing a summary computes the
// callee's first (a depth-first, callees-before-callers walk of the call
// graph), and recursion settles through the worklist, which re-analyses
// the callers of a function whose summary changed until nothing changes.
func (a *analyzer) unitOrder() []*resolve.Func {
	var funcs []*resolve.Func
	for _, f := range a.prog.Funcs {
		funcs = append(funcs, f)
	}
	sort.Slice(funcs, func(i, j int) bool { return funcs[i].QName < funcs[j].QName })
	for _, m := range a.prog.Modules {
		funcs = append(funcs, m.Body)
	}
	// Units not in Funcs (lambdas, a def bound twice to one name) come
	// last, in source order, so every unit has a fixed place in the
	// worklist whatever order they are first pushed in.
	seen := make(map[*resolve.Func]bool, len(funcs))
	for _, f := range funcs {
		seen[f] = true
	}
	var walk func(u *resolve.Func)
	walk = func(u *resolve.Func) {
		for _, n := range u.Nested {
			if !seen[n] {
				seen[n] = true
				funcs = append(funcs, n)
			}
			walk(n)
		}
	}
	for _, m := range a.prog.Modules {
		walk(m.Body)
	}
	return funcs
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
	owners := map[string][]string{} // attribute name → classes whose instances make it a source
	for ref, src := range a.models.Read {
		if a.threats[src.Threat] && isTyped(ref) {
			i := strings.LastIndexByte(ref, '.')
			owners[ref[i+1:]] = append(owners[ref[i+1:]], ref[:i])
		}
	}
	for ref, src := range a.models.Return {
		if a.threats[src.Threat] && isTyped(ref) {
			i := strings.LastIndexByte(ref, '.')
			owners[ref[i+1:]] = append(owners[ref[i+1:]], ref[:i])
		}
	}
	for k := range owners {
		typedAttrs[k] = true
	}
	// typedMatch: could X.attr be the typed source? On self, when the class
	// derives from the owner; elsewhere, when the owner's package is imported.
	typedMatch := func(u *resolve.Func, base string, attr string) bool {
		if u.IsMethod() && base != "" && base == u.SelfName {
			mro := a.mro(u.Class.QName)
			for _, o := range owners[attr] {
				for _, cl := range mro {
					if a.models.Canonical(cl) == o {
						return true
					}
				}
			}
			return false
		}
		for _, o := range owners[attr] {
			if importsUnder(u, topPackage(o)) {
				return true
			}
		}
		return false
	}
	decoLast := map[string]bool{}
	for d := range a.models.Decorators {
		decoLast[d[strings.LastIndexByte(d, '.')+1:]] = true
	}
	handlerDecorated := func(names []string) bool {
		for _, d := range names {
			if decoLast[d[strings.LastIndexByte(d, '.')+1:]] {
				return true
			}
		}
		return false
	}
	handlerBases := func(cl *resolve.Class) bool {
		for _, b := range cl.Bases {
			for _, c := range a.mro(a.models.Canonical(b)) {
				if len(a.models.BaseHandler[a.models.Canonical(c)]) > 0 {
					return true
				}
			}
		}
		return false
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
	// Registrar calls by their last name; which one a call is needs its
	// receiver (registrarCall): `get` registers aiohttp routes but also
	// reads every dict.
	registrars := map[string][]string{}
	for r := range a.models.Registrars {
		last := r[strings.LastIndexByte(r, '.')+1:]
		registrars[last] = append(registrars[last], r)
	}
	// Only names that end like a source need resolving.
	lastSeg := map[string]bool{}
	for ref := range a.models.Read {
		lastSeg[ref[strings.LastIndexByte(ref, '.')+1:]] = true
	}
	for ref := range a.models.Return {
		lastSeg[ref[strings.LastIndexByte(ref, '.')+1:]] = true
	}
	// Sources some framework alone names (request.GET), read on anything
	// that is not an imported name (see attribute).
	wildAttrs := map[string]bool{}
	for ref, src := range a.models.Read {
		if strings.HasPrefix(ref, "*.") && a.threats[src.Threat] {
			wildAttrs[ref[2:]] = true
		}
	}
	seeds := map[*resolve.Func]bool{}
	classesIn := map[*resolve.Func][]*resolve.Class{}
	for _, cl := range a.prog.Classes {
		classesIn[cl.Scope] = append(classesIn[cl.Scope], cl)
	}
	for _, u := range a.prog.Units() {
		// Nested route handlers are found when their parent runs.
		for _, n := range u.Nested {
			if handlerDecorated(n.DecoratorNames) {
				seeds[u] = true
			}
		}
		for _, cl := range classesIn[u] {
			if handlerBases(cl) {
				seeds[u] = true
			}
		}
		if seeds[u] || len(u.WatchedUses) == 0 {
			continue
		}
		found := false
		for _, use := range u.WatchedUses {
			if strings.HasSuffix(use, "()") {
				if refs := registrars[use[:len(use)-2]]; len(refs) > 0 && a.registrarCall(u, use[:len(use)-2], refs) {
					found = true
					break
				}
				continue
			}
			dot := strings.LastIndexByte(use, '.')
			last := use[dot+1:]
			if !lastSeg[last] {
				continue
			}
			if dot < 0 {
				if q, ok := a.prog.Binding(u, use); ok && isSource(q) {
					found = true
					break
				}
				continue
			}
			// An attribute on anything but an imported name: a framework-only
			// source name (request.GET) or a typed source (self.path).
			base := use[:dot]
			if (wildAttrs[last] || typedAttrs[last]) && a.prog.QualifiedSpelling(u, base) == "" &&
				(wildAttrs[last] || typedMatch(u, base, last)) {
				found = true
				break
			}
			if q := a.prog.QualifiedSpelling(u, use); q != "" && isSource(q) {
				found = true
				break
			}
		}
		if found {
			seeds[u] = true
		}
	}
	return seeds
}

// registrarCall reports whether a unit calling something named last may
// call one of the registrars refs: a call whose receiver (or bare name)
// resolves statically must resolve to one of them. A call on data (a
// local, a parameter, an attribute of self) may be one when the name is
// distinctive (add_url_rule: an app factory's helper gets the app as a
// parameter, in a module that need not import the framework), or, for a
// plain word that many APIs use (get, run, connect), when the unit's
// module or the unit imports the registrar's package.
func (a *analyzer) registrarCall(u *resolve.Func, last string, refs []string) bool {
	distinctive := strings.Contains(last, "_")
	isRegistrar := func(q string) bool {
		q = a.models.Canonical(a.prog.Canonical(q))
		for _, r := range refs {
			if q == a.models.Canonical(r) {
				return true
			}
		}
		return false
	}
	imports := func() bool {
		if distinctive {
			return true
		}
		for _, r := range refs {
			if importsUnder(u, topPackage(r)) {
				return true
			}
		}
		return false
	}
	for _, use := range u.WatchedUses {
		var q string
		switch {
		case use == last:
			q, _ = a.prog.Binding(u, use)
		case strings.HasSuffix(use, "."+last):
			base := use[:len(use)-len(last)-1]
			if base == "?" {
				if imports() {
					return true
				}
				continue
			}
			if bq := a.prog.QualifiedSpelling(u, base); bq != "" {
				q = bq + "." + last
			} else if imports() {
				return true
			} else {
				continue
			}
		default:
			continue
		}
		if q != "" && isRegistrar(q) {
			return true
		}
	}
	return false
}

// importsUnder reports whether a unit or its module binds a name to
// prefix or to something under it (an import of the package or of one of
// its members).
func importsUnder(u *resolve.Func, prefix string) bool {
	return bindsUnder(u.Module.Globals, prefix) || bindsUnder(u.Locals, prefix)
}

// bindsUnder reports whether a scope binds a name to prefix or under it.
func bindsUnder(scope map[string]string, prefix string) bool {
	for _, q := range scope {
		if q == prefix || strings.HasPrefix(q, prefix+".") {
			return true
		}
	}
	return false
}

// topPackage is the first segment of a qualified name.
func topPackage(q string) string {
	top, _, _ := strings.Cut(q, ".")
	return top
}
