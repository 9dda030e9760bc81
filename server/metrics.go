package server

import (
	"fmt"
	"io"
	"net/http"
	"runtime"
	"sync/atomic"
	"time"
)

// counters are the server's /metrics: what queries did and how long they
// took, and what the HTTP layer refused. All fields are updated atomically;
// the zero value is ready.
type counters struct {
	queries    atomic.Int64 // queries run (a slot taken)
	errors     atomic.Int64 // queries answered with an error, any cause
	timeouts   atomic.Int64 // queries stopped at the deadline
	truncated  atomic.Int64 // queries cut at the result limit
	busy       atomic.Int64 // queries refused with 503: no slot free
	memory     atomic.Int64 // queries stopped by the memory guard
	tooLarge   atomic.Int64 // requests refused with 413
	forbidden  atomic.Int64 // writes refused (read-only, or no valid token)
	running    atomic.Int64 // queries running now
	latencySum atomic.Int64 // nanoseconds, over all queries run
	latency    [len(latencyBuckets) + 1]atomic.Int64
	status     [6]atomic.Int64 // HTTP answers by class: 1xx … 5xx
}

// latencyBuckets are the upper bounds (seconds) of the query latency
// histogram; the last, implicit bucket is +Inf.
var latencyBuckets = [...]float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30}

func (c *counters) observe(d time.Duration) {
	c.latencySum.Add(int64(d))
	s := d.Seconds()
	i := 0
	for i < len(latencyBuckets) && s > latencyBuckets[i] {
		i++
	}
	c.latency[i].Add(1)
}

// write prints the counters in Prometheus' text format.
func (c *counters) write(w io.Writer) {
	counter := func(name, help string, v int64) {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s counter\n%s %d\n", name, help, name, name, v)
	}
	gauge := func(name, help string, v int64) {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s gauge\n%s %d\n", name, help, name, name, v)
	}
	counter("dossier_queries_total", "Queries run (Gizmo and named).", c.queries.Load())
	counter("dossier_query_errors_total", "Queries answered with an error (bad script, timeout, memory, busy).", c.errors.Load())
	counter("dossier_query_timeouts_total", "Queries stopped at the timeout.", c.timeouts.Load())
	counter("dossier_query_truncated_total", "Queries cut at the result limit.", c.truncated.Load())
	counter("dossier_query_busy_total", "Queries refused with 503 because every query slot stayed busy.", c.busy.Load())
	counter("dossier_query_memory_stops_total", "Queries stopped by the memory guard.", c.memory.Load())
	counter("dossier_requests_too_large_total", "Requests refused with 413.", c.tooLarge.Load())
	counter("dossier_writes_refused_total", "Write or delete requests refused (read-only, or no valid token).", c.forbidden.Load())
	gauge("dossier_queries_running", "Queries running now.", c.running.Load())
	fmt.Fprint(w, "# HELP dossier_query_duration_seconds Query latency, from taking a slot to the answer.\n# TYPE dossier_query_duration_seconds histogram\n")
	var cum int64
	for i, le := range latencyBuckets {
		cum += c.latency[i].Load()
		fmt.Fprintf(w, "dossier_query_duration_seconds_bucket{le=\"%g\"} %d\n", le, cum)
	}
	cum += c.latency[len(latencyBuckets)].Load()
	fmt.Fprintf(w, "dossier_query_duration_seconds_bucket{le=\"+Inf\"} %d\n", cum)
	fmt.Fprintf(w, "dossier_query_duration_seconds_sum %g\n", time.Duration(c.latencySum.Load()).Seconds())
	fmt.Fprintf(w, "dossier_query_duration_seconds_count %d\n", cum)
	fmt.Fprint(w, "# HELP dossier_http_responses_total HTTP answers by status class.\n# TYPE dossier_http_responses_total counter\n")
	for i := 1; i < len(c.status); i++ {
		fmt.Fprintf(w, "dossier_http_responses_total{code=\"%dxx\"} %d\n", i, c.status[i].Load())
	}
	gauge("dossier_heap_bytes", "Bytes in heap objects, live or not yet collected.", int64(heapBytes()))
	gauge("dossier_goroutines", "Goroutines.", int64(runtime.NumGoroutine()))
}

func (s *Server) handleMetrics(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	s.metrics.write(w)
}
