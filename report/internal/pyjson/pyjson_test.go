package pyjson_test

import (
	"testing"

	"github.com/kraitsec/krait/report/internal/pyjson"
	_ "github.com/kraitsec/krait/report/internal/reporttest" // -update flag
)

func TestMarshal(t *testing.T) {
	cases := []struct {
		in   any
		want string
	}{
		{map[string]any{}, "{}"},
		{[]any{}, "[]"},
		{nil, "null"},
		{true, "true"},
		{-3, "-3"},
		{"a\"b\\c\n\r\t\b\f\x01\x7f/<>&", `"a\"b\\c\n\r\t\b\f\u0001\u007f/<>&"`},
		{"é☃😀", `"\u00e9\u2603\ud83d\ude00"`},
		{"bad \xff utf8", `"bad \ufffd utf8"`},
		{map[string]any{"b": 1, "_": 2, "B": []any{1, map[string]any{}}}, "{\n  \"B\": [\n    1,\n    {}\n  ],\n  \"_\": 2,\n  \"b\": 1\n}"},
	}
	for _, c := range cases {
		got, err := pyjson.Marshal(c.in)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != c.want {
			t.Errorf("Marshal(%#v) = %s, want %s", c.in, got, c.want)
		}
	}
	if _, err := pyjson.Marshal(1.5); err == nil {
		t.Error("float accepted")
	}
}
