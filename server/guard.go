package server

import (
	"context"
	"errors"
	"log/slog"
	"runtime"
	"runtime/metrics"
	"sync"
	"time"
)

// errOverBudget is the cause given to queries the memory guard stops.
var errOverBudget = errors.New("query stopped: the server's memory budget for queries was exceeded (a script allocating without end?)")

// memGuard bounds the memory of running queries. Cayley's JavaScript
// engine has no memory limit of its own, and a script such as
// `var a = []; while (true) { a.push(new Array(1e6).fill(1)) }` grows the
// heap by tens of megabytes a second until its deadline: a few of them at
// once take the process down long before a 30-second timeout. While any
// query runs, the guard samples the live heap every interval; past limit
// it forces a collection (the figure includes garbage), and if the heap is
// still past limit it cancels every running query with errOverBudget. The
// engine stops a cancelled script at its next instruction, the query
// answers 503, and the memory is collected. It cannot tell which query
// holds the memory, so it stops them all: innocent queries fail once, but
// the server stays up. Single steps that allocate without an instruction
// boundary are refused earlier, by the sandbox in package graph.
type memGuard struct {
	limit    uint64
	interval time.Duration
	log      *slog.Logger
	onStop   func(n int) // called with the number of queries stopped

	mu       sync.Mutex
	next     uint64
	running  map[uint64]*guarded
	watching bool
}

type guarded struct {
	cancel    context.CancelCauseFunc
	cancelled bool
}

func newMemGuard(limit uint64, interval time.Duration, log *slog.Logger, onStop func(int)) *memGuard {
	return &memGuard{limit: limit, interval: interval, log: log, onStop: onStop, running: map[uint64]*guarded{}}
}

// enter registers a query: ctx is cancelled with errOverBudget when the
// guard stops it. leave must be called when the query returns.
func (g *memGuard) enter(parent context.Context) (ctx context.Context, leave func()) {
	ctx, cancel := context.WithCancelCause(parent)
	g.mu.Lock()
	id := g.next
	g.next++
	g.running[id] = &guarded{cancel: cancel}
	if !g.watching {
		g.watching = true
		go g.watch()
	}
	g.mu.Unlock()
	return ctx, func() {
		g.mu.Lock()
		delete(g.running, id)
		g.mu.Unlock()
		cancel(nil)
	}
}

// watch samples the heap while queries run; it ends when none does (enter
// starts it again), so an idle server runs no goroutine for it.
func (g *memGuard) watch() {
	t := time.NewTicker(g.interval)
	defer t.Stop()
	for range t.C {
		g.mu.Lock()
		if len(g.running) == 0 {
			g.watching = false
			g.mu.Unlock()
			return
		}
		live := 0
		for _, q := range g.running {
			if !q.cancelled {
				live++
			}
		}
		g.mu.Unlock()
		if live == 0 || heapBytes() <= g.limit {
			continue
		}
		runtime.GC()
		heap := heapBytes()
		if heap <= g.limit {
			continue
		}
		g.mu.Lock()
		n := 0
		for _, q := range g.running {
			if !q.cancelled {
				q.cancelled = true
				q.cancel(errOverBudget)
				n++
			}
		}
		g.mu.Unlock()
		g.log.Warn("queries stopped: memory budget exceeded", "heap_mb", heap>>20, "limit_mb", g.limit>>20, "queries", n)
		if g.onStop != nil {
			g.onStop(n)
		}
	}
}

// heapBytes is the memory held by heap objects, live or not yet collected.
func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}
