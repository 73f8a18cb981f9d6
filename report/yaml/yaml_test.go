package yaml_test

import (
	"bytes"
	stdjson "encoding/json"
	"reflect"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/kraitsec/krait/report"
	"github.com/kraitsec/krait/report/internal/reporttest"
	_ "github.com/kraitsec/krait/report/json"
	kryaml "github.com/kraitsec/krait/report/yaml"
)

func render(t *testing.T, name string, run *report.Run) []byte {
	t.Helper()
	return renderWith(t, name, run, reporttest.Options())
}

func renderWith(t *testing.T, name string, run *report.Run, opts report.Options) []byte {
	t.Helper()
	f, ok := report.Lookup(name)
	if !ok {
		t.Fatalf("%s not registered", name)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf, run, opts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	_ = kryaml.Formatter{}
	reporttest.Golden(t, "yaml", render(t, "yaml", reporttest.Run()))
	reporttest.Golden(t, "yaml_empty", render(t, "yaml", &report.Run{}))
	reporttest.Golden(t, "yaml_notebook", renderWith(t, "yaml", reporttest.NotebookRun(), reporttest.NotebookOptions()))
}

// TestSameStructureAsJSON: the YAML document equals the JSON one except
// that code has its newlines written as `\n`, like bandit's yaml.
func TestSameStructureAsJSON(t *testing.T) {
	var fromYAML, fromJSON map[string]any
	if err := yaml.Unmarshal(render(t, "yaml", reporttest.Run()), &fromYAML); err != nil {
		t.Fatal(err)
	}
	if err := stdjson.Unmarshal(render(t, "json", reporttest.Run()), &fromJSON); err != nil {
		t.Fatal(err)
	}
	for _, r := range fromJSON["results"].([]any) {
		res := r.(map[string]any)
		res["code"] = strings.ReplaceAll(res["code"].(string), "\n", `\n`)
	}
	// Normalise numbers: JSON gives float64, YAML int.
	normalise := func(v map[string]any) any {
		b, _ := stdjson.Marshal(v)
		var out any
		_ = stdjson.Unmarshal(b, &out)
		return out
	}
	if a, b := normalise(fromYAML), normalise(fromJSON); !reflect.DeepEqual(a, b) {
		t.Errorf("yaml and json documents differ:\nyaml: %v\njson: %v", a, b)
	}
}

func TestKeysSorted(t *testing.T) {
	out := string(render(t, "yaml", reporttest.Run()))
	if i, j := strings.Index(out, "errors:"), strings.Index(out, "results:"); i < 0 || j < i {
		t.Error("top-level keys are not in sorted order")
	}
	if i, j := strings.Index(out, "SEVERITY.HIGH"), strings.Index(out, "loc:"); i < 0 || j < i {
		t.Error("metric keys are not in code point order")
	}
}
