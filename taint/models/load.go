package models

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

//go:embed *.yaml
var builtinFS embed.FS

// Builtin returns the embedded model files by file name.
func Builtin() map[string][]byte {
	out := map[string][]byte{}
	names, _ := fs.Glob(builtinFS, "*.yaml")
	for _, n := range names {
		data, err := builtinFS.ReadFile(n)
		if err == nil {
			out[n] = data
		}
	}
	return out
}

// Parse reads one model file strictly: unknown fields are errors.
func Parse(name string, data []byte) (*File, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var f File
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("model %s: %v", name, err)
	}
	if f.Name == "" {
		f.Name = name
	}
	if errs := f.Validate(); len(errs) > 0 {
		return nil, fmt.Errorf("model %s: %v", name, errs[0])
	}
	return &f, nil
}

// qualifiedName is a dotted Python name; a leading "*." stands for a method
// on a receiver of unknown type.
var qualifiedName = regexp.MustCompile(`^(\*\.)?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$`)

var fromForm = regexp.MustCompile(`^(receiver|args|kwargs|arg[0-9]+|kw:[A-Za-z_][A-Za-z0-9_]*)$`)

// Validate checks every entry: qualified-name form, known kinds, roles.
func (f *File) Validate() []error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	ref := func(what, r string) {
		if !qualifiedName.MatchString(r) {
			bad("%s: %q is not a qualified name", what, r)
		}
	}
	kind := func(what, k string, allowAll bool) {
		if _, ok := KindByName(k); !ok && (!allowAll || k != "all") {
			bad("%s: unknown kind %q", what, k)
		}
	}
	for from, to := range f.Aliases {
		ref("alias", from)
		ref("alias target", to)
	}
	for _, s := range f.Sources {
		ref("source", s.Ref)
		if s.On != "read" && s.On != "return" {
			bad("source %s: on must be read or return, not %q", s.Ref, s.On)
		}
		switch s.Threat {
		case "", "remote", "local", "environment", "file", "database":
		default:
			bad("source %s: unknown threat %q", s.Ref, s.Threat)
		}
	}
	for _, s := range f.Sinks {
		ref("sink", s.Ref)
		kind("sink "+s.Ref, s.Kind, false)
		if len(s.Args) == 0 && len(s.Kw) == 0 && !s.Receiver && !s.Store {
			bad("sink %s: no argument, keyword or receiver", s.Ref)
		}
		if s.Mode != "" && s.Mode != "argv" && s.Mode != "ipython_expand" && s.Mode != "template_unescaped" {
			bad("sink %s: unknown mode %q", s.Ref, s.Mode)
		}
		switch s.Confidence {
		case "", "low", "medium", "high":
		default:
			bad("sink %s: unknown confidence %q", s.Ref, s.Confidence)
		}
		for _, c := range append(slices.Clone(s.When), s.Unless...) {
			if c.Kw == "" && c.Arg == nil {
				bad("sink %s: condition names no argument", s.Ref)
			}
		}
	}
	for _, s := range f.Sanitizers {
		ref("sanitizer", s.Ref)
		if len(s.Kinds) == 0 && !s.Normalizes && !s.Segment {
			bad("sanitizer %s: no kinds", s.Ref)
		}
		for _, k := range s.Kinds {
			kind("sanitizer "+s.Ref, k, true)
		}
		if s.On != "" && s.On != "call" && s.On != "read" {
			bad("sanitizer %s: on must be call or read", s.Ref)
		}
		for _, c := range append(slices.Clone(s.When), s.Unless...) {
			if c.Kw == "" && c.Arg == nil {
				bad("sanitizer %s: condition names no argument", s.Ref)
			}
		}
		if s.On == "read" && len(s.When)+len(s.Unless) > 0 {
			bad("sanitizer %s: a read sanitizer has no call arguments to test", s.Ref)
		}
	}
	for _, p := range f.Propagators {
		ref("propagator", p.Ref)
		for _, fr := range p.From {
			if !fromForm.MatchString(fr) {
				bad("propagator %s: bad from %q", p.Ref, fr)
			}
		}
		if p.To != "" && p.To != "return" && p.To != "receiver" {
			bad("propagator %s: to must be return or receiver", p.Ref)
		}
	}
	for _, t := range f.Types {
		ref("type", t.Ref)
		ref("type result", t.Returns)
		if t.To != "" && t.To != "return" && t.To != "receiver" {
			bad("type %s: to must be return or receiver", t.Ref)
		}
	}
	for _, h := range f.Handlers {
		n := 0
		for _, r := range []string{h.Decorator, h.Registrar, h.Base} {
			if r != "" {
				ref("handler", r)
				n++
			}
		}
		if len(h.Files) > 0 {
			n++
			if h.Functions != "no_params" && h.Functions != "all" {
				bad("handler: functions must be no_params or all")
			}
			for _, pat := range h.Files {
				if _, err := path.Match(pat, "x"); err != nil {
					bad("handler: bad file pattern %q", pat)
				}
			}
		}
		if len(h.Imports) > 0 {
			n++
			if h.FirstParam == "" {
				bad("handler: imports needs first_param")
			}
		}
		if n != 1 {
			bad("handler: exactly one of decorator, registrar, base, files, imports")
		}
		if h.Params != "all" && h.Params != "route" && h.Params != "none" {
			bad("handler: params must be all, route or none")
		}
		switch h.Threat {
		case "", "remote", "local":
		default:
			bad("handler: unknown threat %q", h.Threat)
		}
		if h.ReturnSink != "" {
			kind("handler return", h.ReturnSink, false)
		}
	}
	if f.Globals != nil {
		for _, pat := range f.Globals.Files {
			if _, err := path.Match(pat, "x"); err != nil {
				bad("globals: bad file pattern %q", pat)
			}
		}
		for name, q := range f.Globals.Names {
			ref("global "+name, q)
		}
	}
	for _, g := range f.Guards {
		ref("guard", g.Ref)
		if g.Arg == nil && g.Kw == "" {
			bad("guard %s: names no argument", g.Ref)
		}
		for _, k := range g.Kinds {
			kind("guard "+g.Ref, k, true)
		}
	}
	for _, n := range f.NoReturn {
		ref("noreturn", n)
	}
	for c, bs := range f.Bases {
		ref("class", c)
		for _, b := range bs {
			ref("base", b)
		}
	}
	return errs
}

// CSink is a sink with its kind resolved.
type CSink struct {
	Sink
	K Kind
}

// CSanitizer is a sanitizer with its kinds as a mask.
type CSanitizer struct {
	Sanitizer
	M Mask
}

// CGuard is a guard with its kinds as a mask.
type CGuard struct {
	Guard
	M      Mask
	Branch bool
}

// CSource is a source with its model file name.
type CSource struct {
	Source
	File string
}

// Set is every loaded model, indexed by qualified name.
type Set struct {
	aliases     []alias
	aliasMap    map[string]string
	Read        map[string]*CSource // source on attribute read
	Return      map[string]*CSource // source on call return
	Sinks       map[string][]*CSink
	Sanitizers  map[string][]*CSanitizer
	Propagators map[string]*Propagator
	Types       map[string]string
	CondTypes   map[string][]*Type // types that depend on the call's arguments
	ReadClean   map[string]*CSanitizer
	Decorators  map[string][]*Handler
	Registrars  map[string][]*Handler
	BaseHandler map[string][]*Handler
	Guards      map[string][]*CGuard
	Globals     []*Globals
	FileHandler []*Handler
	NoReturn    map[string]bool
	Bases       map[string][]string
}

type alias struct{ from, to string }

// Load builds the model set from the embedded files plus extra user files
// (YAML bytes). A bad extra file is reported and skipped.
func Load(extra [][]byte) (*Set, []error) {
	var errs []error
	var files []*File
	builtin := Builtin()
	names := make([]string, 0, len(builtin))
	for n := range builtin {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		f, err := Parse(n, builtin[n])
		if err != nil {
			errs = append(errs, err)
			continue
		}
		files = append(files, f)
	}
	for i, data := range extra {
		f, err := Parse(fmt.Sprintf("user model %d", i+1), data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		files = append(files, f)
	}
	return Build(files), errs
}

// Build indexes parsed files; later files add to earlier ones.
func Build(files []*File) *Set {
	s := &Set{
		Read: map[string]*CSource{}, Return: map[string]*CSource{},
		Sinks: map[string][]*CSink{}, Sanitizers: map[string][]*CSanitizer{},
		Propagators: map[string]*Propagator{}, Types: map[string]string{},
		CondTypes: map[string][]*Type{}, ReadClean: map[string]*CSanitizer{},
		Decorators: map[string][]*Handler{}, Registrars: map[string][]*Handler{},
		BaseHandler: map[string][]*Handler{}, NoReturn: map[string]bool{}, Guards: map[string][]*CGuard{},
		Bases: map[string][]string{},
	}
	for _, f := range files {
		for from, to := range f.Aliases {
			s.aliases = append(s.aliases, alias{from, to})
		}
		for i := range f.Sources {
			src := &CSource{Source: f.Sources[i], File: f.Name}
			if src.Threat == "" {
				src.Threat = "remote"
			}
			if src.On == "read" {
				s.Read[src.Ref] = src
			} else {
				s.Return[src.Ref] = src
			}
		}
		for i := range f.Sinks {
			k, _ := KindByName(f.Sinks[i].Kind)
			s.Sinks[f.Sinks[i].Ref] = append(s.Sinks[f.Sinks[i].Ref], &CSink{Sink: f.Sinks[i], K: k})
		}
		for i := range f.Sanitizers {
			var m Mask
			for _, kn := range f.Sanitizers[i].Kinds {
				if kn == "all" {
					m |= AllKinds
				} else if k, ok := KindByName(kn); ok {
					m |= k.Bit()
				}
			}
			if f.Sanitizers[i].Normalizes {
				m |= Normalized
			}
			if f.Sanitizers[i].Segment {
				m |= OneSegment
			}
			cs := &CSanitizer{Sanitizer: f.Sanitizers[i], M: m}
			if cs.On == "read" {
				s.ReadClean[cs.Ref] = cs
				continue
			}
			s.Sanitizers[f.Sanitizers[i].Ref] = append(s.Sanitizers[f.Sanitizers[i].Ref], cs)
		}
		for i := range f.Propagators {
			s.Propagators[f.Propagators[i].Ref] = &f.Propagators[i]
		}
		for i, t := range f.Types {
			if len(t.When) > 0 || len(t.Unless) > 0 || t.To == "receiver" {
				s.CondTypes[t.Ref] = append(s.CondTypes[t.Ref], &f.Types[i])
				continue
			}
			s.Types[t.Ref] = t.Returns
		}
		for i := range f.Handlers {
			h := &f.Handlers[i]
			switch {
			case h.Decorator != "":
				s.Decorators[h.Decorator] = append(s.Decorators[h.Decorator], h)
			case h.Registrar != "":
				s.Registrars[h.Registrar] = append(s.Registrars[h.Registrar], h)
			case h.Base != "":
				s.BaseHandler[h.Base] = append(s.BaseHandler[h.Base], h)
			case len(h.Files) > 0, len(h.Imports) > 0:
				s.FileHandler = append(s.FileHandler, h)
			}
		}
		if f.Globals != nil {
			s.Globals = append(s.Globals, f.Globals)
		}
		for i := range f.Guards {
			g := &CGuard{Guard: f.Guards[i], Branch: true}
			if g.Guard.Branch != nil {
				g.Branch = *g.Guard.Branch
			}
			for _, kn := range g.Kinds {
				if kn == "all" {
					g.M |= AllKinds
				} else if k, ok := KindByName(kn); ok {
					g.M |= k.Bit()
				}
			}
			if len(g.Kinds) == 0 {
				g.M = AllKinds
			}
			s.Guards[g.Ref] = append(s.Guards[g.Ref], g)
		}
		for _, n := range f.NoReturn {
			s.NoReturn[n] = true
		}
		for c, bs := range f.Bases {
			s.Bases[c] = append(s.Bases[c], bs...)
		}
	}
	s.aliasMap = map[string]string{}
	for _, a := range s.aliases {
		s.aliasMap[a.from] = a.to
	}
	return s
}

// MatchFile reports whether a slash-separated file path ends with a part
// matching one of the patterns.
func MatchFile(patterns []string, file string) bool {
	file = strings.ReplaceAll(file, "\\", "/")
	parts := strings.Split(file, "/")
	for _, pat := range patterns {
		n := strings.Count(pat, "/") + 1
		if n > len(parts) {
			continue
		}
		if ok, _ := path.Match(pat, strings.Join(parts[len(parts)-n:], "/")); ok {
			return true
		}
	}
	return false
}

// Canonical rewrites a qualified name through the alias prefixes, the
// longest matching prefix first.
func (s *Set) Canonical(q string) string {
	for range 4 { // aliases may chain; bounded
		to, n, ok := s.longestAlias(q)
		if !ok {
			break
		}
		q = to + q[n:]
	}
	return q
}

func (s *Set) longestAlias(q string) (to string, n int, ok bool) {
	for cut := len(q); cut > 0; {
		if t, hit := s.aliasMap[q[:cut]]; hit && t != q[:cut] {
			return t, cut, true
		}
		i := strings.LastIndexByte(q[:cut], '.')
		if i < 0 {
			break
		}
		cut = i
	}
	return "", 0, false
}
