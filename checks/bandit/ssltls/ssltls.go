// Package ssltls holds bandit's TLS, certificate, SSH host key and SNMP
// checks: B501–B504, B507–B509.
package ssltls

import (
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

var ruleB501 = &finding.Rule{
	ID: "B501", Name: "request_with_no_cert_validation", Severity: finding.High, Confidence: finding.High, CWE: 295,
	MoreInfo: checks.PluginURL("B501", "request_with_no_cert_validation"),
	Doc: finding.Doc{
		Summary: "requests/httpx calls with verify=False.",
		Why: "Without certificate validation anyone on the network path can impersonate the server " +
			"(man-in-the-middle) and read or alter the traffic, credentials included.",
		Bad:         "import requests\nrequests.get(\"https://api.example.com\", verify=False)\n",
		Good:        "import requests\nrequests.get(\"https://api.example.com\", verify=True, timeout=10)\n# private CA: verify=\"/etc/ssl/my-ca.pem\"\n",
		Remediation: "Keep verify=True (the default); for a private CA pass verify= the CA bundle path instead of disabling checks.",
		References:  []string{finding.CWELink(295), "https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification"},
	},
}

func tlsDoc(summary, bad, good string) finding.Doc {
	return finding.Doc{
		Summary: summary,
		Why: "SSLv2, SSLv3, TLS 1.0 and TLS 1.1 have known practical attacks (POODLE, BEAST, DROWN...) and " +
			"are disabled by modern peers; a connection negotiated with them can be decrypted or downgraded.",
		Bad:  bad,
		Good: good,
		Remediation: "Use ssl.create_default_context() (or SSLContext(ssl.PROTOCOL_TLS_CLIENT)) and set " +
			"context.minimum_version = ssl.TLSVersion.TLSv1_2; with pyOpenSSL use TLS_METHOD with " +
			"OP_NO_SSLv2/OP_NO_SSLv3/OP_NO_TLSv1/OP_NO_TLSv1_1. The bad versions are the `ssl_with_bad_version` option.",
		References: []string{finding.CWELink(327), "https://docs.python.org/3/library/ssl.html#security-considerations"},
	}
}

var ruleB502 = &finding.Rule{
	ID: "B502", Name: "ssl_with_bad_version", Severity: finding.High, Confidence: finding.High, CWE: 327,
	MoreInfo: checks.PluginURL("B502", "ssl_with_bad_version"), ConfigKey: "ssl_with_bad_version",
	Doc: tlsDoc("Calls selecting an insecure SSL/TLS protocol version.",
		"import ssl\nctx = ssl.SSLContext(ssl_version=ssl.PROTOCOL_TLSv1)\n",
		"import ssl\nctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1_2\n"),
}

var ruleB503 = &finding.Rule{
	ID: "B503", Name: "ssl_with_bad_defaults", Severity: finding.Medium, Confidence: finding.Medium, CWE: 327,
	MoreInfo: checks.PluginURL("B503", "ssl_with_bad_defaults"), ConfigKey: "ssl_with_bad_version",
	Doc: tlsDoc("Function parameters defaulting to an insecure SSL/TLS protocol version.",
		"import ssl\ndef connect(host, version=ssl.PROTOCOL_SSLv3):\n    ...\n",
		"import ssl\ndef connect(host, version=ssl.PROTOCOL_TLS_CLIENT):\n    ...\n"),
}

var ruleB504 = &finding.Rule{
	ID: "B504", Name: "ssl_with_no_version", Severity: finding.Low, Confidence: finding.Medium, CWE: 327,
	MoreInfo: checks.PluginURL("B504", "ssl_with_no_version"),
	Doc: tlsDoc("ssl.wrap_socket calls without an explicit ssl_version.",
		"import ssl\nsock = ssl.wrap_socket(raw)\n",
		"import ssl\nctx = ssl.create_default_context()\nsock = ctx.wrap_socket(raw, server_hostname=host)\n"),
}

var ruleB507 = &finding.Rule{
	ID: "B507", Name: "ssh_no_host_key_verification", Severity: finding.High, Confidence: finding.Medium, CWE: 295,
	MoreInfo: checks.PluginURL("B507", "ssh_no_host_key_verification"),
	Doc: finding.Doc{
		Summary:     "paramiko clients trusting unknown host keys (AutoAddPolicy, WarningPolicy).",
		Why:         "Accepting any host key lets a man-in-the-middle impersonate the SSH server and capture credentials and data.",
		Bad:         "import paramiko\nclient = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\n",
		Good:        "import paramiko\nclient = paramiko.SSHClient()\nclient.load_system_host_keys()\nclient.set_missing_host_key_policy(paramiko.RejectPolicy())\n",
		Remediation: "Load known host keys (load_system_host_keys / load_host_keys) and use RejectPolicy.",
		References:  []string{finding.CWELink(295), "https://docs.paramiko.org/en/stable/api/client.html"},
	},
}

func snmpDoc(summary, bad, good string) finding.Doc {
	return finding.Doc{
		Summary: summary,
		Why: "SNMPv1/v2c send the community string in clear text, and SNMPv3 without authPriv sends data " +
			"unencrypted; anyone on the path can read or forge management traffic.",
		Bad:  bad,
		Good: good,
		Remediation: "Use SNMPv3 with authentication and privacy: UsmUserData(user, authKey, privKey, " +
			"authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol).",
		References: []string{finding.CWELink(319), "https://pysnmp.readthedocs.io/"},
	}
}

var ruleB508 = &finding.Rule{
	ID: "B508", Name: "snmp_insecure_version_check", Severity: finding.Medium, Confidence: finding.High, CWE: 319,
	MoreInfo: checks.PluginURL("B508", "snmp_insecure_version_check"), Aliases: []string{"snmp_insecure_version"},
	Doc: snmpDoc("pysnmp CommunityData with mpModel=0 or 1 (SNMPv1/v2c).",
		"from pysnmp.hlapi import CommunityData\nauth = CommunityData(\"public\", mpModel=0)\n",
		"from pysnmp.hlapi import UsmUserData\nauth = UsmUserData(\"user\", auth_key, priv_key)\n"),
}

var ruleB509 = &finding.Rule{
	ID: "B509", Name: "snmp_crypto_check", Severity: finding.Medium, Confidence: finding.High, CWE: 319,
	MoreInfo: checks.PluginURL("B509", "snmp_crypto_check"), Aliases: []string{"snmp_weak_cryptography"},
	Doc: snmpDoc("pysnmp UsmUserData without both an authentication and a privacy key.",
		"from pysnmp.hlapi import UsmUserData\nauth = UsmUserData(\"user\")\n",
		"from pysnmp.hlapi import UsmUserData\nauth = UsmUserData(\"user\", auth_key, priv_key)\n"),
}

var defaultBadVersions = []string{"PROTOCOL_SSLv2", "SSLv2_METHOD", "SSLv23_METHOD", "PROTOCOL_SSLv3", "PROTOCOL_TLSv1",
	"SSLv3_METHOD", "TLSv1_METHOD", "PROTOCOL_TLSv1_1", "TLSv1_1_METHOD"}

type badVersions map[string]bool

func prepareBad(opts map[string]any) any {
	return badVersions(checks.OptSet(opts, "bad_protocol_versions", defaultBadVersions))
}

// kwBad: the keyword's attr/literal value is a string in the bad list.
func kwBad(ctx *checks.Context, bad badVersions, name string) bool {
	s, ok := ctx.KeywordValue(name).(string)
	return ok && bad[s]
}

func init() {
	call := []checks.Kind{checks.KindCall}
	checks.RegisterPluginDefaults("ssl_with_bad_version", map[string]any{"bad_protocol_versions": append([]string(nil), defaultBadVersions...)})

	checks.Register(&checks.Check{Rule: ruleB501, Kinds: call, CallNames: httpxNames, Run: func(ctx *checks.Context, _ any) *checks.Issue {
		q := ctx.QualName()
		root, _, _ := strings.Cut(q, ".")
		name := ctx.Name()
		if !(root == "requests" && httpVerbs[name] || root == "httpx" && httpxAttrs[name]) {
			return nil
		}
		if ctx.KeywordIs("verify", "False") != checks.Match {
			return nil
		}
		return &checks.Issue{Severity: finding.High, Confidence: finding.High, Line: ctx.KeywordLine("verify"),
			Text: "Call to " + root + " with verify=False disabling SSL certificate checks, security issue."}
	}})
	checks.Register(&checks.Check{Rule: ruleB502, Kinds: call, Prepare: prepareBad, Run: func(ctx *checks.Context, s any) *checks.Issue {
		bad := s.(badVersions)
		if !ctx.HasKeyword("ssl_version") && !ctx.HasKeyword("method") {
			return nil // every branch needs one of them
		}
		switch ctx.QualName() {
		case "ssl.wrap_socket":
			if kwBad(ctx, bad, "ssl_version") {
				return &checks.Issue{Severity: finding.High, Confidence: finding.High, Line: ctx.KeywordLine("ssl_version"),
					Text: "ssl.wrap_socket call with insecure SSL/TLS protocol version identified, security issue."}
			}
		case "pyOpenSSL.SSL.Context":
			if kwBad(ctx, bad, "method") {
				return &checks.Issue{Severity: finding.High, Confidence: finding.High, Line: ctx.KeywordLine("method"),
					Text: "SSL.Context call with insecure SSL/TLS protocol version identified, security issue."}
			}
		default:
			if kwBad(ctx, bad, "method") || kwBad(ctx, bad, "ssl_version") {
				line := ctx.KeywordLine("method")
				if line == 0 {
					line = ctx.KeywordLine("ssl_version")
				}
				return &checks.Issue{Severity: finding.Medium, Confidence: finding.Medium, Line: line,
					Text: "Function call with insecure SSL/TLS protocol identified, possible security issue."}
			}
		}
		return nil
	}})
	checks.Register(&checks.Check{Rule: ruleB503, Kinds: []checks.Kind{checks.KindFunctionDef}, Prepare: prepareBad,
		Run: func(ctx *checks.Context, s any) *checks.Issue {
			args := ctx.Node.(*ast.FunctionDef).Args
			if args == nil {
				return nil
			}
			bad := s.(badVersions)
			for _, d := range args.Defaults {
				q := ctx.QualAttr(d)
				if i := strings.LastIndexByte(q, '.'); i >= 0 {
					q = q[i+1:]
				}
				if bad[q] {
					return &checks.Issue{Severity: finding.Medium, Confidence: finding.Medium,
						Text: "Function definition identified with insecure SSL/TLS protocol version by default, possible security issue."}
				}
			}
			return nil
		}})
	checks.Register(&checks.Check{Rule: ruleB504, Kinds: call, CallNames: checks.Names("wrap_socket"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
		if ctx.QualName() == "ssl.wrap_socket" && ctx.KeywordIs("ssl_version") == checks.NotFound {
			return &checks.Issue{Severity: finding.Low, Confidence: finding.Medium, Line: ctx.KeywordLine("ssl_version"),
				Text: "ssl.wrap_socket call with no SSL/TLS protocol version specified, the default SSLv23 could be insecure, possible security issue."}
		}
		return nil
	}})
	checks.Register(&checks.Check{Rule: ruleB507, Kinds: call, CallNames: checks.Names("set_missing_host_key_policy"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
		c := ctx.Call()
		if ctx.Name() != "set_missing_host_key_policy" || len(c.Args) == 0 || !ctx.ImportedLike("paramiko") {
			return nil
		}
		var val string
		switch a := c.Args[0].(type) {
		case *ast.Attribute:
			val = a.Attr
		case *ast.Name:
			val = a.ID
		case *ast.Call:
			switch f := a.Func.(type) {
			case *ast.Attribute:
				val = f.Attr
			case *ast.Name:
				val = f.ID
			}
		}
		if val == "AutoAddPolicy" || val == "WarningPolicy" {
			return &checks.Issue{Severity: finding.High, Confidence: finding.Medium,
				Text: "Paramiko call with policy set to automatically trust the unknown host key."}
		}
		return nil
	}})
	checks.Register(&checks.Check{Rule: ruleB508, Kinds: call, CallNames: checks.Names("CommunityData"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
		if ctx.QualName() == "pysnmp.hlapi.CommunityData" && ctx.KeywordIs("mpModel", int64(0), int64(1)) == checks.Match {
			return &checks.Issue{Severity: finding.Medium, Confidence: finding.High,
				Text: "The use of SNMPv1 and SNMPv2 is insecure. You should use SNMPv3 if able."}
		}
		return nil
	}})
	checks.Register(&checks.Check{Rule: ruleB509, Kinds: call, CallNames: checks.Names("UsmUserData"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
		if ctx.QualName() == "pysnmp.hlapi.UsmUserData" && ctx.ArgCount() < 3 {
			return &checks.Issue{Severity: finding.Medium, Confidence: finding.High,
				Text: "You should not use SNMPv3 without encryption. noAuthNoPriv & authNoPriv is insecure"}
		}
		return nil
	}})
}

var httpVerbs = map[string]bool{"get": true, "options": true, "head": true, "post": true, "put": true, "patch": true, "delete": true}

var httpxAttrs = map[string]bool{"get": true, "options": true, "head": true, "post": true, "put": true, "patch": true,
	"delete": true, "request": true, "stream": true, "Client": true, "AsyncClient": true}

func httpxNames(any) []string {
	out := make([]string, 0, len(httpxAttrs))
	for k := range httpxAttrs {
		out = append(out, k)
	}
	return out
}
