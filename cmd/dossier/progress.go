package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/dossier-kg/dossier/pipeline"
)

// progress reports a build while it runs: on a terminal, one line redrawn
// in place (documents done of expected, rate, MB/s, ETA); elsewhere, one log
// line every ten seconds. Safe for concurrent use.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	tty   bool
	log   *slog.Logger
	start time.Time
	last  time.Time
	every time.Duration
	drawn bool
}

func newProgress(w io.Writer, log *slog.Logger) *progress {
	p := &progress{w: w, log: log, start: time.Now(), every: 10 * time.Second}
	under := w
	if l, ok := w.(*lockedWriter); ok {
		under = l.w // the terminal behind the app's lock
	}
	if f, ok := under.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.tty, p.every = true, 200*time.Millisecond
		}
	}
	p.last = p.start
	return p
}

// update reports s, at most once per interval.
func (p *progress) update(s pipeline.Summary) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if now.Sub(p.last) < p.every {
		return
	}
	p.last = now
	line := progressLine(s, now.Sub(p.start))
	if p.tty {
		fmt.Fprintf(p.w, "\r\033[K%s", line)
		p.drawn = true
		return
	}
	p.log.Info("building", "progress", line)
}

// clear removes the redrawn line, before anything else is written.
func (p *progress) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
		p.drawn = false
	}
}

// progressLine says how far a build is: "1,200 of 10,000 documents (12%),
// 85.3 documents/s, 1.20 MB/s, ETA 1m43s". The ETA needs the count of
// documents, which a walk beside the build supplies once it has finished.
func progressLine(s pipeline.Summary, elapsed time.Duration) string {
	done := s.Built + s.Unchanged + s.Failed
	secs := elapsed.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	rate := float64(done) / secs
	line := fmt.Sprintf("%d documents", done)
	if s.Expected > 0 {
		line = fmt.Sprintf("%d of %d documents (%d%%)", done, s.Expected, 100*done/s.Expected)
	}
	line += fmt.Sprintf(", %.1f documents/s, %.2f MB/s", rate, float64(s.Bytes)/1e6/secs)
	if s.Expected > done && rate > 0 {
		eta := time.Duration(float64(s.Expected-done) / rate * float64(time.Second))
		line += ", ETA " + eta.Round(time.Second).String()
	}
	if s.Failed > 0 {
		line += fmt.Sprintf(", %d failed", s.Failed)
	}
	return line
}
