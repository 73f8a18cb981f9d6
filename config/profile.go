package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"gopkg.in/yaml.v3"
)

// profile is what a bandit YAML/TOML config file or a pyproject table
// says: the bandit keys, plus krait's own keys when read from [tool.krait].
type profile struct {
	path        string
	tests       []string
	skips       []string
	excludeDirs []string
	include     []string
	plugins     map[string]map[string]any
	warnings    []string
	// profiles are bandit's legacy named test selections (-p NAME).
	profiles map[string]namedProfile

	// [tool.krait] only
	models         []string
	minSeverity    *int
	minConfidence  *int
	format         string
	output         string
	baseline       string
	exitZero       *bool
	ignoreNosec    *bool
	gitignore      *bool
	taint          *bool
	taintTreeCache *int64
	taintSources   []string
	maxFileSize    *int64
	jobs           *int
	number         *int
	aggregate      string
	msgTemplate    string
}

// Known says which plugin option blocks exist and their defaults (from
// checks.DefaultPlugins plus rule config keys); nil accepts any block.
type Known map[string]map[string]any

// loadProfileFile reads a -c file: TOML when the name ends in .toml
// ([tool.bandit] and [tool.krait]), YAML otherwise.
func loadProfileFile(path string, known Known) (*profile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, errorf(path, 0, "cannot read config file: %s", errText(err))
	}
	if strings.HasSuffix(path, ".toml") {
		p, _, err := loadPyproject(path, data, known)
		return p, err
	}
	return loadYAMLProfile(path, data, known)
}

func loadYAMLProfile(path string, data []byte, known Known) (*profile, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, yamlError(path, err)
	}
	lines := yamlKeyLines(&doc)
	var m map[string]any
	if len(doc.Content) == 0 {
		// bandit rejects a config that is not a mapping, an empty one too.
		return nil, errorf(path, 0, "config file is empty; it must be a mapping of keys to values")
	}
	if len(doc.Content) > 0 {
		if doc.Content[0].Kind != yaml.MappingNode {
			return nil, errorf(path, doc.Content[0].Line, "config file must be a mapping of keys to values")
		}
		if err := doc.Decode(&m); err != nil {
			return nil, yamlError(path, err)
		}
	}
	p := &profile{path: path}
	if err := p.apply(m, lines, nil, known, false); err != nil {
		return nil, err
	}
	return p, nil
}

// yamlError turns "yaml: line 3: ..." into file:line form, on one line
// (a decoding error lists its problems on several lines: the first is
// reported).
func yamlError(path string, err error) error {
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		err = errors.New(te.Errors[0])
	}
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	var line int
	if _, scanErr := fmt.Sscanf(msg, "line %d:", &line); scanErr == nil {
		msg = strings.TrimSpace(msg[strings.IndexByte(msg, ':')+1:])
	}
	return errorf(path, line, "invalid YAML: %s", msg)
}

// loadPyproject reads [tool.bandit] then [tool.krait] (which wins key by
// key). found is false when neither table exists.
func loadPyproject(path string, data []byte, known Known) (p *profile, found bool, err error) {
	var doc map[string]any
	if err := toml.Unmarshal(data, &doc); err != nil {
		var de *toml.DecodeError
		if errors.As(err, &de) {
			row, _ := de.Position()
			return nil, false, errorf(path, row, "invalid TOML: %s", de.Error())
		}
		return nil, false, errorf(path, 0, "invalid TOML: %v", err)
	}
	lines := tomlKeyLines(data)
	p = &profile{path: path}
	tool, _ := doc["tool"].(map[string]any)
	if b, ok := tool["bandit"]; ok {
		m, ok := b.(map[string]any)
		if !ok {
			return nil, false, errorf(path, lines.line("tool", "bandit"), "tool.bandit must be a table")
		}
		if err := p.apply(m, lines, []string{"tool", "bandit"}, known, false); err != nil {
			return nil, false, err
		}
		found = true
	}
	if k, ok := tool["krait"]; ok {
		m, ok := k.(map[string]any)
		if !ok {
			return nil, false, errorf(path, lines.line("tool", "krait"), "tool.krait must be a table")
		}
		if err := p.apply(m, lines, []string{"tool", "krait"}, known, true); err != nil {
			return nil, false, err
		}
		found = true
	}
	return p, found, nil
}

// apply validates the keys of one table and stores them in p. Keys are
// visited in sorted order so the first error reported is stable.
func (p *profile) apply(m map[string]any, lines keyLines, prefix []string, known Known, krait bool) error {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, key := range keys {
		val := m[key]
		at := lines.line(append(slices.Clone(prefix), key)...)
		name := strings.Join(append(slices.Clone(prefix), key), ".")
		bad := func(want string) error {
			return errorf(p.path, at, "%s: want %s, got %s", name, want, describe(val))
		}
		var err error
		switch key {
		case "tests":
			p.tests, err = stringList(val)
		case "skips":
			p.skips, err = stringList(val)
		case "exclude_dirs":
			p.excludeDirs, err = stringList(val)
		case "include":
			p.include, err = stringList(val)
		case "plugin_name_pattern", "log_format":
			if _, ok := val.(string); !ok {
				return bad("a string")
			}
		case "profiles":
			if err := p.applyProfiles(val, lines, append(slices.Clone(prefix), key)); err != nil {
				return err
			}
			continue
		case "blacklist_calls", "blacklist_imports":
			p.warnings = append(p.warnings, fmt.Sprintf("%s:%d: legacy key %q is ignored", p.path, at, key))
		default:
			if krait {
				handled, kerr := p.applyKrait(key, val, bad)
				if kerr != nil {
					return kerr
				}
				if handled {
					continue
				}
			}
			if block, ok := val.(map[string]any); ok {
				if err := p.applyPlugin(key, block, lines, append(slices.Clone(prefix), key), known); err != nil {
					return err
				}
				continue
			}
			return errorf(p.path, at, "unknown key %q", name)
		}
		if err != nil {
			return bad("a list of strings")
		}
	}
	return nil
}

func (p *profile) applyKrait(key string, val any, bad func(string) error) (bool, error) {
	str := func(dst *string) error {
		s, ok := val.(string)
		if !ok {
			return bad("a string")
		}
		*dst = s
		return nil
	}
	boolean := func(dst **bool) error {
		b, ok := val.(bool)
		if !ok {
			return bad("true or false")
		}
		*dst = &b
		return nil
	}
	integer := func() (int64, error) {
		n, ok := val.(int64)
		if !ok || n < 0 {
			return 0, bad("a non-negative integer")
		}
		return n, nil
	}
	level := func(dst **int) error {
		s, ok := val.(string)
		if !ok {
			return bad(`"all", "low", "medium" or "high"`)
		}
		lvl, ok := parseIniLevel(s)
		if !ok || isDigits(s) {
			return bad(`"all", "low", "medium" or "high"`)
		}
		*dst = &lvl
		return nil
	}
	var err error
	switch key {
	case "models":
		p.models, err = stringList(val)
		if err != nil {
			return true, bad("a list of strings")
		}
		// Model files are named relative to the config file.
		for i, m := range p.models {
			if !filepath.IsAbs(m) {
				p.models[i] = filepath.Join(filepath.Dir(p.path), m)
			}
			if _, statErr := os.Stat(p.models[i]); statErr != nil {
				return true, bad("existing model files (" + errText(statErr) + ": " + m + ")")
			}
		}
	case "severity_level":
		err = level(&p.minSeverity)
	case "confidence_level":
		err = level(&p.minConfidence)
	case "format":
		err = str(&p.format)
	case "output":
		err = str(&p.output)
	case "baseline":
		err = str(&p.baseline)
	case "aggregate":
		if err = str(&p.aggregate); err == nil && p.aggregate != "file" && p.aggregate != "vuln" {
			err = bad(`"file" or "vuln"`)
		}
	case "msg_template":
		err = str(&p.msgTemplate)
	case "exit_zero":
		err = boolean(&p.exitZero)
	case "ignore_nosec":
		err = boolean(&p.ignoreNosec)
	case "gitignore":
		err = boolean(&p.gitignore)
	case "taint":
		err = boolean(&p.taint)
	case "taint_sources":
		// Which groups of sources the taint analysis trusts not: remote
		// and local by default; environment, file and database on request.
		var groups []string
		if groups, err = stringList(val); err != nil || len(groups) == 0 {
			err = bad(`a list of "remote", "local", "environment", "file", "database"`)
			break
		}
		for _, g := range groups {
			if !TaintSourceGroups[g] {
				err = bad(`a list of "remote", "local", "environment", "file", "database"`)
				break
			}
		}
		if err == nil {
			p.taintSources = groups
		}
	case "taint_tree_cache":
		// How much source the taint analysis keeps parsed at once ("96M"):
		// more is faster on large projects and uses more memory.
		sz, ok := val.(string)
		if !ok {
			err = bad(`a size such as "96M"`)
			break
		}
		if n, perr := ParseSize(sz); perr == nil && n > 0 {
			p.taintTreeCache = &n
		} else {
			err = bad(`a size such as "96M"`)
		}
	case "max_file_size":
		// A size as --max-file-size takes it ("5M"), or bytes (0: no limit).
		if sz, ok := val.(string); ok {
			if n, perr := ParseSize(sz); perr == nil {
				p.maxFileSize = &n
			} else {
				err = bad(`a number of bytes or a size such as "10M"`)
			}
			break
		}
		var n int64
		if n, err = integer(); err == nil {
			p.maxFileSize = &n
		}
	case "jobs":
		var n int64
		if n, err = integer(); err == nil {
			j := int(n)
			p.jobs = &j
		}
	case "number":
		var n int64
		if n, err = integer(); err == nil {
			num := int(n)
			p.number = &num
		}
	default:
		return false, nil
	}
	return true, err
}

// applyPlugin checks a plugin option block against the known defaults:
// the block must exist and each option must keep its default's shape.
func (p *profile) applyPlugin(key string, block map[string]any, lines keyLines, path []string, known Known) error {
	at := lines.line(path...)
	var defaults map[string]any
	if known != nil {
		var ok bool
		if defaults, ok = known[key]; !ok {
			return errorf(p.path, at, "unknown key %q", strings.Join(path, "."))
		}
	}
	opts := make([]string, 0, len(block))
	for o := range block {
		opts = append(opts, o)
	}
	sort.Strings(opts)
	clean := map[string]any{}
	for _, opt := range opts {
		val := normalize(block[opt])
		optAt := lines.line(append(slices.Clone(path), opt)...)
		name := strings.Join(append(slices.Clone(path), opt), ".")
		if defaults != nil {
			def, ok := defaults[opt]
			if !ok {
				return errorf(p.path, optAt, "unknown option %q", name)
			}
			if want := shape(def); want != "" && !compatible(def, val) {
				return errorf(p.path, optAt, "%s: want %s, got %s", name, want, describe(val))
			}
		}
		clean[opt] = val
	}
	if p.plugins == nil {
		p.plugins = map[string]map[string]any{}
	}
	p.plugins[key] = clean
	return nil
}

// normalize makes TOML and YAML values alike: int64 → int, lists of
// strings → []string.
func normalize(v any) any {
	switch x := v.(type) {
	case int64:
		return int(x)
	case []any:
		strs := make([]string, 0, len(x))
		for _, e := range x {
			s, ok := e.(string)
			if !ok {
				out := make([]any, len(x))
				for i, e := range x {
					out[i] = normalize(e)
				}
				return out
			}
			strs = append(strs, s)
		}
		return strs
	}
	return v
}

// compatible says a plugin reads val where its default is def: same kind,
// and only strings where the default is a list of strings.
func compatible(def, val any) bool {
	if _, strs := def.([]string); strs {
		_, ok := val.([]string)
		return ok
	}
	return kind(def) == kind(val)
}

// kind groups values whose types a plugin reads alike.
func kind(v any) string {
	switch v.(type) {
	case []string, []any:
		return "list"
	case int, int64, float64:
		return "number"
	}
	return shape(v)
}

// shape names the kind of a value for type checks against defaults.
func shape(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case bool:
		return "true or false"
	case int, int64:
		return "an integer"
	case float64:
		return "a number"
	case []string:
		return "a list of strings"
	case []any:
		return "a list"
	case map[string]any:
		return "a table"
	}
	return ""
}

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nothing"
	case string:
		return fmt.Sprintf("%q", x)
	case []string:
		return "a list"
	case []any:
		for _, e := range x {
			if _, ok := e.(string); !ok {
				return "a list holding " + describe(e)
			}
		}
		return "a list"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("%v", v)
}

func stringList(v any) ([]string, error) {
	switch x := v.(type) {
	case nil:
		return nil, nil // "skips:" with nothing after it, as the generated config has
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			s, ok := e.(string)
			if !ok {
				return nil, errors.New("not a string")
			}
			out = append(out, s)
		}
		return out, nil
	case []string:
		return x, nil
	case string:
		// bandit accepts a comma list where a list is expected.
		return splitList(x), nil
	}
	return nil, errors.New("not a list")
}

func isDigits(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// namedProfile is one entry of bandit's legacy "profiles:" key.
type namedProfile struct {
	include, exclude []string
}

func (p *profile) applyProfiles(val any, lines keyLines, path []string) error {
	at := lines.line(path...)
	m, ok := val.(map[string]any)
	if !ok {
		return errorf(p.path, at, "%s: want a mapping of profile names to include/exclude lists", strings.Join(path, "."))
	}
	p.profiles = map[string]namedProfile{}
	for name, body := range m {
		namePath := append(slices.Clone(path), name)
		fields, ok := body.(map[string]any)
		if !ok && body != nil {
			return errorf(p.path, lines.line(namePath...), "%s: want include and exclude lists", strings.Join(namePath, "."))
		}
		var np namedProfile
		for k, v := range fields {
			list, err := stringList(v)
			if err != nil || (k != "include" && k != "exclude") {
				return errorf(p.path, lines.line(append(namePath, k)...), "%s.%s: want include or exclude, a list of test ids", strings.Join(namePath, "."), k)
			}
			if k == "include" {
				np.include = list
			} else {
				np.exclude = list
			}
		}
		p.profiles[name] = np
	}
	return nil
}
