// Package all links every check package into a binary: import it for its
// side effects.
package all

import (
	_ "github.com/kraitsec/krait/checks/bandit/blacklist"
	_ "github.com/kraitsec/krait/checks/bandit/crypto"
	_ "github.com/kraitsec/krait/checks/bandit/injection"
	_ "github.com/kraitsec/krait/checks/bandit/misc"
	_ "github.com/kraitsec/krait/checks/bandit/secrets"
	_ "github.com/kraitsec/krait/checks/bandit/ssltls"
	_ "github.com/kraitsec/krait/checks/bandit/xss"
	_ "github.com/kraitsec/krait/checks/frameworks/django"
	_ "github.com/kraitsec/krait/checks/frameworks/jwt"
	_ "github.com/kraitsec/krait/checks/frameworks/ml"
	_ "github.com/kraitsec/krait/checks/frameworks/secrets"
	_ "github.com/kraitsec/krait/checks/frameworks/web"
	_ "github.com/kraitsec/krait/checks/krait/archives"
	_ "github.com/kraitsec/krait/checks/krait/crypto"
	_ "github.com/kraitsec/krait/checks/krait/deserialization"
	_ "github.com/kraitsec/krait/checks/krait/exposure"
	_ "github.com/kraitsec/krait/checks/krait/http"
	_ "github.com/kraitsec/krait/checks/krait/process"
	_ "github.com/kraitsec/krait/checks/krait/secrets"
)
