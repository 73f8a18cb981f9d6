// Package notebook turns a Jupyter notebook (.ipynb, nbformat 4, or 3 with
// "worksheets") into one Python source that the parser, the checks and
// the taint engine read like a module, with a map from each line of that
// source back to its cell and line.
//
// Every code cell keeps its line count, so a line of the source maps to
// exactly one (cell, line). IPython syntax is rewritten the way IPython
// itself runs it, on the same line:
//
//	!cmd              → get_ipython().system(f"cmd")      (shell execution)
//	!!cmd, x = !cmd   → get_ipython().getoutput(f"cmd")   (shell execution)
//	%system cmd       → get_ipython().system(f"cmd")
//	%sx cmd           → get_ipython().getoutput(f"cmd")
//	%magic args       → get_ipython().run_line_magic("magic", "args")
//	x = %magic args   → x = get_ipython().run_line_magic("magic", "args")
//	obj? / obj??      → get_ipython().run_line_magic("pinfo", "obj")
//	%%bash, %%sh, %%script bash|sh (whole cell)
//	                  → get_ipython().run_cell_magic("bash", "", """...""")
//	%%time, %%timeit, %%capture, %%prun (whole cell)
//	                  → the magic line becomes a comment; the body stays Python
//	any other %%magic → the cell becomes blank lines (not Python)
//
// Shell commands are f-strings when IPython would expand them ({expr} and
// $name), so interpolated values stay visible to the analyses.
package notebook

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

// Span says that Lines lines of the source, starting at line Start
// (1-based), come from cell Cell (1-based index among all cells).
type Span struct {
	Cell  int
	Start int
	Lines int
}

// Map locates source lines in the notebook.
type Map struct {
	Spans []Span
}

// Locate returns the cell and the line within that cell of source line
// n, or ok=false when n is outside every cell.
func (m *Map) Locate(n int) (cell, line int, ok bool) {
	i := sort.Search(len(m.Spans), func(i int) bool { return m.Spans[i].Start+m.Spans[i].Lines > n })
	if i == len(m.Spans) || n < m.Spans[i].Start {
		return 0, 0, false
	}
	return m.Spans[i].Cell, n - m.Spans[i].Start + 1, true
}

type rawNotebook struct {
	NBFormat   int             `json:"nbformat"`
	Cells      []rawCell       `json:"cells"`
	Worksheets []rawWorksheet  `json:"worksheets"`
	Metadata   json.RawMessage `json:"metadata"`
}

type rawWorksheet struct {
	Cells []rawCell `json:"cells"`
}

type rawCell struct {
	CellType string          `json:"cell_type"`
	Source   json.RawMessage `json:"source"` // nbformat 4: string or list of strings
	Input    json.RawMessage `json:"input"`  // nbformat 3 code cells
	Language string          `json:"language"`
}

type rawMetadata struct {
	KernelSpec struct {
		Language string `json:"language"`
	} `json:"kernelspec"`
	LanguageInfo struct {
		Name string `json:"name"`
	} `json:"language_info"`
}

// Convert reads a notebook and returns its code cells as one Python
// source and the map back to cells. A notebook whose kernel is not Python
// yields an empty source.
func Convert(data []byte) ([]byte, *Map, error) {
	var nb rawNotebook
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a BOM some Windows editors write
	if err := json.Unmarshal(data, &nb); err != nil {
		return nil, nil, describeJSONError(data, err)
	}
	if nb.Cells == nil && nb.Worksheets == nil {
		return nil, nil, errors.New(`not a notebook: no "cells" list (nbformat 4) nor "worksheets" (nbformat 3)`)
	}
	if !isPython(nb.Metadata) {
		return nil, &Map{}, nil
	}
	cells := nb.Cells
	if len(cells) == 0 {
		for _, ws := range nb.Worksheets {
			cells = append(cells, ws.Cells...)
		}
	}
	var out strings.Builder
	m := &Map{}
	line := 1
	for i, c := range cells {
		if c.CellType != "code" {
			continue
		}
		raw := c.Source
		if len(raw) == 0 || string(raw) == "null" {
			raw = c.Input
		}
		text, err := joinSource(raw)
		if err != nil {
			return nil, nil, fmt.Errorf("cell %d: %v", i+1, err)
		}
		if text == "" {
			continue
		}
		// Line ends as Python reads them: \r\n and a lone \r end a line too.
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
		lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
		for _, l := range rewriteCell(lines) {
			out.WriteString(l)
			out.WriteByte('\n')
		}
		m.Spans = append(m.Spans, Span{Cell: i + 1, Start: line, Lines: len(lines)})
		line += len(lines)
	}
	return []byte(out.String()), m, nil
}

func isPython(meta json.RawMessage) bool {
	var md rawMetadata
	if len(meta) == 0 || json.Unmarshal(meta, &md) != nil {
		return true
	}
	lang := md.LanguageInfo.Name
	if lang == "" {
		lang = md.KernelSpec.Language
	}
	return lang == "" || strings.EqualFold(lang, "python")
}

// joinSource accepts nbformat's two spellings: one string, or a list of
// strings that already carry their newlines.
func joinSource(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var parts []string
	if err := json.Unmarshal(raw, &parts); err != nil {
		return "", errors.New("source is neither a string nor a list of strings")
	}
	return strings.Join(parts, ""), nil
}

// describeJSONError says what is wrong with a notebook that does not
// decode, in the user's terms (line and column, JSON types), not Go's.
func describeJSONError(data []byte, err error) error {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		line, col := lineCol(data, syn.Offset)
		return fmt.Errorf("invalid notebook JSON (line %d, column %d): %v", line, col, syn)
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		if typ.Field == "" {
			return fmt.Errorf("not a notebook: the top level is a JSON %s, not an object", typ.Value)
		}
		return fmt.Errorf("not a notebook: %q must be %s, not a JSON %s", typ.Field, jsonKind(typ.Type), typ.Value)
	}
	return fmt.Errorf("invalid notebook JSON: %v", err)
}

// lineCol turns a byte offset (just past the error) into a 1-based line
// and column.
func lineCol(data []byte, offset int64) (int, int) {
	offset = min(max(offset-1, 0), int64(len(data)))
	before := data[:offset]
	line := bytes.Count(before, []byte("\n")) + 1
	col := len(before) - bytes.LastIndexByte(before, '\n')
	return line, col
}

// jsonKind names the JSON type a Go type is decoded from.
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.String:
		return "a string"
	case reflect.Int, reflect.Int64, reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	}
	return "a " + t.Kind().String()
}
