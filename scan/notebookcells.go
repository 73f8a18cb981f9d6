package scan

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"strings"

	"github.com/kraitsec/krait/python/notebook"
)

// NotebookCell is a notebook code cell as its author wrote it (before the
// IPython rewriting), for code excerpts and report locations.
type NotebookCell struct {
	// Lines are the cell's source lines without terminators; there are as
	// many as the cell contributes to the converted source.
	Lines []string
	// FileLines[i] is the 1-based line of the .ipynb file on which
	// Lines[i] starts (Jupyter writes one JSON string per source line).
	FileLines []int
}

// readNotebookCells reads a notebook's cells again from disk (only files
// with findings need them, so workers do not keep every notebook's
// bytes). It returns nil when the cells no longer match the scanned
// notebook's map (the file changed meanwhile).
func readNotebookCells(path string, m *notebook.Map) map[int]*NotebookCell {
	if path == "" {
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	cells := notebookCells(data)
	for _, sp := range m.Spans {
		if c := cells[sp.Cell]; c == nil || len(c.Lines) != sp.Lines {
			return nil
		}
	}
	return cells
}

// notebookCells reads the code cells of a notebook, keyed by their
// 1-based index among all cells (markdown included, worksheets joined),
// the numbering notebook.Convert uses. It returns nil when the JSON is
// not a notebook it can read.
func notebookCells(data []byte) map[int]*NotebookCell {
	r := &cellReader{dec: json.NewDecoder(bytes.NewReader(data)), data: data, line: 1}
	cells, err := r.notebook()
	if err != nil {
		return nil
	}
	return cells
}

type cellReader struct {
	dec    *json.Decoder
	data   []byte
	line   int // file line of offset lineAt
	lineAt int // byte offset up to which newlines are counted
}

var errNotNotebook = errors.New("not a notebook")

// fileLine is the 1-based file line of the byte just before the
// decoder's offset (the end of the token last read).
func (r *cellReader) fileLine() int {
	end := int(r.dec.InputOffset())
	r.line += bytes.Count(r.data[r.lineAt:end], []byte{'\n'})
	r.lineAt = end
	return r.line
}

func (r *cellReader) delim(want json.Delim) error {
	tok, err := r.dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return errNotNotebook
	}
	return nil
}

func (r *cellReader) skip() error {
	var v json.RawMessage
	return r.dec.Decode(&v)
}

// object reads an object, calling field for each key; field must consume
// the value.
func (r *cellReader) object(field func(key string) error) error {
	if err := r.delim('{'); err != nil {
		return err
	}
	for r.dec.More() {
		tok, err := r.dec.Token()
		if err != nil {
			return err
		}
		key, ok := tok.(string)
		if !ok {
			return errNotNotebook
		}
		if err := field(key); err != nil {
			return err
		}
	}
	return r.delim('}')
}

func (r *cellReader) array(item func() error) error {
	if err := r.delim('['); err != nil {
		return err
	}
	for r.dec.More() {
		if err := item(); err != nil {
			return err
		}
	}
	return r.delim(']')
}

// notebook reads the top-level object. Like Convert it takes nbformat
// 4's "cells" when there are any, else the cells of every nbformat 3
// worksheet, numbered on across worksheets.
func (r *cellReader) notebook() (map[int]*NotebookCell, error) {
	cells, sheets := &cellList{cells: map[int]*NotebookCell{}}, &cellList{cells: map[int]*NotebookCell{}}
	err := r.object(func(key string) error {
		switch key {
		case "cells":
			return r.array(func() error { return r.cell(cells) })
		case "worksheets":
			return r.array(func() error {
				return r.object(func(key string) error {
					if key != "cells" {
						return r.skip()
					}
					return r.array(func() error { return r.cell(sheets) })
				})
			})
		}
		return r.skip()
	})
	if err != nil {
		return nil, err
	}
	if _, err := r.dec.Token(); err != io.EOF {
		return nil, errNotNotebook
	}
	if cells.count > 0 {
		return cells.cells, nil
	}
	return sheets.cells, nil
}

// cellList numbers cells as they are read.
type cellList struct {
	count int
	cells map[int]*NotebookCell
}

// piece is one JSON string of a cell's source and the file line it is on.
type piece struct {
	text string
	line int
}

// cell reads one cell; code cells with a source are recorded.
func (r *cellReader) cell(list *cellList) error {
	list.count++
	var kind string
	var source, input []piece
	err := r.object(func(key string) error {
		switch key {
		case "cell_type":
			return r.dec.Decode(&kind)
		case "source":
			return r.pieces(&source)
		case "input":
			return r.pieces(&input)
		}
		return r.skip()
	})
	if err != nil || kind != "code" {
		return err
	}
	if len(source) == 0 {
		source = input
	}
	if c := cellFromPieces(source); c != nil {
		list.cells[list.count] = c
	}
	return nil
}

// pieces reads a source: one string, a list of strings, or null.
func (r *cellReader) pieces(out *[]piece) error {
	tok, err := r.dec.Token()
	if err != nil {
		return err
	}
	switch t := tok.(type) {
	case nil:
		return nil
	case string:
		*out = append(*out, piece{t, r.fileLine()})
		return nil
	case json.Delim:
		if t != '[' {
			return errNotNotebook
		}
		for r.dec.More() {
			tok, err := r.dec.Token()
			if err != nil {
				return err
			}
			s, ok := tok.(string)
			if !ok {
				return errNotNotebook
			}
			*out = append(*out, piece{s, r.fileLine()})
		}
		return r.delim(']')
	}
	return errNotNotebook
}

// cellFromPieces splits the joined source into lines the way Convert
// does (\r\n, \r and \n end a line; a final terminator adds no line) and
// notes the file line of the piece each line starts in.
func cellFromPieces(ps []piece) *NotebookCell {
	var text strings.Builder
	for _, p := range ps {
		text.WriteString(p.text)
	}
	src := text.String()
	if src == "" {
		return nil
	}
	c := &NotebookCell{}
	pi, pieceEnd := 0, len(ps[0].text)
	lineOf := func(off int) int {
		for pi < len(ps)-1 && off >= pieceEnd {
			pi++
			pieceEnd += len(ps[pi].text)
		}
		return ps[pi].line
	}
	start := 0
	for start < len(src) {
		end := strings.IndexAny(src[start:], "\r\n")
		next := len(src)
		if end < 0 {
			end = len(src)
		} else {
			end += start
			next = end + 1
			if src[end] == '\r' && next < len(src) && src[next] == '\n' {
				next++
			}
		}
		c.Lines = append(c.Lines, src[start:end])
		c.FileLines = append(c.FileLines, lineOf(start))
		start = next
	}
	return c
}
