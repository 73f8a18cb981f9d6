// Command score runs krait over the held-out taint suite and prints, per
// category, TP/FN/FP/TN, precision, recall and TPR−FPR, counting (a) taint
// rules only and (b) every finding whose CWE matches the category. With -v
// it lists each miss and false alarm with the findings involved.
//
// Each top-level .py file of the suite is one case; each top-level
// directory is one multi-file case whose label sits in one of its files.
// Cases are scanned one at a time so that helper names in one case cannot
// feed the whole-program analysis of another.
//
//	go run ./internal/heldout/score [-v] [-dir testdata/heldout]
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/internal/labelled"
)

// heldoutCase is one labelled unit of the suite.
type heldoutCase struct {
	Target     string // file or directory handed to the scan
	Category   string
	Vulnerable bool
	CWE        int
	Wants      []string // "file:line Tnnn" from # want: comments
}

var (
	labelRe = regexp.MustCompile(`^#\s*label:\s*(\S+)\s+(vulnerable|safe)\s+CWE-(\d+)\s*$`)
	wantRe  = regexp.MustCompile(`#\s*want:\s*(T\d+)`)
)

func main() {
	dir := flag.String("dir", "testdata/heldout", "suite directory")
	verbose := flag.Bool("v", false, "list misses and false alarms")
	flag.Parse()
	cases, err := loadCases(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	found := make(map[string][]finding.Finding, len(cases))
	for _, c := range cases {
		fs, errs, err := labelled.Scan(c.Target)
		if err != nil {
			fmt.Fprintf(os.Stderr, "scan %s: %v\n", c.Target, err)
			os.Exit(2)
		}
		for _, e := range errs {
			fmt.Fprintf(os.Stderr, "error: %s: %s\n", e.Filename, e.Reason)
		}
		found[c.Target] = fs
	}
	modes := []struct {
		name  string
		match func(f finding.Finding, cwe int) bool
	}{
		{"(a) taint rules only", func(f finding.Finding, cwe int) bool {
			return strings.HasPrefix(f.RuleID, "T") && f.CWE == cwe
		}},
		{"(b) every finding whose CWE matches", func(f finding.Finding, cwe int) bool {
			return f.CWE == cwe
		}},
	}
	for _, m := range modes {
		fmt.Printf("== %s (%d cases)\n", m.name, len(cases))
		evaluate(cases, found, m.match, *verbose)
		fmt.Println()
	}
}

// loadCases reads the label and want comments of every case under dir.
func loadCases(dir string) ([]heldoutCase, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []heldoutCase
	for _, e := range entries {
		target := filepath.Join(dir, e.Name())
		if !e.IsDir() && !strings.HasSuffix(e.Name(), ".py") {
			continue
		}
		c := heldoutCase{Target: target}
		labelled := false
		err := filepath.WalkDir(target, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
				return err
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for i, line := range strings.Split(string(src), "\n") {
				if m := labelRe.FindStringSubmatch(strings.TrimSpace(line)); m != nil && i == 0 {
					if labelled {
						return fmt.Errorf("%s: second label in one case", path)
					}
					labelled = true
					c.Category, c.Vulnerable = m[1], m[2] == "vulnerable"
					c.CWE, _ = strconv.Atoi(m[3])
				}
				if m := wantRe.FindStringSubmatch(line); m != nil {
					c.Wants = append(c.Wants, fmt.Sprintf("%s:%d %s", path, i+1, m[1]))
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if !labelled {
			return nil, fmt.Errorf("%s: no '# label:' first line", target)
		}
		if c.Vulnerable != (len(c.Wants) > 0) {
			return nil, fmt.Errorf("%s: vulnerable cases need a # want:, safe ones none", target)
		}
		out = append(out, c)
	}
	return out, nil
}

// row is one category's confusion counts.
type row struct{ TP, FN, FP, TN int }

func (r row) precision() float64 { return ratio(r.TP, r.TP+r.FP) }
func (r row) recall() float64    { return ratio(r.TP, r.TP+r.FN) }
func (r row) youden() float64    { return r.recall() - ratio(r.FP, r.FP+r.TN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// evaluate classifies each case (flagged = some matching finding anywhere
// in the case) and prints the table, then with verbose the mistakes.
func evaluate(cases []heldoutCase, found map[string][]finding.Finding, match func(finding.Finding, int) bool, verbose bool) {
	rows := map[string]*row{}
	var mistakes []string
	for _, c := range cases {
		var hits []finding.Finding
		for _, f := range found[c.Target] {
			if match(f, c.CWE) {
				hits = append(hits, f)
			}
		}
		r := rows[c.Category]
		if r == nil {
			r = &row{}
			rows[c.Category] = r
		}
		switch {
		case c.Vulnerable && len(hits) > 0:
			r.TP++
			if !hitsWantLine(c, hits) {
				mistakes = append(mistakes, fmt.Sprintf("TP off the want line %s: %s:%d", c.Target, hits[0].Filename, hits[0].Line))
			}
		case c.Vulnerable:
			r.FN++
			mistakes = append(mistakes, fmt.Sprintf("FN %s (want %s)", c.Target, strings.Join(c.Wants, ", ")))
		case len(hits) > 0:
			r.FP++
			for _, f := range hits {
				mistakes = append(mistakes, fmt.Sprintf("FP %s:%d %s %s", f.Filename, f.Line, f.RuleID, f.Message))
			}
		default:
			r.TN++
		}
	}
	names := make([]string, 0, len(rows))
	for n := range rows {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Printf("%-10s %4s %4s %4s %4s %9s %7s %8s\n", "category", "TP", "FN", "FP", "TN", "precision", "recall", "TPR-FPR")
	var total row
	for _, n := range names {
		r := *rows[n]
		printRow(n, r)
		total.TP += r.TP
		total.FN += r.FN
		total.FP += r.FP
		total.TN += r.TN
	}
	printRow("total", total)
	if verbose {
		for _, m := range mistakes {
			fmt.Println(m)
		}
	}
}

// hitsWantLine reports whether some finding sits on a # want: line, so a
// case flagged only by an unrelated finding elsewhere is visible with -v.
func hitsWantLine(c heldoutCase, hits []finding.Finding) bool {
	for _, f := range hits {
		at := fmt.Sprintf("%s:%d ", filepath.Clean(f.Filename), f.Line)
		for _, w := range c.Wants {
			if strings.HasPrefix(w, at) {
				return true
			}
		}
	}
	return false
}

func printRow(name string, r row) {
	fmt.Printf("%-10s %4d %4d %4d %4d %9.2f %7.2f %8.2f\n", name, r.TP, r.FN, r.FP, r.TN, r.precision(), r.recall(), r.youden())
}
