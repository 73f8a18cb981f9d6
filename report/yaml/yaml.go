// Package yaml is bandit's YAML report: the json document's structure
// with keys sorted and, as bandit does, newlines in `code` written as the
// two characters `\n`.
package yaml

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/kraitsec/krait/report"
	"github.com/kraitsec/krait/report/internal/banditdoc"
)

func init() { report.Register(Formatter{}) }

// Formatter writes the yaml format.
type Formatter struct{}

func (Formatter) Name() string          { return "yaml" }
func (Formatter) AcceptsBaseline() bool { return false }

// Write emits the document; bandit's yaml has no baseline candidates. It
// streams: each top-level key, each metrics entry and each result is
// encoded on its own as a one-entry document under its parent key, and
// the parent key's line is written once, so the bytes are those of the
// whole document without ever holding it.
func (Formatter) Write(w io.Writer, run *report.Run, opts report.Options) error {
	p := &pieceWriter{out: bufio.NewWriterSize(w, 64<<10)}
	p.piece("errors", banditdoc.Errors(run), false)
	p.piece("generated_at", banditdoc.GeneratedAt(run), false)
	for i, key := range banditdoc.MetricKeys(run) {
		p.piece("metrics", map[string]any{key: banditdoc.Metric(run, key)}, i > 0)
	}
	n := 0
	err := banditdoc.EachResult(run, opts, false, func(r map[string]any) error {
		r["code"] = strings.ReplaceAll(r["code"].(string), "\n", `\n`)
		p.piece("results", []any{r}, n > 0)
		n++
		return p.err
	})
	if err != nil {
		return err
	}
	if n == 0 {
		p.piece("results", []any{}, false)
	}
	if p.err != nil {
		return p.err
	}
	return p.out.Flush()
}

// pieceWriter encodes top-level entries one at a time.
type pieceWriter struct {
	out *bufio.Writer
	buf bytes.Buffer
	err error
}

// piece writes {key: value}; cont drops the "key:" line because the
// previous piece opened the same key.
func (p *pieceWriter) piece(key string, value any, cont bool) {
	if p.err != nil {
		return
	}
	node, err := toNode(map[string]any{key: value})
	if err != nil {
		p.err = err
		return
	}
	p.buf.Reset()
	enc := yaml.NewEncoder(&p.buf)
	enc.SetIndent(2)
	if err := enc.Encode(node); err != nil {
		p.err = err
		return
	}
	if err := enc.Close(); err != nil {
		p.err = err
		return
	}
	text := p.buf.Bytes()
	if cont {
		if i := bytes.IndexByte(text, '\n'); i >= 0 {
			text = text[i+1:]
		}
	}
	if _, err := p.out.Write(text); err != nil {
		p.err = err
	}
}

// toNode builds the node tree by hand so mapping keys come out in plain
// code point order (yaml.v3 would sort digits within keys numerically).
func toNode(v any) (*yaml.Node, error) {
	switch x := v.(type) {
	case string:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: x}, nil
	case int:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(x)}, nil
	case []any:
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		if len(x) == 0 {
			n.Style = yaml.FlowStyle
		}
		for _, item := range x {
			c, err := toNode(item)
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, c)
		}
		return n, nil
	case map[string]any:
		n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		if len(x) == 0 {
			n.Style = yaml.FlowStyle
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			c, err := toNode(x[k])
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k}, c)
		}
		return n, nil
	}
	return nil, fmt.Errorf("yaml: unsupported value %T", v)
}
