package lexer

import (
	"errors"
	"strings"
	"testing"
)

// TestSourceSizeLimit checks that a source longer than the limit is
// rejected with a SyntaxError rather than tokenized with wrapped-around
// int32 positions; the real limit (2 GiB) is exercised through a small one.
func TestSourceSizeLimit(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		limit   int
		wantErr bool
	}{
		{"under", "x = 1\n", 6, false},
		{"over", "x = 1\n", 5, true},
		{"over without final newline", "x = 1", 4, true},
		{"crlf translated before the check", "x = 1\r\n", 6, false},
	}
	for _, tc := range tests {
		toks, _, err := tokenize("big.py", []byte(tc.src), tc.limit, nil)
		if !tc.wantErr {
			if err != nil || len(toks) == 0 {
				t.Errorf("%s: got %d tokens, error %v; want tokens", tc.name, len(toks), err)
			}
			continue
		}
		var se *SyntaxError
		if !errors.As(err, &se) || !strings.Contains(se.Msg, "too large") || se.Filename != "big.py" {
			t.Errorf("%s: got error %v, want a SyntaxError saying the source is too large", tc.name, err)
		}
		if len(toks) != 0 {
			t.Errorf("%s: got %d tokens with the error, want none", tc.name, len(toks))
		}
	}
	if maxSourceSize+2 > 1<<31-1 {
		t.Errorf("maxSourceSize %d leaves no room for the appended newline and sentinel in int32 offsets", maxSourceSize)
	}
}
