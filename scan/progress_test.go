package scan

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kraitsec/krait/finding"
)

// lockedBuffer is written by the progress goroutine and read by the test.
type lockedBuffer struct {
	sync.Mutex
	bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.Lock()
	defer b.Unlock()
	return b.Buffer.Write(p)
}

// TestProgressShowsTheWholeProgramStage: a long whole-program stage is
// shown on the progress writer and the line is cleared afterwards; a
// quick scan writes nothing.
func TestProgressShowsTheWholeProgramStage(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.py": "x = 1\n"})
	chdir(t, dir)

	var out lockedBuffer
	o := defaultOpts(".")
	o.Progress = &out
	o.WholeProgram = &stageFunc{run: func([]any) ([]finding.Finding, []finding.FileError) {
		time.Sleep(1300 * time.Millisecond)
		return nil, nil
	}}
	runFake(t, o)
	got := out.String()
	if !strings.Contains(got, "taint analysis of 1 files... ") || !strings.HasSuffix(got, "\r"+strings.Repeat(" ", 60)+"\r") {
		t.Errorf("progress output %q", got)
	}

	var quick lockedBuffer
	o = defaultOpts(".")
	o.Progress = &quick
	o.WholeProgram = &stageFunc{run: func([]any) ([]finding.Finding, []finding.FileError) { return nil, nil }}
	runFake(t, o)
	if quick.Len() != 0 {
		t.Errorf("quick scan drew %q", quick.String())
	}
}
