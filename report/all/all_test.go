package all_test

import (
	"bytes"
	"slices"
	"testing"

	"github.com/kraitsec/krait/report"
	_ "github.com/kraitsec/krait/report/all"
	"github.com/kraitsec/krait/report/internal/reporttest"
)

// bandit's formatter names, plus krait's sarif and the "text" alias.
var want = []string{"csv", "custom", "html", "json", "sarif", "screen", "text", "txt", "xml", "yaml"}

func TestEveryFormatRegistered(t *testing.T) {
	if got := report.Names(); !slices.Equal(got, want) {
		t.Errorf("Names() = %v, want %v", got, want)
	}
}

// TestAcceptsBaselineLikeBandit: json, txt, html, screen and custom take
// -b; csv, xml and yaml do not (sarif neither: bandit's has no baseline).
func TestAcceptsBaselineLikeBandit(t *testing.T) {
	accepts := map[string]bool{"json": true, "txt": true, "text": true, "html": true, "screen": true, "custom": true}
	for _, name := range want {
		f, ok := report.Lookup(name)
		if !ok {
			t.Fatalf("%s not registered", name)
		}
		if f.Name() != name {
			t.Errorf("Lookup(%q).Name() = %q", name, f.Name())
		}
		if f.AcceptsBaseline() != accepts[name] {
			t.Errorf("%s: AcceptsBaseline() = %v, want %v", name, f.AcceptsBaseline(), accepts[name])
		}
	}
	if _, ok := report.Lookup("nope"); ok {
		t.Error(`Lookup("nope") succeeded`)
	}
}

// TestEveryFormatHandlesEdgeRuns: no format fails or prints nothing on an
// empty run, a run without source access, or the baseline fixture.
func TestEveryFormatHandlesEdgeRuns(t *testing.T) {
	noSource := reporttest.Options()
	noSource.SourceLines = nil
	zero := report.Options{}
	for _, name := range want {
		f, _ := report.Lookup(name)
		for i, c := range []struct {
			run  *report.Run
			opts report.Options
		}{
			{&report.Run{}, reporttest.Options()},
			{reporttest.Run(), noSource},
			{reporttest.BaselineRun(), reporttest.Options()},
			{reporttest.Run(), zero},
		} {
			var buf bytes.Buffer
			if err := f.Write(&buf, c.run, c.opts); err != nil {
				t.Errorf("%s case %d: %v", name, i, err)
			}
			if buf.Len() == 0 && !(name == "custom" && len(c.run.Findings) == 0) {
				t.Errorf("%s case %d: empty output", name, i)
			}
		}
	}
}
