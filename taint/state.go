package taint

// state maps local variable names to abstract values at one program point.
type state struct {
	vars map[string]*Value
	dead bool // set by a call that never returns
}

func newState() *state { return &state{vars: map[string]*Value{}} }

func (s *state) copy() *state {
	if s == nil {
		return nil
	}
	c := &state{vars: make(map[string]*Value, len(s.vars)), dead: s.dead}
	for k, v := range s.vars {
		c.vars[k] = v
	}
	return c
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
	out := &state{vars: make(map[string]*Value, len(a.vars))}
	for k, v := range a.vars {
		if w, ok := b.vars[k]; ok {
			out.vars[k] = join(v, w)
		} else {
			out.vars[k] = v
		}
	}
	for k, w := range b.vars {
		if _, ok := a.vars[k]; !ok {
			out.vars[k] = w
		}
	}
	return out
}

func equalStates(a, b *state) bool {
	if a == nil || b == nil {
		return a == b
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
		if p, ok := prev.vars[k]; ok && v != nil && v.HasConst && (!p.HasConst || p.Const != v.Const) {
			w := v.clone()
			w.Const, w.HasConst = nil, false
			out.vars[k] = w
		}
		if v != nil && v.IsSeq {
			if p, ok := prev.vars[k]; ok && (p == nil || !p.IsSeq || len(p.Seq) != len(v.Seq)) {
				out.vars[k] = withElem(out.vars[k], nil)
			}
		}
	}
	return out
}
