package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/index"
	"github.com/dossier-kg/dossier/server"
)

func newServeCommand(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve Cayley's web UI and query API over the store",
		Long: `Serve opens the store (building the sample collection, serve.corpus, into it
first if the store holds no documents) and serves Cayley's web UI at /
(working without the network, with Dossier's named queries as examples),
Cayley's HTTP API v2 (read-only unless --allow-write), Dossier's query
endpoint (POST /api/v2/query?lang=gizmo), the named queries
(GET /api/dossier/queries/NAME?PARAM=VALUE), the name search
(GET /api/dossier/search?q=NAME), and Dossier's pages under /dossier/:
search, entities with their facts and evidence, documents with the
evidence highlighted, a network view with a time slider, a timeline.
Every query runs with the configured timeout and limit, at most
--max-queries at once, and is stopped when the heap passes
--memory-limit. Writing (--allow-write) needs a bearer token, set with
DOSSIER_SERVE_WRITE_TOKEN or serve.write_token in the config file, never
on the command line. /health answers ok; /metrics counts queries,
errors, timeouts, refusals and latency (Prometheus text format).`,
		Example: `  dossier serve
  dossier serve --addr 127.0.0.1:8080 --db /tmp/seeds.db
  DOSSIER_SERVE_WRITE_TOKEN=$(openssl rand -hex 24) dossier serve --allow-write
  dossier serve --cors-origin https://lab.example.org --memory-limit 2GB`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config(cmd, map[string]string{
				"serve.addr": "addr", "serve.allow_write": "allow-write", "serve.corpus": "corpus",
				"query.timeout": "timeout", "query.limit": "limit", "serve.max_queries": "max-queries",
				"serve.cors_origins": "cors-origin", "serve.memory_limit": "memory-limit", "serve.busy_wait": "busy-wait",
			})
			if err != nil {
				return err
			}
			return runServe(cmd.Context(), a, cfg)
		},
	}
	f := cmd.Flags()
	f.String("addr", "127.0.0.1:64210", "HOST:PORT to listen on")
	f.Bool("allow-write", false, "enable Cayley's write and delete API routes (needs DOSSIER_SERVE_WRITE_TOKEN or serve.write_token)")
	f.StringSlice("cors-origin", nil, "origins whose pages may call the API from a browser (repeat; * for any); none by default")
	f.String("memory-limit", "1GB", "heap size past which running queries are stopped with 503 (off: no limit)")
	f.Duration("busy-wait", 2*time.Second, "how long a query waits for a free slot before 503")
	f.String("corpus", "data/corpus", "documents to build when the store is empty")
	f.Duration("timeout", 30*time.Second, "per-query timeout")
	f.Int("limit", 1000, "per-query result limit")
	f.Int("max-queries", 4, "queries run at once; more wait (--busy-wait), then get 503")
	return cmd
}

func runServe(ctx context.Context, a *app, cfg *Config) error {
	log := a.logger(cfg)
	st, err := openStore(cfg, false)
	if err != nil {
		return err
	}
	defer st.Close()
	idx, err := openIndex(cfg)
	if err != nil {
		return err
	}
	defer idx.Close()
	if err := ensureSample(ctx, a, cfg, st, idx); err != nil {
		return err
	}
	// Serving lists the documents anyway: bring the name index up to date.
	if err := syncIndex(ctx, idx, st, true, log); err != nil {
		return err
	}
	srv, err := server.New(st, idx, server.Config{
		Addr:         cfg.Serve.Addr,
		QueryTimeout: cfg.Query.Timeout,
		QueryLimit:   cfg.Query.Limit,
		AllowWrite:   cfg.Serve.AllowWrite,
		WriteToken:   cfg.Serve.WriteToken,
		CORSOrigins:  cfg.Serve.CORSOrigins,
		MaxBody:      cfg.Serve.MaxBody,
		MaxQueries:   cfg.Serve.MaxQueries,
		BusyWait:     cfg.Serve.BusyWait,
		MemoryLimit:  cfg.memoryLimit(),
	}, log)
	if err != nil {
		return err
	}
	return srv.Serve(ctx, func(addr string) {
		fmt.Fprintf(a.stderr, "dossier: serving %s (%s store) at http://%s/\n", graph.Redact(cfg.DB), cfg.Backend, addr)
		fmt.Fprintf(a.stderr, "dossier: Dossier's pages (search, entities, network, timeline): http://%s/dossier/\n", addr)
		fmt.Fprintf(a.stderr, "dossier: query API: POST http://%s/api/v2/query?lang=gizmo; named queries: GET http://%s/api/dossier/queries\n", addr, addr)
	})
}

// ensureSample builds the sample collection into an empty store, so that a
// new user's first `dossier serve` shows a graph.
func ensureSample(ctx context.Context, a *app, cfg *Config, st *graph.Store, idx *index.Names) error {
	docs, err := st.Documents(ctx)
	if err != nil {
		return err
	}
	if len(docs) > 0 {
		fmt.Fprintf(a.stderr, "dossier: store %s holds %d documents\n", graph.Redact(cfg.DB), len(docs))
		return nil
	}
	if _, err := os.Stat(cfg.Serve.Corpus); err != nil {
		fmt.Fprintf(a.stderr, "dossier: store is empty and the sample collection %s is not here (%v); build documents with `dossier build PATH`\n", cfg.Serve.Corpus, err)
		return nil
	}
	fmt.Fprintf(a.stderr, "dossier: store is empty; building the sample collection %s\n", cfg.Serve.Corpus)
	sum, err := runBuild(ctx, cfg, st, idx, []string{cfg.Serve.Corpus}, a.stderr, a.logger(cfg))
	fmt.Fprintln(a.stderr, summaryLine(sum))
	return err
}
