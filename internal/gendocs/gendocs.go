// Command gendocs writes docs/rules/<id>.md for every krait rule (K… and
// T… ids) and docs/rules/README.md indexing all rules, from the rule
// registry, so the MoreInfo links krait rules carry resolve to real pages.
// Bandit's own ids link to bandit's documentation instead.
//
//	go run ./internal/gendocs            # rewrite docs/rules
//	go test ./internal/gendocs            # fails when docs/rules is stale
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	dir := "docs/rules"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	pages := Pages()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "gendocs:", err)
		os.Exit(1)
	}
	for name, text := range pages {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gendocs:", err)
			os.Exit(1)
		}
	}
	fmt.Printf("gendocs: wrote %d pages to %s\n", len(pages), dir)
}
