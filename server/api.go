package server

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/gizmo"
	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/index"
	"github.com/dossier-kg/dossier/schema"
)

// routeDossier registers Dossier's own API and pages.
//
//	GET  /api/dossier/search?q=NAME[&type=person][&limit=N]   the name index
//	GET  /api/dossier/queries                                   the named queries
//	GET|POST /api/dossier/queries/NAME?PARAM=VALUE…[&limit=N]   run one (…&script=1: only bind it)
//	GET  /dossier/…                                             the pages (pages.go)
func (s *Server) routeDossier() {
	s.mux.HandleFunc("GET /api/dossier/search", s.handleSearch)
	s.mux.HandleFunc("GET /api/dossier/queries", s.handleQueries)
	s.mux.HandleFunc("GET /api/dossier/queries/{name}", s.handleNamed)
	s.mux.HandleFunc("POST /api/dossier/queries/{name}", s.handleNamed)
	s.routePages()
}

// handleSearch answers {"query": q, "hits": [...]} from the name index.
func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	t, err := dossier.ParseEntityType(q.Get("type"))
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": err.Error()})
		return
	}
	limit := 10
	if v := q.Get("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit <= 0 || limit > 100 {
			writeJSON(w, http.StatusBadRequest, map[string]any{"error": "limit must be 1 to 100"})
			return
		}
	}
	hits, err := s.names.Find(r.Context(), index.Query{Text: q.Get("q"), Type: t, Limit: limit})
	if err != nil {
		writeJSON(w, http.StatusInternalServerError, map[string]any{"error": err.Error()})
		return
	}
	if hits == nil {
		hits = []index.Hit{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"query": q.Get("q"), "hits": hits})
}

// queryInfo is a named query as the API lists it.
type queryInfo struct {
	*gizmo.Query
	// Example holds the parameters of the documentation's example.
	Example map[string]string `json:"example"`
	// JSONURL runs the example through the API.
	JSONURL string `json:"url"`
}

func library() []queryInfo {
	var out []queryInfo
	for _, q := range gizmo.Library() {
		ex := q.Example()
		v := url.Values{}
		for k, x := range ex {
			v.Set(k, x)
		}
		out = append(out, queryInfo{Query: q, Example: ex, JSONURL: "/api/dossier/queries/" + q.Name + "?" + v.Encode()})
	}
	return out
}

func (s *Server) handleQueries(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"queries": library()})
}

// handleNamed binds a named query to the request's parameters (any form of
// a name) and runs it like any query, answering {"query", "params" (as
// given and as resolved), "result", "labels" (name, type and page of every
// entity in the rows)} — or, with script=1, {"query", "params", "script"}
// without running it.
func (s *Server) handleNamed(w http.ResponseWriter, r *http.Request) {
	q, err := gizmo.Lookup(r.PathValue("name"))
	if err != nil {
		writeJSON(w, http.StatusNotFound, map[string]any{"error": err.Error()})
		return
	}
	if err := r.ParseForm(); err != nil {
		if s.tooLarge(w, err) {
			return
		}
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": "parameters: " + err.Error()})
		return
	}
	args := map[string]string{}
	for k, v := range r.Form {
		switch k {
		case "limit", "script":
			continue
		}
		args[k] = v[len(v)-1]
	}
	b, err := q.Bind(r.Context(), s.names, args)
	if errors.Is(err, gizmo.ErrParam) {
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": err.Error(), "query": q.Name})
		return
	}
	if err != nil {
		writeJSON(w, http.StatusInternalServerError, map[string]any{"error": err.Error()})
		return
	}
	if r.Form.Get("script") != "" {
		writeJSON(w, http.StatusOK, map[string]any{"query": b.Name, "params": b.Values, "script": b.Script})
		return
	}
	limit, ok := s.limit(w, r)
	if !ok {
		return
	}
	// A named query is the library's own script with its parameters
	// JSON-encoded into it: it needs no sandbox (which costs some 6 ms a
	// query, BenchmarkSandbox), and keeps the timeout, limit, slots and
	// memory guard of every query.
	run := func(ctx context.Context, opt graph.QueryOptions) (*graph.QueryResult, error) {
		return gizmo.Run(ctx, s.store, b, opt)
	}
	s.runQuery(w, r, graph.QueryOptions{Limit: limit, StepLimit: -1}, run, func(res []any, out map[string]any) {
		out["query"], out["params"] = b.Name, b.Values
		out["labels"] = s.labels(r.Context(), res)
	})
}

// label is what a page shows for a node.
type label struct {
	Name string `json:"name"`
	Type string `json:"type,omitempty"`
	URL  string `json:"url,omitempty"`
}

// labels names the nodes of the rows' source, target, place and object
// fields: entities from the name index, anything else by its schema:name
// or the last segment of its IRI.
func (s *Server) labels(ctx context.Context, rows []any) map[string]label {
	out := map[string]label{}
	for _, row := range rows {
		m, ok := row.(map[string]any)
		if !ok {
			continue
		}
		for _, k := range []string{"source", "target", "place", "object"} {
			iri := nodeIRI(m[k])
			if iri == "" {
				continue
			}
			if _, done := out[iri]; done {
				continue
			}
			out[iri] = s.label(ctx, iri)
		}
	}
	return out
}

func (s *Server) label(ctx context.Context, iri string) label {
	if e, ok, err := s.names.Entity(ctx, iri); err == nil && ok {
		return label{Name: e.Name, Type: string(e.Type), URL: entityURL(iri)}
	}
	if n, err := s.store.Name(ctx, quad.IRI(iri)); err == nil && n != "" {
		return label{Name: n}
	}
	return label{Name: iri[strings.LastIndexAny(iri, "/#")+1:]}
}

// nodeIRI reads a node of a result row: "<iri>" (JSON) or {"@id": iri}
// (JSON-LD); "" for anything else.
func nodeIRI(v any) string {
	switch x := v.(type) {
	case string:
		if strings.HasPrefix(x, "<") && strings.HasSuffix(x, ">") {
			return x[1 : len(x)-1]
		}
	case map[string]any:
		if id, ok := x["@id"].(string); ok {
			return id
		}
	}
	return ""
}

// entityURL is the page of an entity: /dossier/entity/person/joseph-stalin
// for Dossier's IRIs, /dossier/entity?iri=… for others.
func entityURL(iri string) string {
	if rest, ok := strings.CutPrefix(iri, schema.ID); ok && rest != "" {
		return "/dossier/entity/" + rest
	}
	return "/dossier/entity?iri=" + url.QueryEscape(iri)
}
