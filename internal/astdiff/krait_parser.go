//go:build kraitparser

package main

import "github.com/kraitsec/krait/python/parser"

// kraitParse is krait's parser, the one under test.
var kraitParse parseFunc = parser.ParseFile
