// Package json is bandit's JSON report, byte for byte (Python's
// json.dumps with sort_keys and indent=2), plus krait's end_line_number
// and taint trace fields.
package json

import (
	"io"

	"github.com/kraitsec/krait/report"
	"github.com/kraitsec/krait/report/internal/banditdoc"
	"github.com/kraitsec/krait/report/internal/pyjson"
)

func init() { report.Register(Formatter{}) }

// Formatter writes the json format.
type Formatter struct{}

func (Formatter) Name() string          { return "json" }
func (Formatter) AcceptsBaseline() bool { return true }

// Write emits the document without a trailing newline, as bandit does.
func (Formatter) Write(w io.Writer, run *report.Run, opts report.Options) error {
	out, err := pyjson.Marshal(banditdoc.Build(run, opts, true))
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}
