// Command score runs krait over the labelled suite and prints the
// per-category table (TP, FN, FP, TN, precision, recall, Youden score) for
// both ways of counting (every rule; taint rules only for taint
// categories), and with -v the misclassified files and their findings.
//
//	go run ./internal/labelled/score [-v] [-floors] [-dir testdata/labelled]
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"

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
		printByBar(res)
		fmt.Println()
	}
}

var barName = regexp.MustCompile(`\bbar (\S+)`)

// printByBar groups the misclassified generated cases by the "bar"
// computation their second line names: one engine gap usually shows up
// as one bar failing in several categories.
func printByBar(res *labelled.Result) {
	count := map[string][]string{}
	add := func(kind, file string) {
		name := "(hand-written)"
		if fh, err := os.Open(file); err == nil {
			sc := bufio.NewScanner(fh)
			if sc.Scan() && sc.Scan() {
				if m := barName.FindStringSubmatch(sc.Text()); m != nil {
					name = m[1]
				}
			}
			fh.Close()
		}
		count[kind+" "+name] = append(count[kind+" "+name], strings.TrimSuffix(file[strings.LastIndex(file, "/")+1:], ".py"))
	}
	for _, c := range res.Misses {
		add("FN", c.File)
	}
	for f := range res.FalseAlarms {
		add("FP", f)
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(count[keys[i]]) != len(count[keys[j]]) {
			return len(count[keys[i]]) > len(count[keys[j]])
		}
		return keys[i] < keys[j]
	})
	fmt.Println("by bar:")
	for _, k := range keys {
		sort.Strings(count[k])
		fmt.Printf("  %-28s %2d  %s\n", k, len(count[k]), strings.Join(count[k], " "))
	}
}
