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
	// Globals are names a framework injects into files it runs (web2py
	// controllers see request, response, session without importing them).
	Globals *Globals `yaml:"globals"`
	// Guards are checks that clean a value on one branch:
	// `if not url_has_allowed_host_and_scheme(url, ...): return`.
	Guards []Guard `yaml:"guards"`
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
	// Threat is remote (default), local (argv, stdin, input()), environment
	// (os.environ, set by whoever runs the program), file or database.
	// Config.Threats selects which are active.
	Threat string `yaml:"threat"`
}

// Globals binds otherwise unresolved module-level names in matching files.
type Globals struct {
	// Files are slash-separated glob patterns matched against the end of a
	// file's path ("applications/*/controllers/*.py").
	Files []string          `yaml:"files"`
	Names map[string]string `yaml:"names"`
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
	// Type holds when the argument's tracked type is this (after aliases).
	Type string `yaml:"type"`
	// Text holds when the argument is not a generator expression,
	// comprehension, lambda, function or object of a known type (Pony's
	// select takes either a query string, which it parses and evaluates,
	// or a generator).
	Text bool `yaml:"text"`
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
	// With AllArgs, the positional arguments from Args[0] on are that list
	// (os.execl(path, "sh", "-c", script)).
	// Mode "ipython_expand": a constant argument also reads the variables
	// IPython substitutes into it ({name}, $name).
	Mode string `yaml:"mode"`
	// Keys makes only the values a mapping argument (a dict, or a list of
	// (key, value) pairs) holds at these constant keys the sink
	// (`headers={"Location": url}`).
	Keys []string `yaml:"keys"`
	// RemoteOnly: only data from remote sources (requests, sockets) counts;
	// a local user probing files by name with their own arguments is not
	// an attack (os.path.exists).
	RemoteOnly bool `yaml:"remote_only"`
	// When: all must hold for the call to be a sink. Unless: any one makes it safe.
	When       []Cond `yaml:"when"`
	Unless     []Cond `yaml:"unless"`
	Confidence string `yaml:"confidence"`
	// ReceiverNames, for a `*.method` sink, require the receiver's name
	// (its last identifier, lower-cased) to contain one of these: an
	// untyped `cursor.execute(q)` is SQL, `values.execute(x)` is not.
	ReceiverNames []string `yaml:"receiver_names"`
	// Store makes Ref an attribute whose assigned value is the sink
	// (`resp.location = url`); Args and Kw are then not used.
	Store bool `yaml:"store"`
}

// Guard is a call that validates an argument: on the Branch (default
// true) where its result has that truth value, the argument is clean for Kinds.
type Guard struct {
	Ref    string   `yaml:"ref"`
	Arg    *int     `yaml:"arg"`
	Kw     string   `yaml:"kw"`
	Kinds  []string `yaml:"kinds"`
	Branch *bool    `yaml:"branch"`
}

// Sanitizer is a call whose result is clean for the listed kinds.
type Sanitizer struct {
	Ref   string   `yaml:"ref"`
	Kinds []string `yaml:"kinds"` // kind names or "all"
	// On is "call" (default: the call's result is clean) or "read" (reading
	// the attribute yields a clean value: bottle.FileUpload.filename).
	On string `yaml:"on"`
	// When: all must hold (e.g. request.args.get(..., type=int)). Unless:
	// any one that holds makes the call no sanitizer (to_html(escape=False)).
	When   []Cond `yaml:"when"`
	Unless []Cond `yaml:"unless"`
	// Normalizes marks path normalisers (realpath): a later startswith
	// check then cleans the path kind.
	Normalizes bool `yaml:"normalizes"`
	// Segment marks URL encoders that leave no "/", "?" or "#" (quote with
	// safe=""): after a fixed scheme://host/ head the text cannot reach SSRF.
	Segment bool `yaml:"segment"`
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
	// When: all must hold on the call's arguments (XMLParser(resolve_entities=True)).
	// Unless: any one that holds skips the entry (an explicit default parser).
	When   []Cond `yaml:"when"`
	Unless []Cond `yaml:"unless"`
	// To is "return" (default) or "receiver": after the call the object it
	// was called on has type Returns (parser.setFeature(external_ges, True)).
	To string `yaml:"to"`
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
	// Files with Functions: by convention, the top-level functions of files
	// matching these patterns are handlers ("no_params": those taking no
	// parameters; "all": every public one).
	Files     []string `yaml:"files"`
	Functions string   `yaml:"functions"`
	// Imports with FirstParam: the top-level functions of any module that
	// imports from one of these modules (prefixes: "django" covers
	// django.http) whose first parameter has this name are handlers
	// (Django function views not registered in a urls.py the scan sees).
	Imports    []string `yaml:"imports"`
	FirstParam string   `yaml:"first_param"`
	// Base: methods named in Methods of a subclass of this class ("*": every
	// method whose name does not start with an underscore).
	Base    string   `yaml:"base"`
	Methods []string `yaml:"methods"`
	// Params "all" taints every parameter except self; "route" taints the
	// parameters named in the route rule, skipping int/float/uuid converters;
	// "none" taints none (param_types may still type them).
	Params string `yaml:"params"`
	// RuleArg / RuleKw locate the route rule on the decorator or registrar call (default argument 0).
	RuleArg *int   `yaml:"rule_arg"`
	RuleKw  string `yaml:"rule_kw"`
	// ParamTypes gives parameters a type instead of taint, by index counted
	// after self ("-1" is the last positional parameter): the request object.
	ParamTypes map[string]string `yaml:"param_types"`
	// NotSources are parameter annotations that mark a parameter as framework
	// plumbing (typed by the annotation, not request data).
	NotSources []string `yaml:"not_sources"`
	// CleanAnnotations are annotations the framework validates (int, UUID):
	// such parameters are not sources. builtins.int/float/bool and uuid.UUID always are.
	CleanAnnotations []string `yaml:"clean_annotations"`
	// ReturnWhen: conditions on the decorator/registrar call for ReturnSink to apply.
	ReturnWhen []Cond `yaml:"return_when"`
	// ViewMethods: when a registrar's view is a class (or an instance, or
	// Cls.as_view()), these methods of it become entry points.
	ViewMethods []string `yaml:"view_methods"`
	// Threat of the parameters' data: remote (default) or local (CLI commands).
	Threat string `yaml:"threat"`
	// ReturnSink is the kind of sink the handler's return value is (xss).
	ReturnSink string `yaml:"return_sink"`
	ReturnWhat string `yaml:"return_what"`
	Label      string `yaml:"label"`
}
