package lexer

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// codecSpellings are cookie spellings the encoding test feeds CPython.
var codecSpellings = []string{
	"utf-8", "UTF-8", "utf8", "utf_8", "U8", "utf-8-sig", "latin-1", "latin1", "Latin-1", "iso-8859-1",
	"ISO_8859_1", "iso8859-15", "iso-8859-15", "latin9", "iso8859_2", "iso-8859-5", "cp1252", "windows-1252",
	"cp1251", "windows_1250", "ascii", "us-ascii", "646", "euc-jp", "euc_jp", "shift_jis", "shift-jis", "sjis",
	"cp932", "gbk", "gb2312", "gb18030", "big5", "koi8-r", "koi8_u", "mac-roman", "cp437", "cp850", "cp866",
	"euc-kr", "cp949", "iso2022_jp", "no-such-codec", "utf-8-foo", "latin-1-unix", "cp1253", "iso8859_7",
	"rot13", "base64", "hex", "mbcs", "undefined", "mac-cyrillic", "tis-620", "cp874", "cp865",
	"utf8-sig", "utf_8_sig", "x-user-defined", "iso8859.15", "ISO 8859-1", "idna",
}

func TestEncodingsMatchPython(t *testing.T) {
	py := python313(t)
	var in strings.Builder
	for _, c := range codecSpellings {
		b, _ := json.Marshal(c)
		in.Write(b)
		in.WriteByte('\n')
	}
	cmd := exec.Command(py, "testdata/encodings.py")
	cmd.Stdin = strings.NewReader(in.String())
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != len(codecSpellings) {
		t.Fatalf("oracle answered %d of %d", len(lines), len(codecSpellings))
	}
	for i, name := range codecSpellings {
		var w struct {
			Src   string  `json:"src"`
			Value *string `json:"value"`
			Err   *string `json:"err"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &w); err != nil {
			t.Fatal(err)
		}
		raw, _ := hex.DecodeString(w.Src)
		got, err := evalFirstString(raw)
		switch {
		case w.Err != nil:
			if err == nil || err.(*SyntaxError).Msg != *w.Err {
				t.Errorf("%s: got %q, %v; want error %q", name, got, err, *w.Err)
			}
		case err != nil:
			t.Errorf("%s: %v; want %q", name, err, *w.Value)
		case got != *w.Value:
			t.Errorf("%s: got %q, want %q", name, got, *w.Value)
		}
	}
}

// evalFirstString decodes raw source and evaluates its first STRING token.
func evalFirstString(raw []byte) (string, error) {
	src, err := Decode("<e>", raw)
	if err != nil {
		return "", err
	}
	toks, _, err := Tokenize("<e>", src)
	if err != nil {
		return "", err
	}
	for _, tk := range toks {
		if tk.Kind == STRING {
			v, _, err := DecodeString(string(src[tk.Off:tk.EndOff]))
			return v, err
		}
	}
	return "", nil
}
