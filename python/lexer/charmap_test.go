package lexer

import (
	"encoding/json"
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSingleByteCodecsMatchPython decodes every byte with every code page
// we support and compares with Python's codec of the same name.
func TestSingleByteCodecsMatchPython(t *testing.T) {
	py := python313(t)
	var names []string
	for n := range singleByteCodecs {
		names = append(names, n)
	}
	sort.Strings(names)
	var in strings.Builder
	for _, n := range names {
		b, _ := json.Marshal(n)
		in.Write(b)
		in.WriteByte('\n')
	}
	cmd := exec.Command(py, "testdata/charmaps.py")
	cmd.Stdin = strings.NewReader(in.String())
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(rows) != len(names) {
		t.Fatalf("oracle answered %d of %d", len(rows), len(names))
	}
	for i, name := range names {
		var want []int
		if err := json.Unmarshal([]byte(rows[i]), &want); err != nil {
			t.Fatal(err)
		}
		for b := 0; b < 256; b++ {
			got, err := decodeSingleByte(name, singleByteCodecs[name], []byte{byte(b)})
			switch {
			case want[b] < 0:
				if err == nil {
					t.Errorf("%s: byte 0x%02X decodes to %q, Python: undefined", name, b, got)
				}
			case err != nil:
				t.Errorf("%s: byte 0x%02X: %v, Python: U+%04X", name, b, err.Msg, want[b])
			default:
				if r, _ := utf8.DecodeRune(got); int(r) != want[b] {
					t.Errorf("%s: byte 0x%02X decodes to U+%04X, Python: U+%04X", name, b, r, want[b])
				}
			}
		}
	}
}
