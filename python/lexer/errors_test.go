package lexer

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// tokenizerErrorCases are sources whose first error CPython reports comes
// from its tokenizer (or from Decode), so Tokenize must report the same
// class, message, line and offset.
var tokenizerErrorCases = []string{
	"x = )\n", "(]\n", "(\n]\n", "foo(\n  [1,\n  2)\n", "x = (1,\n", "x = [1, {2,\n",
	"x = 'abc\n", "x = \"abc", "x = '''abc\n\n", "x = 'a\\'\n", "\n\ns = \"\"\"\nabc\n",
	"a\x01b\n", "a€b = 1\n", "x = \xc2\xa0\n", "€ = 1\n", "x = $€\n", "def f():\n  x\n\tpass\n",
	"if x:\n        a\n    b\n", "if x:\n\ta\n        b\n", "if x:\n    a\n\tb\n",
	"1a\n", "1_\n", "1__0\n", "0x\n", "0xg\n", "0x_\n", "0o8\n", "0o18\n", "0o\n", "0b2\n", "0b12\n",
	"0b\n", "0777\n", "0_7\n", "00_7\n", "1e\n", "1e+\n", "1ex\n", "1.5e_3\n", "1jx\n", "0x1for x in y\n",
	"1.e\n", "1_000_\n", "x = 1 \\ y\n", "x = 1\\\n  \\\n  + 2 \\ y\n", "x = 1 \\", "x = 1 \\\n",
	"f'abc\n", "f'''abc\n", "f'{x\n", "f'{x!r'\n", "f'a}b'\n", "f'{)}'\n", "f'{x:{y:{z}}}'\n",
	"f'{1:{2:{3:{4}}}}'\n", "x = f\"{'a'\n", "f'{\"a\n'\n",
	"# coding: nosuchcodec\nx = 1\n", "# coding: ascii\nx = 'é'\n",
	"\xff = 1\n", "x = '\xe9'\n", "# -*- coding: latin-1 -*-\nx = 'é'\n\x00",
	"\xef\xbb\xbf# coding: latin-1\nx = 1\n", "x = 1\x00\n", "x = 'a\x00'\n",
	"((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1",
	"x = 'abc\\\n",
	// literal errors, raised by CPython's parser at the token
	"x = b'\\x'\n", "x = '\xe9'\n", "x = 'ab\xe9cd'\n", "x = '''\n\xe9\n'''\n", "x = '\\\xe9'\n",
	"x = r'\xe9'\n", "x = '\xed\xa0\x80'\n", "x = '\xc0\x80'\n", "x = b'\xe9'\n", "x = '\\N{foo}'\n",
	"x = '\\x4'\n", "x = '\\U00110000'\n", "x = 1 # \xed\xa0\x80\n", "# \xff\nx = 1\n", "x\xff = 1\n",
	"\xff = 1\n", "x = 1\n\xe9", "# coding: utf8\nx = 1 # \xe9\n", "# coding: latin-1\nx = '\xe9'\n",
	"x = '\xc3\xa9\\x4'\n", "x = 1 # \xe9",
	"# coding: cp1252\nx = '\x81'\n", "# coding: iso-8859-5\nx = '\x8e'\n", "# coding: cp1255\nx = '\xca'\n",
}

type compileResult struct {
	kind, msg    string
	line, offset int
}

func compileErrors(t *testing.T, py string, srcs []string) []*compileResult {
	t.Helper()
	var in strings.Builder
	for _, s := range srcs {
		// bytes travel as latin-1 code points
		r := make([]rune, len(s))
		for i := 0; i < len(s); i++ {
			r[i] = rune(s[i])
		}
		b, _ := json.Marshal(string(r))
		in.Write(b)
		in.WriteByte('\n')
	}
	cmd := exec.Command(py, "testdata/compile_errors.py")
	cmd.Stdin = strings.NewReader(in.String())
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var res []*compileResult
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		var v []any
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
		if v == nil {
			res = append(res, nil)
			continue
		}
		r := &compileResult{kind: v[0].(string), msg: v[1].(string)}
		if f, ok := v[2].(float64); ok {
			r.line = int(f)
		}
		if f, ok := v[3].(float64); ok {
			r.offset = int(f)
		}
		res = append(res, r)
	}
	if len(res) != len(srcs) {
		t.Fatalf("oracle answered %d of %d", len(res), len(srcs))
	}
	return res
}

// lexError runs Decode and Tokenize, then evaluates the STRING tokens as
// the parser will, placing a literal's error at its token (CPython's
// parser reports those at the token's start).
func lexError(src string) error {
	text, err := Decode("<s>", []byte(src))
	if err != nil {
		return err
	}
	toks, _, err := Tokenize("<s>", text)
	if err != nil {
		return err
	}
	lines := lineIndex(text)
	for _, tk := range toks {
		if tk.Kind != STRING {
			continue
		}
		if _, _, err := DecodeString(string(text[tk.Off:tk.EndOff])); err != nil {
			se := err.(*SyntaxError)
			se.Line = int(tk.Line)
			se.Col = charCol(text, lines, int(tk.Line), int(tk.Col)) + 1
			return se
		}
	}
	return nil
}

// generatedErrorCases are error sources too long to write out, and
// corners of f-strings and indentation.
func generatedErrorCases() []string {
	var deep strings.Builder
	for i := 0; i < 101; i++ {
		deep.WriteString(strings.Repeat(" ", i) + "if x:\n")
	}
	deep.WriteString(strings.Repeat(" ", 101) + "pass\n")
	return []string{
		deep.String(),
		strings.Repeat("f'{", 151) + strings.Repeat("}'", 151) + "\n",
		strings.Repeat("[", 199) + strings.Repeat("]", 199) + "\n",
		strings.Repeat("(", 200) + "\n",
		"f'{x:\n}'\n", "f'{x:{y\n}}'\n", "f'''{x:{y\n}}'''\n", "f'{x!r\n}'\n", "f'{'\n",
		"f'{x}}'\n", "f'}'\n", "f'{{}'\n", "f'{]}'\n", "f'{x)}'\n", "f'{x:{)}}'\n",
		"if x:\n\ty\n        z\n", "if x:\n  \ty\n", "if x:\n\t  y\n  \t z\n",
		"x = 'a' \\\n", "  \\\n", "x = \\ \n", "x = 1\v\n",
		"def f():\n    x = '''\n", "x = (\n'abc\n)\n", "x = {\n  'a': 1,\n  'b': [2, 3)\n}\n",
	}
}

func TestTokenizerErrorsMatchPython(t *testing.T) {
	py := python313(t)
	cases := append(append([]string{}, tokenizerErrorCases...), generatedErrorCases()...)
	want := compileErrors(t, py, cases)
	for i, src := range cases {
		w := want[i]
		err := lexError(src)
		if w == nil {
			if err != nil {
				t.Errorf("%.60q: got %v, python compiles it", src, err)
			}
			continue
		}
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%.60q: got %v, want %s: %s (%d:%d)", src, err, w.kind, w.msg, w.line, w.offset)
			continue
		}
		kind := se.Kind
		if kind == "" {
			kind = "SyntaxError"
		}
		if kind != w.kind || se.Msg != w.msg || se.Line != w.line || se.Col != w.offset {
			t.Errorf("%.60q:\n got %s: %s (%d:%d)\nwant %s: %s (%d:%d)", src, kind, se.Msg, se.Line, se.Col, w.kind, w.msg, w.line, w.offset)
		}
	}
}
