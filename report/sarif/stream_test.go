package sarif

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/kraitsec/krait/report"
	"github.com/kraitsec/krait/report/internal/banditdoc"
	"github.com/kraitsec/krait/report/internal/reporttest"
)

// wholeLog builds the log as one value, the way Write streams it.
func wholeLog(r *report.Run, opts report.Options) log {
	b := &builder{run: r, opts: opts}
	rules, index := b.rules()
	seen := map[string]int{}
	results := make([]result, 0, len(r.Findings))
	for i := range r.Findings {
		results = append(results, b.result(&r.Findings[i], index, seen))
	}
	return log{
		Schema:  schemaURI,
		Version: "2.1.0",
		Runs: []run{{
			Tool: tool{Driver: driver{
				Name: "krait", Organization: "kraitsec", Version: r.Version, SemanticVersion: r.Version,
				InformationURI: "https://github.com/kraitsec/krait", Rules: rules,
			}},
			Invocations:        []invocation{b.invocation()},
			OriginalURIBaseIDs: b.baseIDs(),
			ColumnKind:         "utf16CodeUnits",
			Results:            results,
			Properties:         map[string]any{"metrics": banditdoc.Metrics(r)},
		}},
	}
}

// TestStreamedEqualsWholeLog: the streamed log is byte for byte the log
// encoded at once with encoding/json's indentation.
func TestStreamedEqualsWholeLog(t *testing.T) {
	noRoot := reporttest.Run()
	noRoot.Root = ""
	cases := []struct {
		name string
		run  *report.Run
		opts report.Options
	}{
		{"fixture", reporttest.Run(), reporttest.Options()},
		{"no root", noRoot, reporttest.Options()},
		{"notebook", reporttest.NotebookRun(), reporttest.NotebookOptions()},
		{"empty", &report.Run{}, reporttest.Options()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var whole bytes.Buffer
			enc := json.NewEncoder(&whole)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(wholeLog(c.run, c.opts)); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := (Formatter{}).Write(&got, c.run, c.opts); err != nil {
				t.Fatal(err)
			}
			if got.String() != whole.String() {
				t.Errorf("streamed log differs:\n%s\n---\n%s", got.String(), whole.String())
			}
		})
	}
}
