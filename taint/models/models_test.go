package models

import (
	"strings"
	"testing"
)

// Every embedded file parses strictly, validates, and names only kinds and
// qualified names of the right form.
func TestBuiltinModelsValidate(t *testing.T) {
	files := Builtin()
	if len(files) < 2 {
		t.Fatalf("expected at least the stdlib and flask model files, got %d", len(files))
	}
	for name, data := range files {
		f, err := Parse(name, data)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if len(f.Sources)+len(f.Sinks)+len(f.Sanitizers) == 0 {
			t.Errorf("%s: no entries", name)
		}
	}
	if _, errs := Load(nil); len(errs) > 0 {
		t.Fatalf("Load: %v", errs)
	}
}

func TestValidateRejectsBadEntries(t *testing.T) {
	cases := []struct{ name, yaml, want string }{
		{"bad ref", "sinks: [{ref: 'os system', args: [0], kind: command}]", "not a qualified name"},
		{"bad kind", "sinks: [{ref: os.system, args: [0], kind: shellz}]", "unknown kind"},
		{"no args", "sinks: [{ref: os.system, kind: command}]", "no argument"},
		{"bad on", "sources: [{ref: sys.argv, on: write}]", "on must be"},
		{"unknown field", "sinks: [{ref: os.system, args: [0], kind: command, colour: red}]", "not found"},
		{"bad from", "propagators: [{ref: a.b, from: [argX]}]", "bad from"},
		{"handler roles", "handlers: [{decorator: a.b, base: c.d, params: all}]", "exactly one"},
	}
	for _, c := range cases {
		_, err := Parse(c.name, []byte(c.yaml))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want error containing %q", c.name, err, c.want)
		}
	}
}

func TestUserModelAddsEntries(t *testing.T) {
	user := []byte("name: mine\nsinks:\n  - {ref: myorm.raw, args: [0], kind: sql, what: SQL text}\n")
	s, errs := Load([][]byte{user, []byte("sinks: [{ref: 1bad}]")})
	if len(errs) != 1 {
		t.Fatalf("want exactly the bad user file reported, got %v", errs)
	}
	if len(s.Sinks["myorm.raw"]) != 1 || s.Sinks["myorm.raw"][0].K != SQL {
		t.Fatalf("user sink not loaded: %+v", s.Sinks["myorm.raw"])
	}
	if len(s.Sinks["os.system"]) == 0 {
		t.Fatalf("builtin sinks lost when adding a user file")
	}
}

func TestCanonicalAliases(t *testing.T) {
	s, _ := Load(nil)
	for in, want := range map[string]string{
		"posixpath.join":               "os.path.join",
		"flask.globals.request.args":   "flask.request.args",
		"flask.Markup":                 "markupsafe.Markup",
		"os.path.join":                 "os.path.join",
		"werkzeug.utils.send_file":     "flask.send_file",
		"xml.etree.cElementTree.parse": "xml.etree.ElementTree.parse",
	} {
		if got := s.Canonical(in); got != want {
			t.Errorf("Canonical(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKindsHaveDistinctCWEs(t *testing.T) {
	seen := map[int]Kind{}
	for k := Kind(0); k < NumKinds; k++ {
		info := k.Info()
		if prev, dup := seen[info.CWE]; dup {
			t.Errorf("kinds %s and %s share CWE %d", prev, k, info.CWE)
		}
		seen[info.CWE] = k
		if got, ok := KindByName(info.Name); !ok || got != k {
			t.Errorf("KindByName(%q) = %v, %v", info.Name, got, ok)
		}
	}
}
