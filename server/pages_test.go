package server

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dossier-kg/dossier/internal/seedtest"
	"github.com/dossier-kg/dossier/internal/testenv"
)

const abdrIRI = "https://w3id.org/dossier/id/person/zhusup-abdrakhmanov"

// seedServer serves the seed graph.
func seedServer(t *testing.T, cfg Config) *httptest.Server {
	t.Helper()
	st, names := seedtest.Build(t)
	if cfg.QueryTimeout == 0 {
		cfg.QueryTimeout = 10 * time.Second
	}
	if cfg.QueryLimit == 0 {
		cfg.QueryLimit = 1000
	}
	srv, err := New(st, names, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return ts
}

func get(t *testing.T, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func getJSON(t *testing.T, u string) (int, map[string]any) {
	t.Helper()
	code, body := get(t, u)
	var out map[string]any
	if err := json.Unmarshal([]byte(body), &out); err != nil {
		t.Fatalf("%s: not JSON (%d): %.300s", u, code, body)
	}
	return code, out
}

func TestOnTheSeeds(t *testing.T) {
	ts := seedServer(t, Config{})

	t.Run("SearchAnyNameForm", func(t *testing.T) {
		for _, q := range []string{"Абдрахманов", "Abdrakhmanov", "Жусуп", "Абдрахмановдун", "Ж. Абдрахманов"} {
			code, out := getJSON(t, ts.URL+"/api/dossier/search?q="+url.QueryEscape(q))
			hits, _ := out["hits"].([]any)
			if code != 200 || len(hits) == 0 || hits[0].(map[string]any)["iri"] != abdrIRI {
				t.Errorf("search %q: %d %v", q, code, out)
			}
			code, page := get(t, ts.URL+"/dossier/search?q="+url.QueryEscape(q))
			if code != 200 || !strings.Contains(page, `data-iri="`+abdrIRI+`"`) {
				t.Errorf("search page for %q lacks Abdrakhmanov (%d)", q, code)
			}
		}
		if code, _ := getJSON(t, ts.URL+"/api/dossier/search?q=x&type=ship"); code != 400 {
			t.Errorf("bad type: %d", code)
		}
	})

	t.Run("NamedQueryAPI", func(t *testing.T) {
		code, out := getJSON(t, ts.URL+"/api/dossier/queries")
		if qs, _ := out["queries"].([]any); code != 200 || len(qs) != 7 {
			t.Fatalf("library: %d %v", code, out)
		}
		code, out = getJSON(t, ts.URL+"/api/dossier/queries/correspondence?person="+url.QueryEscape("Сталин")+"&from=1925")
		rows, _ := out["result"].([]any)
		if code != 200 || len(rows) != 3 {
			t.Fatalf("letters to Stalin from 1925: %d %v", code, out)
		}
		p := out["params"].(map[string]any)["person"].(map[string]any)
		if p["iri"] != "https://w3id.org/dossier/id/person/joseph-stalin" || p["given"] != "Сталин" {
			t.Errorf("params = %v", p)
		}
		l, _ := out["labels"].(map[string]any)[abdrIRI].(map[string]any)
		if l["name"] != "Zhusup Abdrakhmanov" || l["url"] != "/dossier/entity/person/zhusup-abdrakhmanov" {
			t.Errorf("label of Abdrakhmanov = %v", l)
		}
		code, out = getJSON(t, ts.URL+"/api/dossier/queries/path?from=Abdrakhmanov&to=Peters&script=1")
		if s, _ := out["script"].(string); code != 200 || !strings.Contains(s, "var params =") || out["result"] != nil {
			t.Errorf("script only: %d %v", code, out)
		}
		for _, c := range []struct {
			url  string
			code int
		}{
			{"/api/dossier/queries/nosuch", 404},
			{"/api/dossier/queries/ego", 400},                      // person missing
			{"/api/dossier/queries/ego?person=Nobodyov", 400},      // no such name
			{"/api/dossier/queries/ego?person=Peters&hops=9", 400}, // out of range
			{"/api/dossier/queries/ego?person=Peters&depth=1", 400},
		} {
			code, out := getJSON(t, ts.URL+c.url)
			if code != c.code || out["error"] == nil {
				t.Errorf("%s: %d %v, want %d with an error", c.url, code, out, c.code)
			}
		}
	})

	t.Run("EntityPageFactsAndEvidence", func(t *testing.T) {
		code, page := get(t, ts.URL+"/dossier/entity/person/zhusup-abdrakhmanov")
		if code != 200 {
			t.Fatalf("entity page: %d\n%.500s", code, page)
		}
		for _, want := range []string{"Cyrillic script", "Latin script", "Жусуп Абдрахмановдун", "Zhusup Abdrakhmanov", "000_c833685d500f9386.txt"} {
			if !strings.Contains(page, want) {
				t.Errorf("entity page lacks %q", want)
			}
		}
		// the letter of 1925-05-05: its row, its quote, and the link to the passage
		row := regexp.MustCompile(`(?s)<tr class="fact" data-relation="wroteTo" data-date="1925-05-05".*?</tr>`).FindString(page)
		if row == "" {
			t.Fatal("no wroteTo fact dated 1925-05-05 on the entity page")
		}
		m := regexp.MustCompile(`(?s)<blockquote class="quote">(.*?)</blockquote>\s*<div class="muted"><a class="evidence-link" href="([^"]+)"`).FindStringSubmatch(row)
		if m == nil {
			t.Fatalf("the fact has no quote with a link:\n%s", row)
		}
		quote, link := html.UnescapeString(m[1]), html.UnescapeString(m[2])
		code, doc := get(t, ts.URL+link)
		if code != 200 {
			t.Fatalf("document page %s: %d", link, code)
		}
		mark := regexp.MustCompile(`(?s)<mark id="evidence">(.*?)</mark>`).FindStringSubmatch(doc)
		if mark == nil {
			t.Fatalf("document page %s has no highlighted passage", link)
		}
		if collapse(html.UnescapeString(mark[1])) != collapse(quote) {
			t.Errorf("highlighted passage\n%q\nis not the quote\n%q", collapse(mark[1]), collapse(quote))
		}
		// a span that is not on a character boundary is refused, the text shown
		code, doc = get(t, ts.URL+"/dossier/doc/seeds/000_c833685d500f9386.txt?span=14990:15619")
		if code != 200 || strings.Contains(doc, `<mark id="evidence">`) || !strings.Contains(doc, "not within this document") {
			t.Errorf("bad span: %d", code)
		}
		if code, _ := get(t, ts.URL+"/dossier/entity/person/nobody"); code != 404 {
			t.Errorf("unknown entity: %d", code)
		}
		if code, _ := get(t, ts.URL+"/dossier/doc/seeds/none.txt"); code != 404 {
			t.Errorf("unknown document: %d", code)
		}
		// Stalin's page shows the letters written to him (statements whose object he is)
		_, page = get(t, ts.URL+"/dossier/entity/person/joseph-stalin")
		if !strings.Contains(page, `data-relation="wroteTo" data-date="1922-04-03"`) {
			t.Error("Stalin's page lacks Peters' letter of 1922-04-03")
		}
	})

	t.Run("FactPage", func(t *testing.T) {
		_, page := get(t, ts.URL+"/dossier/entity/person/jekabs-peters")
		m := regexp.MustCompile(`href="(/dossier/fact\?iri=[^"]+)"`).FindStringSubmatch(page)
		if m == nil {
			t.Fatal("no fact link on Peters' page")
		}
		code, fact := get(t, ts.URL+html.UnescapeString(m[1]))
		if code != 200 || !strings.Contains(fact, "The words that state it") || !strings.Contains(fact, `class="evidence-link"`) {
			t.Errorf("fact page: %d", code)
		}
	})

	t.Run("Timeline", func(t *testing.T) {
		code, page := get(t, ts.URL+"/dossier/timeline?person="+url.QueryEscape("Жусуп"))
		if code != 200 || !strings.Contains(page, `data-date="1925-05-05"`) || !strings.Contains(page, "Letter from Zhusup Abdrakhmanov to Joseph Stalin") {
			t.Errorf("Abdrakhmanov's timeline: %d", code)
		}
		if strings.Contains(page, "Jēkabs Peters") {
			t.Error("Abdrakhmanov's timeline shows Peters' letter")
		}
		_, page = get(t, ts.URL+"/dossier/timeline")
		first, second := strings.Index(page, `data-date="1921-12-10"`), strings.Index(page, `data-date="1925-05-05"`)
		if first < 0 || second < 0 || first > second {
			t.Errorf("the whole timeline is not in date order (%d, %d)", first, second)
		}
		if code, _ := get(t, ts.URL+"/dossier/timeline?person=Nobodyov"); code != 404 {
			t.Errorf("timeline of nobody: %d", code)
		}
	})

	t.Run("OtherPages", func(t *testing.T) {
		for _, c := range []struct{ path, want string }{
			{"/dossier/", "000_c833685d500f9386.txt"},
			{"/dossier/queries", `id="q-comentions"`},
			{"/dossier/network", `/dossier/static/vendor/cytoscape.min.js`},
		} {
			code, page := get(t, ts.URL+c.path)
			if code != 200 || !strings.Contains(page, c.want) {
				t.Errorf("%s: %d, lacks %q", c.path, code, c.want)
			}
		}
	})
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestRunawayQueriesEndClearly(t *testing.T) {
	ts := seedServer(t, Config{QueryTimeout: 500 * time.Millisecond, QueryLimit: 100, MaxQueries: 1, BusyWait: 200 * time.Millisecond})
	// millions of results: cut at the limit, with a message
	start := time.Now()
	code, out := post(t, ts.URL+"/api/v2/query?lang=gizmo", "text/plain", `for (var i = 0; i < 5000000; i++) { g.Emit(i); }`)
	if code != 200 || out["truncated"] != true || len(out["result"].([]any)) != 100 || !strings.Contains(out["message"].(string), "limit of 100") {
		t.Errorf("millions of results: %d %v", code, out["message"])
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("a limited query took %s", d)
	}
	// a loop that never ends: stopped at the timeout
	code, out = post(t, ts.URL+"/api/v2/query?lang=gizmo", "text/plain", `while (true) {}`)
	if code != http.StatusGatewayTimeout || !strings.Contains(out["error"].(string), "timed out after 500ms") {
		t.Errorf("endless loop: %d %v", code, out)
	}
	// while one query holds the only slot, another is turned away
	done := make(chan int)
	go func() {
		code, _ := post(t, ts.URL+"/api/v2/query?lang=gizmo", "text/plain", `while (true) {}`)
		done <- code
	}()
	time.Sleep(100 * time.Millisecond)
	code, out = post(t, ts.URL+"/api/v2/query?lang=gizmo", "text/plain", `g.V().Limit(1).All()`)
	if code != http.StatusServiceUnavailable || !strings.Contains(out["error"].(string), "busy") {
		t.Errorf("second query while the slot is taken: %d %v", code, out)
	}
	if c := <-done; c != http.StatusGatewayTimeout {
		t.Errorf("the first query ended with %d", c)
	}
	// and the server still answers
	code, out = getJSON(t, ts.URL+"/api/dossier/queries/timeline?person=Abdrakhmanov")
	if code != 200 || len(out["result"].([]any)) == 0 {
		t.Errorf("after runaway queries: %d %v", code, out)
	}
}

func TestCayleyUIWorksOffline(t *testing.T) {
	ts, _ := newTestServer(t, Config{})
	_, index := get(t, ts.URL+"/")
	shim := strings.Index(index, "/dossier/static/editor-shim.js")
	chunk := strings.Index(index, "/static/js/main.")
	if shim < 0 || chunk < 0 || shim > chunk {
		t.Fatalf("the editor stand-in must load before the UI's scripts (at %d, scripts at %d)", shim, chunk)
	}
	for _, src := range append(scriptSrcs(index), "/dossier/static/editor-shim.js", "/dossier/static/cayley-bar.js") {
		code, js := get(t, ts.URL+src)
		if code != 200 || strings.Contains(js, "localhost:64210") {
			t.Errorf("%s: %d or calls localhost:64210", src, code)
		}
	}
	for _, href := range regexp.MustCompile(`href="(/static/css/[^"]+)"`).FindAllStringSubmatch(index, -1) {
		if _, css := get(t, ts.URL+href[1]); strings.Contains(css, "@import url(http") {
			t.Errorf("%s still imports from the web", href[1])
		}
	}
}

func TestDropWebImports(t *testing.T) {
	in := `@import url(https://fonts.example/icon?family=X);body{margin:0}@import url(http://a/b)a{}`
	if got := string(dropWebImports([]byte(in))); got != `body{margin:0}a{}` {
		t.Errorf("dropWebImports = %q", got)
	}
}

// TestVendoredLibraryMatchesTheLock checks, without the network, that the
// network-drawing library in the binary is the one package-lock.json pins:
// the version and integrity vendor.json records are the lock's, the file's
// SHA-256 is the one recorded when scripts/vendor-js copied it, and the file
// is that version's build.
func TestVendoredLibraryMatchesTheLock(t *testing.T) {
	dir := filepath.Join(testenv.RepoRoot(t), "server", "web")
	var lock struct {
		Packages map[string]struct{ Version, Integrity string } `json:"packages"`
	}
	var vendor map[string]struct{ Version, Integrity, File, SHA256 string }
	for name, dst := range map[string]any{"package-lock.json": &lock, "vendor.json": &vendor} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, dst); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	locked := lock.Packages["node_modules/cytoscape"]
	v := vendor["cytoscape"]
	if locked.Version == "" || v.Version != locked.Version || v.Integrity != locked.Integrity {
		t.Fatalf("vendor.json has cytoscape %s %s, the lock pins %s %s: run scripts/vendor-js", v.Version, v.Integrity, locked.Version, locked.Integrity)
	}
	b, err := webFS.ReadFile("web/" + v.File)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	if hex.EncodeToString(sum[:]) != v.SHA256 {
		t.Errorf("%s differs from what scripts/vendor-js copied: run it again", v.File)
	}
	if !strings.Contains(string(b), `"`+v.Version+`"`) {
		t.Errorf("%s is not cytoscape %s", v.File, v.Version)
	}
}
