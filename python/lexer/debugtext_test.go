package lexer

import (
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
)

var debugCases = []string{
	`f"{x=}"`, `f"{ x = }"`, `f"{x = !r}"`, `f"{x=:>10}"`, `f"{x = !s:{w}}"`, `f"{'#'=}"`,
	`f"{a!=b=}"`, `f"{f(a=1)=}"`, `f"{f(a=1)[b:c]=}"`, "f\"\"\"{x # c\n = }\"\"\"", `f"{x=!r:^{w}.{p}}"`,
	`f"{ {1:2}=}"`, `f"{'a' 'b'=}"`, `f"{f'{y}'=}"`, `f"{x:=^10}"`, `f"{(x:=1)=}"`, `f"{(lambda: 1)=}"`,
	`f"{x ==  y = }"`, `f"{d['k']=}"`, `f"{x=!a}"`, `f"{é=}"`, "f'''{\nx\n=\n}'''",
}

// debugToken finds the token after the first '=' that carries debug text.
func debugToken(toks []Token) (Token, bool) {
	for i, t := range toks {
		if t.Kind == EQUAL && i+1 < len(toks) && toks[i+1].DebugEnd > 0 {
			return toks[i+1], true
		}
	}
	return Token{}, false
}

func TestDebugTextMatchesPython(t *testing.T) {
	py := python313(t)
	var in strings.Builder
	for _, c := range debugCases {
		b, _ := json.Marshal(c)
		in.Write(b)
		in.WriteByte('\n')
	}
	cmd := exec.Command(py, "testdata/fstring_debug.py")
	cmd.Stdin = strings.NewReader(in.String())
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != len(debugCases) {
		t.Fatalf("oracle answered %d of %d", len(lines), len(debugCases))
	}
	for i, src := range debugCases {
		var want string
		if err := json.Unmarshal([]byte(lines[i]), &want); err != nil {
			t.Fatal(err)
		}
		toks, _, err := Tokenize("<s>", []byte(src))
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		tk, ok := debugToken(toks)
		if !ok {
			if strings.Contains(src, ":=^") {
				// not a debug field: ':' starts the format spec "=^10"
				if want != "" {
					t.Errorf("%q: python has debug text %q", src, want)
				}
				continue
			}
			t.Errorf("%q: no token carries debug text; want %q\n%s", src, want, dumpTokens([]byte(src), toks))
			continue
		}
		if got := DebugText([]byte(src), tk); got != want {
			t.Errorf("%q: debug text %q, want %q", src, got, want)
		}
	}
}
