package main

import (
	"reflect"
	"testing"
)

func TestParseScanFlags(t *testing.T) {
	cases := []struct {
		args    []string
		check   func(f *scanFlags) bool
		targets []string
	}{
		{[]string{"-ll", "src"}, func(f *scanFlags) bool { return f.Level == 2 && f.Set["level"] }, []string{"src"}},
		{[]string{"-lll", "-iii"}, func(f *scanFlags) bool { return f.Level == 3 && f.Confidence == 3 }, nil},
		{[]string{"-li", "a", "b"}, func(f *scanFlags) bool { return f.Level == 1 && f.Confidence == 1 }, []string{"a", "b"}},
		{[]string{"-r", ".", "-f", "json", "-o", "out.json"}, func(f *scanFlags) bool { return f.Recursive && f.Format == "json" && f.Output == "out.json" }, []string{"."}},
		{[]string{"-t", "B101,B602", "-s", "B404", "-x", "tests,build/*"}, func(f *scanFlags) bool {
			return reflect.DeepEqual(f.Tests, []string{"B101", "B602"}) && reflect.DeepEqual(f.Skips, []string{"B404"}) &&
				reflect.DeepEqual(f.Exclude, []string{"tests", "build/*"}) && f.Set["skip"] && f.Set["exclude"]
		}, nil},
		{[]string{"--silent", "-"}, func(f *scanFlags) bool { return f.Quiet && f.Set["quiet"] }, []string{"-"}},
		{[]string{"--severity-level=high", "--confidence-level", "low", "-n", "0"}, func(f *scanFlags) bool {
			return f.SeverityLevel == "high" && f.ConfidenceLevel == "low" && f.Number == 0 && f.Set["number"]
		}, nil},
		{[]string{"x.py", "--exit-zero", "-j", "4", "--max-file-size", "1M", "--no-gitignore"}, func(f *scanFlags) bool {
			return f.ExitZero && f.Jobs == 4 && f.MaxFileSize == "1M" && f.NoGitignore
		}, []string{"x.py"}},
	}
	for _, tc := range cases {
		f, _, err := parseScanFlags(tc.args)
		if err != nil {
			t.Errorf("%v: %v", tc.args, err)
			continue
		}
		if !tc.check(f) {
			t.Errorf("%v: parsed %+v", tc.args, f)
		}
		if !reflect.DeepEqual(f.Targets, tc.targets) && !(len(f.Targets) == 0 && len(tc.targets) == 0) {
			t.Errorf("%v: targets %v, want %v", tc.args, f.Targets, tc.targets)
		}
	}
	for _, bad := range [][]string{{"-z"}, {"--nope"}, {"-f"}, {"-n", "three"}} {
		if _, _, err := parseScanFlags(bad); err == nil {
			t.Errorf("%v parsed without error", bad)
		}
	}
}
