package scan

import (
	"reflect"
	"sort"
	"testing"

	"github.com/kraitsec/krait/finding"
)

func TestParseNosecComment(t *testing.T) {
	cases := []struct {
		comment string
		isNosec bool
		ids     []string // nil/empty = blanket
		warns   int
	}{
		{"# nosec", true, nil, 0},
		{"#nosec", true, nil, 0},
		{"# nosec: B602", true, []string{"B602"}, 0},
		{"# nosec B602, B101", true, []string{"B101", "B602"}, 0},
		{"# nosec B602,B101", true, []string{"B101"}, 0}, // bandit keeps the last of a comma run
		{"# NOSEC", false, nil, 0},
		{"# noqa # nosec B602 # more", true, []string{"B602"}, 0},
		{"# nosec TODO fix later", true, nil, 3},
		{"# nosec random stuff eval", true, []string{"B307"}, 2},
		{"# nosec assert_used", true, []string{"B101"}, 0},
		{"# nosec pickle", true, []string{"B301"}, 0},
		{"# nosec blacklist", true, []string{"B301", "B307"}, 0},
		{"# nosec b602", true, nil, 1}, // ids are case-sensitive in bandit's registry
		{"#nosecurity", true, nil, 1},
		{"# a comment about nosec", false, nil, 0},
		{"# plain comment", false, nil, 0},
	}
	for _, tc := range cases {
		warns := 0
		m := parseNosec([]Comment{{Line: 7, Text: tc.comment}}, fakeResolver, func(int, string) { warns++ })
		set, ok := m[7]
		if ok != tc.isNosec {
			t.Errorf("%q: nosec=%v, want %v", tc.comment, ok, tc.isNosec)
			continue
		}
		var ids []string
		for id := range set {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		if len(ids) != len(tc.ids) || (len(ids) > 0 && !reflect.DeepEqual(ids, tc.ids)) {
			t.Errorf("%q: ids %v, want %v", tc.comment, ids, tc.ids)
		}
		if warns != tc.warns {
			t.Errorf("%q: %d warnings, want %d", tc.comment, warns, tc.warns)
		}
	}
}

func TestNosecCheck(t *testing.T) {
	m := parseNosec([]Comment{
		{Line: 2, Text: "# nosec"},
		{Line: 5, Text: "# nosec B101"},
		{Line: 9, Text: "# nosec B602"},
		{Line: 10, Text: "# nosec B101"},
	}, fakeResolver, nil)
	cases := []struct {
		name string
		id   string
		line int
		span []int
		want suppression
	}{
		{"blanket on own line", "B602", 2, []int{2}, blanket},
		{"blanket in range", "B602", 1, []int{1, 2, 3}, blanket},
		{"targeted other id", "B602", 5, []int{5}, kept},
		{"targeted same id", "B101", 5, []int{5}, targeted},
		{"closing line of a call", "B101", 3, []int{3, 4, 5}, targeted},
		{"no comment", "B602", 7, []int{7}, kept},
		{"union of own line and first range line", "B101", 10, []int{9, 10}, targeted},
		{"first range line only", "B101", 11, []int{9, 10, 11}, kept},
	}
	for _, tc := range cases {
		f := finding.Finding{RuleID: tc.id, Line: tc.line, LineRange: tc.span}
		if got := m.check(&f); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
