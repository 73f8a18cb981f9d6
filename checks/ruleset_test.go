package checks

import "testing"

func TestRuleSet(t *testing.T) {
	var s ruleSet
	on := []string{"B101", "B999", "K000", "K103", "X001", "B1010", "b101", ""}
	off := []string{"B102", "K101", "X002", "B10", "B10a", "K1O3", "A101"}
	for _, id := range on {
		s.set(id, true)
	}
	s.set("K101", true)
	s.set("K101", false)
	for _, id := range on {
		if !s.has(id) {
			t.Errorf("%q: not enabled", id)
		}
	}
	for _, id := range off {
		if s.has(id) {
			t.Errorf("%q: enabled", id)
		}
	}
}
