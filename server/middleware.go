package server

import (
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"path"
	"slices"
	"strings"
	"time"
)

// The layers every request passes, outermost first: logging and counting
// (logRequests), security headers (secure), CORS (cors), the write gate
// (gateWrites), the body limit, then the routes.

// recorder remembers the status and size of an answer for the log.
type recorder struct {
	http.ResponseWriter
	code  int
	bytes int64
}

func (r *recorder) WriteHeader(code int) {
	if r.code == 0 {
		r.code = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.code == 0 {
		r.code = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// Flush lets streaming answers (Cayley's /api/v2/read) flush through.
func (r *recorder) Flush() {
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// logRequests logs one line per request and counts answers by status
// class. It logs the method and the path only: never the query string,
// the body or any header (the write token travels in Authorization).
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		if rec.code == 0 {
			rec.code = http.StatusOK
		}
		if c := rec.code / 100; c > 0 && c < len(s.metrics.status) {
			s.metrics.status[c].Add(1)
		}
		s.log.Info("http", "method", r.Method, "path", r.URL.Path, "status", rec.code, "bytes", rec.bytes,
			"ms", time.Since(start).Milliseconds(), "remote", r.RemoteAddr)
	})
}

// Content security policies. Dossier's pages load nothing but their own
// scripts and styles (inline style attributes only); Cayley's UI bundle
// needs inline scripts and eval, so it gets a looser policy, which still
// keeps every connection on this origin and forbids framing.
const (
	pagesCSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
		"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
	uiCSP = "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:; connect-src 'self'; object-src 'none'; " +
		"base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)

// secure sets the security headers on every answer.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		if strings.HasPrefix(r.URL.Path, "/dossier") || strings.HasPrefix(r.URL.Path, "/api/") {
			h.Set("Content-Security-Policy", pagesCSP)
		} else {
			h.Set("Content-Security-Policy", uiCSP)
		}
		next.ServeHTTP(w, r)
	})
}

// cors answers cross-origin requests from the configured origins only
// ("*" allows any); with none configured it adds nothing, so browsers keep
// other sites' pages from reading the answers. A preflight from an origin
// not allowed gets 403.
func (s *Server) cors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin == "" {
			next.ServeHTTP(w, r)
			return
		}
		allowed := slices.Contains(s.cfg.CORSOrigins, origin) || slices.Contains(s.cfg.CORSOrigins, "*")
		preflight := r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != ""
		if allowed {
			h := w.Header()
			h.Set("Access-Control-Allow-Origin", origin)
			h.Add("Vary", "Origin")
			if preflight {
				h.Set("Access-Control-Allow-Methods", "GET, POST")
				headers := "Content-Type, Accept"
				if s.cfg.AllowWrite {
					headers += ", Authorization"
				}
				h.Set("Access-Control-Allow-Headers", headers)
				h.Set("Access-Control-Max-Age", "600")
				w.WriteHeader(http.StatusNoContent)
				return
			}
		} else if preflight {
			writeJSON(w, http.StatusForbidden, map[string]any{"error": "cross-origin requests from " + origin + " are not allowed here"})
			return
		}
		next.ServeHTTP(w, r)
	})
}

// isWrite tells the routes that change the store: Cayley's v2 write,
// delete and node/delete, and any v1 route of the same kind (v1 is not
// served, but a gate on names holds whatever a later Cayley adds).
func isWrite(p string) bool {
	p = path.Clean("/" + p)
	if !strings.HasPrefix(p, "/api/") {
		return false
	}
	for _, seg := range strings.Split(p, "/") {
		switch strings.ToLower(seg) {
		case "write", "delete":
			return true
		}
	}
	return false
}

// gateWrites refuses every write route with 403 unless writing is allowed,
// and then with 401 unless the request carries the write token as
// `Authorization: Bearer TOKEN` (compared in constant time).
func (s *Server) gateWrites(next http.Handler) http.Handler {
	want := sha256.Sum256([]byte(s.cfg.WriteToken))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !isWrite(r.URL.Path) {
			next.ServeHTTP(w, r)
			return
		}
		if !s.cfg.AllowWrite {
			s.metrics.forbidden.Add(1)
			writeJSON(w, http.StatusForbidden, map[string]any{"error": "read-only: this server does not change its store (start it with --allow-write and a write token to allow writes)"})
			return
		}
		tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		got := sha256.Sum256([]byte(strings.TrimSpace(tok)))
		if !ok || subtle.ConstantTimeCompare(got[:], want[:]) != 1 {
			s.metrics.forbidden.Add(1)
			w.Header().Set("WWW-Authenticate", `Bearer realm="dossier"`)
			writeJSON(w, http.StatusUnauthorized, map[string]any{"error": "writing needs the write token: Authorization: Bearer TOKEN"})
			return
		}
		next.ServeHTTP(w, r)
	})
}
