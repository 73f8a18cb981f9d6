package config

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
)

// findBanditINI walks every target (any depth) for files named exactly
// ".bandit", as bandit does; it skips the default-excluded directories so a
// virtualenv or .git is not walked twice. More than one → error.
func findBanditINI(targets []string) (string, error) {
	var found []string
	for _, t := range targets {
		if t == "-" {
			continue
		}
		info, err := os.Stat(t)
		if err != nil || !info.IsDir() {
			continue
		}
		_ = filepath.WalkDir(t, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				if path != t && skipWhileSearching(d.Name()) {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Name() == ".bandit" {
				found = append(found, path)
			}
			return nil
		})
	}
	slices.Sort(found)
	found = slices.Compact(found)
	switch len(found) {
	case 0:
		return "", nil
	case 1:
		return found[0], nil
	}
	return "", errorf("", 0, "multiple .bandit files found (%s); name one with --ini", joinComma(found))
}

func skipWhileSearching(name string) bool {
	return slices.Contains(BanditExcludes, name) || slices.Contains(ExtraExcludeDirs, name) || name == "venv"
}

// findPyproject looks for a pyproject.toml with a [tool.krait] or
// [tool.bandit] table: first in the directory holding the targets, then in
// each parent, stopping after a directory that holds .git (the project
// root). It returns "" when there is none.
func findPyproject(targets []string) (string, error) {
	start, err := commonDir(targets)
	if err != nil {
		return "", nil
	}
	for dir := start; ; {
		candidate := filepath.Join(dir, "pyproject.toml")
		if data, err := os.ReadFile(candidate); err == nil && hasToolTable(data) {
			return candidate, nil
		}
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return "", nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// hasToolTable is a cheap pre-check before a full TOML parse.
func hasToolTable(data []byte) bool {
	for _, key := range []string{"tool.krait", "tool.bandit"} {
		if containsBytes(data, key) {
			return true
		}
	}
	return false
}

// commonDir is the deepest directory containing every target (absolute).
func commonDir(targets []string) (string, error) {
	var common string
	for _, t := range targets {
		if t == "-" {
			t = "."
		}
		abs, err := filepath.Abs(t)
		if err != nil {
			return "", err
		}
		if info, err := os.Stat(abs); err != nil || !info.IsDir() {
			abs = filepath.Dir(abs)
		}
		if common == "" {
			common = abs
			continue
		}
		for !within(common, abs) {
			common = filepath.Dir(common)
		}
	}
	if common == "" {
		return filepath.Abs(".")
	}
	return common, nil
}

func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !hasDotDotPrefix(rel)
}

func hasDotDotPrefix(rel string) bool {
	return len(rel) >= 3 && rel[:3] == ".."+string(filepath.Separator)
}
