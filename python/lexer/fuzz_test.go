package lexer

import (
	"testing"
)

var fuzzSeeds = []string{
	"x = 1\n", "if x:\n    y = 'a'\n\telse\n", "f'{x!r:>{w}} {y=} {{}} {z:{a}{b}}'\n",
	"f'''\n{x\n# c\n=}\n'''", "rb'\\x00' b'\\777' '\\N{BULLET}'\n", "0x_1f 0o17 0b1_0 1_0.5e-3j .5 5.\n",
	"def f(a, *, b=2) -> int:\n\treturn a@b\n", "x = (1,\n 2]\n", "\\\n  x\n", "class C: pass\r\n",
	"# coding: latin-1\nx = '\xe9'\n", "\xef\xbb\xbfx = 1", "a€b = 1\n", "f'{f\"{f'{x}'}\"}'\n",
	"x = '''abc\n", "f'{'", "f'{x:{'", "@decorator\nasync def f():\n  await x\n", "lambda: (yield)\n",
	"x = [\n  1,\n  # c\n]\n", "\f\tx\n  \f y\n", "1if x else 2\n", "0777\n", "1e\n", "x = 1 \\ y\n",
}

// FuzzTokenize checks that the lexer never panics or loops, and that
// the tokens it returns are well formed: offsets in range, in source
// order, positions consistent with offsets, literals decodable.
func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		src, err := Decode("fuzz.py", raw)
		if err != nil {
			return
		}
		toks, comments, err := Tokenize("fuzz.py", src)
		if err == nil && (len(toks) == 0 || toks[len(toks)-1].Kind != ENDMARKER) {
			t.Fatalf("no ENDMARKER without error")
		}
		if len(toks) > 3*len(src)+10 {
			t.Fatalf("%d tokens for %d bytes: no progress", len(toks), len(src))
		}
		checkTokens(t, src, toks)
		for i := 1; i < len(comments); i++ {
			if comments[i].Line < comments[i-1].Line {
				t.Fatalf("comments out of order")
			}
		}
	})
}

// checkTokens verifies the structural invariants of a token list.
func checkTokens(t *testing.T, src []byte, toks []Token) {
	t.Helper()
	lines := lineIndex(src)
	prevOff, prevLine := 0, 1
	for i, tk := range toks {
		if tk.Off < 0 || tk.Off > tk.EndOff || int(tk.EndOff) > len(src) {
			t.Fatalf("token %d %v: offsets %d..%d out of range (len %d)", i, tk.Kind, tk.Off, tk.EndOff, len(src))
		}
		if int(tk.Off) < prevOff || int(tk.Line) < prevLine {
			t.Fatalf("token %d %v: goes backwards", i, tk.Kind)
		}
		prevOff, prevLine = int(tk.Off), int(tk.Line)
		if tk.Line > tk.EndLine || tk.Line == tk.EndLine && tk.Col > tk.EndCol {
			t.Fatalf("token %d %v: ends before it starts", i, tk.Kind)
		}
		switch tk.Kind {
		case INDENT, DEDENT, ENDMARKER, NEWLINE:
		default:
			l, _ := offsetPos(src, lines, int(tk.Off))
			if l != int(tk.Line) || int(tk.Off)-lines[l] != int(tk.Col) {
				t.Fatalf("token %d %v: position %d:%d does not match offset %d", i, tk.Kind, tk.Line, tk.Col, tk.Off)
			}
		}
		text := string(src[tk.Off:tk.EndOff])
		switch tk.Kind {
		case NUMBER:
			if _, err := ParseNumber(text); err != nil {
				t.Fatalf("token %d: NUMBER %q: %v", i, text, err)
			}
		case STRING:
			DecodeString(text)
		case FSTRING_MIDDLE:
			DecodeFStringMiddle(text, false, false)
		}
		if tk.DebugEnd > 0 {
			DebugText(src, tk)
		}
	}
}
