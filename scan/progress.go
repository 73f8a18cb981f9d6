package scan

import (
	"fmt"
	"io"
	"strings"
	"sync/atomic"
	"time"
)

// progress draws "[#####.....] 120/300 files" on w, starting only once
// the scan has run for a second so quick scans print nothing.
type progress struct {
	quit chan struct{}
	done chan struct{}
}

func startProgress(w io.Writer, total int, done *atomic.Int64) *progress {
	if total == 0 {
		w = nil
	}
	return startLine(w, time.Second, func() string { return progressBar(int(done.Load()), total) })
}

// startStage shows what a long stage after the files (the taint analysis)
// is doing and for how long, so the terminal does not look frozen. It
// appears once the whole scan has lasted a second.
func startStage(w io.Writer, scanStart time.Time, what string) *progress {
	begun := time.Now()
	return startLine(w, time.Second-time.Since(scanStart), func() string {
		return fmt.Sprintf("%s... %ds", what, int(time.Since(begun).Seconds()))
	})
}

// startLine redraws line() on w every 100ms after delay, until stop.
func startLine(w io.Writer, delay time.Duration, line func() string) *progress {
	p := &progress{quit: make(chan struct{}), done: make(chan struct{})}
	if w == nil {
		close(p.done)
		return p
	}
	go func() {
		defer close(p.done)
		select {
		case <-p.quit:
			return
		case <-time.After(max(delay, 0)):
		}
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			fmt.Fprintf(w, "\r%-59s", line())
			select {
			case <-p.quit:
				// Clear the bar so the report starts on a clean line.
				fmt.Fprintf(w, "\r%s\r", strings.Repeat(" ", 60))
				return
			case <-tick.C:
			}
		}
	}()
	return p
}

func (p *progress) stop() {
	close(p.quit)
	<-p.done
}

func progressBar(n, total int) string {
	const width = 30
	filled := n * width / total
	return fmt.Sprintf("[%s%s] %d/%d files", strings.Repeat("#", filled), strings.Repeat(".", width-filled), n, total)
}
