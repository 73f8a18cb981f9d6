package taint

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/kraitsec/krait/analysis/resolve"
	"github.com/kraitsec/krait/taint/models"
)

// Limits that keep the analysis bounded on any input.
const (
	maxLabels     = 24 // labels kept per value
	maxDepth      = 4  // nesting of attribute/key paths
	maxSeq        = 32 // exact list elements tracked
	maxKeys       = 48 // constant keys tracked per dict
	maxTraceSteps = 40
	maxParamPath  = 2 // attribute hops kept on parameter origins
)

type originKind uint8

const (
	sourceOrigin originKind = iota
	paramOrigin
)

// Origin is where taint comes from: a source expression, or (inside a
// summary) a parameter of the function being summarised, optionally an
// attribute path below it (`self.db`).
type Origin struct {
	ID   int32
	Kind originKind
	// Source origins.
	Label  string // "flask.request.args"
	Threat string
	File   string
	Line   int
	Col    int
	// Parameter origins.
	Fn    *resolve.Func
	Param int
	Path  string // ".db" or ""
	// Where Fn is defined, so parameter origins sort by content.
	fnFile        string
	fnLine, fnCol int
}

// compareOrigin orders origins by what they are, never by ID: IDs follow
// the order origins are met in, which map iteration may change between
// runs, and label order decides which labels a full Taint keeps.
func compareOrigin(a, b *Origin) int {
	if a == b {
		return 0
	}
	if a.Kind != b.Kind {
		return cmp.Compare(a.Kind, b.Kind)
	}
	if a.Kind == paramOrigin {
		if c := strings.Compare(a.fnFile, b.fnFile); c != 0 {
			return c
		}
		if c := cmp.Compare(a.fnLine, b.fnLine); c != 0 {
			return c
		}
		if c := cmp.Compare(a.fnCol, b.fnCol); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Param, b.Param); c != 0 {
			return c
		}
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
	} else {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Line, b.Line); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Col, b.Col); c != 0 {
			return c
		}
		if c := strings.Compare(a.Label, b.Label); c != 0 {
			return c
		}
	}
	return cmp.Compare(a.ID, b.ID) // distinct units defined at one place: cannot tell apart by content
}

// trace is a backwards-linked list of steps, shared by the labels derived
// from it. A step may splice in a callee's inner fragment (the steps from
// its parameter to where the value left it), expanded only when a finding
// is reported.
type trace struct {
	prev             *trace
	inner            *trace
	file             string
	note             string
	line, col, depth int32 // 64 bytes in all: traces are made by the million
}

func (t *trace) add(file string, line, col int, note string) *trace {
	return t.addInner(file, line, col, note, nil)
}

func (t *trace) addInner(file string, line, col int, note string, inner *trace) *trace {
	if t != nil && t.depth >= maxTraceSteps {
		return t
	}
	if inner == nil && t != nil && t.file == file && int(t.line) == line && t.note == note {
		return t
	}
	d := int32(1)
	if t != nil {
		d = t.depth + 1
	}
	if inner != nil {
		d += inner.depth
	}
	return &trace{prev: t, file: file, line: int32(line), col: int32(col), note: note, inner: inner, depth: d}
}

// step is one expanded trace step.
type traceStep struct {
	file      string
	line, col int
	note      string
}

func (t *trace) depthOrZero() int {
	if t == nil {
		return 0
	}
	return int(t.depth)
}

// steps expands the trace, source first, callee fragments spliced in; a
// very long path keeps its first and last steps.
func (t *trace) steps() []traceStep {
	out := t.expand(nil, 4*maxTraceSteps)
	if len(out) > 2*maxTraceSteps {
		out = append(out[:maxTraceSteps], out[len(out)-maxTraceSteps:]...)
	}
	return out
}

func (t *trace) expand(out []traceStep, budget int) []traceStep {
	var nodes []*trace
	for ; t != nil; t = t.prev {
		nodes = append(nodes, t)
	}
	for i := len(nodes) - 1; i >= 0 && len(out) < budget; i-- {
		n := nodes[i]
		out = append(out, traceStep{n.file, int(n.line), int(n.col), n.note})
		if n.inner != nil {
			out = n.inner.expand(out, budget)
		}
	}
	return out
}

// Label is one strand of taint: where it came from, which kinds it has
// been cleaned for, and how it got here.
type Label struct {
	O       *Origin
	M       models.Mask
	Tr      *trace
	Unknown bool // passed through a call that is neither project code nor modelled
}

func labelLess(a, b Label) bool {
	if a.O != b.O {
		return compareOrigin(a.O, b.O) < 0
	}
	return a.M < b.M
}

// pickLabel chooses between two labels of the same origin and mask. The
// choice must not depend on which was met first (map iteration and
// worklist order vary between runs): the shorter trace, then one not
// passing through unknown calls, then the smaller trace.
func pickLabel(a, b Label) Label {
	if a.Tr == b.Tr && a.Unknown == b.Unknown {
		return a
	}
	if a.Tr.depthOrZero() != b.Tr.depthOrZero() {
		if a.Tr.depthOrZero() < b.Tr.depthOrZero() {
			return a
		}
		return b
	}
	if a.Unknown != b.Unknown {
		if b.Unknown {
			return a
		}
		return b
	}
	if compareTrace(a.Tr, b.Tr) <= 0 {
		return a
	}
	return b
}

// compareTrace is a total order on traces: by depth, then step by step
// from the last one (shared tails end the walk early).
func compareTrace(a, b *trace) int {
	for a != b {
		if a == nil {
			return -1
		}
		if b == nil {
			return 1
		}
		if c := cmp.Compare(a.depth, b.depth); c != 0 {
			return c
		}
		if c := strings.Compare(a.file, b.file); c != 0 {
			return c
		}
		if c := cmp.Compare(a.line, b.line); c != 0 {
			return c
		}
		if c := cmp.Compare(a.col, b.col); c != 0 {
			return c
		}
		if c := strings.Compare(a.note, b.note); c != 0 {
			return c
		}
		if c := compareTrace(a.inner, b.inner); c != 0 {
			return c
		}
		a, b = a.prev, b.prev
	}
	return 0
}

// Taint is a set of labels sorted by (origin, mask).
type Taint []Label

func union(a, b Taint) Taint {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	// Most unions add nothing new (the same labels met again): keep the
	// input rather than build an equal copy.
	if covers(a, b) {
		return a
	}
	if covers(b, a) {
		return b
	}
	out := make(Taint, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case labelLess(a[i], b[j]):
			out = append(out, a[i])
			i++
		case labelLess(b[j], a[i]):
			out = append(out, b[j])
			j++
		default:
			out = append(out, pickLabel(a[i], b[j]))
			i++
			j++
		}
	}
	out = append(out, a[i:]...)
	out = append(out, b[j:]...)
	if len(out) > maxLabels {
		out = out[:maxLabels]
	}
	return out
}

// covers reports whether union(a, b) is exactly a: a is within the label
// bound, and every label of b is in a, where pickLabel keeps a's.
func covers(a, b Taint) bool {
	if len(a) > maxLabels || len(b) > len(a) {
		return false
	}
	i := 0
	for _, l := range b {
		for i < len(a) && labelLess(a[i], l) {
			i++
		}
		if i == len(a) || a[i].O != l.O || a[i].M != l.M {
			return false
		}
		if a[i] != l && pickLabel(a[i], l) != a[i] {
			return false
		}
		i++
	}
	return true
}

func sameTaint(a, b Taint) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].O != b[i].O || a[i].M != b[i].M {
			return false
		}
	}
	return true
}

// mapTaint applies f to every label and re-sorts.
func mapTaint(t Taint, f func(Label) Label) Taint {
	if len(t) == 0 {
		return nil
	}
	// A copy only once f changes a label: a sorted set it leaves alone
	// is its own result.
	var out Taint
	for i, l := range t {
		nl := f(l)
		if out == nil && nl != l {
			out = make(Taint, i, len(t))
			copy(out, t[:i])
		}
		if out != nil {
			out = append(out, nl)
		}
	}
	if out == nil && len(t) <= maxLabels && sortedSet(t) {
		return t
	}
	if out == nil {
		out = append(Taint(nil), t...)
	}
	return normalize(out)
}

// sortedSet reports labels in strictly increasing order (what normalize keeps as is).
func sortedSet(t Taint) bool {
	for i := 1; i < len(t); i++ {
		if !labelLess(t[i-1], t[i]) {
			return false
		}
	}
	return true
}

func normalize(t Taint) Taint {
	if len(t) > 1 {
		slices.SortStableFunc(t, func(a, b Label) int {
			switch {
			case labelLess(a, b):
				return -1
			case labelLess(b, a):
				return 1
			}
			return 0
		})
	}
	out := t[:0]
	for i, l := range t {
		if i > 0 && l.O == out[len(out)-1].O && l.M == out[len(out)-1].M {
			out[len(out)-1] = pickLabel(out[len(out)-1], l)
			continue
		}
		out = append(out, l)
	}
	if len(out) > maxLabels {
		out = out[:maxLabels]
	}
	return out
}

// step appends a trace step to every label.
func step(t Taint, file string, line, col int, note string) Taint {
	if len(t) == 0 {
		return t
	}
	out := make(Taint, len(t))
	for i, l := range t {
		l.Tr = l.Tr.add(file, line, col, note)
		out[i] = l
	}
	return out
}

// clean marks every label cleaned for the kinds in m.
func clean(t Taint, m models.Mask) Taint {
	if len(t) == 0 || m == 0 {
		return t
	}
	return mapTaint(t, func(l Label) Label { l.M |= m; return l })
}

// Value is the abstract value of an expression: its own taint plus, to a
// bounded depth, what is known of its attributes, constant keys, elements,
// constant value, type and static identity.
//
// The analysis allocates values by the million, so the struct holds the
// common fields only (128 bytes); the rarely set ones live in a separate
// valueExt, shared between copies and replaced, never changed, on write.
type Value struct {
	T     Taint
	Attrs map[string]*Value
	Keys  map[string]*Value // constant dict keys / indices ("s:name", "i:0")
	Elem  *Value            // contents at unknown keys or indices
	seqp  *[]*Value         // exact elements of a list or tuple when IsSeq (see seq)
	// Const is a known constant (int64, float64, string, bool, nil for None) when HasConst.
	Const any
	Type  string        // qualified type of the object, when known
	Ref   string        // qualified name the expression statically denotes
	Fn    *resolve.Func // function object (def or lambda)
	x     *valueExt     // rarely set fields; nil when all are empty
	// HasConst says Const is known.
	HasConst bool
	IsSeq    bool
	// ConstElems marks a display whose elements (keys for a dict) are all constants.
	ConstElems bool
	Ctr        ctrKind // the display or builtin container it is (JSON-safe returns)
}

// valueExt holds a Value's rarely set fields. It is immutable once
// attached: setters attach a modified copy.
type valueExt struct {
	// keyT is the taint of dict keys (kept apart from values).
	keyT Taint
	// present lists (sorted) constant keys a dict surely holds: those of its
	// display, kept while no unknown key may have been removed. A key counts
	// only while it is also in Keys (constant-key removals drop it there).
	present []string
	// bound is what functools.partial bound to a function (nil otherwise).
	bound *boundArgs
	// alts are the possible string constants of a value joined from a few
	// branches ('sh' or 'cmd.exe'), when it has no single constant.
	alts []string
}

// seq is the exact elements of a list or tuple when IsSeq. They sit behind
// a pointer, set once (setSeq), so that a Value fits 128 bytes.
func (v *Value) seq() []*Value {
	if v == nil || v.seqp == nil {
		return nil
	}
	return *v.seqp
}

func (v *Value) setSeq(s []*Value) {
	if s == nil {
		v.seqp = nil
		return
	}
	v.seqp = &s
}

// tupleOf is a tuple of exactly these elements.
func tupleOf(elems ...*Value) *Value {
	v := &Value{Ctr: ctrTuple, IsSeq: true}
	v.setSeq(elems)
	return v
}

func (v *Value) keyT() Taint {
	if v == nil || v.x == nil {
		return nil
	}
	return v.x.keyT
}

func (v *Value) present() []string {
	if v == nil || v.x == nil {
		return nil
	}
	return v.x.present
}

func (v *Value) bound() *boundArgs {
	if v == nil || v.x == nil {
		return nil
	}
	return v.x.bound
}

func (v *Value) alts() []string {
	if v == nil || v.x == nil {
		return nil
	}
	return v.x.alts
}

// editExt returns a copy of v's extension for v to change and attach.
func (v *Value) editExt() *valueExt {
	if v.x == nil {
		return &valueExt{}
	}
	x := *v.x
	return &x
}

// attach sets v's extension, dropping an empty one.
func (v *Value) attach(x *valueExt) {
	if len(x.keyT) == 0 && x.present == nil && x.bound == nil && x.alts == nil {
		v.x = nil
		return
	}
	v.x = x
}

func (v *Value) setKeyT(t Taint) {
	if v.x == nil && len(t) == 0 {
		return
	}
	x := v.editExt()
	x.keyT = t
	v.attach(x)
}

func (v *Value) setPresent(p []string) {
	if v.x == nil && p == nil {
		return
	}
	x := v.editExt()
	x.present = p
	if len(p) == 0 {
		x.present = nil
	}
	v.attach(x)
}

func (v *Value) setBound(b *boundArgs) {
	if v.x == nil && b == nil {
		return
	}
	x := v.editExt()
	x.bound = b
	v.attach(x)
}

func (v *Value) setAlts(a []string) {
	if v.x == nil && a == nil {
		return
	}
	x := v.editExt()
	x.alts = a
	if len(a) == 0 {
		x.alts = nil
	}
	v.attach(x)
}

// ctrKind is the container a display or builtin call built, or
// ctrModule for a module an import statement bound.
type ctrKind uint8

const (
	ctrNone ctrKind = iota
	ctrList
	ctrDict
	ctrTuple
	ctrSet
	ctrFrozenset
	ctrModule
)

var ctrNames = [...]string{"", "list", "dict", "tuple", "set", "frozenset", "module"}

func (k ctrKind) String() string { return ctrNames[k] }

// ctrNamed is the container a builtin of that name builds.
func ctrNamed(name string) ctrKind {
	for i, n := range ctrNames {
		if i > 0 && n == name {
			return ctrKind(i)
		}
	}
	return ctrNone
}

const maxAlts = 8

// anyType is the type of a value that may be of several types.
const anyType = "?"

// knownType reports a usable type (not unknown, not conflicting).
func knownType(t string) bool { return t != "" && t != anyType }

// altsOf lists the string constants a value may be.
func altsOf(v *Value) []string {
	if v == nil {
		return nil
	}
	if v.HasConst {
		if s, ok := v.Const.(string); ok {
			return []string{s}
		}
		return nil
	}
	return v.alts()
}

var (
	noneValue  = &Value{HasConst: true}
	trueValue  = &Value{Const: true, HasConst: true}
	falseValue = &Value{Const: false, HasConst: true}
)

// constValue returns a constant; values are immutable, so common ones are shared.
func constValue(c any) *Value {
	switch c {
	case nil:
		return noneValue
	case true:
		return trueValue
	case false:
		return falseValue
	}
	return &Value{Const: c, HasConst: true}
}

// Literals met again (0, "", "utf-8", re-analysed units, loop bodies)
// share one value: short strings and numbers, up to a bound.
const (
	maxInternedString = 64
	maxInterned       = 1 << 16
)

// constant is the value of a literal, shared with equal literals.
func (a *analyzer) constant(c any) *Value {
	switch x := c.(type) {
	case string:
		if len(x) > maxInternedString {
			return constValue(c)
		}
	case float64:
		if x != x {
			return constValue(c) // NaN: never equal to itself as a key
		}
	case int64:
	default:
		return constValue(c)
	}
	if v, ok := a.consts[c]; ok {
		return v
	}
	v := constValue(c)
	if len(a.consts) < maxInterned {
		a.consts[c] = v
	}
	return v
}

func taintValue(t Taint) *Value {
	if len(t) == 0 {
		return nil
	}
	return &Value{T: t}
}

func (v *Value) clone() *Value {
	if v == nil {
		return &Value{}
	}
	c := *v
	return &c
}

// sortedKeys lists a map's keys in order, for loops whose result depends
// on the order they visit entries in (strong updates, bounded key sets).
func sortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// flatten is all taint reachable from v.
func flatten(v *Value) Taint {
	return flattenDepth(v, 0)
}

func flattenDepth(v *Value, d int) Taint {
	if v == nil {
		return nil
	}
	t := v.T
	if d > maxDepth+2 {
		return t
	}
	for _, c := range v.Attrs {
		t = union(t, flattenDepth(c, d+1))
	}
	for _, c := range v.Keys {
		t = union(t, flattenDepth(c, d+1))
	}
	t = union(t, v.keyT())
	t = union(t, flattenDepth(v.Elem, d+1))
	for _, c := range v.seq() {
		t = union(t, flattenDepth(c, d+1))
	}
	return t
}

// contents is what an element of v may hold (iteration, unknown index).
func contents(v *Value) *Value {
	if v == nil {
		return nil
	}
	var out *Value
	if v.IsSeq {
		for _, e := range v.seq() {
			out = join(out, e)
		}
	}
	for _, c := range v.Keys {
		out = join(out, c)
	}
	out = join(out, v.Elem)
	if len(v.T) > 0 {
		out = join(out, &Value{T: v.T})
	}
	return stripIdentity(out)
}

func stripIdentity(v *Value) *Value {
	if v == nil || (v.Ref == "" && v.Fn == nil) {
		return v
	}
	c := v.clone()
	c.Ref, c.Fn = "", nil
	return c
}

// join is the least upper bound of two values.
func join(a, b *Value) *Value {
	return joinDepth(a, b, 0)
}

func joinDepth(a, b *Value, d int) *Value {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	if a == b {
		return a
	}
	// Joins in loops and branches often meet what one side already holds.
	if joinKeeps(a, b, d) {
		return a
	}
	if joinKeeps(b, a, d) {
		return b
	}
	out := &Value{T: union(a.T, b.T)}
	var alts []string
	if a.HasConst && b.HasConst && a.Const == b.Const {
		out.Const, out.HasConst = a.Const, true
	} else if x, y := altsOf(a), altsOf(b); len(x) > 0 && len(y) > 0 {
		merged := append(append([]string(nil), x...), y...)
		slices.Sort(merged)
		merged = slices.Compact(merged)
		if len(merged) <= maxAlts {
			alts = merged
		}
	}
	if a.x != nil || b.x != nil || alts != nil {
		joinExt(out, a, b, alts)
	}
	switch {
	case a.Type == b.Type:
		out.Type = a.Type
	case a.Type == "":
		out.Type = b.Type
	case b.Type == "":
		out.Type = a.Type
	default:
		out.Type = anyType // conflicting types: top, so joins stay monotone
	}
	if a.Ref == b.Ref {
		out.Ref = a.Ref
	}
	if a.Fn == b.Fn {
		out.Fn = a.Fn
	}
	if a.Ctr == b.Ctr {
		out.Ctr = a.Ctr
	}
	out.ConstElems = a.ConstElems && b.ConstElems
	if d > maxDepth {
		out.T = union(out.T, union(flatten(a), flatten(b)))
		return out
	}
	if len(a.Attrs)+len(b.Attrs) > 0 {
		out.Attrs = map[string]*Value{}
		for k, v := range a.Attrs {
			out.Attrs[k] = joinDepth(v, b.Attrs[k], d+1)
		}
		for k, v := range b.Attrs {
			if _, ok := a.Attrs[k]; !ok {
				out.Attrs[k] = v
			}
		}
	}
	if len(a.Keys)+len(b.Keys) > 0 {
		out.Keys = map[string]*Value{}
		for k, v := range a.Keys {
			if bv, ok := b.Keys[k]; ok {
				out.Keys[k] = joinDepth(v, bv, d+1)
			} else {
				out.Keys[k] = joinDepth(v, b.Elem, d+1)
			}
		}
		for k, v := range b.Keys {
			if _, ok := a.Keys[k]; !ok {
				out.Keys[k] = joinDepth(v, a.Elem, d+1)
			}
		}
	}
	switch {
	case a.IsSeq && b.IsSeq && len(a.seq()) == len(b.seq()):
		out.IsSeq = true
		out.setSeq(make([]*Value, len(a.seq())))
		for i := range a.seq() {
			out.seq()[i] = joinDepth(a.seq()[i], b.seq()[i], d+1)
		}
		out.Elem = joinDepth(a.Elem, b.Elem, d+1)
	default:
		out.Elem = joinDepth(a.Elem, b.Elem, d+1)
		for _, s := range [][]*Value{a.seq(), b.seq()} {
			for _, e := range s {
				out.Elem = joinDepth(out.Elem, e, d+1)
			}
		}
	}
	return out
}

// joinKeeps reports whether joinDepth(a, b, d) would be a value equal to
// a, field by field (sub-values by the same test), so a can stand for it.
func joinKeeps(a, b *Value, d int) bool {
	if b == nil || a == b {
		return true
	}
	if a == nil || d > maxDepth || !covers(a.T, b.T) {
		return false
	}
	if !(a.Type == b.Type || b.Type == "" || a.Type == anyType) || (a.Ref != b.Ref && a.Ref != "") ||
		(a.Fn != b.Fn && a.Fn != nil) || (a.Ctr != b.Ctr && a.Ctr != ctrNone) || (a.ConstElems && !b.ConstElems) {
		return false
	}
	if a.HasConst && b.HasConst && a.Const == b.Const {
		if a.alts() != nil {
			return false
		}
	} else {
		if a.HasConst {
			return false
		}
		x, y := a.alts(), altsOf(b)
		if len(x) > 0 && len(y) > 0 {
			for _, s := range y {
				if _, ok := slices.BinarySearch(x, s); !ok {
					return false
				}
			}
		} else if x != nil {
			return false
		}
	}
	if a.x != nil || b.x != nil {
		if !covers(a.keyT(), b.keyT()) || (a.bound() != nil && a.bound() != b.bound()) {
			return false
		}
		for _, k := range a.present() {
			if _, ok := slices.BinarySearch(b.present(), k); !ok {
				return false
			}
		}
	}
	if len(b.Attrs) > 0 && a.Attrs == nil {
		return false
	}
	for k, w := range b.Attrs {
		v, ok := a.Attrs[k]
		if !ok || !joinKeeps(v, w, d+1) {
			return false
		}
	}
	if len(b.Keys) > 0 && a.Keys == nil {
		return false
	}
	for k := range b.Keys {
		if _, ok := a.Keys[k]; !ok {
			return false
		}
	}
	for k, v := range a.Keys {
		w, ok := b.Keys[k]
		if !ok {
			w = b.Elem
		}
		if !joinKeeps(v, w, d+1) {
			return false
		}
	}
	if a.IsSeq && b.IsSeq && len(a.seq()) == len(b.seq()) {
		for i := range a.seq() {
			if !joinKeeps(a.seq()[i], b.seq()[i], d+1) {
				return false
			}
		}
		return joinKeeps(a.Elem, b.Elem, d+1)
	}
	if a.IsSeq || len(a.seq()) > 0 || !joinKeeps(a.Elem, b.Elem, d+1) {
		return false
	}
	for _, e := range b.seq() {
		if !joinKeeps(a.Elem, e, d+1) {
			return false
		}
	}
	return true
}

// joinExt gives out the join of a's and b's extension fields, and alts.
func joinExt(out, a, b *Value, alts []string) {
	x := &valueExt{keyT: union(a.keyT(), b.keyT()), alts: alts}
	if a.bound() == b.bound() {
		x.bound = a.bound()
	}
	for _, k := range a.present() {
		if _, ok := slices.BinarySearch(b.present(), k); ok {
			x.present = append(x.present, k)
		}
	}
	out.attach(x)
}

// equal compares values ignoring traces (for fixpoint detection).
func equal(a, b *Value) bool {
	return equalDepth(a, b, 0)
}

func equalDepth(a, b *Value, d int) bool {
	if a == b {
		return true
	}
	if a == nil || b == nil {
		return isEmpty(a) && isEmpty(b)
	}
	if d > maxDepth+2 {
		return true
	}
	if !sameTaint(a.T, b.T) || !sameTaint(a.keyT(), b.keyT()) || a.HasConst != b.HasConst || a.Const != b.Const ||
		a.Type != b.Type || a.Ref != b.Ref || a.Fn != b.Fn || a.IsSeq != b.IsSeq || !slices.Equal(a.alts(), b.alts()) || len(a.seq()) != len(b.seq()) ||
		len(a.Attrs) != len(b.Attrs) || len(a.Keys) != len(b.Keys) || a.Ctr != b.Ctr || a.ConstElems != b.ConstElems || !slices.Equal(a.present(), b.present()) || a.bound() != b.bound() {
		return false
	}
	for k, v := range a.Attrs {
		w, ok := b.Attrs[k]
		if !ok || !equalDepth(v, w, d+1) {
			return false
		}
	}
	for k, v := range a.Keys {
		w, ok := b.Keys[k]
		if !ok || !equalDepth(v, w, d+1) {
			return false
		}
	}
	for i := range a.seq() {
		if !equalDepth(a.seq()[i], b.seq()[i], d+1) {
			return false
		}
	}
	return equalDepth(a.Elem, b.Elem, d+1)
}

func isEmpty(v *Value) bool {
	return v == nil || (len(v.T) == 0 && len(v.keyT()) == 0 && len(v.Attrs) == 0 && len(v.Keys) == 0 && v.Elem == nil &&
		len(v.seq()) == 0 && !v.IsSeq && !v.HasConst && v.Type == "" && v.Ref == "" && v.Fn == nil && v.Ctr == ctrNone && v.bound() == nil)
}

// mapValue applies f to every label in v, recursively.
func mapValue(v *Value, f func(Taint) Taint) *Value {
	return mapValueDepth(v, f, 0)
}

func mapValueDepth(v *Value, f func(Taint) Taint, d int) *Value {
	if v == nil {
		return nil
	}
	// Parts f leaves as they are are shared; v itself when nothing changes.
	t, kt := f(v.T), f(v.keyT())
	changed := !sameSlice(t, v.T) || !sameSlice(kt, v.keyT())
	if d > maxDepth+2 {
		if !changed {
			return v
		}
		out := v.clone()
		out.T = t
		out.setKeyT(kt)
		return out
	}
	attrs := mapChildren(v.Attrs, f, d)
	keys := mapChildren(v.Keys, f, d)
	elem := mapValueDepth(v.Elem, f, d+1)
	var seq []*Value
	for i, c := range v.seq() {
		if w := mapValueDepth(c, f, d+1); w != c {
			if seq == nil {
				seq = slices.Clone(v.seq())
			}
			seq[i] = w
		}
	}
	if !changed && attrs == nil && keys == nil && elem == v.Elem && seq == nil {
		return v
	}
	out := v.clone()
	out.T = t
	out.setKeyT(kt)
	if attrs != nil {
		out.Attrs = attrs
	}
	if keys != nil {
		out.Keys = keys
	}
	out.Elem = elem
	if seq != nil {
		out.setSeq(seq)
	}
	return out
}

// mapChildren maps the values of m; nil when none changes.
func mapChildren(m map[string]*Value, f func(Taint) Taint, d int) map[string]*Value {
	var out map[string]*Value
	for k, c := range m {
		if w := mapValueDepth(c, f, d+1); w != c {
			if out == nil {
				out = maps.Clone(m)
			}
			out[k] = w
		}
	}
	return out
}

func sameSlice(a, b Taint) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// withAttr returns v with attribute a set to w (strong update).
func withAttr(v *Value, a string, w *Value) *Value {
	out := v.clone()
	out.Attrs = make(map[string]*Value, len(v.attrs())+1)
	for k, c := range v.attrs() {
		out.Attrs[k] = c
	}
	out.Attrs[a] = w
	return out
}

func (v *Value) attrs() map[string]*Value {
	if v == nil {
		return nil
	}
	return v.Attrs
}

// withKey sets a constant key (strong update).
func withKey(v *Value, k string, w *Value) *Value {
	out := v.clone()
	if v != nil && v.IsSeq {
		if i, ok := seqIndex(k, len(v.seq())); ok {
			out.setSeq(append([]*Value(nil), v.seq()...))
			out.seq()[i] = w
			return out
		}
	}
	var keys map[string]*Value
	if v != nil {
		keys = v.Keys
	}
	if len(keys) >= maxKeys {
		out.Elem = join(out.Elem, w)
		return out
	}
	out.Keys = make(map[string]*Value, len(keys)+1)
	for kk, c := range keys {
		out.Keys[kk] = c
	}
	out.Keys[k] = w
	return out
}

// withElem adds w at an unknown key or index (weak update).
func withElem(v *Value, w *Value) *Value {
	if v != nil && !v.IsSeq {
		el := join(v.Elem, w)
		keepsConst := w != nil && w.HasConst
		if el == v.Elem && (keepsConst || !v.ConstElems) {
			return v // adds nothing it does not hold
		}
		out := v.clone()
		out.Elem = el
		if !keepsConst {
			out.ConstElems = false
		}
		return out
	}
	out := v.clone()
	if out.IsSeq {
		for _, e := range out.seq() {
			out.Elem = join(out.Elem, e)
		}
		out.setSeq(nil)
		out.IsSeq = false
	}
	out.Elem = join(out.Elem, w)
	if w == nil || !w.HasConst {
		out.ConstElems = false
	}
	return out
}

func seqIndex(k string, n int) (int, bool) {
	if len(k) < 3 || k[:2] != "i:" {
		return 0, false
	}
	i := 0
	neg := false
	s := k[2:]
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		i = i*10 + int(c-'0')
		if i > 1<<20 {
			return 0, false
		}
	}
	if neg {
		i = n - i
	}
	if i < 0 || i >= n {
		return 0, false
	}
	return i, true
}

// surelyHas reports a constant key the dict holds whatever path was taken.
func surelyHas(v *Value, key string) bool {
	if v == nil {
		return false
	}
	if _, ok := slices.BinarySearch(v.present(), key); !ok {
		return false
	}
	_, ok := v.Keys[key]
	return ok
}
