package load

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestRun(t *testing.T) {
	var n atomic.Int64
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1)%10 == 0 || r.URL.Path == "/bad" {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		time.Sleep(2 * time.Millisecond)
		w.Write([]byte("ok"))
	}))
	defer ts.Close()
	res, err := Run(context.Background(), Config{Base: ts.URL, Paths: []string{"/a", "/b"}, Clients: 4, Duration: 300 * time.Millisecond,
		PID: os.Getpid(), SampleEvery: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if res.Requests < 20 || int64(res.Requests) != n.Load() {
		t.Fatalf("%d requests counted, %d served", res.Requests, n.Load())
	}
	if res.Errors != res.ByStatus["503"] || res.Errors < res.Requests/10-4 || res.Errors > res.Requests/10+4 {
		t.Fatalf("errors %d of %d requests: %v", res.Errors, res.Requests, res.ByStatus)
	}
	if res.P50 < 2*time.Millisecond || res.P99 < res.P50 || res.Max < res.P99 {
		t.Fatalf("latencies p50 %s p99 %s max %s", res.P50, res.P99, res.Max)
	}
	if len(res.RSS) < 3 || res.RSS[0].RSS <= 0 || res.RSS[0].Anon <= 0 || res.RSS[0].Anon > res.RSS[0].RSS {
		t.Fatalf("RSS samples: %v", res.RSS)
	}
	if !strings.HasPrefix(res.Markdown(), "| 4 | ") {
		t.Fatalf("row %q", res.Markdown())
	}
}

func TestOnlyLoopback(t *testing.T) {
	for _, u := range []string{"http://example.org:80", "http://10.0.0.1:64210", "http://0.0.0.0:1"} {
		if _, err := Run(context.Background(), Config{Base: u, Paths: []string{"/"}, Clients: 1, Duration: time.Second}); err == nil {
			t.Errorf("%s accepted", u)
		}
	}
}

func TestQuantile(t *testing.T) {
	var d []time.Duration
	for i := 1; i <= 100; i++ {
		d = append(d, time.Duration(i))
	}
	if quantile(d, 0.5) != 50 || quantile(d, 0.99) != 99 || quantile(d[:1], 0.99) != 1 || quantile(nil, 0.5) != 0 {
		t.Fatal(quantile(d, 0.5), quantile(d, 0.99))
	}
}
