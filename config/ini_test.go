package config

import (
	"encoding/json"
	"os"
	"os/exec"
	"reflect"
	"testing"
)

// TestParseINIAgainstConfigparser compares parseINI with Python's
// configparser, which bandit uses for .bandit files.
func TestParseINIAgainstConfigparser(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3 is needed as the configparser oracle")
		}
		t.Skip("python3 not found")
	}
	docs := []string{
		"[bandit]\ntests = B101,B102\nskips: B404\n",
		"# comment\n; other\n[bandit]\nexclude = a,\n  b,\n  c\nlevel=2\n",
		"[other]\nx = 1\n[bandit]\nTargets = src\nRECURSIVE = true\n",
		"[bandit]\nmsg-template = {abspath}:{line}: {test_id}\nformat = custom\n",
		"[bandit]\nkey = value with = and : inside\n",
		"\ufeff[bandit]\nquiet = yes\n",
		"[bandit]\r\ntests = B101\r\n",
		"[nothing]\na = b\n",
	}
	for _, doc := range docs {
		got, err := parseINI("x.ini", []byte(doc), "bandit")
		if err != nil {
			t.Errorf("%q: %v", doc, err)
			continue
		}
		cmd := exec.Command(py, "-c", `
import configparser, json, sys
c = configparser.ConfigParser()
c.read_string(sys.stdin.read().lstrip("\ufeff"))
print(json.dumps(dict(c.items("bandit")) if c.has_section("bandit") else {}))`)
		stdin, _ := cmd.StdinPipe()
		go func() { stdin.Write([]byte(doc)); stdin.Close() }()
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%q: python: %v", doc, err)
		}
		var want map[string]string
		if err := json.Unmarshal(out, &want); err != nil {
			t.Fatal(err)
		}
		values := map[string]string{}
		for k, v := range got {
			values[k] = v.Value
		}
		if !reflect.DeepEqual(values, want) {
			t.Errorf("%q:\n got  %v\n want %v", doc, values, want)
		}
	}
	for _, bad := range []string{"[bandit]\nno delimiter here\n", "x = 1\n", "[bandit]\na = 1\na = 2\n", "[bandit\n"} {
		if _, err := parseINI("x.ini", []byte(bad), "bandit"); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}

// TestINIWithoutBanditSection: like bandit, an INI file without a
// [bandit] section is read as empty with a warning.
func TestINIWithoutBanditSection(t *testing.T) {
	dir := writeTree(t, map[string]string{"x.ini": "[tool]\nlevel = 3\n"})
	o, err := Resolve(&Flags{Targets: []string{dir}, IniFile: dir + "/x.ini"}, testKnown)
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Warnings) != 1 || o.Warnings[0] != dir+"/x.ini: no [bandit] section; nothing is read from this file" {
		t.Errorf("warnings %q", o.Warnings)
	}
	if o.MinSeverity != 0 {
		t.Errorf("level read from [tool]: %v", o.MinSeverity)
	}
}
