// Package ast holds the syntax tree of a Python module, mirroring CPython
// 3.13's ast module node for node and field for field, plus Walk, Inspect
// and Dump.
package ast

//go:generate sh -c "$(ls ~/.pyenv/versions/3.13*/bin/python3.13 | head -1) ../../internal/astgen/astgen.py > nodes_gen.go && gofmt -w nodes_gen.go"

import (
	"strconv"
	"strings"
)

// Node is any syntax tree node.
type Node interface {
	astNode()
}

// Pos is CPython's location attributes: 1-based lines and 0-based columns
// counted in UTF-8 bytes of the decoded source line. The fields are int32
// because every positioned node carries a Pos and trees are held by the
// million: the parser rejects sources too large for them (over 2 GiB).
type Pos struct {
	Lineno       int32
	ColOffset    int32
	EndLineno    int32
	EndColOffset int32
}

// Position returns the node's location.
func (p Pos) Position() Pos { return p }

// Positioned is a node that carries location attributes.
type Positioned interface {
	Node
	Position() Pos
}

// EllipsisType is the type of the `...` constant.
type EllipsisType struct{}

// Ellipsis is the value of a `...` Constant.
var Ellipsis = EllipsisType{}

// Bytes is the value of a bytes Constant (raw bytes in a Go string).
type Bytes string

// A Visitor's Visit is called for each node Walk meets; if it returns a
// non-nil visitor w, Walk visits the node's children with w and then calls
// w.Visit(nil).
type Visitor interface {
	Visit(node Node) (w Visitor)
}

// Walk traverses the tree in depth-first order, children in field order.
func Walk(v Visitor, node Node) {
	if v = v.Visit(node); v == nil {
		return
	}
	walkChildren(v, node)
	v.Visit(nil)
}

type inspector func(Node) bool

func (f inspector) Visit(node Node) Visitor {
	if f(node) {
		return f
	}
	return nil
}

// Inspect traverses the tree calling f for each node; if f returns true the
// node's children are visited, followed by f(nil).
func Inspect(node Node, f func(Node) bool) {
	Walk(inspector(f), node)
}

// Dump renders the tree exactly as python3.13's
// ast.dump(tree, include_attributes=True, show_empty=True) does.
func Dump(node Node) string {
	d := &dumper{}
	d.node(node)
	return d.b.String()
}

type dumper struct {
	b     strings.Builder
	first bool
}

func (d *dumper) open(name string) {
	d.b.WriteString(name)
	d.b.WriteByte('(')
	d.first = true
}

func (d *dumper) close() {
	d.b.WriteByte(')')
	d.first = false
}

func (d *dumper) field(name string) {
	if !d.first {
		d.b.WriteString(", ")
	}
	d.first = false
	d.b.WriteString(name)
	d.b.WriteByte('=')
}

func (d *dumper) str(s string) { d.b.WriteString(Repr(s)) }

func (d *dumper) int(i int) { d.b.WriteString(strconv.Itoa(i)) }

func (d *dumper) strList(name string, xs []string) {
	d.field(name)
	d.b.WriteByte('[')
	for i, x := range xs {
		if i > 0 {
			d.b.WriteString(", ")
		}
		d.str(x)
	}
	d.b.WriteByte(']')
}

func (d *dumper) pos(p Pos) {
	d.field("lineno")
	d.int(int(p.Lineno))
	d.field("col_offset")
	d.int(int(p.ColOffset))
	d.field("end_lineno")
	d.int(int(p.EndLineno))
	d.field("end_col_offset")
	d.int(int(p.EndColOffset))
}
