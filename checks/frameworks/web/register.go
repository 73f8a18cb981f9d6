package web

import (
	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
)

func init() {
	// settings written as assignments are checked statement by statement
	// (KindAssign/KindAnnAssign, restricted by TargetKeys), str constants
	// only when they are one of the setting names read (StrValues)
	callStrAssign := []checks.Kind{checks.KindCall, checks.KindStr, checks.KindAssign, checks.KindAnnAssign}
	callAssign := []checks.Kind{checks.KindCall, checks.KindAssign, checks.KindAnnAssign}
	checks.Register(&checks.Check{Rule: ruleDebug, Kinds: callStrAssign, Run: runDebug, CallNames: debugCallNames,
		StrValues: debugStrings, TargetKeys: checks.Names("DEBUG", "debug")})
	checks.Register(&checks.Check{Rule: ruleSecretKey, Kinds: callStrAssign, Run: runSecret, CallNames: secretCallNames,
		StrValues: secretStrings, TargetKeys: checks.Names("SECRET_KEY", "secret_key", "KEY")})
	checks.Register(&checks.Check{Rule: ruleHosts, Kinds: callAssign, Run: runHosts, CallNames: hostsCallNames,
		TargetKeys: checks.Names("ALLOWED_HOSTS")})
	for _, c := range []struct {
		rule *finding.Rule
		flag cookieFlag
	}{{ruleCookieSecure, flagSecure}, {ruleCookieHTTPOnly, flagHTTPOnly}, {ruleCookieSameSite, flagSameSite}} {
		checks.Register(&checks.Check{Rule: c.rule, Kinds: callStrAssign, Run: runCookie(c.flag), CallNames: cookieCallNames,
			StrValues: cookieStrings, TargetKeys: cookieTargetKeys})
	}
	// django-cors-headers settings relate two assignments: read per file
	checks.Register(&checks.Check{Rule: ruleCORS, Kinds: []checks.Kind{checks.KindFile, checks.KindCall}, Run: runCORS, CallNames: corsCallNames})
	checks.Register(&checks.Check{Rule: ruleCSRFOff, Kinds: []checks.Kind{checks.KindCall, checks.KindStr, checks.KindFunctionDef, checks.KindAssign, checks.KindAnnAssign},
		Run: runCSRFOff, CallNames: csrfOffCallNames, StrValues: csrfOffStrings, TargetKeys: csrfOffTargetKeys})
	checks.Register(&checks.Check{Rule: ruleCSRFExempt, Kinds: []checks.Kind{checks.KindCall, checks.KindFunctionDef, checks.KindAsyncFunctionDef},
		Run: runCSRFExempt, CallNames: csrfExemptCallNames})
	checks.Register(&checks.Check{Rule: ruleStatic, Kinds: []checks.Kind{checks.KindCall}, Run: runStatic, CallNames: staticCallNames})
	checks.Register(&checks.Check{Rule: ruleWSOrigin, Kinds: []checks.Kind{checks.KindFunctionDef}, Run: runWSOrigin})
	checks.Register(&checks.Check{Rule: ruleAutoescape, Kinds: callAssign, Run: runAutoescape, CallNames: autoescapeCallNames,
		TargetKeys: checks.Names("autoescape", "jinja_options", "TEMPLATES")})
}
