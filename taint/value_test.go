package taint

import (
	"fmt"
	"math/rand"
	"slices"
	"testing"
)

// The joins and unions return an input instead of an equal copy when they
// can (see joinKeeps, covers). These tests check them against the plain
// algorithms, which always build the result, on many small random values.

// refUnion is union without the shortcuts.
func refUnion(a, b Taint) Taint {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
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

// refJoin is joinDepth without the shortcuts, building every level.
func refJoin(a, b *Value, d int) *Value {
	if a == nil {
		return b
	}
	if b == nil || a == b {
		return a
	}
	out := &Value{T: refUnion(a.T, b.T)}
	x := &valueExt{keyT: refUnion(a.keyT(), b.keyT())}
	if a.bound() == b.bound() {
		x.bound = a.bound()
	}
	for _, k := range a.present() {
		if _, ok := slices.BinarySearch(b.present(), k); ok {
			x.present = append(x.present, k)
		}
	}
	if a.HasConst && b.HasConst && a.Const == b.Const {
		out.Const, out.HasConst = a.Const, true
	} else if p, q := altsOf(a), altsOf(b); len(p) > 0 && len(q) > 0 {
		merged := append(append([]string(nil), p...), q...)
		slices.Sort(merged)
		merged = slices.Compact(merged)
		if len(merged) <= maxAlts {
			x.alts = merged
		}
	}
	out.attach(x)
	switch {
	case a.Type == b.Type:
		out.Type = a.Type
	case a.Type == "":
		out.Type = b.Type
	case b.Type == "":
		out.Type = a.Type
	default:
		out.Type = anyType
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
		out.T = refUnion(out.T, refUnion(flatten(a), flatten(b)))
		return out
	}
	if len(a.Attrs)+len(b.Attrs) > 0 {
		out.Attrs = map[string]*Value{}
		for k, v := range a.Attrs {
			out.Attrs[k] = refJoin(v, b.Attrs[k], d+1)
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
				out.Keys[k] = refJoin(v, bv, d+1)
			} else {
				out.Keys[k] = refJoin(v, b.Elem, d+1)
			}
		}
		for k, v := range b.Keys {
			if _, ok := a.Keys[k]; !ok {
				out.Keys[k] = refJoin(v, a.Elem, d+1)
			}
		}
	}
	if a.IsSeq && b.IsSeq && len(a.seq()) == len(b.seq()) {
		out.IsSeq = true
		seq := make([]*Value, len(a.seq()))
		for i := range seq {
			seq[i] = refJoin(a.seq()[i], b.seq()[i], d+1)
		}
		out.setSeq(seq)
		out.Elem = refJoin(a.Elem, b.Elem, d+1)
	} else {
		out.Elem = refJoin(a.Elem, b.Elem, d+1)
		for _, e := range append(slices.Clone(a.seq()), b.seq()...) {
			out.Elem = refJoin(out.Elem, e, d+1)
		}
	}
	return out
}

// sameContent compares every field, labels and traces included.
func sameContent(x, y *Value) error {
	if x == nil || y == nil {
		if x != y {
			return fmt.Errorf("nil %v vs %v", x == nil, y == nil)
		}
		return nil
	}
	switch {
	case !slices.Equal(x.T, y.T):
		return fmt.Errorf("T %v vs %v", x.T, y.T)
	case !slices.Equal(x.keyT(), y.keyT()):
		return fmt.Errorf("keyT")
	case !slices.Equal(x.present(), y.present()) || !slices.Equal(x.alts(), y.alts()) || x.bound() != y.bound():
		return fmt.Errorf("present/alts/bound %v %v / %v %v", x.present(), y.present(), x.alts(), y.alts())
	case x.HasConst != y.HasConst || x.Const != y.Const || x.Type != y.Type || x.Ref != y.Ref || x.Fn != y.Fn ||
		x.Ctr != y.Ctr || x.ConstElems != y.ConstElems || x.IsSeq != y.IsSeq:
		return fmt.Errorf("scalars %+v vs %+v", *x, *y)
	case len(x.seq()) != len(y.seq()) || len(x.Attrs) != len(y.Attrs) || len(x.Keys) != len(y.Keys):
		return fmt.Errorf("shape")
	}
	for i := range x.seq() {
		if err := sameContent(x.seq()[i], y.seq()[i]); err != nil {
			return fmt.Errorf("seq[%d]: %v", i, err)
		}
	}
	for _, m := range [][2]map[string]*Value{{x.Attrs, y.Attrs}, {x.Keys, y.Keys}} {
		for k, v := range m[0] {
			w, ok := m[1][k]
			if !ok {
				return fmt.Errorf("missing %s", k)
			}
			if err := sameContent(v, w); err != nil {
				return fmt.Errorf("%s: %v", k, err)
			}
		}
	}
	if err := sameContent(x.Elem, y.Elem); err != nil {
		return fmt.Errorf("elem: %v", err)
	}
	return nil
}

// valueGen makes small random values over a few origins, traces and names,
// so that one often holds another.
type valueGen struct {
	r       *rand.Rand
	origins []*Origin
	traces  []*trace
}

func newValueGen(seed int64) *valueGen {
	g := &valueGen{r: rand.New(rand.NewSource(seed))}
	for i := range 3 {
		g.origins = append(g.origins, &Origin{ID: int32(i), Kind: sourceOrigin, File: "f.py", Line: i + 1})
	}
	var t *trace
	g.traces = append(g.traces, nil)
	for i := range 3 {
		t = t.add("f.py", i+1, 0, "step")
		g.traces = append(g.traces, t, (*trace)(nil).add("g.py", i+1, 0, "other"))
	}
	return g
}

func (g *valueGen) taint() Taint {
	var t Taint
	for _, o := range g.origins {
		if g.r.Intn(3) == 0 {
			t = refUnion(t, Taint{{O: o, M: 0, Tr: g.traces[g.r.Intn(len(g.traces))], Unknown: g.r.Intn(4) == 0}})
		}
	}
	return t
}

func (g *valueGen) value(d int) *Value {
	r := g.r
	if r.Intn(6) == 0 {
		return nil
	}
	v := &Value{T: g.taint()}
	switch r.Intn(5) {
	case 0:
		v.Const, v.HasConst = int64(r.Intn(2)), true
	case 1:
		v.Const, v.HasConst = []string{"sh", "cmd"}[r.Intn(2)], true
	case 2:
		v.setAlts([][]string{{"a"}, {"a", "b"}}[r.Intn(2)])
	}
	v.Type = []string{"", "", "A", "B", anyType}[r.Intn(5)]
	v.Ref = []string{"", "", "m.f"}[r.Intn(3)]
	v.Ctr = []ctrKind{ctrNone, ctrList, ctrDict}[r.Intn(3)]
	v.ConstElems = r.Intn(2) == 0
	if r.Intn(4) == 0 {
		v.setKeyT(g.taint())
	}
	if r.Intn(3) == 0 {
		v.setPresent([][]string{{"s:a"}, {"s:a", "s:b"}}[r.Intn(2)])
	}
	if d >= 2 {
		return v
	}
	if r.Intn(2) == 0 {
		v.Attrs = map[string]*Value{}
		for _, k := range []string{"x", "y"} {
			if r.Intn(2) == 0 {
				v.Attrs[k] = g.value(d + 1)
			}
		}
	}
	if r.Intn(2) == 0 {
		v.Keys = map[string]*Value{}
		for _, k := range []string{"s:a", "s:b"} {
			if r.Intn(2) == 0 {
				v.Keys[k] = g.value(d + 1)
			}
		}
	}
	if r.Intn(2) == 0 {
		v.IsSeq = true
		var seq []*Value
		for range r.Intn(3) {
			seq = append(seq, g.value(d+1))
		}
		v.setSeq(seq)
	}
	if r.Intn(2) == 0 {
		v.Elem = g.value(d + 1)
	}
	return v
}

func TestJoinMatchesPlainJoin(t *testing.T) {
	g := newValueGen(1)
	kept := 0
	for i := range 20000 {
		a, b := g.value(0), g.value(0)
		// Pairs where one side holds the other are the shortcut's cases.
		pairs := [][2]*Value{{a, b}, {refJoin(a, b, 0), b}, {a, refJoin(a, b, 0)}, {refJoin(a, b, 0), a}}
		for j, p := range pairs {
			got, want := join(p[0], p[1]), refJoin(p[0], p[1], 0)
			if got == p[0] || got == p[1] {
				kept++
			}
			if err := sameContent(got, want); err != nil {
				t.Fatalf("case %d/%d: join differs from the plain join: %v", i, j, err)
			}
		}
	}
	if kept == 0 {
		t.Fatal("no join returned an input: the cases do not exercise the shortcut")
	}
}

func TestUnionMatchesPlainUnion(t *testing.T) {
	g := newValueGen(2)
	for i := range 20000 {
		a, b := g.taint(), g.taint()
		for _, p := range [][2]Taint{{a, b}, {refUnion(a, b), b}, {a, refUnion(a, b)}} {
			if got, want := union(p[0], p[1]), refUnion(p[0], p[1]); !slices.Equal(got, want) {
				t.Fatalf("case %d: union %v, want %v", i, got, want)
			}
		}
	}
}

// refState is a plain map model of a state.
func refState(s *state) map[string]*Value {
	m := map[string]*Value{}
	for k, v := range s.all() {
		m[k] = v
	}
	return m
}

// stateModel is a state as plain maps, joined by the rules of joinStates.
type stateModel struct {
	vars    map[string]*Value
	shadows map[string]bool
	// version changes with every write: states of one version are copies
	// nobody wrote since, which joinStates returns as they are.
	version int
}

func (m *stateModel) clone() *stateModel {
	out := &stateModel{vars: map[string]*Value{}, shadows: map[string]bool{}, version: m.version}
	for k, v := range m.vars {
		out.vars[k] = v
	}
	for k := range m.shadows {
		out.shadows[k] = true
	}
	return out
}

func joinModels(a, b *stateModel, version int) *stateModel {
	if a.version == b.version {
		return a
	}
	out := &stateModel{vars: map[string]*Value{}, shadows: map[string]bool{}, version: version}
	for k, v := range a.vars {
		w, ok := b.vars[k]
		switch {
		case ok && a.shadows[k] == b.shadows[k]:
			out.vars[k] = join(v, w)
			if a.shadows[k] {
				out.shadows[k] = true
			}
		case ok && a.shadows[k]:
			out.vars[k] = w
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

func equalModels(a, b map[string]*Value) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		w, ok := b[k]
		if !ok || !equal(v, w) {
			return false
		}
	}
	return true
}

// checkState compares a state with its model: bindings (content, traces
// included), their number, and the refined globals.
func checkState(st *state, m *stateModel, names []string) error {
	for _, n := range names {
		v, ok := st.get(n)
		w, okW := m.vars[n]
		if ok != okW || sameContent(v, w) != nil {
			return fmt.Errorf("%s is %v/%v, want %v/%v", n, v, ok, w, okW)
		}
		if st.shadows[n] != m.shadows[n] {
			return fmt.Errorf("%s shadowed %v, want %v", n, st.shadows[n], m.shadows[n])
		}
	}
	if got := refState(st); len(got) != len(m.vars) || st.size() != len(m.vars) {
		return fmt.Errorf("%d names, want %d", len(got), len(m.vars))
	}
	return nil
}

func TestStateLayersMatchMaps(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	g := newValueGen(4)
	names := []string{"a", "b", "c", "d", "e"}
	for i := range 3000 {
		// A random program over several branches: writes, deletions,
		// refined globals, copies and joins.
		states := []*state{newState()}
		models := []*stateModel{{vars: map[string]*Value{}, shadows: map[string]bool{}}}
		version := 0
		for range 60 {
			n := names[r.Intn(len(names))]
			k := r.Intn(len(states))
			st, m := states[k], models[k]
			version++
			switch r.Intn(7) {
			case 0, 1:
				v := g.value(1)
				st.set(n, v)
				m.vars[n] = v
				delete(m.shadows, n)
				m.version = version
			case 2:
				if _, ok := m.vars[n]; ok {
					m.version = version
				}
				st.del(n)
				delete(m.vars, n)
			case 3:
				// A check refines a global (cleanPlaceIf): stored, then marked,
				// sometimes with the value it already had.
				v, ok := st.get(n)
				if !ok || r.Intn(2) == 0 {
					v = g.value(1)
				}
				st.set(n, v)
				st.markShadow(n)
				m.vars[n] = v
				m.shadows[n] = true
				m.version = version
			case 4:
				states = append(states, st.copy())
				models = append(models, m.clone())
			case 5:
				j := r.Intn(len(states))
				states[k] = joinStates(st, states[j])
				models[k] = joinModels(m, models[j], version)
			case 6:
				j := r.Intn(len(states))
				if got, want := equalStates(st, states[j]), equalModels(m.vars, models[j].vars); got != want {
					t.Fatalf("case %d: equalStates %v, want %v", i, got, want)
				}
			}
			for j := range states {
				if err := checkState(states[j], models[j], names); err != nil {
					t.Fatalf("case %d, state %d: %v", i, j, err)
				}
			}
		}
	}
}
