// Package custom is bandit's --msg-template format: one line per finding
// from a Python str.format template with the fields abspath, relpath,
// line, col, end_col, test_id, severity, msg, confidence, range and cwe,
// plus krait's cell and cell_line for notebook findings.
package custom

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/report"
)

func init() { report.Register(Formatter{}) }

// DefaultTemplate is bandit's default --msg-template.
const DefaultTemplate = "{abspath}:{line}: {test_id}[bandit]: {severity}: {msg}"

// Formatter writes the custom format.
type Formatter struct{}

func (Formatter) Name() string          { return "custom" }
func (Formatter) AcceptsBaseline() bool { return true }

// tags are the known fields; the value is an int or a string.
var tags = map[string]func(f *finding.Finding) any{
	"abspath": func(f *finding.Finding) any {
		if abs, err := filepath.Abs(f.Filename); err == nil {
			return abs
		}
		return f.Filename
	},
	"relpath": func(f *finding.Finding) any {
		abs, err := filepath.Abs(f.Filename)
		if err != nil {
			return f.Filename
		}
		wd, err := os.Getwd()
		if err != nil {
			return f.Filename
		}
		if rel, err := filepath.Rel(wd, abs); err == nil {
			return rel
		}
		return abs
	},
	"line":       func(f *finding.Finding) any { return f.Line },
	"col":        func(f *finding.Finding) any { return f.Col },
	"end_col":    func(f *finding.Finding) any { return f.EndCol },
	"test_id":    func(f *finding.Finding) any { return f.RuleID },
	"severity":   func(f *finding.Finding) any { return f.Severity.String() },
	"msg":        func(f *finding.Finding) any { return f.Message },
	"confidence": func(f *finding.Finding) any { return f.Confidence.String() },
	"range":      func(f *finding.Finding) any { return report.PyList(report.LineRange(f)) },
	"cwe":        func(f *finding.Finding) any { return report.CWEString(f.CWE) },
	// krait's: a notebook finding's 1-based cell and line in the cell
	// (0 outside notebooks).
	"cell":      func(f *finding.Finding) any { return f.NotebookCell },
	"cell_line": func(f *finding.Finding) any { return f.NotebookLine },
}

// sample values of each type check a template's specs before the scan.
var samples = map[string]any{"line": 0, "col": 0, "end_col": 0, "cell": 0, "cell_line": 0}

// template is a checked template and the unknown fields in it.
type template struct {
	pieces  []piece
	unknown []string
}

func compile(tpl string) (*template, error) {
	if tpl == "" {
		tpl = DefaultTemplate
	}
	pieces, err := parseTemplate(tpl)
	if err != nil {
		return nil, fmt.Errorf("%w: Template is not in valid format: %v", report.ErrBadOptions, err)
	}
	t := &template{pieces: pieces}
	seen := map[string]bool{}
	for _, p := range pieces {
		if !p.hasField {
			continue
		}
		if _, known := tags[p.field]; !known {
			if !seen[p.field] {
				t.unknown = append(t.unknown, p.field)
			}
			seen[p.field] = true
			continue
		}
		seen[p.field] = true
		sample, ok := samples[p.field]
		if !ok {
			sample = ""
		}
		if _, err := formatValue(sample, p); err != nil {
			return nil, fmt.Errorf("%w: Template is not in valid format: %v", report.ErrBadOptions, err)
		}
	}
	if len(seen) == 0 {
		return nil, fmt.Errorf("%w: No tags were found in the template. Are you missing '{}'?", report.ErrBadOptions)
	}
	sort.Strings(t.unknown)
	return t, nil
}

// ValidateOptions checks the template so the CLI can exit 2 before scanning.
func (Formatter) ValidateOptions(opts report.Options) error {
	_, err := compile(opts.MsgTemplate)
	return err
}

// Write prints one line per finding. Unknown fields are warned about and
// printed as their bare name, as bandit does.
func (Formatter) Write(w io.Writer, run *report.Run, opts report.Options) error {
	t, err := compile(opts.MsgTemplate)
	if err != nil {
		return err
	}
	warnings := opts.Warnings
	if warnings == nil {
		warnings = os.Stderr
	}
	for _, tag := range t.unknown {
		fmt.Fprintf(warnings, "[custom]\tWARNING\tTag '%s' was not recognized and will be skipped, did you mean to use '%s'?\n",
			tag, similarTag(tag))
	}
	b := bufio.NewWriter(w)
	for i := range run.Findings {
		f := &run.Findings[i]
		for _, p := range t.pieces {
			b.WriteString(p.literal)
			if !p.hasField {
				continue
			}
			value, known := tags[p.field]
			if !known {
				b.WriteString(p.field)
				continue
			}
			s, err := formatValue(value(f), p)
			if err != nil {
				return fmt.Errorf("%w: %v", report.ErrBadOptions, err)
			}
			b.WriteString(s)
		}
		b.WriteByte('\n')
	}
	return b.Flush()
}

func formatValue(v any, p piece) (string, error) {
	if p.conv != "" {
		s := fmt.Sprint(v)
		if _, isStr := v.(string); isStr && p.conv != "s" {
			s = pyRepr(s, p.conv == "a")
		}
		v = s
	}
	switch x := v.(type) {
	case int:
		return formatInt(x, p.spec)
	case string:
		return formatStr(x, p.spec)
	}
	return "", errors.New("unsupported value")
}

// similarTag is bandit's suggestion: the known tag sharing the most
// distinct characters, ties going to the alphabetically last.
func similarTag(tag string) string {
	chars := func(s string) map[rune]bool {
		m := map[rune]bool{}
		for _, r := range s {
			m[r] = true
		}
		return m
	}
	want := chars(tag)
	best, bestScore := "", -1
	names := make([]string, 0, len(tags))
	for name := range tags {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		score := 0
		for r := range chars(name) {
			if want[r] {
				score++
			}
		}
		if score >= bestScore {
			best, bestScore = name, score
		}
	}
	return best
}
