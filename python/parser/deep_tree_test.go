package parser

import (
	"errors"
	"strings"
	"testing"
)

// Regression: a statement whose tree is far deeper than CPython accepts
// (a million left-nested operands or attribute/subscript/call chains) must
// be a SyntaxError, never a Go stack overflow in the depth check itself.
func TestVeryDeepTreesAreRejected(t *testing.T) {
	const n = 1_000_000
	for _, tc := range []struct{ name, src string }{
		{"binop chain", "x = 1" + strings.Repeat("+1", n) + "\n"},
		{"attribute chain", "x = a" + strings.Repeat(".b", n) + "\n"},
		{"subscript chain", "x = a" + strings.Repeat("[0]", n) + "\n"},
		{"call chain", "x = a" + strings.Repeat("()", n) + "\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseFile("deep.py", []byte(tc.src))
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("err = %v, want a SyntaxError", err)
			}
			if !strings.Contains(se.Msg, "maximum recursion depth exceeded") {
				t.Errorf("message %q", se.Msg)
			}
		})
	}
}
