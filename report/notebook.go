package report

import (
	"strconv"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/notebook"
)

// Cell is a notebook code cell as its author wrote it.
type Cell struct {
	// Lines are the cell's source lines, without terminators; the
	// converted Python has exactly as many lines for the cell.
	Lines []string
	// FileLines[i] is the 1-based line of the .ipynb file where Lines[i]
	// starts; nil when unknown.
	FileLines []int
}

// Notebook is what reports know of a scanned notebook.
type Notebook struct {
	// Lines maps lines of the converted Python source (the numbering of
	// Finding.Line and trace steps) to (cell, line in cell).
	Lines *notebook.Map
	// Cells are the code cells by 1-based cell index; nil when unknown.
	Cells map[int]*Cell
}

// notebookOf returns the notebook view of filename, or nil.
func notebookOf(filename string, opts Options) *Notebook {
	if opts.Notebook == nil {
		return nil
	}
	return opts.Notebook(filename)
}

// cellOf returns the finding's cell as written and the converted-source
// line just before the cell's first line, or nil when the finding is not
// in a known notebook cell.
func cellOf(f *finding.Finding, opts Options) (*Cell, int) {
	if f.NotebookCell < 1 {
		return nil, 0
	}
	nb := notebookOf(f.Filename, opts)
	if nb == nil {
		return nil, 0
	}
	c := nb.Cells[f.NotebookCell]
	if c == nil || len(c.Lines) == 0 {
		return nil, 0
	}
	return c, f.Line - f.NotebookLine
}

// Place spells where a line is for a reader: "app.py:12", or for a
// notebook cell "nb.ipynb:cell 3:line 2".
func Place(filename string, line, cell, cellLine int) string {
	if cell > 0 {
		return filename + ":cell " + strconv.Itoa(cell) + ":line " + strconv.Itoa(cellLine)
	}
	return filename + ":" + strconv.Itoa(line)
}

// FindingPlace is Place for a finding's own line.
func FindingPlace(f *finding.Finding) string {
	return Place(f.Filename, f.Line, f.NotebookCell, f.NotebookLine)
}

// StepCell returns the notebook cell and line in cell of a trace step, or
// 0, 0 when the step is not in a notebook the report knows.
func StepCell(s *finding.Step, opts Options) (cell, line int) {
	nb := notebookOf(s.Filename, opts)
	if nb == nil || nb.Lines == nil {
		return 0, 0
	}
	if c, l, ok := nb.Lines.Locate(s.Line); ok {
		return c, l
	}
	return 0, 0
}

// StepPlace is Place for a trace step.
func StepPlace(s *finding.Step, opts Options) string {
	cell, line := StepCell(s, opts)
	return Place(s.Filename, s.Line, cell, line)
}

// LineText returns the text of line n (converted-source numbering) of
// the finding's file: for a notebook finding, the cell's line as written.
// "" when unknown.
func LineText(f *finding.Finding, n int, opts Options) string {
	if c, offset := cellOf(f, opts); c != nil {
		if i := n - offset - 1; i >= 0 && i < len(c.Lines) {
			return c.Lines[i]
		}
		return ""
	}
	return SourceLine(f.Filename, n, opts)
}

// FileLine returns the line of the .ipynb file holding line n
// (converted-source numbering) of a notebook finding, or 0 when unknown.
func FileLine(f *finding.Finding, n int, opts Options) int {
	c, offset := cellOf(f, opts)
	if c == nil {
		return 0
	}
	if i := n - offset - 1; i >= 0 && i < len(c.FileLines) {
		return c.FileLines[i]
	}
	return 0
}

// NotebookLine describes line n (converted-source numbering) of filename
// when it is a notebook the report knows: its cell, its line in the cell,
// the .ipynb file line it starts on (0 when unknown) and its text as
// written. ok is false for other files and lines outside every cell.
func NotebookLine(filename string, n int, opts Options) (cell, cellLine, fileLine int, text string, ok bool) {
	nb := notebookOf(filename, opts)
	if nb == nil || nb.Lines == nil {
		return 0, 0, 0, "", false
	}
	cell, cellLine, ok = nb.Lines.Locate(n)
	if !ok {
		return 0, 0, 0, "", false
	}
	if c := nb.Cells[cell]; c != nil {
		if cellLine <= len(c.Lines) {
			text = c.Lines[cellLine-1]
		}
		if cellLine <= len(c.FileLines) {
			fileLine = c.FileLines[cellLine-1]
		}
	}
	return cell, cellLine, fileLine, text, true
}
