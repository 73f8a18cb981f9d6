package json_test

import (
	"bytes"
	"testing"

	"github.com/kraitsec/krait/report"
	"github.com/kraitsec/krait/report/internal/banditdoc"
	"github.com/kraitsec/krait/report/internal/pyjson"
	"github.com/kraitsec/krait/report/internal/reporttest"
)

// TestStreamedEqualsWholeDocument: the streamed report is byte for byte
// the document built whole and encoded at once.
func TestStreamedEqualsWholeDocument(t *testing.T) {
	vuln := reporttest.Options()
	vuln.Aggregate = "vuln"
	cases := []struct {
		name string
		run  *report.Run
		opts report.Options
	}{
		{"fixture", reporttest.Run(), reporttest.Options()},
		{"vuln", reporttest.Run(), vuln},
		{"baseline", reporttest.BaselineRun(), reporttest.Options()},
		{"notebook", reporttest.NotebookRun(), reporttest.NotebookOptions()},
		{"empty", &report.Run{}, reporttest.Options()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			whole, err := pyjson.Marshal(banditdoc.Build(c.run, c.opts, true))
			if err != nil {
				t.Fatal(err)
			}
			if got := render(t, c.run, c.opts); !bytes.Equal(got, whole) {
				t.Errorf("streamed output differs:\n%s\n---\n%s", got, whole)
			}
		})
	}
}
