package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/cayley/ui"

	"github.com/dossier-kg/dossier/graph"
)

// Config configures the server.
type Config struct {
	// Addr is HOST:PORT to listen on.
	Addr string
	// QueryTimeout bounds every query.
	QueryTimeout time.Duration
	// QueryLimit caps the results of every query.
	QueryLimit int
	// AllowWrite enables Cayley's write and delete routes; off by default.
	AllowWrite bool
	// MaxBody caps request bodies in bytes.
	MaxBody int64
}

// Server serves one store.
type Server struct {
	store *graph.Store
	cfg   Config
	log   *slog.Logger
	mux   *http.ServeMux
	ui    map[string][]byte // UI files whose API address was rewritten
	uiFS  fs.FS
}

// uiAddress is the API address Cayley's UI bundle has compiled in. Served
// from anywhere else the browser would call it, so it is rewritten to ""
// (same origin) in every JavaScript file.
const uiAddress = "http://localhost:64210"

// New builds a server for store.
func New(store *graph.Store, cfg Config, log *slog.Logger) (*Server, error) {
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 1 << 20
	}
	web, err := fs.Sub(ui.FS, "web")
	if err != nil {
		return nil, fmt.Errorf("server: ui: %w", err)
	}
	s := &Server{store: store, cfg: cfg, log: log, mux: http.NewServeMux(), uiFS: web, ui: map[string][]byte{}}
	if err := s.rewriteUI(); err != nil {
		return nil, fmt.Errorf("server: ui: %w", err)
	}

	h := &cgraph.Handle{QuadStore: store.QuadStore()}
	if cfg.AllowWrite {
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
	s.mux.Handle("/api/v2/", api)
	s.mux.HandleFunc("/api/v1/", s.handleV1)
	s.mux.HandleFunc("GET /health", s.handleHealth)
	s.mux.HandleFunc("/", s.handleUI)
	return s, nil
}

// Handler returns the server's HTTP handler.
func (s *Server) Handler() http.Handler {
	return http.MaxBytesHandler(s.mux, s.cfg.MaxBody)
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

func (s *Server) rewriteUI() error {
	return fs.WalkDir(s.uiFS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".js") {
			return err
		}
		b, err := fs.ReadFile(s.uiFS, p)
		if err != nil {
			return err
		}
		s.ui["/"+p] = bytes.ReplaceAll(b, []byte(`"`+uiAddress+`"`), []byte(`""`))
		return nil
	})
}

func (s *Server) handleUI(w http.ResponseWriter, r *http.Request) {
	p := path.Clean("/" + r.URL.Path)
	if b, ok := s.ui[p]; ok {
		w.Header().Set("Content-Type", "application/javascript; charset=utf-8")
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
// in the shape of Cayley's API v2 ({"result": [...]}) plus "truncated" when
// the limit cut the results, and "error" with the partial results when the
// deadline passed.
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
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				writeJSON(w, http.StatusRequestEntityTooLarge, map[string]any{"error": fmt.Sprintf("query body larger than %d bytes", mbe.Limit)})
				return
			}
			writeJSON(w, http.StatusBadRequest, map[string]any{"error": "read query: " + err.Error()})
			return
		}
		text = string(b)
	}
	if strings.TrimSpace(text) == "" {
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": "query is empty"})
		return
	}
	limit := s.cfg.QueryLimit
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			writeJSON(w, http.StatusBadRequest, map[string]any{"error": "limit must be a positive integer"})
			return
		}
		if limit <= 0 || n < limit {
			limit = n
		}
	}
	jsonld := strings.Contains(r.Header.Get("Accept"), "application/ld+json")
	res, err := s.store.Query(r.Context(), text, graph.QueryOptions{Lang: lang, Limit: limit, Timeout: s.cfg.QueryTimeout, JSONLD: jsonld})
	ctype := "application/json"
	if jsonld {
		ctype = "application/ld+json"
	}
	w.Header().Set("Content-Type", ctype)
	switch {
	case err == nil:
		writeJSON(w, http.StatusOK, res)
	case errors.Is(err, graph.ErrTimeout):
		s.log.Warn("query timed out", "timeout", s.cfg.QueryTimeout, "results", len(res.Results))
		writeJSON(w, http.StatusGatewayTimeout, map[string]any{"error": err.Error(), "result": res.Results, "truncated": true})
	case errors.Is(err, graph.ErrLanguage):
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": err.Error()})
	default:
		var partial []any
		if res != nil {
			partial = res.Results
		}
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": err.Error(), "result": partial})
	}
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
