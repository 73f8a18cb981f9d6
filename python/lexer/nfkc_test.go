package lexer

import (
	"encoding/json"
	"os/exec"
	"strconv"
	"testing"
)

// TestNormalizeNameMatchesPython compares NormalizeName with python3.13's
// unicodedata.normalize("NFKC") on every character that can continue an
// identifier.
func TestNormalizeNameMatchesPython(t *testing.T) {
	py := python313(t)
	out, err := exec.Command(py, "testdata/nfkc.py").Output()
	if err != nil {
		t.Fatal(err)
	}
	var changed map[string]string
	if err := json.Unmarshal(out, &changed); err != nil {
		t.Fatal(err)
	}
	bad := 0
	for c := rune(0x80); c <= 0x10FFFF; c++ {
		if !isXIDContinue(c) {
			continue
		}
		in := "a" + string(c)
		want, ok := changed[strconv.Itoa(int(c))]
		if !ok {
			want = in
		}
		if got := NormalizeName(in); got != want {
			t.Errorf("U+%04X: NormalizeName = %q, want %q", c, got, want)
			if bad++; bad > 20 {
				t.FailNow()
			}
		}
	}
}
