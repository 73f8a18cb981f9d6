// Command banditparity compares krait's checks with a bandit JSON report
// (Debian's bandit 1.6.2) on the same files, and explains every
// difference from the catalogue's "Bandit 1.6.2 vs newest source" section.
//
//	bandit -r -f json -q DIR > report.json
//	go run ./internal/banditparity -report report.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/kraitsec/krait/checks"
	_ "github.com/kraitsec/krait/checks/all"
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/parser"
)

type banditReport struct {
	Errors []struct {
		Filename string `json:"filename"`
		Reason   string `json:"reason"`
	} `json:"errors"`
	Metrics map[string]json.RawMessage `json:"metrics"`
	Results []struct {
		Filename   string `json:"filename"`
		Line       int    `json:"line_number"`
		TestID     string `json:"test_id"`
		Severity   string `json:"issue_severity"`
		Confidence string `json:"issue_confidence"`
		Text       string `json:"issue_text"`
	} `json:"results"`
}

// key is what the comparison looks at.
type key struct {
	file      string
	line      int
	id        string
	sev, conf string
}

func (k key) String() string {
	return fmt.Sprintf("%s:%d %s(%s,%s)", k.file, k.line, k.id, k.sev, k.conf)
}

func main() {
	report := flag.String("report", "", "bandit 1.6.2 JSON report (bandit -r -f json -q DIR)")
	verbose := flag.Bool("v", false, "also list explained differences one by one")
	stderr := flag.String("bandit-log", "", "bandit's stderr, for its internal errors")
	only := flag.String("ids", "", "compare only these comma-separated ids (e.g. the Str checks with a report from bandit162_str_shim.py)")
	flag.Parse()
	if *report == "" {
		fmt.Fprintln(os.Stderr, "usage: banditparity -report bandit.json")
		os.Exit(2)
	}
	data, err := os.ReadFile(*report)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var rep banditReport
	if err := json.Unmarshal(data, &rep); err != nil {
		fmt.Fprintln(os.Stderr, "reading report:", err)
		os.Exit(2)
	}
	if *only != "" {
		set := map[string]bool{}
		for _, id := range strings.Split(*only, ",") {
			set[strings.TrimSpace(id)] = true
		}
		comparable = func(id string) bool { return set[id] }
		strShim = true
	}
	os.Exit(compare(&rep, readInternalErrors(*stderr), *verbose))
}

func compare(rep *banditReport, ierr internalErrors, verbose bool) int {
	skipped := map[string]bool{}
	for _, e := range rep.Errors {
		skipped[e.Filename] = true
	}
	var files []string
	for f := range rep.Metrics {
		if f != "_totals" && !skipped[f] {
			files = append(files, f)
		}
	}
	sort.Strings(files)

	bandit := map[key]int{}
	banditText := map[key]string{}
	for _, r := range rep.Results {
		if skipped[r.Filename] || !comparable(r.TestID) {
			continue
		}
		k := key{r.Filename, r.Line, r.TestID, r.Severity, r.Confidence}
		bandit[k]++
		banditText[k] = r.Text
	}

	runner := checks.Compile(&checks.Config{Enabled: func(id string) bool { return comparable(id) }})
	krait := map[key]int{}
	kraitText := map[key]string{}
	lines := map[string][]string{}
	mods := map[string]*ast.Module{}
	kraitCol := map[key]int{}
	var parseErrors []string
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			parseErrors = append(parseErrors, file+": "+err.Error())
			continue
		}
		f, err := parser.Parse(file, src)
		if err != nil {
			parseErrors = append(parseErrors, err.Error())
			continue
		}
		lines[file] = strings.Split(string(f.Src), "\n")
		mods[file] = f.Module
		nosec := nosecLines(f)
		r := runner
		if len(nosec) > 0 {
			r = runner.WithSkip(func(n ast.Node) bool {
				p, ok := n.(ast.Positioned)
				return ok && nosec[int(p.Position().Lineno)]
			})
		}
		for _, g := range r.RunModule(f.Module, f.Src, file) {
			k := key{g.Filename, g.Line, g.RuleID, g.Severity.String(), g.Confidence.String()}
			krait[k]++
			kraitText[k] = g.Message
			kraitCol[k] = g.Col
		}
	}

	agree, total := 0, 0
	type diff struct {
		k      key
		side   string
		text   string
		reason string
	}
	var diffs []diff
	keys := map[key]bool{}
	for k := range bandit {
		keys[k] = true
	}
	for k := range krait {
		keys[k] = true
	}
	perID := map[string][3]int{} // agree, bandit only, krait only
	for k := range keys {
		b, g := bandit[k], krait[k]
		m := min(b, g)
		agree += m
		total += max(b, g)
		c := perID[k.id]
		c[0] += m
		if b > g {
			c[1] += b - g
			for i := 0; i < b-g; i++ {
				diffs = append(diffs, diff{k, "bandit only", banditText[k], explainAny(k, "bandit", srcLine(lines, k), ierr, mods[k.file], -1, lines[k.file])})
			}
		}
		if g > b {
			c[2] += g - b
			for i := 0; i < g-b; i++ {
				diffs = append(diffs, diff{k, "krait only", kraitText[k], explainAny(k, "krait", srcLine(lines, k), ierr, mods[k.file], kraitCol[k], lines[k.file])})
			}
		}
		perID[k.id] = c
	}
	sort.Slice(diffs, func(i, j int) bool {
		a, b := diffs[i].k, diffs[j].k
		if a.file != b.file {
			return a.file < b.file
		}
		if a.line != b.line {
			return a.line < b.line
		}
		return a.id < b.id
	})

	fmt.Printf("files compared: %d (bandit could not parse %d; krait could not parse %d)\n", len(files), len(skipped), len(parseErrors))
	for _, e := range parseErrors {
		fmt.Printf("  krait parse error: %s\n", e)
	}
	fmt.Printf("findings compared (file, line, id, severity, confidence): %d\n", total)
	fmt.Printf("agreement: %d/%d (%.2f%%)\n", agree, total, pct(agree, total))
	fmt.Println("per id (agree / bandit only / krait only):")
	ids := make([]string, 0, len(perID))
	for id := range perID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		c := perID[id]
		fmt.Printf("  %s %6d %6d %6d\n", id, c[0], c[1], c[2])
	}
	unexplained := 0
	byReason := map[string]int{}
	for _, d := range diffs {
		byReason[d.reason]++
		if d.reason == "UNEXPLAINED" {
			unexplained++
		}
	}
	fmt.Printf("differences: %d (%d unexplained)\n", len(diffs), unexplained)
	fmt.Printf("agreement once explained differences are set aside: %d/%d (%.2f%%)\n",
		agree, agree+unexplained, pct(agree, agree+unexplained))
	reasons := make([]string, 0, len(byReason))
	for r := range byReason {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	for _, r := range reasons {
		fmt.Printf("  %5d  %s\n", byReason[r], r)
	}
	for _, d := range diffs {
		if verbose || d.reason == "UNEXPLAINED" {
			fmt.Printf("%s  [%s] %q  -- %s\n", d.k, d.side, d.text, d.reason)
		}
	}
	if strShim {
		return exitStatus(unexplained)
	}
	fmt.Printf("not compared: the Str checks B104, B105, B108, B608 (bandit 1.6.2 never runs them on Python >= 3.8) and the ids added since 1.6.2 (%s)\n",
		strings.Join(newSince162, ", "))
	return exitStatus(unexplained)
}

func exitStatus(unexplained int) int {
	if unexplained > 0 {
		return 1
	}
	return 0
}

func pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

// nosecLines are the lines whose comment contains "#nosec" or "# nosec",
// bandit 1.6.2's blanket-only rule.
func nosecLines(f *parser.File) map[int]bool {
	var out map[int]bool
	for _, c := range f.Comments {
		if strings.Contains(c.Text, "#nosec") || strings.Contains(c.Text, "# nosec") {
			if out == nil {
				out = map[int]bool{}
			}
			out[c.Line] = true
		}
	}
	return out
}

func explainAny(k key, side, src string, ierr internalErrors, mod *ast.Module, col int, file []string) string {
	if strShim && mod != nil {
		// a string may continue on the next lines (implicit concatenation)
		end := min(k.line+5, len(file))
		return explainStr(k, side, strings.Join(file[k.line-1:end], " "), strParents(mod, k.line, col))
	}
	return explain(k, side, src, ierr, file, mod)
}

func srcLine(lines map[string][]string, k key) string {
	l := lines[k.file]
	if k.line < 1 || k.line > len(l) {
		return ""
	}
	return l[k.line-1]
}
