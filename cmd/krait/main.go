// Command krait is a security scanner for Python: bandit's checks plus a
// whole-program taint analysis, one static binary.
//
//	krait scan [flags] [PATH ...]   scan files and directories (- = stdin)
//	krait rules                     list every rule
//	krait explain ID                document one rule
//	krait config --show-defaults    print a bandit-style config with defaults
//	krait version                   print the version
package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// Exit codes, as bandit's.
const (
	exitClean    = 0 // nothing reported
	exitFindings = 1 // issues reported
	exitUsage    = 2 // usage or configuration error
)

// env is what a command may touch, so tests can run commands in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	stdoutIsTTY    bool
	stderrIsTTY    bool
	getenv         func(string) string

	// cleanups run when the process is interrupted (temporary files).
	cleanupMu sync.Mutex
	cleanups  []func()
}

// atInterrupt registers f to run if the process is interrupted.
func (e *env) atInterrupt(f func()) {
	e.cleanupMu.Lock()
	defer e.cleanupMu.Unlock()
	e.cleanups = append(e.cleanups, f)
}

func (e *env) interrupted() {
	e.cleanupMu.Lock()
	defer e.cleanupMu.Unlock()
	for _, f := range e.cleanups {
		f()
	}
}

func main() {
	e := &env{
		stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		stdoutIsTTY: isTerminal(os.Stdout), stderrIsTTY: isTerminal(os.Stderr),
		getenv: os.Getenv,
	}
	// Interrupted scans exit 2, like bandit on KeyboardInterrupt.
	interrupts := make(chan os.Signal, 1)
	signal.Notify(interrupts, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-interrupts
		e.interrupted()
		fmt.Fprintln(os.Stderr, "krait: interrupted")
		os.Exit(exitUsage)
	}()
	os.Exit(run(os.Args[1:], e))
}

const usage = `usage: krait <command> [arguments]

commands:
  scan [flags] [PATH ...]   scan Python files, directories and notebooks (default .)
  rules                     list every rule: id, name, severity, confidence, CWE
  explain ID                show what a rule finds, why, and how to fix it
  config --show-defaults    print a bandit-style YAML config with every default
  version                   print krait's version

Run "krait scan --help" for the scan flags.
`

// commandHelp is the help of the commands without flags of their own
// (scan prints its flag list itself).
var commandHelp = map[string]string{
	"rules":   "usage: krait rules\n\nList every rule: id, name, severity, confidence, CWE; retired and off-by-default rules are marked.\n",
	"explain": "usage: krait explain RULE-ID|NAME\n\nShow what a rule finds, why it is dangerous, a vulnerable and a fixed example, and references.\n",
	"config": "usage: krait config --show-defaults | -o FILE [-t IDS] [-s IDS]\n\n" +
		"Print (or write to FILE) a bandit-style YAML config listing every rule and every plugin option\n" +
		"with its default, as bandit-config-generator does; -t/-s fill its tests: and skips:.\n",
	"version": "usage: krait version\n",
}

func run(args []string, e *env) int {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, usage)
		return exitUsage
	}
	// "krait help CMD" and "krait CMD -h" show the command's help.
	if args[0] == "help" && len(args) > 1 {
		return run([]string{args[1], "--help"}, e)
	}
	if len(args) > 1 && (args[1] == "-h" || args[1] == "--help") {
		if text, ok := commandHelp[args[0]]; ok {
			fmt.Fprint(e.stdout, text)
			return exitClean
		}
	}
	switch args[0] {
	case "scan":
		return runScan(args[1:], e)
	case "rules":
		return runRules(args[1:], e)
	case "explain":
		return runExplain(args[1:], e)
	case "config":
		return runConfig(args[1:], e)
	case "version", "--version":
		fmt.Fprintln(e.stdout, versionText())
		return exitClean
	case "help", "-h", "--help":
		fmt.Fprint(e.stdout, usage)
		return exitClean
	}
	return fail(e, "unknown command %q (run \"krait help\")", args[0])
}

// fail prints one "krait: error: ..." line and returns the usage exit code.
func fail(e *env, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "krait: error: "+format+"\n", args...)
	return exitUsage
}

func warn(e *env, format string, args ...any) {
	fmt.Fprintf(e.stderr, "krait: warning: "+format+"\n", args...)
}
