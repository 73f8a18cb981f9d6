package html_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/kraitsec/krait/report"
	krhtml "github.com/kraitsec/krait/report/html"
	"github.com/kraitsec/krait/report/internal/reporttest"
)

func render(t *testing.T, run *report.Run) string {
	t.Helper()
	var buf bytes.Buffer
	if err := (krhtml.Formatter{}).Write(&buf, run, reporttest.Options()); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestGolden(t *testing.T) {
	reporttest.Golden(t, "html", []byte(render(t, reporttest.Run())))
	reporttest.Golden(t, "html_baseline", []byte(render(t, reporttest.BaselineRun())))
	reporttest.Golden(t, "html_empty", []byte(render(t, &report.Run{})))
	var nb bytes.Buffer
	if err := (krhtml.Formatter{}).Write(&nb, reporttest.NotebookRun(), reporttest.NotebookOptions()); err != nil {
		t.Fatal(err)
	}
	reporttest.Golden(t, "html_notebook", nb.Bytes())
}

var (
	srcAttr  = regexp.MustCompile(`(?i)\ssrc\s*=`)
	hrefAttr = regexp.MustCompile(`(?i)<(\w+)[^>]*\shref\s*=\s*"([^"]*)"`)
	cssURL   = regexp.MustCompile(`(?i)url\(|@import`)
)

// TestSelfContained: nothing is loaded from anywhere; the only links are
// documentation links in <a> elements.
func TestSelfContained(t *testing.T) {
	for _, run := range []*report.Run{reporttest.Run(), reporttest.BaselineRun()} {
		page := render(t, run)
		if srcAttr.MatchString(page) {
			t.Error("page has a src attribute")
		}
		if cssURL.MatchString(page) {
			t.Error("page CSS loads a url() or @import")
		}
		links := hrefAttr.FindAllStringSubmatch(page, -1)
		if len(links) == 0 {
			t.Fatal("no documentation links found; the test would prove nothing")
		}
		for _, m := range links {
			if !strings.EqualFold(m[1], "a") {
				t.Errorf("<%s href=%q> loads a resource", m[1], m[2])
			}
		}
		for _, tag := range []string{"<link", "<iframe", "<img", "<object", "<embed", "fetch(", "XMLHttpRequest"} {
			if strings.Contains(page, tag) {
				t.Errorf("page contains %s", tag)
			}
		}
	}
}

// TestEscaped: hostile message, code and file names appear only escaped.
func TestEscaped(t *testing.T) {
	page := render(t, reporttest.Run())
	for _, raw := range []string{"<script>alert", "<b>\"quoted\"</b>", "app/<gone>.py"} {
		if strings.Contains(page, raw) {
			t.Errorf("page contains unescaped %q", raw)
		}
	}
	for _, escaped := range []string{
		"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; ünïcode",
		"&lt;b&gt;&#34;quoted&#34;&lt;/b&gt; &amp; ☃",
		"app/&lt;gone&gt;.py",
	} {
		if !strings.Contains(page, escaped) {
			t.Errorf("page lacks escaped %q", escaped)
		}
	}
	if n := strings.Count(page, "<script>"); n != 1 {
		t.Errorf("%d <script> tags, want only the page's own", n)
	}
}

func TestContent(t *testing.T) {
	page := render(t, reporttest.Run())
	for _, want := range []string{
		`data-severity="HIGH" data-confidence="MEDIUM" data-rule="T89" data-file="app/views.py"`,
		"Taint trace · 3 steps",
		"read from flask.request.args",
		`<span class="line hl"><span class="ln">14</span>    return db.execute(query)`,
		"syntax error while parsing AST from file",
		`<option value="T89">T89 sql_injection</option>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if got := strings.Count(page, `<tbody class="finding open"`); got != len(reporttest.Findings()) {
		t.Errorf("%d finding rows, want %d", got, len(reporttest.Findings()))
	}
}
