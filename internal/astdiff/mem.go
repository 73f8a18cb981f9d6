package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"syscall"
	"time"
)

// measureMemory parses every file with krait, one at a time, dropping each
// tree before the next, and prints the peak resident set size (VmHWM) and
// the throughput: the figures for "memory stays bounded".
func measureMemory(files []string, parse parseFunc, w io.Writer) int {
	var total int64
	rejected := 0
	start := time.Now()
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(w, "UNREADABLE %s: %v\n", path, err)
			continue
		}
		total += int64(len(src))
		if !parseOnly(parse, path, src) {
			rejected++
		}
	}
	took := time.Since(start)
	cpu := cpuTime()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	hwm, err := peakRSS()
	if err != nil {
		fmt.Fprintln(w, "astdiff -mem:", err)
		return 2
	}
	mb := float64(total) / (1 << 20)
	// Both wall-clock and CPU rates: on a shared machine the CPU one is
	// the parser's own speed.
	fmt.Fprintf(w, "astdiff -mem: %d files, %.1f MB, %d rejected by krait, %.2fs wall (%.1f MB/s), %.2fs CPU (%.1f MB/s), peak RSS %s, Go heap in use at end %.1f MB\n",
		len(files), mb, rejected, took.Seconds(), mb/took.Seconds(), cpu.Seconds(), mb/max(cpu.Seconds(), 1e-9), hwm, float64(ms.HeapInuse)/(1<<20))
	return 0
}

// parseOnly parses without dumping (the dump would dwarf the tree) and
// reports whether krait accepted the file; a panic counts as a rejection.
func parseOnly(parse parseFunc, path string, src []byte) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	mod, err := parse(path, src)
	return err == nil && mod != nil
}

// cpuTime is the user plus system time the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakRSS reads VmHWM (the resident set's high-water mark) from
// /proc/self/status.
func peakRSS() (string, error) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return "", err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			return strings.TrimSpace(v), nil
		}
	}
	return "", fmt.Errorf("no VmHWM in /proc/self/status")
}
