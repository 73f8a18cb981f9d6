package models

// Kind is a vulnerability class a sink belongs to and a sanitizer cleans.
type Kind uint8

// The kinds, one per taint rule (T + CWE).
const (
	SQL Kind = iota
	NoSQL
	Command
	Code
	Path
	XSS
	Template
	Redirect
	SSRF
	Deserialization
	XXE
	LDAP
	XPath
	Log
	Header
	Regex
	TrustBoundary
	XSLT
	XMLBomb
	NumKinds
)

// KindInfo is the fixed data of a kind.
type KindInfo struct {
	Name  string // as written in model files
	CWE   int
	Title string // "SQL injection"
}

var kindInfo = [NumKinds]KindInfo{
	SQL:             {"sql", 89, "SQL injection"},
	NoSQL:           {"nosql", 943, "NoSQL injection"},
	Command:         {"command", 78, "OS command injection"},
	Code:            {"code", 94, "Code injection"},
	Path:            {"path", 22, "Path traversal"},
	XSS:             {"xss", 79, "Cross-site scripting"},
	Template:        {"template", 1336, "Server-side template injection"},
	Redirect:        {"redirect", 601, "Open redirect"},
	SSRF:            {"ssrf", 918, "Server-side request forgery"},
	Deserialization: {"deserialization", 502, "Deserialization of untrusted data"},
	XXE:             {"xxe", 611, "XML external entity expansion"},
	LDAP:            {"ldap", 90, "LDAP injection"},
	XPath:           {"xpath", 643, "XPath injection"},
	Log:             {"log", 117, "Log injection"},
	Header:          {"header", 113, "HTTP header injection"},
	Regex:           {"regex", 1333, "Regular expression injection"},
	TrustBoundary:   {"trust-boundary", 501, "Trust boundary violation"},
	XSLT:            {"xslt", 91, "XSLT injection"},
	XMLBomb:         {"xml-bomb", 776, "XML entity expansion"},
}

// Info returns the kind's name, CWE and title.
func (k Kind) Info() KindInfo {
	if k < NumKinds {
		return kindInfo[k]
	}
	return KindInfo{Name: "?"}
}

// String returns the kind's model-file name.
func (k Kind) String() string { return k.Info().Name }

// Mask is a set of kinds as bits; a taint label records the kinds it has
// been cleaned for.
type Mask uint32

// AllKinds cleans every kind (int(), uuid.UUID()).
const AllKinds Mask = 1<<NumKinds - 1

// Normalized is an extra bit set by path normalisers (realpath, abspath):
// a later prefix check then cleans Path.
const Normalized Mask = 1 << 30

// NoDotDot and Relative are the halves of a path-traversal check: the value
// holds no ".." (`".." not in p`) and is not absolute (`not p.startswith("/")`,
// `not os.path.isabs(p)`). os.path.join drops its base for an absolute
// part, so only both together clean Path.
const (
	NoDotDot Mask = 1 << 29
	Relative Mask = 1 << 28
)

// OneSegment marks text percent-encoded with "/" unsafe (quote(x, safe=""),
// quote_plus): placed after a fixed "scheme://host/" it stays one path
// segment of that host, so it cannot redirect a server-side request.
const OneSegment Mask = 1 << 27

// Has reports whether k is in m.
func (m Mask) Has(k Kind) bool { return m&(1<<k) != 0 }

// Bit returns the mask of one kind.
func (k Kind) Bit() Mask { return 1 << k }

// KindByName finds a kind from its model-file name.
func KindByName(name string) (Kind, bool) {
	for k := Kind(0); k < NumKinds; k++ {
		if kindInfo[k].Name == name {
			return k, true
		}
	}
	return 0, false
}
