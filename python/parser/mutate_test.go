package parser

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/lexer"
)

// mutationPool is what a mutated token may become.
var mutationPool = []string{
	"*", "**", "=", ":=", ",", "(", ")", "[", "]", "{", "}", ":", ";", ".", "...", "@", "->", "+=",
	"lambda", "yield", "not", "in", "is", "if", "else", "for", "async", "await", "from", "as",
	"import", "del", "return", "match", "case", "type", "_", "x", "1", "'s'", "f'{x}'", "\n", "\n    ",
	"True", "None", "global", "pass", "with", "def", "class", "except", "try", "*x", "/", "|",
}

// layoutPool is whitespace, comments and line continuations inserted
// before a token.
var layoutPool = []string{"  ", " \\\n", " \\\n    ", "\t", " # c\n", "\n", " \f", "\\\n\\\n"}

// mutants derives n variants of src by deleting, duplicating, or replacing
// one or two tokens.
func mutants(src string, rng *rand.Rand, n int) []string {
	text, err := lexer.Decode("m.py", []byte(src))
	if err != nil {
		return nil
	}
	toks, _, err := lexer.Tokenize("m.py", text)
	if err != nil || len(toks) < 2 {
		return nil
	}
	var out []string
	for k := 0; k < n; k++ {
		cur := string(text)
		edits := 1
		if rng.Intn(4) == 0 {
			edits = 2
		}
		for e := 0; e < edits; e++ {
			t := toks[rng.Intn(len(toks))]
			if int(t.EndOff) > len(cur) || t.Off > t.EndOff {
				continue
			}
			a, b := int(t.Off), int(t.EndOff)
			switch rng.Intn(5) {
			case 3:
				// Layout only: the program stays valid if it was.
				cur = cur[:a] + layoutPool[rng.Intn(len(layoutPool))] + cur[a:]
			case 0, 4:
				cur = cur[:a] + cur[b:]
			case 1:
				cur = cur[:b] + " " + cur[a:b] + cur[b:]
			default:
				cur = cur[:a] + " " + mutationPool[rng.Intn(len(mutationPool))] + " " + cur[b:]
			}
		}
		if utf8.ValidString(cur) {
			out = append(out, cur)
		}
	}
	return out
}

// TestMutationAgreement checks accept/reject and dump agreement with
// python3.13 on token-level mutations of the snippet corpus
// (KRAIT_PARSER_MUTANTS=N per snippet, 5 in CI; a fixed seed keeps runs
// reproducible, KRAIT_PARSER_SEED varies it; KRAIT_PARSER_MUTATE_DIR adds
// statements of real code).
func TestMutationAgreement(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("KRAIT_PARSER_MUTANTS"))
	if n <= 0 && os.Getenv("CI") == "true" && !testing.Short() {
		n = 5
	}
	if n <= 0 {
		t.Skip("set KRAIT_PARSER_MUTANTS=N to compare mutated snippets with python3.13")
	}
	py := python313(t)
	if py == "" {
		t.Skip("python3.13 not found")
	}
	seed, _ := strconv.ParseInt(os.Getenv("KRAIT_PARSER_SEED"), 10, 64)
	rng := rand.New(rand.NewSource(seed))
	var srcs []string
	for _, s := range readSnippets(t, "testdata/snippets.txt") {
		// Mutate each top-level statement separately to keep mutants small.
		for _, part := range topLevelStatements(s.src) {
			srcs = append(srcs, mutants(part, rng, n)...)
		}
		srcs = append(srcs, mutants(s.src, rng, n)...)
	}
	// Optionally also mutate top-level statements of real code.
	if dir := os.Getenv("KRAIT_PARSER_MUTATE_DIR"); dir != "" {
		files := pyFiles(t, corpusDirs(py, dir))
		for k := 0; k < 300 && len(files) > 0; k++ {
			data, err := os.ReadFile(files[rng.Intn(len(files))])
			if err != nil {
				continue
			}
			stmts := topLevelStatements(string(data))
			for j := 0; j < 10 && len(stmts) > 0; j++ {
				if st := stmts[rng.Intn(len(stmts))]; len(st) < 3000 {
					srcs = append(srcs, mutants(st, rng, n)...)
				}
			}
		}
	}
	in, _ := json.Marshal(srcs)
	cmd := exec.Command(py, "testdata/pyaccept.py")
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var verdicts []string
	if err := json.Unmarshal(out, &verdicts); err != nil {
		t.Fatal(err)
	}
	bad, accepted, bothReject, sameMsg := 0, 0, 0, 0
	msgDiffs := map[string]int{}
	msgExample := map[string]string{}
	for i, src := range srcs {
		mod, err := parseNoPanic("m.py", []byte(src))
		pyOK := strings.HasPrefix(verdicts[i], "OK ")
		if pyOK {
			accepted++
		}
		if pyOK && err == nil {
			h := sha256.Sum256([]byte(ast.Dump(mod)))
			if "OK "+hex.EncodeToString(h[:]) == verdicts[i] {
				continue
			}
			bad++
			if bad <= 60 {
				t.Errorf("dumps differ:\n%s", src)
			}
			continue
		}
		if !pyOK && err != nil {
			bothReject++
			var se *SyntaxError
			if errors.As(err, &se) {
				got := fmt.Sprintf("ERR %d:%d: %s", se.Line, se.Col, se.Msg)
				if got == verdicts[i] {
					sameMsg++
				} else {
					v := verdicts[i]
					key := v[strings.Index(v, ": ")+2:] + "  <->  " + se.Msg
					if strings.Index(v, ": ") >= 0 && v[strings.Index(v, ": ")+2:] == se.Msg {
						key = "(position) " + se.Msg
					}
					msgDiffs[key]++
					msgExample[key] = fmt.Sprintf("python %s, krait %s: %q", verdicts[i], got, src)
				}
			}
			continue
		}
		if pyOK == (err == nil) {
			continue
		}
		bad++
		if bad > 60 {
			continue
		}
		if pyOK {
			t.Errorf("krait rejects (%v), python accepts:\n%s", err, src)
		} else {
			t.Errorf("krait accepts, python rejects (%s):\n%s", verdicts[i], src)
		}
	}
	t.Logf("%d mutants (%d accepted by python, %d rejected by both, %d of those with the same line, column and message), %d disagree",
		len(srcs), accepted, bothReject, sameMsg, bad)
	if testing.Verbose() {
		keys := make([]string, 0, len(msgDiffs))
		for k := range msgDiffs {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return msgDiffs[keys[i]] > msgDiffs[keys[j]] })
		for _, k := range keys[:min(len(keys), 30)] {
			t.Logf("%4d × %s\n       e.g. %s", msgDiffs[k], k, msgExample[k])
		}
	}
}

// topLevelStatements splits src before each line that starts in column 0.
func topLevelStatements(src string) []string {
	var out []string
	cur := ""
	for _, line := range strings.SplitAfter(src, "\n") {
		if line != "" && line[0] != ' ' && line[0] != '\n' && cur != "" &&
			!strings.HasPrefix(line, "else") && !strings.HasPrefix(line, "elif") &&
			!strings.HasPrefix(line, "except") && !strings.HasPrefix(line, "finally") &&
			!strings.HasPrefix(cur, "@") {
			out = append(out, cur)
			cur = ""
		}
		cur += line
	}
	if cur != "" {
		if utf8.ValidString(cur) {
			out = append(out, cur)
		}
	}
	return out
}
