package labelled

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kraitsec/krait/finding"
)

// Mode chooses which findings count.
type Mode int

const (
	// AllRules counts every finding (checks and taint), as a scorer that
	// runs `krait scan --taint` and maps each result's CWE would.
	AllRules Mode = iota
	// TaintOnly counts only taint (T…) findings for the categories whose
	// expected rule is a taint rule; check findings still count for the
	// check-only categories (weak hash, randomness, cookies, ciphers).
	TaintOnly
)

// cweAliases lists the other CWEs a category accepts: weak hashing is
// CWE-328 in the OWASP Benchmark, while bandit's hash checks (and so
// krait's) report its parent CWE-327.
var cweAliases = map[int][]int{328: {327}}

// Row is one category's (or the total's) confusion counts.
type Row struct {
	Category       string
	TP, FN, FP, TN int
}

// Precision is TP/(TP+FP); 1 when nothing was flagged.
func (r Row) Precision() float64 {
	if r.TP+r.FP == 0 {
		return 1
	}
	return float64(r.TP) / float64(r.TP+r.FP)
}

// Recall is the true positive rate.
func (r Row) Recall() float64 {
	if r.TP+r.FN == 0 {
		return 0
	}
	return float64(r.TP) / float64(r.TP+r.FN)
}

// FPR is the false positive rate.
func (r Row) FPR() float64 {
	if r.FP+r.TN == 0 {
		return 0
	}
	return float64(r.FP) / float64(r.FP+r.TN)
}

// Score is the Benchmark's Youden index, TPR - FPR.
func (r Row) Score() float64 { return r.Recall() - r.FPR() }

// Result is a scored run: one row per category, the total, and the
// misclassified files for the report.
type Result struct {
	Rows  []Row
	Total Row
	// Misses are vulnerable files not flagged; FalseAlarms safe files that
	// were, each with the findings that flagged it.
	Misses      []Case
	FalseAlarms map[string][]finding.Finding
	Flagging    map[string][]finding.Finding // every file's counted findings
}

// Evaluate scores findings against the cases.
func Evaluate(cases []Case, found []finding.Finding, mode Mode) *Result {
	byFile := map[string][]finding.Finding{}
	for _, f := range found {
		key := filepath.Clean(f.Filename)
		byFile[key] = append(byFile[key], f)
	}
	res := &Result{FalseAlarms: map[string][]finding.Finding{}, Flagging: map[string][]finding.Finding{}}
	rows := map[string]*Row{}
	for _, c := range cases {
		row := rows[c.Category]
		if row == nil {
			row = &Row{Category: c.Category}
			rows[c.Category] = row
		}
		var counted []finding.Finding
		for _, f := range byFile[filepath.Clean(c.File)] {
			if counts(c, f, mode) {
				counted = append(counted, f)
			}
		}
		res.Flagging[c.File] = counted
		flagged := len(counted) > 0
		switch {
		case c.Vulnerable && flagged:
			row.TP++
		case c.Vulnerable:
			row.FN++
			res.Misses = append(res.Misses, c)
		case flagged:
			row.FP++
			res.FalseAlarms[c.File] = counted
		default:
			row.TN++
		}
	}
	for _, r := range rows {
		res.Rows = append(res.Rows, *r)
		res.Total.TP += r.TP
		res.Total.FN += r.FN
		res.Total.FP += r.FP
		res.Total.TN += r.TN
	}
	res.Total.Category = "total"
	sort.Slice(res.Rows, func(i, j int) bool { return res.Rows[i].Category < res.Rows[j].Category })
	return res
}

// AverageScore is the mean of the categories' scores, the figure the
// Benchmark scorecard headlines.
func (r *Result) AverageScore() float64 {
	if len(r.Rows) == 0 {
		return 0
	}
	sum := 0.0
	for _, row := range r.Rows {
		sum += row.Score()
	}
	return sum / float64(len(r.Rows))
}

func counts(c Case, f finding.Finding, mode Mode) bool {
	if !cweMatches(c.CWE, f.CWE) {
		return false
	}
	if mode == TaintOnly && expectsTaint(c) && !strings.HasPrefix(f.RuleID, "T") {
		return false
	}
	return true
}

func cweMatches(want, got int) bool {
	if want == got {
		return true
	}
	for _, a := range cweAliases[want] {
		if a == got {
			return true
		}
	}
	return false
}

// expectsTaint: the category's findings come from taint rules. Safe files
// carry no want, so the category's CWE decides: the check-only categories
// are the ones whose CWE no taint rule reports.
func expectsTaint(c Case) bool {
	for _, r := range finding.Rules() {
		if strings.HasPrefix(r.ID, "T") && r.CWE == c.CWE {
			return true
		}
	}
	return false
}

// Format prints the table.
func (r *Result) Format() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-16s %4s %4s %4s %4s %9s %7s %7s\n", "category", "TP", "FN", "FP", "TN", "precision", "recall", "score")
	line := func(row Row) {
		fmt.Fprintf(&b, "%-16s %4d %4d %4d %4d %9.3f %7.3f %7.3f\n", row.Category, row.TP, row.FN, row.FP, row.TN,
			row.Precision(), row.Recall(), row.Score())
	}
	for _, row := range r.Rows {
		line(row)
	}
	line(r.Total)
	fmt.Fprintf(&b, "average category score %.3f\n", r.AverageScore())
	return b.String()
}
