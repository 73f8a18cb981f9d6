// Package parser turns Python source into the syntax tree CPython 3.13's
// ast.parse produces: same nodes, same fields, same positions, and a
// SyntaxError wherever CPython's ast.parse raises one (compiler and
// symtable errors such as 'return' outside a function are not raised,
// as ast.parse does not raise them either).
//
// Parse decodes and tokenizes a file with python/lexer, then parses the
// token slice by hand-written recursive descent. Functions are named after
// the rules of CPython's Grammar/python.gram; binary operators share one
// precedence loop. The few places where the grammar backtracks over more
// than a token or two (the soft keyword `match`, parenthesized `with`
// items) save and restore the parser position.
//
// Errors follow CPython's choice between tokenizer and parser errors
// (tokenizing is lazy there), its generic "invalid syntax" location (the
// furthest token looked at), its nesting limits ("too complex", trees too
// deep to convert) and, for the common cases, its messages.
//
// Testing against python3.13 (found under ~/.pyenv, or KRAIT_PYTHON):
//
//	go test -run TestSnippets -update          # regenerate testdata/*.golden
//	KRAIT_PARSER_CORPUS=stdlib:/usr/lib/python3/dist-packages go test -v -run TestStdlibAgreement
//	KRAIT_PARSER_MUTANTS=20 KRAIT_PARSER_MUTATE_DIR=stdlib go test -v -run TestMutationAgreement
//	go test -fuzz FuzzParse
//	go test -run X -bench ParseStdlib -cpu 1 -benchmem
package parser
