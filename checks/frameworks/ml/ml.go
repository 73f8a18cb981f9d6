// Package ml holds krait's model-loading checks (K241–K249): Keras
// loading with safe_mode off and Hugging Face trust_remote_code.
// pandas.read_pickle is bandit's B301, torch.load B614, numpy.load
// (allow_pickle) and joblib.load krait's K108–K109.
package ml

import (
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/checks/frameworks/internal/pyx"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

var ruleKeras = &finding.Rule{
	ID: "K241", Name: "keras_unsafe_deserialization", Severity: finding.High, Confidence: finding.High, CWE: 502,
	MoreInfo: checks.KraitURL("K241"),
	Doc: finding.Doc{
		Summary:     "Keras model loading with safe_mode=False, or keras.config.enable_unsafe_deserialization().",
		Why:         "safe_mode blocks the Python bytecode that Lambda layers carry in .keras files; with it off, loading a model runs whatever code the model's author put in it.",
		Bad:         "import keras\nmodel = keras.models.load_model(\"model.keras\", safe_mode=False)\n",
		Good:        "import keras\nmodel = keras.models.load_model(\"model.keras\")\n",
		Remediation: "Keep safe_mode on, replace Lambda layers with registered custom layers, and load only models from trusted sources.",
		References:  []string{"https://keras.io/api/models/model_saving_apis/model_saving_and_loading/", finding.CWELink(502)},
	},
}

var ruleRemoteCode = &finding.Rule{
	ID: "K242", Name: "trust_remote_code", Severity: finding.High, Confidence: finding.High, CWE: 94,
	MoreInfo: checks.KraitURL("K242"),
	Doc: finding.Doc{
		Summary:     "A Hugging Face loader is called with trust_remote_code=True (from_pretrained, pipeline, SentenceTransformer, load_dataset, …).",
		Why:         "trust_remote_code imports and runs Python files from the model or data-set repository; whoever controls that repository (or a later revision of it) runs code in your process.",
		Bad:         "from transformers import AutoModel\nmodel = AutoModel.from_pretrained(\"someone/model\", trust_remote_code=True)\n",
		Good:        "from transformers import AutoModel\nmodel = AutoModel.from_pretrained(\"someone/model\", use_safetensors=True)\n",
		Remediation: "Prefer architectures built into the library; if remote code is unavoidable, review it and pin revision= to an audited commit hash.",
		References:  []string{"https://huggingface.co/docs/transformers/main/en/models#custom-models", finding.CWELink(94)},
	},
}

func isKerasLoad(q string) bool {
	if !(strings.HasPrefix(q, "keras.") || strings.HasPrefix(q, "tensorflow.") || strings.HasPrefix(q, "tf.")) {
		return false
	}
	return strings.HasSuffix(q, "keras.models.load_model") || strings.HasSuffix(q, "keras.saving.load_model")
}

func init() {
	call := []checks.Kind{checks.KindCall}
	checks.Register(&checks.Check{Rule: ruleKeras, Kinds: call, CallNames: checks.Names("load_model", "enable_unsafe_deserialization"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
		q := ctx.QualName()
		if strings.HasSuffix(q, "config.enable_unsafe_deserialization") && (strings.HasPrefix(q, "keras.") || strings.HasPrefix(q, "tensorflow.") || strings.HasPrefix(q, "tf.")) {
			return &checks.Issue{Severity: finding.High, Confidence: finding.High, Text: "enable_unsafe_deserialization() turns off Keras safe mode for every later load."}
		}
		if !isKerasLoad(q) {
			return nil
		}
		c, _ := ctx.Node.(*ast.Call)
		if v := pyx.Arg(c, 3, "safe_mode"); pyx.IsFalse(pyx.Resolved(ctx, v)) {
			return &checks.Issue{Severity: finding.High, Confidence: finding.High, Line: pyx.Line(v), Text: "load_model(safe_mode=False) runs code embedded in the model file."}
		}
		return nil
	}})
	checks.Register(&checks.Check{Rule: ruleRemoteCode, Kinds: call, Run: func(ctx *checks.Context, _ any) *checks.Issue {
		c, _ := ctx.Node.(*ast.Call)
		if v := pyx.Keyword(c, "trust_remote_code"); pyx.IsTrue(pyx.Resolved(ctx, v)) {
			return &checks.Issue{Severity: finding.High, Confidence: finding.High, Line: pyx.Line(v), Text: "trust_remote_code=True runs Python code downloaded from the model repository."}
		}
		return nil
	}})
}
