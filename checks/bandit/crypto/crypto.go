// Package crypto holds bandit's weak hash and weak key checks (B324, B505).
package crypto

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
)

var ruleB324 = &finding.Rule{
	ID: "B324", Name: "hashlib", Severity: finding.High, Confidence: finding.High, CWE: 327,
	MoreInfo: checks.PluginURL("B324", "hashlib"), Aliases: []string{"hashlib_insecure_functions"},
	Doc: finding.Doc{
		Summary: "MD4, MD5 and SHA-1 through hashlib (without usedforsecurity=False), and weak crypt methods.",
		Why: "MD4, MD5 and SHA-1 have practical collision attacks and are fast to brute-force; signatures, " +
			"integrity checks or password hashes built on them can be forged or cracked. crypt's DES, MD5 and " +
			"Blowfish methods are likewise obsolete.",
		Bad:  "import hashlib\ndigest = hashlib.md5(password.encode()).hexdigest()\n",
		Good: "import hashlib\ndigest = hashlib.sha256(data).hexdigest()\n# passwords: hashlib.scrypt, argon2 or bcrypt\n# non-security uses: hashlib.md5(data, usedforsecurity=False)\n",
		Remediation: "Use hashlib.sha256/sha3_256/blake2b for integrity, a password KDF (hashlib.scrypt, argon2-cffi, " +
			"bcrypt) for passwords, and mark legitimate non-security uses with usedforsecurity=False.",
		References: []string{finding.CWELink(327), "https://docs.python.org/3/library/hashlib.html"},
	},
}

var ruleB505 = &finding.Rule{
	ID: "B505", Name: "weak_cryptographic_key", Severity: finding.High, Confidence: finding.High, CWE: 326,
	MoreInfo: checks.PluginURL("B505", "weak_cryptographic_key"), ConfigKey: "weak_cryptographic_key",
	Doc: finding.Doc{
		Summary: "RSA/DSA keys shorter than 2048 bits and EC keys on curves under 224 bits.",
		Why: "Short keys can be factored or their discrete logarithm computed with affordable resources, " +
			"exposing everything they protect.",
		Bad:  "from cryptography.hazmat.primitives.asymmetric import rsa\nkey = rsa.generate_private_key(public_exponent=65537, key_size=1024)\n",
		Good: "from cryptography.hazmat.primitives.asymmetric import rsa\nkey = rsa.generate_private_key(public_exponent=65537, key_size=3072)\n",
		Remediation: "Use at least 2048-bit (preferably 3072-bit) RSA/DSA keys, or EC keys on SECP256R1 or better " +
			"(or Ed25519). Thresholds are the `weak_cryptographic_key` options.",
		References: []string{finding.CWELink(326), "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/rsa/"},
	},
}

var weakHashes = map[string]bool{"md4": true, "md5": true, "sha": true, "sha1": true}

var weakCrypt = map[string]bool{"METHOD_CRYPT": true, "METHOD_MD5": true, "METHOD_BLOWFISH": true}

func usedForSecurity(ctx *checks.Context) bool {
	if !ctx.HasKeyword("usedforsecurity") {
		return true
	}
	v, ok := ctx.KeywordValue("usedforsecurity").(string)
	return ok && v == "True"
}

func runB324(ctx *checks.Context, _ any) *checks.Issue {
	q := ctx.QualName()
	if !strings.Contains(q, "hashlib") && !strings.Contains(q, "crypt") {
		return nil
	}
	parts := strings.Split(q, ".")
	fn := parts[len(parts)-1]
	weak := func(name string) *checks.Issue {
		return &checks.Issue{Severity: finding.High, Confidence: finding.High,
			Text: fmt.Sprintf("Use of weak %s hash for security. Consider usedforsecurity=False", strings.ToUpper(name))}
	}
	switch {
	case has(parts, "hashlib"):
		if weakHashes[fn] {
			if usedForSecurity(ctx) {
				return weak(fn)
			}
			return nil
		}
		if fn == "new" {
			var name any
			if args := ctx.CallArgs(); len(args) > 0 {
				name = args[0]
			} else {
				name = ctx.KeywordValue("name")
			}
			if s, ok := name.(string); ok && weakHashes[strings.ToLower(s)] && usedForSecurity(ctx) {
				return weak(s)
			}
		}
	case has(parts, "crypt") && (fn == "crypt" || fn == "mksalt"):
		args := ctx.CallArgs()
		var name any
		if fn == "crypt" {
			if len(args) > 1 {
				name = args[1]
			} else {
				name = ctx.KeywordValue("salt")
			}
		} else if len(args) > 0 {
			name = args[0]
		} else {
			name = ctx.KeywordValue("method")
		}
		if s, ok := name.(string); ok && weakCrypt[s] {
			return &checks.Issue{Severity: finding.Medium, Confidence: finding.High,
				Text: fmt.Sprintf("Use of insecure crypt.%s hash function.", strings.ToUpper(s))}
		}
	}
	return nil
}

func has(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

type keySettings map[string]int64

var keyDefaults = map[string]int64{
	"weak_key_size_dsa_high": 1024, "weak_key_size_dsa_medium": 2048,
	"weak_key_size_rsa_high": 1024, "weak_key_size_rsa_medium": 2048,
	"weak_key_size_ec_high": 160, "weak_key_size_ec_medium": 224,
}

var curveBits = map[string]int64{
	"SECT571K1": 571, "SECT571R1": 570, "SECP521R1": 521, "BrainpoolP512R1": 512, "SECT409K1": 409,
	"SECT409R1": 409, "BrainpoolP384R1": 384, "SECP384R1": 384, "SECT283K1": 283, "SECT283R1": 283,
	"BrainpoolP256R1": 256, "SECP256K1": 256, "SECP256R1": 256, "SECT233K1": 233, "SECT233R1": 233,
	"SECP224R1": 224, "SECP192R1": 192, "SECT163K1": 163, "SECT163R2": 163,
}

const hazmat = "cryptography.hazmat.primitives.asymmetric."

func classify(s keySettings, keyType string, size any) *checks.Issue {
	var n float64
	switch v := size.(type) {
	case int64:
		n = float64(v)
	case float64:
		n = v
	case *big.Int:
		n, _ = new(big.Float).SetInt(v).Float64()
	default:
		return nil
	}
	kt := strings.ToLower(keyType)
	for _, lv := range []struct {
		key   string
		level finding.Level
	}{{"weak_key_size_" + kt + "_high", finding.High}, {"weak_key_size_" + kt + "_medium", finding.Medium}} {
		if limit := s[lv.key]; n < float64(limit) {
			return &checks.Issue{Severity: lv.level, Confidence: finding.High,
				Text: fmt.Sprintf("%s key sizes below %d bits are considered breakable. ", keyType, limit)}
		}
	}
	return nil
}

// or is Python's `a or b` over literal values.
func or(vals ...any) any {
	for _, v := range vals {
		if truthy(v) {
			return v
		}
	}
	return vals[len(vals)-1]
}

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
	case checks.ListLit:
		return len(x) > 0
	case checks.TupleLit:
		return len(x) > 0
	}
	return true
}

func runB505(ctx *checks.Context, st any) *checks.Issue {
	s := st.(keySettings)
	q := ctx.QualName()
	switch q {
	case hazmat + "dsa.generate_private_key":
		return classify(s, "DSA", or(ctx.KeywordValue("key_size"), ctx.ArgAt(0), int64(2048)))
	case hazmat + "rsa.generate_private_key":
		return classify(s, "RSA", or(ctx.KeywordValue("key_size"), ctx.ArgAt(1), int64(2048)))
	case hazmat + "ec.generate_private_key":
		var curve any = ctx.KeywordValue("curve")
		if !truthy(curve) {
			if args := ctx.CallArgs(); len(args) > 0 {
				curve = args[0]
			}
		}
		size := int64(224)
		if c, ok := curve.(string); ok {
			if b, ok := curveBits[c]; ok {
				size = b
			}
		}
		return classify(s, "EC", size)
	case "Crypto.PublicKey.DSA.generate", "Cryptodome.PublicKey.DSA.generate":
		return classify(s, "DSA", or(ctx.KeywordValue("bits"), ctx.ArgAt(0), int64(2048)))
	case "Crypto.PublicKey.RSA.generate", "Cryptodome.PublicKey.RSA.generate":
		return classify(s, "RSA", or(ctx.KeywordValue("bits"), ctx.ArgAt(0), int64(2048)))
	}
	return nil
}

func init() {
	block := map[string]any{}
	for k, v := range keyDefaults {
		block[k] = int(v)
	}
	checks.RegisterPluginDefaults("weak_cryptographic_key", block)
	checks.Register(&checks.Check{Rule: ruleB324, Kinds: []checks.Kind{checks.KindCall}, Run: runB324,
		CallNames: checks.Names("md4", "md5", "sha", "sha1", "new", "crypt", "mksalt")})
	checks.Register(&checks.Check{Rule: ruleB505, Kinds: []checks.Kind{checks.KindCall}, Run: runB505,
		CallNames: checks.Names("generate_private_key", "generate"),
		Prepare: func(opts map[string]any) any {
			s := keySettings{}
			for k, v := range keyDefaults {
				s[k] = checks.OptInt(opts, k, v)
			}
			return s
		}})
}
