// Package injection holds bandit's code, shell and SQL injection checks:
// B102, B601–B611.
package injection

import (
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

// ShellLists are bandit's shell_injection plugin options.
type ShellLists struct {
	Subprocess, Shell, NoShell map[string]bool
}

var defaultSubprocess = []string{"subprocess.Popen", "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.run"}

var defaultShell = []string{"os.system", "os.popen", "os.popen2", "os.popen3", "os.popen4", "popen2.popen2", "popen2.popen3",
	"popen2.popen4", "popen2.Popen3", "popen2.Popen4", "commands.getoutput", "commands.getstatusoutput",
	"subprocess.getoutput", "subprocess.getstatusoutput"}

var defaultNoShell = []string{"os.execl", "os.execle", "os.execlp", "os.execlpe", "os.execv", "os.execve", "os.execvp",
	"os.execvpe", "os.spawnl", "os.spawnle", "os.spawnlp", "os.spawnlpe", "os.spawnv", "os.spawnve", "os.spawnvp",
	"os.spawnvpe", "os.startfile"}

// PrepareShell reads the shell_injection block.
func PrepareShell(opts map[string]any) any {
	return &ShellLists{
		Subprocess: checks.OptSet(opts, "subprocess", defaultSubprocess),
		Shell:      checks.OptSet(opts, "shell", defaultShell),
		NoShell:    checks.OptSet(opts, "no_shell", defaultNoShell),
	}
}

// Class is where a call's qualified name falls in the shell_injection lists.
type Class struct{ Subprocess, Shell, NoShell bool }

// Classify looks the current call up in the lists once per call.
func (l *ShellLists) Classify(ctx *checks.Context) Class {
	return ctx.Memo(l, func() any {
		q := ctx.QualName()
		return Class{l.Subprocess[q], l.Shell[q], l.NoShell[q]}
	}).(Class)
}

// lastParts returns the unqualified names of the listed functions.
func lastParts(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for q := range set {
		if i := strings.LastIndexByte(q, '.'); i >= 0 {
			q = q[i+1:]
		}
		out = append(out, q)
	}
	return out
}

// SubprocessNames, ShellNames and AnyListNames are CallNames for checks
// that only fire on functions of the lists.
func SubprocessNames(s any) []string { return lastParts(s.(*ShellLists).Subprocess) }

func shellNames(s any) []string { return lastParts(s.(*ShellLists).Shell) }

func noShellNames(s any) []string { return lastParts(s.(*ShellLists).NoShell) }

func anyListNames(s any) []string {
	return append(append(SubprocessNames(s), shellNames(s)...), noShellNames(s)...)
}

func subprocessOrShellNames(s any) []string { return append(SubprocessNames(s), shellNames(s)...) }

// HasShell is bandit's has_shell: the truthiness of a shell= keyword as far
// as it can be read statically (any non-literal expression counts as true).
func HasShell(call *ast.Call) bool {
	result := false
	for _, k := range call.Keywords {
		if k == nil || k.Arg != "shell" {
			continue
		}
		switch v := k.Value.(type) {
		case *ast.Constant:
			result = constTruthy(v.Value)
		case *ast.List:
			result = len(v.Elts) > 0
		case *ast.Dict:
			result = len(v.Keys) > 0
		case *ast.Name:
			result = v.ID != "False" && v.ID != "None"
		default:
			result = true
		}
	}
	return result
}

func constTruthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case int64:
		return x != 0
	case float64:
		return x != 0
	case complex128:
		return x != 0
	case string:
		return x != ""
	case ast.Bytes:
		return x != ""
	case interface{ Sign() int }:
		return x.Sign() != 0
	}
	return true
}

func firstArgIsStr(call *ast.Call) bool {
	_, ok := checks.StrConst(call.Args[0])
	return ok
}

func shellDoc(summary, bad, good string) finding.Doc {
	return finding.Doc{
		Summary: summary,
		Why: "A command line built from data and run through a shell lets anyone who controls part of the data " +
			"run arbitrary commands (`; rm -rf ~`, `$(...)`). Even without a shell, running external programs " +
			"deserves review of what is executed and with which arguments.",
		Bad:  bad,
		Good: good,
		Remediation: "Pass an argument list to subprocess.run without shell=True, use an absolute path to the " +
			"executable, and validate inputs; if a shell is unavoidable, quote every interpolated value with shlex.quote.",
		References: []string{finding.CWELink(78), "https://docs.python.org/3/library/subprocess.html#security-considerations"},
	}
}

func shellRule(id, name string, sev, conf finding.Level, cwe int, d finding.Doc) *finding.Rule {
	return &finding.Rule{ID: id, Name: name, Severity: sev, Confidence: conf, CWE: cwe,
		MoreInfo: checks.PluginURL(id, name), ConfigKey: "shell_injection", Doc: d}
}

var (
	ruleB602 = shellRule("B602", "subprocess_popen_with_shell_equals_true", finding.High, finding.High, 78,
		shellDoc("subprocess calls with a truthy shell= argument.",
			"import subprocess\nsubprocess.call(\"convert \" + filename + \" out.png\", shell=True)\n",
			"import subprocess\nsubprocess.call([\"/usr/bin/convert\", filename, \"out.png\"])\n"))
	ruleB603 = shellRule("B603", "subprocess_without_shell_equals_true", finding.Low, finding.High, 78,
		shellDoc("subprocess calls without a shell: review what is executed.",
			"import subprocess\nsubprocess.run(user_cmd)\n",
			"import pygit2  # a library API instead of a child process\nstatus = pygit2.Repository(\".\").status()\n"))
	ruleB604 = shellRule("B604", "any_other_function_with_shell_equals_true", finding.Medium, finding.Low, 78,
		shellDoc("Calls of functions other than subprocess's with a truthy shell= argument.",
			"utils.execute(cmd, shell=True)\n",
			"utils.execute([\"/usr/bin/ls\", path])\n"))
	ruleB605 = shellRule("B605", "start_process_with_a_shell", finding.High, finding.High, 78,
		shellDoc("Functions that always run a command through a shell (os.system, os.popen...).",
			"import os\nos.system(\"tar xf \" + archive)\n",
			"import subprocess\nsubprocess.run([\"/usr/bin/tar\", \"xf\", archive], check=True)\n"))
	ruleB606 = shellRule("B606", "start_process_with_no_shell", finding.Low, finding.Medium, 78,
		shellDoc("Functions starting a process without a shell (os.exec*, os.spawn*, os.startfile).",
			"import os\nos.execvp(prog, [prog, arg])\n",
			"import subprocess\nsubprocess.run([\"/usr/bin/prog\", checked_arg], check=True)\n"))
	ruleB607 = shellRule("B607", "start_process_with_partial_path", finding.Low, finding.High, 78,
		shellDoc("Processes started with a relative executable name, resolved through PATH.",
			"import subprocess\nsubprocess.run([\"git\", \"pull\"])\n",
			"import subprocess\nsubprocess.run([\"/usr/bin/git\", \"pull\"])\n"))
	ruleB609 = shellRule("B609", "linux_commands_wildcard_injection", finding.High, finding.Medium, 155,
		finding.Doc{
			Summary: "Shell commands running chown, chmod, tar or rsync with a `*` wildcard.",
			Why: "The shell expands `*` into file names; a file named like an option (`--checkpoint-action=exec=sh x.sh` " +
				"for tar, `--reference=...` for chown) is then parsed as an option, letting whoever can create files run code.",
			Bad:         "import os\nos.system(\"tar cf backup.tar *\")\n",
			Good:        "import subprocess\nsubprocess.run([\"/usr/bin/tar\", \"cf\", \"backup.tar\", \"--\", *names], check=True)\n",
			Remediation: "Avoid shell wildcards: list the files in Python (glob, os.scandir) and pass them after `--` in an argument list.",
			References:  []string{finding.CWELink(155), "https://www.exploit-db.com/papers/33930"},
		})
)

// partialPath is bandit's full_path_match negated: not a drive letter, not
// starting with /, \ or .
func partialPath(s string) bool {
	if s == "" {
		return true
	}
	switch s[0] {
	case '/', '\\', '.':
		return false
	}
	if len(s) >= 2 && s[1] == ':' && (s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') {
		return false
	}
	return true
}

func init() {
	checks.RegisterPluginDefaults("shell_injection", map[string]any{
		"subprocess": append([]string(nil), defaultSubprocess...),
		"shell":      append([]string(nil), defaultShell...),
		"no_shell":   append([]string(nil), defaultNoShell...),
	})
	call := []checks.Kind{checks.KindCall}
	checks.Register(&checks.Check{Rule: ruleB602, Kinds: call, Prepare: PrepareShell, CallNames: SubprocessNames, Run: func(ctx *checks.Context, s any) *checks.Issue {
		c := ctx.Call()
		if !s.(*ShellLists).Classify(ctx).Subprocess || !HasShell(c) || len(c.Args) == 0 {
			return nil
		}
		if firstArgIsStr(c) {
			return &checks.Issue{Severity: finding.Low, Confidence: finding.High, Line: ctx.KeywordLine("shell"),
				Text: "subprocess call with shell=True seems safe, but may be changed in the future, consider rewriting without shell"}
		}
		return &checks.Issue{Severity: finding.High, Confidence: finding.High, Line: ctx.KeywordLine("shell"),
			Text: "subprocess call with shell=True identified, security issue."}
	}})
	checks.Register(&checks.Check{Rule: ruleB603, Kinds: call, Prepare: PrepareShell, CallNames: SubprocessNames, Run: func(ctx *checks.Context, s any) *checks.Issue {
		if !s.(*ShellLists).Classify(ctx).Subprocess || HasShell(ctx.Call()) {
			return nil
		}
		return &checks.Issue{Severity: finding.Low, Confidence: finding.High, Line: ctx.KeywordLine("shell"),
			Text: "subprocess call - check for execution of untrusted input."}
	}})
	checks.Register(&checks.Check{Rule: ruleB604, Kinds: call, Prepare: PrepareShell, Run: func(ctx *checks.Context, s any) *checks.Issue {
		c := ctx.Call()
		if len(c.Keywords) == 0 || !HasShell(c) || s.(*ShellLists).Classify(ctx).Subprocess {
			return nil
		}
		return &checks.Issue{Severity: finding.Medium, Confidence: finding.Low, Line: ctx.KeywordLine("shell"),
			Text: "Function call with shell=True parameter identified, possible security issue."}
	}})
	checks.Register(&checks.Check{Rule: ruleB605, Kinds: call, Prepare: PrepareShell, CallNames: shellNames, Run: func(ctx *checks.Context, s any) *checks.Issue {
		c := ctx.Call()
		if len(c.Args) == 0 || !s.(*ShellLists).Classify(ctx).Shell {
			return nil
		}
		if firstArgIsStr(c) {
			return &checks.Issue{Severity: finding.Low, Confidence: finding.High,
				Text: "Starting a process with a shell: Seems safe, but may be changed in the future, consider rewriting without shell"}
		}
		return &checks.Issue{Severity: finding.High, Confidence: finding.High,
			Text: "Starting a process with a shell, possible injection detected, security issue."}
	}})
	checks.Register(&checks.Check{Rule: ruleB606, Kinds: call, Prepare: PrepareShell, CallNames: noShellNames, Run: func(ctx *checks.Context, s any) *checks.Issue {
		if !s.(*ShellLists).Classify(ctx).NoShell {
			return nil
		}
		return &checks.Issue{Severity: finding.Low, Confidence: finding.Medium, Text: "Starting a process without a shell."}
	}})
	checks.Register(&checks.Check{Rule: ruleB607, Kinds: call, Prepare: PrepareShell, CallNames: anyListNames, Run: func(ctx *checks.Context, s any) *checks.Issue {
		c := ctx.Call()
		if len(c.Args) == 0 {
			return nil
		}
		if cl := s.(*ShellLists).Classify(ctx); !cl.Subprocess && !cl.Shell && !cl.NoShell {
			return nil
		}
		arg := c.Args[0]
		if lst, ok := arg.(*ast.List); ok && len(lst.Elts) > 0 {
			arg = lst.Elts[0]
		}
		if v, ok := checks.StrConst(arg); ok && partialPath(v) {
			return &checks.Issue{Severity: finding.Low, Confidence: finding.High, Text: "Starting a process with a partial executable path"}
		}
		return nil
	}})
	checks.Register(&checks.Check{Rule: ruleB609, Kinds: call, Prepare: PrepareShell, CallNames: subprocessOrShellNames, Run: func(ctx *checks.Context, s any) *checks.Issue {
		c := ctx.Call()
		if len(c.Args) == 0 {
			return nil
		}
		cl := s.(*ShellLists).Classify(ctx)
		if !cl.Shell && !(cl.Subprocess && ctx.KeywordIs("shell", "True") == checks.Match) {
			return nil
		}
		q := ctx.QualName()
		var arg string
		switch v := ctx.ArgAt(0).(type) {
		case string:
			arg = v
		case checks.ListLit:
			var b strings.Builder
			for _, x := range v {
				b.WriteString(" ")
				b.WriteString(checks.PyStr(x))
			}
			arg = b.String()
		}
		if arg == "" || !strings.Contains(arg, "*") {
			return nil
		}
		for _, cmd := range []string{"chown", "chmod", "tar", "rsync"} {
			if strings.Contains(arg, cmd) {
				return &checks.Issue{Severity: finding.High, Confidence: finding.Medium, Line: ctx.KeywordLine("shell"),
					Text: "Possible wildcard injection in call: " + q}
			}
		}
		return nil
	}})
}
