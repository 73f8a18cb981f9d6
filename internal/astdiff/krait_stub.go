//go:build !kraitparser

package main

import (
	"errors"

	"github.com/kraitsec/krait/python/ast"
)

// kraitParse stands in for parser.ParseFile until python/parser builds;
// build with -tags kraitparser to use the real one.
func kraitParse(filename string, src []byte) (*ast.Module, error) {
	return nil, errors.New("krait's parser is not built in (python/parser not ready)")
}
