package csv_test

import (
	"bytes"
	"testing"

	"github.com/kraitsec/krait/report"
	"github.com/kraitsec/krait/report/csv"
	"github.com/kraitsec/krait/report/internal/reporttest"
)

func render(t *testing.T, run *report.Run) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := (csv.Formatter{}).Write(&buf, run, reporttest.Options()); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	reporttest.Golden(t, "csv", render(t, reporttest.Run()))
	reporttest.Golden(t, "csv_empty", render(t, &report.Run{}))
	reporttest.Golden(t, "csv_notebook", render(t, reporttest.NotebookRun()))
}

// TestMatchesPythonCSV writes the same rows with Python's csv.DictWriter,
// as bandit does, and requires identical bytes.
func TestMatchesPythonCSV(t *testing.T) {
	run := reporttest.Run()
	want := reporttest.PythonOracle(t, run, reporttest.Options(), `import csv, io
fields = ["filename", "test_name", "test_id", "issue_severity", "issue_confidence", "issue_cwe",
          "issue_text", "line_number", "col_offset", "end_col_offset", "line_range", "more_info"]
out = io.StringIO(newline="")
w = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
w.writeheader()
for r in doc["results"]:
    r["issue_cwe"] = r["issue_cwe"].get("link", "")
    w.writerow(r)
sys.stdout.buffer.write(out.getvalue().encode("utf-8"))`)
	if got := render(t, run); !bytes.Equal(got, want) {
		t.Errorf("differs from Python's csv module:\n got: %q\nwant: %q", got, want)
	}
}
