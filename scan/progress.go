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
	p := &progress{quit: make(chan struct{}), done: make(chan struct{})}
	if w == nil || total == 0 {
		close(p.done)
		return p
	}
	go func() {
		defer close(p.done)
		select {
		case <-p.quit:
			return
		case <-time.After(time.Second):
		}
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			drawProgress(w, int(done.Load()), total)
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

func drawProgress(w io.Writer, n, total int) {
	const width = 30
	filled := n * width / total
	fmt.Fprintf(w, "\r[%s%s] %d/%d files", strings.Repeat("#", filled), strings.Repeat(".", width-filled), n, total)
}
