package labelled

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/kraitsec/krait/finding"
)

const suiteDir = "../../testdata/labelled"

// floor is a category's recorded result: the test fails when a change makes
// krait find fewer of its vulnerable cases or flag more of its safe ones.
// Raise the figures when the engine gets better (go run ./internal/labelled/score).
type floor struct{ minTP, maxFP int }

// floors are the taint-only figures (Mode TaintOnly) recorded on 2026-12-04
// with 445 cases.
var floors = map[string]floor{
	"cipher":          {5, 0},
	"cmdi":            {22, 0},
	"codeinj":         {11, 0},
	"deserialization": {12, 0},
	"hash":            {9, 0},
	"ldapi":           {12, 0},
	"pathtraver":      {23, 0},
	"redirect":        {13, 0},
	"securecookie":    {9, 0},
	"sqli":            {25, 0},
	"ssrf":            {13, 0},
	"trustbound":      {10, 0},
	"weakrand":        {9, 0},
	"xpathi":          {11, 0},
	"xss":             {26, 0},
	"xxe":             {10, 0},
}

// minAverageScore is the recorded average of the categories' Youden scores.
const minAverageScore = 1.00

func TestSuiteScoreFloor(t *testing.T) {
	cases, err := LoadSuite(suiteDir)
	if err != nil {
		t.Fatal(err)
	}
	found, errs, err := Scan(suiteDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range errs {
		t.Errorf("scan error: %s: %s", e.Filename, e.Reason)
	}
	res := Evaluate(cases, found, TaintOnly)
	t.Logf("taint rules only, %d cases\n%s", len(cases), res.Format())
	seen := map[string]bool{}
	for _, row := range res.Rows {
		seen[row.Category] = true
		f, ok := floors[row.Category]
		if !ok {
			t.Errorf("category %s has no recorded floor", row.Category)
			continue
		}
		if row.TP < f.minTP {
			t.Errorf("%s: %d vulnerable cases found, the floor is %d", row.Category, row.TP, f.minTP)
		}
		if row.FP > f.maxFP {
			t.Errorf("%s: %d safe cases flagged, at most %d were", row.Category, row.FP, f.maxFP)
		}
	}
	for cat := range floors {
		if !seen[cat] {
			t.Errorf("category %s has a floor but no case", cat)
		}
	}
	if got := res.AverageScore(); got < minAverageScore {
		t.Errorf("average score %.3f is below the floor %.3f", got, minAverageScore)
	}
	if testing.Verbose() {
		for _, c := range res.Misses {
			t.Logf("FN %s", c.File)
		}
		for file, fs := range res.FalseAlarms {
			for _, f := range fs {
				t.Logf("FP %s:%d %s", file, f.Line, f.RuleID)
			}
		}
	}
}

// TestWantLines checks that where a vulnerable case is found, the expected
// rule is reported on its annotated sink line (not only somewhere in the
// file), so the suite's annotations stay honest.
func TestWantLines(t *testing.T) {
	cases, err := LoadSuite(suiteDir)
	if err != nil {
		t.Fatal(err)
	}
	found, _, err := Scan(suiteDir)
	if err != nil {
		t.Fatal(err)
	}
	at := map[string]bool{}
	for _, f := range found {
		at[key(f.Filename, f.Line, f.RuleID)] = true
	}
	res := Evaluate(cases, found, AllRules)
	for _, c := range cases {
		if !c.Vulnerable || len(res.Flagging[c.File]) == 0 {
			continue
		}
		for line, rule := range c.Wants {
			if !at[key(c.File, line, rule)] {
				t.Errorf("%s:%d: flagged, but not with %s on the annotated line", c.File, line, rule)
			}
		}
	}
}

func key(file string, line int, rule string) string {
	return filepath.Clean(file) + ":" + strconv.Itoa(line) + ":" + rule
}

// TestEvaluate checks the scoring on a hand-made run.
func TestEvaluate(t *testing.T) {
	cases := []Case{
		{File: "a.py", Category: "sqli", Vulnerable: true, CWE: 89},
		{File: "b.py", Category: "sqli", Vulnerable: true, CWE: 89},
		{File: "c.py", Category: "sqli", Vulnerable: false, CWE: 89},
		{File: "d.py", Category: "sqli", Vulnerable: false, CWE: 89},
		{File: "e.py", Category: "hash", Vulnerable: true, CWE: 328},
	}
	found := []finding.Finding{
		{Filename: "./a.py", RuleID: "T89", CWE: 89},
		{Filename: "b.py", RuleID: "B608", CWE: 89}, // a check: counts only with AllRules
		{Filename: "c.py", RuleID: "T78", CWE: 78},  // another category's CWE: not a flag
		{Filename: "d.py", RuleID: "B608", CWE: 89},
		{Filename: "e.py", RuleID: "B324", CWE: 327}, // CWE-328's parent is accepted
	}
	tests := []struct {
		mode           Mode
		tp, fn, fp, tn int
	}{
		{AllRules, 3, 0, 1, 1},
		{TaintOnly, 2, 1, 0, 2},
	}
	for _, tc := range tests {
		r := Evaluate(cases, found, tc.mode).Total
		if r.TP != tc.tp || r.FN != tc.fn || r.FP != tc.fp || r.TN != tc.tn {
			t.Errorf("mode %d: got TP %d FN %d FP %d TN %d, want %d %d %d %d", tc.mode, r.TP, r.FN, r.FP, r.TN,
				tc.tp, tc.fn, tc.fp, tc.tn)
		}
	}
	all := Evaluate(cases, found, AllRules)
	for _, row := range all.Rows {
		if row.Category == "sqli" && (row.Precision() != 2.0/3 || row.Recall() != 1 || row.Score() != 0.5) {
			t.Errorf("sqli: precision %.3f recall %.3f score %.3f", row.Precision(), row.Recall(), row.Score())
		}
	}
}

// TestLoadSuiteRejectsBadHeaders: a case without a label, or whose want
// annotations contradict its label, must not silently drop out.
func TestLoadSuiteRejectsBadHeaders(t *testing.T) {
	bad := map[string]string{
		"nolabel.py":  "import os\n",
		"safewant.py": "# label: cmdi safe CWE-78\nimport os\nos.system(x)  # want: T78\n",
		"vulnnone.py": "# label: cmdi vulnerable CWE-78\nimport os\n",
	}
	for name, src := range bad {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadSuite(dir); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
