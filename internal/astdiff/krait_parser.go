package main

import (
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/parser"
)

// kraitParse is krait's parser, the one under test.
func kraitParse(filename string, src []byte) (*ast.Module, error) {
	return parser.ParseFile(filename, src)
}
