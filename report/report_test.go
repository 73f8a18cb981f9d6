package report_test

import (
	"slices"
	"testing"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/report"
	"github.com/kraitsec/krait/report/internal/reporttest"
)

func TestFixtureIsSorted(t *testing.T) {
	fs := reporttest.Findings()
	if !slices.IsSortedFunc(fs, func(a, b finding.Finding) int { return finding.Compare(&a, &b) }) {
		t.Error("fixture findings are not in finding.Compare order")
	}
}

func TestOrder(t *testing.T) {
	run := reporttest.Run()
	byFile := report.Order(run, "file")
	if !slices.Equal(byFile, []int{0, 1, 2, 3, 4}) {
		t.Errorf("file order %v", byFile)
	}
	// vuln: by test name, stable: blacklist, fixture_without_cwe,
	// hardcoded_password_string, sql_injection, subprocess_popen...
	if got := report.Order(run, "vuln"); !slices.Equal(got, []int{0, 3, 2, 4, 1}) {
		t.Errorf("vuln order %v", got)
	}
}

func TestExcerpt(t *testing.T) {
	lines := []string{"a", "b", "c", "d", "e", "f"}
	opts := report.Options{SourceLines: func(string) []string { return lines }}
	cases := []struct {
		line      int
		lineRange []int
		context   int
		want      []int
	}{
		{3, []int{3}, 3, []int{2, 3, 4}}, // n//2 = 1 before, len+n-1 = 3 lines
		{1, []int{1}, 3, []int{1, 2, 3}}, // clamped at line 1
		{6, []int{6}, 3, []int{5, 6}},    // stops at end of file
		{2, []int{2, 3, 4}, 3, []int{1, 2, 3, 4, 5}},
		{3, []int{3}, 0, []int{3}}, // bandit: max(n, 1)
		{3, []int{3}, -5, []int{3}},
		{4, []int{4}, 5, []int{2, 3, 4, 5, 6}},
		{3, nil, 1, []int{3}}, // no line range: the line
	}
	for _, c := range cases {
		opts.Context = c.context
		f := finding.Finding{Line: c.line, LineRange: c.lineRange}
		var got []int
		for _, l := range report.Excerpt(&f, opts) {
			got = append(got, l.Number)
			if l.Text != lines[l.Number-1] {
				t.Errorf("line %d text %q", l.Number, l.Text)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("line %d range %v n=%d: got %v, want %v", c.line, c.lineRange, c.context, got, c.want)
		}
	}
	if got := report.BanditCode(report.Excerpt(&finding.Finding{Line: 2}, report.Options{Context: 1, SourceLines: opts.SourceLines}), true); got != "2\tb\n" {
		t.Errorf("BanditCode = %q", got)
	}
}

func TestFieldHelpers(t *testing.T) {
	if got := report.CWEString(78); got != "CWE-78 (https://cwe.mitre.org/data/definitions/78.html)" {
		t.Errorf("CWEString(78) = %q", got)
	}
	if report.CWEString(0) != "" {
		t.Error("CWEString(0) not empty")
	}
	if got := report.PyList([]int{5, 6, 7}); got != "[5, 6, 7]" {
		t.Errorf("PyList = %q", got)
	}
	if got := report.Capitalize(finding.Undefined); got != "Undefined" {
		t.Errorf("Capitalize = %q", got)
	}
	f := finding.Finding{RuleID: "T89"} // name and docs from the registry
	if report.TestName(&f) != "sql_injection" || report.MoreInfo(&f) != "https://krait.dev/rules/T89" {
		t.Errorf("registry fallback: %q %q", report.TestName(&f), report.MoreInfo(&f))
	}
	unknown := finding.Finding{RuleID: "Z999"}
	if report.TestName(&unknown) != "Z999" {
		t.Errorf("unknown rule name %q", report.TestName(&unknown))
	}
}

func TestCandidatesOnlyInBaselineWithMoreThanOne(t *testing.T) {
	run := reporttest.BaselineRun()
	if len(run.CandidatesOf(0)) != 0 || len(run.CandidatesOf(2)) != 2 {
		t.Errorf("candidates: %d, %d", len(run.CandidatesOf(0)), len(run.CandidatesOf(2)))
	}
	run.Baseline = false
	if run.CandidatesOf(2) != nil {
		t.Error("candidates reported without baseline mode")
	}
}
