package taint

import (
	"fmt"
	"sync"

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
	packers   sync.Pool // *flate.Writer
	// names interns the identifiers of trees parsed again, so values the
	// analysis keeps do not pin whole sources.
	names parser.Interner
	// scratches hold the token buffers of parses again (*parser.Scratch):
	// without them every parse allocates several times its source.
	scratches sync.Pool

	mu        sync.Mutex
	held      []*File // added files whose trees are still held, oldest first
	heldBytes int
}

// File is one file added to a Project.
type File struct {
	module *resolve.Module
	source *source
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
// which the analysis parses again when it needs the tree. The tree is kept
// only while the files added last fit the tree budget. Add is safe for
// concurrent use.
func (p *Project) Add(filename string, tree *ast.Module, src []byte) *File {
	f := p.collect(filename, tree, src)
	f.module.SetLoader(func() (*ast.Module, error) {
		text, err := f.source.text()
		if err != nil {
			return nil, err
		}
		sc, _ := p.scratches.Get().(*parser.Scratch)
		if sc == nil {
			sc = new(parser.Scratch)
		}
		defer p.scratches.Put(sc)
		return parser.ParseDecodedWith(filename, text, &p.names, sc)
	}, len(src))
	// Compressing and dropping trees happen outside the lock, so workers
	// adding files do not wait for one another.
	for _, old := range p.keep(f) {
		old.source = p.pack(old.source.plain)
		old.module.Detach()
	}
	return f
}

// keep holds the trees of the files added last within the tree budget (a
// small project is never parsed twice, nor its sources compressed) and
// returns the files that fall out of it, oldest first.
func (p *Project) keep(f *File) (evicted []*File) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.held = append(p.held, f)
	p.heldBytes += f.source.size
	budget := p.cfg.treeCache()
	for len(p.held) > 0 && p.heldBytes > budget {
		old := p.held[0]
		p.held = p.held[1:]
		p.heldBytes -= old.source.size
		evicted = append(evicted, old)
	}
	return evicted
}

// collect is Add keeping the tree for the whole analysis.
func (p *Project) collect(filename string, tree *ast.Module, src []byte) *File {
	return &File{module: p.collector.Collect(filename, tree), source: &source{plain: src, size: len(src)}}
}

// Analyze runs the analysis over the files added.
func (p *Project) Analyze(files []*File) ([]finding.Finding, []finding.FileError) {
	return p.analyzeFiles(files, false)
}

// analyzeOnce is Analyze for a caller that drops the files afterwards:
// their collected modules and sources are released before the collection
// that ends the analysis.
func (p *Project) analyzeOnce(files []*File) ([]finding.Finding, []finding.FileError) {
	return p.analyzeFiles(files, true)
}

func (p *Project) analyzeFiles(files []*File, release bool) (findings []finding.Finding, errs []finding.FileError) {
	for _, e := range p.modelErrs {
		errs = append(errs, finding.FileError{Filename: "<models>", Reason: e.Error()})
	}
	restore := tuneGC()
	found, aerrs := p.analyze(files)
	if release {
		for _, f := range files {
			if f != nil {
				f.module, f.source = nil, nil
			}
		}
	}
	restore()
	return found, append(errs, aerrs...)
}

// analyze holds the analyzer's state, which is garbage once it returns.
func (p *Project) analyze(files []*File) ([]finding.Finding, []finding.FileError) {
	a := newAnalyzer(p.cfg, p.models)
	mods := make([]*resolve.Module, 0, len(files))
	for _, f := range files {
		if f == nil {
			continue
		}
		mods = append(mods, f.module)
		a.src[f.module.Filename] = f.source
	}
	a.prog = p.collector.Link(mods)
	a.prog.OnLoadError(func(m *resolve.Module, err error) {
		a.errs = append(a.errs, finding.FileError{Filename: m.Filename,
			Reason: fmt.Sprintf("taint analysis could not parse the file again: %v", err)})
	})
	for _, m := range a.prog.Modules {
		a.byFile[m.Filename] = m
	}
	a.run()
	return a.collect(), a.errs
}
