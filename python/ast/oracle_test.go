package ast

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
)

// update regenerates the golden files from python3.13 (go test -update).
var update = flag.Bool("update", false, "regenerate golden files from python3.13")

// python313 returns the CPython 3.13 interpreter used as the oracle:
// $KRAIT_PYTHON if set, else ~/.pyenv/versions/3.13*/bin/python3.13.
// It returns "" when there is none.
func python313() string {
	if p := os.Getenv("KRAIT_PYTHON"); p != "" {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	matches, _ := filepath.Glob(filepath.Join(home, ".pyenv/versions/3.13*/bin/python3.13"))
	sort.Strings(matches)
	if len(matches) == 0 {
		return ""
	}
	return matches[len(matches)-1]
}

// requirePython returns the oracle interpreter, skipping the test when it is
// missing locally and failing it when running in CI (CI=true).
func requirePython(t *testing.T) string {
	t.Helper()
	p := python313()
	if p == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3.13 not found (looked for $KRAIT_PYTHON and ~/.pyenv/versions/3.13*/bin/python3.13)")
		}
		t.Skip("python3.13 not found (set KRAIT_PYTHON or install it with pyenv); this test needs it as the oracle")
	}
	return p
}

// runPython runs script with python3.13 (warnings ignored, UTF-8 I/O),
// feeding stdin, and returns its standard output.
func runPython(t *testing.T, script string, stdin []byte, args ...string) []byte {
	t.Helper()
	py := requirePython(t)
	cmd := exec.Command(py, append([]string{"-W", "ignore", script}, args...)...)
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8", "PYTHONUTF8=1")
	cmd.Stdin = bytes.NewReader(stdin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", py, script, err, stderr.Bytes())
	}
	return out
}
