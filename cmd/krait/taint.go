package main

import (
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/kraitsec/krait/config"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/scan"
	"github.com/kraitsec/krait/taint"
	"github.com/kraitsec/krait/taint/models"
)

// wholeProgram returns the taint stage for scan.Options.WholeProgram, or
// nil when it is off (--no-taint, [tool.krait] taint = false, or no taint
// rule selected). It gets every parsed file and the extra model files
// named in [tool.krait] models. Parsed files are collected as the workers
// finish them and their trees freed; the analysis parses again the files it
// needs, a few at a time.
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
	cfg.TreeCache = int(opts.TaintTreeCache)
	cfg.Threats = opts.TaintSources
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
	return recoveringStage{taint.NewStage(cfg)}, nil
}

// recoveringStage keeps the checks' results when the analysis fails.
type recoveringStage struct{ *taint.Stage }

func (r recoveringStage) Run(kept []any) (found []finding.Finding, errs []finding.FileError) {
	defer func() {
		if p := recover(); p != nil {
			found = nil
			errs = append(errs, finding.FileError{Filename: "<taint>", Reason: fmt.Sprintf("exception in the taint analysis: %v", p)})
		}
	}()
	return r.Stage.Run(kept)
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
