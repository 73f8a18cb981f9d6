package notebook

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestConvertDemo(t *testing.T) {
	data, err := os.ReadFile("testdata/demo.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	src, m, err := Convert(data)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"import subprocess",
		`get_ipython().run_line_magic("matplotlib", "inline")`,
		"path = input()",
		`get_ipython().system(f"ls {path}")`,
		`files = get_ipython().getoutput(f"find {path} -name '*.py'")`,
		"for f in files:",
		`    get_ipython().system(f"wc -l {f}")`,
		`get_ipython().run_line_magic('pinfo', "subprocess")`,
		`get_ipython().run_cell_magic("bash", '', '''\`,
		`echo "it\'s $HOME"`,
		`ls -la | awk \'{print $1}\'''')`,
		"# %%time",
		"total = sum(range(10))",
		`x = get_ipython().run_line_magic("env", "HOME")`,
		"# %%html",
		"",
		`get_ipython().system(f"echo {total}")`,
		`out = get_ipython().getoutput("ls")`,
		`get_ipython().getoutput("date")`,
		`get_ipython().system("awk '{print $1}' data.txt")`,
	}
	got := strings.Split(strings.TrimSuffix(string(src), "\n"), "\n")
	if len(got) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(got), len(want), src)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d:\n got  %s\n want %s", i+1, got[i], want[i])
		}
	}
	locate := []struct{ line, cell, cellLine int }{
		{1, 2, 1}, {4, 2, 4}, {8, 2, 8}, {9, 3, 1}, {11, 3, 3}, {12, 4, 1}, {14, 4, 3}, {15, 5, 1}, {17, 6, 1}, {20, 6, 4},
	}
	for _, l := range locate {
		cell, line, ok := m.Locate(l.line)
		if !ok || cell != l.cell || line != l.cellLine {
			t.Errorf("Locate(%d) = cell %d line %d ok=%v, want cell %d line %d", l.line, cell, line, ok, l.cell, l.cellLine)
		}
	}
	if _, _, ok := m.Locate(21); ok {
		t.Errorf("Locate(21) past the end succeeded")
	}
	checkPythonParses(t, src)
}

// checkPythonParses asks CPython whether the generated source is valid.
func checkPythonParses(t *testing.T, src []byte) {
	t.Helper()
	py, _ := filepath.Glob(filepath.Join(os.Getenv("HOME"), ".pyenv/versions/3.13*/bin/python3.13"))
	if env := os.Getenv("KRAIT_PYTHON"); env != "" {
		py = []string{env}
	}
	if len(py) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3.13 oracle missing in CI")
		}
		t.Skip("python3.13 not found; cannot check the generated source parses")
	}
	cmd := exec.Command(py[0], "-c", "import ast,sys; ast.parse(sys.stdin.read())")
	cmd.Stdin = strings.NewReader(string(src))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("generated source does not parse: %v\n%s\n%s", err, out, src)
	}
}

func TestConvertForms(t *testing.T) {
	cases := []struct {
		name, nb, want string
	}{
		{"v3 worksheets", `{"nbformat":3,"worksheets":[{"cells":[{"cell_type":"code","language":"python","input":["x = 1\n","!echo $x"]}]}]}`, "x = 1\n" + `get_ipython().system(f"echo {x}")` + "\n"},
		{"string source", `{"nbformat":4,"cells":[{"cell_type":"code","source":"a = 1\nb = 2"}]}`, "a = 1\nb = 2\n"},
		{"not python", `{"nbformat":4,"metadata":{"kernelspec":{"language":"R"}},"cells":[{"cell_type":"code","source":"x <- 1"}]}`, ""},
		{"empty cells skipped", `{"nbformat":4,"cells":[{"cell_type":"code","source":[]},{"cell_type":"code","source":"y = 2"}]}`, "y = 2\n"},
		{"comment stays", `{"nbformat":4,"cells":[{"cell_type":"code","source":"# what?\nx = 1 # nosec"}]}`, "# what?\nx = 1 # nosec\n"},
		{"time line magic runs python", `{"nbformat":4,"cells":[{"cell_type":"code","source":"%time r = eval(x)"}]}`, "0;    r = eval(x)\n"},
		{"timeit keeps columns", `{"nbformat":4,"cells":[{"cell_type":"code","source":"if 1:\n    %timeit  f(x)"}]}`, "if 1:\n    0;       f(x)\n"},
		{"timeit with options", `{"nbformat":4,"cells":[{"cell_type":"code","source":"%timeit -n 3 f(x)"}]}`, `get_ipython().run_line_magic("timeit", "-n 3 f(x)")` + "\n"},
		{"time of a compound statement", `{"nbformat":4,"cells":[{"cell_type":"code","source":"%time for i in x: f(i)"}]}`, `get_ipython().run_line_magic("time", "for i in x: f(i)")` + "\n"},
		{"leading indent removed", `{"nbformat":4,"cells":[{"cell_type":"code","source":"\n  if x:\n    f(x)\n  g()"}]}`, "\nif x:\n  f(x)\ng()\n"},
		{"byte order mark", "\ufeff" + `{"nbformat":4,"cells":[{"cell_type":"code","source":"x = 1"}]}`, "x = 1\n"},
		{"dollar dollar", `{"nbformat":4,"cells":[{"cell_type":"code","source":"!echo $$HOME"}]}`, `get_ipython().system("echo $HOME")` + "\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src, _, err := Convert([]byte(tc.nb))
			if err != nil {
				t.Fatal(err)
			}
			if string(src) != tc.want {
				t.Errorf("got %q, want %q", src, tc.want)
			}
		})
	}
}

func TestConvertErrors(t *testing.T) {
	cases := []struct{ nb, want string }{
		{`{"cells": [`, "invalid notebook JSON (line 1, column 11): unexpected end of JSON input"},
		{"{\n  \"cells\": [}\n}", "invalid notebook JSON (line 2, column 13): invalid character '}' looking for beginning of value"},
		{`{"cells":[{"cell_type":"code","source":42}]}`, "cell 1: source is neither a string nor a list of strings"},
		{`{"cells":[{"cell_type":"code","source":[1,2,{"a":1}]}]}`, "cell 1: source is neither a string nor a list of strings"},
		{`[1,2]`, "not a notebook: the top level is a JSON array, not an object"},
		{`"text"`, "not a notebook: the top level is a JSON string, not an object"},
		{`{"cells": 3}`, `not a notebook: "cells" must be a list, not a JSON number`},
		{`{"cells": [3]}`, `not a notebook: "cells" must be an object, not a JSON number`},
		{`{"cells": [{"cell_type": 3}]}`, `not a notebook: "cells.cell_type" must be a string, not a JSON number`},
		{`{}`, `not a notebook: no "cells" list (nbformat 4) nor "worksheets" (nbformat 3)`},
		{`{"nbformat": 4}`, `not a notebook: no "cells" list (nbformat 4) nor "worksheets" (nbformat 3)`},
	}
	for _, tc := range cases {
		_, _, err := Convert([]byte(tc.nb))
		if err == nil || err.Error() != tc.want {
			t.Errorf("Convert(%s) = %v, want %q", tc.nb, err, tc.want)
		}
	}
	// An empty notebook is fine: nothing to scan.
	if src, _, err := Convert([]byte(`{"cells": [], "nbformat": 4}`)); err != nil || len(src) != 0 {
		t.Errorf("empty notebook: %q, %v", src, err)
	}
}
