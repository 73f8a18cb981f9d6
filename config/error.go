// Package config turns command-line flags, pyproject.toml ([tool.krait],
// [tool.bandit]), .bandit INI files and bandit YAML/TOML profiles into one
// set of scan options, with bandit's precedence rules.
package config

import "fmt"

// Error is a configuration problem; File and Line locate it when known so
// the command line can print one clear line and exit 2.
type Error struct {
	File string
	Line int // 1-based; 0 when the format gives no line
	Msg  string
}

func (e *Error) Error() string {
	switch {
	case e.File != "" && e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	case e.File != "":
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return e.Msg
}

func errorf(file string, line int, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
}
