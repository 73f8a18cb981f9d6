package text_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/kraitsec/krait/report"
	"github.com/kraitsec/krait/report/internal/reporttest"
	"github.com/kraitsec/krait/report/text"
)

func render(t *testing.T, name string, run *report.Run, opts report.Options) string {
	t.Helper()
	f, ok := report.Lookup(name)
	if !ok {
		t.Fatalf("formatter %q not registered", name)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf, run, opts); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestGolden(t *testing.T) {
	_ = text.Formatter{}
	verbose := reporttest.Options()
	verbose.Verbose = true
	color := reporttest.Options()
	color.Color = true
	cases := []struct {
		golden, format string
		run            *report.Run
		opts           report.Options
	}{
		{"txt", "txt", reporttest.Run(), reporttest.Options()},
		{"txt_verbose", "txt", reporttest.Run(), verbose},
		{"txt_color", "txt", reporttest.Run(), color},
		{"txt_baseline", "txt", reporttest.BaselineRun(), reporttest.Options()},
		{"screen", "screen", reporttest.Run(), reporttest.Options()},
		{"txt_notebook", "txt", reporttest.NotebookRun(), reporttest.NotebookOptions()},
		{"txt_empty", "txt", &report.Run{GeneratedAt: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}, reporttest.Options()},
	}
	for _, c := range cases {
		t.Run(c.golden, func(t *testing.T) {
			reporttest.Golden(t, c.golden, []byte(render(t, c.format, c.run, c.opts)))
		})
	}
}

func TestTextIsTxt(t *testing.T) {
	if a, b := render(t, "text", reporttest.Run(), reporttest.Options()), render(t, "txt", reporttest.Run(), reporttest.Options()); a != b {
		t.Error(`"text" and "txt" differ`)
	}
}

// TestColorOnlyAddsEscapes: removing the ANSI codes from the coloured txt
// gives the plain txt back.
func TestColorOnlyAddsEscapes(t *testing.T) {
	color := reporttest.Options()
	color.Color = true
	colored := render(t, "txt", reporttest.Run(), color)
	if !strings.Contains(colored, "\033[91m>> Issue: [B602") {
		t.Error("HIGH issue is not red")
	}
	stripped := colored
	for _, code := range []string{"\033[0m", "\033[95m", "\033[94m", "\033[93m", "\033[91m"} {
		stripped = strings.ReplaceAll(stripped, code, "")
	}
	if plain := render(t, "txt", reporttest.Run(), reporttest.Options()); stripped != plain {
		t.Errorf("coloured output minus escapes differs from plain:\n%s\n---\n%s", stripped, plain)
	}
}

func TestTraceAndSections(t *testing.T) {
	out := render(t, "txt", reporttest.Run(), reporttest.Options())
	for _, want := range []string{
		"Run started:2026-01-02 03:04:05.678000+00:00\n",
		">> Issue: [T89:sql_injection] Untrusted data",
		"   Location: app/views.py:14:11\n   Trace:\n      app/views.py:10  read from flask.request.args\n",
		"      app/views.py:14  reaches sink db.execute (argument 1)\n13\t\n14\t    return db.execute(query)\n\n-----",
		"   CWE: CWE-89 (https://cwe.mitre.org/data/definitions/89.html)\n",
		"   CWE: \n",
		"\tTotal potential issues skipped due to specifically being disabled (e.g., #nosec BXXX): 2\n",
		"Files skipped (2):\n\t./broken.py (syntax error while parsing AST from file)\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(render(t, "screen", reporttest.Run(), reporttest.Options()), "specifically being disabled") {
		t.Error("screen prints the targeted-nosec count; bandit's screen does not")
	}
}
