// Package yaml is bandit's YAML report: the json document's structure
// with keys sorted and, as bandit does, newlines in `code` written as the
// two characters `\n`.
package yaml

import (
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

// Write emits the document; bandit's yaml has no baseline candidates.
func (Formatter) Write(w io.Writer, run *report.Run, opts report.Options) error {
	doc := banditdoc.Build(run, opts, false)
	for _, r := range doc["results"].([]any) {
		res := r.(map[string]any)
		res["code"] = strings.ReplaceAll(res["code"].(string), "\n", `\n`)
	}
	node, err := toNode(doc)
	if err != nil {
		return err
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(node); err != nil {
		return err
	}
	return enc.Close()
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
