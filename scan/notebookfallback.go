package scan

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/kraitsec/krait/python/lexer"
	"github.com/kraitsec/krait/python/notebook"
)

// analyzeSkippingBrokenCells is the second try for a notebook whose
// converted source does not parse. Jupyter runs cells one at a time, so a
// cell with a syntax error does not stop the others: the broken cell is
// blanked (keeping every line where it was) and the rest analysed again,
// cell after broken cell. It returns the analysis and the cells left out,
// or nil when the error cannot be pinned on a cell.
func analyzeSkippingBrokenCells(an Analyzer, name string, src []byte, m *notebook.Map, err error) (*Analysis, []int) {
	lines := bytes.SplitAfter(src, []byte("\n"))
	var skipped []int
	for range m.Spans {
		var se *lexer.SyntaxError
		if !errors.As(err, &se) {
			return nil, nil
		}
		span, ok := spanOf(m, se.Line)
		if !ok || span.Start-1+span.Lines > len(lines) {
			return nil, nil
		}
		for i := span.Start - 1; i < span.Start-1+span.Lines; i++ {
			lines[i] = []byte("\n")
		}
		skipped = append(skipped, span.Cell)
		if len(skipped) == len(m.Spans) {
			return nil, nil // no cell left to scan
		}
		var a *Analysis
		if a, err = an.Analyze(name, bytes.Join(lines, nil)); err == nil {
			return a, skipped
		}
	}
	return nil, nil
}

// spanOf finds the cell holding line n of the converted source.
func spanOf(m *notebook.Map, n int) (notebook.Span, bool) {
	for _, sp := range m.Spans {
		if n >= sp.Start && n < sp.Start+sp.Lines {
			return sp, true
		}
	}
	return notebook.Span{}, false
}

// skippedCellsNote ends the error reason of a notebook scanned without
// its broken cells.
func skippedCellsNote(cells []int) string {
	names := make([]string, len(cells))
	for i, c := range cells {
		names[i] = fmt.Sprint(c)
	}
	word := "cell"
	if len(cells) > 1 {
		word = "cells"
	}
	return fmt.Sprintf("; %s %s skipped, the other cells scanned", word, strings.Join(names, ", "))
}
