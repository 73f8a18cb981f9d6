package xml_test

import (
	"bytes"
	"testing"

	"github.com/kraitsec/krait/report"
	"github.com/kraitsec/krait/report/internal/reporttest"
	"github.com/kraitsec/krait/report/xml"
)

func render(t *testing.T, run *report.Run) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := (xml.Formatter{}).Write(&buf, run, reporttest.Options()); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	reporttest.Golden(t, "xml", render(t, reporttest.Run()))
	reporttest.Golden(t, "xml_empty", render(t, &report.Run{}))
	reporttest.Golden(t, "xml_notebook", render(t, reporttest.NotebookRun()))
}

// TestMatchesElementTree builds bandit's tree with Python's ElementTree
// and requires identical bytes.
func TestMatchesElementTree(t *testing.T) {
	run := reporttest.Run()
	want := reporttest.PythonOracle(t, run, reporttest.Options(), `import io
from xml.etree import ElementTree as ET
def cwe(c):
    return "CWE-%d (%s)" % (c["id"], c["link"]) if c else ""
root = ET.Element("testsuite", name="bandit", tests=str(len(doc["results"])))
for r in doc["results"]:
    case = ET.SubElement(root, "testcase", classname=r["filename"], name=r["test_name"])
    text = "Test ID: %s Severity: %s Confidence: %s\nCWE: %s\n%s\nLocation %s:%s" % (
        r["test_id"], r["issue_severity"], r["issue_confidence"], cwe(r["issue_cwe"]),
        r["issue_text"], r["filename"], r["line_number"])
    ET.SubElement(case, "error", more_info=r["more_info"], type=r["issue_severity"],
                  message=r["issue_text"]).text = text
out = io.BytesIO()
ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=True)
sys.stdout.buffer.write(out.getvalue())`)
	if got := render(t, run); !bytes.Equal(got, want) {
		t.Errorf("differs from ElementTree:\n got: %q\nwant: %q", got, want)
	}
}
