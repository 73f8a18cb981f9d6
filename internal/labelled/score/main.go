// Command score runs krait over the labelled suite and prints the
// per-category table (TP, FN, FP, TN, precision, recall, Youden score) for
// both ways of counting (every rule; taint rules only for taint
// categories), and with -v the misclassified files and their findings.
//
//	go run ./internal/labelled/score [-v] [-floors] [-dir testdata/labelled]
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"

	"github.com/kraitsec/krait/internal/labelled"
)

func main() {
	dir := flag.String("dir", "testdata/labelled", "suite directory")
	verbose := flag.Bool("v", false, "list misclassified files")
	floors := flag.Bool("floors", false, "print the taint-only figures as labelled_test.go's floors map")
	flag.Parse()
	cases, err := labelled.LoadSuite(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	found, errs, err := labelled.Scan(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	for _, e := range errs {
		fmt.Fprintf(os.Stderr, "error: %s: %s\n", e.Filename, e.Reason)
	}
	if *floors {
		res := labelled.Evaluate(cases, found, labelled.TaintOnly)
		fmt.Println("var floors = map[string]floor{")
		for _, row := range res.Rows {
			fmt.Printf("\t%-18s {%d, %d},\n", fmt.Sprintf("%q:", row.Category), row.TP, row.FP)
		}
		fmt.Printf("}\n\n// %d cases, average score %.3f\n", len(cases), res.AverageScore())
		return
	}
	for _, m := range []struct {
		name string
		mode labelled.Mode
	}{{"every rule counts", labelled.AllRules}, {"taint categories: taint rules only", labelled.TaintOnly}} {
		res := labelled.Evaluate(cases, found, m.mode)
		fmt.Printf("== %s (%d cases)\n%s\n", m.name, len(cases), res.Format())
		if !*verbose {
			continue
		}
		for _, c := range res.Misses {
			fmt.Printf("FN %s\n", c.File)
		}
		var files []string
		for f := range res.FalseAlarms {
			files = append(files, f)
		}
		sort.Strings(files)
		for _, f := range files {
			for _, x := range res.FalseAlarms[f] {
				fmt.Printf("FP %s:%d %s %s\n", f, x.Line, x.RuleID, x.Message)
			}
		}
		fmt.Println()
	}
}
