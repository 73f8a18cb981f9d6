package text

import "testing"

// Regression: escape sequences in a scanned file must not reach the
// reader's terminal through the text report.
func TestControlCharactersAreShownInert(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain\ttab", "plain\ttab"},
		{"x = '\x1b]0;owned\x07'", `x = '\x1b]0;owned\x07'`},
		{"del\x7f and c1\u009b", `del\x7f and c1\x9b`},
		{"naïve — ok", "naïve — ok"},
	} {
		if got := inert(tc.in); got != tc.want {
			t.Errorf("inert(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
