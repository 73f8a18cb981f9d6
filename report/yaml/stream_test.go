package yaml

import (
	"bytes"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/kraitsec/krait/report"
	"github.com/kraitsec/krait/report/internal/banditdoc"
	"github.com/kraitsec/krait/report/internal/reporttest"
)

// TestStreamedEqualsWholeDocument: writing the document piece by piece
// gives the bytes of encoding it whole.
func TestStreamedEqualsWholeDocument(t *testing.T) {
	long := reporttest.Run()
	long.Findings[1].Message = strings.Repeat("a very long message ", 20) + "\nwith a second line"
	cases := []struct {
		name string
		run  *report.Run
		opts report.Options
	}{
		{"fixture", reporttest.Run(), reporttest.Options()},
		{"long and multi-line text", long, reporttest.Options()},
		{"notebook", reporttest.NotebookRun(), reporttest.NotebookOptions()},
		{"empty", &report.Run{}, reporttest.Options()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := banditdoc.Build(c.run, c.opts, false)
			for _, r := range doc["results"].([]any) {
				res := r.(map[string]any)
				res["code"] = strings.ReplaceAll(res["code"].(string), "\n", `\n`)
			}
			node, err := toNode(doc)
			if err != nil {
				t.Fatal(err)
			}
			var whole bytes.Buffer
			enc := yaml.NewEncoder(&whole)
			enc.SetIndent(2)
			if err := enc.Encode(node); err != nil {
				t.Fatal(err)
			}
			if err := enc.Close(); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := (Formatter{}).Write(&got, c.run, c.opts); err != nil {
				t.Fatal(err)
			}
			if got.String() != whole.String() {
				t.Errorf("streamed output differs:\n%s\n---\n%s", got.String(), whole.String())
			}
		})
	}
}
