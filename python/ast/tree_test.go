package ast

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	goast "go/ast"
	"go/parser"
	"go/token"
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// allNodes lists one value of every node type; TestAllNodesListed keeps it
// in step with nodes_gen.go.
func allNodes() []Node {
	return []Node{
		&Module{}, &Interactive{}, &Expression{}, &FunctionType{}, &FunctionDef{}, &AsyncFunctionDef{}, &ClassDef{},
		&Return{}, &Delete{}, &Assign{}, &TypeAlias{}, &AugAssign{}, &AnnAssign{}, &For{}, &AsyncFor{}, &While{}, &If{},
		&With{}, &AsyncWith{}, &Match{}, &Raise{}, &Try{}, &TryStar{}, &Assert{}, &Import{}, &ImportFrom{}, &Global{},
		&Nonlocal{}, &ExprStmt{}, &Pass{}, &Break{}, &Continue{}, &BoolOp{}, &NamedExpr{}, &BinOp{}, &UnaryOp{},
		&Lambda{}, &IfExp{}, &Dict{}, &Set{}, &ListComp{}, &SetComp{}, &DictComp{}, &GeneratorExp{}, &Await{},
		&Yield{}, &YieldFrom{}, &Compare{}, &Call{}, &FormattedValue{}, &JoinedStr{}, &Constant{}, &Attribute{},
		&Subscript{}, &Starred{}, &Name{}, &List{}, &Tuple{}, &Slice{}, &Comprehension{}, &ExceptHandler{},
		&Arguments{}, &Arg{}, &Keyword{}, &Alias{}, &WithItem{}, &MatchCase{}, &MatchValue{}, &MatchSingleton{},
		&MatchSequence{}, &MatchMapping{}, &MatchClass{}, &MatchStar{}, &MatchAs{}, &MatchOr{}, &TypeIgnore{},
		&TypeVar{}, &ParamSpec{}, &TypeVarTuple{},
	}
}

// goToPython is the Go type names that differ from the Python class names
// (astgen.py's RENAME).
var goToPython = map[string]string{
	"ExprStmt": "Expr", "Comprehension": "comprehension", "Arguments": "arguments", "Arg": "arg",
	"Keyword": "keyword", "Alias": "alias", "WithItem": "withitem", "MatchCase": "match_case",
}

func pythonName(n Node) string {
	name := reflect.TypeOf(n).Elem().Name()
	if p, ok := goToPython[name]; ok {
		return p
	}
	return name
}

// TestAllNodesListed checks allNodes against the types nodes_gen.go declares.
func TestAllNodesListed(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "nodes_gen.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	declared := map[string]bool{}
	for _, d := range f.Decls { // func (*X) astNode() {}
		fd, ok := d.(*goast.FuncDecl)
		if !ok || fd.Recv == nil || fd.Name.Name != "astNode" {
			continue
		}
		if star, ok := fd.Recv.List[0].Type.(*goast.StarExpr); ok {
			if id, ok := star.X.(*goast.Ident); ok {
				declared[id.Name] = true
			}
		}
	}
	listed := map[string]bool{}
	for _, n := range allNodes() {
		listed[reflect.TypeOf(n).Elem().Name()] = true
	}
	for name := range declared {
		if !listed[name] {
			t.Errorf("node type %s is missing from allNodes", name)
		}
	}
	if len(listed) != len(declared) {
		t.Errorf("allNodes has %d types, nodes_gen.go declares %d", len(listed), len(declared))
	}
}

// treeBuilder rebuilds a Go tree from dump_oracle.py's JSON, field by
// field through reflection, so Dump and Walk are tested on trees that
// krait's parser did not make.
type treeBuilder struct {
	types map[string]reflect.Type // Python class -> Go struct type
}

func newTreeBuilder() *treeBuilder {
	b := &treeBuilder{types: map[string]reflect.Type{}}
	for _, n := range allNodes() {
		b.types[pythonName(n)] = reflect.TypeOf(n).Elem()
	}
	return b
}

// goField is astgen.py's camel(): snake_case to CamelCase, "Id" as "ID".
func goField(name string) string {
	var b strings.Builder
	for _, p := range strings.Split(name, "_") {
		if p != "" {
			b.WriteString(strings.ToUpper(p[:1]) + p[1:])
		}
	}
	if b.String() == "Id" {
		return "ID"
	}
	return b.String()
}

func (b *treeBuilder) node(raw json.RawMessage) (Node, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil {
		return nil, err
	}
	var class string
	if err := json.Unmarshal(obj["_type"], &class); err != nil {
		return nil, err
	}
	typ, ok := b.types[class]
	if !ok {
		return nil, fmt.Errorf("no Go type for Python class %s", class)
	}
	ptr := reflect.New(typ)
	for key, val := range obj {
		if key == "_type" {
			continue
		}
		f := ptr.Elem().FieldByName(goField(key))
		if !f.IsValid() {
			return nil, fmt.Errorf("%s: no Go field for %s", class, key)
		}
		if err := b.set(f, val); err != nil {
			return nil, fmt.Errorf("%s.%s: %w", class, key, err)
		}
	}
	return ptr.Interface().(Node), nil
}

var nodeType = reflect.TypeOf((*Node)(nil)).Elem()

func (b *treeBuilder) set(f reflect.Value, raw json.RawMessage) error {
	if string(raw) == "null" {
		return nil // the zero value stands for None
	}
	switch {
	case f.Kind() == reflect.Interface && f.Type().NumMethod() == 0: // Constant.Value
		v, err := constValue(raw)
		if err != nil {
			return err
		}
		if v != nil {
			f.Set(reflect.ValueOf(v))
		}
		return nil
	case f.Type().Implements(nodeType) || f.Kind() == reflect.Interface:
		n, err := b.node(raw)
		if err != nil {
			return err
		}
		v := reflect.ValueOf(n)
		if !v.Type().AssignableTo(f.Type()) {
			return fmt.Errorf("%T does not fit %s", n, f.Type())
		}
		f.Set(v)
		return nil
	case f.Kind() == reflect.Slice:
		var items []json.RawMessage
		if err := json.Unmarshal(raw, &items); err != nil {
			return err
		}
		s := reflect.MakeSlice(f.Type(), len(items), len(items))
		for i, it := range items {
			if err := b.set(s.Index(i), it); err != nil {
				return err
			}
		}
		f.Set(s)
		return nil
	case f.Kind() == reflect.Uint8: // an operator or context enum
		var obj struct {
			Type string `json:"_type"`
		}
		if err := json.Unmarshal(raw, &obj); err != nil {
			return err
		}
		for v := uint64(1); v < 256; v++ {
			f.SetUint(v)
			name := f.Interface().(fmt.Stringer).String()
			if name == obj.Type {
				return nil
			}
			if name == "?" {
				break
			}
		}
		return fmt.Errorf("no %s named %s", f.Type(), obj.Type)
	default: // string or int
		return json.Unmarshal(raw, f.Addr().Interface())
	}
}

// constValue decodes {"const": kind, "arg": arg} into the Go value the
// parser stores in Constant.Value.
func constValue(raw json.RawMessage) (any, error) {
	var c struct{ Const, Arg string }
	if err := json.Unmarshal(raw, &c); err != nil {
		return nil, err
	}
	bits := func(h string) (float64, error) {
		u, err := strconv.ParseUint(h, 16, 64)
		return math.Float64frombits(u), err
	}
	switch c.Const {
	case "const":
		return map[string]any{"None": nil, "True": true, "False": false, "Ellipsis": Ellipsis}[c.Arg], nil
	case "int":
		if i, err := strconv.ParseInt(c.Arg, 10, 64); err == nil {
			return i, nil
		}
		n, ok := new(big.Int).SetString(c.Arg, 10)
		if !ok {
			return nil, fmt.Errorf("bad int %q", c.Arg)
		}
		return n, nil
	case "float":
		return bits(c.Arg)
	case "complex":
		reHex, imHex, _ := strings.Cut(c.Arg, ",")
		re, err := bits(reHex)
		if err != nil {
			return nil, err
		}
		im, err := bits(imHex)
		return complex(re, im), err
	case "str", "bytes":
		s, err := hex.DecodeString(c.Arg)
		if c.Const == "bytes" {
			return Bytes(s), err
		}
		return string(s), err
	}
	return nil, fmt.Errorf("unknown constant kind %q", c.Const)
}
