package parser

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kraitsec/krait/python/ast"
)

// corpusDirs resolves KRAIT_PARSER_CORPUS: a list of directories separated
// by ':', where "stdlib" names python3.13's standard library.
func corpusDirs(py, env string) []string {
	var dirs []string
	for _, d := range strings.Split(env, ":") {
		if d == "stdlib" {
			d = filepath.Join(filepath.Dir(filepath.Dir(py)), "lib", "python3.13")
		}
		if d != "" {
			dirs = append(dirs, d)
		}
	}
	return dirs
}

func pyFiles(t testing.TB, dirs []string) []string {
	var files []string
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if !d.IsDir() && strings.HasSuffix(path, ".py") && d.Type().IsRegular() {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	sort.Strings(files)
	return files
}

// pythonHashes runs pydump.py -H over files (cached in the temp dir by the
// file list) and returns path → sha256 of the dump or "ERROR ...".
func pythonHashes(t *testing.T, py string, files []string) map[string]string {
	list := strings.Join(files, "\n")
	sum := sha256.Sum256([]byte(list))
	cache := filepath.Join(os.TempDir(), "krait-pyhash-"+hex.EncodeToString(sum[:8])+".txt")
	out, err := os.ReadFile(cache)
	if err != nil || os.Getenv("KRAIT_PARSER_NOCACHE") != "" {
		listFile := filepath.Join(t.TempDir(), "list.txt")
		if err := os.WriteFile(listFile, []byte(list), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(py, "testdata/pydump.py", "-H", "-l", listFile)
		cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8", "PYTHONWARNINGS=ignore")
		out, err = cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		_ = os.WriteFile(cache, out, 0o644)
	}
	m := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	path := ""
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "== "); ok {
			path = rest
			continue
		}
		m[path] = line
	}
	return m
}

// TestStdlibAgreement compares the parser's dump with python3.13's on
// every .py file of python3.13's stdlib, or of the corpora named by
// KRAIT_PARSER_CORPUS (e.g. "stdlib:/usr/lib/python3/dist-packages"). It
// runs in CI (CI=true) or when KRAIT_PARSER_CORPUS is set, and reports
// agreement figures and the first differences.
func TestStdlibAgreement(t *testing.T) {
	env := os.Getenv("KRAIT_PARSER_CORPUS")
	if env == "" {
		if os.Getenv("CI") != "true" || testing.Short() {
			t.Skip("set KRAIT_PARSER_CORPUS=stdlib[:dir...] to compare with python3.13")
		}
		env = "stdlib"
	}
	py := python313(t)
	if py == "" {
		t.Skip("python3.13 not found")
	}
	files := pyFiles(t, corpusDirs(py, env))
	want := pythonHashes(t, py, files)
	var same, bothReject, sameMsg int
	msgDiffs := map[string]int{}
	msgExample := map[string]string{}
	var bad []string
	details := map[string]string{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		exp := want[f]
		mod, perr := parseNoPanic(f, src)
		pyErr := strings.HasPrefix(exp, "ERROR")
		switch {
		case pyErr && perr != nil:
			bothReject++
			var se *SyntaxError
			if errors.As(perr, &se) {
				got := fmt.Sprintf("ERROR %d:%d: %s", se.Line, se.Col, se.Msg)
				if got == exp {
					sameMsg++
				} else {
					key := exp[strings.Index(exp, ": ")+2:] + "  <->  " + se.Msg
					msgDiffs[key]++
					msgExample[key] = fmt.Sprintf("%s: python %s, krait %s", f, exp, got)
				}
			}
		case pyErr:
			bad = append(bad, f)
			details[f] = "krait accepts; python: " + exp
		case perr != nil:
			bad = append(bad, f)
			details[f] = "krait rejects: " + perr.Error()
		default:
			d := ast.Dump(mod)
			h := sha256.Sum256([]byte(d))
			if hex.EncodeToString(h[:]) == exp {
				same++
			} else {
				bad = append(bad, f)
				details[f] = "DIFF"
			}
		}
	}
	t.Logf("%d files: %d same, %d both reject (%d with the same line, column and message), %d disagree",
		len(files), same, bothReject, sameMsg, len(bad))
	if testing.Verbose() {
		keys := make([]string, 0, len(msgDiffs))
		for k := range msgDiffs {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return msgDiffs[keys[i]] > msgDiffs[keys[j]] })
		for _, k := range keys[:min(len(keys), 25)] {
			t.Logf("%4d × %s\n       e.g. %s", msgDiffs[k], k, msgExample[k])
		}
	}
	shown := 0
	for _, f := range bad {
		if shown >= 40 {
			break
		}
		shown++
		d := details[f]
		if d == "DIFF" {
			d = diffWithPython(t, py, f)
		}
		t.Errorf("%s: %s", f, d)
	}
}

func parseNoPanic(f string, src []byte) (mod *ast.Module, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return ParseFile(f, src)
}

func diffWithPython(t *testing.T, py, f string) string {
	cmd := exec.Command(py, "testdata/pydump.py", f)
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8", "PYTHONWARNINGS=ignore")
	out, err := cmd.Output()
	if err != nil {
		return "python failed: " + err.Error()
	}
	_, exp, _ := strings.Cut(strings.TrimSuffix(string(out), "\n"), "\n")
	src, _ := os.ReadFile(f)
	mod, err := ParseFile(f, src)
	if err != nil {
		return err.Error()
	}
	return "\n" + firstDiff(ast.Dump(mod), exp)
}

var errNoStdlib = errors.New("python3.13 stdlib not found")

// stdlibSources loads every .py file of python3.13's stdlib.
func stdlibSources(b testing.TB) ([][]byte, int, error) {
	home, _ := os.UserHomeDir()
	dirs, _ := filepath.Glob(filepath.Join(home, ".pyenv/versions/3.13*/lib/python3.13"))
	if len(dirs) == 0 {
		return nil, 0, errNoStdlib
	}
	var srcs [][]byte
	total := 0
	for _, f := range pyFiles(b, dirs[:1]) {
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		srcs = append(srcs, src)
		total += len(src)
	}
	return srcs, total, nil
}

// BenchmarkParseStdlib parses every file of python3.13's stdlib per
// iteration (files CPython rejects included; they fail fast).
func BenchmarkParseStdlib(b *testing.B) {
	srcs, total, err := stdlibSources(b)
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			_, _ = ParseFile("x.py", src)
		}
	}
}
