package checks

import (
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/parser"
)

// Run runs every enabled check over one parsed file and returns the raw
// findings in walk order. filename is reported as given.
func Run(f *parser.File, filename string, cfg *Config) []finding.Finding {
	if f == nil || f.Module == nil {
		return nil
	}
	return Compile(cfg).RunModule(f.Module, f.Src, filename)
}
