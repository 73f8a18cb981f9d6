package ast

import "fmt"

// Repr renders a constant value as Python's repr() does.
// TODO(repr): placeholder until the exact implementation lands.
func Repr(v any) string { return fmt.Sprintf("%v", v) }
