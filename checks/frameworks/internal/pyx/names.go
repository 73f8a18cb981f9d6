package pyx

import (
	"regexp"
	"strings"

	"github.com/kraitsec/krait/python/ast"
)

// passwordRE matches identifiers that name a password or comparable
// secret (not "token" alone: tokenizers are everywhere; not
// "credentials": usually an object or a list of setting names).
var passwordRE = regexp.MustCompile(`(?i)(^|_)(pass(word|wd|phrase)?|pwd|passwd|secret|api_?key|access_?token|auth_?token|refresh_?token|bearer_?token|private_?key|client_?secret|authorization|auth_?header)($|_)|(?i)^(password|passwd|passphrase|secret|apikey|accesstoken|authtoken|privatekey|clientsecret|authorization)`)

// notCredentialRE excludes names that mention a password but hold no
// secret (lengths, prompts, policies, file paths, flags).
var notCredentialRE = regexp.MustCompile(`(?i)(len|length|prompt|policy|validator|field|file|path|dir|name|hasher|hash_?cls|required|enabled|changed|reset_?url|_?url$|_?form$|label|help|message|msg|hint|min|max|count|attempts|expir|timeout|_re$|regex|pattern|_id$|type$|_class$|manager|mgr|backend|widget|encoding|context|hint|is_|has_|use_|needs_|allow)`)

// PasswordLike reports whether an identifier names a secret value.
func PasswordLike(name string) bool {
	l := strings.ToLower(name)
	if !strings.Contains(l, "pass") && !strings.Contains(l, "pwd") && !strings.Contains(l, "secret") &&
		!strings.Contains(l, "key") && !strings.Contains(l, "token") && !strings.Contains(l, "auth") {
		return false // cheap prefilter before the regular expressions
	}
	if !passwordRE.MatchString(name) {
		return false
	}
	return !notCredentialRE.MatchString(name)
}

// NameOf returns the identifier an expression reads: a Name's id, an
// Attribute's attr, a str-keyed Subscript's key, following `.encode()`
// and `bytes(x, ...)`/`str(x)` wrappers.
func NameOf(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Name:
		return x.ID
	case *ast.Attribute:
		return x.Attr
	case *ast.Subscript:
		if k, ok := Str(x.Slice); ok {
			return k
		}
	case *ast.Call:
		if at, ok := x.Func.(*ast.Attribute); ok && (at.Attr == "encode") {
			return NameOf(at.Value)
		}
		if n, ok := x.Func.(*ast.Name); ok && (n.ID == "bytes" || n.ID == "str") && len(x.Args) > 0 {
			return NameOf(x.Args[0])
		}
	}
	return ""
}
