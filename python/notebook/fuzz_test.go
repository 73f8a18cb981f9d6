package notebook

import (
	"encoding/json"
	"strings"
	"testing"
)

// FuzzRewriteCell: any cell text converts without panicking and keeps its
// line count, so the cell/line map stays exact.
func FuzzRewriteCell(f *testing.F) {
	for _, seed := range []string{
		"!ls {path}", "%%bash\necho '''x'''\n\\", "x = !cat $f", "%time f()", "obj??", "%%time\n!date",
		"!awk '{print $1}' {f", "$$", "{", "}", "%%script bash\n", "a, b = %sx ls", "x = 1\ry = 2",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, cell string) {
		nb, _ := json.Marshal(map[string]any{"nbformat": 4, "cells": []any{map[string]any{"cell_type": "code", "source": cell}}})
		src, m, err := Convert(nb)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.TrimSuffix(strings.ReplaceAll(strings.ReplaceAll(cell, "\r\n", "\n"), "\r", "\n"), "\n")
		if text == "" {
			return
		}
		want := strings.Count(text, "\n") + 1
		if got := strings.Count(string(src), "\n"); got != want {
			t.Fatalf("%q: %d lines out, want %d:\n%s", cell, got, want, src)
		}
		if len(m.Spans) != 1 || m.Spans[0].Lines != want {
			t.Fatalf("%q: spans %+v", cell, m.Spans)
		}
	})
}
