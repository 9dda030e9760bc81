// Package load drives an HTTP server with a fixed number of concurrent
// clients for a fixed time and reports throughput, latency percentiles
// and errors; it can sample a process's resident memory meanwhile. It is
// what `dossier-load` runs against `dossier serve` (docs/benchmarks.md).
package load

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Config is one run.
type Config struct {
	// Base is the server's URL; only loopback hosts are accepted, so a
	// mistyped address cannot load someone else's server.
	Base string
	// Paths are the requests (GET, path and query), sent round-robin;
	// each client starts at a different one.
	Paths []string
	// Clients is the number of concurrent clients, each sending its next
	// request when the last is answered.
	Clients int
	// Duration is how long requests are sent.
	Duration time.Duration
	// Timeout bounds one request (default 60s); a request past it is an
	// error.
	Timeout time.Duration
	// PID, if not 0, is a process whose resident memory is sampled every
	// SampleEvery (default 10s) from /proc.
	PID         int
	SampleEvery time.Duration
}

// Sample is a process's resident memory at a moment of the run: all of
// it, and the anonymous part (the heap and stacks, without the pages of
// mapped files such as a bolt store, which the kernel may drop).
type Sample struct {
	At   time.Duration
	RSS  int64 // bytes (VmRSS)
	Anon int64 // bytes (RssAnon)
}

// Result is what a run measured. Latencies are of answered requests
// (errors included).
type Result struct {
	Clients  int
	Duration time.Duration // measured, from start to the last answer
	Requests int
	Errors   int            // transport errors and answers other than 200
	ByStatus map[string]int // "200", "503", "transport", …
	P50, P90 time.Duration
	P99, Max time.Duration
	RSS      []Sample
}

// Throughput is requests answered per second.
func (r *Result) Throughput() float64 {
	if r.Duration <= 0 {
		return 0
	}
	return float64(r.Requests) / r.Duration.Seconds()
}

// Run runs cfg until its duration has passed or ctx ends.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	if err := checkLoopback(cfg.Base); err != nil {
		return nil, fmt.Errorf("load: %w", err)
	}
	if len(cfg.Paths) == 0 || cfg.Clients < 1 || cfg.Duration <= 0 {
		return nil, errors.New("load: need paths, at least one client and a duration")
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 60 * time.Second
	}
	if cfg.SampleEvery <= 0 {
		cfg.SampleEvery = 10 * time.Second
	}
	base := strings.TrimSuffix(cfg.Base, "/")
	client := &http.Client{
		Timeout:   cfg.Timeout,
		Transport: &http.Transport{MaxIdleConnsPerHost: cfg.Clients, MaxConnsPerHost: cfg.Clients},
	}
	defer client.CloseIdleConnections()
	ctx, cancel := context.WithTimeout(ctx, cfg.Duration)
	defer cancel()

	type outcome struct {
		status string
		took   time.Duration
	}
	per := make([][]outcome, cfg.Clients)
	start := time.Now()
	var wg sync.WaitGroup
	for c := range cfg.Clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := c; ctx.Err() == nil; i++ {
				t0 := time.Now()
				status := get(client, base+cfg.Paths[i%len(cfg.Paths)])
				per[c] = append(per[c], outcome{status, time.Since(t0)})
			}
		}()
	}
	res := &Result{Clients: cfg.Clients, ByStatus: map[string]int{}}
	if cfg.PID != 0 {
		res.RSS = sampleRSS(ctx, cfg.PID, cfg.SampleEvery, start)
	}
	wg.Wait()
	res.Duration = time.Since(start)
	if cfg.PID != 0 {
		if s, err := ReadRSS(cfg.PID); err == nil {
			s.At = res.Duration
			res.RSS = append(res.RSS, s)
		}
	}
	var lat []time.Duration
	for _, outs := range per {
		for _, o := range outs {
			res.Requests++
			res.ByStatus[o.status]++
			if o.status != "200" {
				res.Errors++
			}
			lat = append(lat, o.took)
		}
	}
	slices.Sort(lat)
	res.P50, res.P90, res.P99 = quantile(lat, 0.50), quantile(lat, 0.90), quantile(lat, 0.99)
	if len(lat) > 0 {
		res.Max = lat[len(lat)-1]
	}
	return res, nil
}

// get sends one request and reads the whole answer; it returns the
// status code, or "transport" when no answer came.
func get(client *http.Client, u string) string {
	resp, err := client.Get(u)
	if err != nil {
		return "transport"
	}
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if err != nil {
		return "transport"
	}
	return strconv.Itoa(resp.StatusCode)
}

// quantile of sorted durations (nearest rank).
func quantile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(q*float64(len(sorted))+0.5) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

// sampleRSS samples pid's resident memory now and every interval until ctx
// ends.
func sampleRSS(ctx context.Context, pid int, every time.Duration, start time.Time) []Sample {
	var out []Sample
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if s, err := ReadRSS(pid); err == nil {
			s.At = time.Since(start)
			out = append(out, s)
		}
		select {
		case <-ctx.Done():
			return out
		case <-t.C:
		}
	}
}

// ReadRSS reads a process's resident memory (VmRSS and RssAnon) from
// /proc; At is left 0.
func ReadRSS(pid int) (Sample, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return Sample{}, fmt.Errorf("rss: %w", err)
	}
	var s Sample
	found := 0
	for _, line := range strings.Split(string(b), "\n") {
		for key, dst := range map[string]*int64{"VmRSS:": &s.RSS, "RssAnon:": &s.Anon} {
			v, ok := strings.CutPrefix(line, key)
			if !ok {
				continue
			}
			f := strings.Fields(v)
			if len(f) != 2 || f[1] != "kB" {
				return Sample{}, fmt.Errorf("rss: %q: want a size in kB", line)
			}
			kb, err := strconv.ParseInt(f[0], 10, 64)
			if err != nil {
				return Sample{}, fmt.Errorf("rss: %w", err)
			}
			*dst = kb << 10
			found++
		}
	}
	if found != 2 {
		return Sample{}, fmt.Errorf("rss: no VmRSS and RssAnon lines for process %d", pid)
	}
	return s, nil
}

// checkLoopback accepts only URLs whose host is a loopback address.
func checkLoopback(base string) error {
	u, err := url.Parse(base)
	if err != nil {
		return err
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("%s: only a server on this machine (127.0.0.1, ::1, localhost) may be loaded", base)
	}
	return nil
}

// Markdown is a table row: clients, requests, throughput, p50, p90, p99,
// max, errors.
func (r *Result) Markdown() string {
	ms := func(d time.Duration) string { return strconv.FormatFloat(float64(d.Microseconds())/1000, 'f', 1, 64) }
	return fmt.Sprintf("| %d | %d | %.1f | %s | %s | %s | %s | %d |", r.Clients, r.Requests, r.Throughput(),
		ms(r.P50), ms(r.P90), ms(r.P99), ms(r.Max), r.Errors)
}

// MarkdownHeader is the header of Markdown's table.
const MarkdownHeader = "| clients | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | errors |\n|---|---|---|---|---|---|---|---|"
