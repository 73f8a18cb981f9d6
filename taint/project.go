package taint

import (
	"fmt"

	"github.com/kraitsec/krait/analysis/resolve"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/parser"
	"github.com/kraitsec/krait/taint/models"
)

// Project is the taint analysis of a project whose files are added one at
// a time as they are parsed (from several goroutines if wanted). Add keeps
// what the analysis needs of a file but not its tree: the analysis parses
// the file's source again when it reaches one of its functions, and keeps
// at most Config.TreeCache bytes of such sources' trees at once, so memory
// does not grow with every tree of the project.
type Project struct {
	cfg       *Config
	models    *models.Set
	modelErrs []error
	collector *resolve.Collector
}

// File is one file added to a Project.
type File struct {
	module *resolve.Module
	src    []byte
}

// NewProject prepares the analysis of a project made of these files (the
// names decide module and package names).
func NewProject(filenames []string, cfg *Config) *Project {
	if cfg == nil {
		cfg = DefaultConfig()
	}
	ms, errs := models.Load(cfg.ExtraModels)
	return &Project{cfg: cfg, models: ms, modelErrs: errs,
		collector: resolve.NewCollector(filenames, resolve.Options{Watch: watchedNames(ms)})}
}

// Add collects a parsed file; src is its decoded source (parser.File.Src),
// which the analysis parses again when it needs the tree. The tree is not
// kept. Add is safe for concurrent use.
func (p *Project) Add(filename string, tree *ast.Module, src []byte) *File {
	f := p.collect(filename, tree, src)
	f.module.Detach(func() (*ast.Module, error) { return parser.ParseDecoded(filename, src) }, len(src))
	return f
}

// collect is Add keeping the tree for the whole analysis.
func (p *Project) collect(filename string, tree *ast.Module, src []byte) *File {
	return &File{module: p.collector.Collect(filename, tree), src: src}
}

// Analyze runs the analysis over the files added.
func (p *Project) Analyze(files []*File) (findings []finding.Finding, errs []finding.FileError) {
	for _, e := range p.modelErrs {
		errs = append(errs, finding.FileError{Filename: "<models>", Reason: e.Error()})
	}
	a := newAnalyzer(p.cfg, p.models)
	mods := make([]*resolve.Module, 0, len(files))
	for _, f := range files {
		if f == nil {
			continue
		}
		mods = append(mods, f.module)
		a.src[f.module.Filename] = f.src
	}
	defer tuneGC()()
	a.prog = p.collector.Link(mods)
	a.prog.OnLoadError(func(m *resolve.Module, err error) {
		a.errs = append(a.errs, finding.FileError{Filename: m.Filename,
			Reason: fmt.Sprintf("taint analysis could not parse the file again: %v", err)})
	})
	for _, m := range a.prog.Modules {
		a.byFile[m.Filename] = m
	}
	a.run()
	errs = append(errs, a.errs...)
	return a.collect(), errs
}
