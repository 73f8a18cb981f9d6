// Package django holds krait's Django-only checks (K221–K229): weak
// password hashers, the pickle session serializer, HTTPS redirects turned
// off, mass assignment through ModelForms and DRF serializers,
// pre-formatted format_html strings, clickjacking protection off and an
// empty password-validator list. The
// cross-framework settings (DEBUG, SECRET_KEY, ALLOWED_HOSTS, cookies,
// CSRF, autoescape) are in checks/frameworks/web.
package django

import (
	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/checks/frameworks/internal/pyx"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

func rule(id, name string, sev, conf finding.Level, cwe int, doc finding.Doc) *finding.Rule {
	doc.References = append(doc.References, finding.CWELink(cwe))
	return &finding.Rule{ID: id, Name: name, Severity: sev, Confidence: conf, CWE: cwe, MoreInfo: checks.KraitURL(id), Doc: doc}
}

var ruleHasher = rule("K221", "django_weak_password_hasher", finding.High, finding.High, 916, finding.Doc{
	Summary: "PASSWORD_HASHERS puts a fast or unsalted hasher first (MD5PasswordHasher, UnsaltedMD5PasswordHasher, SHA1PasswordHasher, UnsaltedSHA1PasswordHasher, CryptPasswordHasher).",
	Why: "Django hashes new passwords with the first hasher. MD5/SHA-1 and crypt are fast (billions of guesses per " +
		"second on a GPU) and the unsalted variants fall to precomputed tables: a leaked user table becomes plain passwords.",
	Bad:         "PASSWORD_HASHERS = [\n    \"django.contrib.auth.hashers.MD5PasswordHasher\",\n]\n",
	Good:        "PASSWORD_HASHERS = [\n    \"django.contrib.auth.hashers.Argon2PasswordHasher\",\n    \"django.contrib.auth.hashers.PBKDF2PasswordHasher\",\n]\n",
	Remediation: "Put Argon2PasswordHasher, ScryptPasswordHasher or PBKDF2PasswordHasher first; keep weak hashers only after them, to upgrade old hashes on login.",
	References:  []string{"https://docs.djangoproject.com/en/stable/topics/auth/passwords/"},
})

var rulePickle = rule("K222", "django_pickle_session_serializer", finding.High, finding.High, 502, finding.Doc{
	Summary: "SESSION_SERIALIZER is PickleSerializer.",
	Why: "Session data is unpickled on every request; whoever can write a session (anyone who knows SECRET_KEY when " +
		"sessions live in signed cookies, or who can write the cache/database) runs code on the server.",
	Bad:         "SESSION_SERIALIZER = \"django.contrib.sessions.serializers.PickleSerializer\"\n",
	Good:        "SESSION_SERIALIZER = \"django.contrib.sessions.serializers.JSONSerializer\"\n",
	Remediation: "Use the default JSONSerializer and store only JSON-serialisable values in sessions.",
	References:  []string{"https://docs.djangoproject.com/en/stable/topics/http/sessions/#session-serialization"},
})

var ruleSSLRedirect = rule("K223", "django_ssl_redirect_disabled", finding.Low, finding.Medium, 319, finding.Doc{
	Summary:     "SECURE_SSL_REDIRECT = False in a Django settings module.",
	Why:         "Without the redirect, plain-HTTP requests are served as they come, so logins and session cookies can travel unencrypted.",
	Bad:         "ROOT_URLCONF = \"site.urls\"\nSECURE_SSL_REDIRECT = False\n",
	Good:        "ROOT_URLCONF = \"site.urls\"\nSECURE_SSL_REDIRECT = True\n",
	Remediation: "Set SECURE_SSL_REDIRECT = True (with SecurityMiddleware and HSTS), or redirect to HTTPS at the proxy and say so in a comment with # nosec.",
	References:  []string{"https://docs.djangoproject.com/en/stable/ref/settings/#secure-ssl-redirect"},
})

var ruleMassAssign = rule("K224", "django_mass_assignment", finding.Medium, finding.Medium, 915, finding.Doc{
	Summary: "A ModelForm, DRF ModelSerializer or generic CreateView/UpdateView exposes every model field (fields = \"__all__\", or exclude instead of an allow-list).",
	Why: "Every model field becomes writable from the request, including ones added later such as is_staff, " +
		"is_superuser, owner or price: a user can set them by adding a form field (mass assignment).",
	Bad: "from django import forms\n\nclass ProfileForm(forms.ModelForm):\n    class Meta:\n" +
		"        model = Profile\n        fields = \"__all__\"\n",
	Good: "from django import forms\n\nclass ProfileForm(forms.ModelForm):\n    class Meta:\n" +
		"        model = Profile\n        fields = [\"display_name\", \"bio\"]\n",
	Remediation: "List the editable fields explicitly in fields = [...].",
	References: []string{"https://docs.djangoproject.com/en/stable/topics/forms/modelforms/#selecting-the-fields-to-use",
		"https://cheatsheetseries.owasp.org/cheatsheets/Mass_Assignment_Cheat_Sheet.html"},
})

var weakHashers = map[string]bool{
	"django.contrib.auth.hashers.MD5PasswordHasher":          true,
	"django.contrib.auth.hashers.UnsaltedMD5PasswordHasher":  true,
	"django.contrib.auth.hashers.SHA1PasswordHasher":         true,
	"django.contrib.auth.hashers.UnsaltedSHA1PasswordHasher": true,
	"django.contrib.auth.hashers.CryptPasswordHasher":        true,
}

const pickleSerializer = "django.contrib.sessions.serializers.PickleSerializer"

func weakFirstHasher(v ast.Expr) (ast.Expr, bool) {
	elts, ok := pyx.Elts(v)
	if !ok || len(elts) == 0 {
		return nil, false
	}
	s, _ := pyx.Str(elts[0])
	return elts[0], weakHashers[s]
}

func isPickle(v ast.Expr) bool {
	s, _ := pyx.Str(v)
	return s == pickleSerializer
}

// settingsCall runs a settings rule on settings.configure(...) keywords.
func settingsCall(ctx *checks.Context, key string, bad func(ast.Expr) (ast.Node, bool), sev, conf finding.Level, text string) *checks.Issue {
	call, ok := ctx.Node.(*ast.Call)
	if !ok || ctx.QualName() != "django.conf.settings.configure" {
		return nil
	}
	if v := pyx.Keyword(call, key); v != nil {
		if n, isBad := bad(v); isBad {
			return &checks.Issue{Severity: sev, Confidence: conf, Line: pyx.Line(n), Text: text}
		}
	}
	return nil
}

// settingsAssign runs a settings rule on a module-level assignment to
// key (the check subscribes to assignments with TargetKeys key).
func settingsAssign(ctx *checks.Context, key string, needSettings bool, bad func(ast.Expr) (ast.Node, bool), sev, conf finding.Level, text string) *checks.Issue {
	switch ctx.Node.(type) {
	case *ast.Assign, *ast.AnnAssign:
	default:
		return nil
	}
	if needSettings && !pyx.DjangoSettings(ctx) {
		return nil
	}
	var hits []pyx.Hit
	for _, a := range pyx.AssignmentsAt(ctx, pyx.Shallow) {
		if n, ok := a.Target.(*ast.Name); ok && n.ID == key {
			if node, isBad := bad(a.Value); isBad {
				hits = append(hits, pyx.Hit{Node: node, Text: text})
			}
		}
	}
	return pyx.FileIssue(hits, sev, conf)
}

// settingKinds: a settings rule reads assignments and, for
// settings.configure(...), calls.
func settingKinds() []checks.Kind {
	return []checks.Kind{checks.KindCall, checks.KindAssign, checks.KindAnnAssign}
}

func init() {
	configure := checks.Names("configure")

	hasher := func(v ast.Expr) (ast.Node, bool) { return weakFirstHasher(v) }
	checks.Register(&checks.Check{Rule: ruleHasher, Kinds: settingKinds(), CallNames: configure, TargetKeys: checks.Names("PASSWORD_HASHERS"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
		if pyx.IsTestPath(ctx.Filename) {
			return nil // test settings use fast hashers on purpose
		}
		text := "PASSWORD_HASHERS starts with a fast or unsalted hasher: new passwords are stored weakly."
		if is := settingsCall(ctx, "PASSWORD_HASHERS", hasher, finding.High, finding.High, text); is != nil {
			return is
		}
		return settingsAssign(ctx, "PASSWORD_HASHERS", false, hasher, finding.High, finding.High, text)
	}})

	pickle := func(v ast.Expr) (ast.Node, bool) { return v, isPickle(v) }
	checks.Register(&checks.Check{Rule: rulePickle, Kinds: settingKinds(), CallNames: configure, TargetKeys: checks.Names("SESSION_SERIALIZER"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
		text := "SESSION_SERIALIZER = PickleSerializer: session data is unpickled on every request."
		if is := settingsCall(ctx, "SESSION_SERIALIZER", pickle, finding.High, finding.High, text); is != nil {
			return is
		}
		return settingsAssign(ctx, "SESSION_SERIALIZER", false, pickle, finding.High, finding.High, text)
	}})

	sslOff := func(v ast.Expr) (ast.Node, bool) { return v, pyx.IsFalse(v) }
	checks.Register(&checks.Check{Rule: ruleSSLRedirect, Kinds: []checks.Kind{checks.KindAssign, checks.KindAnnAssign},
		TargetKeys: checks.Names("SECURE_SSL_REDIRECT"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
			return settingsAssign(ctx, "SECURE_SSL_REDIRECT", true, sslOff, finding.Low, finding.Medium,
				"SECURE_SSL_REDIRECT = False: plain-HTTP requests are not redirected to HTTPS.")
		}})

	checks.Register(&checks.Check{Rule: ruleMassAssign, Kinds: []checks.Kind{checks.KindStr}, Run: runMassAssign})
}
