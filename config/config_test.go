package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kraitsec/krait/finding"
)

var testKnown = Known{
	"shell_injection":        {"subprocess": []string{"subprocess.Popen"}, "shell": []string{"os.system"}},
	"assert_used":            {"skips": []string{}},
	"weak_cryptographic_key": {"weak_key_size_rsa_high": 1024},
}

// writeTree creates files (path → content) under a new temp dir.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestResolveErrors(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		flags func(dir string) *Flags
		want  string // substring of the error, with file:line where known
	}{
		{
			name:  "yaml unknown key",
			files: map[string]string{"b.yaml": "tests: [B101]\nbogus_key: 1\n"},
			flags: func(dir string) *Flags { return &Flags{ConfigFile: filepath.Join(dir, "b.yaml")} },
			want:  `b.yaml:2: unknown key "bogus_key"`,
		},
		{
			name:  "yaml empty",
			files: map[string]string{"b.yaml": "# nothing but a comment\n"},
			flags: func(dir string) *Flags { return &Flags{ConfigFile: filepath.Join(dir, "b.yaml")} },
			want:  "b.yaml: config file is empty",
		},
		{
			name:  "yaml list",
			files: map[string]string{"b.yaml": "- B101\n"},
			flags: func(dir string) *Flags { return &Flags{ConfigFile: filepath.Join(dir, "b.yaml")} },
			want:  "b.yaml:1: config file must be a mapping",
		},
		{
			name:  "yaml bad type",
			files: map[string]string{"b.yaml": "skips: 3\n"},
			flags: func(dir string) *Flags { return &Flags{ConfigFile: filepath.Join(dir, "b.yaml")} },
			want:  "b.yaml:1: skips: want a list of strings, got 3",
		},
		{
			name:  "yaml syntax",
			files: map[string]string{"b.yaml": "tests: [B101\nskips: x\n"},
			flags: func(dir string) *Flags { return &Flags{ConfigFile: filepath.Join(dir, "b.yaml")} },
			want:  "b.yaml:",
		},
		{
			name:  "yaml plugin option type",
			files: map[string]string{"b.yaml": "shell_injection:\n  subprocess: yes\n"},
			flags: func(dir string) *Flags { return &Flags{ConfigFile: filepath.Join(dir, "b.yaml")} },
			want:  "b.yaml:2: shell_injection.subprocess: want a list of strings, got \"yes\"",
		},
		{
			name:  "yaml plugin list of numbers",
			files: map[string]string{"b.yaml": "shell_injection:\n  shell: [os.system, 2]\n"},
			flags: func(dir string) *Flags { return &Flags{ConfigFile: filepath.Join(dir, "b.yaml")} },
			want:  "b.yaml:2: shell_injection.shell: want a list of strings, got a list holding 2",
		},
		{
			name:  "yaml duplicate key on one line",
			files: map[string]string{"b.yaml": "tests: [B101]\ntests: [B102]\n"},
			flags: func(dir string) *Flags { return &Flags{ConfigFile: filepath.Join(dir, "b.yaml")} },
			want:  `b.yaml:2: invalid YAML: mapping key "tests" already defined at line 1`,
		},
		{
			name:  "yaml unknown plugin option",
			files: map[string]string{"b.yaml": "shell_injection:\n  subprocess: []\n  nope: []\n"},
			flags: func(dir string) *Flags { return &Flags{ConfigFile: filepath.Join(dir, "b.yaml")} },
			want:  `b.yaml:3: unknown option "shell_injection.nope"`,
		},
		{
			name:  "toml unknown key in tool.krait",
			files: map[string]string{"pyproject.toml": "[project]\nname='x'\n\n[tool.krait]\nskips = ['B101']\ncolour = true\n"},
			flags: func(dir string) *Flags { return &Flags{Targets: []string{dir}} },
			want:  `pyproject.toml:6: unknown key "tool.krait.colour"`,
		},
		{
			name:  "toml bad level",
			files: map[string]string{"pyproject.toml": "[tool.krait]\nseverity_level = 'severe'\n"},
			flags: func(dir string) *Flags { return &Flags{Targets: []string{dir}} },
			want:  `pyproject.toml:2: tool.krait.severity_level: want "all", "low", "medium" or "high", got "severe"`,
		},
		{
			name:  "toml syntax",
			files: map[string]string{"pyproject.toml": "[tool.bandit]\nskips = [\n"},
			flags: func(dir string) *Flags { return &Flags{Targets: []string{dir}} },
			want:  "pyproject.toml:",
		},
		{
			name:  "toml plugin table",
			files: map[string]string{"cfg.toml": "[tool.bandit.weak_cryptographic_key]\nweak_key_size_rsa_high = 'big'\n"},
			flags: func(dir string) *Flags { return &Flags{ConfigFile: filepath.Join(dir, "cfg.toml")} },
			want:  "cfg.toml:2: tool.bandit.weak_cryptographic_key.weak_key_size_rsa_high: want an integer",
		},
		{
			name:  "missing model file",
			files: map[string]string{"pyproject.toml": "[tool.krait]\nmodels = ['m/none.yaml']\n"},
			flags: func(dir string) *Flags { return &Flags{Targets: []string{dir}} },
			want:  "pyproject.toml:2: tool.krait.models: want existing model files (no such file or directory: m/none.yaml)",
		},
		{
			name:  "ini unknown option",
			files: map[string]string{".bandit": "[bandit]\nskips = B101\nfrobnicate = 1\n"},
			flags: func(dir string) *Flags { return &Flags{Targets: []string{dir}} },
			want:  `.bandit:3: unknown option "frobnicate" in [bandit]`,
		},
		{
			name:  "ini bad bool",
			files: map[string]string{"x.ini": "[bandit]\nrecursive = maybe\n"},
			flags: func(dir string) *Flags { return &Flags{IniFile: filepath.Join(dir, "x.ini")} },
			want:  `x.ini:2: recursive: want true or false, got "maybe"`,
		},
		{
			name:  "multiple bandit files",
			files: map[string]string{"a/.bandit": "[bandit]\n", "b/.bandit": "[bandit]\n"},
			flags: func(dir string) *Flags { return &Flags{Targets: []string{dir}} },
			want:  "multiple .bandit files found",
		},
		{
			name:  "missing config file",
			flags: func(dir string) *Flags { return &Flags{ConfigFile: filepath.Join(dir, "none.yaml")} },
			want:  "none.yaml: cannot read config file",
		},
		{
			name: "level and severity-level",
			flags: func(dir string) *Flags {
				return &Flags{Targets: []string{dir}, Level: 1, SeverityLevel: "low", Set: set("level", "severity-level")}
			},
			want: "--level and --severity-level cannot be used together",
		},
		{
			name: "msg-template without custom",
			flags: func(dir string) *Flags {
				return &Flags{Targets: []string{dir}, MsgTemplate: "{line}", Set: set("msg-template")}
			},
			want: "--msg-template can only be used with --format=custom",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeTree(t, tc.files)
			_, err := Resolve(tc.flags(dir), testKnown)
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %q does not contain %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error spans several lines: %q", err)
			}
		})
	}
}

func set(names ...string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		m[n] = true
	}
	return m
}

func TestResolvePrecedence(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"proj/pyproject.toml": "[tool.bandit]\nskips = ['B101']\nexclude_dirs = ['tests']\n[tool.bandit.assert_used]\nskips = ['*_test.py']\n" +
			"[tool.krait]\nmodels = ['models/extra.yaml']\nseverity_level = 'medium'\nmax_file_size = 2048\n",
		"proj/src/.bandit":       "[bandit]\ntests = B602,B603\nnumber = 5\nlevel = 3\n",
		"proj/.git/HEAD":         "ref",
		"proj/models/extra.yaml": "",
	})
	proj := filepath.Join(dir, "proj")
	o, err := Resolve(&Flags{Targets: []string{proj}, Number: 7, Set: set("number")}, testKnown)
	if err != nil {
		t.Fatal(err)
	}
	if o.Number != 7 {
		t.Errorf("Number = %d, want the flag's 7 over the INI's 5", o.Number)
	}
	if o.MinSeverity != finding.High {
		t.Errorf("MinSeverity = %v, want HIGH from the INI (over the profile's medium)", o.MinSeverity)
	}
	if want := []string{"B602", "B603"}; !reflect.DeepEqual(o.Tests, want) {
		t.Errorf("Tests = %v, want %v", o.Tests, want)
	}
	if want := []string{"B101"}; !reflect.DeepEqual(o.Skips, want) {
		t.Errorf("Skips = %v, want %v", o.Skips, want)
	}
	if !contains(o.Exclude, "tests") || !contains(o.Exclude, ".git") {
		t.Errorf("Exclude = %v, want defaults plus the profile's exclude_dirs", o.Exclude)
	}
	if o.MaxFileSize != 2048 {
		t.Errorf("MaxFileSize = %d, want 2048", o.MaxFileSize)
	}
	if want := []string{filepath.Join(proj, "models/extra.yaml")}; !reflect.DeepEqual(o.Models, want) {
		t.Errorf("Models = %v, want %v", o.Models, want)
	}
	if got := o.Plugins["assert_used"]["skips"]; !reflect.DeepEqual(got, []string{"*_test.py"}) {
		t.Errorf("assert_used.skips = %#v", got)
	}
	if got := o.Plugins["shell_injection"]["shell"]; !reflect.DeepEqual(got, []string{"os.system"}) {
		t.Errorf("shell_injection defaults lost: %#v", got)
	}

	// -x naming an existing directory becomes "dir/*", as in bandit.
	t.Chdir(proj)
	o, err = Resolve(&Flags{Targets: []string{"."}, Exclude: []string{"src", "./src", "nothere", "*.pyc"}, Set: set("exclude")}, testKnown)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"src/*", "./src/*", "nothere", "*.pyc", "tests"}; !reflect.DeepEqual(o.Exclude, want) {
		t.Errorf("Exclude = %v, want %v", o.Exclude, want)
	}

	// -x replaces the default excludes; the profile's exclude_dirs still add.
	o, err = Resolve(&Flags{Targets: []string{proj}, Exclude: []string{"build"}, Set: set("exclude")}, testKnown)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"build", "tests"}; !reflect.DeepEqual(o.Exclude, want) || len(o.ExcludeDirNames) != 0 {
		t.Errorf("Exclude = %v / %v, want %v and no extra dir names", o.Exclude, o.ExcludeDirNames, want)
	}
}

func TestLegacyProfiles(t *testing.T) {
	dir := writeTree(t, map[string]string{"b.yaml": "profiles:\n  shell:\n    include: [B602, B605]\n    exclude: [B404]\n"})
	cfg := filepath.Join(dir, "b.yaml")
	o, err := Resolve(&Flags{Targets: []string{dir}, ConfigFile: cfg, Profile: "shell", Set: set("profile")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(o.Tests, []string{"B602", "B605"}) || !reflect.DeepEqual(o.Skips, []string{"B404"}) {
		t.Errorf("tests %v skips %v", o.Tests, o.Skips)
	}
	_, err = Resolve(&Flags{Targets: []string{dir}, ConfigFile: cfg, Profile: "nope", Set: set("profile")}, nil)
	if err == nil || !strings.Contains(err.Error(), "unable to find profile (nope)") {
		t.Errorf("unknown profile: %v", err)
	}
}

func TestLevelsFromFlags(t *testing.T) {
	cases := []struct {
		flags *Flags
		sev   finding.Level
		conf  finding.Level
	}{
		{&Flags{}, finding.Undefined, finding.Undefined},
		{&Flags{Level: 1, Set: set("level")}, finding.Low, finding.Undefined},
		{&Flags{Level: 2, Confidence: 3, Set: set("level", "confidence")}, finding.Medium, finding.High},
		{&Flags{SeverityLevel: "high", ConfidenceLevel: "all", Set: set("severity-level", "confidence-level")}, finding.High, finding.Undefined},
	}
	for i, tc := range cases {
		tc.flags.Targets = []string{t.TempDir()}
		o, err := Resolve(tc.flags, nil)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		if o.MinSeverity != tc.sev || o.MinConfidence != tc.conf {
			t.Errorf("case %d: got %v/%v, want %v/%v", i, o.MinSeverity, o.MinConfidence, tc.sev, tc.conf)
		}
	}
}

// TestLevelCountsPastHigh: bandit indexes its levels with the -l/-i
// count and fails past three; krait says so in one line.
func TestLevelCountsPastHigh(t *testing.T) {
	for _, f := range []*Flags{
		{Level: 4, Set: set("level")},
		{Confidence: 5, Set: set("confidence")},
	} {
		f.Targets = []string{t.TempDir()}
		if _, err := Resolve(f, nil); err == nil || !strings.Contains(err.Error(), "at most 3 times") {
			t.Errorf("%+v: err %v", f, err)
		}
	}
}

func TestParseSize(t *testing.T) {
	cases := map[string]int64{"10M": 10 << 20, "512k": 512 << 10, "100": 100, "1GiB": 1 << 30, "2MB": 2 << 20}
	for in, want := range cases {
		got, err := ParseSize(in)
		if err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "ten", "-5", "0"} {
		if _, err := ParseSize(bad); err == nil {
			t.Errorf("ParseSize(%q) succeeded", bad)
		}
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// TestMaxFileSizeInPyproject: [tool.krait] max_file_size takes bytes or a
// size written as --max-file-size takes it.
func TestMaxFileSizeInPyproject(t *testing.T) {
	for val, want := range map[string]int64{"2048": 2048, `"5M"`: 5 << 20, `"512k"`: 512 << 10, "0": 0} {
		dir := writeTree(t, map[string]string{"pyproject.toml": "[tool.krait]\nmax_file_size = " + val + "\n"})
		o, err := Resolve(&Flags{Targets: []string{dir}}, testKnown)
		if err != nil || o.MaxFileSize != want {
			t.Errorf("max_file_size = %s: %v, %v; want %d", val, o, err, want)
		}
	}
	dir := writeTree(t, map[string]string{"pyproject.toml": "[tool.krait]\nmax_file_size = \"big\"\n"})
	if _, err := Resolve(&Flags{Targets: []string{dir}}, testKnown); err == nil || !strings.Contains(err.Error(), `pyproject.toml:2: tool.krait.max_file_size: want a number of bytes or a size such as "10M", got "big"`) {
		t.Errorf("bad size: %v", err)
	}
}

// TestTaintTreeCache: [tool.krait] taint_tree_cache takes a size; anything
// else is an error with file and line.
func TestTaintTreeCache(t *testing.T) {
	dir := writeTree(t, map[string]string{"pyproject.toml": "[tool.krait]\ntaint_tree_cache = \"96M\"\n"})
	o, err := Resolve(&Flags{Targets: []string{dir}}, testKnown)
	if err != nil || o.TaintTreeCache != 96<<20 {
		t.Fatalf("taint_tree_cache = \"96M\": %v, %v", o, err)
	}
	dir = writeTree(t, map[string]string{"pyproject.toml": "[tool.krait]\n"})
	if o, err := Resolve(&Flags{Targets: []string{dir}}, testKnown); err != nil || o.TaintTreeCache != 0 {
		t.Errorf("default: %v, %v", o, err)
	}
	for _, bad := range []string{"96", `"lots"`, `"0"`} {
		dir := writeTree(t, map[string]string{"pyproject.toml": "[tool.krait]\ntaint_tree_cache = " + bad + "\n"})
		if _, err := Resolve(&Flags{Targets: []string{dir}}, testKnown); err == nil || !strings.Contains(err.Error(), `pyproject.toml:2: tool.krait.taint_tree_cache: want a size such as "96M"`) {
			t.Errorf("taint_tree_cache = %s: %v", bad, err)
		}
	}
}

// TestTaintSources: [tool.krait] taint_sources picks source groups; an
// unknown group is an error with file and line.
func TestTaintSources(t *testing.T) {
	dir := writeTree(t, map[string]string{"pyproject.toml": "[tool.krait]\ntaint_sources = [\"remote\", \"environment\"]\n"})
	o, err := Resolve(&Flags{Targets: []string{dir}}, testKnown)
	if err != nil || strings.Join(o.TaintSources, ",") != "remote,environment" {
		t.Fatalf("taint_sources: %v, %v", o, err)
	}
	for _, bad := range []string{`["remote", "cookies"]`, `[]`, `42`} {
		dir := writeTree(t, map[string]string{"pyproject.toml": "[tool.krait]\ntaint_sources = " + bad + "\n"})
		if _, err := Resolve(&Flags{Targets: []string{dir}}, testKnown); err == nil || !strings.Contains(err.Error(), `pyproject.toml:2: tool.krait.taint_sources: want a list of "remote"`) {
			t.Errorf("taint_sources = %s: %v", bad, err)
		}
	}
}
