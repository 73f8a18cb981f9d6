package main

import (
	"github.com/kraitsec/krait/config"
	"github.com/kraitsec/krait/scan"
)

// wholeProgram returns the taint stage for scan.Options.WholeProgram, or
// nil while it is off. The taint package wires itself in here: it gets
// every parsed file (scan.Parsed.Tree is a *parser.File), the extra model
// files from [tool.krait] models (opts.Models), and the rule selection.
func wholeProgram(opts *config.Options, sel *config.Selection) scan.WholeProgram {
	_, _ = opts, sel
	return nil
}
