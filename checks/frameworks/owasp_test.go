package frameworks_test

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	_ "github.com/kraitsec/krait/checks/all"
	"github.com/kraitsec/krait/finding"
	_ "github.com/kraitsec/krait/taint"
)

// TestOWASPTable: the README's OWASP Top 10 table has a row for each
// category A01–A10, every row names at least one rule, and every id it
// names is a registered, active rule.
func TestOWASPTable(t *testing.T) {
	src, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(src), "## OWASP Top 10 (2021) coverage")
	if !ok {
		t.Fatal("README has no OWASP Top 10 (2021) coverage section")
	}
	if i := strings.Index(section, "\n## "); i >= 0 {
		section = section[:i]
	}
	idRE := regexp.MustCompile(`\b[BKT]\d+\b`)
	rows := map[string][]string{}
	for _, line := range strings.Split(section, "\n") {
		if !strings.HasPrefix(line, "| A") {
			continue
		}
		cells := strings.Split(line, "|")
		cat := strings.Fields(cells[1])[0]
		rows[cat] = idRE.FindAllString(strings.Join(cells[3:], "|"), -1)
	}
	for i := 1; i <= 10; i++ {
		cat := fmt.Sprintf("A%02d", i)
		ids, ok := rows[cat]
		if !ok || len(ids) == 0 {
			t.Errorf("%s: no row or no rule", cat)
		}
		for _, id := range ids {
			if r := finding.LookupRule(id); r == nil || r.Retired {
				t.Errorf("%s: %s is not a registered active rule", cat, id)
			}
		}
	}
}
