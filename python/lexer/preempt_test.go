package lexer

import (
	"errors"
	"testing"
)

// TestPreemptsParserErrorMatchesPython puts a parser error on line 1
// ("x = = 1" is invalid syntax) before a tokenizer error and checks that
// PreemptsParserError predicts which of the two compile() reports.
func TestPreemptsParserErrorMatchesPython(t *testing.T) {
	py := python313(t)
	tails := []string{
		"y = 'abc\n", "y = '''abc\n", "y = (1 ]\n", "y = )\n", "y = 0777\n", "y = 1a\n", "\xc2\xa0\n",
		"y = €\n", "if x:\n\ty\n        z\n", "if x:\n        y\n    z\n", "y = 1 \\ z\n", "y = 1 \\",
		"y = (1,\n", "y = f'{a b} {0777}'\n", "y = f'{x!r'\n", "y = f'abc\n", "y = f'{'\n",
		"y = '\\x'\n", "y = 0x\n", "y = 1_\n", "y = [1,\n  2,\n", "y = f'{x:{y:{z:{w}}}}'\n",
	}
	var srcs []string
	parserLines := map[int]int{}
	for _, tail := range tails {
		srcs = append(srcs, "x = = 1\n"+tail)
	}
	// Unclosed brackets: the parser fails inside them, on line 1 or 2.
	for _, c := range []struct {
		src  string
		line int
	}{{"x = (1,\ny = = 2\n", 2}, {"(x = = 1\n", 1}, {"x = [\n\n1 2\n", 3}} {
		parserLines[len(srcs)] = c.line
		srcs = append(srcs, c.src)
	}
	want := compileErrors(t, py, srcs)
	for i, src := range srcs {
		parserLine := 1
		if l, ok := parserLines[i]; ok {
			parserLine = l
		}
		_, _, err := Tokenize("<p>", []byte(src))
		var se *SyntaxError
		if !errors.As(err, &se) {
			// No tokenizer error: the parser's stands (or a literal's).
			continue
		}
		predicted := "invalid syntax"
		if se.PreemptsParserError(parserLine) {
			predicted = se.Msg
		}
		if want[i] == nil || want[i].msg != predicted {
			t.Errorf("%q: predicted %q, compile() says %+v", src, predicted, want[i])
		}
	}
}
