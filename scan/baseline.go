package scan

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/kraitsec/krait/finding"
)

// BaselineIssue is the part of a reported issue bandit compares: text,
// severity, CWE, confidence, file name, test name and test id. Line numbers
// are ignored, so a baseline survives code moving around.
type BaselineIssue struct {
	Text       string
	Severity   string
	Confidence string
	CWE        int
	Filename   string
	TestName   string
	TestID     string
}

// Baseline is a loaded -b report.
type Baseline struct {
	issues map[BaselineIssue]bool
}

// Len is the number of distinct issues in the baseline.
func (b *Baseline) Len() int { return len(b.issues) }

type jsonResult struct {
	Filename   *string         `json:"filename"`
	Severity   *string         `json:"issue_severity"`
	Confidence *string         `json:"issue_confidence"`
	CWE        json.RawMessage `json:"issue_cwe"`
	Text       *string         `json:"issue_text"`
	TestName   *string         `json:"test_name"`
	TestID     *string         `json:"test_id"`
}

type jsonReport struct {
	Results *[]jsonResult `json:"results"`
}

// missingField names the first field bandit needs that r lacks.
func (r *jsonResult) missingField() string {
	for _, f := range []struct {
		name string
		v    *string
	}{
		{"filename", r.Filename}, {"test_id", r.TestID}, {"test_name", r.TestName}, {"issue_text", r.Text},
		{"issue_severity", r.Severity}, {"issue_confidence", r.Confidence},
	} {
		if f.v == nil {
			return f.name
		}
	}
	return ""
}

// LoadBaseline reads a JSON report written by krait or by bandit. A file
// that cannot be read is an error (exit 2); content that is not a report
// is a warning and an empty baseline, as in bandit.
func LoadBaseline(path string) (*Baseline, []string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("could not open baseline report %s: %s", path, osReason(err))
	}
	b, err := ParseBaseline(data)
	if err != nil {
		return &Baseline{issues: map[BaselineIssue]bool{}}, []string{fmt.Sprintf("failed to load baseline data from %s: %v", path, err)}, nil
	}
	return b, nil, nil
}

// ParseBaseline reads the results of a JSON report. Like bandit, it
// rejects a document without a results list or with results lacking the
// fields issues are compared on (a SARIF or CSV file given by mistake
// must not silently become an empty baseline).
func ParseBaseline(data []byte) (*Baseline, error) {
	var rep jsonReport
	if err := json.Unmarshal(data, &rep); err != nil {
		var typ *json.UnmarshalTypeError
		if errors.As(err, &typ) && typ.Field == "" {
			return nil, fmt.Errorf("not a JSON report: the top level is a JSON %s, not an object", typ.Value)
		}
		return nil, err
	}
	if rep.Results == nil {
		return nil, errors.New(`no "results" list: not a JSON report from krait or bandit (-f json)`)
	}
	b := &Baseline{issues: map[BaselineIssue]bool{}}
	for i, r := range *rep.Results {
		if f := r.missingField(); f != "" {
			return nil, fmt.Errorf("result %d has no %q", i+1, f)
		}
		var cwe struct {
			ID int `json:"id"`
		}
		if len(r.CWE) > 0 {
			_ = json.Unmarshal(r.CWE, &cwe) // bandit 1.6 reports have no CWE
		}
		b.issues[BaselineIssue{
			Text: *r.Text, Severity: *r.Severity, Confidence: *r.Confidence, CWE: cwe.ID,
			Filename: *r.Filename, TestName: *r.TestName, TestID: *r.TestID,
		}] = true
	}
	return b, nil
}

// IssueKey is the comparison key of a finding.
func IssueKey(f *finding.Finding) BaselineIssue {
	name := f.RuleName
	if name == "" {
		if r := finding.LookupRule(f.RuleID); r != nil && r.Name != "" {
			name = r.Name
		} else {
			name = f.RuleID
		}
	}
	return BaselineIssue{
		Text: f.Message, Severity: f.Severity.String(), Confidence: f.Confidence.String(), CWE: f.CWE,
		Filename: f.Filename, TestName: name, TestID: f.RuleID,
	}
}

// compare returns the findings not in the baseline and, for each of them,
// every current finding equal to it (bandit's candidates).
func (b *Baseline) compare(current []finding.Finding) (fresh []finding.Finding, candidates map[int][]finding.Finding) {
	byKey := map[BaselineIssue][]finding.Finding{}
	for _, f := range current {
		k := IssueKey(&f)
		byKey[k] = append(byKey[k], f)
	}
	candidates = map[int][]finding.Finding{}
	for _, f := range current {
		k := IssueKey(&f)
		if b.issues[k] {
			continue
		}
		candidates[len(fresh)] = byKey[k]
		fresh = append(fresh, f)
	}
	return fresh, candidates
}
