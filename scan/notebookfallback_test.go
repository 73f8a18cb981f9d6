package scan

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/lexer"
	"github.com/kraitsec/krait/python/notebook"
	"github.com/kraitsec/krait/python/parser"
)

// TestNotebookBrokenCells: a cell with a syntax error is listed (with its
// cell and line) but the other cells are still scanned, as Jupyter runs
// them one by one; a notebook whose every code cell is broken is only an
// error.
func TestNotebookBrokenCells(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"two.ipynb": `{"nbformat":4,"cells":[
			{"cell_type":"code","source":["a = 1  flag(B602)\n"]},
			{"cell_type":"code","source":["SYNTAX ERROR\n","b = 2  flag(B101)\n"]},
			{"cell_type":"markdown","source":"text"},
			{"cell_type":"code","source":["c = 3\n","SYNTAX ERROR again\n"]},
			{"cell_type":"code","source":["d = 4  flag(B602)\n"]}]}`,
		"all.ipynb": `{"nbformat":4,"cells":[{"cell_type":"code","source":["SYNTAX ERROR  flag(B602)\n"]}]}`,
		"plain.py":  "SYNTAX ERROR\nx = 1  flag(B602)\n",
	})
	chdir(t, dir)
	res := runFake(t, defaultOpts("."))
	want := []string{"./two.ipynb:1:B602@cell1:1", "./two.ipynb:6:B602@cell5:1"}
	if got := summary(res.Findings); !reflect.DeepEqual(got, want) {
		t.Errorf("findings %v, want %v", got, want)
	}
	reasons := map[string]string{}
	for _, e := range res.Errors {
		reasons[e.Filename] = e.Reason
	}
	wantReasons := map[string]string{
		"./two.ipynb": "syntax error while parsing AST from file (cell 2, line 1: SyntaxError: invalid syntax); cells 2, 4 skipped, the other cells scanned",
		"./all.ipynb": "syntax error while parsing AST from file (cell 1, line 1: SyntaxError: invalid syntax)",
		"./plain.py":  "syntax error while parsing AST from file (line 1: SyntaxError: invalid syntax)",
	}
	if !reflect.DeepEqual(reasons, wantReasons) {
		t.Errorf("errors\n %q\nwant\n %q", reasons, wantReasons)
	}
}

// TestNotebookSizeLimit: a notebook is limited by the size of its code,
// not of its saved outputs (up to notebookSizeFactor times the limit).
func TestNotebookSizeLimit(t *testing.T) {
	dir := t.TempDir()
	output := strings.Repeat("A", 3000)
	huge := `{"nbformat":4,"cells":[{"cell_type":"code","source":[],"outputs":[{"data":{"image/png":"` + strings.Repeat("A", 1000*notebookSizeFactor) + `"}}]}]}`
	writeFiles(t, dir, map[string]string{
		"plots.ipynb": `{"nbformat":4,"cells":[{"cell_type":"code","source":["a = 1  flag(B602)\n"],"outputs":[{"data":{"image/png":"` + output + `"}}]}]}`,
		"code.ipynb":  `{"nbformat":4,"cells":[{"cell_type":"code","source":"` + strings.Repeat(`x = 1\n`, 300) + `"}]}`,
		"huge.ipynb":  huge,
	})
	chdir(t, dir)
	o := defaultOpts(".")
	o.MaxFileSize = 1000
	res := runFake(t, o)
	if got := summary(res.Findings); !reflect.DeepEqual(got, []string{"./plots.ipynb:1:B602@cell1:1"}) {
		t.Errorf("findings %v", got)
	}
	reasons := map[string]string{}
	for _, e := range res.Errors {
		reasons[e.Filename] = e.Reason
	}
	want := map[string]string{
		"./code.ipynb": "file too large (1800 bytes of code in its cells; the limit is 1000, see --max-file-size)",
		"./huge.ipynb": fmt.Sprintf("file too large (%d bytes; the limit is %d, see --max-file-size)", len(huge), 1000*notebookSizeFactor),
	}
	if !reflect.DeepEqual(reasons, want) {
		t.Errorf("errors %q, want %q", reasons, want)
	}
}

// parseOnly parses with the real parser, so the test sees how errors of
// one cell surface elsewhere in the whole notebook.
type parseOnly struct{}

func (parseOnly) Analyze(filename string, src []byte) (*Analysis, error) {
	f, err := parser.Parse(filename, src)
	if err != nil {
		return nil, err
	}
	return &Analysis{Src: f.Src, Findings: []finding.Finding{{RuleID: "B000", Line: 1, Filename: filename}}}, nil
}

// TestNotebookBrokenCellsFoundAlone: cells leaving brackets open break
// the whole source far from them (at the 201st open bracket, in a good
// cell); each cell is parsed alone to find the culprits, and the error
// listed is the first broken cell's own.
func TestNotebookBrokenCellsFoundAlone(t *testing.T) {
	var cells []string
	for range 250 {
		cells = append(cells, `{"cell_type":"code","source":"def (:\n"}`)
	}
	cells = append(cells, `{"cell_type":"code","source":"x = f(1)\n"}`)
	src := []byte(`{"nbformat":4,"cells":[` + strings.Join(cells, ",") + `]}`)
	code, m, err := notebook.Convert(src)
	if err != nil {
		t.Fatal(err)
	}
	_, whole := parseOnly{}.Analyze("nb.ipynb", code)
	if whole == nil || !strings.Contains(whole.Error(), "too many nested parentheses") {
		t.Fatalf("the whole notebook should fail at the bracket limit: %v", whole)
	}
	a, skipped, first := analyzeSkippingBrokenCells(parseOnly{}, "nb.ipynb", code, m)
	if a == nil || len(skipped) != 250 || skipped[249] != 250 {
		t.Fatalf("analysis %v, skipped %d cells", a, len(skipped))
	}
	var se *lexer.SyntaxError
	if !errors.As(first, &se) || se.Line != 1 || se.Msg != "invalid syntax" {
		t.Errorf("first error %v", first)
	}
	if note := skippedCellsNote(skipped); note != "; cells 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, and 240 more skipped, the other cells scanned" {
		t.Errorf("note %q", note)
	}
}
