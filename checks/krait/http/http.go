// Package http holds krait's HTTP client rules: httpx calls without a
// timeout argument (K104, off by default) and requests.request without a
// timeout (K113).
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

var ruleK113 = &finding.Rule{
	ID: "K113", Name: "requests_request_without_timeout", Severity: finding.Medium, Confidence: finding.Low, CWE: 400,
	MoreInfo: "https://requests.readthedocs.io/en/latest/user/advanced/#timeouts",
	Doc: finding.Doc{
		Summary: "requests.request(...) without a timeout (bandit's B113 only looks at the verb functions).",
		Why: "requests has no default timeout: a slow or malicious server can hold the call forever and exhaust " +
			"the workers that make it (denial of service).",
		Bad:         "import requests\nresp = requests.request(\"GET\", url)\n",
		Good:        "import requests\nresp = requests.request(\"GET\", url, timeout=10)\n",
		Remediation: "Pass timeout= (seconds, or a (connect, read) tuple) to every requests call.",
		References:  []string{finding.CWELink(400), "https://requests.readthedocs.io/en/latest/user/advanced/#timeouts"},
	},
}

func init() {
	checks.Register(&checks.Check{Rule: ruleK113, Kinds: []checks.Kind{checks.KindCall}, CallNames: checks.Names("request"),
		Run: func(ctx *checks.Context, _ any) *checks.Issue {
			if ctx.QualName() != "requests.request" || ctx.KeywordIs("timeout") != checks.NotFound {
				return nil
			}
			return &checks.Issue{Severity: finding.Medium, Confidence: finding.Low, Text: "Call to requests without timeout"}
		}})

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
