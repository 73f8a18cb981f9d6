package sarif_test

import (
	"bytes"
	stdjson "encoding/json"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/report"
	"github.com/kraitsec/krait/report/internal/reporttest"
	"github.com/kraitsec/krait/report/sarif"
)

func render(t *testing.T, run *report.Run, opts report.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := (sarif.Formatter{}).Write(&buf, run, opts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// outsideRoot has absolute filenames, one outside the root, and no source.
func outsideRoot() *report.Run {
	run := reporttest.Run()
	run.Findings[0].Filename = "/src/project/pkg/a b.py"
	run.Findings[1].Filename = "/elsewhere/x.py"
	run.Errors = append(run.Errors, finding.FileError{Filename: "/elsewhere/y.py", Reason: "Permission denied"})
	return run
}

func runs() map[string]*report.Run {
	empty := &report.Run{Version: "0.1.0-test"}
	noRoot := reporttest.Run()
	noRoot.Root = ""
	return map[string]*report.Run{
		"sarif":         reporttest.Run(),
		"sarif_outside": outsideRoot(),
		"sarif_empty":   empty,
		"sarif_noroot":  noRoot,
	}
}

func TestGolden(t *testing.T) {
	for name, run := range runs() {
		t.Run(name, func(t *testing.T) {
			reporttest.Golden(t, name, render(t, run, reporttest.Options()))
		})
	}
	reporttest.Golden(t, "sarif_notebook", render(t, reporttest.NotebookRun(), reporttest.NotebookOptions()))
}

// TestValidatesAgainstSchema checks every document this test file
// produces against the OASIS SARIF 2.1.0 schema (a copy in testdata),
// with format assertions on.
func TestValidatesAgainstSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	schema, err := c.Compile("testdata/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	noSource := reporttest.Options()
	noSource.SourceLines = nil
	for name, run := range runs() {
		for _, opts := range []report.Options{reporttest.Options(), noSource} {
			doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(render(t, run, opts)))
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if err := schema.Validate(doc); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}
	}
	nb, err := jsonschema.UnmarshalJSON(bytes.NewReader(render(t, reporttest.NotebookRun(), reporttest.NotebookOptions())))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(nb); err != nil {
		t.Errorf("notebook run: %v", err)
	}
	// The validator must reject a broken document, or this test proves nothing.
	bad, _ := jsonschema.UnmarshalJSON(strings.NewReader(`{"version": "2.1.0", "runs": [{"results": []}]}`))
	if schema.Validate(bad) == nil {
		t.Error("schema accepted a run without a tool")
	}
}

type doc struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Rules []struct {
					ID         string         `json:"id"`
					Help       map[string]any `json:"help"`
					Properties map[string]any `json:"properties"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Invocations []struct {
			ExecutionSuccessful        bool             `json:"executionSuccessful"`
			ToolExecutionNotifications []map[string]any `json:"toolExecutionNotifications"`
		} `json:"invocations"`
		OriginalURIBaseIDs map[string]map[string]string `json:"originalUriBaseIds"`
		Results            []struct {
			RuleID              string            `json:"ruleId"`
			RuleIndex           int               `json:"ruleIndex"`
			Level               string            `json:"level"`
			PartialFingerprints map[string]string `json:"partialFingerprints"`
			Locations           []struct {
				PhysicalLocation struct {
					ArtifactLocation map[string]string `json:"artifactLocation"`
					Region           map[string]any    `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
			CodeFlows []struct {
				ThreadFlows []struct {
					Locations []struct {
						Location struct {
							Message map[string]string `json:"message"`
						} `json:"location"`
					} `json:"locations"`
				} `json:"threadFlows"`
			} `json:"codeFlows"`
		} `json:"results"`
	} `json:"runs"`
}

func parse(t *testing.T, b []byte) doc {
	t.Helper()
	var d doc
	if err := stdjson.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestContent(t *testing.T) {
	d := parse(t, render(t, reporttest.Run(), reporttest.Options()))
	r := d.Runs[0]
	if got := r.OriginalURIBaseIDs["%SRCROOT%"]["uri"]; got != "file:///src/project/" {
		t.Errorf("%%SRCROOT%% = %q", got)
	}
	if !r.Invocations[0].ExecutionSuccessful || len(r.Invocations[0].ToolExecutionNotifications) != 2 {
		t.Errorf("invocation %+v, want success with 2 notifications", r.Invocations[0])
	}
	rules := r.Tool.Driver.Rules
	for i, res := range r.Results {
		if rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %d: ruleIndex %d points at %s, not %s", i, res.RuleIndex, rules[res.RuleIndex].ID, res.RuleID)
		}
	}
	wantLevels := []string{"warning", "error", "note", "warning", "error"}
	for i, want := range wantLevels {
		if got := r.Results[i].Level; got != want {
			t.Errorf("result %d (%s): level %s, want %s", i, r.Results[i].RuleID, got, want)
		}
	}
	for _, rule := range rules {
		if rule.ID == "T89" {
			tags := rule.Properties["tags"].([]any)
			if len(tags) != 2 || tags[0] != "security" || tags[1] != "external/cwe/cwe-89" {
				t.Errorf("T89 tags %v", tags)
			}
			if rule.Properties["security-severity"] != "8.0" || rule.Properties["precision"] != "medium" {
				t.Errorf("T89 properties %v", rule.Properties)
			}
			if md, _ := rule.Help["markdown"].(string); !strings.Contains(md, "```python\ndb.execute(\"SELECT * FROM t WHERE n = ?\", (name,))\n```") {
				t.Errorf("T89 help markdown lacks the good example: %q", md)
			}
		}
	}
	// B307 on `x = eval(...)`: byte column 4 is UTF-16 column 4 (+1).
	reg := r.Results[0].Locations[0].PhysicalLocation.Region
	if reg["startColumn"] != 5.0 || reg["endColumn"] != 29.0 {
		t.Errorf("B307 region %v", reg)
	}
	if got := r.Results[0].Locations[0].PhysicalLocation.ArtifactLocation["uri"]; got != "scripts/d%C3%A9ploy.py" {
		t.Errorf("B307 uri %q", got)
	}
	flows := r.Results[4].CodeFlows
	if len(flows) != 1 || len(flows[0].ThreadFlows[0].Locations) != 3 ||
		flows[0].ThreadFlows[0].Locations[0].Location.Message["text"] != "read from flask.request.args" {
		t.Errorf("T89 code flow %+v", flows)
	}
}

func TestUTF16Columns(t *testing.T) {
	run := reporttest.Run()
	// "x = eval(" ... the ☃ at byte 49 (3 bytes) is one UTF-16 unit.
	line := reporttest.SourceLines("./scripts/déploy.py")[1]
	run.Findings[0].Col = strings.Index(line, "☃") + len("☃")
	run.Findings[0].EndCol = len(line)
	d := parse(t, render(t, run, reporttest.Options()))
	reg := d.Runs[0].Results[0].Locations[0].PhysicalLocation.Region
	wantStart := float64(len([]rune(line[:run.Findings[0].Col])) + 1)
	if reg["startColumn"] != wantStart {
		t.Errorf("startColumn %v, want %v", reg["startColumn"], wantStart)
	}
}

// TestFingerprintSurvivesLineShift: inserting lines above a finding moves
// it but keeps its fingerprint; a second identical line gets its own.
func TestFingerprintSurvivesLineShift(t *testing.T) {
	base := reporttest.Run()
	fp := func(run *report.Run, opts report.Options) []string {
		var out []string
		for _, r := range parse(t, render(t, run, opts)).Runs[0].Results {
			out = append(out, r.PartialFingerprints[sarif.FingerprintKey])
		}
		return out
	}
	before := fp(base, reporttest.Options())

	shifted := reporttest.Run()
	opts := reporttest.Options()
	opts.SourceLines = func(name string) []string {
		return append([]string{"# new", "# lines"}, reporttest.SourceLines(name)...)
	}
	for i := range shifted.Findings {
		shifted.Findings[i].Line += 2
		shifted.Findings[i].EndLine += 2
	}
	after := fp(shifted, opts)
	for i := range before {
		if before[i] != after[i] {
			t.Errorf("finding %d: fingerprint changed from %s to %s after a line shift", i, before[i], after[i])
		}
	}
	// Findings 3 and 4 are on the same line with different rules; the same
	// rule twice on equal lines must differ by occurrence.
	dup := reporttest.Run()
	dup.Findings = append(dup.Findings, dup.Findings[4])
	got := fp(dup, reporttest.Options())
	if got[4] == got[5] || !strings.HasSuffix(got[5], ":2") {
		t.Errorf("duplicate findings share fingerprint %s / %s", got[4], got[5])
	}
}
