// Package blacklist holds bandit's call blacklist (B301–B323) and import
// blacklist (B401–B415), plus the retired blacklist ids.
package blacklist

import (
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

type compiled struct {
	entry
	rule *finding.Rule
}

var (
	calls   []compiled
	imports []compiled
	// byQual maps an exact qualified name to the call and import entries
	// naming it, in id order (bandit compares Call names against both).
	byQual = map[string][]*compiled{}
)

// newRule builds an entry's rule; "B001" (bandit's id for the whole
// blacklist test) is an alias of every entry, so -t/-s B001 select them all.
func newRule(e entry, url string) *finding.Rule {
	return &finding.Rule{ID: e.id, Name: "blacklist", Severity: e.sev, Confidence: finding.High, CWE: e.cwe,
		MoreInfo: url, Aliases: []string{e.name, "B001"}, Doc: e.doc}
}

func init() {
	for _, e := range callEntries {
		calls = append(calls, compiled{e, newRule(e, checks.BlacklistCallURL(e.id, e.name))})
	}
	for _, e := range importEntries {
		imports = append(imports, compiled{e, newRule(e, checks.BlacklistImportURL(e.id, e.name))})
	}
	for _, list := range [][]compiled{calls, imports} {
		for i := range list {
			c := &list[i]
			for _, q := range c.qualnames {
				if l := byQual[q]; len(l) == 0 || l[len(l)-1] != c {
					byQual[q] = append(byQual[q], c)
				}
			}
		}
	}
	var callRules, importRules []*finding.Rule
	for _, c := range calls {
		callRules = append(callRules, c.rule)
	}
	for _, c := range imports {
		importRules = append(importRules, c.rule)
	}
	// One check per kind of node, as bandit's single B001 test: at most
	// one blacklist issue per node, the first enabled entry in id order.
	checks.Register(&checks.Check{Rule: callRules[0], Also: callRules[1:], Kinds: []checks.Kind{checks.KindCall}, Run: runCall,
		CallNames: checks.Names(callNames()...)})
	checks.Register(&checks.Check{Rule: importRules[0], Also: importRules[1:],
		Kinds: []checks.Kind{checks.KindImport, checks.KindImportFrom}, Run: runImport})

	for _, r := range retired {
		finding.Register(&finding.Rule{ID: r.id, Name: "blacklist", Aliases: []string{r.name, "B001"}, Retired: true,
			Severity: finding.Undefined, Confidence: finding.Undefined,
			Doc: finding.Doc{
				Summary: "Retired: bandit removed this check (it covered " + r.was + ").",
				Why: "The id is kept so that configurations, -t/-s selections and # nosec comments naming it keep " +
					"working; krait never reports it.",
				Remediation: "Nothing to do; remove the id from configurations and nosec comments at your convenience.",
			}})
	}
}

func issue(ctx *checks.Context, c *compiled, name string) *checks.Issue {
	return &checks.Issue{Rule: c.rule, Severity: c.sev, Confidence: finding.High,
		Text: strings.ReplaceAll(c.msg, "{name}", name)}
}

func runCall(ctx *checks.Context, _ any) *checks.Issue {
	call := ctx.Call()
	var name string
	if f, ok := call.Func.(*ast.Name); ok && f.ID == "__import__" {
		switch {
		case len(call.Args) == 0:
			name = ""
		default:
			if s, ok := checks.StrConst(call.Args[0]); ok {
				name = s
			} else {
				name = "UNKNOWN"
			}
		}
	} else {
		name = ctx.QualName()
		if name == "importlib.import_module" || name == "importlib.__import__" {
			var v any
			if args := ctx.CallArgs(); len(args) > 0 {
				v = args[0]
			} else {
				v = ctx.KeywordValue("name")
			}
			s, ok := v.(string)
			if !ok {
				return nil
			}
			name = s
		}
	}
	for _, c := range byQual[name] {
		if ctx.RuleEnabled(c.id) {
			return issue(ctx, c, name)
		}
	}
	return nil
}

func runImport(ctx *checks.Context, _ any) *checks.Issue {
	var names []*ast.Alias
	prefix := ""
	switch n := ctx.Node.(type) {
	case *ast.Import:
		names = n.Names
	case *ast.ImportFrom:
		names = n.Names
		if n.Module != "" {
			prefix = n.Module + "."
		}
	}
	for i := range imports {
		c := &imports[i]
		if !ctx.RuleEnabled(c.id) {
			continue
		}
		for _, a := range names {
			if a == nil {
				continue
			}
			for _, q := range c.qualnames {
				if joinedHasPrefix(prefix, a.Name, q) {
					return issue(ctx, c, a.Name)
				}
			}
		}
	}
	return nil
}

// joinedHasPrefix is strings.HasPrefix(a+b, p) without building a+b (it
// runs for every imported name and blacklist entry).
func joinedHasPrefix(a, b, p string) bool {
	if len(p) <= len(a) {
		return strings.HasPrefix(a, p)
	}
	return strings.HasPrefix(p, a) && strings.HasPrefix(b, p[len(a):])
}

// callNames are the unqualified names a blacklisted call can have: the last
// part of every call and import entry, and the dynamic import functions.
func callNames() []string {
	names := []string{"__import__", "import_module"}
	for q := range byQual {
		names = append(names, q[strings.LastIndexByte(q, '.')+1:])
	}
	return names
}
