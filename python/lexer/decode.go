package lexer

import "bytes"

// Decode turns the bytes of a Python source file into UTF-8 the way
// CPython reads source given as bytes (ast.parse(b"...")): a UTF-8 BOM is
// stripped, a PEP 263 coding cookie on line 1 or 2 selects the codec
// (UTF-8 otherwise), and "\r\n" and lone "\r" become "\n". Errors are
// *SyntaxError values with CPython's messages; like compile(), they carry
// no line (Line 0, Col -1, or 0 for null bytes). The result may share
// memory with src when nothing needs changing.
//
// Like CPython on bytes input, UTF-8 source is not validated here:
// invalid sequences are accepted in comments, rejected by Tokenize in
// names and by DecodeString in literals, with CPython's messages.
func Decode(filename string, src []byte) ([]byte, error) {
	bom := bytes.HasPrefix(src, utf8BOM)
	if bom {
		src = src[len(utf8BOM):]
	}
	if bytes.IndexByte(src, 0) >= 0 {
		// compile() rejects these before tokenizing, without a position.
		return nil, &SyntaxError{Filename: filename, Msg: "source code string cannot contain null bytes", Kind: "SyntaxError"}
	}
	enc, _, err := findCookie(src)
	if err != nil {
		err.Filename = filename
		return nil, err
	}
	if enc != "" && enc != "utf-8" {
		// Only the exact spelling "utf-8" skips the codec machinery
		// (and with it, UTF-8 validation), as in CPython.
		if bom {
			return nil, &SyntaxError{Filename: filename, Col: -1, Msg: "encoding problem: " + enc + " with BOM", Kind: "SyntaxError"}
		}
		out, err := decodeWith(enc, src)
		if err != nil {
			err.Filename = filename
			return nil, err
		}
		return translateNewlines(out), nil
	}
	if bytes.IndexByte(src, '\r') >= 0 {
		return translateNewlines(src), nil
	}
	return src, nil
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

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
