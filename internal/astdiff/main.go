// Command astdiff checks krait's Python parser against CPython 3.13: it
// parses every .py file under the given directories with both, compares
// ast.dump(tree, include_attributes=True, show_empty=True) with krait's
// ast.Dump byte for byte, lists every disagreement and exits 1 if any.
//
//	go run ./internal/astdiff [-j N] [-python PATH] DIR...
//	go run ./internal/astdiff -mem DIR...   # krait only: peak RSS and MB/s
//
// python3.13 runs as -j long-lived processes reading file paths on stdin;
// each Go worker feeds one of them and parses the same file with krait
// meanwhile, so both sides use every core.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, kraitParse))
}

// run is main without the process exit, for tests.
func run(args []string, stdout, stderr io.Writer, parse parseFunc) int {
	fl := flag.NewFlagSet("astdiff", flag.ContinueOnError)
	fl.SetOutput(stderr)
	jobs := fl.Int("j", runtime.NumCPU(), "python3.13 processes and Go workers running at once")
	python := fl.String("python", "", "python3.13 interpreter (default: newest ~/.pyenv/versions/3.13*/bin/python3.13)")
	mem := fl.Bool("mem", false, "parse with krait only, one file at a time, and print peak RSS and MB/s")
	verbose := fl.Bool("v", false, "also list the files both reject, with both messages")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: astdiff [-j N] [-python PATH] [-v] [-mem] DIR...")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() == 0 {
		fl.Usage()
		return 2
	}
	files, err := findPyFiles(fl.Args())
	if err != nil {
		fmt.Fprintln(stderr, "astdiff:", err)
		return 2
	}
	if *mem {
		return measureMemory(files, parse, stdout)
	}
	if *python == "" {
		if *python, err = findPython(); err != nil {
			fmt.Fprintln(stderr, "astdiff:", err)
			return 2
		}
	}
	start := time.Now()
	results, err := compareAll(files, max(1, *jobs), *python, parse)
	if err != nil {
		fmt.Fprintln(stderr, "astdiff:", err)
		return 2
	}
	if report(stdout, results, *python, time.Since(start), *verbose) {
		return 1
	}
	return 0
}

// compareAll runs python3.13 and krait on every file with n workers and
// returns one result per file, in the files' order.
func compareAll(files []string, n int, python string, parse parseFunc) ([]fileResult, error) {
	results := make([]fileResult, len(files))
	next := make(chan int)
	errs := make(chan error, n)
	var wg sync.WaitGroup
	for range min(n, max(1, len(files))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- worker(python, parse, files, next, results)
		}()
	}
	go func() {
		for i := range files {
			next <- i
		}
		close(next)
	}()
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			// Drain so the feeder goroutine can finish.
			for range next {
			}
			return nil, err
		}
	}
	return results, nil
}

// worker owns one python3.13 process. It sends the path, parses the same
// file with krait while python works, then compares. A python process that
// dies on a file (a crash in the interpreter) counts as python rejecting
// that file and is restarted.
func worker(python string, parse parseFunc, files []string, next <-chan int, results []fileResult) error {
	o, err := startOracle(python)
	if err != nil {
		return err
	}
	defer func() { o.close() }()
	for i := range next {
		path := files[i]
		if err := o.send(path); err != nil {
			return fmt.Errorf("python oracle: %w", err)
		}
		src, readErr := os.ReadFile(path)
		var kr outcome
		if readErr == nil {
			kr = kraitOutcome(parse, path, src)
		}
		py, err := o.recv()
		if err != nil {
			o.close()
			if o, err = startOracle(python); err != nil {
				return err
			}
			py = outcome{err: "python3.13 crashed on this file", reject: true}
		}
		if readErr != nil {
			results[i] = fileResult{path: path, v: unreadable, detail: readErr.Error()}
			continue
		}
		results[i] = judge(path, py, kr)
	}
	return nil
}

// report prints the disagreements and the summary, and says whether there
// was any disagreement.
func report(w io.Writer, results []fileResult, python string, took time.Duration, verbose bool) bool {
	var count [unreadable + 1]int
	for _, r := range results {
		count[r.v]++
		switch r.v {
		case differ:
			fmt.Fprintf(w, "DIFFER %s %s\n", r.path, r.detail)
		case onlyPython:
			fmt.Fprintf(w, "ONLY PYTHON REJECTS %s: %s\n", r.path, r.detail)
		case onlyKrait:
			fmt.Fprintf(w, "ONLY KRAIT REJECTS %s: %s\n", r.path, r.detail)
		case bothReject:
			if verbose {
				fmt.Fprintf(w, "BOTH REJECT %s: %s\n", r.path, r.detail)
			}
		case unreadable:
			fmt.Fprintf(w, "UNREADABLE %s: %s\n", r.path, r.detail)
		}
	}
	agree := count[same] + count[bothReject]
	fmt.Fprintf(w, "astdiff: %d files, %d agree (%d same tree, %d both reject), %d differ, %d only python rejects, %d only krait rejects",
		len(results), agree, count[same], count[bothReject], count[differ], count[onlyPython], count[onlyKrait])
	if count[unreadable] > 0 {
		fmt.Fprintf(w, ", %d unreadable", count[unreadable])
	}
	fmt.Fprintf(w, " [%s, %.1fs]\n", python, took.Seconds())
	return agree != len(results)
}
