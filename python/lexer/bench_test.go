package lexer

import (
	"os"
	"syscall"
	"testing"
	"time"
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
	cpu0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			Tokenize("bench.py", src)
		}
	}
	// The machine is shared: throughput per CPU second is steadier than
	// wall-clock MB/s (it includes the garbage collector's threads).
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/1e6/cpu, "MB/cpu-s")
	}
}

// cpuSeconds is the process's user+system CPU time.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
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
