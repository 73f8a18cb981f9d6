// Package process holds krait's process rules: subprocess functions bound
// with shell=True through functools.partial (K110).
package process

import (
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

func init() {
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
