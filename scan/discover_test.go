package scan

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kraitsec/krait/config"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// chdir moves into dir for the test (discovery names files relative to
// the targets as typed).
func chdir(t *testing.T, dir string) {
	t.Helper()
	t.Chdir(dir)
}

func defaultOpts(targets ...string) *Options {
	return &Options{
		Targets: targets, Include: config.DefaultInclude, Exclude: config.BanditExcludes,
		ExcludeDirNames: config.ExtraExcludeDirs, SkipVirtualenvs: true, Gitignore: true, MaxFileSize: 1 << 20,
	}
}

func names(d discovered) []string {
	var out []string
	for _, f := range d.files {
		out = append(out, f.name)
	}
	return out
}

func TestDiscover(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"app.py":                 "",
		"gui.pyw":                "",
		"nb.ipynb":               "{}",
		"README.md":              "",
		"pkg/mod.py":             "",
		"pkg/tests/test_mod.py":  "",
		".venv/lib/site.py":      "",
		"venv/x.py":              "",
		"venv/pyvenv.cfg":        "home = /usr/bin\n",
		"myenv/lib/e.py":         "",
		"myenv/pyvenv.cfg":       "home = /usr/bin\n",
		"lib/venv/__init__.py":   "",
		"node_modules/y.py":      "",
		".tox/z.py":              "",
		"lib/site-packages/s.py": "",
		"prevent_venvy.py":       "",
		"build/gen.py":           "",
		"build/keep.py":          "",
		"logs/a.py":              "",
		".gitignore":             "build/\n!build/keep.py\n*.log\n/logs\n",
		"sub/.gitignore":         "secret_*.py\n",
		"sub/secret_1.py":        "",
		"sub/open.py":            "",
		".git/HEAD":              "ref: refs/heads/main\n",
	})
	chdir(t, dir)

	d := discover(defaultOpts("."))
	// Virtualenvs are skipped by their pyvenv.cfg, not by name: the
	// standard library's venv package is scanned.
	want := []string{"./app.py", "./gui.pyw", "./lib/venv/__init__.py", "./nb.ipynb", "./pkg/mod.py", "./pkg/tests/test_mod.py", "./prevent_venvy.py", "./sub/open.py"}
	if got := names(d); !reflect.DeepEqual(got, want) {
		t.Errorf("discover(.) =\n %v\nwant\n %v", got, want)
	}

	// --no-gitignore brings the ignored files back.
	o := defaultOpts(".")
	o.Gitignore = false
	got := names(discover(o))
	for _, w := range []string{"./build/gen.py", "./logs/a.py", "./sub/secret_1.py"} {
		if !contains(got, w) {
			t.Errorf("without gitignore, %s missing from %v", w, got)
		}
	}

	// Explicit files: "./" prefix, scanned even if not *.py or ignored.
	d = discover(defaultOpts("README.md", "build/gen.py", "pkg"))
	want = []string{"./README.md", "./build/gen.py", "pkg/mod.py", "pkg/tests/test_mod.py"}
	if got := names(d); !reflect.DeepEqual(got, want) {
		t.Errorf("explicit targets = %v, want %v", got, want)
	}

	// -x with bandit semantics: substring and fnmatch, default list replaced.
	o = defaultOpts("pkg/")
	o.Exclude = []string{"tests"}
	if got := names(discover(o)); !reflect.DeepEqual(got, []string{"pkg/mod.py"}) {
		t.Errorf("-x tests on pkg/ = %v", got)
	}
	o = defaultOpts(".")
	o.Exclude = []string{"*/mod.py"}
	if got := names(discover(o)); contains(got, "./pkg/mod.py") || !contains(got, "./pkg/tests/test_mod.py") {
		t.Errorf("-x '*/mod.py' = %v", got)
	}
}

func TestDiscoverErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"ok.py": ""})
	chdir(t, dir)
	if err := os.Symlink("loop_b.py", "loop_a.py"); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("loop_a.py", "loop_b.py"); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(".", "self"); err != nil { // a directory loop: never followed
		t.Fatal(err)
	}
	d := discover(defaultOpts(".", "missing.py"))
	if got := names(d); !reflect.DeepEqual(got, []string{"./ok.py"}) {
		t.Errorf("files = %v", got)
	}
	reasons := map[string]string{}
	for _, e := range d.errors {
		reasons[e.Filename] = e.Reason
	}
	if r := reasons["missing.py"]; r != "No such file or directory" {
		t.Errorf("missing.py reason %q", r)
	}
	for _, f := range []string{"./loop_a.py", "./loop_b.py"} {
		if !strings.HasPrefix(reasons[f], "symlink loop") {
			t.Errorf("%s reason %q, want a symlink loop", f, reasons[f])
		}
	}
}

func TestFnmatch(t *testing.T) {
	cases := []struct {
		pat, s string
		want   bool
	}{
		{"*.py", "a/b/c.py", true},
		{"*.py", "c.pyw", false},
		{"dir/*", "dir/sub/x.py", true},
		{"?.py", "a.py", true},
		{"[ab].py", "b.py", true},
		{"[!ab].py", "b.py", false},
		{"*.egg", "./x.egg", true},
		{"a+b.py", "a+b.py", true},
	}
	for _, tc := range cases {
		if got := compileFnmatch(tc.pat).match(tc.s); got != tc.want {
			t.Errorf("fnmatch(%q, %q) = %v", tc.s, tc.pat, got)
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

// TestDiscoverIgnoredTarget: a directory git ignores is scanned whole when
// it is named as a target.
func TestDiscoverIgnoredTarget(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		".git/HEAD":               "",
		".gitignore":              "/versions\n*.tmp.py\n",
		"versions/3/lib/a.py":     "",
		"versions/3/lib/b.tmp.py": "",
		"src/c.py":                "",
	})
	chdir(t, dir)
	if got := names(discover(defaultOpts("."))); !reflect.DeepEqual(got, []string{"./src/c.py"}) {
		t.Errorf("discover(.) = %v", got)
	}
	want := []string{"versions/3/lib/a.py", "versions/3/lib/b.tmp.py"}
	if got := names(discover(defaultOpts("versions/3"))); !reflect.DeepEqual(got, want) {
		t.Errorf("discover(versions/3) = %v, want %v", got, want)
	}
}

// TestNonUTF8FileNames: a file name that is not UTF-8 is reported with
// \xNN escapes (reports are UTF-8), while the file is still read by its
// real name, for the scan and for code excerpts.
func TestNonUTF8FileNames(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"bad\xffname.py": "x = 1  flag(B602)\n", "ok.py": ""})
	chdir(t, dir)
	for _, target := range []string{".", "bad\xffname.py"} {
		res := runFake(t, defaultOpts(target))
		if got := summary(res.Findings); !reflect.DeepEqual(got, []string{`./bad\xffname.py:1:B602`}) {
			t.Errorf("%q: findings %v", target, got)
		}
		if lines := res.SourceLines(`./bad\xffname.py`); len(lines) != 1 || lines[0] != "x = 1  flag(B602)" {
			t.Errorf("%q: source lines %q", target, lines)
		}
	}
}
