// Package frameworks documents krait's framework best-practice checks, in
// the K201–K499 range (K1xx belongs to checks/krait), which live in its
// sub-packages:
//
//	web      K201–K219  cross-framework web settings
//	  K201 web_debug_mode                  debug modes, debuggers, traceback pages
//	  K202 web_secret_key_hardcoded        signing keys written in the source
//	  K203 allowed_hosts_wildcard          Host validation off (ALLOWED_HOSTS '*')
//	  K204 cookie_without_secure           cookies and session cookies without Secure
//	  K205 cookie_without_httponly         cookies and session cookies without HttpOnly
//	  K206 cookie_samesite_none            cookies marked SameSite=None
//	  K207 cors_wildcard_with_credentials  CORS '*' together with credentials
//	  K208 csrf_protection_disabled        CSRF protection off application-wide
//	  K209 csrf_exempt_view                a view exempted from CSRF checks
//	  K210 template_autoescape_off         autoescaping off (where B701 does not look)
//	django   K221–K229  Django-only settings and forms
//	jwt      K231–K239  JSON Web Token verification
//	ml       K241–K249  model loading (Keras safe_mode, trust_remote_code)
//	secrets  K251–K259  credentials, password hashing, sensitive logging
//
// Rules never duplicate a bandit id: where bandit already reports a
// pattern (B201 app.run(debug=True) in Flask modules, B701 jinja2
// autoescape, B703 mark_safe, B105/B106 password-named literals) the
// K rule covers only what bandit misses or says it more precisely.
//
// The check API dispatches no assignment statements, so settings written
// as assignments are read once per file (KindFile): such a rule reports
// the first offending line of a file and names the others in its message.
package frameworks
