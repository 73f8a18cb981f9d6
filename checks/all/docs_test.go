package all_test

import (
	"testing"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/parser"
)

// TestDocExamples: each rule's vulnerable example triggers the rule and its
// fixed example does not, so `krait explain` never shows a wrong example.
func TestDocExamples(t *testing.T) {
	runner := checks.Compile(&checks.Config{Enabled: mine})
	fires := func(id, src string) (bool, error) {
		f, err := parser.Parse(id+".py", []byte(src))
		if err != nil {
			return false, err
		}
		for _, g := range runner.RunModule(f.Module, f.Src, id+".py") {
			if g.RuleID == id {
				return true, nil
			}
		}
		return false, nil
	}
	for _, r := range finding.Rules() {
		if r.Retired || !mine(r.ID) {
			continue
		}
		if got, err := fires(r.ID, r.Doc.Bad); err != nil || !got {
			t.Errorf("%s: vulnerable example does not trigger it (err %v):\n%s", r.ID, err, r.Doc.Bad)
		}
		if got, err := fires(r.ID, r.Doc.Good); err != nil || got {
			t.Errorf("%s: fixed example triggers it (err %v):\n%s", r.ID, err, r.Doc.Good)
		}
	}
}
