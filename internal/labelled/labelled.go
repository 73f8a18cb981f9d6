// Package labelled scores krait on its labelled vulnerability suite
// (testdata/labelled): small handlers and scripts, each one vulnerable or
// safe for one category, scored the way the OWASP Benchmark scorecard does
// it — a file counts as flagged for its category when any finding carrying
// the category's CWE is reported anywhere in the file.
package labelled

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/kraitsec/krait/checks"
	_ "github.com/kraitsec/krait/checks/all" // every check, as cmd/krait runs them
	"github.com/kraitsec/krait/config"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/parser"
	"github.com/kraitsec/krait/scan"
	"github.com/kraitsec/krait/taint"
)

// Case is one labelled file.
type Case struct {
	File       string
	Category   string
	Vulnerable bool
	CWE        int
	Wants      map[int]string // line → expected rule id
}

var (
	labelLine = regexp.MustCompile(`^#\s*label:\s*(\S+)\s+(vulnerable|safe)\s+CWE-(\d+)\s*$`)
	wantLine  = regexp.MustCompile(`#\s*want:\s*([A-Z]+[0-9]+)`)
)

// LoadSuite reads every .py file under dir except the helper modules the
// cases import (directories named helpers). A file without a valid label
// header is an error: an unlabelled case would silently drop out of the
// score.
func LoadSuite(dir string) ([]Case, error) {
	var cases []Case
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "helpers" {
			return filepath.SkipDir // modules the cases import, not cases
		}
		if d.IsDir() || !strings.HasSuffix(path, ".py") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		c, err := parseCase(path, src)
		if err != nil {
			return err
		}
		cases = append(cases, c)
		return nil
	})
	sort.Slice(cases, func(i, j int) bool { return cases[i].File < cases[j].File })
	return cases, err
}

func parseCase(path string, src []byte) (Case, error) {
	c := Case{File: path, Wants: map[int]string{}}
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if n == 1 {
			m := labelLine.FindStringSubmatch(line)
			if m == nil {
				return c, fmt.Errorf("%s: first line must be `# label: <category> <vulnerable|safe> CWE-<n>`", path)
			}
			c.Category, c.Vulnerable = m[1], m[2] == "vulnerable"
			c.CWE, _ = strconv.Atoi(m[3])
			continue
		}
		if m := wantLine.FindStringSubmatch(line); m != nil {
			c.Wants[n] = m[1]
		}
	}
	if c.Vulnerable && len(c.Wants) == 0 {
		return c, fmt.Errorf("%s: vulnerable case without a `# want:` on its sink line", path)
	}
	if !c.Vulnerable && len(c.Wants) > 0 {
		return c, fmt.Errorf("%s: safe case with a `# want:`", path)
	}
	return c, sc.Err()
}

// Scan runs krait over dir as `krait scan --taint` does: every check that
// is on by default plus the whole-program taint analysis with the built-in
// models, # nosec honoured.
func Scan(dir string) ([]finding.Finding, []finding.FileError, error) {
	res, err := scan.Run(&scan.Options{
		Targets:      []string{dir},
		Include:      config.DefaultInclude,
		Analyzer:     &analyzer{checks: checks.Compile(&checks.Config{})},
		WholeProgram: taint.NewStage(taint.DefaultConfig()),
	})
	if err != nil {
		return nil, nil, err
	}
	return res.Findings, res.Errors, nil
}

// analyzer parses a file and runs the checks on it (cmd/krait's analyzer).
type analyzer struct{ checks *checks.Runner }

func (a *analyzer) Analyze(filename string, src []byte) (*scan.Analysis, error) {
	f, err := parser.Parse(filename, src)
	if err != nil {
		return nil, err
	}
	out := &scan.Analysis{Src: f.Src, Tree: &parser.File{Module: f.Module, Src: f.Src}}
	for _, c := range f.Comments {
		out.Comments = append(out.Comments, scan.Comment{Line: c.Line, Text: c.Text})
	}
	out.Findings = a.checks.RunModule(f.Module, f.Src, filename)
	return out, nil
}
