// Package banditdoc builds bandit's machine-readable report document (the
// structure of `bandit -f json` and `-f yaml`) as plain maps and slices,
// so each format only has to serialise it.
package banditdoc

import (
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/report"
)

// TimeFormat is bandit's generated_at layout (%Y-%m-%dT%H:%M:%SZ, UTC).
const TimeFormat = "2006-01-02T15:04:05Z"

// Build returns {"errors", "generated_at", "metrics", "results"} with
// results in aggregate order. withCandidates adds bandit's "candidates"
// list in baseline mode (json only; bandit's yaml has no baseline).
func Build(run *report.Run, opts report.Options, withCandidates bool) map[string]any {
	errs := make([]any, 0, len(run.Errors))
	for _, e := range run.Errors {
		errs = append(errs, map[string]any{"filename": e.Filename, "reason": e.Reason})
	}
	results := make([]any, 0, len(run.Findings))
	for _, i := range report.Order(run, opts.Aggregate) {
		r := Result(&run.Findings[i], opts)
		if cands := run.CandidatesOf(i); withCandidates && len(cands) > 0 {
			list := make([]any, len(cands))
			for j := range cands {
				list[j] = Result(&cands[j], opts)
			}
			r["candidates"] = list
		}
		results = append(results, r)
	}
	return map[string]any{
		"errors":       errs,
		"generated_at": run.GeneratedAt.UTC().Format(TimeFormat),
		"metrics":      Metrics(run),
		"results":      results,
	}
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
// end_line_number and (for taint findings) trace.
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
		for i, s := range f.Trace {
			steps[i] = map[string]any{
				"code":        s.Code,
				"col_offset":  s.Col,
				"filename":    s.Filename,
				"line_number": s.Line,
				"note":        s.Note,
			}
		}
		r["trace"] = steps
	}
	return r
}
