package config

import (
	"strings"
	"testing"

	"github.com/kraitsec/krait/finding"
)

func init() {
	for _, r := range []*finding.Rule{
		{ID: "B101", Name: "assert_used"},
		{ID: "B301", Name: "blacklist", Aliases: []string{"pickle"}},
		{ID: "B307", Name: "blacklist", Aliases: []string{"eval"}},
		{ID: "B309", Name: "blacklist", Retired: true},
		{ID: "B602", Name: "subprocess_popen_with_shell_equals_true"},
		{ID: "K900", Name: "noisy_rule", OffByDefault: true},
		{ID: "T89", Name: "sql_injection"},
	} {
		finding.Register(r)
	}
}

func TestSelect(t *testing.T) {
	cases := []struct {
		tests, skips []string
		on, off      []string
		warnings     int
		err          string
	}{
		{nil, nil, []string{"B101", "B602", "T89"}, []string{"B309", "K900"}, 0, ""},
		{nil, []string{"B101", "pickle"}, []string{"B602", "B307"}, []string{"B101", "B301"}, 0, ""},
		{[]string{"assert_used", "K900"}, nil, []string{"B101", "K900"}, []string{"B602", "T89"}, 0, ""},
		{[]string{"B001"}, nil, []string{"B301", "B307"}, []string{"B309", "B101"}, 0, ""},
		{[]string{"B001", "pickle"}, nil, []string{"B301"}, []string{"B307"}, 0, ""},
		{[]string{"B001"}, []string{"eval"}, nil, nil, 0, "both selected"},
		{[]string{"B602", "B999"}, []string{"nothing_known"}, []string{"B602"}, []string{"B101"}, 2, ""},
		{[]string{"B602"}, []string{"subprocess_popen_with_shell_equals_true"}, nil, nil, 0, "both selected"},
		{[]string{"B999"}, nil, nil, nil, 1, "no tests would be run"},
	}
	for i, tc := range cases {
		o := &Options{Tests: tc.tests, Skips: tc.skips}
		sel, warnings, err := o.Select()
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("case %d: error %v, want %q", i, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		if len(warnings) != tc.warnings {
			t.Errorf("case %d: warnings %v", i, warnings)
		}
		for _, id := range tc.on {
			if !sel.Enabled(id) {
				t.Errorf("case %d: %s off", i, id)
			}
		}
		for _, id := range tc.off {
			if sel.Enabled(id) {
				t.Errorf("case %d: %s on", i, id)
			}
		}
	}
}
