package misc

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

var ruleB103 = &finding.Rule{
	ID: "B103", Name: "set_bad_file_permissions", Severity: finding.Medium, Confidence: finding.High, CWE: 732,
	MoreInfo: checks.PluginURL("B103", "set_bad_file_permissions"),
	Doc: finding.Doc{
		Summary: "chmod calls granting group/world write or execute permission.",
		Why: "A file made writable by group or others can be modified by other local users (replacing code, " +
			"configuration or data); executable bits on data files widen what an attacker can run.",
		Bad:  "import os\nos.chmod(\"/etc/app/config.ini\", 0o777)\n",
		Good: "import os\nos.chmod(\"/etc/app/config.ini\", 0o600)\n",
		Remediation: "Grant the least permissions needed, usually 0o600 for private files and 0o644/0o755 for " +
			"public ones; create files with a restrictive umask or os.open(..., 0o600).",
		References: []string{finding.CWELink(732), "https://docs.python.org/3/library/os.html#os.chmod"},
	},
}

var ruleB104 = &finding.Rule{
	ID: "B104", Name: "hardcoded_bind_all_interfaces", Severity: finding.Medium, Confidence: finding.Medium, CWE: 605,
	MoreInfo: checks.PluginURL("B104", "hardcoded_bind_all_interfaces"),
	Doc: finding.Doc{
		Summary: "The string \"0.0.0.0\", typically binding a server to every network interface.",
		Why: "Binding to all interfaces exposes a service on every network the host is attached to, including " +
			"ones the developer never meant to serve (public interfaces, container bridges).",
		Bad:  "app.run(host=\"0.0.0.0\")\n",
		Good: "app.run(host=os.environ.get(\"BIND_ADDR\", \"127.0.0.1\"))\n",
		Remediation: "Bind to 127.0.0.1 or an explicitly configured address, and expose services through a " +
			"reverse proxy or firewall rules.",
		References: []string{finding.CWELink(605)},
	},
}

var ruleB108 = &finding.Rule{
	ID: "B108", Name: "hardcoded_tmp_directory", Severity: finding.Medium, Confidence: finding.Medium, CWE: 377,
	MoreInfo: checks.PluginURL("B108", "hardcoded_tmp_directory"), ConfigKey: "hardcoded_tmp_directory",
	Doc: finding.Doc{
		Summary: "Strings starting with a shared temporary directory such as /tmp.",
		Why: "Predictable paths in world-writable directories let another local user pre-create the file or a " +
			"symlink (race conditions, symlink attacks), read the data or replace it.",
		Bad:  "with open(\"/tmp/report.csv\", \"w\") as f:\n    f.write(data)\n",
		Good: "import tempfile\nwith tempfile.NamedTemporaryFile(\"w\", suffix=\".csv\", delete=False) as f:\n    f.write(data)\n",
		Remediation: "Use tempfile.mkstemp, tempfile.NamedTemporaryFile or tempfile.TemporaryDirectory, which create " +
			"files with unique names and private permissions. The directories checked are the " +
			"`hardcoded_tmp_directory: {tmp_dirs: [...]}` option.",
		References: []string{finding.CWELink(377), "https://docs.python.org/3/library/tempfile.html"},
	},
}

var ruleB110 = &finding.Rule{
	ID: "B110", Name: "try_except_pass", Severity: finding.Low, Confidence: finding.High, CWE: 703,
	MoreInfo: checks.PluginURL("B110", "try_except_pass"), ConfigKey: "try_except_pass",
	Doc: finding.Doc{
		Summary: "An except clause (bare or `except Exception`) whose only statement is `pass`.",
		Why: "Silently swallowing every error hides failed security operations (a failed permission change, " +
			"an unverified signature) and attacks in progress.",
		Bad:  "try:\n    os.chmod(path, 0o600)\nexcept Exception:\n    pass\n",
		Good: "try:\n    os.chmod(path, 0o600)\nexcept OSError:\n    log.warning(\"could not restrict %s\", path)\n    raise\n",
		Remediation: "Catch the narrowest exception type and log or handle it; use contextlib.suppress(SpecificError) " +
			"when ignoring is really intended. `try_except_pass: {check_typed_exception: true}` also reports typed handlers.",
		References: []string{finding.CWELink(703)},
	},
}

var ruleB112 = &finding.Rule{
	ID: "B112", Name: "try_except_continue", Severity: finding.Low, Confidence: finding.High, CWE: 703,
	MoreInfo: checks.PluginURL("B112", "try_except_continue"), ConfigKey: "try_except_continue",
	Doc: finding.Doc{
		Summary: "An except clause (bare or `except Exception`) whose only statement is `continue`.",
		Why: "Skipping to the next loop iteration on any error hides failures, including security-relevant ones, " +
			"and can leave work half done without a trace.",
		Bad:  "for path in paths:\n    try:\n        verify(path)\n    except Exception:\n        continue\n",
		Good: "for path in paths:\n    try:\n        verify(path)\n    except VerificationError as e:\n        log.error(\"skipping %s: %s\", path, e)\n        continue\n",
		Remediation: "Catch specific exceptions and log them before continuing. " +
			"`try_except_continue: {check_typed_exception: true}` also reports typed handlers.",
		References: []string{finding.CWELink(703)},
	},
}

type tmpSettings struct{ dirs []string }

type exceptSettings struct{ typed bool }

var defaultTmpDirs = []string{"/tmp", "/var/tmp", "/dev/shm"}

func init() {
	checks.Register(&checks.Check{Rule: ruleB103, Kinds: []checks.Kind{checks.KindCall}, Run: runB103})
	checks.Register(&checks.Check{Rule: ruleB104, Kinds: []checks.Kind{checks.KindStr},
		Run: func(ctx *checks.Context, _ any) *checks.Issue {
			if ctx.StringValue() == "0.0.0.0" {
				return &checks.Issue{Severity: finding.Medium, Confidence: finding.Medium, Text: "Possible binding to all interfaces."}
			}
			return nil
		}})

	checks.RegisterPluginDefaults("hardcoded_tmp_directory", map[string]any{"tmp_dirs": append([]string(nil), defaultTmpDirs...)})
	checks.Register(&checks.Check{Rule: ruleB108, Kinds: []checks.Kind{checks.KindStr},
		Prepare: func(opts map[string]any) any {
			return tmpSettings{dirs: checks.OptStrings(opts, "tmp_dirs", defaultTmpDirs)}
		},
		Run: func(ctx *checks.Context, s any) *checks.Issue {
			v := ctx.StringValue()
			for _, d := range s.(tmpSettings).dirs {
				if strings.HasPrefix(v, d) {
					return &checks.Issue{Severity: finding.Medium, Confidence: finding.Medium, Text: "Probable insecure usage of temp file/directory."}
				}
			}
			return nil
		}})

	for _, e := range []struct {
		rule *finding.Rule
		key  string
		body func(ast.Stmt) bool
		text string
	}{
		{ruleB110, "try_except_pass", func(s ast.Stmt) bool { _, ok := s.(*ast.Pass); return ok }, "Try, Except, Pass detected."},
		{ruleB112, "try_except_continue", func(s ast.Stmt) bool { _, ok := s.(*ast.Continue); return ok }, "Try, Except, Continue detected."},
	} {
		checks.RegisterPluginDefaults(e.key, map[string]any{"check_typed_exception": false})
		checks.Register(&checks.Check{Rule: e.rule, Kinds: []checks.Kind{checks.KindExceptHandler},
			Prepare: func(opts map[string]any) any {
				return exceptSettings{typed: checks.OptBool(opts, "check_typed_exception", false)}
			},
			Run: func(ctx *checks.Context, s any) *checks.Issue {
				h := ctx.Node.(*ast.ExceptHandler)
				if len(h.Body) != 1 {
					return nil
				}
				if !s.(exceptSettings).typed && h.Type != nil {
					if n, ok := h.Type.(*ast.Name); !ok || n.ID != "Exception" {
						return nil
					}
				}
				if e.body(h.Body[0]) {
					return &checks.Issue{Severity: finding.Low, Confidence: finding.High, Text: e.text}
				}
				return nil
			}})
	}
}

// runB103: "chmod" in the unqualified name, two positional args, a literal
// int mode with group/other write or execute bits.
func runB103(ctx *checks.Context, _ any) *checks.Issue {
	if ctx.ArgCount() != 2 || !strings.Contains(ctx.Name(), "chmod") {
		return nil
	}
	var mode *big.Int
	switch m := ctx.ArgAt(1).(type) {
	case int64:
		mode = big.NewInt(m)
	case *big.Int:
		mode = m
	default:
		return nil
	}
	bits := new(big.Int).And(mode, big.NewInt(0o033)).Int64()
	if bits == 0 {
		return nil
	}
	sev := finding.Medium
	if bits&0o002 != 0 {
		sev = finding.High
	}
	name := "NOT PARSED"
	if a := ctx.ArgAt(0); a != nil && truthy(a) {
		name = checks.PyStr(a)
	}
	return &checks.Issue{Severity: sev, Confidence: finding.High,
		Text: fmt.Sprintf("Chmod setting a permissive mask %s on file (%s).", pyOct(mode), name)}
}

// truthy is Python truthiness for literal values (bandit's `x or default`).
func truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case string:
		return x != ""
	case int64:
		return x != 0
	case float64:
		return x != 0
	case *big.Int:
		return x.Sign() != 0
	case ast.Bytes:
		return x != ""
	case checks.ListLit:
		return len(x) > 0
	case checks.TupleLit:
		return len(x) > 0
	case checks.SetLit:
		return len(x) > 0
	}
	return true
}

func pyOct(n *big.Int) string {
	if n.Sign() < 0 {
		return "-0o" + new(big.Int).Neg(n).Text(8)
	}
	if n.IsInt64() {
		return "0o" + strconv.FormatInt(n.Int64(), 8)
	}
	return "0o" + n.Text(8)
}
