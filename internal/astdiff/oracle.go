package main

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

//go:embed oracle.py
var oracleScript string

// outcome is one parser's answer for a file: a dump, or a rejection.
type outcome struct {
	dump   string
	err    string
	reject bool
}

// oracle is one long-lived python3.13 process answering parse requests.
type oracle struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
}

// findPython returns the newest ~/.pyenv/versions/3.13*/bin/python3.13.
func findPython() (string, error) {
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	matches, _ := filepath.Glob(filepath.Join(home, ".pyenv/versions/3.13*/bin/python3.13"))
	if len(matches) == 0 {
		return "", fmt.Errorf("no python3.13 under %s/.pyenv/versions/3.13*/bin (use -python PATH)", home)
	}
	sort.Strings(matches)
	return matches[len(matches)-1], nil
}

// startOracle starts python with the embedded server script, isolated
// from PYTHON* variables and user site-packages (-I). Warnings
// (SyntaxWarning for invalid escapes and the like) are noise here.
func startOracle(python string) (*oracle, error) {
	cmd := exec.Command(python, "-I", "-W", "ignore", "-c", oracleScript)
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", python, err)
	}
	return &oracle{cmd: cmd, in: in, out: bufio.NewReaderSize(out, 1<<20)}, nil
}

// send asks for path's dump; recv must be called once per send, in order.
func (o *oracle) send(path string) error {
	_, err := fmt.Fprintf(o.in, "%d\n%s", len(path), path)
	return err
}

func (o *oracle) recv() (outcome, error) {
	header, err := o.out.ReadString('\n')
	if err != nil {
		return outcome{}, fmt.Errorf("python oracle died: %w", err)
	}
	tag, size, ok := strings.Cut(strings.TrimSuffix(header, "\n"), " ")
	n, convErr := strconv.Atoi(size)
	if !ok || convErr != nil || n < 0 || (tag != "OK" && tag != "ERR") {
		return outcome{}, fmt.Errorf("python oracle: bad reply header %q", header)
	}
	buf := make([]byte, n)
	if _, err := io.ReadFull(o.out, buf); err != nil {
		return outcome{}, fmt.Errorf("python oracle: short reply: %w", err)
	}
	if tag == "ERR" {
		return outcome{err: string(buf), reject: true}, nil
	}
	return outcome{dump: string(buf)}, nil
}

// close ends the process by closing its input and waits for it.
func (o *oracle) close() error {
	o.in.Close()
	return o.cmd.Wait()
}
