package taint

import (
	"fmt"
	"sync"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/parser"
)

// Stage runs the analysis as a scanner's whole-program stage (it has the
// methods of scan.WholeProgram): files are collected as the workers parse
// them, their trees freed, and the analysis runs once all are in.
type Stage struct {
	cfg     *Config
	project *Project
	mu      sync.Mutex
	errs    []finding.FileError // files Add could not collect
}

// NewStage makes a stage with this configuration (nil = DefaultConfig).
func NewStage(cfg *Config) *Stage {
	if cfg == nil {
		cfg = DefaultConfig()
	}
	return &Stage{cfg: cfg}
}

// Start prepares the project: filenames decide module and package names.
func (s *Stage) Start(filenames []string) {
	s.project = NewProject(filenames, s.cfg)
}

// Add collects one parsed file (a *parser.File); it is safe for concurrent use.
func (s *Stage) Add(filename string, tree any) (kept any) {
	f, ok := tree.(*parser.File)
	if !ok || f == nil || f.Module == nil || s.project == nil {
		return nil
	}
	defer func() {
		// A bug here must cost the file's taint analysis, not its checks.
		if r := recover(); r != nil {
			s.mu.Lock()
			s.errs = append(s.errs, finding.FileError{Filename: filename, Reason: fmt.Sprintf("taint analysis could not collect the file: %v", r)})
			s.mu.Unlock()
			kept = nil
		}
	}()
	return s.project.Add(filename, f.Module, f.Src)
}

// Run analyses the files Add returned.
func (s *Stage) Run(kept []any) (findings []finding.Finding, errs []finding.FileError) {
	if s.project == nil {
		s.Start(nil)
	}
	files := make([]*File, 0, len(kept))
	for _, k := range kept {
		if f, ok := k.(*File); ok && f != nil {
			files = append(files, f)
		}
	}
	// The collected files are not needed afterwards: let them go before
	// the analysis's garbage is collected (the scanner keeps kept).
	project := s.project
	s.project = nil
	findings, errs = project.analyzeOnce(files)
	return findings, append(s.errs, errs...)
}
