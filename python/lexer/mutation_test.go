package lexer

import (
	"bufio"
	"encoding/json"
	"math/rand"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// mutationPieces are inserted at random places to reach odd corners.
var mutationPieces = []string{
	"'", "\"", "'''", "f'", "f\"", "rb'", "{", "}", "{{", "}}", "(", ")", "[", "]", ":", "!", "=", "!r",
	"\\", "\n", "\t", " ", "#", "0", "1", "_", "e", "j", "x", ".", "0x", "0o", "0b", "é", "€", "\u00a0",
	"\x01", "\f", "if", "else", "\\N{", "f'{x:{", "lambda", "$", "?", "\\\n", "    ", "->", "...",
}

func mutate(r *rand.Rand, s string) string {
	for n := 1 + r.Intn(3); n > 0; n-- {
		i := r.Intn(len(s) + 1)
		switch r.Intn(3) {
		case 0:
			s = s[:i] + mutationPieces[r.Intn(len(mutationPieces))] + s[i:]
		case 1:
			if i < len(s) {
				j := i + 1 + r.Intn(3)
				if j > len(s) {
					j = len(s)
				}
				s = s[:i] + s[j:]
			}
		default:
			j := r.Intn(len(s) + 1)
			if j < i {
				i, j = j, i
			}
			s = s[:j] + s[i:j] + s[j:]
		}
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "")
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r", ""), "\x00", "")
}

type ctokResult struct {
	Toks    [][]any `json:"toks"`
	Err     []any   `json:"err"`
	Compile []any   `json:"compile"`
}

// TestMutationsMatchCTokenizer mutates valid snippets at random (fixed
// seed) and compares Tokenize with CPython's C tokenizer in parser mode:
// the same tokens when it succeeds, an error with the same message when
// it fails.
func TestMutationsMatchCTokenizer(t *testing.T) {
	py := python313(t)
	// KRAIT_MUTATION_SEED and KRAIT_MUTATIONS allow longer exploratory runs.
	seed, _ := strconv.ParseInt(os.Getenv("KRAIT_MUTATION_SEED"), 10, 64)
	r := rand.New(rand.NewSource(1 + seed))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	if v, err := strconv.Atoi(os.Getenv("KRAIT_MUTATIONS")); err == nil && v > 0 {
		n = v
	}
	// Seeds: the tricky snippets and windows of a few lines from the
	// standard library.
	seeds := append([]string{}, trickySnippets...)
	files := stdlibFiles(t, py)
	for len(seeds) < 4*len(trickySnippets) {
		raw, err := os.ReadFile(files[r.Intn(len(files))])
		if err != nil || !utf8.Valid(raw) {
			continue
		}
		lines := strings.SplitAfter(string(raw), "\n")
		i := r.Intn(len(lines))
		j := i + 1 + r.Intn(6)
		if j > len(lines) {
			j = len(lines)
		}
		seeds = append(seeds, strings.Join(lines[i:j], ""))
	}
	var cases []string
	for len(cases) < n {
		cases = append(cases, mutate(r, seeds[r.Intn(len(seeds))]))
	}
	var in strings.Builder
	for _, c := range cases {
		b, _ := json.Marshal(c)
		in.Write(b)
		in.WriteByte('\n')
	}
	cmd := exec.Command(py, "testdata/ctokens.py")
	cmd.Stdin = strings.NewReader(in.String())
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	bad, failing, literal := 0, 0, 0
	for i := 0; sc.Scan(); i++ {
		var res ctokResult
		if err := json.Unmarshal(sc.Bytes(), &res); err != nil {
			t.Fatal(err)
		}
		if res.Err != nil {
			failing++
		} else if res.Compile != nil && isLiteralError(res.Compile[0].(string)) {
			literal++
		}
		if msg := compareCTokens(cases[i], res); msg != "" {
			t.Errorf("%q: %s", cases[i], msg)
			if bad++; bad > 25 {
				t.FailNow()
			}
		}
	}
	t.Logf("%d mutated sources, %d rejected by CPython's tokenizer, %d for a literal", len(cases), failing, literal)
}

func compareCTokens(src string, res ctokResult) string {
	if src == "" {
		return "" // the Python iterator yields nothing, not even ENDMARKER
	}
	toks, _, err := Tokenize("<m>", []byte(src))
	b := []byte(src)
	lines := lineIndex(b)
	// Compare the tokens both produced.
	for i, w := range res.Toks {
		if i >= len(toks) {
			if err != nil {
				break
			}
			return "fewer tokens than CPython"
		}
		tk := toks[i]
		name, text := w[0].(string), w[1].(string)
		got := tk.Kind.String()
		if name == "OP" || len(got) <= 3 && got != "!" && tk.Kind >= LPAR {
			// Characters that are no token ($, ?, `) are OP tokens in
			// CPython and ERRORTOKEN here; the parser rejects both.
			if got != text && !(text == "<>" && tk.Kind == NOTEQUAL) && !(tk.Kind == ERRORTOKEN && string(b[tk.Off:tk.EndOff]) == text) {
				return "token " + itoa(int32(i)) + ": " + got + ", want " + name + " " + text
			}
		} else if got != name && !(name == "EXCLAMATION" && tk.Kind == EXCLAMATION) {
			return "token " + itoa(int32(i)) + ": " + got + ", want " + name + " " + text
		}
		switch tk.Kind {
		case INDENT, DEDENT, ENDMARKER:
			continue
		}
		if gt := string(b[tk.Off:tk.EndOff]); gt != text {
			return "token " + itoa(int32(i)) + " text " + gt + ", want " + text
		}
		line, col := int(w[2].(float64)), int(w[3].(float64))
		if int(tk.Line) != line || charCol(b, lines, int(tk.Line), int(tk.Col)) != col {
			return "token " + itoa(int32(i)) + " " + got + " at " + itoa(tk.Line) + ":" + itoa(tk.Col) + ", want " + itoa(int32(line)) + ":" + itoa(int32(col))
		}
		// The C tokenizer's end is where the token's text ends.
		endLine, endCol := int(w[4].(float64)), int(w[5].(float64))
		if gl, gc := offsetPos(b, lines, int(tk.EndOff)); gl != endLine || gc != endCol {
			return "token " + itoa(int32(i)) + " " + got + " ends at " + itoa(int32(gl)) + ":" + itoa(int32(gc)) + ", want " + itoa(int32(endLine)) + ":" + itoa(int32(endCol))
		}
	}
	switch {
	case res.Err == nil && err == nil && res.Compile != nil && isLiteralError(res.Compile[0].(string)):
		// compile() failed on a literal: the first literal we cannot
		// decode must fail the same way, at the same place.
		msg, line, col := firstLiteralError(b, toks)
		want := res.Compile[0].(string)
		if msg != want {
			return "literal error " + msg + ", compile() says " + want
		}
		if wl, _ := res.Compile[1].(float64); line > 0 && (line != int(wl) || col != int(res.Compile[2].(float64))) {
			return "literal error at " + itoa(int32(line)) + ":" + itoa(int32(col)) + ", compile() says " + itoa(int32(wl)) + ":" + itoa(int32(res.Compile[2].(float64)))
		}
	case res.Err == nil && err != nil:
		return "we fail (" + err.Error() + "), CPython's tokenizer succeeds"
	case res.Err != nil && err == nil:
		return "CPython fails (" + res.Err[0].(string) + "), we succeed"
	case res.Err != nil:
		se := err.(*SyntaxError)
		if se.Msg != res.Err[0].(string) && !equivalentEOFError(se.Msg, res.Err[0].(string)) {
			return "error " + se.Msg + ", want " + res.Err[0].(string)
		}
		// When compile() reports our error, CPython's parser got to the
		// tokenizer's error first: the position must match too.
		if c := res.Compile; c != nil && c[0].(string) == se.Msg {
			line, _ := c[1].(float64)
			offset, _ := c[2].(float64)
			if se.Line != int(line) || se.Col != int(offset) {
				return "error " + se.Msg + " at " + itoa(int32(se.Line)) + ":" + itoa(int32(se.Col)) + ", compile() says " + itoa(int32(line)) + ":" + itoa(int32(offset))
			}
		}
	case len(toks) != len(res.Toks):
		return "token count differs"
	}
	return ""
}

// equivalentEOFError accepts the messages CPython's parser substitutes
// for the raw tokenizer's end-of-input errors.
func equivalentEOFError(ours, raw string) bool {
	return strings.HasSuffix(ours, "was never closed") && raw == "unexpected EOF in multi-line statement" ||
		ours == "unexpected EOF while parsing" && raw == "unexpected EOF in multi-line statement"
}

func isLiteralError(msg string) bool {
	return strings.HasPrefix(msg, "(unicode error)") || strings.HasPrefix(msg, "(value error)") ||
		msg == "bytes can only contain ASCII literal characters"
}

// firstLiteralError decodes the literals in order as the parser would and
// returns the first error, with the position CPython gives STRING errors
// (the token's start; 0 for f-string parts, whose position is not checked).
func firstLiteralError(src []byte, toks []Token) (string, int, int) {
	lines := lineIndex(src)
	var raws []bool // raw flags of the open f-strings
	for _, tk := range toks {
		text := string(src[tk.Off:tk.EndOff])
		switch tk.Kind {
		case STRING:
			if _, _, err := DecodeString(text); err != nil {
				return err.(*SyntaxError).Msg, int(tk.Line), charCol(src, lines, int(tk.Line), int(tk.Col)) + 1
			}
		case FSTRING_START:
			raws = append(raws, strings.ContainsAny(text, "rR"))
		case FSTRING_END:
			raws = raws[:len(raws)-1]
		case FSTRING_MIDDLE:
			if _, err := DecodeFStringMiddle(text, raws[len(raws)-1], false); err != nil {
				return err.(*SyntaxError).Msg, 0, 0
			}
		}
	}
	return "", 0, 0
}
