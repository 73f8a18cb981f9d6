package scan

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/kraitsec/krait/python/notebook"
)

func TestNotebookCells(t *testing.T) {
	tests := []struct {
		name string
		json string
		want map[int]*NotebookCell
	}{
		{
			name: "jupyter layout, one string per line",
			json: `{
 "cells": [
  {"cell_type": "markdown", "source": ["# title\n"]},
  {
   "cell_type": "code",
   "outputs": [{"text": ["x\n", "y\n"]}],
   "source": [
    "import os\n",
    "%time os.getcwd()\n",
    "!ls"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4
}`,
			want: map[int]*NotebookCell{2: {
				Lines:     []string{"import os", "%time os.getcwd()", "!ls"},
				FileLines: []int{8, 9, 10},
			}},
		},
		{
			name: "one string with every line end, type after source",
			json: "{\"nbformat\": 4, \"cells\": [\n{\"source\": \"a = 1\\r\\nb = 2\\rc = 3\\n\\n\", \"cell_type\": \"code\"}]}",
			want: map[int]*NotebookCell{1: {
				Lines:     []string{"a = 1", "b = 2", "c = 3", ""},
				FileLines: []int{2, 2, 2, 2},
			}},
		},
		{
			name: "a line split over two strings starts in the first",
			json: "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\n\"x = \",\n\"1\\ny = 2\"]}]}",
			want: map[int]*NotebookCell{1: {
				Lines:     []string{"x = 1", "y = 2"},
				FileLines: []int{2, 3},
			}},
		},
		{
			name: "empty and null sources are not cells Convert keeps",
			json: `{"cells": [{"cell_type": "code", "source": []}, {"cell_type": "code", "source": null}, {"cell_type": "code", "source": "pass"}]}`,
			want: map[int]*NotebookCell{3: {Lines: []string{"pass"}, FileLines: []int{1}}},
		},
		{
			name: "nbformat 3 worksheets, input, numbered across sheets",
			json: "{\"worksheets\": [{\"cells\": [{\"cell_type\": \"code\", \"input\": [\"a\\n\"]}]},\n{\"cells\": [{\"cell_type\": \"heading\"}, {\"cell_type\": \"code\", \"input\": \"b\"}]}]}",
			want: map[int]*NotebookCell{
				1: {Lines: []string{"a"}, FileLines: []int{1}},
				3: {Lines: []string{"b"}, FileLines: []int{2}},
			},
		},
		{name: "not JSON", json: `{"cells": [`, want: nil},
		{name: "source of the wrong type", json: `{"cells": [{"cell_type": "code", "source": 3}]}`, want: nil},
		{name: "trailing data", json: `{"cells": []} {}`, want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := notebookCells([]byte(tt.json))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", dumpCells(got), dumpCells(tt.want))
			}
		})
	}
}

// TestNotebookCellsMatchConvert checks that every cell has as many lines
// as the converted source gives it, so locations map one to one.
func TestNotebookCellsMatchConvert(t *testing.T) {
	for _, src := range []string{
		`{"cells": [{"cell_type": "code", "source": ["%%bash\n", "ls\n", "pwd\n"]}, {"cell_type": "code", "source": "x?\n\n\ny = !ls\r\n"}]}`,
		`{"worksheets": [{"cells": [{"cell_type": "code", "input": ["a\r", "b"]}]}]}`,
	} {
		_, m, err := notebook.Convert([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		cells := notebookCells([]byte(src))
		if len(cells) != len(m.Spans) {
			t.Fatalf("%d cells, %d spans", len(cells), len(m.Spans))
		}
		for _, sp := range m.Spans {
			if c := cells[sp.Cell]; c == nil || len(c.Lines) != sp.Lines {
				t.Errorf("cell %d: %v, converted source has %d lines", sp.Cell, c, sp.Lines)
			}
		}
	}
}

func dumpCells(m map[int]*NotebookCell) string {
	var b strings.Builder
	for i := range 10 {
		if c, ok := m[i]; ok {
			fmt.Fprintf(&b, "cell %d: %q at lines %v; ", i, c.Lines, c.FileLines)
		}
	}
	return b.String()
}

func TestResultNotebook(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"nb.ipynb": "{\"cells\": [\n{\"cell_type\": \"markdown\", \"source\": \"x\"},\n" +
			"{\"cell_type\": \"code\", \"source\": [\n\"%time a = 1\\n\",\n\"b = 2  flag(B602)\\n\"]}]}",
		"quiet.ipynb": `{"cells": [{"cell_type": "code", "source": "a = 1"}]}`,
		"a.py":        "x = 1  flag(B602)\n",
	})
	chdir(t, dir)
	res := runFake(t, defaultOpts("."))
	m, cells := res.Notebook("./nb.ipynb")
	if m == nil {
		t.Fatal("no notebook view for nb.ipynb")
	}
	if cell, line, ok := m.Locate(2); !ok || cell != 2 || line != 2 {
		t.Errorf("Locate(2) = %d %d %v", cell, line, ok)
	}
	want := map[int]*NotebookCell{2: {Lines: []string{"%time a = 1", "b = 2  flag(B602)"}, FileLines: []int{4, 5}}}
	if !reflect.DeepEqual(cells, want) {
		t.Errorf("cells %s, want %s", dumpCells(cells), dumpCells(want))
	}
	for _, name := range []string{"./quiet.ipynb", "./a.py"} {
		if m, cells := res.Notebook(name); m != nil || cells != nil {
			t.Errorf("%s: notebook view %v %v, want none (no findings or not a notebook)", name, m, cells)
		}
	}
}

func TestReadNotebookCellsChangedFile(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"nb.ipynb": `{"cells": [{"cell_type": "code", "source": "a\nb"}]}`})
	m := &notebook.Map{Spans: []notebook.Span{{Cell: 1, Start: 1, Lines: 3}}}
	if cells := readNotebookCells(dir+"/nb.ipynb", m); cells != nil {
		t.Errorf("cells of a changed notebook: %s", dumpCells(cells))
	}
	m.Spans[0].Lines = 2
	if cells := readNotebookCells(dir+"/nb.ipynb", m); len(cells) != 1 {
		t.Errorf("cells = %s", dumpCells(cells))
	}
}
