package scan

import (
	"reflect"
	"testing"
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
