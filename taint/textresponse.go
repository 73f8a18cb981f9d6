package taint

import (
	"strings"

	"github.com/kraitsec/krait/python/ast"
)

// textResponses finds calls whose response object is given a constant
// non-HTML content type before it can leave the function:
//
//	resp = make_response(body)
//	resp.mimetype = "text/plain"      (or content_type, or headers["Content-Type"])
//
// with no return or yield in between. Their body is not an HTML (XSS) sink.
// Nested functions are scanned with the unit that defines them.
func textResponses(fn ast.Node) map[*ast.Call]bool {
	out := map[*ast.Call]bool{}
	ast.Inspect(fn, func(n ast.Node) bool {
		for _, b := range blocksOf(n) {
			scanTextResponses(b, out)
		}
		return true
	})
	return out
}

func blocksOf(n ast.Node) [][]ast.Stmt {
	switch n := n.(type) {
	case *ast.FunctionDef:
		return [][]ast.Stmt{n.Body}
	case *ast.AsyncFunctionDef:
		return [][]ast.Stmt{n.Body}
	case *ast.If:
		return [][]ast.Stmt{n.Body, n.Orelse}
	case *ast.For:
		return [][]ast.Stmt{n.Body, n.Orelse}
	case *ast.AsyncFor:
		return [][]ast.Stmt{n.Body, n.Orelse}
	case *ast.While:
		return [][]ast.Stmt{n.Body, n.Orelse}
	case *ast.With:
		return [][]ast.Stmt{n.Body}
	case *ast.AsyncWith:
		return [][]ast.Stmt{n.Body}
	case *ast.Try:
		return [][]ast.Stmt{n.Body, n.Orelse, n.Finalbody}
	case *ast.TryStar:
		return [][]ast.Stmt{n.Body, n.Orelse, n.Finalbody}
	case *ast.ExceptHandler:
		return [][]ast.Stmt{n.Body}
	case *ast.MatchCase:
		return [][]ast.Stmt{n.Body}
	}
	return nil
}

func scanTextResponses(block []ast.Stmt, out map[*ast.Call]bool) {
	for i, s := range block {
		as, ok := s.(*ast.Assign)
		if !ok || len(as.Targets) != 1 {
			continue
		}
		name, ok := as.Targets[0].(*ast.Name)
		call, ok2 := as.Value.(*ast.Call)
		if !ok || !ok2 {
			continue
		}
		for _, later := range block[i+1:] {
			if setsTextType(later, name.ID) {
				out[call] = true
				break
			}
			if leaves(later, name.ID) {
				break
			}
		}
	}
}

// setsTextType matches `name.mimetype = C`, `name.content_type = C` or
// `name.headers["Content-Type"] = C` with C a constant lacking "html".
func setsTextType(s ast.Stmt, name string) bool {
	as, ok := s.(*ast.Assign)
	if !ok || len(as.Targets) != 1 {
		return false
	}
	c, ok := as.Value.(*ast.Constant)
	if !ok {
		return false
	}
	v, ok := c.Value.(string)
	if !ok || strings.Contains(strings.ToLower(v), "html") {
		return false
	}
	switch t := as.Targets[0].(type) {
	case *ast.Attribute:
		base, ok := t.Value.(*ast.Name)
		return ok && base.ID == name && (t.Attr == "mimetype" || t.Attr == "content_type")
	case *ast.Subscript:
		h, ok := t.Value.(*ast.Attribute)
		if !ok || h.Attr != "headers" {
			return false
		}
		base, ok := h.Value.(*ast.Name)
		k, ok2 := t.Slice.(*ast.Constant)
		if !ok || !ok2 || base.ID != name {
			return false
		}
		ks, ok := k.Value.(string)
		return ok && strings.ToLower(ks) == "content-type"
	}
	return false
}

// leaves reports a statement after which the response may already have
// gone out or stopped being the one named: a return, yield, raise or
// rebinding of name anywhere inside it.
func leaves(s ast.Stmt, name string) bool {
	found := false
	ast.Inspect(s, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Return, *ast.Yield, *ast.YieldFrom, *ast.Raise:
			found = true
		case *ast.Name:
			if n.ID == name && n.Ctx != ast.Load {
				found = true
			}
		}
		return !found
	})
	return found
}

func (c *fnCtx) isTextResponse(n *ast.Call) bool {
	if c.textResp == nil {
		c.textResp = textResponses(c.fn.Node())
	}
	return c.textResp[n]
}
