package lexer

import (
	"bufio"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

type literalResult struct {
	Str     *string `json:"str"`
	Bytes   *string `json:"bytes"`
	Int     *string `json:"int"`
	Float   *string `json:"float"`
	Complex *string `json:"complex"`
	Err     *string `json:"err"`
}

// evalLiterals runs ast.literal_eval over texts in one python process.
func evalLiterals(t *testing.T, py string, texts []string) []literalResult {
	t.Helper()
	cmd := exec.Command(py, "testdata/literal_eval.py")
	var in strings.Builder
	for _, s := range texts {
		b, _ := json.Marshal(s)
		in.Write(b)
		in.WriteByte('\n')
	}
	cmd.Stdin = strings.NewReader(in.String())
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var res []literalResult
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for sc.Scan() {
		var r literalResult
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		res = append(res, r)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	if len(res) != len(texts) {
		t.Fatalf("oracle answered %d of %d literals", len(res), len(texts))
	}
	return res
}

// stdlibLiterals collects the distinct STRING and NUMBER token texts of
// the standard library (plus extra hand-written cases).
func stdlibLiterals(t *testing.T, py string) []string {
	seen := map[string]bool{}
	var texts []string
	add := func(s string) {
		// JSON cannot carry invalid UTF-8 to the oracle; errorsTest covers those.
		if !seen[s] && utf8.ValidString(s) {
			seen[s] = true
			texts = append(texts, s)
		}
	}
	for _, s := range literalCases {
		add(s)
	}
	for _, f := range sampleFiles(stdlibFiles(t, py)) {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src, err := Decode(f, raw)
		if err != nil {
			continue
		}
		toks, _, _ := Tokenize(f, src)
		for _, tk := range toks {
			if tk.Kind == STRING || tk.Kind == NUMBER {
				add(string(src[tk.Off:tk.EndOff]))
			}
		}
	}
	return texts
}

// literalCases are hand-written literals covering escapes and errors.
var literalCases = []string{
	`"\x41\101\u00e9\U0001F600\N{BULLET}\N{bullet}\N{NULL}\N{BYTE ORDER MARK}"`,
	`"\ud800\udfff"`, `"\d\8\9\q"`, `"\777"`, `b"\777\x41\d"`, `"\x4"`, `"\xg0"`, `"\u12"`,
	`"\U00110000"`, `"\N{NO SUCH NAME}"`, `"\N{}"`, `"\N"`, `"\Nx"`, `b"\x4"`, `"é\x4"`, `"\é"`,
	`b"é"`, `rb"\x"`, `Rb"\\"`, `u"\t"`, `"\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"`,
	`"\N{CJK UNIFIED IDEOGRAPH-4E00}"`, `"\N{cjk unified ideograph-4e00}"`, `"\N{HANGUL SYLLABLE GA}"`,
	`"\N{hangul syllable ga}"`, `"\N{LINE FEED}"`, `"\N{LF}"`, "'''a\\\nb\nc'''", `""`, `''''''`,
	`"\a\b\f\n\r\t\v\'\"\\"`, `'\0'`, `'\1234'`,
	`0`, `00`, `0_0`, `1_000_000`, `0x_FF`, `0o777`, `0B1010`, `123456789012345678901234567890`,
	`9223372036854775807`, `9223372036854775808`, `0xFFFFFFFFFFFFFFFF`, `1.5`, `1e400`, `1e-400`,
	`.5`, `5.`, `1_0.0_1e+1_0`, `3j`, `1.5J`, `1e5j`, `0.1`, `2.2250738585072014e-308`, `4.9e-324`,
	`1.7976931348623157e308`, `1.7976931348623159e308`, `0e0`, `00.5`, `09.5`, `0_7.0`,
}

func TestLiteralsMatchPython(t *testing.T) {
	py := python313(t)
	texts := stdlibLiterals(t, py)
	want := evalLiterals(t, py, texts)
	bad := 0
	for i, text := range texts {
		if msg := compareLiteral(text, want[i]); msg != "" {
			t.Errorf("%.80q: %s", text, msg)
			if bad++; bad > 30 {
				t.FailNow()
			}
		}
	}
	t.Logf("compared %d literals", len(texts))
}

func compareLiteral(text string, w literalResult) string {
	c := text[0]
	if c >= '0' && c <= '9' || c == '.' {
		v, err := ParseNumber(text)
		if err != nil {
			return fmt.Sprintf("ParseNumber: %v", err)
		}
		switch {
		case w.Int != nil:
			var got string
			switch x := v.(type) {
			case int64:
				got = strconv.FormatInt(x, 10)
			case *big.Int:
				got = x.String()
				if x.IsInt64() {
					return "big.Int for a value that fits int64"
				}
			default:
				return fmt.Sprintf("got %T, want int", v)
			}
			if got != *w.Int {
				return fmt.Sprintf("got %s, want %s", got, *w.Int)
			}
		case w.Float != nil:
			f, ok := v.(float64)
			if !ok {
				return fmt.Sprintf("got %T, want float", v)
			}
			if got := fmt.Sprintf("%016x", math.Float64bits(f)); got != *w.Float {
				return fmt.Sprintf("float bits %s, want %s", got, *w.Float)
			}
		case w.Complex != nil:
			z, ok := v.(complex128)
			if !ok || real(z) != 0 {
				return fmt.Sprintf("got %v (%T), want imaginary", v, v)
			}
			if got := fmt.Sprintf("%016x", math.Float64bits(imag(z))); got != *w.Complex {
				return fmt.Sprintf("imag bits %s, want %s", got, *w.Complex)
			}
		default:
			return fmt.Sprintf("python: %v", *w.Err)
		}
		return ""
	}
	v, isBytes, err := DecodeString(text)
	switch {
	case w.Err != nil:
		if err == nil {
			return fmt.Sprintf("no error, want %q", *w.Err)
		}
		if got := err.(*SyntaxError).Msg; got != *w.Err {
			return fmt.Sprintf("error %q, want %q", got, *w.Err)
		}
	case err != nil:
		return fmt.Sprintf("error %v", err)
	case w.Str != nil:
		if isBytes {
			return "bytes, want str"
		}
		if got := hex.EncodeToString([]byte(v)); got != *w.Str {
			return fmt.Sprintf("value %q, want hex %s", v, *w.Str)
		}
	case w.Bytes != nil:
		if !isBytes {
			return "str, want bytes"
		}
		if got := hex.EncodeToString([]byte(v)); got != *w.Bytes {
			return fmt.Sprintf("value %q, want hex %s", v, *w.Bytes)
		}
	}
	return ""
}
