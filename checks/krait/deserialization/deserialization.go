// Package deserialization holds krait's unsafe-deserialisation rules that
// bandit misses: torch.load through any import form (K107),
// numpy.load(allow_pickle=True) (K108), joblib.load (K109) and PyYAML's
// unsafe loaders other than yaml.load (K112).
package deserialization

import (
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
)

func why(lib string) string {
	return lib + " unpickles the file: a crafted file runs arbitrary code as soon as it is loaded, so loading " +
		"models or arrays from untrusted sources (downloads, uploads, shared storage) is remote code execution."
}

var ruleK107 = &finding.Rule{
	ID: "K107", Name: "torch_load_unsafe_alias", Severity: finding.Medium, Confidence: finding.High, CWE: 502,
	MoreInfo: "https://pytorch.org/docs/stable/generated/torch.load.html",
	Doc: finding.Doc{
		Summary:     "torch.load without weights_only=True where bandit's B614 does not look (no plain `import torch`, e.g. `from torch import load`).",
		Why:         why("torch.load (with weights_only=False, the default before PyTorch 2.6)"),
		Bad:         "from torch import load\nstate = load(\"model.pt\")\n",
		Good:        "from torch import load\nstate = load(\"model.pt\", weights_only=True)\n",
		Remediation: "Pass weights_only=True, or store weights as safetensors (safetensors.torch.load_file).",
		References:  []string{finding.CWELink(502), "https://pytorch.org/docs/stable/generated/torch.load.html"},
	},
}

var ruleK108 = &finding.Rule{
	ID: "K108", Name: "numpy_load_allow_pickle", Severity: finding.Medium, Confidence: finding.High, CWE: 502,
	MoreInfo: "https://numpy.org/doc/stable/reference/generated/numpy.load.html",
	Doc: finding.Doc{
		Summary:     "numpy.load with allow_pickle=True.",
		Why:         why("numpy.load with allow_pickle=True (for object arrays)"),
		Bad:         "import numpy as np\narr = np.load(path, allow_pickle=True)\n",
		Good:        "import numpy as np\narr = np.load(path)  # allow_pickle defaults to False\n",
		Remediation: "Keep allow_pickle=False and save plain numeric arrays; serialise objects with a data format (JSON, Arrow, Parquet).",
		References:  []string{finding.CWELink(502), "https://numpy.org/doc/stable/reference/generated/numpy.load.html"},
	},
}

var ruleK109 = &finding.Rule{
	ID: "K109", Name: "joblib_load", Severity: finding.Medium, Confidence: finding.High, CWE: 502,
	MoreInfo: "https://joblib.readthedocs.io/en/stable/persistence.html",
	Doc: finding.Doc{
		Summary:     "joblib.load, which unpickles its input.",
		Why:         why("joblib.load"),
		Bad:         "import joblib\nmodel = joblib.load(uploaded_path)\n",
		Good:        "import skops.io as sio\nmodel = sio.load(path, trusted=[\"sklearn.linear_model.LogisticRegression\"])\n",
		Remediation: "Only load joblib files you produced and authenticate them (hmac); for sharing models use skops.io or ONNX.",
		References:  []string{finding.CWELink(502), "https://joblib.readthedocs.io/en/stable/persistence.html"},
	},
}

var ruleK112 = &finding.Rule{
	ID: "K112", Name: "yaml_unsafe_loaders", Severity: finding.Medium, Confidence: finding.High, CWE: 502,
	MoreInfo: "https://pyyaml.org/wiki/PyYAMLDocumentation",
	Doc: finding.Doc{
		Summary: "PyYAML's unsafe_load, full_load and load_all (without SafeLoader), which bandit's B506 does not look at.",
		Why: "These loaders build Python objects from YAML tags (unsafe_load any object; full_load and load_all " +
			"with the default loader a large subset), so untrusted YAML can execute code or trigger dangerous constructors.",
		Bad:         "import yaml\ndocs = list(yaml.load_all(stream))\nconfig = yaml.unsafe_load(text)\n",
		Good:        "import yaml\ndocs = list(yaml.safe_load_all(stream))\nconfig = yaml.safe_load(text)\n",
		Remediation: "Use yaml.safe_load / yaml.safe_load_all (or Loader=yaml.SafeLoader / CSafeLoader).",
		References:  []string{finding.CWELink(502), "https://pyyaml.org/wiki/PyYAMLDocumentation"},
	},
}

// yamlUnsafe are the loaders B506 leaves out; load_all is unsafe unless a
// safe Loader is given.
var yamlUnsafe = map[string]bool{"unsafe_load": true, "unsafe_load_all": true, "full_load": true, "full_load_all": true, "load_all": true}

func safeLoader(v any) bool {
	s, ok := v.(string)
	return ok && (s == "SafeLoader" || s == "CSafeLoader")
}

func init() {
	checks.Register(&checks.Check{Rule: ruleK112, Kinds: []checks.Kind{checks.KindCall},
		CallNames: checks.Names("unsafe_load", "unsafe_load_all", "full_load", "full_load_all", "load_all"),
		Run: func(ctx *checks.Context, _ any) *checks.Issue {
			q := ctx.QualName()
			if !strings.HasPrefix(q, "yaml.") || !yamlUnsafe[ctx.Name()] {
				return nil
			}
			if ctx.Name() == "load_all" && (safeLoader(ctx.KeywordValue("Loader")) || safeLoader(ctx.ArgAt(1))) {
				return nil
			}
			return &checks.Issue{Severity: finding.Medium, Confidence: finding.High,
				Text: "Use of unsafe yaml loader " + q + ". Allows instantiation of arbitrary objects. Consider yaml.safe_load()."}
		}})

	call := []checks.Kind{checks.KindCall}
	checks.Register(&checks.Check{Rule: ruleK107, Kinds: call, CallNames: checks.Names("load"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
		q := ctx.QualName()
		if q != "torch.load" && q != "torch.serialization.load" {
			return nil
		}
		if ctx.ImportedExact("torch") {
			return nil // B614 reports it
		}
		if w, ok := ctx.KeywordValue("weights_only").(string); ok && w == "True" {
			return nil
		}
		return &checks.Issue{Severity: finding.Medium, Confidence: finding.High, Line: ctx.KeywordLine("weights_only"),
			Text: "Use of unsafe PyTorch load (" + q + " without weights_only=True)"}
	}})
	checks.Register(&checks.Check{Rule: ruleK108, Kinds: call, CallNames: checks.Names("load"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
		if ctx.QualName() != "numpy.load" || ctx.KeywordIs("allow_pickle", "True") != checks.Match {
			return nil
		}
		return &checks.Issue{Severity: finding.Medium, Confidence: finding.High, Line: ctx.KeywordLine("allow_pickle"),
			Text: "numpy.load with allow_pickle=True can execute code from a malicious file."}
	}})
	checks.Register(&checks.Check{Rule: ruleK109, Kinds: call, CallNames: checks.Names("load"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
		if q := ctx.QualName(); q != "joblib.load" && q != "sklearn.externals.joblib.load" {
			return nil
		}
		return &checks.Issue{Severity: finding.Medium, Confidence: finding.High,
			Text: "joblib.load unpickles its input and can execute code from a malicious file."}
	}})
}
