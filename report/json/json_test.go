package json_test

import (
	"bytes"
	stdjson "encoding/json"
	"os/exec"
	"testing"

	"github.com/kraitsec/krait/report"
	"github.com/kraitsec/krait/report/internal/reporttest"
	krjson "github.com/kraitsec/krait/report/json"
)

func render(t *testing.T, run *report.Run, opts report.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := (krjson.Formatter{}).Write(&buf, run, opts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	vuln := reporttest.Options()
	vuln.Aggregate = "vuln"
	oneLine := reporttest.Options()
	oneLine.Context = 1
	noSource := reporttest.Options()
	noSource.SourceLines = nil
	cases := []struct {
		name string
		run  *report.Run
		opts report.Options
	}{
		{"json", reporttest.Run(), reporttest.Options()},
		{"json_vuln", reporttest.Run(), vuln},
		{"json_context1", reporttest.Run(), oneLine},
		{"json_nosource", reporttest.Run(), noSource},
		{"json_baseline", reporttest.BaselineRun(), reporttest.Options()},
		{"json_empty", &report.Run{GeneratedAt: reporttest.Run().GeneratedAt}, reporttest.Options()},
		{"json_notebook", reporttest.NotebookRun(), reporttest.NotebookOptions()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			reporttest.Golden(t, c.name, render(t, c.run, c.opts))
		})
	}
}

// TestConsumerFields checks every field a bandit JSON consumer reads is
// present with the JSON type bandit gives it.
func TestConsumerFields(t *testing.T) {
	var doc map[string]any
	if err := stdjson.Unmarshal(render(t, reporttest.BaselineRun(), reporttest.Options()), &doc); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"errors": "array", "generated_at": "string", "metrics": "object", "results": "array"}
	checkTypes(t, "top level", doc, want)

	for _, e := range doc["errors"].([]any) {
		checkTypes(t, "error", e.(map[string]any), map[string]string{"filename": "string", "reason": "string"})
	}
	metricTypes := map[string]string{"loc": "number", "nosec": "number", "skipped_tests": "number"}
	for _, crit := range []string{"SEVERITY", "CONFIDENCE"} {
		for _, rank := range []string{"UNDEFINED", "LOW", "MEDIUM", "HIGH"} {
			metricTypes[crit+"."+rank] = "number"
		}
	}
	metrics := doc["metrics"].(map[string]any)
	if _, ok := metrics["_totals"]; !ok {
		t.Error("metrics has no _totals")
	}
	for name, m := range metrics {
		checkTypes(t, "metrics "+name, m.(map[string]any), metricTypes)
	}
	resultTypes := map[string]string{
		"code": "string", "col_offset": "number", "end_col_offset": "number", "filename": "string",
		"issue_confidence": "string", "issue_cwe": "object", "issue_severity": "string", "issue_text": "string",
		"line_number": "number", "line_range": "array", "more_info": "string", "test_id": "string", "test_name": "string",
		"end_line_number": "number",
	}
	results := doc["results"].([]any)
	if len(results) != len(reporttest.Findings()) {
		t.Fatalf("got %d results, want %d", len(results), len(reporttest.Findings()))
	}
	sawTrace, sawCandidates := false, false
	for _, r := range results {
		res := r.(map[string]any)
		checkTypes(t, "result", res, resultTypes)
		if cwe := res["issue_cwe"].(map[string]any); len(cwe) > 0 {
			checkTypes(t, "issue_cwe", cwe, map[string]string{"id": "number", "link": "string"})
		}
		for _, n := range res["line_range"].([]any) {
			if _, ok := n.(float64); !ok {
				t.Errorf("line_range item %v is not a number", n)
			}
		}
		if tr, ok := res["trace"]; ok {
			sawTrace = true
			for _, s := range tr.([]any) {
				checkTypes(t, "trace step", s.(map[string]any), map[string]string{
					"filename": "string", "line_number": "number", "col_offset": "number", "code": "string", "note": "string"})
			}
		}
		if c, ok := res["candidates"]; ok {
			sawCandidates = true
			for _, cand := range c.([]any) {
				checkTypes(t, "candidate", cand.(map[string]any), resultTypes)
			}
		}
	}
	if !sawTrace || !sawCandidates {
		t.Errorf("trace seen %v, candidates seen %v; want both", sawTrace, sawCandidates)
	}
}

func checkTypes(t *testing.T, where string, obj map[string]any, want map[string]string) {
	t.Helper()
	for key, typ := range want {
		v, ok := obj[key]
		if !ok {
			t.Errorf("%s: missing %q", where, key)
			continue
		}
		if got := jsonType(v); got != typ {
			t.Errorf("%s: %q is %s, want %s", where, key, got, typ)
		}
	}
}

func jsonType(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case float64:
		return "number"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	case bool:
		return "bool"
	}
	return "null"
}

// TestMatchesPythonDumps re-serialises our output with Python's
// json.dumps(sort_keys=True, indent=2, separators=(",", ": ")), bandit's
// exact call, and requires identical bytes.
func TestMatchesPythonDumps(t *testing.T) {
	py := reporttest.Python(t)
	for _, run := range []*report.Run{reporttest.Run(), reporttest.BaselineRun()} {
		ours := render(t, run, reporttest.Options())
		cmd := exec.Command(py, "-c", `import json,sys
d = json.loads(sys.stdin.read())
sys.stdout.write(json.dumps(d, sort_keys=True, indent=2, separators=(",", ": ")))`)
		cmd.Stdin = bytes.NewReader(ours)
		theirs, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(ours, theirs) {
			t.Errorf("output differs from Python's json.dumps:\nours:\n%s\npython:\n%s", ours, theirs)
		}
	}
}
