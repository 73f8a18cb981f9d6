// Package banditdoc builds bandit's machine-readable report document (the
// structure of `bandit -f json` and `-f yaml`) as plain maps and slices,
// so each format only has to serialise it.
package banditdoc

import (
	"sort"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/report"
)

// TimeFormat is bandit's generated_at layout (%Y-%m-%dT%H:%M:%SZ, UTC).
const TimeFormat = "2006-01-02T15:04:05Z"

// Build returns {"errors", "generated_at", "metrics", "results"} with
// results in aggregate order. withCandidates adds bandit's "candidates"
// list in baseline mode (json only; bandit's yaml has no baseline).
// Formats stream the same pieces (Errors, GeneratedAt, MetricKeys,
// EachResult) instead of building the whole document.
func Build(run *report.Run, opts report.Options, withCandidates bool) map[string]any {
	results := make([]any, 0, len(run.Findings))
	_ = EachResult(run, opts, withCandidates, func(r map[string]any) error {
		results = append(results, r)
		return nil
	})
	return map[string]any{
		"errors":       Errors(run),
		"generated_at": GeneratedAt(run),
		"metrics":      Metrics(run),
		"results":      results,
	}
}

// Errors is bandit's errors list.
func Errors(run *report.Run) []any {
	errs := make([]any, 0, len(run.Errors))
	for _, e := range run.Errors {
		errs = append(errs, map[string]any{"filename": e.Filename, "reason": e.Reason})
	}
	return errs
}

// GeneratedAt is bandit's generated_at value.
func GeneratedAt(run *report.Run) string {
	return run.GeneratedAt.UTC().Format(TimeFormat)
}

// EachResult calls yield with each result in aggregate order, building
// one at a time so a report of any size needs memory for one result only.
// It stops at yield's first error.
func EachResult(run *report.Run, opts report.Options, withCandidates bool, yield func(map[string]any) error) error {
	for _, i := range report.Order(run, opts.Aggregate) {
		r := Result(&run.Findings[i], opts)
		if cands := run.CandidatesOf(i); withCandidates && len(cands) > 0 {
			list := make([]any, len(cands))
			for j := range cands {
				list[j] = Result(&cands[j], opts)
			}
			r["candidates"] = list
		}
		if err := yield(r); err != nil {
			return err
		}
	}
	return nil
}

// MetricKeys are the keys of bandit's metrics object in sorted order:
// "_totals" and every file with metrics.
func MetricKeys(run *report.Run) []string {
	keys := []string{"_totals"}
	for name, m := range run.Metrics {
		if m != nil && name != "_totals" {
			keys = append(keys, name)
		}
	}
	sort.Strings(keys)
	return keys
}

// Metric is the metrics entry for a key of MetricKeys.
func Metric(run *report.Run, key string) map[string]any {
	if key == "_totals" {
		return metric(&run.Totals)
	}
	return metric(run.Metrics[key])
}

// Metrics is bandit's metrics.data: "_totals" plus one entry per file.
func Metrics(run *report.Run) map[string]any {
	out := map[string]any{"_totals": metric(&run.Totals)}
	for name, m := range run.Metrics {
		if m != nil {
			out[name] = metric(m)
		}
	}
	return out
}

func metric(m *report.Metrics) map[string]any {
	out := map[string]any{
		"loc":           m.LOC,
		"nosec":         m.Nosec,
		"skipped_tests": m.SkippedTests,
	}
	for l := finding.Undefined; l <= finding.High; l++ {
		out["SEVERITY."+l.String()] = m.Severity[l]
		out["CONFIDENCE."+l.String()] = m.Confidence[l]
	}
	return out
}

// Result is bandit's Issue.as_dict plus more_info, and krait's
// end_line_number, trace (taint findings) and, in notebooks,
// notebook_cell and notebook_line (line_number stays the line of the
// converted source, as baselines match on it; code shows the cell's
// lines as written, numbered within the cell).
func Result(f *finding.Finding, opts report.Options) map[string]any {
	lineRange := report.LineRange(f)
	lr := make([]any, len(lineRange))
	for i, n := range lineRange {
		lr[i] = n
	}
	cwe := map[string]any{}
	if f.CWE != 0 {
		cwe = map[string]any{"id": f.CWE, "link": finding.CWELink(f.CWE)}
	}
	r := map[string]any{
		"code":             report.BanditCode(report.Excerpt(f, opts), false),
		"col_offset":       f.Col,
		"end_col_offset":   f.EndCol,
		"end_line_number":  report.EndLine(f),
		"filename":         f.Filename,
		"issue_confidence": f.Confidence.String(),
		"issue_cwe":        cwe,
		"issue_severity":   f.Severity.String(),
		"issue_text":       f.Message,
		"line_number":      f.Line,
		"line_range":       lr,
		"more_info":        report.MoreInfo(f),
		"test_id":          f.RuleID,
		"test_name":        report.TestName(f),
	}
	if len(f.Trace) > 0 {
		steps := make([]any, len(f.Trace))
		for i := range f.Trace {
			s := &f.Trace[i]
			step := map[string]any{
				"code":        s.Code,
				"col_offset":  s.Col,
				"filename":    s.Filename,
				"line_number": s.Line,
				"note":        s.Note,
			}
			if cell, line := report.StepCell(s, opts); cell > 0 {
				step["notebook_cell"], step["notebook_line"] = cell, line
			}
			steps[i] = step
		}
		r["trace"] = steps
	}
	if f.NotebookCell > 0 {
		r["notebook_cell"] = f.NotebookCell
		r["notebook_line"] = f.NotebookLine
	}
	return r
}
