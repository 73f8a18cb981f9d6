// Command survey runs the framework checks (K2xx–K4xx) over directories
// of Python files and prints, per rule, the number of findings and a few
// examples: the false-positive survey over real code.
//
//	go run ./checks/frameworks/internal/survey DIR...
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kraitsec/krait/checks"
	_ "github.com/kraitsec/krait/checks/all"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/parser"
)

func framework(id string) bool { return len(id) == 4 && id[0] == 'K' && id[1] >= '2' && id[1] <= '4' }

func main() {
	cfg := &checks.Config{Enabled: framework}
	byRule := map[string][]string{}
	files, parseErrs := 0, 0
	for _, root := range os.Args[1:] {
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
				return nil
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return nil
			}
			files++
			f, err := parser.Parse(path, src)
			if err != nil || f == nil {
				parseErrs++
				return nil
			}
			for _, g := range checks.Run(f, path, cfg) {
				byRule[g.RuleID] = append(byRule[g.RuleID], fmt.Sprintf("%s:%d: %s", path, g.Line, g.Message))
			}
			return nil
		})
	}
	fmt.Printf("%d files, %d not parsed\n", files, parseErrs)
	ids := make([]string, 0, len(byRule))
	for id := range byRule {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		r := finding.LookupRule(id)
		fmt.Printf("%s %s: %d\n", id, r.Name, len(byRule[id]))
		for _, s := range byRule[id] {
			fmt.Println("   ", s)
		}
	}
}
