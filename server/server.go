package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/cayley/ui"
	// The formats Cayley's /api/v2/read and /api/v2/write speak: without
	// them both answer "format is not supported".
	_ "github.com/cayleygraph/quad/json"
	_ "github.com/cayleygraph/quad/nquads"

	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/index"
)

// Config configures the server.
type Config struct {
	// Addr is HOST:PORT to listen on.
	Addr string
	// QueryTimeout bounds every query.
	QueryTimeout time.Duration
	// QueryLimit caps the results of every query.
	QueryLimit int
	// AllowWrite enables Cayley's write and delete routes; off by default,
	// when they answer 403. With it, WriteToken is required.
	AllowWrite bool
	// WriteToken is the bearer token a write or delete request must carry
	// (Authorization: Bearer TOKEN) when AllowWrite is set.
	WriteToken string
	// CORSOrigins are the origins whose pages may call the server from a
	// browser ("*": any); none by default, when no CORS header is sent.
	CORSOrigins []string
	// MaxBody caps request bodies in bytes.
	MaxBody int64
	// MaxQueries caps the queries running at once (Gizmo and named); a
	// query that finds them all busy for BusyWait gets 503. Nothing bounds
	// the memory of Cayley's JavaScript engine, so this and the timeout are
	// what keep a server up under runaway scripts. Default 4.
	MaxQueries int
	// BusyWait is how long a query waits for a free slot (default 2s).
	BusyWait time.Duration
	// MemoryLimit is the heap, in bytes, past which running queries are
	// stopped (see memGuard); default 1 GiB, negative: no guard.
	MemoryLimit int64
	// MemoryInterval is how often the guard samples the heap while
	// queries run (default 20ms).
	MemoryInterval time.Duration
}

// Server serves one store.
type Server struct {
	store   *graph.Store
	names   *index.Names
	cfg     Config
	log     *slog.Logger
	mux     *http.ServeMux
	ui      map[string][]byte // UI files rewritten to work here (see rewriteUI)
	uiFS    fs.FS
	pages   *template.Template
	slots   chan struct{} // one per query allowed to run
	guard   *memGuard     // nil: no memory limit
	metrics counters
}

// uiAddress is the API address Cayley's UI bundle has compiled in. Served
// from anywhere else the browser would call it, so it is rewritten to ""
// (same origin) in every JavaScript file.
const uiAddress = "http://localhost:64210"

// New builds a server for store, with names its name index (search,
// named queries' parameters, labels).
func New(store *graph.Store, names *index.Names, cfg Config, log *slog.Logger) (*Server, error) {
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 1 << 20
	}
	if cfg.MaxQueries <= 0 {
		cfg.MaxQueries = 4
	}
	if cfg.BusyWait <= 0 {
		cfg.BusyWait = 2 * time.Second
	}
	if cfg.MemoryLimit == 0 {
		cfg.MemoryLimit = 1 << 30
	}
	if cfg.MemoryInterval <= 0 {
		cfg.MemoryInterval = 20 * time.Millisecond
	}
	if names == nil {
		return nil, errors.New("server: a name index is required")
	}
	if cfg.AllowWrite && cfg.WriteToken == "" {
		return nil, errors.New("server: writing is allowed but no write token is set: writes would be open to anyone who reaches the port")
	}
	web, err := fs.Sub(ui.FS, "web")
	if err != nil {
		return nil, fmt.Errorf("server: ui: %w", err)
	}
	s := &Server{store: store, names: names, cfg: cfg, log: log, mux: http.NewServeMux(), uiFS: web, ui: map[string][]byte{},
		slots: make(chan struct{}, cfg.MaxQueries)}
	if cfg.MemoryLimit > 0 {
		s.guard = newMemGuard(uint64(cfg.MemoryLimit), cfg.MemoryInterval, log, func(n int) { s.metrics.memory.Add(int64(n)) })
	}
	if err := s.rewriteUI(); err != nil {
		return nil, fmt.Errorf("server: ui: %w", err)
	}
	if s.pages, err = parsePages(); err != nil {
		return nil, fmt.Errorf("server: pages: %w", err)
	}

	h := &cgraph.Handle{QuadStore: store.QuadStore()}
	if cfg.AllowWrite {
		// Cayley's delete routes delete through the store's own writer.
		if err := store.MarkDeletes(); err != nil {
			return nil, fmt.Errorf("server: %w", err)
		}
		qw, err := cgraph.NewQuadWriter("single", store.QuadStore(), nil)
		if err != nil {
			return nil, fmt.Errorf("server: writer: %w", err)
		}
		h.QuadWriter = qw
	}
	api := cayleyhttp.NewAPIv2(h)
	api.SetReadOnly(!cfg.AllowWrite)
	api.SetQueryTimeout(cfg.QueryTimeout)
	api.SetQueryLimit(cfg.QueryLimit)

	s.mux.HandleFunc("POST /api/v2/query", s.handleQuery)
	s.mux.HandleFunc("GET /api/v2/query", s.handleQuery)
	// Reading the whole store streams every quad: it takes a query slot.
	s.mux.Handle("/api/v2/read", s.slotted(api))
	s.mux.Handle("/api/v2/", api)
	s.mux.HandleFunc("/api/v1/", s.handleV1)
	s.mux.HandleFunc("GET /health", s.handleHealth)
	s.mux.HandleFunc("GET /metrics", s.handleMetrics)
	s.routeDossier()
	s.mux.HandleFunc("/", s.handleUI)
	return s, nil
}

// Handler returns the server's HTTP handler: the routes behind the body
// limit, the write gate, CORS, the security headers and the request log
// (middleware.go).
func (s *Server) Handler() http.Handler {
	return s.logRequests(secure(s.cors(s.gateWrites(http.MaxBytesHandler(s.mux, s.cfg.MaxBody)))))
}

// Serve listens on cfg.Addr until ctx ends, then shuts down gracefully.
// ready, if not nil, is called with the address once listening.
func (s *Server) Serve(ctx context.Context, ready func(addr string)) error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	if ready != nil {
		ready(ln.Addr().String())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return srv.Shutdown(sctx)
	}
}

// rewriteUI prepares Cayley's UI to work here, without the network: its
// scripts call the API on their own origin (the bundle has
// http://localhost:64210 compiled in); its page loads Dossier's stand-in
// for the Monaco editor, which the UI would otherwise fetch from a CDN,
// and Dossier's bar (links to Dossier's pages, the named queries as
// examples); its style sheet no longer imports a web font from the
// internet.
func (s *Server) rewriteUI() error {
	return fs.WalkDir(s.uiFS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		var b []byte
		switch {
		case strings.HasSuffix(p, ".js"):
			if b, err = fs.ReadFile(s.uiFS, p); err != nil {
				return err
			}
			b = bytes.ReplaceAll(b, []byte(`"`+uiAddress+`"`), []byte(`""`))
		case strings.HasSuffix(p, ".css"):
			if b, err = fs.ReadFile(s.uiFS, p); err != nil {
				return err
			}
			b = dropWebImports(b)
		case p == "index.html":
			if b, err = fs.ReadFile(s.uiFS, p); err != nil {
				return err
			}
			if !bytes.Contains(b, []byte("</head>")) {
				return fmt.Errorf("%s has no </head> to add Dossier's scripts before", p)
			}
			b = bytes.Replace(b, []byte("</head>"), []byte(uiHead), 1)
		default:
			return nil
		}
		s.ui["/"+p] = b
		return nil
	})
}

// uiHead goes before </head> of Cayley's UI page: the editor stand-in must
// run before the UI's scripts; the bar after the page is parsed.
const uiHead = `<link href="/dossier/static/cayley.css" rel="stylesheet">` +
	`<script src="/dossier/static/editor-shim.js"></script>` +
	`<script src="/dossier/static/cayley-bar.js" defer></script></head>`

// dropWebImports removes a style sheet's @import url(http…) rules.
func dropWebImports(css []byte) []byte {
	for {
		i := bytes.Index(css, []byte("@import url(http"))
		if i < 0 {
			return css
		}
		j := bytes.IndexByte(css[i:], ')')
		if j < 0 {
			return css
		}
		end := i + j + 1
		if end < len(css) && css[end] == ';' {
			end++
		}
		css = append(css[:i:i], css[end:]...)
	}
}

func (s *Server) handleUI(w http.ResponseWriter, r *http.Request) {
	p := path.Clean("/" + r.URL.Path)
	if p == "/" {
		p = "/index.html"
	}
	if b, ok := s.ui[p]; ok {
		ctype := mime.TypeByExtension(path.Ext(p))
		if strings.HasSuffix(p, ".js") {
			ctype = "application/javascript; charset=utf-8"
		}
		w.Header().Set("Content-Type", ctype)
		w.Write(b)
		return
	}
	http.FileServerFS(s.uiFS).ServeHTTP(w, r)
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "backend": s.store.Backend()})
}

// handleV1 answers the v1 routes Cayley's UI still calls (the query-shape
// view) with a clear JSON error instead of a 404 page.
func (s *Server) handleV1(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusNotImplemented, map[string]any{
		"error": "not supported: the Cayley v1 API (" + r.URL.Path + ") is not served by Dossier; use /api/v2/query",
	})
}

// handleQuery runs a query with the server's deadline and limit and answers
// in the shape of Cayley's API v2 ({"result": [...]}) plus "truncated" and a
// message when the limit cut the results, and "error" with the partial
// results when the deadline passed.
func (s *Server) handleQuery(w http.ResponseWriter, r *http.Request) {
	lang := r.URL.Query().Get("lang")
	if lang == "" {
		lang = "gizmo"
	}
	var text string
	if r.Method == http.MethodGet {
		text = r.URL.Query().Get("qu")
	} else {
		b, err := io.ReadAll(r.Body)
		if err != nil {
			if !s.tooLarge(w, err) {
				writeJSON(w, http.StatusBadRequest, map[string]any{"error": "read query: " + err.Error()})
			}
			return
		}
		text = string(b)
	}
	if strings.TrimSpace(text) == "" {
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": "query is empty"})
		return
	}
	limit, ok := s.limit(w, r)
	if !ok {
		return
	}
	s.runQuery(w, r, graph.QueryOptions{Lang: lang, Limit: limit}, func(ctx context.Context, opt graph.QueryOptions) (*graph.QueryResult, error) {
		return s.store.Query(ctx, text, opt)
	}, nil)
}

// tooLarge answers 413 when err is the body limit's error, and says so.
func (s *Server) tooLarge(w http.ResponseWriter, err error) bool {
	var mbe *http.MaxBytesError
	if !errors.As(err, &mbe) {
		return false
	}
	s.metrics.tooLarge.Add(1)
	writeJSON(w, http.StatusRequestEntityTooLarge, map[string]any{"error": fmt.Sprintf("request body larger than %d bytes, the most this server reads", mbe.Limit)})
	return true
}

// limit is the result limit of a request: the server's, or the request's
// ?limit= if smaller. ok is false when the answer was already written.
func (s *Server) limit(w http.ResponseWriter, r *http.Request) (n int, ok bool) {
	n = s.cfg.QueryLimit
	if v := r.URL.Query().Get("limit"); v != "" {
		m, err := strconv.Atoi(v)
		if err != nil || m <= 0 {
			writeJSON(w, http.StatusBadRequest, map[string]any{"error": "limit must be a positive integer"})
			return 0, false
		}
		if n <= 0 || m < n {
			n = m
		}
	}
	return n, true
}

// runQuery runs a query (run: a script, or a named query through
// gizmo.Run) in one of the server's query slots, with the server's timeout, and writes the answer: {"result": […]} plus what extra
// holds (called with the results, it may add fields such as labels), with
// "truncated" and "message" when the limit cut the results, and
// "error" with the partial results on timeout (504), when the memory guard
// stopped it (503) or on failure (400). The results are in JSON-LD form
// when the request accepts application/ld+json (as Cayley's UI does). The
// slot is held until the script has really stopped.
func (s *Server) runQuery(w http.ResponseWriter, r *http.Request, opt graph.QueryOptions, run func(context.Context, graph.QueryOptions) (*graph.QueryResult, error), extra func(res []any, out map[string]any)) {
	release, ok := s.acquire(w, r)
	if !ok {
		return
	}
	start := time.Now()
	s.metrics.queries.Add(1)
	s.metrics.running.Add(1)
	ctx := r.Context()
	leave := func() {}
	if s.guard != nil {
		ctx, leave = s.guard.enter(ctx)
	}
	opt.Timeout = s.cfg.QueryTimeout
	opt.JSONLD = strings.Contains(r.Header.Get("Accept"), "application/ld+json")
	res, err := run(ctx, opt)
	leave()
	done := func() { s.metrics.running.Add(-1); release() }
	if res != nil && res.Lingering {
		// The script is inside a step it cannot leave yet: keep its
		// slot until it has.
		s.log.Warn("query script still running after its stop")
		go func() { <-res.Stopped; done() }()
	} else {
		done()
	}
	s.metrics.observe(time.Since(start))
	if err != nil {
		s.metrics.errors.Add(1)
	}
	if opt.JSONLD {
		w.Header().Set("Content-Type", "application/ld+json")
	}
	out := map[string]any{"result": []any{}}
	if res != nil {
		out["result"] = res.Results
		if extra != nil {
			extra(res.Results, out)
		}
	}
	switch {
	case err == nil:
		if res.Truncated {
			s.metrics.truncated.Add(1)
			out["truncated"] = true
			out["message"] = fmt.Sprintf("stopped at the limit of %d results", opt.Limit)
		}
		writeJSON(w, http.StatusOK, out)
	case errors.Is(err, graph.ErrTimeout):
		s.metrics.timeouts.Add(1)
		s.log.Warn("query timed out", "timeout", s.cfg.QueryTimeout, "results", len(res.Results))
		out["error"], out["truncated"] = err.Error(), true
		writeJSON(w, http.StatusGatewayTimeout, out)
	case errors.Is(err, errOverBudget):
		out["error"], out["truncated"] = err.Error(), true
		writeJSON(w, http.StatusServiceUnavailable, out)
	case errors.Is(err, graph.ErrLanguage):
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": err.Error()})
	default:
		out["error"] = err.Error()
		writeJSON(w, http.StatusBadRequest, out)
	}
}

// acquire takes a query slot, waiting at most BusyWait; when none frees it
// answers 503 and ok is false. release gives the slot back.
func (s *Server) acquire(w http.ResponseWriter, r *http.Request) (release func(), ok bool) {
	t := time.NewTimer(s.cfg.BusyWait)
	defer t.Stop()
	select {
	case s.slots <- struct{}{}:
		return func() { <-s.slots }, true
	case <-t.C:
		s.metrics.busy.Add(1)
		s.metrics.errors.Add(1)
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{
			"error": fmt.Sprintf("busy: %d queries are running (the most this server runs at once); try again", cap(s.slots)),
		})
		return nil, false
	case <-r.Context().Done():
		return nil, false
	}
}

// slotted runs next in a query slot.
func (s *Server) slotted(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		release, ok := s.acquire(w, r)
		if !ok {
			return
		}
		defer release()
		next.ServeHTTP(w, r)
	})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}
