// Package crypto holds K115: ciphers given a constant initialisation
// vector or nonce.
package crypto

import (
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

var ruleK115 = &finding.Rule{
	ID: "K115", Name: "static_iv_or_nonce", Severity: finding.Medium, Confidence: finding.High, CWE: 329,
	MoreInfo: "https://cwe.mitre.org/data/definitions/329.html",
	Doc: finding.Doc{
		Summary: "A cipher gets a constant initialisation vector or nonce (a literal, or a name bound once to one).",
		Why: "With a fixed IV, equal plaintext prefixes give equal ciphertext (CBC, CFB, OFB), and a reused " +
			"nonce in CTR or GCM mode leaks the XOR of plaintexts and, for GCM, lets an attacker forge messages.",
		Bad: "from Crypto.Cipher import AES\n\ncipher = AES.new(key, AES.MODE_CBC, b\"0123456789abcdef\")\n",
		Good: "import os\nfrom Crypto.Cipher import AES\n\niv = os.urandom(16)\n" +
			"cipher = AES.new(key, AES.MODE_CBC, iv)  # send iv along with the ciphertext\n",
		Remediation: "Draw a fresh IV or nonce for every message from os.urandom/secrets (or let the library make one) and store it with the ciphertext.",
		References:  []string{finding.CWELink(329), finding.CWELink(1204), "https://cryptography.io/en/latest/hazmat/primitives/symmetric-encryption/#modes"},
	},
}

// pyca/cryptography modes whose first argument is the IV or nonce.
var ivModes = map[string]bool{"CBC": true, "CFB": true, "CFB8": true, "OFB": true, "CTR": true, "GCM": true}

// PyCryptodome/PyCrypto packages whose Cipher.<ALG>.new(key, mode, iv) takes one.
var cipherPackages = []string{"Crypto.Cipher.", "Cryptodome.Cipher."}

func init() {
	checks.Register(&checks.Check{Rule: ruleK115, Kinds: []checks.Kind{checks.KindCall},
		CallNames: checks.Names("new", "CBC", "CFB", "CFB8", "OFB", "CTR", "GCM", "AESGCM", "ChaCha20Poly1305"),
		Run: func(ctx *checks.Context, _ any) *checks.Issue {
			q := ctx.QualName()
			var iv ast.Expr
			switch {
			case strings.HasPrefix(q, "cryptography.hazmat.primitives.ciphers.modes.") && ivModes[ctx.Name()]:
				iv = arg(ctx, 0, "initialization_vector", "nonce")
			case ctx.Name() == "new" && pycryptodome(q):
				iv = arg(ctx, 2, "iv", "nonce")
			}
			if iv == nil || !constantBytes(ctx, iv) {
				return nil
			}
			return &checks.Issue{Severity: finding.Medium, Confidence: finding.High,
				Text: "Cipher uses a constant IV or nonce; draw a fresh one for every message"}
		}})
}

func pycryptodome(q string) bool {
	for _, p := range cipherPackages {
		if strings.HasPrefix(q, p) {
			return true
		}
	}
	return false
}

// arg is positional argument i or one of the keywords, nil when absent.
func arg(ctx *checks.Context, i int, kws ...string) ast.Expr {
	call := ctx.Call()
	if i < len(call.Args) {
		if _, star := call.Args[i].(*ast.Starred); !star {
			return call.Args[i]
		}
		return nil
	}
	for _, k := range kws {
		if e := ctx.KeywordExpr(k); e != nil {
			return e
		}
	}
	return nil
}

// constantBytes: a str or bytes literal (b"\x00" * 16 and "...".encode()
// included), or a name bound once to one.
func constantBytes(ctx *checks.Context, e ast.Expr) bool {
	if n, ok := e.(*ast.Name); ok {
		k := ctx.ConstantOf(n)
		return k != nil && isText(k)
	}
	switch e := e.(type) {
	case *ast.Constant:
		return isText(e)
	case *ast.Call:
		// "0000".encode(), FIXED.encode("ascii")
		if at, ok := e.Func.(*ast.Attribute); ok && at.Attr == "encode" {
			return constantBytes(ctx, at.Value)
		}
	case *ast.BinOp:
		if e.Op == ast.Mult {
			l, lok := e.Left.(*ast.Constant)
			r, rok := e.Right.(*ast.Constant)
			return lok && rok && (isText(l) || isText(r))
		}
	}
	return false
}

func isText(k *ast.Constant) bool {
	switch k.Value.(type) {
	case string, ast.Bytes:
		return true
	}
	return false
}
