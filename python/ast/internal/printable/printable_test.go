package printable

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
)

func python313(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("KRAIT_PYTHON"); p != "" {
		return p
	}
	home, _ := os.UserHomeDir()
	matches, _ := filepath.Glob(filepath.Join(home, ".pyenv/versions/3.13*/bin/python3.13"))
	sort.Strings(matches)
	if len(matches) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3.13 not found (looked for $KRAIT_PYTHON and ~/.pyenv/versions/3.13*/bin/python3.13)")
		}
		t.Skip("python3.13 not found; this test compares the table with its str.isprintable")
	}
	return matches[len(matches)-1]
}

// TestMatchesPython compares IsPrintable with python3.13's str.isprintable
// on every code point.
func TestMatchesPython(t *testing.T) {
	py := python313(t)
	script := `import sys; sys.stdout.write("".join("1" if chr(c).isprintable() else "0" for c in range(0x110000)))`
	out, err := exec.Command(py, "-c", script).Output()
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 0x110000 {
		t.Fatalf("python printed %d flags, want %d", len(out), 0x110000)
	}
	bad := 0
	for r := rune(0); r < 0x110000; r++ {
		if want := out[r] == '1'; IsPrintable(r) != want {
			if bad++; bad <= 20 {
				t.Errorf("IsPrintable(U+%04X) = %v, python3.13 says %v", r, !want, want)
			}
		}
	}
	if bad > 20 {
		t.Errorf("... %d code points differ in all: run go generate", bad)
	}
}

func TestKnownValues(t *testing.T) {
	tests := []struct {
		r    rune
		want bool
	}{
		{'a', true}, {' ', true}, {'\n', false}, {0x7F, false}, {0xA0, false}, {0xE9, true},
		{0x378, false}, {0xD800, false}, {0x1F600, true}, {0xE0001, false}, {0x10FFFF, false},
		{-1, false}, {0x110000, false},
	}
	for _, tt := range tests {
		if got := IsPrintable(tt.r); got != tt.want {
			t.Errorf("IsPrintable(%#x) = %v, want %v", tt.r, got, tt.want)
		}
	}
}
