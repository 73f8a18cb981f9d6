package lexer

import (
	"reflect"
	"strings"
	"testing"
)

// TestTokenizeWithReusesScratch tokenizes sources of growing and shrinking
// sizes (and some with errors) through one Scratch: each result must equal
// a fresh Tokenize's, and the memory must be reused once it is big enough.
func TestTokenizeWithReusesScratch(t *testing.T) {
	srcs := append([]string{}, fuzzSeeds...)
	srcs = append(srcs, strings.Repeat("def f(a, b):\n    return a + b  # sum\n", 200), "x = 1\n", "")
	var sc Scratch
	for round := 0; round < 2; round++ {
		for _, raw := range srcs {
			src, err := Decode("s.py", []byte(raw))
			if err != nil {
				continue
			}
			want, wantComments, wantErr := Tokenize("s.py", src)
			got, gotComments, gotErr := TokenizeWith("s.py", src, &sc)
			if !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
				t.Fatalf("%q: tokens differ:\n%s\nwant\n%s", raw, compact(src, got), compact(src, want))
			}
			if !reflect.DeepEqual(gotComments, wantComments) || !reflect.DeepEqual(gotErr, wantErr) {
				t.Fatalf("%q: comments or error differ: %v %v, want %v %v", raw, gotComments, gotErr, wantComments, wantErr)
			}
		}
	}
	// A source no bigger than the largest seen reuses the token array.
	src := []byte("x = 1\n")
	before := cap(sc.toks)
	toks, _, _ := TokenizeWith("s.py", src, &sc)
	if cap(sc.toks) != before || &toks[:1][0] != &sc.toks[:1][0] {
		t.Fatalf("a small source did not reuse the scratch token array")
	}
}

// A huge source's buffers are not kept by the Scratch.
func TestScratchDropsHugeBuffers(t *testing.T) {
	var sc Scratch
	TokenizeWith("s.py", []byte("x = 1\n"), &sc)
	huge := []byte(strings.Repeat("x\n", maxScratchTokens))
	toks, _, err := TokenizeWith("huge.py", huge, &sc)
	if err != nil || len(toks) <= maxScratchTokens {
		t.Fatalf("huge source: %d tokens, error %v", len(toks), err)
	}
	if cap(sc.toks) > maxScratchTokens {
		t.Errorf("the scratch kept a token array of %d after a huge source", cap(sc.toks))
	}
}
