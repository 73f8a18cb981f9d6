package ast

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

const reprGolden = "testdata/repr.golden"

// reprCase is one value whose repr python3.13 computed: kind and arg are
// the encoding repr_oracle.py reads, value the Go value Repr receives.
type reprCase struct {
	kind, arg string
	value     any
}

func floatCase(f float64) reprCase {
	return reprCase{"float", fmt.Sprintf("%016x", math.Float64bits(f)), f}
}

func complexCase(re, im float64) reprCase {
	arg := fmt.Sprintf("%016x,%016x", math.Float64bits(re), math.Float64bits(im))
	return reprCase{"complex", arg, complex(re, im)}
}

func strCase(s string) reprCase { return reprCase{"str", hex.EncodeToString([]byte(s)), s} }

func bytesCase(s string) reprCase { return reprCase{"bytes", hex.EncodeToString([]byte(s)), Bytes(s)} }

// surrogate encodes a lone surrogate code point as WTF-8, the way the
// lexer stores "\ud800" in a Go string.
func surrogate(r rune) string {
	return string([]byte{0xED, byte(0xA0 | (r>>6)&0x1F), byte(0x80 | r&0x3F)})
}

// reprCases builds the inputs deterministically; the golden file holds them
// with python3.13's repr of each.
func reprCases() []reprCase {
	var cs []reprCase
	rng := rand.New(rand.NewPCG(1, 2))

	// Constants and ints.
	cs = append(cs,
		reprCase{"const", "None", nil},
		reprCase{"const", "True", true},
		reprCase{"const", "False", false},
		reprCase{"const", "Ellipsis", Ellipsis},
	)
	for _, i := range []int64{0, 1, 7, 10, 255, 1 << 31, 1<<63 - 1, -1, -1 << 63} {
		cs = append(cs, reprCase{"int", strconv.FormatInt(i, 10), i})
	}
	for _, e := range []int64{64, 100, 1000, 14000, 14300} { // 2**14300 has 4305 digits
		n := new(big.Int).Lsh(big.NewInt(1), uint(e))
		cs = append(cs, reprCase{"int", n.String(), n})
		n = new(big.Int).Neg(n)
		cs = append(cs, reprCase{"int", n.String(), n})
	}

	// Floats: edges of the notation switch, specials, then random bit patterns.
	specials := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 2.5, 1.0 / 3, 2.0 / 3, 100, 1e15, 1e16, 1e17,
		9999999999999998, 1e16 - 2, 123456789012345678, 1e-4, 1e-5, 1.5e-4, 0.00012345, 9.999e-5, 1.5e300, 1e22, 1e23,
		5e-324, math.SmallestNonzeroFloat64 * 3, 2.2250738585072014e-308, math.MaxFloat64, math.Inf(1), math.Inf(-1),
		math.NaN(), math.Float64frombits(0xFFF8000000000000), math.Float64frombits(0x7FF0000000000001),
		0.3, 0.1 + 0.2, 1e100, 1 << 53, 1<<53 + 1, 1 << 60, 1 << 64, 123.456, -0.0001, -1e-5, 4.35, 2.675}
	for _, f := range specials {
		cs = append(cs, floatCase(f))
	}
	for e := -30; e <= 30; e++ {
		p, _ := strconv.ParseFloat(fmt.Sprintf("1e%d", e), 64) // correctly rounded, unlike math.Pow
		cs = append(cs, floatCase(p), floatCase(math.Nextafter(p, 0)), floatCase(math.Nextafter(p, math.Inf(1))),
			floatCase(-p*1.5))
	}
	for e := -1074; e <= 1023; e += 7 {
		cs = append(cs, floatCase(math.Ldexp(1, e)))
	}
	for range 3000 {
		f := math.Float64frombits(rng.Uint64())
		if math.IsNaN(f) {
			continue // one NaN is enough; random payloads all print "nan"
		}
		cs = append(cs, floatCase(f))
	}
	for range 500 {
		cs = append(cs, floatCase(float64(rng.IntN(2_000_000)-1_000_000)/1000))
	}
	for range 300 {
		cs = append(cs, floatCase(float64(rng.Int64N(1<<62))))
	}

	// Complex: every pair of a few awkward parts, then random ones.
	parts := []float64{0, math.Copysign(0, -1), 1, -1, 1.5, -2.5, 1e16, 1e-5, 1e15, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, re := range parts {
		for _, im := range parts {
			cs = append(cs, complexCase(re, im))
		}
	}
	for range 200 {
		cs = append(cs, complexCase(0, math.Float64frombits(rng.Uint64()&^(1<<62))),
			complexCase(math.Float64frombits(rng.Uint64()&^(1<<62)), math.Float64frombits(rng.Uint64()&^(1<<62))))
	}

	// Strings: quotes, escapes, every code point below 0x3000 (in runs of
	// 32), surrogates, non-BMP and random code points.
	for _, s := range []string{"", "a", "'", "\"", "'\"", "\"'", "it's", `say "hi"`, `\`, `\'`, "\t\n\r", "\x00\x1f\x7f",
		"a\x0bb\x0cc", "é", "\u00a0", "\u00ad", "\u2028\u2029", "\u200b\u200d\ufeff", "\ufffd", "日本語", "😀",
		"\U0001F600\U000E0001\U000F0000\U0010FFFF", "\uE000", "'\U0001F600\"", "x'y'z", "\u0085\u0080\u009f"} {
		cs = append(cs, strCase(s))
	}
	for lo := rune(0); lo < 0x3000; lo += 32 {
		var b strings.Builder
		for r := lo; r < lo+32; r++ {
			if r >= 0xD800 && r <= 0xDFFF {
				b.WriteString(surrogate(r))
			} else {
				b.WriteRune(r)
			}
		}
		cs = append(cs, strCase(b.String()))
	}
	for _, r := range []rune{0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xDABC} {
		cs = append(cs, strCase(surrogate(r)), strCase("a"+surrogate(r)+"'b"))
	}
	cs = append(cs, strCase(surrogate(0xD83D)+surrogate(0xDE00))) // a pair stays two escapes
	for range 1500 {
		r := rune(rng.IntN(0x110000))
		if r >= 0xD800 && r <= 0xDFFF {
			cs = append(cs, strCase(surrogate(r)))
			continue
		}
		cs = append(cs, strCase(string(r)))
	}
	for range 200 { // random printable-ish mixes with quotes
		var b strings.Builder
		pool := []rune("ab'\"\\\n\t é😀\x00\u0378\U000E007F")
		for range 12 {
			b.WriteRune(pool[rng.IntN(len(pool))])
		}
		cs = append(cs, strCase(b.String()))
	}

	// Bytes: every byte alone, all of them together, quote choices.
	var all []byte
	for c := range 256 {
		cs = append(cs, bytesCase(string([]byte{byte(c)})))
		all = append(all, byte(c))
	}
	cs = append(cs, bytesCase(string(all)))
	for _, s := range []string{"", "'", `"`, `'"`, "it's", `\'`, "abc\x80\xff"} {
		cs = append(cs, bytesCase(s))
	}
	return cs
}

func TestReprGolden(t *testing.T) {
	cases := reprCases()
	if *update {
		var in bytes.Buffer
		for _, c := range cases {
			fmt.Fprintf(&in, "%s\t%s\n", c.kind, c.arg)
		}
		out := runPython(t, "testdata/repr_oracle.py", in.Bytes())
		if err := os.WriteFile(reprGolden, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.Open(reprGolden)
	if err != nil {
		t.Fatalf("%v (generate it with: go test ./python/ast -run TestReprGolden -update)", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	i := 0
	for ; sc.Scan(); i++ {
		kind, rest, _ := strings.Cut(sc.Text(), "\t")
		arg, want, _ := strings.Cut(rest, "\t")
		if i >= len(cases) || cases[i].kind != kind || cases[i].arg != arg {
			t.Fatalf("%s line %d is %s %.40s, but the inputs changed: regenerate with -update", reprGolden, i+1, kind, arg)
		}
		if got := Repr(cases[i].value); got != want {
			t.Errorf("Repr(%s %s) = %s, python3.13 says %s", kind, arg, got, want)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if i != len(cases) {
		t.Fatalf("%s has %d values, the test builds %d: regenerate with -update", reprGolden, i, len(cases))
	}
}

// TestReprExamples pins a few well-known answers so a broken golden file
// cannot hide a regression.
func TestReprExamples(t *testing.T) {
	tests := []struct {
		in   any
		want string
	}{
		{nil, "None"},
		{true, "True"},
		{int64(42), "42"},
		{1.0, "1.0"},
		{1e16, "1e+16"},
		{1e-5, "1e-05"},
		{0.0001, "0.0001"},
		{1.5e300, "1.5e+300"},
		{1e15, "1000000000000000.0"},
		{math.Inf(-1), "-inf"},
		{complex(0, 1), "1j"},
		{complex(1, 2), "(1+2j)"},
		{complex(0, math.Copysign(0, -1)), "-0j"},
		{complex(0, math.Inf(1)), "infj"},
		{complex(math.NaN(), math.NaN()), "(nan+nanj)"},
		{"it's", `"it's"`},
		{`'"`, `'\'"'`},
		{"a\tb\x7f\u00e9\u0378\U0001F600\U000E0001", `'a\tb\x7fé\u0378😀\U000e0001'`},
		{surrogate(0xD800), `'\ud800'`},
		{Bytes("\x00'\\\xff"), `b"\x00'\\\xff"`},
		{Ellipsis, "Ellipsis"},
	}
	for _, tt := range tests {
		if got := Repr(tt.in); got != tt.want {
			t.Errorf("Repr(%#v) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// TestReprStringIsValidUTF8 checks that escaping leaves no invalid UTF-8
// behind, whatever bytes the input holds.
func TestReprStringIsValidUTF8(t *testing.T) {
	for _, s := range []string{"\xff", "\xed\xa0", "\xed\xa0\x80", "a\xc3", "\xf4\x90\x80\x80"} {
		if got := Repr(s); !utf8.ValidString(got) {
			t.Errorf("Repr(%q) = %q is not valid UTF-8", s, got)
		}
	}
}
