package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kraitsec/krait/python/notebook"
)

var update = flag.Bool("update", false, "rewrite the e2e golden files")

// kraitBin is the binary built once for every end-to-end test.
var kraitBin string

// repoRoot is where the binary runs, so reported paths are repo-relative.
const repoRoot = "../.."

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "krait-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	kraitBin = filepath.Join(dir, "krait")
	build := exec.Command("go", "build", "-o", kraitBin, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building krait:", err)
		os.RemoveAll(dir)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

// krait runs the binary in dir (relative to the repository root).
func krait(t *testing.T, dir, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(kraitBin, args...)
	cmd.Dir = filepath.Join(repoRoot, dir)
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	if stdin != "" {
		cmd.Stdin = strings.NewReader(stdin)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running krait %v: %v", args, err)
	}
	return result{out.String(), errb.String(), code}
}

var (
	timestamps = regexp.MustCompile(`\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?`)
	absRoot    = func() string { abs, _ := filepath.Abs(repoRoot); return abs }()
)

// mask hides what changes from run to run: times and the checkout path.
func mask(s string) string {
	s = timestamps.ReplaceAllString(s, "<TIME>")
	return strings.ReplaceAll(s, absRoot, "<ROOT>")
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join(repoRoot, "testdata/e2e/golden", name+".golden")
	got = mask(got)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/krait -update)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (go test ./cmd/krait -update to accept):\n%s", path, diffLines(string(want), got))
	}
}

func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("first difference at line %d:\n want: %q\n  got: %q", i+1, wl, gl)
		}
	}
	return "(no line differs)"
}

// TestGolden runs each format and a few option sets on the fixture trees
// and compares stdout with the golden files; it also checks exit codes.
func TestGolden(t *testing.T) {
	cases := []struct {
		name  string
		dir   string
		args  []string
		stdin string
		code  int
	}{
		{"basic_text", "", []string{"scan", "testdata/e2e/basic"}, "", 1},
		{"basic_json", "", []string{"scan", "-f", "json", "testdata/e2e/basic"}, "", 1},
		{"basic_json_vuln", "", []string{"scan", "-f", "json", "-a", "vuln", "-n", "1", "testdata/e2e/basic/vuln.py"}, "", 1},
		{"basic_sarif", "", []string{"scan", "-f", "sarif", "testdata/e2e/basic"}, "", 1},
		{"basic_csv", "", []string{"scan", "-f", "csv", "testdata/e2e/basic"}, "", 1},
		{"basic_xml", "", []string{"scan", "-f", "xml", "testdata/e2e/basic"}, "", 1},
		{"basic_yaml", "", []string{"scan", "-f", "yaml", "testdata/e2e/basic"}, "", 1},
		{"basic_custom", "", []string{"scan", "-f", "custom", "--msg-template", "{relpath}:{line}:{col}: {test_id} {severity}/{confidence} {msg}", "testdata/e2e/basic"}, "", 1},
		{"basic_high_only", "", []string{"scan", "-lll", "-iii", "-f", "custom", "testdata/e2e/basic"}, "", 1},
		{"basic_skip", "", []string{"scan", "-s", "B602,B307", "-f", "custom", "--msg-template", "{relpath}:{line} {test_id}", "testdata/e2e/basic"}, "", 1},
		{"basic_tests", "", []string{"scan", "-t", "B101,blacklist_imports_fake,subprocess_popen_with_shell_equals_true", "-f", "custom", "--msg-template", "{relpath}:{line} {test_id}", "testdata/e2e/basic"}, "", 1},
		{"basic_ignore_nosec", "", []string{"scan", "--ignore-nosec", "-f", "custom", "--msg-template", "{relpath}:{line} {test_id}", "testdata/e2e/basic/nosec.py"}, "", 1},
		{"explicit_file_naming", "testdata/e2e/basic", []string{"scan", "-f", "csv", "vuln.py", "pkg"}, "", 1},
		{"clean", "", []string{"scan", "testdata/e2e/clean"}, "", 0},
		{"exit_zero", "", []string{"scan", "--exit-zero", "-f", "custom", "testdata/e2e/basic/vuln.py"}, "", 0},
		{"stdin", "", []string{"scan", "-f", "custom", "--msg-template", "{relpath}:{line} {test_id}", "-"}, "import pickle\npickle.loads(b'')  # nosec B403\n", 1},
		{"configured_pyproject", "", []string{"scan", "-f", "custom", "--msg-template", "{relpath}:{line} {test_id}", "testdata/e2e/configured"}, "", 1},
		{"examples", "", []string{"scan", "examples"}, "", 1},
		{"yaml_profile", "", []string{"scan", "-c", "testdata/e2e/yamlconf/bandit.yaml", "-f", "custom", "--msg-template", "{relpath}:{line} {test_id}", "testdata/e2e/yamlconf"}, "", 1},
		{"bandit_ini", "", []string{"scan", "-f", "custom", "--msg-template", "{relpath}:{line} {test_id}", "testdata/e2e/inidir"}, "", 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := krait(t, tc.dir, tc.stdin, tc.args...)
			if r.code != tc.code {
				t.Errorf("exit code %d, want %d; stderr:\n%s", r.code, tc.code, r.stderr)
			}
			out := r.stdout
			if strings.HasSuffix(tc.name, "_sarif") {
				out = sarifWithoutRuleDocs(t, out)
			}
			golden(t, tc.name, out)
		})
	}
}

// TestUsageErrors: bad flags and bad configuration files exit 2 with one
// "krait: error:" line naming the problem (file:line for config files).
func TestUsageErrors(t *testing.T) {
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"unknown flag", []string{"scan", "--frobnicate"}, "unknown flag: --frobnicate"},
		{"unknown short flag", []string{"scan", "-z"}, "unknown shorthand flag: 'z'"},
		{"bad format", []string{"scan", "-f", "pdf", "testdata/e2e/clean"}, `--format: invalid choice "pdf"`},
		{"bad severity", []string{"scan", "--severity-level", "urgent", "testdata/e2e/clean"}, `--severity-level: invalid choice "urgent"`},
		{"exclusive levels", []string{"scan", "-l", "--severity-level", "low", "testdata/e2e/clean"}, "--level and --severity-level cannot be used together"},
		{"template without custom", []string{"scan", "--msg-template", "{line}", "testdata/e2e/clean"}, "--msg-template can only be used with --format=custom"},
		{"yaml unknown key", []string{"scan", "-c", "testdata/e2e/badconfig/yaml/bandit.yaml", "testdata/e2e/clean"}, `testdata/e2e/badconfig/yaml/bandit.yaml:3: unknown key "exclude_dirz"`},
		{"pyproject bad value", []string{"scan", "testdata/e2e/badconfig/toml"}, `pyproject.toml:6: tool.krait.severity_level: want "all", "low", "medium" or "high", got "critical"`},
		{"ini bad value", []string{"scan", "testdata/e2e/badconfig/ini"}, `testdata/e2e/badconfig/ini/.bandit:3: recursive: want true or false, got "perhaps"`},
		{"missing config", []string{"scan", "-c", "nope.yaml", "testdata/e2e/clean"}, "nope.yaml: cannot read config file"},
		{"missing baseline", []string{"scan", "-b", "nope.json", "testdata/e2e/clean"}, "could not open baseline report nope.json"},
		{"baseline with csv", []string{"scan", "-b", "nope.json", "-f", "csv", "testdata/e2e/clean"}, "baseline comparison is only supported"},
		{"overlapping tests", []string{"scan", "-t", "B101", "-s", "B101", "testdata/e2e/clean"}, "test B101 is both selected"},
		{"no tests", []string{"scan", "-t", "B999", "testdata/e2e/clean"}, "no tests would be run"},
		{"unknown command", []string{"lint"}, `unknown command "lint"`},
		{"explain unknown", []string{"explain", "B999"}, `unknown rule "B999"`},
		{"unknown profile", []string{"scan", "-p", "ShellInjection", "testdata/e2e/clean"}, "unable to find profile (ShellInjection)"},
		{"level four times", []string{"scan", "-llll", "testdata/e2e/clean"}, "--level: -l can be given at most 3 times"},
		{"level counted apart", []string{"scan", "-l", "-l", "-ll", "testdata/e2e/clean"}, "--level: -l can be given at most 3 times"},
		{"confidence four times", []string{"scan", "-iiii", "testdata/e2e/clean"}, "--confidence: -i can be given at most 3 times"},
		{"jobs zero", []string{"scan", "-j", "0", "testdata/e2e/clean"}, "--jobs must be at least 1"},
		{"jobs negative", []string{"scan", "-j", "-3", "testdata/e2e/clean"}, "--jobs must be at least 1"},
		{"jobs not a number", []string{"scan", "-j", "many", "testdata/e2e/clean"}, `invalid argument "many" for "-j, --jobs"`},
		{"number negative", []string{"scan", "-n", "-1", "testdata/e2e/clean"}, "--number must not be negative"},
		{"bad aggregate", []string{"scan", "-a", "severity", "testdata/e2e/clean"}, `--aggregate: invalid choice "severity"`},
		{"bad confidence level", []string{"scan", "--confidence-level", "sure", "testdata/e2e/clean"}, `--confidence-level: invalid choice "sure"`},
		{"bad max file size", []string{"scan", "--max-file-size", "big", "testdata/e2e/clean"}, `--max-file-size: invalid size "big"`},
		{"yaml syntax", []string{"scan", "-c", "testdata/e2e/badconfig/syntax/bad.yaml", "testdata/e2e/clean"}, "testdata/e2e/badconfig/syntax/bad.yaml:1: invalid YAML"},
		{"yaml list", []string{"scan", "-c", "testdata/e2e/badconfig/syntax/list.yaml", "testdata/e2e/clean"}, "list.yaml:1: config file must be a mapping of keys to values"},
		{"toml syntax", []string{"scan", "-c", "testdata/e2e/badconfig/syntax/bad.toml", "testdata/e2e/clean"}, "testdata/e2e/badconfig/syntax/bad.toml:1: invalid TOML"},
		{"ini syntax", []string{"scan", "--ini", "testdata/e2e/badconfig/syntax/bad.ini", "testdata/e2e/clean"}, `bad.ini:1: malformed section header "[bandit"`},
		{"missing ini", []string{"scan", "--ini", "nope.ini", "testdata/e2e/clean"}, "nope.ini"},
		{"output in a missing directory", []string{"scan", "-f", "json", "-o", "testdata/e2e/no/such/dir/r.json", "testdata/e2e/clean"}, "cannot open output file testdata/e2e/no/such/dir/r.json: no such file or directory"},
		{"explain without id", []string{"explain"}, "usage: krait explain RULE-ID"},
		{"config output in a missing directory", []string{"config", "--show-defaults", "-o", "/nonexistent/x.yaml"}, "krait: error: cannot write /nonexistent/x.yaml: no such file or directory"},
		{"unbalanced template", []string{"scan", "-f", "custom", "--msg-template", "{line", "testdata/e2e/clean"}, "krait: error: --msg-template: Template is not in valid format: expected '}' before end of string"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := krait(t, "", "", tc.args...)
			if r.code != 2 {
				t.Errorf("exit code %d, want 2; stdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
			}
			lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
			var errs []string
			for _, l := range lines {
				if strings.HasPrefix(l, "krait: error: ") {
					errs = append(errs, l)
				}
			}
			if len(errs) != 1 || !strings.Contains(errs[0], tc.want) {
				t.Errorf("stderr %q: want one error line containing %q", r.stderr, tc.want)
			}
			if r.stdout != "" {
				t.Errorf("stdout not empty: %q", r.stdout)
			}
		})
	}
}

// TestWantAnnotations checks the JSON results against the "# want: ID"
// comments of the fixtures: every annotated line is reported with that
// id, and nothing else is.
func TestWantAnnotations(t *testing.T) {
	for _, args := range [][]string{
		{"testdata/e2e/basic"}, {"testdata/e2e/configured"}, {"testdata/e2e/inidir"},
		{"-c", "testdata/e2e/yamlconf/bandit.yaml", "testdata/e2e/yamlconf"},
	} {
		dir := args[len(args)-1]
		r := krait(t, "", "", append([]string{"scan", "-f", "json"}, args...)...)
		var rep struct {
			Results []struct {
				Filename string `json:"filename"`
				Line     int    `json:"line_number"`
				TestID   string `json:"test_id"`
			} `json:"results"`
		}
		if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		var got []string
		for _, res := range rep.Results {
			got = append(got, fmt.Sprintf("%s:%d:%s", res.Filename, res.Line, res.TestID))
		}
		want := wantAnnotations(t, dir)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s:\n got  %v\n want %v", dir, got, want)
		}
	}
}

var wantComment = regexp.MustCompile(`# want: ([A-Z]\d+(?:,\s*[A-Z]\d+)*)`)

// wantAnnotations reads "# want:" comments under dir (skipping the
// directories the fixture's config excludes), notebooks through the same
// conversion the scanner uses.
func wantAnnotations(t *testing.T, dir string) []string {
	var out []string
	err := filepath.WalkDir(filepath.Join(repoRoot, dir), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		var src []byte
		switch filepath.Ext(path) {
		case ".py":
			src, err = os.ReadFile(path)
		case ".ipynb":
			var data []byte
			if data, err = os.ReadFile(path); err == nil {
				src, _, err = notebook.Convert(data)
			}
		default:
			return nil
		}
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(repoRoot, path)
		for i, line := range strings.Split(string(src), "\n") {
			if m := wantComment.FindStringSubmatch(line); m != nil {
				for _, id := range strings.Split(m[1], ",") {
					out = append(out, fmt.Sprintf("%s:%d:%s", filepath.ToSlash(rel), i+1, strings.TrimSpace(id)))
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// sarifWithoutRuleDocs drops the rule metadata (documentation that the
// checks own and report/sarif tests) so the golden follows what this
// command decides: results, locations, notifications.
func sarifWithoutRuleDocs(t *testing.T, doc string) string {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		t.Fatalf("sarif output is not JSON: %v", err)
	}
	runs, _ := v["runs"].([]any)
	for _, r := range runs {
		if tool, ok := r.(map[string]any)["tool"].(map[string]any); ok {
			if driver, ok := tool["driver"].(map[string]any); ok {
				delete(driver, "rules")
			}
		}
	}
	out, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(out) + "\n"
}
