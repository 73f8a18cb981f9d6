package lexer

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// findCookie looks for a PEP 263 coding declaration the way CPython's
// decode_str does: on line 1, and on line 2 only when line 1 is blank or
// a comment. Each line is considered only when it ends with a newline.
// It returns the declared name (after CPython's get_normal_name) and the
// line it was found on.
func findCookie(src []byte) (string, int, *SyntaxError) {
	nl1 := bytes.IndexByte(src, '\n')
	if nl1 < 0 {
		return "", 0, nil
	}
	line1 := src[:nl1+1]
	if enc, found := codingSpec(line1); found {
		return enc, 1, nil
	}
	if !blankOrComment(line1) {
		return "", 0, nil
	}
	rest := src[nl1+1:]
	nl2 := bytes.IndexByte(rest, '\n')
	if nl2 < 0 {
		return "", 0, nil
	}
	if enc, found := codingSpec(rest[:nl2+1]); found {
		return enc, 2, nil
	}
	return "", 0, nil
}

// blankOrComment reports whether a line holds only whitespace and/or a comment.
func blankOrComment(line []byte) bool {
	for _, c := range line {
		switch c {
		case '#', '\n', '\r':
			return true
		case ' ', '\t', '\f':
		default:
			return false
		}
	}
	return true
}

// codingSpec implements get_coding_spec on one line (newline included).
func codingSpec(s []byte) (string, bool) {
	size := len(s)
	i := 0
	for ; i < size-6; i++ {
		if s[i] == '#' {
			break
		}
		if s[i] != ' ' && s[i] != '\t' && s[i] != '\f' {
			return "", false
		}
	}
	for ; i < size-6; i++ {
		if !bytes.HasPrefix(s[i:], []byte("coding")) {
			continue
		}
		t := i + 6
		if s[t] != ':' && s[t] != '=' {
			continue
		}
		t++
		for t < size && (s[t] == ' ' || s[t] == '\t') {
			t++
		}
		begin := t
		for t < size && (isAlnum(s[t]) || s[t] == '-' || s[t] == '_' || s[t] == '.') {
			t++
		}
		if begin < t {
			return normalName(string(s[begin:t])), true
		}
	}
	return "", false
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// normalName is CPython's get_normal_name: utf-8 and latin-1 spellings
// (only the first 12 characters are looked at) become canonical.
func normalName(s string) string {
	n := s
	if len(n) > 12 {
		n = n[:12]
	}
	n = strings.ToLower(strings.ReplaceAll(n, "_", "-"))
	switch {
	case n == "utf-8" || strings.HasPrefix(n, "utf-8-"):
		return "utf-8"
	case n == "latin-1" || n == "iso-8859-1" || n == "iso-latin-1" ||
		strings.HasPrefix(n, "latin-1-") || strings.HasPrefix(n, "iso-8859-1-") || strings.HasPrefix(n, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return s
}

// codecFacts describes a Python codec module (see codec_table.go).
type codecFacts struct {
	text          bool // a text encoding (rot13, base64... are not)
	asciiIdentity bool // decodes ASCII bytes to themselves
}

//go:generate sh -c "$(ls ~/.pyenv/versions/3.13*/bin/python3.13 | head -1) gen_codec_table.py && gofmt -w codec_table.go"

// codecModule resolves a codec name as Python's encodings.search_function
// does: normalize_encoding, then the alias table (also with '.' as '_').
// ok is false when Python knows no such codec.
func codecModule(name string) (string, bool) {
	var b strings.Builder
	punct := false
	for _, c := range strings.ToLower(name) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' {
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(c)
			punct = false
		} else {
			punct = true
		}
	}
	n := b.String()
	m, ok := pythonCodecAliases[n]
	if !ok {
		m, ok = pythonCodecAliases[strings.ReplaceAll(n, ".", "_")]
	}
	if !ok {
		m = n
	}
	_, known := pythonCodecModules[m]
	return m, known
}

// singleByteCodecs maps canonical Python codec names to code pages.
var singleByteCodecs = map[string]*charmap.Charmap{
	"cp1250":       charmap.Windows1250,
	"cp1251":       charmap.Windows1251,
	"cp1252":       charmap.Windows1252,
	"cp1253":       charmap.Windows1253,
	"cp1254":       charmap.Windows1254,
	"cp1255":       charmap.Windows1255,
	"cp1256":       charmap.Windows1256,
	"cp1257":       charmap.Windows1257,
	"cp1258":       charmap.Windows1258,
	"iso8859_2":    charmap.ISO8859_2,
	"iso8859_3":    charmap.ISO8859_3,
	"iso8859_4":    charmap.ISO8859_4,
	"iso8859_5":    charmap.ISO8859_5,
	"iso8859_6":    charmap.ISO8859_6,
	"iso8859_7":    charmap.ISO8859_7,
	"iso8859_8":    charmap.ISO8859_8,
	"iso8859_9":    charmap.ISO8859_9,
	"iso8859_10":   charmap.ISO8859_10,
	"iso8859_13":   charmap.ISO8859_13,
	"iso8859_14":   charmap.ISO8859_14,
	"iso8859_15":   charmap.ISO8859_15,
	"iso8859_16":   charmap.ISO8859_16,
	"cp437":        charmap.CodePage437,
	"cp850":        charmap.CodePage850,
	"cp852":        charmap.CodePage852,
	"cp855":        charmap.CodePage855,
	"cp858":        charmap.CodePage858,
	"cp866":        charmap.CodePage866,
	"koi8_r":       charmap.KOI8R,
	"koi8_u":       charmap.KOI8U,
	"mac_roman":    charmap.Macintosh,
	"mac_cyrillic": charmap.MacintoshCyrillic,
	"cp860":        charmap.CodePage860,
	"cp862":        charmap.CodePage862,
	"cp863":        charmap.CodePage863,
	"cp865":        charmap.CodePage865,
	"cp874":        charmap.Windows874,
}

// singleByteFixes lists where Python's tables differ from x/text's:
// Python's ISO 8859 codecs map 0x80-0x9F to the C1 controls (handled in
// code), and these bytes (-1: undefined in Python).
var singleByteFixes = map[string]map[byte]rune{
	"cp1255": {0xCA: -1},
	"koi8_u": {0xAE: 0x255D, 0xBE: 0x256C},
}

// multiByteCodecs maps canonical Python codec names to decoders. These
// are the WHATWG tables, which differ from Python's in a few code points.
var multiByteCodecs = map[string]encoding.Encoding{
	"euc_jp":     japanese.EUCJP,
	"shift_jis":  japanese.ShiftJIS,
	"cp932":      japanese.ShiftJIS,
	"iso2022_jp": japanese.ISO2022JP,
	"gbk":        simplifiedchinese.GBK,
	"gb2312":     simplifiedchinese.GBK,
	"gb18030":    simplifiedchinese.GB18030,
	"big5":       traditionalchinese.Big5,
	"big5hkscs":  traditionalchinese.Big5,
	"cp950":      traditionalchinese.Big5,
	"euc_kr":     korean.EUCKR,
	"cp949":      korean.EUCKR,
}

// decodeSingleByte decodes with a code page, failing on undefined bytes
// with the message of Python's charmap codec.
func decodeSingleByte(name string, cm *charmap.Charmap, src []byte) ([]byte, *SyntaxError) {
	iso := strings.HasPrefix(name, "iso8859_")
	fixes := singleByteFixes[name]
	out := make([]byte, 0, len(src)+len(src)/4)
	for i, c := range src {
		if c < 0x80 {
			out = append(out, c)
			continue
		}
		r := cm.DecodeByte(c)
		if iso && c < 0xA0 {
			r = rune(c)
		}
		if f, ok := fixes[c]; ok {
			r = f
		}
		if r < 0 || r == utf8.RuneError {
			return nil, &SyntaxError{Kind: "SyntaxError", Col: -1, Msg: fmt.Sprintf(
				"'charmap' codec can't decode byte 0x%02x in position %d: character maps to <undefined>", c, i)}
		}
		out = utf8.AppendRune(out, r)
	}
	return out, nil
}

// decodeWith decodes src with the codec a cookie declared (its spelling
// after get_normal_name, used in messages).
func decodeWith(declared string, src []byte) ([]byte, *SyntaxError) {
	module, known := codecModule(declared)
	if !known {
		return nil, &SyntaxError{Kind: "SyntaxError", Col: -1, Msg: "unknown encoding: " + declared}
	}
	if !pythonCodecModules[module].text {
		return nil, &SyntaxError{Kind: "SyntaxError", Col: -1, Msg: "'" + declared +
			"' is not a text encoding; use codecs.decode() to handle arbitrary codecs"}
	}
	switch module {
	case "utf_8", "utf_8_sig":
		if module == "utf_8_sig" {
			src = bytes.TrimPrefix(src, utf8BOM)
		}
		if msg, ok := utf8DecodeMessage(src, 0); !ok {
			return nil, &SyntaxError{Kind: "SyntaxError", Col: -1, Msg: msg}
		}
		return src, nil
	case "ascii":
		for i, c := range src {
			if c >= 0x80 {
				return nil, &SyntaxError{Kind: "SyntaxError", Col: -1, Msg: fmt.Sprintf(
					"'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", c, i)}
			}
		}
		return src, nil
	case "latin_1":
		out := make([]byte, 0, len(src)+len(src)/8)
		for _, c := range src {
			if c < 0x80 {
				out = append(out, c)
			} else {
				out = append(out, 0xC0|c>>6, 0x80|c&0x3F)
			}
		}
		return out, nil
	}
	if cm := singleByteCodecs[module]; cm != nil {
		return decodeSingleByte(module, cm, src)
	}
	if enc := multiByteCodecs[module]; enc != nil {
		out, err := enc.NewDecoder().Bytes(src)
		if err != nil || bytes.Contains(out, []byte("\uFFFD")) {
			// x/text substitutes U+FFFD for invalid sequences, which no
			// codec here decodes to; Python refuses the file.
			return nil, &SyntaxError{Kind: "SyntaxError", Col: -1, Msg: fmt.Sprintf("'%s' codec can't decode bytes: illegal multibyte sequence", module)}
		}
		return out, nil
	}
	if pythonCodecModules[module].asciiIdentity && isASCII(src) {
		return src, nil
	}
	return nil, &SyntaxError{Kind: "SyntaxError", Col: -1, Msg: "encoding not supported by krait: " + declared}
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}
