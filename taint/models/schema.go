// Package models holds krait's taint models: which APIs produce untrusted
// data (sources), which consume it dangerously (sinks), which clean it
// (sanitizers), which carry it (propagators) and which return objects of a
// known type. Models are YAML data files, one per library or framework,
// embedded in the binary; users add their own files through Config.
package models

// File is one model file.
type File struct {
	// Name identifies the file in errors ("stdlib", "flask").
	Name        string `yaml:"name"`
	Description string `yaml:"description"`
	// Aliases rewrite qualified-name prefixes to the canonical spelling the
	// entries use: "posixpath" → "os.path", "flask.globals.request" → "flask.request".
	Aliases     map[string]string `yaml:"aliases"`
	Sources     []Source          `yaml:"sources"`
	Sinks       []Sink            `yaml:"sinks"`
	Sanitizers  []Sanitizer       `yaml:"sanitizers"`
	Propagators []Propagator      `yaml:"propagators"`
	Types       []Type            `yaml:"types"`
	Handlers    []Handler         `yaml:"handlers"`
	// NoReturn lists calls that never return (abort, sys.exit): the path ends there.
	NoReturn []string `yaml:"noreturn"`
	// Bases gives external classes their base classes, so a method looked up
	// on a subclass finds the modelled one ("flask.Flask": ["flask.sansio.app.App"]).
	Bases map[string][]string `yaml:"bases"`
}

// Source is an API whose value is untrusted.
type Source struct {
	// Ref is the qualified name: an attribute ("flask.request.args"), a call
	// ("builtins.input") or a class attribute read on an instance
	// ("http.server.BaseHTTPRequestHandler.path").
	Ref string `yaml:"ref"`
	// On is "read" (reading the attribute, and anything reached from it) or
	// "return" (the value a call returns).
	On string `yaml:"on"`
	// Label names the source in messages; Ref when empty.
	Label string `yaml:"label"`
	// Threat is remote (default), local (argv, environment, stdin), file or
	// database. Config.Threats selects which are active.
	Threat string `yaml:"threat"`
}

// Cond tests one argument of a call, found by position (Arg ≥ 0) or keyword.
type Cond struct {
	Arg *int   `yaml:"arg"` // nil when keyword-only
	Kw  string `yaml:"kw"`
	// Truthy holds when the argument is a constant true value.
	Truthy bool `yaml:"truthy"`
	// In holds when the argument is a constant or a name equal to one of these.
	In []string `yaml:"in"`
	// LacksText holds when the argument is a constant string not containing this text.
	LacksText string `yaml:"lacks_text"`
	// Present holds when the argument is given at all.
	Present bool `yaml:"present"`
}

// Sink is an API argument where untrusted data is dangerous.
type Sink struct {
	Ref  string   `yaml:"ref"`
	Args []int    `yaml:"args"` // positional indexes (receiver not counted)
	Kw   []string `yaml:"kw"`   // keyword names (matching the positions)
	// AllArgs makes every positional and keyword argument from Args[0] on a sink (logging).
	AllArgs bool `yaml:"all_args"`
	// Receiver makes the object the method is called on a sink (pathlib.Path.open).
	Receiver bool   `yaml:"receiver"`
	Kind     string `yaml:"kind"`
	// What describes the argument: "SQL query text", "shell command".
	What string `yaml:"what"`
	// Mode "argv": a list argument is dangerous in element 0 and in the
	// element after a "-c" style flag; other elements are plain arguments.
	Mode string `yaml:"mode"`
	// When: all must hold for the call to be a sink. Unless: any one makes it safe.
	When       []Cond `yaml:"when"`
	Unless     []Cond `yaml:"unless"`
	Confidence string `yaml:"confidence"`
}

// Sanitizer is a call whose result is clean for the listed kinds.
type Sanitizer struct {
	Ref   string   `yaml:"ref"`
	Kinds []string `yaml:"kinds"` // kind names or "all"
	// When: all must hold (e.g. request.args.get(..., type=int)).
	When []Cond `yaml:"when"`
	// Normalizes marks path normalisers (realpath): a later startswith
	// check then cleans the path kind.
	Normalizes bool `yaml:"normalizes"`
}

// Propagator says how a call moves taint; calls without one follow the
// default (arguments and receiver → result).
type Propagator struct {
	Ref string `yaml:"ref"`
	// From lists "receiver", "arg0", "arg1"…, "args" (all positional),
	// "kwargs" (all keywords), "kw:name". Empty means the result is clean.
	From []string `yaml:"from"`
	// To is "return" (default) or "receiver" (the call mutates its object: list.append).
	To string `yaml:"to"`
}

// Type gives the type of the object a call returns or an attribute holds,
// so methods called on it resolve to modelled names.
type Type struct {
	Ref     string `yaml:"ref"`
	Returns string `yaml:"returns"`
}

// Handler recognises framework entry points whose parameters are untrusted.
type Handler struct {
	// Decorator: a function decorated with a call to this ("flask.Flask.route").
	Decorator string `yaml:"decorator"`
	// Registrar: a call registering a view function ("flask.Flask.add_url_rule")
	// at argument ViewArg or keyword ViewKw.
	Registrar string `yaml:"registrar"`
	ViewArg   int    `yaml:"view_arg"`
	ViewKw    string `yaml:"view_kw"`
	// Base: methods named in Methods of a subclass of this class.
	Base    string   `yaml:"base"`
	Methods []string `yaml:"methods"`
	// Params "all" taints every parameter except self; "route" taints the
	// parameters named in the route rule (argument 0), skipping int/float/uuid converters.
	Params string `yaml:"params"`
	// ReturnSink is the kind of sink the handler's return value is (xss).
	ReturnSink string `yaml:"return_sink"`
	ReturnWhat string `yaml:"return_what"`
	Label      string `yaml:"label"`
}
