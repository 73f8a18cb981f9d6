package all_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kraitsec/krait/checks"
	_ "github.com/kraitsec/krait/checks/all"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/parser"
)

// A fixture line ending in `# want: B602(HIGH,HIGH), B607` must produce
// exactly those findings (severity and confidence checked when given);
// every other line must produce none; text after " -- " is commentary.
// Header comments tune the run:
//
//	# fixture-config: {"shell_injection": {...}}   plugin options (JSON)
//	# fixture-enable: K101, K104                  rules enabled on top of the defaults
//	# fixture-disable: B311                       rules disabled
//	# fixture-filename: ./pkg/test_x.py           the filename reported to the checks
var (
	wantRE = regexp.MustCompile(`#\s*want:\s*(.*)$`)
	itemRE = regexp.MustCompile(`^([BK]\d+)(?:\((\w+),(\w+)\))?$`)
)

type want struct {
	line       int
	id         string
	sev, conf  string // "" = any
	matchedAny bool
}

type fixture struct {
	path     string
	src      []byte
	cfg      *checks.Config
	filename string
	wants    []want
}

func loadFixture(t *testing.T, path string) fixture {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fx := fixture{path: path, src: src, filename: path, cfg: &checks.Config{}}
	enable, disable := map[string]bool{}, map[string]bool{}
	for i, line := range strings.Split(string(src), "\n") {
		switch {
		case strings.HasPrefix(line, "# fixture-config:"):
			if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "# fixture-config:")), &fx.cfg.Plugins); err != nil {
				t.Fatalf("%s:%d: bad fixture-config: %v", path, i+1, err)
			}
		case strings.HasPrefix(line, "# fixture-enable:"):
			for _, id := range splitList(strings.TrimPrefix(line, "# fixture-enable:")) {
				enable[id] = true
			}
		case strings.HasPrefix(line, "# fixture-disable:"):
			for _, id := range splitList(strings.TrimPrefix(line, "# fixture-disable:")) {
				disable[id] = true
			}
		case strings.HasPrefix(line, "# fixture-filename:"):
			fx.filename = strings.TrimSpace(strings.TrimPrefix(line, "# fixture-filename:"))
		}
		m := wantRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		list, _, _ := strings.Cut(m[1], " -- ") // text after " -- " is commentary
		for _, item := range splitList(list) {
			im := itemRE.FindStringSubmatch(item)
			if im == nil {
				t.Fatalf("%s:%d: bad want item %q", path, i+1, item)
			}
			fx.wants = append(fx.wants, want{line: i + 1, id: im[1], sev: im[2], conf: im[3]})
		}
	}
	fx.cfg.Enabled = func(id string) bool {
		if !mine(id) {
			return false
		}
		if disable[id] {
			return false
		}
		if enable[id] {
			return true
		}
		r := finding.LookupRule(id)
		return r != nil && !r.OffByDefault
	}
	return fx
}

// mine: the ids these fixtures cover, bandit's and krait's K1xx; the
// framework rules (K2xx–K4xx) have their own fixtures in checks/frameworks.
func mine(id string) bool {
	return strings.HasPrefix(id, "B") || strings.HasPrefix(id, "K1")
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	// rejoin "B602(HIGH" "HIGH)" split by the comma inside parentheses
	var joined []string
	for i := 0; i < len(out); i++ {
		p := out[i]
		if strings.Contains(p, "(") && !strings.Contains(p, ")") && i+1 < len(out) {
			p += "," + out[i+1]
			i++
		}
		joined = append(joined, p)
	}
	return joined
}

func fixtures(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob("../testdata/*.py")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	return paths
}

func runFixture(t *testing.T, fx fixture) []finding.Finding {
	t.Helper()
	f, err := parser.Parse(fx.path, fx.src)
	if err != nil {
		t.Fatalf("parse %s: %v", fx.path, err)
	}
	return checks.Run(f, fx.filename, fx.cfg)
}

// TestFixtures runs every fixture and compares findings with its # want
// annotations: nothing missing, nothing extra.
func TestFixtures(t *testing.T) {
	for _, path := range fixtures(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			fx := loadFixture(t, path)
			got := runFixture(t, fx)
			used := make([]bool, len(got))
			for _, w := range fx.wants {
				found := false
				for i, g := range got {
					if used[i] || g.Line != w.line || g.RuleID != w.id {
						continue
					}
					if w.sev != "" && (g.Severity.String() != w.sev || g.Confidence.String() != w.conf) {
						continue
					}
					used[i], found = true, true
					break
				}
				if !found {
					t.Errorf("%s:%d: missing %s%s; got on that line: %s", path, w.line, w.id, levels(w.sev, w.conf), onLine(got, w.line))
				}
			}
			for i, g := range got {
				if !used[i] {
					t.Errorf("%s:%d: unexpected %s(%s,%s) %q", path, g.Line, g.RuleID, g.Severity, g.Confidence, g.Message)
				}
			}
		})
	}
}

func levels(sev, conf string) string {
	if sev == "" {
		return ""
	}
	return "(" + sev + "," + conf + ")"
}

func onLine(fs []finding.Finding, line int) string {
	var out []string
	for _, f := range fs {
		if f.Line == line {
			out = append(out, fmt.Sprintf("%s(%s,%s)", f.RuleID, f.Severity, f.Confidence))
		}
	}
	if len(out) == 0 {
		return "nothing"
	}
	return strings.Join(out, " ")
}

// TestEveryRuleHasFixtureAndDocs: each registered, non-retired rule is hit
// by some fixture, and every rule's documentation is complete.
func TestEveryRuleHasFixtureAndDocs(t *testing.T) {
	hit := map[string]bool{}
	for _, path := range fixtures(t) {
		fx := loadFixture(t, path)
		for _, g := range runFixture(t, fx) {
			hit[g.RuleID] = true
		}
	}
	for _, r := range finding.Rules() {
		if !mine(r.ID) {
			continue
		}
		d := r.Doc
		if d.Summary == "" || d.Why == "" || d.Remediation == "" {
			t.Errorf("%s: incomplete docs (summary, why and remediation are required)", r.ID)
		}
		if r.Retired {
			if !strings.Contains(d.Summary, "Retired") {
				t.Errorf("%s: retired rule docs must say so", r.ID)
			}
			continue
		}
		if d.Bad == "" || d.Good == "" || len(d.References) == 0 {
			t.Errorf("%s: docs need a vulnerable example, a fixed example and references", r.ID)
		}
		if r.Name == "" || r.MoreInfo == "" || r.Severity == finding.Undefined || r.Confidence == finding.Undefined {
			t.Errorf("%s: incomplete metadata %+v", r.ID, r)
		}
		if !hit[r.ID] {
			t.Errorf("%s: no fixture produces it", r.ID)
		}
	}
}

// TestCatalogueIDs: every id the catalogue lists is registered, the
// retired ones as retired.
func TestCatalogueIDs(t *testing.T) {
	var ids []string
	add := func(lo, hi int) {
		for i := lo; i <= hi; i++ {
			ids = append(ids, fmt.Sprintf("B%d", i))
		}
	}
	add(101, 108)
	ids = append(ids, "B110", "B112", "B113", "B201", "B202", "B324")
	add(501, 509)
	add(601, 615)
	add(701, 704)
	add(301, 308)
	add(310, 319)
	ids = append(ids, "B321", "B323")
	add(401, 409)
	ids = append(ids, "B411", "B412", "B413", "B415")
	for _, id := range ids {
		r := finding.LookupRule(id)
		if r == nil || r.Retired {
			t.Errorf("%s: not registered as an active rule", id)
		}
	}
	for _, id := range []string{"B309", "B320", "B322", "B325", "B410"} {
		if r := finding.LookupRule(id); r == nil || !r.Retired {
			t.Errorf("%s: not registered as retired", id)
		}
	}
	if ids, ok := finding.ResolveWord("B001"); !ok || len(ids) < 30 {
		t.Errorf("B001 should name every blacklist id, got %v", ids)
	}
	for word, id := range map[string]string{"pickle": "B301", "import_pickle": "B403", "hashlib": "B324", "snmp_weak_cryptography": "B509"} {
		if ids, _ := finding.ResolveWord(word); !slices.Contains(ids, id) {
			t.Errorf("nosec word %q should name %s, got %v", word, id, ids)
		}
	}
	if n := len(checks.DefaultPlugins()); n != 8 {
		keys := slices.Sorted(func(yield func(string) bool) {
			for k := range checks.DefaultPlugins() {
				if !yield(k) {
					return
				}
			}
		})
		t.Errorf("DefaultPlugins has %d blocks, want 8: %v", n, keys)
	}
}
