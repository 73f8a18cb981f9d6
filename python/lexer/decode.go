package lexer

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// Decode turns the bytes of a Python source file into UTF-8 the way
// CPython reads source given as bytes (ast.parse(b"...")): a UTF-8 BOM is
// stripped, a PEP 263 coding cookie on line 1 or 2 selects the codec
// (UTF-8 otherwise), and "\r\n" and lone "\r" become "\n". Errors are
// *SyntaxError values with CPython's messages. The result may share
// memory with src when nothing needs changing.
func Decode(filename string, src []byte) ([]byte, error) {
	bom := bytes.HasPrefix(src, utf8BOM)
	if bom {
		src = src[len(utf8BOM):]
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return nil, &SyntaxError{Filename: filename, Line: 1 + bytes.Count(src[:i], []byte{'\n'}),
			Msg: "source code cannot contain null bytes", Kind: "SyntaxError"}
	}
	enc, line, err := findCookie(src)
	if err != nil {
		err.Filename = filename
		return nil, err
	}
	if enc != "" {
		name := normalizeEncoding(enc)
		if bom && enc != "utf-8" {
			return nil, &SyntaxError{Filename: filename, Line: line, Msg: "encoding problem: " + enc + " with BOM", Kind: "SyntaxError"}
		}
		if name != "utf-8" {
			out, err := decodeWith(name, enc, src)
			if err != nil {
				err.Filename = filename
				if err.Line == 0 {
					err.Line = line
				}
				return nil, err
			}
			return translateNewlines(out), nil
		}
	}
	if err := checkUTF8(src); err != nil {
		err.Filename = filename
		return nil, err
	}
	if bytes.IndexByte(src, '\r') >= 0 {
		return translateNewlines(src), nil
	}
	return src, nil
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// checkUTF8 reports the first invalid UTF-8 sequence with CPython's
// message for source without a cookie.
func checkUTF8(src []byte) *SyntaxError {
	if utf8.Valid(src) {
		return nil
	}
	lineStart, line := 0, 1
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if c == '\n' {
				line++
				lineStart = i + 1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if r != utf8.RuneError || size > 1 {
			i += size
			continue
		}
		reason := "invalid start byte"
		if c >= 0xC2 && c <= 0xF4 {
			reason = "invalid continuation byte"
			if n := seqLen(c); i+n > len(src) || !continuationOK(src[i:]) {
				if i+seqLenAvailable(src[i:]) >= len(src) {
					reason = "unexpected end of data"
				}
			}
		}
		return &SyntaxError{Line: line, Col: i - lineStart + 1, Kind: "SyntaxError",
			Msg: fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", c, i, reason)}
	}
	return nil
}

func seqLen(c byte) int {
	switch {
	case c >= 0xF0:
		return 4
	case c >= 0xE0:
		return 3
	}
	return 2
}

// seqLenAvailable counts the lead byte and the continuation bytes after it.
func seqLenAvailable(b []byte) int {
	n := 1
	for n < len(b) && n < seqLen(b[0]) && b[n]&0xC0 == 0x80 {
		n++
	}
	return n
}

func continuationOK(b []byte) bool {
	return seqLenAvailable(b) == seqLen(b[0])
}

// translateNewlines returns src with "\r\n" and "\r" replaced by "\n".
func translateNewlines(src []byte) []byte {
	if bytes.IndexByte(src, '\r') < 0 {
		return src
	}
	out := make([]byte, 0, len(src))
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\r' {
			out = append(out, '\n')
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			continue
		}
		out = append(out, c)
	}
	return out
}
