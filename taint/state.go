package taint

import (
	"iter"
	"reflect"
)

// state maps local variable names to abstract values at one program point.
// It is a chain of frozen layers (shared between states, never written)
// under this state's own writes (local). A copy freezes the writes into a
// new layer that both share: branches cost nothing, and joining states
// that share a layer touches only the names written above it.
type state struct {
	top   *layer
	local map[string]*Value // this state's writes; deleted marks a removal
	dead  bool              // set by a call that never returns
	// shadows are names bound only because a check refined a global
	// (sys.argv[1] == "x"): where a branch has no such entry, the global
	// itself holds, so joins drop one-sided shadows. Replaced, never
	// written in place (copies share it).
	shadows map[string]bool
}

// layer is a frozen set of writes over its parent's.
type layer struct {
	vars   map[string]*Value // deleted marks a removal
	parent *layer
	depth  int // layers in the chain, this one included
}

// maxLayers bounds the chain a lookup walks: a longer one is flattened.
const maxLayers = 6

// deleted marks, in a state's writes, a name removed from the layers below.
var deleted = &Value{}

func newState() *state { return &state{} }

// stateOf makes a state of the variables in m (which it keeps).
func stateOf(m map[string]*Value) *state {
	if len(m) == 0 {
		return &state{}
	}
	return &state{top: &layer{vars: m, depth: 1}}
}

func (s *state) copy() *state {
	if s == nil {
		return nil
	}
	s.freeze()
	return &state{top: s.top, dead: s.dead, shadows: s.shadows}
}

// markShadow records that name entered the state as a refined global.
func (s *state) markShadow(name string) {
	m := make(map[string]bool, len(s.shadows)+1)
	for k := range s.shadows {
		m[k] = true
	}
	m[name] = true
	s.shadows = m
}

// unshadow records that name is now a real local binding.
func (s *state) unshadow(name string) {
	m := make(map[string]bool, len(s.shadows))
	for k := range s.shadows {
		if k != name {
			m[k] = true
		}
	}
	if len(m) == 0 {
		m = nil
	}
	s.shadows = m
}

func sameShadows(a, b map[string]bool) bool {
	return len(a) == 0 && len(b) == 0 || reflect.ValueOf(a).UnsafePointer() == reflect.ValueOf(b).UnsafePointer()
}

// freeze moves the state's own writes into a new layer.
func (s *state) freeze() {
	if len(s.local) == 0 {
		return
	}
	if s.top.depthOrZero() >= maxLayers {
		s.top = &layer{vars: s.flat(), depth: 1}
		s.local = nil
		return
	}
	s.top = &layer{vars: s.local, parent: s.top, depth: s.top.depthOrZero() + 1}
	s.local = nil
}

func (l *layer) depthOrZero() int {
	if l == nil {
		return 0
	}
	return l.depth
}

// flat is every bound name in one new map.
func (s *state) flat() map[string]*Value {
	n := len(s.local)
	for l := s.top; l != nil; l = l.parent {
		n += len(l.vars)
	}
	m := make(map[string]*Value, n)
	for k, v := range s.all() {
		m[k] = v
	}
	return m
}

// get is the value bound to name, if any.
func (s *state) get(name string) (*Value, bool) {
	v, ok := s.local[name]
	for l := s.top; !ok && l != nil; l = l.parent {
		v, ok = l.vars[name]
	}
	if !ok || v == deleted {
		return nil, false
	}
	return v, true
}

// shadowed reports whether name is written above layer at (in s).
func (s *state) shadowed(name string, at *layer) bool {
	if _, ok := s.local[name]; ok {
		return true
	}
	for l := s.top; l != at; l = l.parent {
		if _, ok := l.vars[name]; ok {
			return true
		}
	}
	return false
}

// all iterates the bound names and their values (in no fixed order).
func (s *state) all() iter.Seq2[string, *Value] {
	return func(yield func(string, *Value) bool) {
		for k, v := range s.local {
			if v != deleted && !yield(k, v) {
				return
			}
		}
		for l := s.top; l != nil; l = l.parent {
			for k, v := range l.vars {
				if v == deleted || s.shadowed(k, l) {
					continue
				}
				if !yield(k, v) {
					return
				}
			}
		}
	}
}

// size is the number of bound names.
func (s *state) size() int {
	n := 0
	for range s.all() {
		n++
	}
	return n
}

func (s *state) set(name string, v *Value) {
	if s.shadows[name] {
		s.unshadow(name)
	}
	if old, ok := s.get(name); ok && old == v {
		return
	}
	if s.local == nil {
		s.local = make(map[string]*Value, 4)
	}
	s.local[name] = v
}

func (s *state) del(name string) {
	if _, ok := s.get(name); !ok {
		return
	}
	if s.local == nil {
		s.local = make(map[string]*Value, 4)
	}
	s.local[name] = deleted
}

// common is the deepest layer a and b share (nil: none).
func common(a, b *layer) *layer {
	for a.depthOrZero() > b.depthOrZero() {
		a = a.parent
	}
	for b.depthOrZero() > a.depthOrZero() {
		b = b.parent
	}
	for a != b {
		a, b = a.parent, b.parent
	}
	return a
}

// above calls f with every name s writes above layer at (repeats possible).
func (s *state) above(at *layer, f func(string)) {
	for k := range s.local {
		f(k)
	}
	for l := s.top; l != at; l = l.parent {
		for k := range l.vars {
			f(k)
		}
	}
}

// joinStates merges two program points; nil is an unreachable point.
func joinStates(a, b *state) *state {
	if a == nil || a.dead {
		if b != nil && b.dead {
			return nil
		}
		return b
	}
	if b == nil || b.dead {
		return a
	}
	same := sameShadows(a.shadows, b.shadows)
	if a == b || (a.top == b.top && len(a.local) == 0 && len(b.local) == 0 && same) {
		return a
	}
	base := common(a.top, b.top)
	if len(a.shadows) == 0 && len(b.shadows) == 0 && holds(a, b, base) {
		return a // b adds nothing (a closure or module scope met again)
	}
	m := map[string]*Value{}
	put := func(k string) {
		if _, done := m[k]; done {
			return
		}
		if v, ok := joinedName(a, b, k); ok {
			m[k] = v
		} else {
			m[k] = deleted
		}
	}
	var out *state
	if base != nil {
		// Only the names either side wrote above the shared layer can
		// differ. (A name refined on one way only without a write there
		// has the same binding on both ways: joinShadows drops its mark.)
		a.above(base, put)
		b.above(base, put)
		out = &state{top: base, local: m}
	} else {
		for k := range a.all() {
			put(k)
		}
		for k := range b.all() {
			put(k)
		}
		for k, v := range m {
			if v == deleted {
				delete(m, k)
			}
		}
		out = stateOf(m)
	}
	out.shadows = joinShadows(a, b, same)
	return out
}

// holds reports whether joining b into a (neither refining a global)
// gives a's bindings exactly: every name b binds differently from the
// layer they share (all of b without one) is bound in a to a value
// joining b's leaves as it is.
func holds(a, b *state, base *layer) bool {
	ok := true
	check := func(k string) {
		if !ok {
			return
		}
		w, okB := b.get(k)
		if !okB {
			return // a's binding, or none, stays
		}
		v, okA := a.get(k)
		ok = okA && (v == w || joinKeeps(v, w, 0))
	}
	if base != nil {
		a.above(base, check)
		b.above(base, check)
		return ok
	}
	for k := range b.all() {
		if check(k); !ok {
			return false
		}
	}
	return ok
}

// joinedName is name's binding where a and b meet (ok false: unbound). A
// global refined on one way only is dropped: the other way's binding, or
// the global itself, holds.
func joinedName(a, b *state, name string) (*Value, bool) {
	v, okA := a.get(name)
	w, okB := b.get(name)
	sa, sb := a.shadows[name], b.shadows[name]
	switch {
	case okA && okB && sa == sb:
		return join(v, w), true
	case okA && okB && sa:
		return w, true // refined on a's way only: b's is the binding itself
	case okA && okB:
		return v, true
	case okA:
		return v, !sa
	case okB:
		return w, !sb
	}
	return nil, false
}

// joinShadows is the refined globals both ways bind as such.
func joinShadows(a, b *state, same bool) map[string]bool {
	if len(a.shadows) == 0 || len(b.shadows) == 0 {
		return nil
	}
	var m map[string]bool
	for k := range a.shadows {
		if !b.shadows[k] {
			continue
		}
		_, okA := a.get(k)
		_, okB := b.get(k)
		if okA && okB {
			if m == nil {
				m = map[string]bool{}
			}
			m[k] = true
		}
	}
	if same && len(m) == len(a.shadows) {
		return a.shadows
	}
	return m
}

func equalStates(a, b *state) bool {
	if a == nil || b == nil {
		return a == b
	}
	if a == b || (a.top == b.top && len(a.local) == 0 && len(b.local) == 0) {
		return true
	}
	base := common(a.top, b.top)
	if base == nil {
		if a.size() != b.size() {
			return false
		}
		for k, v := range a.all() {
			w, ok := b.get(k)
			if !ok || !equal(v, w) {
				return false
			}
		}
		return true
	}
	same := true
	check := func(k string) {
		if !same {
			return
		}
		v, okA := a.get(k)
		w, okB := b.get(k)
		same = okA == okB && (!okA || equal(v, w))
	}
	a.above(base, check)
	b.above(base, check)
	return same
}

// widen drops constants that differ between two loop iterations so the
// loop reaches a fixpoint.
func widen(prev, next *state) *state {
	if prev == nil || next == nil {
		return next
	}
	out := next.copy()
	for k, v := range next.all() {
		if p, ok := prev.get(k); ok && v != nil && v.HasConst && (p == nil || !p.HasConst || p.Const != v.Const) {
			w := v.clone()
			w.Const, w.HasConst = nil, false
			out.set(k, w)
		}
		if v != nil && v.IsSeq {
			if p, ok := prev.get(k); ok && (p == nil || !p.IsSeq || len(p.seq()) != len(v.seq())) {
				cur, _ := out.get(k)
				out.set(k, withElem(cur, nil))
			}
		}
	}
	return out
}
