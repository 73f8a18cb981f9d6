package misc

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

var ruleB113 = &finding.Rule{
	ID: "B113", Name: "request_without_timeout", Severity: finding.Medium, Confidence: finding.Low, CWE: 400,
	MoreInfo: checks.PluginURL("B113", "request_without_timeout"),
	Doc: finding.Doc{
		Summary: "requests calls without a timeout, and requests/httpx calls with timeout=None.",
		Why: "Without a timeout a request to a slow or malicious server can hang forever, exhausting workers " +
			"and threads (denial of service).",
		Bad:  "import requests\nresp = requests.get(url)\n",
		Good: "import requests\nresp = requests.get(url, timeout=10)\n",
		Remediation: "Always pass timeout= (a number or a (connect, read) tuple) to requests calls, and never " +
			"timeout=None to requests or httpx. krait's K102 also reports httpx calls without a timeout argument.",
		References: []string{finding.CWELink(400), "https://requests.readthedocs.io/en/latest/user/advanced/#timeouts"},
	},
}

var ruleB201 = &finding.Rule{
	ID: "B201", Name: "flask_debug_true", Severity: finding.High, Confidence: finding.Medium, CWE: 94,
	MoreInfo: checks.PluginURL("B201", "flask_debug_true"),
	Doc: finding.Doc{
		Summary: "A Flask application run with debug=True.",
		Why: "Flask's debug mode serves the Werkzeug interactive debugger, which lets anyone who can trigger an " +
			"error execute arbitrary Python code on the server.",
		Bad:  "from flask import Flask\napp = Flask(__name__)\napp.run(debug=True)\n",
		Good: "import os\nfrom flask import Flask\napp = Flask(__name__)\napp.run(debug=os.environ.get(\"FLASK_DEBUG\") == \"1\")\n",
		Remediation: "Never enable debug in production; drive it from configuration that defaults to off and serve " +
			"production traffic with a WSGI server (gunicorn, uWSGI).",
		References: []string{finding.CWELink(94), "https://flask.palletsprojects.com/en/latest/debugging/"},
	},
}

var ruleB202 = &finding.Rule{
	ID: "B202", Name: "tarfile_unsafe_members", Severity: finding.High, Confidence: finding.High, CWE: 22,
	MoreInfo: checks.PluginURL("B202", "tarfile_unsafe_members"),
	Doc: finding.Doc{
		Summary: "tarfile extractall() without a data filter or with unvalidated members.",
		Why: "Tar archives can hold absolute paths, `..` components, symlinks and device files; extracting an " +
			"untrusted archive as is can overwrite any file the process can write (path traversal).",
		Bad:  "import tarfile\nwith tarfile.open(path) as tar:\n    tar.extractall(dest)\n",
		Good: "import tarfile\nwith tarfile.open(path) as tar:\n    tar.extractall(dest, filter=\"data\")\n",
		Remediation: "Pass filter=\"data\" (Python 3.12+, backported to security releases) or members= a function " +
			"that drops absolute paths, `..`, links and special files. krait's K103 also reports extract() without a filter.",
		References: []string{finding.CWELink(22), "https://docs.python.org/3/library/tarfile.html#tarfile-extraction-filter"},
	},
}

var ruleB612 = &finding.Rule{
	ID: "B612", Name: "logging_config_insecure_listen", Severity: finding.Medium, Confidence: finding.High, CWE: 94,
	MoreInfo: checks.PluginURL("B612", "logging_config_insecure_listen"),
	Doc: finding.Doc{
		Summary: "logging.config.listen() without a verify function.",
		Why: "logging.config.listen accepts logging configurations over a socket; configurations can name " +
			"arbitrary callables, so whoever reaches the port can run code in the process.",
		Bad:  "import logging.config\nt = logging.config.listen(9999)\n",
		Good: "import logging.config\nt = logging.config.listen(9999, verify=check_signature)\n",
		Remediation: "Pass verify= a function that checks a signature or decrypts the payload, bind the listener " +
			"to localhost, or load configuration from a trusted file instead.",
		References: []string{finding.CWELink(94), "https://docs.python.org/3/library/logging.config.html#logging.config.listen"},
	},
}

var ruleB613 = &finding.Rule{
	ID: "B613", Name: "trojansource", Severity: finding.High, Confidence: finding.Medium, CWE: 838,
	MoreInfo: checks.PluginURL("B613", "trojansource"),
	Doc: finding.Doc{
		Summary: "Unicode bidirectional control characters in a source file (Trojan Source).",
		Why: "Bidirectional overrides make code render differently from how Python parses it, so a reviewer " +
			"can approve logic that differs from what runs (CVE-2021-42574).",
		Bad:  "access_level = \"user\"\nif access_level != \"none\u202e \u2066# check if admin\u2069 \u2066\":\n    grant()\n",
		Good: "access_level = \"user\"\nif access_level != \"none\":  # check if admin\n    grant()\n",
		Remediation: "Remove the control characters (U+202A–U+202E, U+2066–U+2069, U+200F); if text needs them, " +
			"write them as escapes (\"\\u202e\") so they are visible.",
		References: []string{finding.CWELink(838), "https://trojansource.codes/"},
	},
}

var ruleB614 = &finding.Rule{
	ID: "B614", Name: "pytorch_load", Severity: finding.Medium, Confidence: finding.High, CWE: 502,
	MoreInfo: checks.PluginURL("B614", "pytorch_load"),
	Doc: finding.Doc{
		Summary: "torch.load without weights_only=True.",
		Why:     "torch.load unpickles the file; a malicious checkpoint runs arbitrary code when loaded.",
		Bad:     "import torch\nmodel = torch.load(\"model.pt\")\n",
		Good:    "import torch\nstate = torch.load(\"model.pt\", weights_only=True)\n",
		Remediation: "Pass weights_only=True (the default since PyTorch 2.6) or store weights as safetensors. " +
			"krait's K105 also catches torch.load reached through other import aliases.",
		References: []string{finding.CWELink(502), "https://pytorch.org/docs/stable/generated/torch.load.html"},
	},
}

var ruleB615 = &finding.Rule{
	ID: "B615", Name: "huggingface_unsafe_download", Severity: finding.Medium, Confidence: finding.High, CWE: 494,
	MoreInfo: checks.PluginURL("B615", "huggingface_unsafe_download"),
	Doc: finding.Doc{
		Summary: "Hugging Face Hub downloads without a pinned revision.",
		Why: "Without a pinned commit, a model or dataset repository can change under you; a compromised or " +
			"malicious update (pickled weights, remote code) is then downloaded and used.",
		Bad:         "from transformers import AutoModel\nmodel = AutoModel.from_pretrained(\"org/model\")\n",
		Good:        "from transformers import AutoModel\nmodel = AutoModel.from_pretrained(\"org/model\", revision=\"5d0f2e8a7f1b\")\n",
		Remediation: "Pass revision= (or commit_id=) a full commit hash; prefer safetensors weights and keep trust_remote_code off.",
		References:  []string{finding.CWELink(494), "https://huggingface.co/docs/huggingface_hub/guides/download"},
	},
}

var httpVerbs = map[string]bool{"get": true, "options": true, "head": true, "post": true, "put": true, "patch": true, "delete": true}

// HTTPXAttrs are the httpx functions bandit treats like requests' verbs.
var httpxAttrs = map[string]bool{"get": true, "options": true, "head": true, "post": true, "put": true, "patch": true,
	"delete": true, "request": true, "stream": true, "Client": true, "AsyncClient": true}

func init() {
	checks.Register(&checks.Check{Rule: ruleB113, Kinds: []checks.Kind{checks.KindCall}, CallNames: checks.Names(keys(httpxAttrs)...), Run: runB113})
	checks.Register(&checks.Check{Rule: ruleB201, Kinds: []checks.Kind{checks.KindCall}, CallNames: checks.Names("run"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
		if strings.HasSuffix(ctx.QualName(), ".run") && ctx.KeywordIs("debug", "True") == checks.Match && ctx.ImportedLike("flask") {
			return &checks.Issue{Severity: finding.High, Confidence: finding.Medium, Line: ctx.KeywordLine("debug"),
				Text: "A Flask app appears to be run with debug=True, which exposes the Werkzeug debugger and allows the execution of arbitrary code."}
		}
		return nil
	}})
	checks.Register(&checks.Check{Rule: ruleB202, Kinds: []checks.Kind{checks.KindCall}, Run: runB202})
	checks.Register(&checks.Check{Rule: ruleB612, Kinds: []checks.Kind{checks.KindCall}, CallNames: checks.Names("listen"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
		if ctx.QualName() == "logging.config.listen" && !ctx.HasKeyword("verify") {
			return &checks.Issue{Severity: finding.Medium, Confidence: finding.High, Text: "Use of insecure logging.config.listen detected."}
		}
		return nil
	}})
	checks.Register(&checks.Check{Rule: ruleB613, Kinds: []checks.Kind{checks.KindFile}, Run: runB613})
	checks.Register(&checks.Check{Rule: ruleB614, Kinds: []checks.Kind{checks.KindCall}, CallNames: checks.Names("load"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
		q := ctx.QualName()
		if q != "torch.load" && q != "torch.serialization.load" || !ctx.ImportedExact("torch") {
			return nil
		}
		if w, ok := ctx.KeywordValue("weights_only").(string); ok && w == "True" {
			return nil
		}
		return &checks.Issue{Severity: finding.Medium, Confidence: finding.High, Text: "Use of unsafe PyTorch load"}
	}})
	checks.Register(&checks.Check{Rule: ruleB615, Kinds: []checks.Kind{checks.KindCall}, CallNames: checks.Names(keys(hfUnsafe)...), Run: runB615})
}

func runB113(ctx *checks.Context, _ any) *checks.Issue {
	q := ctx.QualName()
	if q == "" {
		return nil
	}
	root, _, _ := strings.Cut(q, ".")
	if root != "requests" && root != "httpx" {
		return nil
	}
	name := ctx.Name()
	isReq := root == "requests" && httpVerbs[name]
	if isReq && ctx.KeywordIs("timeout") == checks.NotFound {
		return &checks.Issue{Severity: finding.Medium, Confidence: finding.Low, Text: "Call to " + root + " without timeout"}
	}
	if (isReq || root == "httpx" && httpxAttrs[name]) && ctx.KeywordIs("timeout", "None") == checks.Match {
		return &checks.Issue{Severity: finding.Medium, Confidence: finding.Low, Text: "Call to " + root + " with timeout set to None"}
	}
	return nil
}

func runB202(ctx *checks.Context, _ any) *checks.Issue {
	if !strings.Contains(ctx.Name(), "extractall") || !ctx.ImportedExact("tarfile") {
		return nil
	}
	call := ctx.Call()
	if ctx.HasKeyword("filter") {
		if s, ok := checks.StrConst(ctx.KeywordExpr("filter")); ok && s == "data" {
			return nil
		}
	}
	if ctx.HasKeyword("members") {
		var members string
		for _, k := range call.Keywords {
			if k == nil || k.Arg != "members" {
				continue
			}
			switch v := k.Value.(type) {
			case *ast.Call:
				fn, ok := v.Func.(*ast.Name)
				if !ok {
					return nil // bandit raises AttributeError on arg.func.id: no issue
				}
				members = "{'Function': '" + fn.ID + "'}"
			case *ast.Name:
				members = "{'Other': '" + v.ID + "'}"
			default:
				members = fmt.Sprintf("{'Other': <ast.%s object>}", nodeClass(v))
			}
		}
		if strings.HasPrefix(members, "{'Function'") {
			return &checks.Issue{Severity: finding.Low, Confidence: finding.Low,
				Text: "Usage of tarfile.extractall(members=function(tarfile)). Make sure your function properly discards dangerous members " + members + ")."}
		}
		return &checks.Issue{Severity: finding.Medium, Confidence: finding.Medium,
			Text: "Found tarfile.extractall(members=?) but couldn't identify the type of members. Check if the members were properly validated " + members + ")."}
	}
	return &checks.Issue{Severity: finding.High, Confidence: finding.High,
		Text: "tarfile.extractall used without any validation. Please check and discard dangerous members."}
}

func nodeClass(n ast.Node) string {
	s := fmt.Sprintf("%T", n)
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		s = s[i+1:]
	}
	return s
}

// bidi are the characters bandit's trojansource check looks for, in its order.
var bidi = []rune{'\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f'}

func runB613(ctx *checks.Context, _ any) *checks.Issue {
	if !mayHaveBidi(ctx.Src) {
		return nil
	}
	src := string(ctx.Src)
	for i, line := range pySplitLines(src) {
		for _, ch := range bidi {
			idx := strings.IndexRune(line, ch)
			if idx < 0 {
				continue
			}
			col := len([]rune(line[:idx])) + 1
			return &checks.Issue{Severity: finding.High, Confidence: finding.Medium, Line: i + 1, Col: col, HasCol: true,
				LineRange: []int{i + 1},
				Text:      fmt.Sprintf("A Python source file contains bidirectional control characters (%s).", checks.PyRepr(string(ch)))}
		}
	}
	return nil
}

// pySplitLines is str.splitlines(): it also breaks on \v, \f, \x1c-\x1e,
// \x85, U+2028 and U+2029.
func pySplitLines(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		switch r {
		case '\n', '\r', '\v', '\f', '\x1c', '\x1d', '\x1e', '\u0085', '\u2028', '\u2029':
			if r == '\n' && i > 0 && s[i-1] == '\r' {
				start = i + 1
				continue
			}
			out = append(out, s[start:i])
			start = i + len(string(r))
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

var hfUnsafe = map[string]string{
	"from_pretrained":   "transformers",
	"load_dataset":      "datasets",
	"hf_hub_download":   "huggingface_hub",
	"snapshot_download": "huggingface_hub",
	"repository_id":     "huggingface_hub",
}

func runB615(ctx *checks.Context, _ any) *checks.Issue {
	fn := ctx.Name()
	mod, ok := hfUnsafe[fn]
	if !ok || !contains(strings.Split(ctx.QualName(), "."), mod) {
		return nil
	}
	if !ctx.ImportedLike("transformers") && !ctx.ImportedLike("datasets") && !ctx.ImportedLike("huggingface_hub") {
		return nil
	}
	for _, k := range ctx.Call().Keywords {
		if k != nil && (k.Arg == "revision" || k.Arg == "commit_id") && !checks.IsConst(k.Value) {
			return nil
		}
	}
	rev := ctx.KeywordValue("revision")
	if !truthy(rev) {
		rev = ctx.KeywordValue("commit_id")
	}
	if s, ok := rev.(string); ok {
		s = strings.Trim(s, "\"'")
		if len(s) >= 7 && isHex(s) {
			return nil
		}
	}
	if first, ok := ctx.ArgAt(0).(string); ok && first != "" &&
		(strings.HasPrefix(first, "./") || strings.HasPrefix(first, "/") || strings.HasPrefix(first, "../")) {
		return nil
	}
	return &checks.Issue{Severity: finding.Medium, Confidence: finding.High,
		Text: "Unsafe Hugging Face Hub download without revision pinning in " + fn + "()"}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func isHex(s string) bool {
	for _, c := range s {
		if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
			return false
		}
	}
	return true
}

// mayHaveBidi is a byte-level prefilter: every bidi character is encoded
// as E2 80 8F, E2 80 AA..AE or E2 81 A6..A9.
func mayHaveBidi(src []byte) bool {
	for i := 0; i+2 < len(src); i++ {
		if src[i] != 0xE2 {
			j := bytes.IndexByte(src[i:], 0xE2)
			if j < 0 {
				return false
			}
			i += j
			if i+2 >= len(src) {
				return false
			}
		}
		b1, b2 := src[i+1], src[i+2]
		if b1 == 0x80 && (b2 == 0x8F || b2 >= 0xAA && b2 <= 0xAE) || b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9 {
			return true
		}
	}
	return false
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
