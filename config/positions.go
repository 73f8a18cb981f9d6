package config

import (
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
	"gopkg.in/yaml.v3"
)

// keyLines maps a dotted key path ("tool.bandit.skips") to the 1-based line
// where it is written, so validation errors can point at it.
type keyLines map[string]int

func (k keyLines) line(path ...string) int {
	for i := len(path); i > 0; i-- {
		if n, ok := k[strings.Join(path[:i], ".")]; ok {
			return n
		}
	}
	return 0
}

// tomlKeyLines records where every table header and key of a TOML
// document is. Parse errors are left to the decoder, which reports them.
func tomlKeyLines(data []byte) keyLines {
	out := keyLines{}
	p := unstable.Parser{}
	p.Reset(data)
	var table []string
	for p.NextExpression() {
		expr := p.Expression()
		switch expr.Kind {
		case unstable.Table, unstable.ArrayTable:
			table = table[:0]
			it := expr.Key()
			line := 0
			for it.Next() {
				k := it.Node()
				table = append(table, string(k.Data))
				if line == 0 {
					line = p.Shape(k.Raw).Start.Line
				}
				if _, seen := out[strings.Join(table, ".")]; !seen {
					out[strings.Join(table, ".")] = line
				}
			}
		case unstable.KeyValue:
			path := append([]string(nil), table...)
			it := expr.Key()
			line := 0
			for it.Next() {
				k := it.Node()
				path = append(path, string(k.Data))
				if line == 0 {
					line = p.Shape(k.Raw).Start.Line
				}
				out[strings.Join(path, ".")] = line
			}
		}
	}
	return out
}

// yamlKeyLines records where every mapping key of a YAML document is.
func yamlKeyLines(doc *yaml.Node) keyLines {
	out := keyLines{}
	var walk func(n *yaml.Node, prefix string)
	walk = func(n *yaml.Node, prefix string) {
		switch n.Kind {
		case yaml.DocumentNode:
			for _, c := range n.Content {
				walk(c, prefix)
			}
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				key := n.Content[i].Value
				if prefix != "" {
					key = prefix + "." + key
				}
				out[key] = n.Content[i].Line
				walk(n.Content[i+1], key)
			}
		}
	}
	walk(doc, "")
	return out
}
