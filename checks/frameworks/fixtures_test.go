package frameworks_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kraitsec/krait/checks"
	_ "github.com/kraitsec/krait/checks/all"
	_ "github.com/kraitsec/krait/checks/frameworks/django"
	_ "github.com/kraitsec/krait/checks/frameworks/jwt"
	_ "github.com/kraitsec/krait/checks/frameworks/ml"
	_ "github.com/kraitsec/krait/checks/frameworks/secrets"
	_ "github.com/kraitsec/krait/checks/frameworks/web"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/parser"
)

// Fixtures use the convention of checks/all: a line ending in
// `# want: K204, B105` must produce exactly those findings, every other
// line none. Headers: `# fixture-filename: proj/settings.py` (the name the
// checks see), `# fixture-enable: K252` (rules enabled on top of the
// defaults).
var wantRE = regexp.MustCompile(`#\s*want:\s*(.*)$`)

type want struct {
	line int
	id   string
}

func load(t *testing.T, path string) (src []byte, filename string, cfg *checks.Config, wants []want) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	filename = path
	enable := map[string]bool{}
	for i, line := range strings.Split(string(src), "\n") {
		if v, ok := strings.CutPrefix(line, "# fixture-filename:"); ok {
			filename = strings.TrimSpace(v)
		}
		if v, ok := strings.CutPrefix(line, "# fixture-enable:"); ok {
			for _, id := range strings.Split(v, ",") {
				enable[strings.TrimSpace(id)] = true
			}
		}
		m := wantRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		list, _, _ := strings.Cut(m[1], " -- ")
		for _, id := range strings.Split(list, ",") {
			if id = strings.TrimSpace(id); id != "" {
				if !regexp.MustCompile(`^[BKT]\d+$`).MatchString(id) {
					t.Fatalf("%s:%d: bad want item %q", path, i+1, id)
				}
				wants = append(wants, want{i + 1, id})
			}
		}
	}
	cfg = &checks.Config{Enabled: func(id string) bool {
		if enable[id] {
			return true
		}
		r := finding.LookupRule(id)
		return r != nil && !r.OffByDefault
	}}
	return src, filename, cfg, wants
}

func fixturePaths(t *testing.T) []string {
	paths, err := filepath.Glob("testdata/*.py")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	return paths
}

func run(t *testing.T, path string) ([]finding.Finding, []want) {
	src, filename, cfg, wants := load(t, path)
	f, err := parser.Parse(path, src)
	if err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	return checks.Run(f, filename, cfg), wants
}

// TestFixtures: every # want is reported on its line and nothing else is.
func TestFixtures(t *testing.T) {
	for _, path := range fixturePaths(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			got, wants := run(t, path)
			used := make([]bool, len(got))
			for _, w := range wants {
				found := false
				for i, g := range got {
					if !used[i] && g.Line == w.line && g.RuleID == w.id {
						used[i], found = true, true
						break
					}
				}
				if !found {
					t.Errorf("%s:%d: missing %s", path, w.line, w.id)
				}
			}
			for i, g := range got {
				if !used[i] {
					t.Errorf("%s:%d: unexpected %s %q", path, g.Line, g.RuleID, g.Message)
				}
			}
		})
	}
}

// TestEveryFrameworkRuleIsExercised: each K2xx–K4xx rule is produced by
// some fixture and documented completely.
func TestEveryFrameworkRuleIsExercised(t *testing.T) {
	hit := map[string]bool{}
	for _, path := range fixturePaths(t) {
		got, _ := run(t, path)
		for _, g := range got {
			hit[g.RuleID] = true
		}
	}
	n := 0
	for _, r := range finding.Rules() {
		if len(r.ID) != 4 || r.ID[0] != 'K' || r.ID[1] < '2' || r.ID[1] > '4' {
			continue
		}
		n++
		d := r.Doc
		if d.Summary == "" || d.Why == "" || d.Bad == "" || d.Good == "" || d.Remediation == "" || len(d.References) == 0 || r.CWE == 0 {
			t.Errorf("%s: incomplete metadata or docs", r.ID)
		}
		if !hit[r.ID] {
			t.Errorf("%s: no fixture produces it", r.ID)
		}
	}
	if n == 0 {
		t.Fatal("no framework rules registered")
	}
}

// TestDocExamples: each framework rule's vulnerable example triggers it
// and its fixed example does not, so `krait explain` never shows a wrong
// example.
func TestDocExamples(t *testing.T) {
	runner := checks.Compile(&checks.Config{Enabled: func(string) bool { return true }})
	fires := func(id, src string) (bool, error) {
		f, err := parser.Parse(id+".py", []byte(src))
		if err != nil {
			return false, err
		}
		for _, g := range runner.RunModule(f.Module, f.Src, "app/"+id+".py") {
			if g.RuleID == id {
				return true, nil
			}
		}
		return false, nil
	}
	for _, r := range finding.Rules() {
		if len(r.ID) != 4 || r.ID[0] != 'K' || r.ID[1] < '2' || r.ID[1] > '4' {
			continue
		}
		if got, err := fires(r.ID, r.Doc.Bad); err != nil || !got {
			t.Errorf("%s: vulnerable example does not trigger it (err %v):\n%s", r.ID, err, r.Doc.Bad)
		}
		if got, err := fires(r.ID, r.Doc.Good); err != nil || got {
			t.Errorf("%s: fixed example triggers it (err %v):\n%s", r.ID, err, r.Doc.Good)
		}
	}
}
