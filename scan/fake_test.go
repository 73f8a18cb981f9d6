package scan

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/lexer"
)

// fakeAnalyzer stands in for the parser and checks: a line with
// "flag(B602)" yields a B602 finding there, "span(3,5)" on that line sets
// its line range, "sev(LOW)"/"conf(HIGH)" its levels, and a line holding
// "SYNTAX ERROR" fails to parse. Comments are everything from "#".
type fakeAnalyzer struct{}

var (
	fakeFlag = regexp.MustCompile(`flag\((\w+)\)`)
	fakeSpan = regexp.MustCompile(`span\((\d+),(\d+)\)`)
	fakeSev  = regexp.MustCompile(`sev\((\w+)\)`)
	fakeConf = regexp.MustCompile(`conf\((\w+)\)`)
)

func (fakeAnalyzer) Analyze(filename string, src []byte) (*Analysis, error) {
	a := &Analysis{Src: src, Tree: filename}
	for i, line := range strings.Split(string(src), "\n") {
		n := i + 1
		if strings.Contains(line, "SYNTAX ERROR") {
			return nil, &lexer.SyntaxError{Filename: filename, Line: n, Col: 1, Msg: "invalid syntax", Kind: "SyntaxError"}
		}
		if j := strings.IndexByte(line, '#'); j >= 0 {
			a.Comments = append(a.Comments, Comment{Line: n, Text: line[j:]})
		}
		for _, m := range fakeFlag.FindAllStringSubmatch(line, -1) {
			f := finding.Finding{RuleID: m[1], RuleName: "rule_" + m[1], Severity: finding.High, Confidence: finding.High,
				Message: "fake " + m[1], Filename: filename, Line: n, LineRange: []int{n}}
			if s := fakeSpan.FindStringSubmatch(line); s != nil {
				lo, _ := strconv.Atoi(s[1])
				hi, _ := strconv.Atoi(s[2])
				f.LineRange = nil
				for l := lo; l <= hi; l++ {
					f.LineRange = append(f.LineRange, l)
				}
			}
			if s := fakeSev.FindStringSubmatch(line); s != nil {
				f.Severity, _ = finding.ParseLevel(s[1])
			}
			if s := fakeConf.FindStringSubmatch(line); s != nil {
				f.Confidence, _ = finding.ParseLevel(s[1])
			}
			a.Findings = append(a.Findings, f)
		}
	}
	return a, nil
}

// fakeResolver knows B602 (subprocess_popen_with_shell_equals_true),
// B101 (assert_used) and the blacklist names pickle → B301, eval → B307.
func fakeResolver(w string) []string {
	switch w {
	case "B602", "subprocess_popen_with_shell_equals_true":
		return []string{"B602"}
	case "B101", "assert_used":
		return []string{"B101"}
	case "B301", "pickle":
		return []string{"B301"}
	case "B307", "eval":
		return []string{"B307"}
	case "blacklist":
		return []string{"B301", "B307"}
	}
	return nil
}
