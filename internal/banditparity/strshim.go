package main

import (
	"strings"

	"github.com/kraitsec/krait/python/ast"
)

// strParents returns the parents of the str constants starting on a line
// (at col, or any column when col < 0), for explaining Str-check
// differences against bandit162_str_shim.py.
func strParents(mod *ast.Module, line, col int) []ast.Node {
	var out []ast.Node
	var stack []ast.Node
	ast.Inspect(mod, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		if k, ok := n.(*ast.Constant); ok && len(stack) > 0 {
			if _, isStr := k.Value.(string); isStr && int(k.Lineno) == line && (col < 0 || int(k.ColOffset) == col) {
				out = append(out, stack[len(stack)-1])
			}
		}
		stack = append(stack, n)
		return true
	})
	return out
}

// explainStr accounts for Str-check differences between krait (bandit
// 1.9.4 semantics) and bandit 1.6.2 run through the Constant shim.
func explainStr(k key, side, src string, parents []ast.Node) string {
	for _, p := range parents {
		switch k.id {
		case "B105":
			switch x := p.(type) {
			case *ast.Dict, *ast.Subscript:
				return "B105 extended after 1.6.2: dict keys and subscripts (1.6.2 looked for ast.Index, absent since Python 3.9)"
			case *ast.Assign:
				for _, t := range x.Targets {
					if _, ok := t.(*ast.Attribute); ok {
						return "B105 extended after 1.6.2: attribute targets (self.password = ...)"
					}
				}
			case *ast.Compare:
				if _, ok := x.Left.(*ast.Attribute); ok {
					return "B105 extended after 1.6.2: comparisons with attributes (self.password == ...)"
				}
			}
		case "B608":
			switch x := p.(type) {
			case *ast.JoinedStr:
				return "B608 changed after 1.6.2: an f-string's literal parts are joined and checked once, on the first part (1.6.2 checked each part alone)"
			case *ast.Attribute:
				if x.Attr == "replace" {
					return "B608 extended after 1.6.2: \"...\".replace(...) builds a statement too (1.6.2: only .format)"
				}
			}
		}
	}
	if k.id == "B608" && side == "krait" && strings.Contains(strings.ToLower(strings.ReplaceAll(src, "\"", "")), "values(") {
		return "B608 regex changed after 1.6.2: `values\\s` became `values[\\s(]`"
	}
	return "UNEXPLAINED"
}
