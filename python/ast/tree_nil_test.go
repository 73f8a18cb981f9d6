package ast

import "testing"

// Regression: a nil pointer inside a node (or handed to Dump/Walk) must not
// crash; CPython would print None for a missing optional child.
func TestDumpAndWalkNilPointers(t *testing.T) {
	var nilName *Name
	if got := Dump(nilName); got != "None" {
		t.Errorf("Dump(nil *Name) = %q, want None", got)
	}
	fn := &FunctionDef{Name: "f"}
	got := Dump(fn)
	want := "FunctionDef(name='f', args=None, body=[], decorator_list=[], type_params=[], lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)"
	if got != want {
		t.Errorf("Dump(FunctionDef{}) =\n%s\nwant\n%s", got, want)
	}
	count := 0
	Inspect(fn, func(n Node) bool { count++; return true })
	Inspect(nilName, func(n Node) bool { return true })
	if count == 0 {
		t.Error("Inspect visited nothing")
	}
}
