package taint

import (
	"regexp"
	"strings"

	"github.com/kraitsec/krait/taint/models"
)

// safeFilterVar finds `{{ name|safe }}` (and mark_safe-like filters) in a
// Jinja2/Django template: the variable reaches the page unescaped.
var safeFilterVar = regexp.MustCompile(`\{\{-?\s*([A-Za-z_][A-Za-z0-9_]*)(?:\.[A-Za-z0-9_.]*)?\s*(?:\|[^}|]*)*\|\s*(?:safe|mark_safe)\b`)

// autoescapeOff finds a block that switches escaping off for what follows.
var autoescapeOff = regexp.MustCompile(`\{%-?\s*autoescape\s+(?:false|off|False)\s*-?%\}`)

// templateUnescaped is the sink of mode template_unescaped: the template
// source (argument Args[0] / keyword Kw[0]) is a constant, and the context
// keywords it prints without escaping — named with |safe, or all of them
// inside an autoescape-off block — are XSS sinks.
func templateUnescaped(s *models.CSink, args *callArgs) []sinkArg {
	var i *int
	if len(s.Args) > 0 {
		i = &s.Args[0]
	}
	kw := ""
	if len(s.Kw) > 0 {
		kw = s.Kw[0]
	}
	v, ok := args.get(i, kw)
	src, ok2 := constString(v)
	if !ok || !ok2 {
		return nil
	}
	all := autoescapeOff.MatchString(src)
	names := map[string]bool{}
	for _, m := range safeFilterVar.FindAllStringSubmatch(src, -1) {
		names[m[1]] = true
	}
	var out []sinkArg
	for _, k := range sortedKeys(args.kw) {
		if k == kw || !(all || names[k]) {
			continue
		}
		if !all && !strings.Contains(src, k) {
			continue
		}
		out = append(out, sinkArg{flatten(args.kw[k]), " argument " + k + " (printed unescaped by the template)"})
	}
	if all || len(names) > 0 {
		out = append(out, sinkArg{flatten(args.kwStar), " ** context (printed unescaped by the template)"})
	}
	return out
}
