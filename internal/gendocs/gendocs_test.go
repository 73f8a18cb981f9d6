package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kraitsec/krait/finding"
)

// TestDocsUpToDate fails when docs/rules differs from what the registry
// generates; run `go run ./internal/gendocs` to refresh it.
func TestDocsUpToDate(t *testing.T) {
	dir := filepath.Join("..", "..", "docs", "rules")
	pages := Pages()
	for name, want := range pages {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || string(got) != want {
			t.Errorf("docs/rules/%s is stale or missing; run: go run ./internal/gendocs", name)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if _, ok := pages[e.Name()]; !ok {
			t.Errorf("docs/rules/%s belongs to no rule; delete it", e.Name())
		}
	}
}

// Every krait rule's MoreInfo link must point at a page that exists.
func TestKraitLinksResolve(t *testing.T) {
	pages := Pages()
	const prefix = "https://github.com/kraitsec/krait/blob/main/docs/rules/"
	for _, r := range finding.Rules() {
		if !strings.HasPrefix(r.MoreInfo, prefix) {
			continue
		}
		if _, ok := pages[strings.TrimPrefix(r.MoreInfo, prefix)]; !ok {
			t.Errorf("%s links to %s, which gendocs does not write", r.ID, r.MoreInfo)
		}
	}
}
