package taint

import "reflect"

// state maps local variable names to abstract values at one program point.
// Copies share the map until one of them writes (copy on write): branches
// are cheap and joins of untouched copies are immediate.
type state struct {
	vars  map[string]*Value
	owned bool // vars is not shared with another state
	dead  bool // set by a call that never returns
	// shadows are names in vars only because a check refined a global
	// (sys.argv[1] == "x"): where a branch has no such entry, the global
	// itself holds, so joins drop one-sided shadows. Replaced, never
	// written in place (copies share it).
	shadows map[string]bool
}

func newState() *state { return &state{vars: map[string]*Value{}, owned: true} }

func (s *state) copy() *state {
	if s == nil {
		return nil
	}
	s.owned = false
	return &state{vars: s.vars, dead: s.dead, shadows: s.shadows}
}

// markShadow records that name entered vars as a refined global.
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

func (s *state) own() {
	if s.owned {
		return
	}
	m := make(map[string]*Value, len(s.vars)+4)
	for k, v := range s.vars {
		m[k] = v
	}
	s.vars, s.owned = m, true
}

func (s *state) set(name string, v *Value) {
	if s.shadows[name] {
		s.unshadow(name)
	}
	if !s.owned {
		if old, ok := s.vars[name]; ok && old == v {
			return
		}
		s.own()
	}
	s.vars[name] = v
}

func (s *state) del(name string) {
	if _, ok := s.vars[name]; !ok {
		return
	}
	s.own()
	delete(s.vars, name)
}

func sameMap(a, b map[string]*Value) bool {
	return len(a) == len(b) && reflect.ValueOf(a).UnsafePointer() == reflect.ValueOf(b).UnsafePointer()
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
	if sameMap(a.vars, b.vars) && sameShadows(a.shadows, b.shadows) {
		return a
	}
	out := &state{vars: make(map[string]*Value, len(a.vars)), owned: true}
	for k, v := range a.vars {
		w, ok := b.vars[k]
		switch {
		case ok && a.shadows[k] == b.shadows[k]:
			out.vars[k] = join(v, w)
			if a.shadows[k] {
				out.markShadow(k)
			}
		case ok && a.shadows[k]:
			out.vars[k] = w // refined on a's way only: b's is the binding itself
		case ok:
			out.vars[k] = v
		case !a.shadows[k]:
			out.vars[k] = v
		}
	}
	for k, w := range b.vars {
		if _, ok := a.vars[k]; !ok && !b.shadows[k] {
			out.vars[k] = w
		}
	}
	return out
}

func sameShadows(a, b map[string]bool) bool {
	return len(a) == 0 && len(b) == 0 || reflect.ValueOf(a).UnsafePointer() == reflect.ValueOf(b).UnsafePointer()
}

func equalStates(a, b *state) bool {
	if a == nil || b == nil {
		return a == b
	}
	if sameMap(a.vars, b.vars) {
		return true
	}
	if len(a.vars) != len(b.vars) {
		return false
	}
	for k, v := range a.vars {
		w, ok := b.vars[k]
		if !ok || !equal(v, w) {
			return false
		}
	}
	return true
}

// widen drops constants that differ between two loop iterations so the
// loop reaches a fixpoint.
func widen(prev, next *state) *state {
	if prev == nil || next == nil {
		return next
	}
	out := next.copy()
	for k, v := range next.vars {
		if p, ok := prev.vars[k]; ok && v != nil && v.HasConst && (p == nil || !p.HasConst || p.Const != v.Const) {
			w := v.clone()
			w.Const, w.HasConst = nil, false
			out.set(k, w)
		}
		if v != nil && v.IsSeq {
			if p, ok := prev.vars[k]; ok && (p == nil || !p.IsSeq || len(p.Seq) != len(v.Seq)) {
				out.set(k, withElem(out.vars[k], nil))
			}
		}
	}
	return out
}
