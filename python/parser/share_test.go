package parser

import (
	"testing"

	"github.com/kraitsec/krait/python/ast"
)

// TestSourceCopiedOnce checks that File.Src and the tree's strings do not
// share memory with the caller's buffer (which the caller may reuse), yet
// hold the same text.
func TestSourceCopiedOnce(t *testing.T) {
	tests := []struct{ name, src, id string }{
		{"utf-8", "spam = 'eggs'\n", "spam"},
		{"crlf", "spam = 'eggs'\r\n", "spam"},
		{"no final newline", "spam = 'eggs'", "spam"},
	}
	for _, tc := range tests {
		raw := []byte(tc.src)
		f, err := Parse("x.py", raw)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		want := string(f.Src)
		for i := range raw {
			raw[i] = 'X'
		}
		if string(f.Src) != want {
			t.Errorf("%s: File.Src changed with the caller's buffer: %q", tc.name, f.Src)
		}
		as := f.Module.Body[0].(*ast.Assign)
		if got := as.Targets[0].(*ast.Name).ID; got != tc.id {
			t.Errorf("%s: name %q after the caller's buffer changed, want %q", tc.name, got, tc.id)
		}
		if got := as.Value.(*ast.Constant).Value; got != "eggs" {
			t.Errorf("%s: string %q after the caller's buffer changed, want eggs", tc.name, got)
		}
	}
	if f, err := Parse("empty.py", []byte{}); err != nil || len(f.Src) != 0 || len(f.Module.Body) != 0 {
		t.Errorf("empty source: got %v, %v", f, err)
	}
}
