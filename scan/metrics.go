package scan

import (
	"bytes"

	"github.com/kraitsec/krait/finding"
)

// Metrics are bandit's per-file counters. Severity and Confidence count the
// findings left after # nosec, indexed by finding.Level; they are not
// affected by -l/-i filters or the baseline.
type Metrics struct {
	LOC, Nosec, SkippedTests int
	Severity, Confidence     [4]int
}

func (m *Metrics) add(o *Metrics) {
	m.LOC += o.LOC
	m.Nosec += o.Nosec
	m.SkippedTests += o.SkippedTests
	for i := range m.Severity {
		m.Severity[i] += o.Severity[i]
		m.Confidence[i] += o.Confidence[i]
	}
}

func (m *Metrics) count(f *finding.Finding) {
	if int(f.Severity) < len(m.Severity) {
		m.Severity[f.Severity]++
	}
	if int(f.Confidence) < len(m.Confidence) {
		m.Confidence[f.Confidence]++
	}
}

// CountLOC is bandit's loc: lines (split like bytes.splitlines) that are
// not blank and do not start with "#" once stripped.
func CountLOC(src []byte) int {
	n := 0
	for len(src) > 0 {
		i := bytes.IndexAny(src, "\r\n")
		line := src
		if i >= 0 {
			line = src[:i]
			if src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			src = src[i+1:]
		} else {
			src = nil
		}
		line = bytes.TrimLeft(line, " \t\n\r\v\f")
		line = bytes.TrimRight(line, " \t\n\r\v\f")
		if len(line) > 0 && line[0] != '#' {
			n++
		}
	}
	return n
}
