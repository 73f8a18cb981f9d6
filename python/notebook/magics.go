package notebook

import (
	"strconv"
	"strings"
)

// shellCellMagics run their body with a shell.
var shellCellMagics = map[string]string{"bash": "bash", "sh": "sh", "script bash": "bash", "script sh": "sh", "script zsh": "zsh"}

// pythonCellMagics run their body as Python.
var pythonCellMagics = map[string]bool{"time": true, "timeit": true, "capture": true, "prun": true, "debug": true}

// rewriteCell turns one cell's lines into Python, one output line per
// input line.
func rewriteCell(lines []string) []string {
	lines = removeLeadingIndent(lines)
	out := make([]string, len(lines))
	first := strings.TrimSpace(lines[0])
	if strings.HasPrefix(first, "%%") {
		name, args := splitMagic(first[2:])
		full := strings.TrimSpace(name + " " + firstWord(args))
		switch {
		case shellCellMagics[name] != "" || shellCellMagics[full] != "":
			shell := shellCellMagics[name]
			if shell == "" {
				shell = shellCellMagics[full]
			}
			return shellCell(shell, lines)
		case pythonCellMagics[name]:
			out[0] = "# " + first
			for i := 1; i < len(lines); i++ {
				out[i] = rewriteLine(lines[i])
			}
			return out
		default:
			out[0] = "# " + first
			return out // the rest stays blank: not Python
		}
	}
	for i, l := range lines {
		out[i] = rewriteLine(l)
	}
	return out
}

// removeLeadingIndent is IPython's leading_indent transformer: when a
// cell's first non-blank line is indented, that indentation is removed from every
// line starting with it (a pasted indented snippet runs). Columns of
// findings in such a cell are then counted from the dedented text.
func removeLeadingIndent(lines []string) []string {
	first := ""
	for _, l := range lines { // IPython drops leading blank lines first
		if strings.TrimSpace(l) != "" {
			first = l
			break
		}
	}
	indent := first[:len(first)-len(strings.TrimLeft(first, " \t"))]
	if indent == "" {
		return lines
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.TrimPrefix(l, indent)
	}
	return out
}

// shellCell keeps the body as the text of a run_cell_magic call: the
// string opens on the magic line and closes on the last line.
func shellCell(shell string, lines []string) []string {
	out := make([]string, len(lines))
	body := lines[1:]
	if len(body) == 0 {
		out[0] = "get_ipython().run_cell_magic(" + strconv.Quote(shell) + ", '', '')"
		return out
	}
	out[0] = "get_ipython().run_cell_magic(" + strconv.Quote(shell) + ", '', '''\\"
	for i, l := range body {
		out[i+1] = escapeTripleSingle(l)
	}
	out[len(out)-1] += "''')"
	return out
}

func escapeTripleSingle(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	return strings.ReplaceAll(s, `'`, `\'`)
}

// rewriteLine handles !shell, %magic and help syntax on one line, keeping
// its indentation; other lines are returned unchanged.
func rewriteLine(line string) string {
	trimmed := strings.TrimLeft(line, " \t")
	indent := line[:len(line)-len(trimmed)]
	switch {
	case strings.HasPrefix(trimmed, "!!"):
		return indent + "get_ipython().getoutput(" + shellString(trimmed[2:]) + ")"
	case strings.HasPrefix(trimmed, "!"):
		return indent + "get_ipython().system(" + shellString(trimmed[1:]) + ")"
	case strings.HasPrefix(trimmed, "%") && !strings.HasPrefix(trimmed, "%%"):
		return indent + lineMagic(trimmed[1:])
	}
	if target, rhs, ok := magicAssignment(trimmed); ok {
		switch {
		case strings.HasPrefix(rhs, "!"):
			return indent + target + " = get_ipython().getoutput(" + shellString(rhs[1:]) + ")"
		case strings.HasPrefix(rhs, "%"):
			return indent + target + " = " + lineMagic(rhs[1:])
		}
	}
	if obj, ok := helpQuery(trimmed); ok {
		return indent + "get_ipython().run_line_magic('pinfo', " + strconv.Quote(obj) + ")"
	}
	return line
}

// pythonLineMagics run their argument as a Python statement.
var pythonLineMagics = map[string]bool{"time": true, "timeit": true, "prun": true}

// compoundKeywords start statements that cannot follow "0;".
var compoundKeywords = map[string]bool{
	"if": true, "for": true, "while": true, "with": true, "def": true, "class": true, "try": true,
	"async": true, "match": true, "@": true,
}

func lineMagic(s string) string {
	name, args := splitMagic(s)
	// "%time stmt" runs stmt: keep it as Python so its calls are checked,
	// with "0;" and blanks in place of the magic so columns stay right.
	if pythonLineMagics[name] && args != "" && !strings.HasPrefix(args, "-") && !compoundKeywords[firstWord(args)] {
		prefix := len(s) - len(strings.TrimLeft(s[len(name):], " \t")) + 1 // "%" + name + blanks
		if prefix >= 3 {
			return "0;" + strings.Repeat(" ", prefix-2) + args
		}
	}
	switch name {
	case "system", "sx":
		call := "system"
		if name == "sx" {
			call = "getoutput"
		}
		return "get_ipython()." + call + "(" + shellString(args) + ")"
	}
	return "get_ipython().run_line_magic(" + strconv.Quote(name) + ", " + strconv.Quote(args) + ")"
}

func splitMagic(s string) (name, args string) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		return s[:i], strings.TrimSpace(s[i+1:])
	}
	return s, ""
}

func firstWord(s string) string {
	name, _ := splitMagic(s)
	return name
}

// magicAssignment recognises "name = !cmd" and "a, b = %magic" forms.
func magicAssignment(s string) (target, rhs string, ok bool) {
	i := strings.Index(s, "=")
	if i <= 0 || strings.ContainsAny(s[:i], "([{'\"!<>=") {
		return "", "", false
	}
	target = strings.TrimSpace(s[:i])
	rhs = strings.TrimSpace(s[i+1:])
	if target == "" || rhs == "" || (rhs[0] != '!' && rhs[0] != '%') {
		return "", "", false
	}
	for _, part := range strings.Split(target, ",") {
		if !isIdentifier(strings.TrimSpace(part)) {
			return "", "", false
		}
	}
	return target, rhs, true
}

// helpQuery recognises "obj?", "obj??", "?obj" on their own.
func helpQuery(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasPrefix(s, "#") {
		return "", false
	}
	obj := strings.TrimRight(strings.TrimLeft(s, "?"), "?")
	if obj == s || obj == "" {
		return "", false
	}
	for _, part := range strings.Split(obj, ".") {
		if !isIdentifier(part) {
			return "", false
		}
	}
	return obj, true
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 || (i > 0 && r >= '0' && r <= '9') {
			continue
		}
		return false
	}
	return true
}

// shellString writes a shell command as a Python string literal: an
// f-string when IPython would expand {expr} or $name in it.
func shellString(cmd string) string {
	cmd = strings.TrimSpace(cmd)
	var b strings.Builder
	expands := false
	for i := 0; i < len(cmd); i++ {
		c := cmd[i]
		switch {
		case c == '$' && i+1 < len(cmd) && cmd[i+1] == '$':
			b.WriteByte('$') // $$ is a literal $ for the shell
			i++
		case c == '$' && i+1 < len(cmd) && isIdentStart(cmd[i+1]):
			j := i + 1
			for j < len(cmd) && isIdentPart(cmd[j]) {
				j++
			}
			b.WriteString("{" + cmd[i+1:j] + "}")
			expands = true
			i = j - 1
		case c == '{':
			end := strings.IndexByte(cmd[i:], '}')
			if end < 0 {
				b.WriteString("{{")
				continue
			}
			inner := cmd[i+1 : i+end]
			if !looksLikeExpr(inner) {
				b.WriteString("{{" + escapeForF(inner) + "}}")
			} else {
				b.WriteString("{" + inner + "}")
				expands = true
			}
			i += end
		case c == '}':
			b.WriteString("}}")
		case c == '\\':
			b.WriteString(`\\`)
		case c == '"':
			b.WriteString(`\"`)
		default:
			b.WriteByte(c)
		}
	}
	if !expands {
		return strconv.Quote(strings.ReplaceAll(cmd, "$$", "$"))
	}
	return `f"` + b.String() + `"`
}

func isIdentStart(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isIdentPart(c byte) bool  { return isIdentStart(c) || c >= '0' && c <= '9' }

// looksLikeExpr accepts the simple expressions notebooks interpolate
// ({path}, {cfg.dir}, {args[0]}, {f(x)}); anything else (awk programs,
// shell brace expansion) stays literal, as IPython leaves it when
// expansion fails.
func looksLikeExpr(s string) bool {
	if s == "" || !isIdentStart(s[0]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isIdentPart(c) && !strings.ContainsRune(".[]()'\",", rune(c)) {
			return false
		}
	}
	return true
}

func escapeForF(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	return strings.ReplaceAll(s, `"`, `\"`)
}
