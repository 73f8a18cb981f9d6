package lexer

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// python313 finds the CPython 3.13 oracle. It skips the test when the
// interpreter is absent, unless CI=true.
func python313(t testing.TB) string {
	t.Helper()
	home, _ := os.UserHomeDir()
	matches, _ := filepath.Glob(filepath.Join(home, ".pyenv/versions/3.13*/bin/python3.13"))
	if len(matches) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3.13 not found under ~/.pyenv/versions and CI=true")
		}
		t.Skip("python3.13 not found under ~/.pyenv/versions; skipping oracle test")
	}
	sort.Strings(matches)
	return matches[len(matches)-1]
}

// stdlibFiles lists the .py files of the oracle's standard library.
func stdlibFiles(t testing.TB, py string) []string {
	t.Helper()
	lib := filepath.Join(filepath.Dir(filepath.Dir(py)), "lib", "python3.13")
	var files []string
	err := filepath.WalkDir(lib, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no .py files under %s", lib)
	}
	return files
}

type oracleFile struct {
	File     string  `json:"file"`
	Toks     [][]any `json:"toks"`
	Comments [][]any `json:"comments"`
	Error    string  `json:"error"`
}

// runOracle feeds file names to a python script and decodes its JSON lines.
func runOracle(t *testing.T, py, script string, files []string, each func(line []byte)) {
	t.Helper()
	cmd := exec.Command(py, script)
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for sc.Scan() {
		each(sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
}

// sampleFiles keeps every n-th file in -short mode.
func sampleFiles(files []string) []string {
	if !testing.Short() {
		return files
	}
	var out []string
	for i := 0; i < len(files); i += 10 {
		out = append(out, files[i])
	}
	return out
}

// TestTokenizeMatchesPython compares our tokens with python3.13's tokenize
// module over the standard library: kinds, texts and positions.
func TestTokenizeMatchesPython(t *testing.T) {
	py := python313(t)
	compareWithPython(t, py, sampleFiles(stdlibFiles(t, py)))
}

// TestTokenizeCorpusMatchesPython runs the same comparison over the .py
// files under the directories listed in KRAIT_LEXER_CORPUS (separated by
// ':'), e.g. site-packages trees with Django, SQLAlchemy and Tornado.
func TestTokenizeCorpusMatchesPython(t *testing.T) {
	dirs := os.Getenv("KRAIT_LEXER_CORPUS")
	if dirs == "" {
		t.Skip("set KRAIT_LEXER_CORPUS=dir1:dir2 to compare over more code")
	}
	py := python313(t)
	var files []string
	for _, dir := range filepath.SplitList(dirs) {
		filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") && d.Type().IsRegular() {
				files = append(files, path)
			}
			return nil
		})
	}
	compareWithPython(t, py, files)
}

type disputedFile struct {
	name, raw string
	err       error
}

func compareWithPython(t *testing.T, py string, files []string) {
	t.Helper()
	failures := 0
	var disputed []disputedFile
	defer func() {
		if len(disputed) == 0 {
			return
		}
		srcs := make([]string, len(disputed))
		for i, d := range disputed {
			srcs[i] = d.raw
		}
		for i, w := range compileErrors(t, py, srcs) {
			d := disputed[i]
			if w == nil || w.msg != d.err.(*SyntaxError).Msg {
				t.Errorf("%s: we fail with %v; compile() says %+v", d.name, d.err, w)
			}
		}
	}()
	compared := 0
	runOracle(t, py, "testdata/tokdump.py", files, func(line []byte) {
		var of oracleFile
		if err := json.Unmarshal(line, &of); err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(of.File)
		if err != nil {
			t.Fatal(err)
		}
		src, derr := Decode(of.File, raw)
		var toks []Token
		var comments []Comment
		if derr == nil {
			toks, comments, derr = Tokenize(of.File, src)
		}
		if of.Error != "" {
			// tokenize is laxer than CPython's parser mode, so an error
			// there must be an error here too.
			if lexError(string(raw)) == nil {
				t.Errorf("%s: python tokenize failed (%s) but we did not", of.File, of.Error)
				failures++
			}
			return
		}
		if derr != nil {
			// The tokenize module skips some of CPython's checks (names,
			// number suffixes, leading zeros, bracket matching) and
			// tolerates what ast.parse rejects; compile() settles those.
			disputed = append(disputed, disputedFile{of.File, string(raw), derr})
			return
		}
		compared++
		if msg := compareTokens(src, toks, of.Toks); msg != "" {
			t.Errorf("%s: %s", of.File, msg)
			failures++
		}
		if msg := compareComments(src, comments, of.Comments); msg != "" {
			t.Errorf("%s: %s", of.File, msg)
			failures++
		}
		if failures > 20 {
			t.FailNow()
		}
	})
	t.Logf("compared %d files", compared)
}

// lineIndex maps 1-based line numbers to byte offsets.
func lineIndex(src []byte) []int {
	idx := []int{0, 0}
	for i, c := range src {
		if c == '\n' {
			idx = append(idx, i+1)
		}
	}
	return append(idx, len(src)+1)
}

func charCol(src []byte, lines []int, line, byteCol int) int {
	if line >= len(lines)-1 {
		return byteCol
	}
	start := lines[line]
	end := start + byteCol
	if end > len(src) {
		return utf8.RuneCount(src[start:]) + end - len(src)
	}
	return utf8.RuneCount(src[start:end])
}

// offsetPos returns the (line, char column) of a byte offset.
func offsetPos(src []byte, lines []int, off int) (int, int) {
	l := sort.SearchInts(lines[1:], off+1)
	return l, utf8.RuneCount(src[lines[l]:off])
}

func compareTokens(src []byte, toks []Token, want [][]any) string {
	lines := lineIndex(src)
	for i, w := range want {
		if i >= len(toks) {
			return fmt.Sprintf("token %d: missing, want %v", i, w)
		}
		tk := toks[i]
		kind := w[0].(string)
		text := w[5].(string)
		got := tk.Kind.String()
		// The tokenize module reads lines untranslated: "\r\n" stays.
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
		if kind == "OP" {
			if got != text && !(text == "<>" && tk.Kind == NOTEQUAL) {
				return fmt.Sprintf("token %d at %d:%d: kind %s, want OP %q", i, tk.Line, tk.Col, got, text)
			}
		} else if got != kind {
			return fmt.Sprintf("token %d at %d:%d: kind %s, want %s %q", i, tk.Line, tk.Col, got, kind, text)
		}
		sl, sc, el, ec := int(w[1].(float64)), int(w[2].(float64)), int(w[3].(float64)), int(w[4].(float64))
		gsl, gsc := int(tk.Line), charCol(src, lines, int(tk.Line), int(tk.Col))
		if tk.Kind == NEWLINE {
			// tokenize starts NEWLINE at the newline, after any comment
			gsl, gsc = offsetPos(src, lines, int(tk.EndOff))
		}
		var gel, gec int
		switch tk.Kind {
		case ENDMARKER, DEDENT, INDENT:
			gel, gec = int(tk.EndLine), charCol(src, lines, int(tk.EndLine), int(tk.EndCol))
		case NEWLINE:
			gel, gec = offsetPos(src, lines, int(tk.EndOff))
			gec++
			if w[5].(string) == "\r\n" {
				gec++
			}
		default:
			gel, gec = offsetPos(src, lines, int(tk.EndOff))
		}
		if gsl != sl || gsc != sc || gel != el || gec != ec {
			return fmt.Sprintf("token %d %s %q: at %d,%d-%d,%d, want %d,%d-%d,%d", i, got, text, gsl, gsc, gel, gec, sl, sc, el, ec)
		}
		gtext := string(src[tk.Off:tk.EndOff])
		switch tk.Kind {
		case NEWLINE, ENDMARKER, DEDENT, INDENT:
		default:
			if gtext != text {
				return fmt.Sprintf("token %d %s at %d:%d: text %q, want %q", i, got, tk.Line, tk.Col, gtext, text)
			}
		}
	}
	if len(toks) != len(want) {
		return fmt.Sprintf("%d tokens, want %d; first extra %v", len(toks), len(want), toks[len(want)])
	}
	return ""
}

func compareComments(src []byte, got []Comment, want [][]any) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d comments, want %d", len(got), len(want))
	}
	lines := lineIndex(src)
	for i, w := range want {
		line, col := int(w[0].(float64)), int(w[1].(float64))
		text := strings.TrimRight(w[2].(string), "\r")
		c := got[i]
		if c.Line != line || charCol(src, lines, c.Line, c.Col) != col || c.Text != text {
			return fmt.Sprintf("comment %d: %d:%d %q, want %d:%d %q", i, c.Line, c.Col, c.Text, line, col, text)
		}
	}
	return ""
}

// dumpTokens renders tokens for failure messages in unit tests.
func dumpTokens(src []byte, toks []Token) string {
	var b bytes.Buffer
	for _, t := range toks {
		fmt.Fprintf(&b, "%d,%d-%d,%d %s %q\n", t.Line, t.Col, t.EndLine, t.EndCol, t.Kind, src[t.Off:t.EndOff])
	}
	return b.String()
}
