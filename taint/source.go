package taint

import (
	"bytes"
	"compress/flate"
	"fmt"
	"io"
)

// source is a file's decoded text, held compressed while its tree is not
// needed: Python source shrinks about fourfold, and the analysis of a
// large project holds every file's text for as long as it runs.
type source struct {
	plain  []byte // the text itself (files whose trees are kept), or nil
	packed []byte // flate-compressed text
	size   int
}

// pack compresses a file's text (plain when compression does not help).
func (p *Project) pack(text []byte) *source {
	var buf bytes.Buffer
	buf.Grow(len(text)/3 + 64)
	w, _ := p.packers.Get().(*flate.Writer)
	if w == nil {
		var err error
		if w, err = flate.NewWriter(&buf, flate.BestSpeed); err != nil {
			return &source{plain: text, size: len(text)}
		}
	} else {
		w.Reset(&buf)
	}
	_, werr := w.Write(text)
	cerr := w.Close()
	p.packers.Put(w)
	if werr != nil || cerr != nil || buf.Len() >= len(text) {
		return &source{plain: text, size: len(text)}
	}
	return &source{packed: bytes.Clone(buf.Bytes()), size: len(text)}
}

// text returns the decoded text (a fresh copy when packed).
func (s *source) text() ([]byte, error) {
	if s == nil {
		return nil, nil
	}
	if s.packed == nil {
		return s.plain, nil
	}
	out := make([]byte, s.size)
	r := flate.NewReader(bytes.NewReader(s.packed))
	defer r.Close()
	if _, err := io.ReadFull(r, out); err != nil {
		return nil, fmt.Errorf("source text: %v", err)
	}
	return out, nil
}
