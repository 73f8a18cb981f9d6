// Package jwt holds krait's JSON Web Token checks (K231–K239) for PyJWT
// and python-jose: signature verification switched off and the "none"
// algorithm.
package jwt

import (
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/checks/frameworks/internal/pyx"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

var ruleNoVerify = &finding.Rule{
	ID: "K231", Name: "jwt_signature_verification_disabled", Severity: finding.High, Confidence: finding.High, CWE: 347,
	MoreInfo: checks.KraitURL("K231"),
	Doc: finding.Doc{
		Summary: "A JWT is decoded with signature verification switched off: jwt.decode(..., options={\"verify_signature\": False}) " +
			"(PyJWT 2, python-jose) or jwt.decode(..., verify=False) (PyJWT 1).",
		Why: "Without the signature check anyone can write a token with any claims (user id, roles, expiry) and the " +
			"application will believe it: authentication and authorisation are bypassed.",
		Bad:         "import jwt\nclaims = jwt.decode(token, options={\"verify_signature\": False})\n",
		Good:        "import jwt\nclaims = jwt.decode(token, key, algorithms=[\"RS256\"], audience=\"my-api\")\n",
		Remediation: "Always verify with the issuer's key and a fixed algorithms list; to read a header before verification use jwt.get_unverified_header and verify right after.",
		References: []string{"https://pyjwt.readthedocs.io/en/stable/api.html#jwt.decode",
			"https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html", finding.CWELink(347)},
	},
}

var ruleNone = &finding.Rule{
	ID: "K232", Name: "jwt_none_algorithm", Severity: finding.High, Confidence: finding.High, CWE: 327,
	MoreInfo: checks.KraitURL("K232"),
	Doc: finding.Doc{
		Summary:     "The JWT \"none\" algorithm is accepted by jwt.decode(algorithms=[..., \"none\"]) or used by jwt.encode(..., algorithm=\"none\").",
		Why:         "\"none\" means an unsigned token: accepting it lets anyone forge tokens, issuing it produces tokens nobody can trust.",
		Bad:         "import jwt\nclaims = jwt.decode(token, key, algorithms=[\"HS256\", \"none\"])\n",
		Good:        "import jwt\nclaims = jwt.decode(token, key, algorithms=[\"HS256\"])\n",
		Remediation: "List only the signing algorithms you issue (for example [\"RS256\"]) and never \"none\".",
		References:  []string{"https://datatracker.ietf.org/doc/html/rfc8725#section-3.1", finding.CWELink(327)},
	},
}

var ruleKey = &finding.Rule{
	ID: "K233", Name: "jwt_hardcoded_key", Severity: finding.High, Confidence: finding.Medium, CWE: 798,
	MoreInfo: checks.KraitURL("K233"),
	Doc: finding.Doc{
		Summary:     "jwt.encode or jwt.decode (PyJWT, python-jose) is given its signing key as a string literal.",
		Why:         "Anyone who can read the source can sign tokens the application accepts, with any user id and role.",
		Bad:         "import jwt\ntoken = jwt.encode({\"sub\": user_id}, \"my-jwt-secret\", algorithm=\"HS256\")\n",
		Good:        "import os\nimport jwt\ntoken = jwt.encode({\"sub\": user_id}, os.environ[\"JWT_SECRET\"], algorithm=\"HS256\")\n",
		Remediation: "Load the key from the environment or a secret store (or use an asymmetric key pair kept outside the code) and rotate any key that was committed.",
		References:  []string{"https://pyjwt.readthedocs.io/en/stable/usage.html", finding.CWELink(798)},
	},
}

// decoders and encoders of PyJWT and python-jose, after alias resolution.
var decoders = map[string]bool{"jwt.decode": true, "jwt.api_jwt.decode": true, "jose.jwt.decode": true}
var encoders = map[string]bool{"jwt.encode": true, "jwt.api_jwt.encode": true, "jose.jwt.encode": true}

func isJWTCall(q string, set map[string]bool) bool { return set[q] }

func lastPart(q string) string { return q[strings.LastIndexByte(q, '.')+1:] }

func init() {
	names := checks.Names("decode", "encode")
	checks.Register(&checks.Check{Rule: ruleNoVerify, Kinds: []checks.Kind{checks.KindCall}, CallNames: names, Run: func(ctx *checks.Context, _ any) *checks.Issue {
		call, _ := ctx.Node.(*ast.Call)
		if !isJWTCall(ctx.QualName(), decoders) {
			return nil
		}
		v := pyx.Keyword(call, "verify")
		if v == nil && ctx.QualName() != "jose.jwt.decode" {
			v = pyx.Arg(call, 2, "") // PyJWT 1.x: decode(jwt, key, verify)
		}
		if pyx.IsFalse(v) {
			return &checks.Issue{Severity: finding.High, Confidence: finding.High, Line: pyx.Line(v), Text: "jwt.decode(verify=False) accepts tokens without checking their signature."}
		}
		opts, _ := pyx.Keyword(call, "options").(*ast.Dict)
		if v := pyx.DictGet(opts, "verify_signature"); pyx.IsFalse(v) {
			return &checks.Issue{Severity: finding.High, Confidence: finding.High, Line: pyx.Line(v), Text: "jwt.decode with verify_signature False accepts tokens without checking their signature."}
		}
		return nil
	}})
	checks.Register(&checks.Check{Rule: ruleKey, Kinds: []checks.Kind{checks.KindCall}, CallNames: names, Run: func(ctx *checks.Context, _ any) *checks.Issue {
		call, _ := ctx.Node.(*ast.Call)
		q := ctx.QualName()
		if !isJWTCall(q, decoders) && !isJWTCall(q, encoders) {
			return nil
		}
		v := pyx.Arg(call, 1, "key")
		if s, ok := pyx.Str(v); ok && strings.TrimSpace(s) != "" && !strings.Contains(s, "PUBLIC KEY") {
			return &checks.Issue{Severity: finding.High, Confidence: finding.Medium, Line: pyx.Line(v), Text: lastPart(q) + " with a hard-coded key: anyone with the source can forge tokens."}
		}
		return nil
	}})
	checks.Register(&checks.Check{Rule: ruleNone, Kinds: []checks.Kind{checks.KindCall}, CallNames: names, Run: func(ctx *checks.Context, _ any) *checks.Issue {
		call, _ := ctx.Node.(*ast.Call)
		q := ctx.QualName()
		switch {
		case isJWTCall(q, decoders):
			v := pyx.Keyword(call, "algorithms")
			if elts, ok := pyx.Elts(v); ok {
				for _, e := range elts {
					if s, ok := pyx.Str(e); ok && strings.EqualFold(s, "none") {
						return &checks.Issue{Severity: finding.High, Confidence: finding.High, Line: pyx.Line(e), Text: "jwt.decode accepts the 'none' algorithm: unsigned tokens pass."}
					}
				}
			}
		case isJWTCall(q, encoders):
			if v := pyx.Arg(call, 2, "algorithm"); v != nil {
				if s, ok := pyx.Str(v); ok && strings.EqualFold(s, "none") {
					return &checks.Issue{Severity: finding.High, Confidence: finding.High, Line: pyx.Line(v), Text: "jwt.encode with algorithm 'none' issues unsigned tokens."}
				}
			}
		}
		return nil
	}})
}
