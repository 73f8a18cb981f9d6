package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// findPyFiles returns every .py file under the given roots (a root may
// also be a file), sorted and without duplicates. Symlinks to files are
// followed, symlinks to directories are not (as filepath.WalkDir does).
func findPyFiles(roots []string) ([]string, error) {
	seen := map[string]bool{}
	for _, root := range roots {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || !strings.HasSuffix(path, ".py") {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
					return nil
				}
			} else if !d.Type().IsRegular() {
				return nil
			}
			seen[path] = true
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	files := make([]string, 0, len(seen))
	for f := range seen {
		files = append(files, f)
	}
	sort.Strings(files)
	return files, nil
}
