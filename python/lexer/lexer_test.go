package lexer

import (
	"math"
	"math/big"
	"strings"
	"testing"
)

// compact renders tokens as "KIND text line:col-endline:endcol" lines.
func compact(src []byte, toks []Token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.Kind.String())
		if text := src[t.Off:t.EndOff]; len(text) > 0 && string(text) != t.Kind.String() {
			b.WriteString(" " + string(text))
		}
		b.WriteString(" " + itoa(t.Line) + ":" + itoa(t.Col) + "-" + itoa(t.EndLine) + ":" + itoa(t.EndCol) + "\n")
	}
	return b.String()
}

func itoa(v int32) string {
	if v < 0 {
		return "-" + itoa(-v)
	}
	if v < 10 {
		return string(rune('0' + v))
	}
	return itoa(v/10) + string(rune('0'+v%10))
}

func TestTokenStreams(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"simple", "x = 1\n", `
NAME x 1:0-1:1
= 1:2-1:3
NUMBER 1 1:4-1:5
NEWLINE 1:5-1:6
ENDMARKER 2:0-2:0
`},
		{"no final newline, comment lines, dedent at EOF", "if a:\n  # c\n\n  b\n# d", `
NAME if 1:0-1:2
NAME a 1:3-1:4
: 1:4-1:5
NEWLINE 1:5-1:6
INDENT    4:0-4:2
NAME b 4:2-4:3
NEWLINE 4:3-4:4
DEDENT 6:0-6:0
ENDMARKER 6:0-6:0
`},
		{"brackets join lines, backslash continuation", "x = (1,\n  2) + \\\n 3\n", `
NAME x 1:0-1:1
= 1:2-1:3
( 1:4-1:5
NUMBER 1 1:5-1:6
, 1:6-1:7
NUMBER 2 2:2-2:3
) 2:3-2:4
+ 2:5-2:6
NUMBER 3 3:1-3:2
NEWLINE 3:2-3:3
ENDMARKER 4:0-4:0
`},
		{"tabs and form feed in indentation", "if a:\n\tb\n\f\tc\n  \f\td\n", `
NAME if 1:0-1:2
NAME a 1:3-1:4
: 1:4-1:5
NEWLINE 1:5-1:6
INDENT 	 2:0-2:1
NAME b 2:1-2:2
NEWLINE 2:2-2:3
NAME c 3:2-3:3
NEWLINE 3:3-3:4
NAME d 4:4-4:5
NEWLINE 4:5-4:6
DEDENT 5:0-5:0
ENDMARKER 5:0-5:0
`},
		{"f-string with doubled braces, conversion, spec and debug", `f"a{{b}}c{d!r:>{w}} {e=}"` + "\n", `
FSTRING_START f" 1:0-1:2
FSTRING_MIDDLE a{ 1:2-1:5
FSTRING_MIDDLE b} 1:5-1:8
FSTRING_MIDDLE c 1:8-1:9
{ 1:9-1:10
NAME d 1:10-1:11
! 1:11-1:12
NAME r 1:12-1:13
: 1:13-1:14
FSTRING_MIDDLE > 1:14-1:15
{ 1:15-1:16
NAME w 1:16-1:17
} 1:17-1:18
FSTRING_MIDDLE 1:18-1:18
} 1:18-1:19
FSTRING_MIDDLE   1:19-1:20
{ 1:20-1:21
NAME e 1:21-1:22
= 1:22-1:23
} 1:23-1:24
FSTRING_END " 1:24-1:25
NEWLINE 1:25-1:26
ENDMARKER 2:0-2:0
`},
		{"nested same-quote f-string and \\N escape", `f"{f"{x}"}\N{DASH}!"` + "\n", `
FSTRING_START f" 1:0-1:2
{ 1:2-1:3
FSTRING_START f" 1:3-1:5
{ 1:5-1:6
NAME x 1:6-1:7
} 1:7-1:8
FSTRING_END " 1:8-1:9
} 1:9-1:10
FSTRING_MIDDLE \N{DASH} 1:10-1:18
FSTRING_MIDDLE ! 1:18-1:19
FSTRING_END " 1:19-1:20
NEWLINE 1:20-1:21
ENDMARKER 2:0-2:0
`},
		{"multi-line triple-quoted f-string", "f'''a\n{x\n}b'''", `
FSTRING_START f''' 1:0-1:4
FSTRING_MIDDLE a
 1:4-2:0
{ 2:0-2:1
NAME x 2:1-2:2
} 3:0-3:1
FSTRING_MIDDLE b 3:1-3:2
FSTRING_END ''' 3:2-3:5
NEWLINE 3:5-3:6
ENDMARKER 4:0-4:0
`},
		{"operators", "a //= b ** -c -> ... != <> @= :=\n", `
NAME a 1:0-1:1
//= 1:2-1:5
NAME b 1:6-1:7
** 1:8-1:10
- 1:11-1:12
NAME c 1:12-1:13
-> 1:14-1:16
... 1:17-1:20
!= 1:21-1:23
!= <> 1:24-1:26
@= 1:27-1:29
:= 1:30-1:32
NEWLINE 1:32-1:33
ENDMARKER 2:0-2:0
`},
		{"numbers and keyword after number", "1if 0x_f else 1_0.5e-3j\n", `
NUMBER 1 1:0-1:1
NAME if 1:1-1:3
NUMBER 0x_f 1:4-1:8
NAME else 1:9-1:13
NUMBER 1_0.5e-3j 1:14-1:23
NEWLINE 1:23-1:24
ENDMARKER 2:0-2:0
`},
		{"string prefixes and multi-line string", "rb'\\'' Rb\"\" u'''x\ny'''\n", `
STRING rb'\'' 1:0-1:6
STRING Rb"" 1:7-1:11
STRING u'''x
y''' 1:12-2:4
NEWLINE 2:4-2:5
ENDMARKER 3:0-3:0
`},
		{"empty source", "", `
ENDMARKER 1:0-1:0
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, _, err := Tokenize("<t>", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			// The INDENT line carries the indentation as its text.
			if got, want := compact([]byte(tt.src), toks), strings.TrimPrefix(tt.want, "\n"); got != want {
				t.Errorf("tokens:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestComments(t *testing.T) {
	src := "# a\nx = 1  # b\nf'{x # c\n}'\n"
	_, comments, err := Tokenize("<t>", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []Comment{{1, 0, "# a"}, {2, 7, "# b"}, {3, 5, "# c"}}
	if len(comments) != len(want) {
		t.Fatalf("comments %v, want %v", comments, want)
	}
	for i := range want {
		if comments[i] != want[i] {
			t.Errorf("comment %d = %v, want %v", i, comments[i], want[i])
		}
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name, src, want, err string
	}{
		{"plain", "x = 1\n", "x = 1\n", ""},
		{"crlf and cr", "a\r\nb\rc\r", "a\nb\nc\n", ""},
		{"bom", "\xef\xbb\xbfx = 'é'\n", "x = 'é'\n", ""},
		{"latin-1 cookie", "# -*- coding: latin-1 -*-\nx = '\xe9'\n", "# -*- coding: latin-1 -*-\nx = 'é'\n", ""},
		{"cookie on line 2", "#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx = '\xa4'\n", "#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx = '€'\n", ""},
		{"cookie after code is ignored", "x = 1\n# coding: latin-1\ny = 'é'\n", "x = 1\n# coding: latin-1\ny = 'é'\n", ""},
		{"cp1252", "# coding: cp1252\nx = '\x80'\n", "# coding: cp1252\nx = '€'\n", ""},
		{"shift_jis", "# coding: shift_jis\nx = '\x82\xa0'\n", "# coding: shift_jis\nx = 'あ'\n", ""},
		{"iso-8859-5 keeps C1 controls", "# coding: iso-8859-5\nx = '\x8e\xd0'\n", "# coding: iso-8859-5\nx = '\u008eа'\n", ""},
		{"koi8-u", "# coding: koi8-u\nx = '\xae'\n", "# coding: koi8-u\nx = '╝'\n", ""},
		{"undefined in cp1252", "# coding: cp1252\nx = '\x81'\n", "", "'charmap' codec can't decode byte 0x81 in position 22: character maps to <undefined>"},
		{"unknown", "# coding: klingon\n", "", "unknown encoding: klingon"},
		{"bom with cookie", "\xef\xbb\xbf# coding: latin-1\n", "", "encoding problem: iso-8859-1 with BOM"},
		{"null byte", "x\x00", "", "source code string cannot contain null bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode("<t>", []byte(tt.src))
			if tt.err != "" {
				if err == nil || err.(*SyntaxError).Msg != tt.err {
					t.Fatalf("err %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDecodeString(t *testing.T) {
	tests := []struct {
		tok, want string
		isBytes   bool
		err       string
	}{
		{`'a\tb'`, "a\tb", false, ""},
		{`r'a\tb'`, `a\tb`, false, ""},
		{`"\ud800"`, "\xed\xa0\x80", false, ""},
		{`"\N{EM DASH}\x41\101\u00e9"`, "—AAé", false, ""},
		{`b'\xff\777'`, "\xff\xff", true, ""},
		{`"\d"`, `\d`, false, ""},
		{"'''a\\\nb'''", "ab", false, ""},
		{`"\x4"`, "", false, `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape`},
		{`b"é"`, "", true, "bytes can only contain ASCII literal characters"},
	}
	for _, tt := range tests {
		v, isBytes, err := DecodeString(tt.tok)
		if tt.err != "" {
			if err == nil || err.(*SyntaxError).Msg != tt.err {
				t.Errorf("%s: err %v, want %q", tt.tok, err, tt.err)
			}
			continue
		}
		if err != nil || v != tt.want || isBytes != tt.isBytes {
			t.Errorf("%s: got %q, %v, %v; want %q, %v", tt.tok, v, isBytes, err, tt.want, tt.isBytes)
		}
	}
}

func TestDecodeFStringMiddle(t *testing.T) {
	tests := []struct {
		text string
		raw  bool
		want string
	}{
		{`a{`, false, "a{"},
		{`\N{BULLET}`, false, "•"},
		{`\t\`, false, "\t\\"},
		{`\t`, true, `\t`},
		{`\{`, false, `\{`},
	}
	for _, tt := range tests {
		got, err := DecodeFStringMiddle(tt.text, tt.raw, false)
		if err != nil || got != tt.want {
			t.Errorf("%q raw=%v: got %q, %v; want %q", tt.text, tt.raw, got, err, tt.want)
		}
	}
}

func TestParseNumber(t *testing.T) {
	big1, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	tests := []struct {
		text string
		want any
	}{
		{"0", int64(0)}, {"0_0", int64(0)}, {"1_000", int64(1000)}, {"0xff", int64(255)},
		{"0o17", int64(15)}, {"0b101", int64(5)}, {"123456789012345678901234567890", big1},
		{"1.5", 1.5}, {"1e400", math.Inf(1)}, {".5", 0.5}, {"2j", complex(0, 2)}, {"1_0.0_1e1j", complex(0, 100.1)},
	}
	for _, tt := range tests {
		got, err := ParseNumber(tt.text)
		if err != nil {
			t.Errorf("%s: %v", tt.text, err)
			continue
		}
		switch w := tt.want.(type) {
		case *big.Int:
			if g, ok := got.(*big.Int); !ok || g.Cmp(w) != 0 {
				t.Errorf("%s: got %v (%T), want %v", tt.text, got, got, w)
			}
		default:
			if got != tt.want {
				t.Errorf("%s: got %v (%T), want %v (%T)", tt.text, got, got, tt.want, tt.want)
			}
		}
	}
}

func TestNormalizeName(t *testing.T) {
	for in, want := range map[string]string{"abc": "abc", "ﬁ": "fi", "ℌ": "H", "é": "é"} {
		if got := NormalizeName(in); got != want {
			t.Errorf("NormalizeName(%q) = %q, want %q", in, got, want)
		}
	}
}
