// Command dossier-load loads a running `dossier serve` on this machine:
// for each number of clients in -clients it sends the requests of -paths
// (one GET path per line, round-robin) for -duration, then prints one
// Markdown row (throughput, latency percentiles, errors). With -pid it
// samples that process's resident memory every -sample and prints the
// samples. Exit status 1 when any request failed.
//
//	dossier-load -url http://127.0.0.1:64210 -paths paths.txt -clients 1,4,16 -duration 30s
//	dossier-load -url http://127.0.0.1:64210 -paths paths.txt -clients 8 -duration 5m -pid $(pgrep -n dossier) -sample 15s
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-kg/dossier/internal/load"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("dossier-load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	base := fs.String("url", "http://127.0.0.1:64210", "the server (loopback only)")
	pathsFile := fs.String("paths", "", "file of request paths, one per line (# comments)")
	clients := fs.String("clients", "1,4,16", "numbers of concurrent clients, one run each")
	duration := fs.Duration("duration", 30*time.Second, "how long each run sends requests")
	pid := fs.Int("pid", 0, "process whose resident memory to sample")
	sample := fs.Duration("sample", 10*time.Second, "memory sampling interval")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	paths, err := readPaths(*pathsFile)
	if err != nil {
		fmt.Fprintln(stderr, "dossier-load:", err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	fmt.Fprintln(stdout, load.MarkdownHeader)
	failed := false
	for _, c := range strings.Split(*clients, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(c))
		if err != nil || n < 1 {
			fmt.Fprintf(stderr, "dossier-load: -clients: %q is not a positive number\n", c)
			return 2
		}
		res, err := load.Run(ctx, load.Config{Base: *base, Paths: paths, Clients: n, Duration: *duration, PID: *pid, SampleEvery: *sample})
		if err != nil {
			fmt.Fprintln(stderr, "dossier-load:", err)
			return 2
		}
		fmt.Fprintln(stdout, res.Markdown())
		if res.Errors > 0 {
			failed = true
			fmt.Fprintf(stderr, "dossier-load: %d clients: answers by status: %v\n", n, res.ByStatus)
		}
		for _, s := range res.RSS {
			fmt.Fprintf(stderr, "rss %d clients %6.0fs %7.1f MB (anonymous %7.1f MB)\n", n, s.At.Seconds(), float64(s.RSS)/(1<<20), float64(s.Anon)/(1<<20))
		}
	}
	if failed {
		return 1
	}
	return 0
}

func readPaths(name string) ([]string, error) {
	if name == "" {
		return nil, fmt.Errorf("-paths FILE is required")
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !strings.HasPrefix(line, "/") {
			return nil, fmt.Errorf("%s: %q: want a path starting with /", name, line)
		}
		out = append(out, line)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no paths", name)
	}
	return out, nil
}
