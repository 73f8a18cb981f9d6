package lexer

import (
	"os"
	"testing"
)

// BenchmarkTokenizeStdlib tokenizes every .py file of python3.13's
// standard library, already decoded and in memory.
func BenchmarkTokenizeStdlib(b *testing.B) {
	py := python313(b)
	var srcs [][]byte
	total := 0
	for _, f := range stdlibFiles(b, py) {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		src, err := Decode(f, raw)
		if err != nil {
			continue
		}
		srcs = append(srcs, src)
		total += len(src)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			Tokenize("bench.py", src)
		}
	}
}

// BenchmarkDecodeStdlib measures Decode alone on the raw files.
func BenchmarkDecodeStdlib(b *testing.B) {
	py := python313(b)
	var raws [][]byte
	total := 0
	for _, f := range stdlibFiles(b, py) {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		raws = append(raws, raw)
		total += len(raw)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, raw := range raws {
			Decode("bench.py", raw)
		}
	}
}
