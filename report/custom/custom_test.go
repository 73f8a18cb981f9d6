package custom_test

import (
	"bytes"
	stdjson "encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kraitsec/krait/report"
	"github.com/kraitsec/krait/report/custom"
	"github.com/kraitsec/krait/report/internal/reporttest"
)

func render(t *testing.T, tpl string) (string, string) {
	t.Helper()
	opts := reporttest.Options()
	opts.MsgTemplate = tpl
	var out, warn bytes.Buffer
	opts.Warnings = &warn
	if err := (custom.Formatter{}).Write(&out, reporttest.Run(), opts); err != nil {
		t.Fatal(err)
	}
	return out.String(), warn.String()
}

var templates = []string{
	"{relpath}:{line:03d}:{col:<4}| {test_id} {severity:^10} {msg:.20} {confidence!r} {range} {cwe}",
	"{line:+05d} {col:x} {end_col:#06x} {line:,} {msg:*>70} {test_id:-^9}",
	"{{literal}} {severity:8}|{confidence:>8}|{msg!a}|{msg!r}",
	"{line:=+8d}{test_id:010}{end_col:<05}{col:_b}",
	"{relpath!s:>30.12}{end_col: d}",
}

func TestGolden(t *testing.T) {
	var all strings.Builder
	for _, tpl := range templates {
		out, warn := render(t, tpl)
		if warn != "" {
			t.Errorf("%q: unexpected warning %q", tpl, warn)
		}
		all.WriteString("== " + tpl + "\n" + out)
	}
	reporttest.Golden(t, "custom", []byte(all.String()))

	opts := reporttest.Options()
	opts.MsgTemplate = "{relpath}:{line} cell {cell}, line {cell_line:02d}: {test_id}"
	var nb bytes.Buffer
	if err := (custom.Formatter{}).Write(&nb, reporttest.NotebookRun(), opts); err != nil {
		t.Fatal(err)
	}
	reporttest.Golden(t, "custom_notebook", nb.Bytes())
}

// TestMatchesPythonFormat formats the same fields with Python's
// str.format and requires identical lines.
func TestMatchesPythonFormat(t *testing.T) {
	tpls, _ := stdjson.Marshal(append([]string{custom.DefaultTemplate}, templates...))
	want := reporttest.PythonOracle(t, reporttest.Run(), reporttest.Options(), `import os
for tpl in json.loads(`+"'''"+string(tpls)+"'''"+`):
    for r in doc["results"]:
        c = r["issue_cwe"]
        fields = dict(abspath=os.path.abspath(r["filename"]), relpath=os.path.relpath(r["filename"]),
            line=r["line_number"], col=r["col_offset"], end_col=r["end_col_offset"], test_id=r["test_id"],
            severity=r["issue_severity"], msg=r["issue_text"], confidence=r["issue_confidence"],
            range=str(r["line_range"]), cwe="CWE-%d (%s)" % (c["id"], c["link"]) if c else "")
        sys.stdout.buffer.write((tpl.format(**fields) + "\n").encode("utf-8"))`)
	var got strings.Builder
	for _, tpl := range append([]string{""}, templates...) {
		out, _ := render(t, tpl)
		got.WriteString(out)
	}
	if got.String() != string(want) {
		t.Errorf("differs from Python str.format:\n got: %q\nwant: %q", got.String(), want)
	}
}

func TestDefaultTemplateUsesAbspath(t *testing.T) {
	out, _ := render(t, "")
	abs, err := filepath.Abs("app/util.py")
	if err != nil {
		t.Fatal(err)
	}
	if want := abs + ":5: B602[bandit]: HIGH: subprocess call with shell=True identified, security issue.\n"; !strings.Contains(out, want) {
		t.Errorf("default template output %q lacks %q", out, want)
	}
}

func TestUnknownTagsAreWarnedAndLiteral(t *testing.T) {
	out, warn := render(t, "{line} {foo} {bar:>3} {line}")
	if first := strings.SplitN(out, "\n", 2)[0]; first != "2 foo bar 2" {
		t.Errorf("first line %q, want %q", first, "2 foo bar 2")
	}
	for _, want := range []string{"Tag 'bar' was not recognized", "Tag 'foo' was not recognized", "did you mean to use '"} {
		if !strings.Contains(warn, want) {
			t.Errorf("warnings %q lack %q", warn, want)
		}
	}
}

func TestBadTemplates(t *testing.T) {
	for _, tpl := range []string{"{line", "line}", "no tags at all", "{line:q}", "{msg:+}", "{msg:=5}", "{line:.2}", "{line!x}"} {
		opts := report.DefaultOptions()
		opts.MsgTemplate = tpl
		err := (custom.Formatter{}).ValidateOptions(opts)
		if !errors.Is(err, report.ErrBadOptions) {
			t.Errorf("%q: got %v, want ErrBadOptions", tpl, err)
		}
	}
	opts := report.DefaultOptions()
	opts.MsgTemplate = "{relpath}:{line:03d}"
	if err := (custom.Formatter{}).ValidateOptions(opts); err != nil {
		t.Errorf("valid template rejected: %v", err)
	}
}

// TestSuggestionLikeBandit computes bandit's "did you mean" choice (the
// known tag sharing most distinct characters, ties to the last sorted)
// in Python and compares.
func TestSuggestionLikeBandit(t *testing.T) {
	unknown := []string{"lnie", "foo", "sevrity", "path", "x", "cwe_id", "messagez"}
	var tpl strings.Builder
	for _, u := range unknown {
		tpl.WriteString("{" + u + "} ")
	}
	_, warn := render(t, tpl.String()+"{line}")
	names, _ := stdjson.Marshal(unknown)
	want := reporttest.PythonOracle(t, reporttest.Run(), reporttest.Options(), `
known = ["abspath", "relpath", "line", "col", "end_col", "test_id", "severity", "msg", "confidence", "range", "cwe"]
for tag in sorted(json.loads('`+string(names)+`')):
    best = sorted((len(set(tag) & set(k)), k) for k in known)[-1][1]
    print("[custom]\tWARNING\tTag '%s' was not recognized and will be skipped, did you mean to use '%s'?" % (tag, best))`)
	if warn != string(want) {
		t.Errorf("warnings differ from bandit's choice:\n got: %s\nwant: %s", warn, want)
	}
}
