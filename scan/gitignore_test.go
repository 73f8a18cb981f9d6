package scan

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestGitignoreAgainstGit compares the files discovery keeps with what
// `git ls-files --others --exclude-standard` lists (untracked, not
// ignored) on a tree exercising the gitignore syntax.
func TestGitignoreAgainstGit(t *testing.T) {
	gitBin, err := exec.LookPath("git")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("git is needed as the oracle for .gitignore matching")
		}
		t.Skip("git not found")
	}
	dir := t.TempDir()
	files := map[string]string{
		".gitignore": strings.Join([]string{
			"# comment", "", "*.gen.py", "!keep.gen.py", "/rootonly.py", "build/", "docs/**/conf.py",
			"**/cache/*.py", "a/**/z.py", "tmp?.py", "[bc]ad.py", "trailing.py   ", `\#hash.py`,
			"nested/deep/", "/anchored/dir/", "*.PY", "logs", "!logs/important.py",
		}, "\n") + "\n",
		"sub/.gitignore":          "local.py\n/only_here.py\n!/rootonly.py\n",
		"app.py":                  "",
		"x.gen.py":                "",
		"keep.gen.py":             "",
		"pkg/y.gen.py":            "",
		"rootonly.py":             "",
		"sub/rootonly.py":         "",
		"sub/local.py":            "",
		"sub/deeper/local.py":     "",
		"sub/only_here.py":        "",
		"sub/deeper/only_here.py": "",
		"build/b.py":              "",
		"src/build/b.py":          "",
		"docs/conf.py":            "",
		"docs/a/b/conf.py":        "",
		"docs/other.py":           "",
		"x/cache/c.py":            "",
		"x/cache/sub/c.py":        "",
		"a/z.py":                  "",
		"a/b/c/z.py":              "",
		"tmp1.py":                 "",
		"tmp12.py":                "",
		"bad.py":                  "",
		"cad.py":                  "",
		"dad.py":                  "",
		"trailing.py":             "",
		"#hash.py":                "",
		"nested/deep/n.py":        "",
		"other/nested/deep/n.py":  "",
		"anchored/dir/d.py":       "",
		"x/anchored/dir/d.py":     "",
		"UPPER.PY":                "",
		"logs/important.py":       "",
		"logs/l.py":               "",
		"mylogs/m.py":             "",
	}
	writeFiles(t, dir, files)
	git := func(args ...string) string {
		cmd := exec.Command(gitBin, args...)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	git("init", "-q")
	var want []string
	for _, l := range strings.Split(strings.TrimSpace(git("ls-files", "--others", "--exclude-standard")), "\n") {
		if strings.HasSuffix(strings.ToLower(l), ".py") {
			want = append(want, "./"+l)
		}
	}
	chdir(t, dir)
	o := defaultOpts(".")
	o.Include = []string{"*.py", "*.PY"}
	got := names(discover(o))
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("discovery keeps\n %v\ngit keeps\n %v", got, want)
	}
	// The fixture must exercise both outcomes.
	if len(want) < 8 || len(want) > len(files)-12 {
		t.Errorf("fixture too weak: git keeps %d of %d files", len(want), len(files))
	}
	t.Logf("git and discovery keep %d of %d files", len(want), len(files)-2)
}
