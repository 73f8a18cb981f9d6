// Package http holds krait's HTTP client rules: httpx calls without a
// timeout argument (K104, off by default).
package http

import (
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
)

var ruleK104 = &finding.Rule{
	ID: "K104", Name: "httpx_without_timeout", Severity: finding.Medium, Confidence: finding.Low, CWE: 400,
	MoreInfo: "https://www.python-httpx.org/advanced/timeouts/", OffByDefault: true,
	Doc: finding.Doc{
		Summary: "httpx calls and clients without an explicit timeout= argument (off by default).",
		Why: "httpx applies a 5 second default, which is often not what the service needs: too long for " +
			"request handlers, too short for large transfers. Stating it keeps resource use deliberate. " +
			"Off by default because httpx's default already prevents unbounded hangs.",
		Bad:         "import httpx\nresp = httpx.get(url)\n",
		Good:        "import httpx\nresp = httpx.get(url, timeout=httpx.Timeout(10.0, connect=2.0))\n",
		Remediation: "Pass timeout= to httpx functions and to httpx.Client/AsyncClient; never timeout=None (bandit's B113).",
		References:  []string{finding.CWELink(400), "https://www.python-httpx.org/advanced/timeouts/"},
	},
}

var attrs = map[string]bool{"get": true, "options": true, "head": true, "post": true, "put": true, "patch": true,
	"delete": true, "request": true, "stream": true, "Client": true, "AsyncClient": true}

func init() {
	checks.Register(&checks.Check{Rule: ruleK104, Kinds: []checks.Kind{checks.KindCall}, CallNames: func(any) []string { return keys(attrs) }, Run: func(ctx *checks.Context, _ any) *checks.Issue {
		q := ctx.QualName()
		if !strings.HasPrefix(q, "httpx.") || !attrs[ctx.Name()] || ctx.HasKeyword("timeout") {
			return nil
		}
		return &checks.Issue{Severity: finding.Medium, Confidence: finding.Low, Text: "Call to httpx without an explicit timeout"}
	}})
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
