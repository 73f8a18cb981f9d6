// Package json is bandit's JSON report, byte for byte (Python's
// json.dumps with sort_keys and indent=2), plus krait's end_line_number
// and taint trace fields.
package json

import (
	"bufio"
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
// It streams: metrics and results are encoded one entry at a time, so a
// report on 10^5 findings does not hold the whole document in memory.
func (Formatter) Write(w io.Writer, run *report.Run, opts report.Options) error {
	b := bufio.NewWriterSize(w, 64<<10)
	b.WriteString(`{`)
	pyjson.Newline(b, 1)
	b.WriteString(`"errors": `)
	if err := pyjson.Encode(b, banditdoc.Errors(run), 1); err != nil {
		return err
	}
	b.WriteString(`,`)
	pyjson.Newline(b, 1)
	b.WriteString(`"generated_at": `)
	pyjson.String(b, banditdoc.GeneratedAt(run))
	b.WriteString(`,`)
	pyjson.Newline(b, 1)
	b.WriteString(`"metrics": {`)
	for i, key := range banditdoc.MetricKeys(run) {
		if i > 0 {
			b.WriteString(`,`)
		}
		pyjson.Newline(b, 2)
		pyjson.String(b, key)
		b.WriteString(`: `)
		if err := pyjson.Encode(b, banditdoc.Metric(run, key), 2); err != nil {
			return err
		}
	}
	pyjson.Newline(b, 1)
	b.WriteString(`},`)
	pyjson.Newline(b, 1)
	b.WriteString(`"results": [`)
	n := 0
	err := banditdoc.EachResult(run, opts, true, func(r map[string]any) error {
		if n > 0 {
			b.WriteString(`,`)
		}
		n++
		pyjson.Newline(b, 2)
		return pyjson.Encode(b, r, 2)
	})
	if err != nil {
		return err
	}
	if n > 0 {
		pyjson.Newline(b, 1)
	}
	b.WriteString(`]`)
	pyjson.Newline(b, 0)
	b.WriteString(`}`)
	return b.Flush()
}
