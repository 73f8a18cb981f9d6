package main

import (
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/kraitsec/krait/config"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/parser"
	"github.com/kraitsec/krait/scan"
	"github.com/kraitsec/krait/taint"
	"github.com/kraitsec/krait/taint/models"
)

// wholeProgram returns the taint stage for scan.Options.WholeProgram, or
// nil when it is off (--no-taint, [tool.krait] taint = false, or no taint
// rule selected). It gets every parsed file and the extra model files
// named in [tool.krait] models. While it runs, every parsed tree is kept in
// memory.
func wholeProgram(opts *config.Options, sel *config.Selection) (scan.WholeProgram, error) {
	if !opts.Taint {
		return nil, nil
	}
	on := false
	for _, r := range finding.Rules() {
		if strings.HasPrefix(r.ID, "T") && sel.Enabled(r.ID) {
			on = true
			break
		}
	}
	if !on {
		return nil, nil
	}
	cfg := taint.DefaultConfig()
	for _, path := range opts.Models {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("model file %s: %v", path, err)
		}
		// A broken model file is a configuration error, found before the scan.
		if _, err := models.Parse(path, data); err != nil {
			return nil, modelError(path, err)
		}
		cfg.ExtraModels = append(cfg.ExtraModels, data)
	}
	return func(files []scan.Parsed) (found []finding.Finding, errs []finding.FileError) {
		defer func() {
			// A bug in the analysis must not lose the checks' results.
			if r := recover(); r != nil {
				found = nil
				errs = append(errs, finding.FileError{Filename: "<taint>", Reason: fmt.Sprintf("exception in the taint analysis: %v", r)})
			}
		}()
		inputs := make([]*taint.Input, 0, len(files))
		for _, p := range files {
			if f, ok := p.Tree.(*parser.File); ok && f != nil {
				inputs = append(inputs, &taint.Input{Filename: p.Filename, Module: f.Module, Src: f.Src})
			}
		}
		return taint.Analyze(inputs, cfg)
	}, nil
}

var (
	yamlLine     = regexp.MustCompile(`^(?:yaml: )?(?:unmarshal errors:\s*)?line (\d+): (.*)`)
	unknownField = regexp.MustCompile(`field (\S+) not found in type \S+`)
)

// modelError puts a model file's error on one line, as "file:line:
// invalid model: what", like configuration errors.
func modelError(path string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "model "+path+": ")
	line := ""
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, msg = ":"+m[1], m[2]
	}
	msg, _, _ = strings.Cut(msg, "\n")
	msg = unknownField.ReplaceAllString(msg, `unknown key "$1"`)
	return fmt.Errorf("%s%s: invalid model: %s", path, line, msg)
}
