package finding

import (
	"slices"
	"testing"
)

func TestParseLevel(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Level
		ok   bool
	}{
		{"all", Undefined, true}, {"LOW", Low, true}, {" medium ", Medium, true},
		{"High", High, true}, {"undefined", Undefined, true}, {"critical", Undefined, false}, {"", Undefined, false},
	} {
		got, err := ParseLevel(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseLevel(%q) = %v, %v; want %v, ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
	}
	if Level(9).String() != "UNDEFINED" || High.String() != "HIGH" {
		t.Error("Level.String spelling")
	}
}

func TestCompareOrdersByFileLineColRule(t *testing.T) {
	fs := []*Finding{
		{Filename: "b.py", Line: 1, RuleID: "B101"},
		{Filename: "a.py", Line: 3, Col: 4, RuleID: "B102"},
		{Filename: "a.py", Line: 3, Col: 4, RuleID: "B101"},
		{Filename: "a.py", Line: 2, Col: 9, RuleID: "B999"},
	}
	slices.SortFunc(fs, Compare)
	var got []string
	for _, f := range fs {
		got = append(got, f.Filename+":"+f.RuleID)
	}
	want := []string{"a.py:B999", "a.py:B101", "a.py:B102", "b.py:B101"}
	if !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}

// The registry is process-wide; use ids no real rule has.
func TestRegistryLookupAndResolve(t *testing.T) {
	Register(&Rule{ID: "X9001", Name: "test_rule_one", Aliases: []string{"shared_alias"}})
	Register(&Rule{ID: "X9002", Name: "test_rule_two", Aliases: []string{"shared_alias"}})
	if r := LookupRule("x9001"); r == nil || r.Name != "test_rule_one" {
		t.Fatalf("LookupRule(x9001) = %v", r)
	}
	cases := []struct {
		word string
		ids  []string
	}{
		{"X9002", []string{"X9002"}},
		{"test_rule_one", []string{"X9001"}},
		{"SHARED_ALIAS", []string{"X9001", "X9002"}},
		{"no_such_rule", nil},
	}
	for _, c := range cases {
		ids, ok := ResolveWord(c.word)
		if ok != (c.ids != nil) || !slices.Equal(ids, c.ids) {
			t.Errorf("ResolveWord(%q) = %v, %v; want %v", c.word, ids, ok, c.ids)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("registering a duplicate id did not panic")
		}
	}()
	Register(&Rule{ID: "X9001"})
}
