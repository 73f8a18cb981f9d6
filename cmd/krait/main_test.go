package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestRunDispatch runs commands in-process (no binary): usage, unknown
// commands and help.
func TestRunDispatch(t *testing.T) {
	cases := []struct {
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{nil, exitUsage, "", "usage: krait <command>"},
		{[]string{"help"}, exitClean, "usage: krait <command>", ""},
		{[]string{"frob"}, exitUsage, "", `krait: error: unknown command "frob"`},
		{[]string{"rules", "extra"}, exitUsage, "", "rules takes no arguments"},
		{[]string{"explain"}, exitUsage, "", "usage: krait explain"},
		{[]string{"config"}, exitUsage, "", "needs --show-defaults or -o FILE"},
		{[]string{"version"}, exitClean, "krait " + version, ""},
		{[]string{"help", "explain"}, exitClean, "usage: krait explain RULE-ID|NAME", ""},
		{[]string{"explain", "--help"}, exitClean, "usage: krait explain RULE-ID|NAME", ""},
		{[]string{"rules", "-h"}, exitClean, "usage: krait rules", ""},
		{[]string{"config", "--help"}, exitClean, "usage: krait config --show-defaults", ""},
		{[]string{"help", "frob"}, exitUsage, "", `krait: error: unknown command "frob"`},
	}
	for _, tc := range cases {
		var out, errb bytes.Buffer
		e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
		if code := run(tc.args, e); code != tc.code {
			t.Errorf("%v: exit %d, want %d", tc.args, code, tc.code)
		}
		if !strings.Contains(out.String(), tc.stdout) || (tc.stdout == "" && out.Len() > 0) {
			t.Errorf("%v: stdout %q, want %q", tc.args, out.String(), tc.stdout)
		}
		if !strings.Contains(errb.String(), tc.stderr) || (tc.stderr == "" && errb.Len() > 0) {
			t.Errorf("%v: stderr %q, want %q", tc.args, errb.String(), tc.stderr)
		}
	}
}
