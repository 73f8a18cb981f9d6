package taint

import (
	"strings"

	"github.com/kraitsec/krait/analysis/resolve"
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/taint/models"
)

// refine returns st as known on the branch where cond is truth: values a
// check has validated are cleaned for the kinds the check covers.
func (c *fnCtx) refine(st *state, cond ast.Expr, truth bool) *state {
	if st == nil {
		return nil
	}
	switch e := cond.(type) {
	case *ast.UnaryOp:
		if e.Op == ast.Not {
			return c.refine(st, e.Operand, !truth)
		}
	case *ast.BoolOp:
		if (e.Op == ast.And && truth) || (e.Op == ast.Or && !truth) {
			for _, v := range e.Values {
				st = c.refine(st, v, truth)
			}
			return st
		}
		// `a and b` is false when a is, or a holds and b is false (dually
		// for `or`): a value is clean past it if it is on every way there.
		var out *state
		prefix := st.copy()
		for _, v := range e.Values {
			out = joinStates(out, c.refine(prefix.copy(), v, truth))
			prefix = c.refine(prefix, v, !truth)
		}
		return out
	case *ast.Name, *ast.Attribute:
		if u := c.urlSource(e); u != nil && !truth {
			// `if urlparse(u).netloc: <leave>`: past it u has no host, a
			// path on this site.
			return c.cleanPlace(st, u, models.Redirect.Bit())
		}
	case *ast.NamedExpr:
		return c.refine(st, e.Value, truth)
	case *ast.Call:
		return c.refineCall(st, e, truth)
	case *ast.Compare:
		if len(e.Ops) == 1 {
			if op := e.Ops[0]; (op == ast.Is || op == ast.IsNot) && isNoneConst(e.Comparators[0]) {
				// `PAT.fullmatch(x) is not None` checks as the match's truth does.
				st = c.refine(st, e.Left, (op == ast.IsNot) == truth)
			}
			return c.refineCompare(st, e.Left, e.Ops[0], e.Comparators[0], truth)
		}
	}
	return st
}

var validatingPredicates = map[string]bool{
	"isalnum": true, "isalpha": true, "isdigit": true, "isdecimal": true, "isnumeric": true, "isidentifier": true,
	"isspace": true,
}

var cleaningTypes = map[string]bool{
	"builtins.int": true, "builtins.float": true, "builtins.bool": true, "builtins.complex": true,
	"uuid.UUID": true, "decimal.Decimal": true, "datetime.date": true, "datetime.datetime": true,
}

func (c *fnCtx) refineCall(st *state, call *ast.Call, truth bool) *state {
	at, isAttr := call.Func.(*ast.Attribute)
	if isAttr && truth && validatingPredicates[at.Attr] && len(call.Args) == 0 {
		return c.cleanPlace(st, at.Value, models.AllKinds)
	}
	if isAttr && !truth && at.Attr == "startswith" && len(call.Args) == 1 && c.mentionsRoot(call.Args[0], st) {
		// `if p.startswith("/"): abort()`: p is not absolute past it.
		return c.pathHalf(st, at.Value, models.Relative)
	}
	if isAttr && truth && (at.Attr == "startswith" || at.Attr == "is_relative_to") {
		// A prefix check on a normalised path (realpath, abspath, resolve()).
		return c.cleanPlaceIf(st, at.Value, models.Path.Bit(), models.Normalized)
	}
	fv := c.peek(call.Func, st)
	q := ""
	if fv != nil {
		q = c.canon(fv.Ref)
	}
	for _, g := range c.a.models.Guards[q] {
		if g.Branch != truth {
			continue
		}
		if e := guardArg(call, g); e != nil {
			st = c.cleanPlace(st, e, g.M)
		}
	}
	// A project predicate `def ok(x): return <check on x>` guards its argument
	// as the check itself would.
	if fv != nil && fv.Fn != nil && c.predicateDepth < 3 {
		if inlined := inlinePredicate(fv.Fn, call); inlined != nil {
			c.predicateDepth++
			st = c.refine(st, inlined, truth)
			c.predicateDepth--
		}
	}
	if q == "builtins.bool" && len(call.Args) == 1 {
		return c.refine(st, call.Args[0], truth)
	}
	if !truth {
		if q == "os.path.isabs" || q == "posixpath.isabs" || q == "ntpath.isabs" {
			if len(call.Args) == 1 {
				return c.pathHalf(st, call.Args[0], models.Relative)
			}
		}
		return st
	}
	switch q {
	case "hmac.compare_digest", "secrets.compare_digest":
		// compare_digest(sig, hmac.new(KEY, blob, ...).hexdigest()): blob
		// carries a valid signature, so it came from whoever holds KEY.
		for _, a := range call.Args {
			if nm, ok := a.(*ast.Name); ok {
				if def := c.soleAssignment(nm.ID); def != nil {
					a = def // good = hmac.new(KEY, blob, sha256).hexdigest()
				}
			}
			if msg := hmacMessage(a); msg != nil {
				st = c.cleanPlace(st, msg, models.Deserialization.Bit())
			}
		}
		return st
	case "builtins.isinstance":
		if len(call.Args) == 2 && c.typesClean(call.Args[1], st) {
			return c.cleanPlace(st, call.Args[0], models.AllKinds)
		}
	case "re.fullmatch", "re.match":
		if len(call.Args) >= 2 {
			pat := c.peek(call.Args[0], st)
			if anchoredPattern(pat, q == "re.fullmatch") {
				return c.cleanPlace(st, call.Args[1], models.AllKinds)
			}
		}
	}
	if isAttr && (at.Attr == "fullmatch" || at.Attr == "match") && len(call.Args) >= 1 {
		recv := c.peek(at.Value, st)
		if recv != nil && recv.Type == "re.Pattern" && anchoredPattern(recv, at.Attr == "fullmatch") {
			return c.cleanPlace(st, call.Args[0], models.AllKinds)
		}
	}
	return st
}

// anchoredPattern: a constant pattern that must match the whole string.
func anchoredPattern(v *Value, full bool) bool {
	if v == nil || !v.HasConst {
		return false
	}
	s, ok := v.Const.(string)
	if !ok {
		return false
	}
	if full {
		return true
	}
	return strings.HasSuffix(s, "$") || strings.HasSuffix(s, `\Z`) || strings.HasSuffix(s, `\z`)
}

func (c *fnCtx) typesClean(e ast.Expr, st *state) bool {
	if t, ok := e.(*ast.Tuple); ok {
		for _, x := range t.Elts {
			if !c.typesClean(x, st) {
				return false
			}
		}
		return len(t.Elts) > 0
	}
	v := c.peek(e, st)
	return v != nil && cleaningTypes[c.canon(v.Ref)]
}

// pathHalf records one half of a traversal check (NoDotDot or Relative) on
// place and cleans Path from labels that now carry both halves.
func (c *fnCtx) pathHalf(st *state, place ast.Expr, half models.Mask) *state {
	st = c.cleanPlaceIf(st, place, half, 0)
	return c.cleanPlaceIf(st, place, models.Path.Bit(), models.NoDotDot|models.Relative)
}

// mentionsRoot reports whether a startswith argument is, or is a tuple
// holding, a constant starting with "/" or "\\" (an absolute-path prefix).
func (c *fnCtx) mentionsRoot(e ast.Expr, st *state) bool {
	if t, ok := e.(*ast.Tuple); ok {
		for _, x := range t.Elts {
			if c.mentionsRoot(x, st) {
				return true
			}
		}
		return false
	}
	v := c.peek(e, st)
	if v == nil || !v.HasConst {
		return false
	}
	s, ok := v.Const.(string)
	return ok && (strings.HasPrefix(s, "/") || strings.HasPrefix(s, `\`))
}

func (c *fnCtx) refineCompare(st *state, left ast.Expr, op ast.CmpOp, right ast.Expr, truth bool) *state {
	switch op {
	case ast.In, ast.NotIn:
		positive := (op == ast.In) == truth // the membership holds on this branch
		lv := c.peek(left, st)
		if !positive && lv != nil && lv.HasConst {
			if s, ok := lv.Const.(string); ok {
				if strings.Contains(s, "/") || strings.Contains(s, `\`) {
					return c.cleanPlace(st, right, models.Path.Bit())
				}
				if strings.Contains(s, "..") {
					return c.pathHalf(st, right, models.NoDotDot)
				}
			}
		}
		if positive {
			rv := c.peek(right, st)
			if constContainer(rv) {
				if u := c.urlSource(left); u != nil {
					return c.cleanPlace(st, u, models.Redirect.Bit()|models.SSRF.Bit())
				}
				return c.cleanPlace(st, left, models.AllKinds)
			}
		}
	case ast.Eq, ast.NotEq, ast.Is, ast.IsNot:
		if op == ast.Eq || op == ast.NotEq {
			st = c.refineCommonPath(st, left, right, op, truth)
		}
		positive := (op == ast.Eq || op == ast.Is) == truth
		if !positive {
			return st
		}
		lv, rv := c.peek(left, st), c.peek(right, st)
		place, other := left, rv
		if lv != nil && lv.HasConst {
			place, other = right, lv
		}
		if other == nil || !other.HasConst || other.Const == nil {
			return st
		}
		if u := c.urlSource(place); u != nil {
			return c.cleanPlace(st, u, models.Redirect.Bit()|models.SSRF.Bit())
		}
		return c.cleanPlace(st, place, models.AllKinds)
	}
	return st
}

// refineCommonPath handles `os.path.commonpath([base, p]) == base`: the
// normalised paths in the list stay under base.
func (c *fnCtx) refineCommonPath(st *state, left, right ast.Expr, op ast.CmpOp, truth bool) *state {
	if (op == ast.Eq) != truth {
		return st
	}
	for _, side := range []ast.Expr{left, right} {
		call, ok := side.(*ast.Call)
		if !ok || len(call.Args) != 1 {
			continue
		}
		fv := c.peek(call.Func, st)
		if fv == nil {
			continue
		}
		if q := c.canon(fv.Ref); q != "os.path.commonpath" && q != "os.path.commonprefix" {
			continue
		}
		var elts []ast.Expr
		switch l := call.Args[0].(type) {
		case *ast.List:
			elts = l.Elts
		case *ast.Tuple:
			elts = l.Elts
		}
		for _, e := range elts {
			st = c.cleanPlaceIf(st, e, models.Path.Bit(), models.Normalized)
		}
	}
	return st
}

// isModuleRef reports whether name denotes an imported module here.
func (c *fnCtx) isModuleRef(name string, st *state) bool {
	q, ok := c.a.prog.Binding(c.fn, name)
	if !ok || strings.HasPrefix(q, "builtins.") {
		return false
	}
	if v, local := st.get(name); local && v != nil && (len(v.T) > 0 || v.Type != "") {
		return false // rebound to data
	}
	if c.a.prog.Module(q) != nil {
		return true
	}
	// An external name without a modelled type (sys, os) rather than an
	// object such as flask.request.
	_, typed := c.a.models.Types[c.canon(q)]
	return !typed && c.a.prog.Func(q) == nil && c.a.prog.Class(q) == nil
}

// rootName is the variable a place starts from ("" for none).
func rootName(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.Name:
			return x.ID
		case *ast.Attribute:
			e = x.Value
		case *ast.Subscript:
			e = x.Value
		default:
			return ""
		}
	}
}

// hmacMessage returns msg in hmac.new(key, msg, ...).hexdigest() (or
// .digest(), or hmac.digest(key, msg, ...)), nil otherwise.
func hmacMessage(e ast.Expr) ast.Expr {
	call, ok := e.(*ast.Call)
	if !ok {
		return nil
	}
	if at, ok := call.Func.(*ast.Attribute); ok && (at.Attr == "hexdigest" || at.Attr == "digest") && len(call.Args) == 0 {
		inner, ok := at.Value.(*ast.Call)
		if ok && strings.HasSuffix(calleeName(inner.Func), "hmac.new") && len(inner.Args) >= 2 {
			return inner.Args[1]
		}
		if ok && calleeName(inner.Func) == "new" && len(inner.Args) >= 2 {
			return inner.Args[1] // from hmac import new
		}
		return nil
	}
	if strings.HasSuffix(calleeName(call.Func), "hmac.digest") && len(call.Args) >= 2 {
		return call.Args[1]
	}
	return nil
}

// textOf are the calls whose result spells their argument's text.
var textOf = map[string]bool{"str": true, "repr": true, "ascii": true, "unicode": true}

// urlSource recognises the host part of a parsed URL and returns the URL
// expression: urlparse(u).netloc (or .hostname, .host), p.netloc where p
// is only ever assigned urlparse(u), and h only ever assigned either form.
func (c *fnCtx) urlSource(e ast.Expr) ast.Expr {
	if nm, ok := e.(*ast.Name); ok {
		if def := c.soleAssignment(nm.ID); def != nil {
			if _, isName := def.(*ast.Name); !isName {
				return c.urlSource(def)
			}
		}
		return nil
	}
	at, ok := e.(*ast.Attribute)
	if !ok || (at.Attr != "netloc" && at.Attr != "hostname" && at.Attr != "host") {
		return nil
	}
	base := at.Value
	if nm, ok := base.(*ast.Name); ok {
		if def := c.soleAssignment(nm.ID); def != nil {
			base = def
		}
	}
	call, ok := base.(*ast.Call)
	if !ok || len(call.Args) == 0 {
		return nil
	}
	name := calleeName(call.Func)
	if strings.HasSuffix(name, "urlparse") || strings.HasSuffix(name, "urlsplit") || strings.HasSuffix(name, "url_parse") {
		return call.Args[0]
	}
	return nil
}

// soleAssignment is the value of the only binding of name in the unit's
// own code when that binding is a plain `name = value` (nil otherwise).
func (c *fnCtx) soleAssignment(name string) ast.Expr {
	if c.soleDefs == nil {
		c.soleDefs = map[string]ast.Expr{}
		count := map[string]int{}
		bind := func(t ast.Expr, v ast.Expr) {
			ast.Inspect(t, func(n ast.Node) bool {
				if nm, ok := n.(*ast.Name); ok {
					count[nm.ID]++
					c.soleDefs[nm.ID] = v
				}
				return true
			})
		}
		var walk func(n ast.Node) bool
		walk = func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.Lambda, *ast.ClassDef:
				return n == c.fn.Node()
			case *ast.Assign:
				for _, t := range n.Targets {
					if _, ok := t.(*ast.Name); ok && len(n.Targets) == 1 {
						bind(t, n.Value)
					} else {
						bind(t, nil)
					}
				}
			case *ast.AugAssign:
				bind(n.Target, nil)
			case *ast.AnnAssign:
				bind(n.Target, n.Value)
			case *ast.NamedExpr:
				bind(n.Target, nil)
			case *ast.For:
				bind(n.Target, nil)
			case *ast.AsyncFor:
				bind(n.Target, nil)
			case *ast.WithItem:
				if n.OptionalVars != nil {
					bind(n.OptionalVars, nil)
				}
			case *ast.Comprehension:
				bind(n.Target, nil)
			}
			return true
		}
		ast.Inspect(c.fn.Node(), walk)
		for name, n := range count {
			if n != 1 {
				c.soleDefs[name] = nil
			}
		}
		if args := c.fn.Args(); args != nil {
			for _, a := range append(append(append([]*ast.Arg{}, args.Posonlyargs...), args.Args...), args.Kwonlyargs...) {
				c.soleDefs[a.Arg] = nil
			}
		}
	}
	return c.soleDefs[name]
}

// constContainer: a collection known to hold only constants.
func constContainer(v *Value) bool {
	if v == nil {
		return false
	}
	if v.ConstElems && len(flatten(v)) == 0 {
		return true
	}
	if v.HasConst {
		_, isStr := v.Const.(string)
		return isStr
	}
	return false
}

// peek evaluates an expression without effects (no sinks, no mutation).
func (c *fnCtx) peek(e ast.Expr, st *state) *Value {
	switch e := e.(type) {
	case *ast.Name:
		return c.lookup(e.ID, e, st)
	case *ast.Attribute:
		return c.attribute(c.peek(e.Value, st), e.Attr, e)
	case *ast.Constant:
		return c.eval(e, st)
	case *ast.Tuple, *ast.List, *ast.Set, *ast.Dict:
		return c.eval(e, st.copy())
	case *ast.Subscript:
		base := c.peek(e.Value, st)
		idx := c.peek(e.Slice, st)
		return c.subscriptConst(base, idx)
	}
	return nil
}

// cleanPlace cleans the value stored at a variable (or attribute chain).
func (c *fnCtx) cleanPlace(st *state, place ast.Expr, m models.Mask) *state {
	return c.cleanPlaceIf(st, place, m, 0)
}

// cleanPlaceIf cleans labels carrying all bits of need (0: every label).
func (c *fnCtx) cleanPlaceIf(st *state, place ast.Expr, m, need models.Mask) *state {
	if !isPlace(place) && !isSubscriptPlace(place) {
		if call, ok := place.(*ast.Call); ok && len(call.Args) == 1 && textOf[calleeName(call.Func)] {
			// str(p).isalnum(), str(p) == "x": the check is on p's text.
			// (Not len(p) == 2 or type(p) is str: they say nothing of it.)
			return c.cleanPlaceIf(st, call.Args[0], m, need)
		}
		if at, ok := place.(*ast.Attribute); ok {
			if call, ok := at.Value.(*ast.Call); ok && isPlace(call.Func) {
				return st
			}
		}
		return st
	}
	root := rootName(place)
	out := st.copy()
	if root != "" {
		// A refined global or module (sys.argv[1] == "x") holds only on
		// this way: joins drop it where another way did not refine it.
		if _, local := st.get(root); !local || c.isModuleRef(root, st) {
			defer out.markShadow(root)
		}
	}
	f := func(t Taint) Taint {
		return mapLabels(t, func(l Label) (Label, bool) {
			if l.M&need != need {
				return l, true
			}
			l.M |= m
			return l, l.M&models.AllKinds != models.AllKinds
		})
	}
	c.store(place, func(b *Value) *Value { return mapValue(b, f) }, out)
	return out
}

// mapLabels maps labels, dropping those f rejects.
func mapLabels(t Taint, f func(Label) (Label, bool)) Taint {
	if len(t) == 0 {
		return t
	}
	var out Taint
	for _, l := range t {
		if nl, keep := f(l); keep {
			out = append(out, nl)
		}
	}
	return normalize(out)
}

// guardArg finds the argument a model guard validates.
func guardArg(call *ast.Call, g *models.CGuard) ast.Expr {
	if g.Kw != "" {
		for _, k := range call.Keywords {
			if k.Arg == g.Kw {
				return k.Value
			}
		}
	}
	if g.Arg != nil && *g.Arg < len(call.Args) {
		if _, star := call.Args[*g.Arg].(*ast.Starred); !star {
			return call.Args[*g.Arg]
		}
	}
	return nil
}

// inlinePredicate returns the single returned expression of a small
// function with its parameters replaced by the call's argument
// expressions, or nil when the function is not of that shape.
func inlinePredicate(fn *resolve.Func, call *ast.Call) ast.Expr {
	var body []ast.Stmt
	switch n := fn.Node().(type) {
	case *ast.FunctionDef:
		body = n.Body
	case *ast.Lambda:
		return substituteParams(n.Body, fn, call)
	default:
		return nil
	}
	if len(body) > 0 {
		if es, ok := body[0].(*ast.ExprStmt); ok {
			if k, ok := es.Value.(*ast.Constant); ok {
				if _, isDoc := k.Value.(string); isDoc {
					body = body[1:] // docstring
				}
			}
		}
	}
	if len(body) != 1 {
		return nil
	}
	ret, ok := body[0].(*ast.Return)
	if !ok || ret.Value == nil {
		return nil
	}
	return substituteParams(ret.Value, fn, call)
}

func substituteParams(e ast.Expr, fn *resolve.Func, call *ast.Call) ast.Expr {
	names, _, _, nPos := paramNames(fn.Args())
	if fn.IsMethod() {
		return nil // needs the receiver: not inlined
	}
	actual := map[string]ast.Expr{}
	for i, a := range call.Args {
		if _, star := a.(*ast.Starred); star {
			return nil
		}
		if i < nPos {
			actual[names[i]] = a
		}
	}
	for _, k := range call.Keywords {
		if k.Arg != "" {
			actual[k.Arg] = k.Value
		}
	}
	return subst(e, actual, 0)
}

// subst copies the condition-shaped parts of an expression, replacing
// parameter names; other nodes are shared unchanged.
func subst(e ast.Expr, actual map[string]ast.Expr, d int) ast.Expr {
	if e == nil || d > 12 {
		return e
	}
	switch n := e.(type) {
	case *ast.Name:
		if a, ok := actual[n.ID]; ok {
			return a
		}
	case *ast.UnaryOp:
		c := *n
		c.Operand = subst(n.Operand, actual, d+1)
		return &c
	case *ast.BoolOp:
		c := *n
		c.Values = make([]ast.Expr, len(n.Values))
		for i, v := range n.Values {
			c.Values[i] = subst(v, actual, d+1)
		}
		return &c
	case *ast.Compare:
		c := *n
		c.Left = subst(n.Left, actual, d+1)
		c.Comparators = make([]ast.Expr, len(n.Comparators))
		for i, v := range n.Comparators {
			c.Comparators[i] = subst(v, actual, d+1)
		}
		return &c
	case *ast.Call:
		c := *n
		c.Func = subst(n.Func, actual, d+1)
		c.Args = make([]ast.Expr, len(n.Args))
		for i, v := range n.Args {
			c.Args[i] = subst(v, actual, d+1)
		}
		return &c
	case *ast.Attribute:
		c := *n
		c.Value = subst(n.Value, actual, d+1)
		return &c
	case *ast.Subscript:
		c := *n
		c.Value = subst(n.Value, actual, d+1)
		return &c
	}
	return e
}

func isNoneConst(e ast.Expr) bool {
	k, ok := e.(*ast.Constant)
	return ok && k.Value == nil
}
