package secrets

import (
	"regexp"
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/checks/frameworks/internal/pyx"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

// cosmosEmulatorKey is the documented key of the local Cosmos emulator.
const cosmosEmulatorKey = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="

func runCosmos(ctx *checks.Context, _ any) *checks.Issue {
	call, _ := ctx.Node.(*ast.Call)
	q := ctx.QualName()
	var v ast.Expr
	switch q {
	case "azure.cosmos.CosmosClient", "azure.cosmos.aio.CosmosClient", "azure.cosmos.cosmos_client.CosmosClient":
		v = pyx.Arg(call, 1, "credential")
	case "azure.cosmos.CosmosClient.from_connection_string", "azure.cosmos.aio.CosmosClient.from_connection_string":
		v = pyx.Arg(call, 0, "conn_str")
		if s, ok := pyx.Str(v); !ok || !strings.Contains(s, "AccountKey=") {
			v = pyx.Arg(call, 1, "credential")
		}
	default:
		return nil
	}
	s, ok := pyx.Str(v)
	if !ok || strings.TrimSpace(s) == "" {
		return nil
	}
	if strings.Contains(s, cosmosEmulatorKey) {
		return &checks.Issue{Severity: finding.Low, Confidence: finding.High, Line: pyx.Line(v), Text: "The public Cosmos DB emulator key is hard-coded (fine for local tests only)."}
	}
	return &checks.Issue{Severity: finding.High, Confidence: finding.High, Line: pyx.Line(v), Text: "Azure Cosmos DB key hard-coded in the source."}
}

// tokenFormats are credential formats precise enough to report on sight;
// a literal is matched only when it contains one of the prefixes.
var tokenFormats = []struct {
	name     string
	prefixes []string
	re       *regexp.Regexp
}{
	{"AWS access key id", []string{"AKIA", "ASIA"}, regexp.MustCompile(`(^|[^A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}($|[^A-Z0-9])`)},
	{"GitHub token", []string{"ghp_", "gho_", "ghu_", "ghs_", "ghr_"}, regexp.MustCompile(`(^|[^A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36}($|[^A-Za-z0-9_])`)},
	{"GitHub fine-grained token", []string{"github_pat_"}, regexp.MustCompile(`github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}`)},
	{"GitLab token", []string{"glpat-"}, regexp.MustCompile(`glpat-[A-Za-z0-9_-]{20}`)},
	{"Slack token", []string{"xoxa-", "xoxb-", "xoxp-", "xoxo-", "xoxs-", "xoxr-"}, regexp.MustCompile(`xox[abposr]-[0-9]{6,}-[0-9A-Za-z-]{10,}`)},
	{"Stripe live key", []string{"sk_live_", "rk_live_"}, regexp.MustCompile(`(sk|rk)_live_[0-9a-zA-Z]{24,}`)},
	{"Google API key", []string{"AIza"}, regexp.MustCompile(`AIza[0-9A-Za-z_-]{35}`)},
	{"Anthropic API key", []string{"sk-ant-"}, regexp.MustCompile(`sk-ant-(api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,}`)},
	{"OpenAI API key", []string{"T3BlbkFJ"}, regexp.MustCompile(`(^|[^A-Za-z0-9_-])sk-(proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}`)},
	{"private key", []string{"PRIVATE KEY-----"}, regexp.MustCompile(`-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----\s*[A-Za-z0-9+/=\s:,-]{64,}`)},
}

// placeholderRE: documentation placeholders (EXAMPLE keys, xxxx runs).
var placeholderRE = regexp.MustCompile(`EXAMPLE|(?i)x{8,}|0{12,}|(?i)your[_-]?(api[_-]?)?key`)

// tokenChars marks the bytes API tokens are made of.
var tokenChars = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-' || c == '+' || c == '/' || c == '='
	}
	return t
}()

// hasTokenRun reports whether s has a run of at least n characters that
// API tokens are made of: real keys have at least 16 in a row, ordinary
// strings (messages, format strings) rarely do. It runs on every string
// literal, so it stops at the first long enough run.
func hasTokenRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if !tokenChars[s[i]] {
			run = 0
			continue
		}
		if run++; run >= n {
			return true
		}
	}
	return false
}

func runTokenFormat(ctx *checks.Context, _ any) *checks.Issue {
	s := ctx.StringValue()
	if len(s) < 20 || !hasTokenRun(s, 16) {
		return nil
	}
	for _, f := range tokenFormats {
		if !containsAny(s, f.prefixes) {
			continue
		}
		m := f.re.FindString(s)
		if m == "" || placeholderRE.MatchString(m) {
			continue
		}
		return &checks.Issue{Severity: finding.High, Confidence: finding.High, Text: "String literal has the format of a known credential (" + f.name + ")."}
	}
	return nil
}

var logMethods = []string{"debug", "info", "warning", "warn", "error", "critical", "fatal", "exception", "log"}

// isLogger: the logging module's functions, or a method called on an
// object named like a logger.
func isLogger(ctx *checks.Context, call *ast.Call) bool {
	q := ctx.QualName()
	if strings.HasPrefix(q, "logging.") && strings.Count(q, ".") == 1 {
		return true
	}
	at, ok := call.Func.(*ast.Attribute)
	if !ok {
		return false
	}
	recv := strings.ToLower(pyx.Dotted(at.Value))
	last := recv[strings.LastIndexByte(recv, '.')+1:]
	return last == "log" || last == "_log" || last == "logger" || last == "_logger" || strings.HasSuffix(last, "logger") ||
		strings.HasSuffix(recv, "logging.getlogger")
}

// sensitiveIn finds a password-like name among the values a log call
// formats: arguments, f-string fields, % and + operands, .format()
// arguments. Calls other than formatting (len(pw), mask(pw)) hide it.
func sensitiveIn(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		if n := pyx.NameOf(e); n != "" && pyx.PasswordLike(n) {
			return n
		}
	case *ast.JoinedStr:
		for _, v := range x.Values {
			if fv, ok := v.(*ast.FormattedValue); ok {
				if n := sensitiveIn(fv.Value); n != "" {
					return n
				}
			}
		}
	case *ast.BinOp:
		if n := sensitiveIn(x.Left); n != "" {
			return n
		}
		return sensitiveIn(x.Right)
	case *ast.Tuple:
		for _, v := range x.Elts {
			if n := sensitiveIn(v); n != "" {
				return n
			}
		}
	case *ast.Call:
		if at, ok := x.Func.(*ast.Attribute); ok && at.Attr == "format" {
			for _, a := range x.Args {
				if n := sensitiveIn(a); n != "" {
					return n
				}
			}
			for _, k := range x.Keywords {
				if k != nil {
					if n := sensitiveIn(k.Value); n != "" {
						return n
					}
				}
			}
		}
		if n := pyx.NameOf(x); n != "" && pyx.PasswordLike(n) { // password.encode(), str(token)
			return n
		}
	}
	return ""
}

func runLogged(ctx *checks.Context, _ any) *checks.Issue {
	call, _ := ctx.Node.(*ast.Call)
	if !isLogger(ctx, call) {
		return nil
	}
	for _, a := range call.Args {
		if n := sensitiveIn(a); n != "" {
			return &checks.Issue{Severity: finding.Medium, Confidence: finding.Medium, Line: pyx.Line(a), Text: "Sensitive value '" + n + "' is written to the log."}
		}
	}
	return nil
}

var fastHashes = []string{"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512",
	"blake2b", "blake2s", "new"}

// hashedPassword finds a password-like name in a hash input: the value
// itself, its .encode(), or a concatenation/f-string with a salt.
func hashedPassword(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.BinOp:
		if n := hashedPassword(x.Left); n != "" {
			return n
		}
		return hashedPassword(x.Right)
	case *ast.JoinedStr:
		for _, v := range x.Values {
			if fv, ok := v.(*ast.FormattedValue); ok {
				if n := hashedPassword(fv.Value); n != "" {
					return n
				}
			}
		}
	case *ast.Call:
		if at, ok := x.Func.(*ast.Attribute); ok && at.Attr == "encode" {
			return hashedPassword(at.Value)
		}
		if n := pyx.NameOf(x); n != "" && isPasswordName(n) {
			return n
		}
	default:
		if n := pyx.NameOf(e); n != "" && isPasswordName(n) {
			return n
		}
	}
	return ""
}

// isPasswordName is narrower than PasswordLike: hashing an API key or a
// token for lookup is a legitimate use of a fast hash.
func isPasswordName(n string) bool {
	l := strings.ToLower(n)
	return pyx.PasswordLike(n) && (strings.Contains(l, "pass") || strings.Contains(l, "pwd"))
}

func runWeakPwHash(ctx *checks.Context, _ any) *checks.Issue {
	call, _ := ctx.Node.(*ast.Call)
	q := ctx.QualName()
	if !strings.HasPrefix(q, "hashlib.") || strings.Count(q, ".") != 1 {
		return nil
	}
	arg := pyx.Arg(call, 0, "data")
	algo := q[len("hashlib."):]
	if algo == "new" {
		algo = "hashlib.new(...)"
		if s, ok := pyx.Str(pyx.Arg(call, 0, "name")); ok {
			algo = strings.ToLower(s)
		}
		arg = pyx.Arg(call, 1, "data")
	}
	if arg == nil {
		arg = pyx.Keyword(call, "string") // Python < 3.9 keyword name
	}
	if arg == nil {
		return nil
	}
	if n := hashedPassword(arg); n != "" {
		return &checks.Issue{Severity: finding.High, Confidence: finding.Medium, Line: pyx.Line(arg),
			Text: "Password '" + n + "' hashed with fast hash " + algo + ": use a password-hashing function (argon2, bcrypt, scrypt, PBKDF2)."}
	}
	return nil
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}
