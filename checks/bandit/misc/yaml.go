package misc

import (
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
)

var ruleB506 = &finding.Rule{
	ID: "B506", Name: "yaml_load", Severity: finding.Medium, Confidence: finding.High, CWE: 20,
	MoreInfo: checks.PluginURL("B506", "yaml_load"),
	Doc: finding.Doc{
		Summary: "yaml.load without SafeLoader/CSafeLoader.",
		Why: "PyYAML's full and unsafe loaders can build arbitrary Python objects from tags such as " +
			"!!python/object/apply, so loading untrusted YAML can execute code.",
		Bad:         "import yaml\nconfig = yaml.load(stream, Loader=yaml.FullLoader)\n",
		Good:        "import yaml\nconfig = yaml.safe_load(stream)\n",
		Remediation: "Use yaml.safe_load (or Loader=yaml.SafeLoader / CSafeLoader), which only builds plain data types.",
		References:  []string{finding.CWELink(20), "https://pyyaml.org/wiki/PyYAMLDocumentation"},
	},
}

func isSafeLoader(v any) bool {
	s, ok := v.(string)
	return ok && (s == "SafeLoader" || s == "CSafeLoader")
}

func init() {
	checks.Register(&checks.Check{Rule: ruleB506, Kinds: []checks.Kind{checks.KindCall}, CallNames: checks.Names("load"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
		if ctx.Name() != "load" || !ctx.ImportedExact("yaml") {
			return nil
		}
		if !contains(strings.Split(ctx.QualName(), "."), "yaml") {
			return nil
		}
		if isSafeLoader(ctx.KeywordValue("Loader")) || isSafeLoader(ctx.ArgAt(1)) {
			return nil
		}
		return &checks.Issue{Severity: finding.Medium, Confidence: finding.High,
			Text: "Use of unsafe yaml load. Allows instantiation of arbitrary objects. Consider yaml.safe_load()."}
	}})
}
