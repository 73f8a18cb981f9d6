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
//	  K211 static_files_unsafe_options     static files following symlinks, directory listings
//	  K212 websocket_origin_unchecked      Tornado check_origin returning True
//	django   K221–K229  Django-only settings, forms and helpers
//	  K221 django_weak_password_hasher     MD5/SHA1/unsalted/crypt hasher first
//	  K222 django_pickle_session_serializer PickleSerializer for sessions
//	  K223 django_ssl_redirect_disabled    SECURE_SSL_REDIRECT = False
//	  K224 django_mass_assignment          fields = "__all__" / exclude in forms, serializers, edit views
//	  K225 django_format_html_prebuilt     format_html of an already formatted string
//	  K226 django_clickjacking_protection_off  xframe_options_exempt, X_FRAME_OPTIONS not DENY/SAMEORIGIN
//	  K227 django_password_validators_empty AUTH_PASSWORD_VALIDATORS = []
//	jwt      K231–K239  JSON Web Token verification
//	  K231 jwt_signature_verification_disabled
//	  K232 jwt_none_algorithm
//	  K233 jwt_hardcoded_key
//	ml       K241–K249  model loading
//	  K241 keras_unsafe_deserialization    load_model(safe_mode=False), enable_unsafe_deserialization()
//	  K242 trust_remote_code               Hugging Face loaders running repository code
//	secrets  K251–K259  credentials, password hashing, sensitive logging
//	  K251 cosmos_key_hardcoded            Azure Cosmos DB keys in code
//	  K252 known_credential_format         AWS/GitHub/Slack/Stripe/Google/OpenAI/Anthropic keys, PEM private keys
//	  K253 sensitive_data_logged           password/secret/token variables passed to logging
//	  K254 weak_password_hash              passwords hashed with fast hashes
//	  K255 env_secret_hardcoded            secrets written into os.environ or %env as literals
//
// Rules never duplicate a bandit id: where bandit already reports a
// pattern (B201 app.run(debug=True) in Flask modules, B701 jinja2
// autoescape, B703 mark_safe, B105/B106 password-named literals) the
// K rule covers only what bandit misses or says it more precisely.
//
// Settings written as assignments to names and attributes (DEBUG = True,
// app.secret_key = ...) are checked statement by statement (KindAssign and
// KindAnnAssign, restricted to the setting names by TargetKeys), so each
// offending assignment line is its own finding; the nesting rules of
// pyx.Assignments still apply (module-level blocks for Django settings,
// class bodies for config classes, function bodies only in modules
// importing Flask or Quart: app.debug and app.secret_key inside
// create_app()). app.config['KEY'] = ... assignments are seen through
// their str key (KindStr, restricted by StrValues). Only the
// django-cors-headers rule, which relates two settings, reads the module
// once (KindFile).
package frameworks
