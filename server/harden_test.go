package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/index"
	"github.com/dossier-kg/dossier/internal/storetest"
)

// knownQuery has one known answer on newTestServer's store.
const knownQuery = `g.V("<https://w3id.org/dossier/id/person/zhusup-abdrakhmanov>").Out("<https://w3id.org/dossier/ns#wroteTo>").All()`

// assertAnswers checks that the server answers the known query correctly:
// what each hostile case must leave intact.
func assertAnswers(t *testing.T, url string) {
	t.Helper()
	code, out := post(t, url+"/api/v2/query?lang=gizmo", "text/plain", knownQuery)
	b, _ := json.Marshal(out["result"])
	if code != 200 || !strings.Contains(string(b), "joseph-stalin") {
		t.Fatalf("next query after the hostile one: %d %s %v", code, b, out["error"])
	}
}

// do sends a request and returns the status, the headers and the body.
func do(t *testing.T, method, url string, header map[string]string, body io.Reader) (int, http.Header, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(b)
}

// writeRoutes are every route that could change the store: Cayley's v2
// routes, the v1 ones older Cayley UIs and clients call, and spellings
// that clean to them.
var writeRoutes = []string{
	"/api/v2/write", "/api/v2/delete", "/api/v2/node/delete",
	"/api/v1/write", "/api/v1/delete", "/api/v1/write/file/nquads",
	"/api/v2//write", "/api/v2/./delete", "/api/v2/x/../write",
}

func TestEveryWriteRouteIsReadOnlyByDefault(t *testing.T) {
	ts, st := newTestServer(t, Config{})
	before, _ := st.Count(context.Background())
	for _, route := range writeRoutes {
		for _, ctype := range []string{"application/n-quads", "application/json"} {
			body := `<x> <y> <z> .` + "\n"
			if ctype == "application/json" {
				body = `[{"subject":"<x>","predicate":"<y>","object":"<z>"}]`
			}
			code, _, b := do(t, "POST", ts.URL+route, map[string]string{"Content-Type": ctype}, strings.NewReader(body))
			if code != http.StatusForbidden || !strings.Contains(b, "read-only") {
				t.Errorf("POST %s (%s): %d %s, want 403 read-only", route, ctype, code, b)
			}
		}
	}
	// a node delete names a node that exists
	code, _, _ := do(t, "POST", ts.URL+"/api/v2/node/delete", nil, strings.NewReader(`"<https://w3id.org/dossier/id/person/joseph-stalin>"`))
	if code != http.StatusForbidden {
		t.Errorf("node delete: %d", code)
	}
	if after, _ := st.Count(context.Background()); after != before {
		t.Fatalf("store changed: %d -> %d quads", before, after)
	}
	// reading still works
	for _, route := range []string{"/api/v2/formats", "/api/v2/read?format=nquads", "/api/v2/read"} {
		if code, _, b := do(t, "GET", ts.URL+route, nil, nil); code != 200 || b == "" {
			t.Errorf("GET %s: %d", route, code)
		}
	}
	assertAnswers(t, ts.URL)
}

func TestWritesNeedTheToken(t *testing.T) {
	const token = "s3cret-token-for-the-test"
	var logs bytes.Buffer
	ts, st := newLoggedServer(t, Config{AllowWrite: true, WriteToken: token}, &logs)
	count := func() int64 { n, _ := st.Count(context.Background()); return n }
	before := count()
	write := func(auth string) int {
		h := map[string]string{"Content-Type": "application/n-quads"}
		if auth != "" {
			h["Authorization"] = auth
		}
		code, hdr, b := do(t, "POST", ts.URL+"/api/v2/write", h, strings.NewReader("<http://ex.org/a> <http://ex.org/b> <http://ex.org/c> .\n"))
		if code == http.StatusUnauthorized && (hdr.Get("WWW-Authenticate") == "" || !strings.Contains(b, "token")) {
			t.Errorf("401 without WWW-Authenticate or a message: %v %s", hdr, b)
		}
		return code
	}
	for _, auth := range []string{"", "Bearer ", "Bearer wrong", "Basic " + token, token, "Bearer " + token + "x"} {
		if code := write(auth); code != http.StatusUnauthorized {
			t.Errorf("write with Authorization %q: %d, want 401", auth, code)
		}
		if n := count(); n != before {
			t.Fatalf("refused write changed the store: %d -> %d", before, n)
		}
	}
	if code := write("Bearer " + token); code != 200 {
		t.Fatalf("write with the token: %d", code)
	}
	if n := count(); n != before+1 {
		t.Fatalf("write with the token: %d -> %d quads, want one more", before, n)
	}
	if strings.Contains(logs.String(), token) {
		t.Fatalf("the token is in the log:\n%s", logs.String())
	}
	if !strings.Contains(logs.String(), "/api/v2/write") {
		t.Fatalf("the requests were not logged:\n%s", logs.String())
	}
	// no token, no writing
	names, _ := index.Open("", index.Options{})
	defer names.Close()
	if _, err := New(st, names, Config{AllowWrite: true}, nil); err == nil {
		t.Fatal("a server allowing writes without a token was built")
	}
}

func newLoggedServer(t *testing.T, cfg Config, logs io.Writer) (*httptest.Server, *graph.Store) {
	t.Helper()
	st, err := graph.Open(graph.Config{Backend: graph.Bolt, Path: filepath.Join(t.TempDir(), "db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	docs := []dossier.DocumentStatements{{ID: "c/a.txt", Statements: storetest.Statements("c/a.txt", "ha", [2]string{"zhusup-abdrakhmanov", "joseph-stalin"})}}
	if err := st.Replace(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	names, err := index.Open("", index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { names.Close() })
	srv, err := New(st, names, cfg, slog.New(slog.NewTextHandler(logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return ts, st
}

func TestCORS(t *testing.T) {
	preflight := map[string]string{"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"}
	ts, _ := newTestServer(t, Config{})
	code, hdr, _ := do(t, "GET", ts.URL+"/health", map[string]string{"Origin": "https://elsewhere.example"}, nil)
	if code != 200 || hdr.Get("Access-Control-Allow-Origin") != "" {
		t.Fatalf("CORS off by default: %d %q", code, hdr.Get("Access-Control-Allow-Origin"))
	}
	if code, hdr, _ := do(t, "OPTIONS", ts.URL+"/api/v2/query", preflight, nil); code != http.StatusForbidden || hdr.Get("Access-Control-Allow-Origin") != "" {
		t.Fatalf("preflight with CORS off: %d %v", code, hdr)
	}
	ts, _ = newTestServer(t, Config{CORSOrigins: []string{"https://elsewhere.example"}})
	code, hdr, _ = do(t, "OPTIONS", ts.URL+"/api/v2/query", preflight, nil)
	if code != http.StatusNoContent || hdr.Get("Access-Control-Allow-Origin") != "https://elsewhere.example" || strings.Contains(hdr.Get("Access-Control-Allow-Headers"), "Authorization") {
		t.Fatalf("preflight from a configured origin: %d %v", code, hdr)
	}
	code, hdr, _ = do(t, "GET", ts.URL+"/health", map[string]string{"Origin": "https://other.example"}, nil)
	if code != 200 || hdr.Get("Access-Control-Allow-Origin") != "" {
		t.Fatalf("an origin not configured got %q", hdr.Get("Access-Control-Allow-Origin"))
	}
}

func TestSecurityHeaders(t *testing.T) {
	ts, _ := newTestServer(t, Config{})
	for _, p := range []string{"/", "/dossier/", "/dossier/doc/c/a.txt", "/api/dossier/queries", "/health", "/no/such/page"} {
		_, hdr, _ := do(t, "GET", ts.URL+p, nil, nil)
		if hdr.Get("X-Content-Type-Options") != "nosniff" || hdr.Get("X-Frame-Options") != "DENY" ||
			!strings.Contains(hdr.Get("Content-Security-Policy"), "frame-ancestors 'none'") ||
			!strings.Contains(hdr.Get("Content-Security-Policy"), "connect-src 'self'") {
			t.Errorf("%s: headers %v", p, hdr)
		}
		if strings.HasPrefix(p, "/dossier") && !strings.Contains(hdr.Get("Content-Security-Policy"), "script-src 'self';") {
			t.Errorf("%s: Dossier's pages must allow their own scripts only: %q", p, hdr.Get("Content-Security-Policy"))
		}
	}
	// Dossier's pages hold no inline script the policy would block
	for _, p := range []string{"/dossier/", "/dossier/doc/c/a.txt?span=0:1", "/dossier/queries", "/dossier/network", "/dossier/timeline"} {
		_, _, b := do(t, "GET", ts.URL+p, nil, nil)
		if strings.Contains(b, "<script>") || strings.Contains(b, " onclick=") || strings.Contains(b, " onload=") {
			t.Errorf("%s has an inline script", p)
		}
	}
}

func TestNoPathTraversal(t *testing.T) {
	ts, _ := newTestServer(t, Config{})
	paths := []string{
		"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
		"/dossier/static/../../../../etc/passwd", "/dossier/static/%2e%2e/%2e%2e/server.go", "/dossier/static/..%2f..%2fserver.go",
		"/dossier/doc/../../../../etc/passwd", "/dossier/doc/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/dossier/doc//etc/passwd",
		"/dossier/doc/c/../../../go.mod", "/dossier/static//etc/passwd", "/static/../../go.mod", "/index.html/../../server.go",
		"/dossier/doc/..\\..\\go.mod", "/dossier/static/..\\..\\server.go",
	}
	for _, p := range paths {
		req, err := http.NewRequest("GET", ts.URL, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.URL.Opaque = p // sent as written, not cleaned by the client
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		for _, leak := range []string{"root:x:0:0", "module github.com/dossier-kg", "package server"} {
			if strings.Contains(string(b), leak) {
				t.Errorf("GET %s (%d) reads a file outside what is served: %.80q", p, resp.StatusCode, b)
			}
		}
	}
	// the document and static routes do serve what they should
	if code, _, _ := do(t, "GET", ts.URL+"/dossier/static/dossier.css", nil, nil); code != 200 {
		t.Errorf("static file: %d", code)
	}
	if code, _, b := do(t, "GET", ts.URL+"/dossier/doc/c/a.txt", nil, nil); code != 200 || !strings.Contains(b, "a.txt") {
		t.Errorf("document page: %d", code)
	}
}

// TestHostileQueries runs each script that should not be able to stop
// the server, checks its answer — a JSON error, within the timeout (plus
// slack for a loaded machine) — and that the server's next answer is
// right.
func TestHostileQueries(t *testing.T) {
	const timeout = time.Second
	cases := []struct {
		name   string
		script string
		code   int
		want   string
	}{
		{"endless loop", `while(true){}`, http.StatusGatewayTimeout, "timed out"},
		{"endless recursion", `function f(n) { return f(n + 1) + 1; } f(0)`, http.StatusBadRequest, "recursed too deep"},
		{"huge single step", `var a = []; a.length = 1e9; a.sort()`, http.StatusBadRequest, "RangeError"},
		{"huge string", `"x".repeat(2e9)`, http.StatusBadRequest, "RangeError"},
		{"walk without end", `function walk(id, d) { g.V(id).Both().ForEach(function (x) { walk(x.id, d + 1); }); }
g.V().ForEach(function (v) { walk(v.id, 0); })`, http.StatusBadRequest, "recursed too deep"},
		{"recursive traversal of the whole graph", `while (true) { g.V().FollowRecursive(g.M().Both()).ForEach(function (x) {}); }`, http.StatusGatewayTimeout, "timed out"},
	}
	ts, _ := newTestServer(t, Config{QueryTimeout: timeout, QueryLimit: 100})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			code, out := post(t, ts.URL+"/api/v2/query?lang=gizmo", "text/plain", c.script)
			took := time.Since(start)
			msg, _ := out["error"].(string)
			if code != c.code || !strings.Contains(msg, c.want) {
				t.Fatalf("%d %q, want %d with %q", code, msg, c.code, c.want)
			}
			if took > timeout+3*time.Second {
				t.Fatalf("took %s with a %s timeout", took, timeout)
			}
			assertAnswers(t, ts.URL)
			// The script may still unwind after the answer (a deep
			// recursion through ForEach throws at every level); it keeps
			// its slot until it has, and it must end.
			for !strings.Contains(metricsText(t, ts.URL), "dossier_queries_running 0\n") {
				if time.Since(start) > 60*time.Second {
					t.Fatalf("script still running %s after it was stopped", time.Since(start))
				}
				time.Sleep(50 * time.Millisecond)
			}
			t.Logf("answered after %s, script gone after %s", took, time.Since(start))
		})
	}
	t.Run("endless result", func(t *testing.T) {
		code, out := post(t, ts.URL+"/api/v2/query?lang=gizmo&limit=3", "text/plain", `for (var i = 0; ; i++) { g.Emit(i); }`)
		if code != 200 || out["truncated"] != true || len(out["result"].([]any)) != 3 {
			t.Fatalf("%d %v", code, out)
		}
		assertAnswers(t, ts.URL)
	})
}

func TestTenMegabyteBodies(t *testing.T) {
	ts, st := newTestServer(t, Config{})
	before, _ := st.Count(context.Background())
	big := strings.Repeat("g.V().All();", 10<<20/12+1)
	for _, route := range []string{"/api/v2/query?lang=gizmo", "/api/dossier/queries/ego", "/api/v2/write"} {
		start := time.Now()
		code, _, b := do(t, "POST", ts.URL+route, map[string]string{"Content-Type": "application/x-www-form-urlencoded"}, strings.NewReader(big))
		var out map[string]any
		if err := json.Unmarshal([]byte(b), &out); err != nil || out["error"] == nil {
			t.Errorf("POST 10 MB to %s: %d, not a JSON error: %.100s", route, code, b)
		}
		want := http.StatusRequestEntityTooLarge
		if route == "/api/v2/write" {
			want = http.StatusForbidden // refused before the body is read
		}
		if code != want {
			t.Errorf("POST 10 MB to %s: %d, want %d", route, code, want)
		}
		if time.Since(start) > 5*time.Second {
			t.Errorf("POST 10 MB to %s took %s", route, time.Since(start))
		}
	}
	if after, _ := st.Count(context.Background()); after != before {
		t.Fatalf("store changed: %d -> %d", before, after)
	}
	assertAnswers(t, ts.URL)
}

// TestAllocationLoopStoppedByMemoryGuard runs a script that allocates
// without end with a timeout far away: the memory guard must stop it with
// a 503 long before, the heap must come back down, and the server answer
// the next query.
func TestAllocationLoopStoppedByMemoryGuard(t *testing.T) {
	runtime.GC()
	budget := int64(heapBytes()) + 160<<20
	t.Logf("heap before %d MB, goroutines %d", heapBytes()>>20, runtime.NumGoroutine())
	ts, _ := newTestServer(t, Config{QueryTimeout: 60 * time.Second, MemoryLimit: budget})
	for _, script := range []string{
		`var a = []; while (true) { a.push(new Array(1e6).fill(1)); }`,
		`var a = []; while (true) { a.push(new Array(1e6)); }`,
		`var a = []; while (true) { var b = []; for (var i = 0; i < 1e5; i++) { b.push({i: i}); } a.push(b); }`,
	} {
		start := time.Now()
		code, out := post(t, ts.URL+"/api/v2/query?lang=gizmo", "text/plain", script)
		msg, _ := out["error"].(string)
		if code != http.StatusServiceUnavailable || !strings.Contains(msg, "memory budget") {
			t.Fatalf("%s: %d %q, want 503 memory budget", script, code, msg)
		}
		if d := time.Since(start); d > 45*time.Second {
			t.Fatalf("%s: stopped after %s", script, d)
		}
		// the memory is given back (the script's last frames may take a
		// moment to unwind after the answer)
		for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(100 * time.Millisecond) {
			runtime.GC()
			h := heapBytes()
			if int64(h) < budget/2 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("heap %d MB after the query, budget %d MB", h>>20, budget>>20)
			}
		}
		assertAnswers(t, ts.URL)
		t.Logf("%s: stopped after %s", script, time.Since(start))
	}
}

func TestBusyAnswers503(t *testing.T) {
	ts, _ := newTestServer(t, Config{MaxQueries: 1, BusyWait: 200 * time.Millisecond, QueryTimeout: 2 * time.Second})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		http.Post(ts.URL+"/api/v2/query?lang=gizmo", "text/plain", strings.NewReader(`while(true){}`))
	}()
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(metricsText(t, ts.URL), "dossier_queries_running 1") {
		if time.Now().After(deadline) {
			t.Fatal("the first query never started")
		}
		time.Sleep(10 * time.Millisecond)
	}
	start := time.Now()
	code, out := post(t, ts.URL+"/api/v2/query?lang=gizmo", "text/plain", knownQuery)
	if code != http.StatusServiceUnavailable || !strings.Contains(fmt.Sprint(out["error"]), "busy") {
		t.Fatalf("second query while the only slot is busy: %d %v", code, out)
	}
	if d := time.Since(start); d < 150*time.Millisecond || d > 2*time.Second {
		t.Fatalf("503 after %s, want about the 200ms wait", d)
	}
	wg.Wait()
	assertAnswers(t, ts.URL)
	m := metricsText(t, ts.URL)
	for _, want := range []string{"dossier_query_busy_total 1", "dossier_query_timeouts_total 1", "dossier_queries_running 0"} {
		if !strings.Contains(m, want+"\n") {
			t.Errorf("metrics lack %q:\n%s", want, m)
		}
	}
}

func metricsText(t *testing.T, url string) string {
	t.Helper()
	code, _, b := do(t, "GET", url+"/metrics", nil, nil)
	if code != 200 {
		t.Fatalf("/metrics: %d", code)
	}
	return b
}

func TestMetricsCount(t *testing.T) {
	ts, _ := newTestServer(t, Config{QueryLimit: 1, QueryTimeout: 300 * time.Millisecond, MaxBody: 2048})
	post(t, ts.URL+"/api/v2/query?lang=gizmo", "text/plain", knownQuery)
	post(t, ts.URL+"/api/v2/query?lang=gizmo", "text/plain", `g.V().All()`)
	post(t, ts.URL+"/api/v2/query?lang=gizmo", "text/plain", `while(true){}`)
	post(t, ts.URL+"/api/v2/query?lang=gizmo", "text/plain", `g.V(`)
	post(t, ts.URL+"/api/v2/query?lang=gizmo", "text/plain", strings.Repeat("x", 4096))
	post(t, ts.URL+"/api/v2/write", "text/plain", "<a> <b> <c> .")
	m := metricsText(t, ts.URL)
	for _, want := range []string{
		"dossier_queries_total 4", "dossier_query_errors_total 2", "dossier_query_timeouts_total 1",
		"dossier_query_truncated_total 1", "dossier_requests_too_large_total 1", "dossier_writes_refused_total 1",
		"dossier_query_duration_seconds_count 4", `dossier_http_responses_total{code="4xx"} 3`, `dossier_http_responses_total{code="5xx"} 1`,
	} {
		if !strings.Contains(m, want+"\n") {
			t.Errorf("metrics lack %q:\n%s", want, m)
		}
	}
}
