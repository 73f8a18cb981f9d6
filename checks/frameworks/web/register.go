package web

import "github.com/kraitsec/krait/checks"

func init() {
	fileCallStr := []checks.Kind{checks.KindFile, checks.KindCall, checks.KindStr}
	fileCall := []checks.Kind{checks.KindFile, checks.KindCall}
	fileCallStrDef := []checks.Kind{checks.KindFile, checks.KindCall, checks.KindStr, checks.KindFunctionDef}
	checks.Register(&checks.Check{Rule: ruleDebug, Kinds: fileCallStr, Run: runDebug, CallNames: debugCallNames})
	checks.Register(&checks.Check{Rule: ruleSecretKey, Kinds: fileCallStr, Run: runSecret, CallNames: secretCallNames})
	checks.Register(&checks.Check{Rule: ruleHosts, Kinds: fileCall, Run: runHosts, CallNames: hostsCallNames})
	checks.Register(&checks.Check{Rule: ruleCookieSecure, Kinds: fileCallStr, Run: runCookie(flagSecure), CallNames: cookieCallNames})
	checks.Register(&checks.Check{Rule: ruleCookieHTTPOnly, Kinds: fileCallStr, Run: runCookie(flagHTTPOnly), CallNames: cookieCallNames})
	checks.Register(&checks.Check{Rule: ruleCookieSameSite, Kinds: fileCallStr, Run: runCookie(flagSameSite), CallNames: cookieCallNames})
	checks.Register(&checks.Check{Rule: ruleCORS, Kinds: fileCall, Run: runCORS, CallNames: corsCallNames})
	checks.Register(&checks.Check{Rule: ruleCSRFOff, Kinds: fileCallStrDef, Run: runCSRFOff, CallNames: csrfOffCallNames})
	checks.Register(&checks.Check{Rule: ruleCSRFExempt, Kinds: []checks.Kind{checks.KindCall, checks.KindFunctionDef, checks.KindAsyncFunctionDef},
		Run: runCSRFExempt, CallNames: csrfExemptCallNames})
	checks.Register(&checks.Check{Rule: ruleStatic, Kinds: []checks.Kind{checks.KindCall}, Run: runStatic, CallNames: staticCallNames})
	checks.Register(&checks.Check{Rule: ruleWSOrigin, Kinds: []checks.Kind{checks.KindFunctionDef}, Run: runWSOrigin})
	checks.Register(&checks.Check{Rule: ruleAutoescape, Kinds: fileCall, Run: runAutoescape, CallNames: autoescapeCallNames})
}
