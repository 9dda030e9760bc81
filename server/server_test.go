package server

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/dossier-kg/dossier/graph"
)

func newTestServer(t *testing.T, cfg Config) (*httptest.Server, *graph.Store) {
	t.Helper()
	if cfg.QueryTimeout == 0 {
		cfg.QueryTimeout = 2 * time.Second
	}
	return newLoggedServer(t, cfg, io.Discard)
}

func post(t *testing.T, url, ctype, body string) (int, map[string]any) {
	t.Helper()
	resp, err := http.Post(url, ctype, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	b, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatalf("response is not JSON (%d): %s", resp.StatusCode, b)
	}
	return resp.StatusCode, out
}

func TestQueryEndpoint(t *testing.T) {
	ts, _ := newTestServer(t, Config{QueryLimit: 100})
	code, out := post(t, ts.URL+"/api/v2/query?lang=gizmo", "text/plain",
		`g.V("<https://w3id.org/dossier/id/person/zhusup-abdrakhmanov>").Tag("source").Out("<https://w3id.org/dossier/ns#wroteTo>").Tag("target").All()`)
	if code != 200 {
		t.Fatalf("status %d: %v", code, out)
	}
	b, _ := json.Marshal(out["result"])
	if !strings.Contains(string(b), "joseph-stalin") || !strings.Contains(string(b), "source") {
		t.Fatalf("result = %s, want Abdrakhmanov → Stalin with source/target tags", b)
	}
}

func TestQueryJSONLDForVisualize(t *testing.T) {
	ts, _ := newTestServer(t, Config{QueryLimit: 100})
	req, _ := http.NewRequest("POST", ts.URL+"/api/v2/query?lang=gizmo",
		strings.NewReader(`g.V("<https://w3id.org/dossier/id/person/zhusup-abdrakhmanov>").Tag("source").Out("<https://w3id.org/dossier/ns#wroteTo>").Tag("target").All()`))
	req.Header.Set("Accept", "application/ld+json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if !strings.Contains(string(b), `"@id"`) {
		t.Fatalf("JSON-LD result lacks @id nodes (the Visualize view needs them): %s", b)
	}
}

func TestQueryLimitAndTimeout(t *testing.T) {
	ts, _ := newTestServer(t, Config{QueryLimit: 2, QueryTimeout: 300 * time.Millisecond})
	code, out := post(t, ts.URL+"/api/v2/query?lang=gizmo", "text/plain", `g.V().All()`)
	if code != 200 || out["truncated"] != true || len(out["result"].([]any)) != 2 {
		t.Fatalf("limited query: %d %v", code, out)
	}
	start := time.Now()
	code, out = post(t, ts.URL+"/api/v2/query?lang=gizmo", "text/plain", `while(true){}`)
	if code != http.StatusGatewayTimeout || !strings.Contains(out["error"].(string), "timed out") {
		t.Fatalf("runaway query: %d %v", code, out)
	}
	if time.Since(start) > 5*time.Second {
		t.Fatalf("runaway query took %s", time.Since(start))
	}
	code, _ = post(t, ts.URL+"/api/v2/query?lang=gizmo", "text/plain", `g.V().Limit(1).All()`)
	if code != 200 {
		t.Fatalf("server did not answer normally after a timeout: %d", code)
	}
}

func TestQueryBadRequests(t *testing.T) {
	ts, _ := newTestServer(t, Config{QueryLimit: 10, MaxBody: 1024})
	if code, _ := post(t, ts.URL+"/api/v2/query?lang=gizmo", "text/plain", ""); code != 400 {
		t.Errorf("empty query: %d", code)
	}
	if code, _ := post(t, ts.URL+"/api/v2/query?lang=nosuch", "text/plain", "x"); code != 400 {
		t.Errorf("unknown language: %d", code)
	}
	if code, _ := post(t, ts.URL+"/api/v2/query?lang=gizmo", "text/plain", strings.Repeat("x", 5000)); code != 413 {
		t.Errorf("oversized body: %d", code)
	}
}

func TestReadOnlyByDefault(t *testing.T) {
	ts, st := newTestServer(t, Config{})
	before, _ := st.Count(context.Background())
	resp, err := http.Post(ts.URL+"/api/v2/write", "application/n-quads", strings.NewReader(`<a> <b> <c> .`+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("write without --allow-write: status %d, want 403", resp.StatusCode)
	}
	if after, _ := st.Count(context.Background()); after != before {
		t.Fatalf("store changed: %d -> %d quads", before, after)
	}
}

func TestUIServedWithSameOriginAPI(t *testing.T) {
	ts, _ := newTestServer(t, Config{})
	resp, err := http.Get(ts.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), "<title>Cayley</title>") {
		t.Fatalf("UI index: %d", resp.StatusCode)
	}
	// every script the page loads must call the API on its own origin
	for _, src := range scriptSrcs(string(b)) {
		r, err := http.Get(ts.URL + src)
		if err != nil {
			t.Fatal(err)
		}
		js, _ := io.ReadAll(r.Body)
		r.Body.Close()
		if strings.Contains(string(js), "localhost:64210") {
			t.Errorf("%s still calls localhost:64210", src)
		}
	}
	code, out := post(t, ts.URL+"/api/v1/shape/gizmo", "text/plain", "g.V()")
	if code != http.StatusNotImplemented || !strings.Contains(out["error"].(string), "not supported") {
		t.Fatalf("v1 shape: %d %v", code, out)
	}
}

func scriptSrcs(html string) []string {
	var out []string
	for _, part := range strings.Split(html, `src="`)[1:] {
		if i := strings.IndexByte(part, '"'); i > 0 && strings.HasSuffix(part[:i], ".js") {
			out = append(out, part[:i])
		}
	}
	return out
}

func TestHealth(t *testing.T) {
	ts, _ := newTestServer(t, Config{})
	resp, err := http.Get(ts.URL + "/health")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("health: %v %v", resp, err)
	}
	resp.Body.Close()
}
