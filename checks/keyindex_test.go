package checks

import "testing"

func TestKeyIndex(t *testing.T) {
	a, b := prepared{check: &Check{}}, prepared{check: &Check{}}
	var x keyIndex
	if !x.empty() || x.get("open") != nil {
		t.Fatal("zero index not empty")
	}
	x.add("open", a)
	x.add("open", b)
	x.add("", a)
	x.add("SECRET_KEY", b)
	for _, tc := range []struct {
		key  string
		want int
	}{
		{"open", 2},
		{"", 1},
		{"SECRET_KEY", 1},
		{"oven", 0},  // same length, first and last byte: passes the filter
		{"opens", 0}, // other length
		{"close", 0},
		{"SECRET_KEY ", 0},
	} {
		if got := len(x.get(tc.key)); got != tc.want {
			t.Errorf("get(%q): %d checks, want %d", tc.key, got, tc.want)
		}
	}
	if x.empty() {
		t.Error("filled index empty")
	}
}
