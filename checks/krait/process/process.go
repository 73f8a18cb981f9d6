// Package process holds krait's process rules: subprocess functions bound
// with shell=True through functools.partial (K110), and shells started
// explicitly with -c in an argument list (K111).
package process

import (
	"path"
	"strings"

	"github.com/kraitsec/krait/python/ast"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/checks/bandit/injection"
	"github.com/kraitsec/krait/finding"
)

var ruleK110 = &finding.Rule{
	ID: "K110", Name: "subprocess_partial_shell", Severity: finding.High, Confidence: finding.Medium, CWE: 78,
	MoreInfo: "https://docs.python.org/3/library/subprocess.html#security-considerations", ConfigKey: "shell_injection",
	Doc: finding.Doc{
		Summary: "functools.partial binding a subprocess function with a truthy shell= argument.",
		Why: "Every later call of the bound function runs its command through the shell, open to injection " +
			"from any interpolated data. bandit's B602 does not see through the partial; B604 reports it only " +
			"as a generic shell=True call (MEDIUM/LOW).",
		Bad:         "import functools, subprocess\nrun = functools.partial(subprocess.run, shell=True)\nrun(\"ls \" + path)\n",
		Good:        "import functools, subprocess\nrun = functools.partial(subprocess.run, check=True)\nrun([\"/bin/ls\", path])\n",
		Remediation: "Bind argument-list calls without shell=True; quote with shlex.quote if a shell is unavoidable.",
		References:  []string{finding.CWELink(78), "https://docs.python.org/3/library/subprocess.html#security-considerations"},
	},
}

var ruleK111 = &finding.Rule{
	ID: "K111", Name: "subprocess_explicit_shell", Severity: finding.High, Confidence: finding.High, CWE: 78,
	MoreInfo: "https://github.com/PyCQA/bandit/issues/609", ConfigKey: "shell_injection",
	Doc: finding.Doc{
		Summary: "subprocess calls whose argument list starts a shell with a command string (`[\"bash\", \"-c\", cmd]`).",
		Why: "Running `sh -c`/`bash -c`/`cmd /c` is shell=True in disguise: the command string is parsed by the " +
			"shell, so interpolated data can inject commands, yet bandit's B602 only looks at the shell= argument " +
			"(PyCQA/bandit#609). HIGH when the command is built at run time, LOW when it is a literal.",
		Bad:         "import subprocess\nsubprocess.run([\"/bin/bash\", \"-c\", \"ls -l \" + user_dir])\n",
		Good:        "import subprocess\nsubprocess.run([\"/bin/ls\", \"-l\", \"--\", user_dir])\n",
		Remediation: "Run the program directly with an argument list; if shell features are needed, build the command from constants and quote every value with shlex.quote.",
		References:  []string{finding.CWELink(78), "https://github.com/PyCQA/bandit/issues/609"},
	},
}

var shells = map[string]bool{"sh": true, "bash": true, "zsh": true, "dash": true, "ksh": true, "csh": true, "tcsh": true,
	"fish": true, "ash": true, "busybox": true, "cmd": true, "cmd.exe": true, "powershell": true, "powershell.exe": true, "pwsh": true}

var commandFlags = map[string]bool{"-c": true, "/c": true, "/C": true, "-Command": true, "-command": true}

// explicitShell finds `[shell, ..., -c, command, ...]` in a list literal and
// returns the command element.
func explicitShell(e ast.Expr) (ast.Expr, bool) {
	var elts []ast.Expr
	switch x := e.(type) {
	case *ast.List:
		elts = x.Elts
	case *ast.Tuple:
		elts = x.Elts
	default:
		return nil, false
	}
	if len(elts) < 3 {
		return nil, false
	}
	prog, ok := checks.StrConst(elts[0])
	if !ok || !shells[strings.ToLower(path.Base(strings.ReplaceAll(prog, "\\", "/")))] {
		return nil, false
	}
	for i := 1; i+1 < len(elts); i++ {
		if f, ok := checks.StrConst(elts[i]); ok && commandFlags[f] {
			return elts[i+1], true
		}
	}
	return nil, false
}

func init() {
	checks.Register(&checks.Check{Rule: ruleK111, Kinds: []checks.Kind{checks.KindCall}, Prepare: injection.PrepareShell,
		CallNames: injection.SubprocessNames,
		Run: func(ctx *checks.Context, s any) *checks.Issue {
			c := ctx.Call()
			if len(c.Args) == 0 || !s.(*injection.ShellLists).Classify(ctx).Subprocess {
				return nil
			}
			cmd, ok := explicitShell(c.Args[0])
			if !ok {
				return nil
			}
			if _, literal := checks.StrConst(cmd); literal {
				return &checks.Issue{Severity: finding.Low, Confidence: finding.High,
					Text: "subprocess call starting a shell with a command string (literal command), consider running the program directly."}
			}
			return &checks.Issue{Severity: finding.High, Confidence: finding.High,
				Text: "subprocess call starting a shell with a command built at run time, possible shell injection."}
		}})

	checks.Register(&checks.Check{Rule: ruleK110, Kinds: []checks.Kind{checks.KindCall}, Prepare: injection.PrepareShell,
		CallNames: checks.Names("partial"),
		Run: func(ctx *checks.Context, s any) *checks.Issue {
			c := ctx.Call()
			if ctx.QualName() != "functools.partial" || len(c.Args) == 0 || !injection.HasShell(c) {
				return nil
			}
			target := ctx.QualNameOf(c.Args[0])
			if !s.(*injection.ShellLists).Subprocess[target] {
				return nil
			}
			return &checks.Issue{Severity: finding.High, Confidence: finding.Medium, Line: ctx.KeywordLine("shell"),
				Text: "subprocess call with shell=True bound through functools.partial (" + target + "), security issue."}
		}})
}
