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
// converted source does not parse. Jupyter compiles each cell on its own,
// so a cell with a syntax error does not stop the others: every cell is
// parsed alone to find the broken ones (the error of the whole may be
// reported far from its cause, e.g. at the 201st bracket left open by
// earlier cells), those are blanked (every line stays where it was) and
// the rest analysed again. It returns the analysis, the cells left out and
// the first broken cell's error (lines counted in the whole source), or a
// nil analysis when no cell can be blamed or none is left.
func analyzeSkippingBrokenCells(an Analyzer, name string, src []byte, m *notebook.Map) (*Analysis, []int, error) {
	lines := bytes.SplitAfter(src, []byte("\n"))
	var skipped []int
	var first error
	for _, sp := range m.Spans {
		lo, hi := sp.Start-1, sp.Start-1+sp.Lines
		if lo < 0 || hi > len(lines) {
			return nil, nil, nil
		}
		_, err := an.Analyze(name, bytes.Join(lines[lo:hi], nil))
		if err == nil {
			continue
		}
		var se *lexer.SyntaxError
		if !errors.As(err, &se) {
			return nil, nil, nil
		}
		if first == nil {
			shifted := *se
			if shifted.Line > 0 {
				shifted.Line += lo
			}
			first = &shifted
		}
		skipped = append(skipped, sp.Cell)
		for i := lo; i < hi; i++ {
			lines[i] = []byte("\n")
		}
	}
	if len(skipped) == 0 || len(skipped) == len(m.Spans) {
		return nil, nil, nil
	}
	a, err := an.Analyze(name, bytes.Join(lines, nil))
	if err != nil {
		return nil, nil, nil
	}
	return a, skipped, first
}

// skippedCellsNote ends the error reason of a notebook scanned without
// its broken cells.
func skippedCellsNote(cells []int) string {
	const shown = 10
	var names []string
	for _, c := range cells[:min(len(cells), shown)] {
		names = append(names, fmt.Sprint(c))
	}
	if len(cells) > shown {
		names = append(names, fmt.Sprintf("and %d more", len(cells)-shown))
	}
	word := "cell"
	if len(cells) > 1 {
		word = "cells"
	}
	return fmt.Sprintf("; %s %s skipped, the other cells scanned", word, strings.Join(names, ", "))
}
