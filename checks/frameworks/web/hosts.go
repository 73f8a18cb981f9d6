package web

import (
	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/checks/frameworks/internal/pyx"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

var trustedHost = map[string]bool{
	"starlette.middleware.trustedhost.TrustedHostMiddleware": true,
	"fastapi.middleware.trustedhost.TrustedHostMiddleware":   true,
}

func hostsCallNames(any) []string {
	return []string{"TrustedHostMiddleware", "add_middleware", "Middleware", "configure"}
}

func runHosts(ctx *checks.Context, _ any) *checks.Issue {
	switch n := ctx.Node.(type) {
	case *ast.Assign, *ast.AnnAssign:
		if !pyx.DjangoSettings(ctx) {
			return nil
		}
		var hits []pyx.Hit
		for _, a := range pyx.AssignmentsAt(ctx, pyx.Shallow) {
			if t, ok := a.Target.(*ast.Name); ok && t.ID == "ALLOWED_HOSTS" && isWildcard(a.Value) {
				hits = append(hits, pyx.Hit{Node: a.Stmt, Text: "ALLOWED_HOSTS contains '*': any Host header is accepted."})
			}
		}
		return pyx.FileIssue(hits, finding.Medium, finding.High)
	case *ast.Call:
		if items, ok := pyx.ConfigCallItems(ctx, n); ok {
			for _, kv := range items {
				if kv.Key == "ALLOWED_HOSTS" && isWildcard(kv.Value) {
					return &checks.Issue{Severity: finding.Medium, Confidence: finding.High, Line: pyx.Line(kv.Node), Text: "ALLOWED_HOSTS contains '*': any Host header is accepted."}
				}
			}
			return nil
		}
		q := ctx.QualName()
		if !trustedHost[q] {
			at, isAttr := n.Func.(*ast.Attribute)
			if !(isAttr && at.Attr == "add_middleware" || q == "starlette.middleware.Middleware" || q == "fastapi.middleware.Middleware") ||
				len(n.Args) == 0 || !trustedHost[ctx.QualNameOf(n.Args[0])] {
				return nil
			}
		}
		if v := pyx.Keyword(n, "allowed_hosts"); isWildcard(v) {
			return &checks.Issue{Severity: finding.Medium, Confidence: finding.High, Line: pyx.Line(v), Text: "TrustedHostMiddleware with allowed_hosts=['*'] accepts any Host header."}
		}
	}
	return nil
}
