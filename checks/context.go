package checks

import (
	"strings"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

// Context answers a check's questions about the node being visited, with
// bandit's semantics (bandit/core/context.py and utils.py).
type Context struct {
	Filename string
	Src      []byte
	// Node is the node being checked: a *ast.Call, *ast.Import,
	// *ast.ImportFrom, *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.Assert,
	// *ast.ExceptHandler, a *ast.Constant (Str/Bytes) or the *ast.Module (File).
	Node ast.Node

	runner  *Runner
	parents []ast.Node // ancestors, outermost first; the last is the parent

	call     *ast.Call
	qualDone bool
	nameDone bool
	qual     string
	name     string

	imports map[string]struct{} // bandit's context["imports"], in walk order
	aliases map[string]string   // bandit's import_aliases, file-global
	// like caches ImportedLike answers until the next import is seen.
	like map[string]bool
	memo [2]struct{ key, val any } // per-node values shared by checks
	// fileMemo holds per-file values shared by checks (FileMemo).
	fileMemo map[any]any
}

func (c *Context) reset(n ast.Node, parents []ast.Node) {
	c.Node = n
	c.parents = parents
	c.call = nil
	c.memo = [2]struct{ key, val any }{}
	c.qualDone, c.nameDone = false, false
	c.qual, c.name = "", ""
}

func (c *Context) addImports(names []*ast.Alias, module string, from bool) {
	clear(c.like)
	for _, a := range names {
		if a == nil {
			continue
		}
		if from {
			full := module + "." + a.Name
			if a.Asname != "" {
				c.aliases[a.Asname] = full
			} else {
				c.aliases[a.Name] = full
			}
			c.imports[full] = struct{}{}
			continue
		}
		if a.Asname != "" {
			c.aliases[a.Asname] = a.Name
		}
		c.imports[a.Name] = struct{}{}
	}
}

// Parent returns the k-th ancestor of the node (0 = the parent), or nil.
func (c *Context) Parent(k int) ast.Node {
	i := len(c.parents) - 1 - k
	if i < 0 || k < 0 {
		return nil
	}
	return c.parents[i]
}

// Ancestors returns the node's ancestors, outermost first. Read only.
func (c *Context) Ancestors() []ast.Node { return c.parents }

// Call is the call being checked (Call kind), else nil.
func (c *Context) Call() *ast.Call { return c.call }

// QualName is bandit's call_function_name_qual: the called name with
// import aliases resolved ("" when it is not a Name/Attribute chain).
func (c *Context) QualName() string {
	if !c.qualDone {
		c.qualDone, c.nameDone = true, true
		if c.call != nil {
			c.qual = c.CallName(c.call)
			c.name = c.qual
			if i := strings.LastIndexByte(c.qual, '.'); i >= 0 {
				c.name = c.qual[i+1:]
			}
		}
	}
	return c.qual
}

// Name is bandit's call_function_name: the last dotted part of QualName.
// It is computed once per call without building the qualified name: for
// `x.y.z()` it is always "z", for `f()` the last part of f's alias (or f).
func (c *Context) Name() string {
	if c.nameDone || c.call == nil {
		return c.name
	}
	c.nameDone = true
	switch f := c.call.Func.(type) {
	case *ast.Attribute:
		c.name = f.Attr
	case *ast.Name:
		q := f.ID
		if a, ok := c.aliases[f.ID]; ok {
			q = a
		}
		if i := strings.LastIndexByte(q, '.'); i >= 0 {
			q = q[i+1:]
		}
		c.name = q
	}
	return c.name
}

// CallName resolves any call's name as bandit's utils.get_call_name does.
func (c *Context) CallName(call *ast.Call) string {
	switch f := call.Func.(type) {
	case *ast.Name:
		if a, ok := c.aliases[f.ID]; ok {
			return a
		}
		return f.ID
	case *ast.Attribute:
		return c.attrQualName(f)
	}
	return ""
}

// attrQualName is bandit's _get_attr_qual_name: the leftmost Name replaced
// by its alias, attributes joined with dots, "" for any part that is not a
// Name/Attribute chain. bandit also looks every dotted prefix up in the
// aliases, but alias keys are identifiers (import asnames and imported
// names), never dotted, so those lookups cannot hit and are skipped; the
// name is built with a single allocation.
func (c *Context) attrQualName(e ast.Expr) string {
	var stack [8]string
	attrs := stack[:0] // innermost last
	size := 0
	x := e
	for {
		a, ok := x.(*ast.Attribute)
		if !ok {
			break
		}
		attrs = append(attrs, a.Attr)
		size += len(a.Attr) + 1
		x = a.Value
	}
	base := ""
	if nm, ok := x.(*ast.Name); ok {
		base = nm.ID
		if al, ok := c.aliases[nm.ID]; ok {
			base = al
		}
	}
	if len(attrs) == 0 {
		return base
	}
	var b strings.Builder
	b.Grow(len(base) + size)
	b.WriteString(base)
	for i := len(attrs) - 1; i >= 0; i-- {
		b.WriteByte('.')
		b.WriteString(attrs[i])
	}
	return b.String()
}

// QualAttr is bandit's utils.get_qual_attr, used for function defaults:
// "prefix.attr" for an Attribute (prefix = the alias of value.id, or
// value.id, or ""), else "".
func (c *Context) QualAttr(e ast.Expr) string {
	a, ok := e.(*ast.Attribute)
	if !ok {
		return ""
	}
	prefix := ""
	if n, ok := a.Value.(*ast.Name); ok {
		prefix = n.ID
		if al, ok := c.aliases[n.ID]; ok {
			prefix = al
		}
	}
	return prefix + "." + a.Attr
}

// ImportedExact is bandit's is_module_imported_exact: m was imported
// (`import m`, or `from x import y` adding "x.y") before this node.
func (c *Context) ImportedExact(m string) bool {
	_, ok := c.imports[m]
	return ok
}

// ImportedLike is bandit's is_module_imported_like: m is a substring of
// some import seen so far.
func (c *Context) ImportedLike(m string) bool {
	if v, ok := c.like[m]; ok {
		return v
	}
	found := false
	for imp := range c.imports {
		if strings.Contains(imp, m) {
			found = true
			break
		}
	}
	if c.like == nil {
		c.like = map[string]bool{}
	}
	c.like[m] = found
	return found
}

// Alias returns the import alias for a name, if any.
func (c *Context) Alias(name string) (string, bool) {
	a, ok := c.aliases[name]
	return a, ok
}

// StringValue is the value of the str Constant being checked.
func (c *Context) StringValue() string {
	if k, ok := c.Node.(*ast.Constant); ok {
		s, _ := k.Value.(string)
		return s
	}
	return ""
}

// ---- call arguments, with bandit's literal semantics ----

// ArgCount is the number of positional arguments.
func (c *Context) ArgCount() int {
	if c.call == nil {
		return 0
	}
	return len(c.call.Args)
}

// CallArgs is bandit's call_args: each positional argument's attr name if
// it is an Attribute, else its literal value.
func (c *Context) CallArgs() []any {
	if c.call == nil {
		return nil
	}
	out := make([]any, len(c.call.Args))
	for i, a := range c.call.Args {
		out[i] = attrOrLiteral(a)
	}
	return out
}

// ArgAt is bandit's get_call_arg_at_position: the attr name or the literal
// value of positional argument i, nil when absent.
func (c *Context) ArgAt(i int) any {
	if c.call == nil || i < 0 || i >= len(c.call.Args) {
		return nil
	}
	a := c.call.Args[i]
	if at, ok := a.(*ast.Attribute); ok && at.Attr != "" {
		return at.Attr
	}
	return Literal(a)
}

// HasKeyword reports whether a keyword is present (bandit's
// `name in context.call_keywords`).
func (c *Context) HasKeyword(name string) bool {
	return c.keyword(name) != nil
}

// keyword returns the last keyword with that name, as bandit's dict keeps
// the last one.
func (c *Context) keyword(name string) *ast.Keyword {
	if c.call == nil {
		return nil
	}
	var found *ast.Keyword
	for _, k := range c.call.Keywords {
		if k != nil && k.Arg == name {
			found = k
		}
	}
	return found
}

// KeywordValue is bandit's get_call_arg_value: the keyword's attr name or
// literal value; nil when absent or not a literal.
func (c *Context) KeywordValue(name string) any {
	k := c.keyword(name)
	if k == nil {
		return nil
	}
	return attrOrLiteral(k.Value)
}

// KeywordIs is bandit's check_call_arg_value: NotFound when the keyword is
// absent (or has no literal value), Match when its value equals one of vals
// (Python ==), else NoMatch.
func (c *Context) KeywordIs(name string, vals ...any) Tri {
	v := c.KeywordValue(name)
	if v == nil {
		return NotFound
	}
	for _, want := range vals {
		if PyEqual(v, want) {
			return Match
		}
	}
	return NoMatch
}

// KeywordLine is bandit's get_lineno_for_call_arg: the line of the first
// keyword's value with that name, 0 when absent.
func (c *Context) KeywordLine(name string) int {
	if c.call == nil {
		return 0
	}
	for _, k := range c.call.Keywords {
		if k != nil && k.Arg == name && k.Value != nil {
			if p, ok := k.Value.(ast.Positioned); ok {
				return int(p.Position().Lineno)
			}
		}
	}
	return 0
}

// KeywordExpr returns the first keyword's value expression with that name.
func (c *Context) KeywordExpr(name string) ast.Expr {
	if c.call == nil {
		return nil
	}
	for _, k := range c.call.Keywords {
		if k != nil && k.Arg == name {
			return k.Value
		}
	}
	return nil
}

// Tri is the three-valued answer of KeywordIs.
type Tri uint8

const (
	NotFound Tri = iota
	NoMatch
	Match
)

// ---- findings ----

func (c *Context) finding(chk *Check, is *Issue, k Kind) finding.Finding {
	rule := chk.Rule
	if is.Rule != nil {
		rule = is.Rule
	}
	f := finding.Finding{
		RuleID:     rule.ID,
		RuleName:   rule.Name,
		Severity:   is.Severity,
		Confidence: is.Confidence,
		CWE:        rule.CWE,
		Message:    is.Text,
		Filename:   c.Filename,
		MoreInfo:   rule.MoreInfo,
	}
	if k == KindFile {
		f.LineRange = []int{0, 1}
	} else if p, ok := c.Node.(ast.Positioned); ok {
		pos := p.Position()
		f.Line, f.Col, f.EndLine, f.EndCol = int(pos.Lineno), int(pos.ColOffset), int(pos.EndLineno), int(pos.EndColOffset)
		if k == KindStr || k == KindBytes {
			f.LineRange = LineRange(c.Parent(0))
		} else {
			f.LineRange = LineRange(c.Node)
		}
	}
	if p, ok := is.At.(ast.Positioned); ok && is.At != nil {
		pos := p.Position()
		f.Line, f.Col, f.EndLine, f.EndCol = int(pos.Lineno), int(pos.ColOffset), int(pos.EndLineno), int(pos.EndColOffset)
		f.LineRange = LineRange(is.At)
	}
	if is.Line > 0 {
		f.Line = is.Line
	}
	if is.HasCol {
		f.Col = is.Col
	}
	if is.LineRange != nil {
		f.LineRange = is.LineRange
	}
	return f
}

// LineRange is bandit's utils.linerange: lineno..end_lineno for a node with
// a position; otherwise the span of its descendants' lines leaving out
// body/orelse/handlers/finalbody; [0, 1] when there is none.
func LineRange(n ast.Node) []int {
	if n == nil {
		return []int{0, 1}
	}
	if p, ok := n.(ast.Positioned); ok {
		pos := p.Position()
		return span(int(pos.Lineno), int(pos.EndLineno))
	}
	lo, hi := 1<<62, -1
	var visit func(ast.Node)
	visit = func(x ast.Node) {
		if p, ok := x.(ast.Positioned); ok {
			l := int(p.Position().Lineno)
			lo, hi = min(lo, l), max(hi, l)
		}
		for _, ch := range Children(x) {
			visit(ch)
		}
	}
	for _, ch := range strippedChildren(n) {
		visit(ch)
	}
	if hi < 0 {
		return []int{0, 1}
	}
	return span(lo, hi)
}

func span(lo, hi int) []int {
	if hi < lo {
		hi = lo
	}
	out := make([]int, 0, hi-lo+1)
	for l := lo; l <= hi; l++ {
		out = append(out, l)
	}
	return out
}

// strippedChildren are the children of a position-less node without its
// statement lists (only match_case and excepthandler-like nodes have them).
func strippedChildren(n ast.Node) []ast.Node {
	if mc, ok := n.(*ast.MatchCase); ok {
		var out []ast.Node
		if mc.Pattern != nil {
			out = append(out, mc.Pattern)
		}
		if mc.Guard != nil {
			out = append(out, mc.Guard)
		}
		return out
	}
	return Children(n)
}

// Children returns a node's direct children in field order.
func Children(n ast.Node) []ast.Node {
	var out []ast.Node
	ast.Inspect(n, func(x ast.Node) bool {
		if x == nil {
			return false
		}
		if x == n {
			return true
		}
		out = append(out, x)
		return false
	})
	return out
}

// QualNameOf resolves a Name/Attribute chain with the import aliases, as
// bandit does for called names ("" for anything else).
func (c *Context) QualNameOf(e ast.Expr) string { return c.attrQualName(e) }

// FileMemo returns compute()'s value for key, computing it at most once
// per file: facts about the whole module (does it import tornado, is it a
// Django settings module) that checks ask on many nodes.
func (c *Context) FileMemo(key any, compute func() any) any {
	if v, ok := c.fileMemo[key]; ok {
		return v
	}
	v := compute()
	if c.fileMemo == nil {
		c.fileMemo = map[any]any{}
	}
	c.fileMemo[key] = v
	return v
}

// Memo returns compute()'s value for key, computing it at most once per
// node: checks that share work on a node (e.g. the shell_injection
// classification of a call, used by seven checks) use it with a key of
// their own.
func (c *Context) Memo(key any, compute func() any) any {
	for i := range c.memo {
		if c.memo[i].key == key {
			return c.memo[i].val
		}
	}
	v := compute()
	for i := range c.memo {
		if c.memo[i].key == nil {
			c.memo[i].key, c.memo[i].val = key, v
			break
		}
	}
	return v
}
