package graph

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/writer" // registers Cayley's "single" quad writer
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/internal/testenv"
	"github.com/dossier-kg/dossier/schema"
)

// LoadEnv names the N-Quads file TestLoadFigures loads (one named graph
// per document, as dossier extract --format nquads writes them). The
// figures in docs/benchmarks.md were measured with it.
const LoadEnv = "DOSSIER_LOAD_NQ"

// TestLoadFigures measures quads per second into bolt and PostgreSQL, on
// the same quads in the same run: Dossier's writers (Replace, 64 documents
// per call, as dossier build writes) against the stock path (quad.CopyBatch
// into Cayley's writer, 10,000 quads per batch, into a store Cayley itself
// created). It runs only when DOSSIER_LOAD_NQ names a file; PostgreSQL
// only with DOSSIER_TEST_POSTGRES as well. DOSSIER_LOAD_QUADS caps the
// quads into bolt (default: all), DOSSIER_LOAD_PG_QUADS into PostgreSQL
// (default 100,000: the stock writer does a few thousand per second).
func TestLoadFigures(t *testing.T) {
	file := os.Getenv(LoadEnv)
	if file == "" {
		t.Skip("skipping: set " + LoadEnv + "=FILE.nq (dossier extract --format nquads of a generated collection) to measure load rates")
	}
	docs := readDocs(t, file, envInt(t, "DOSSIER_LOAD_QUADS", 0))
	rate := func(n int, d time.Duration) float64 { return float64(n) / d.Seconds() }

	n, ours := loadOurs(t, Config{Backend: Bolt, Path: filepath.Join(t.TempDir(), "ours"), NoSync: true}, docs)
	dir := filepath.Join(t.TempDir(), "stock")
	opts := cgraph.Options{"nosync": true}
	if err := cgraph.InitQuadStore(Bolt, dir, opts); err != nil {
		t.Fatal(err)
	}
	stock := loadStock(t, Bolt, dir, opts, docs, n)
	t.Logf("bolt: %d quads in %d documents: ours %.0f quads/s (%s), stock %.0f quads/s (%s): %.1f×",
		n, len(docs), rate(n, ours), ours.Round(time.Millisecond), rate(n, stock), stock.Round(time.Millisecond), stock.Seconds()/ours.Seconds())

	if os.Getenv(testenv.PostgresEnv) == "" {
		t.Log("PostgreSQL left out: " + testenv.PostgresEnv + " is not set")
		return
	}
	docs = firstQuads(docs, envInt(t, "DOSSIER_LOAD_PG_QUADS", 100000))
	n, ours = loadOurs(t, Config{Backend: Postgres, Path: testenv.Postgres(t), NoSync: true}, docs)
	url := testenv.Postgres(t)
	if err := cgraph.InitQuadStore(Postgres, url, nil); err != nil {
		t.Fatal(err)
	}
	stock = loadStock(t, Postgres, url, nil, docs, n)
	t.Logf("postgres: %d quads in %d documents: ours (COPY) %.0f quads/s (%s), stock %.0f quads/s (%s): %.1f×",
		n, len(docs), rate(n, ours), ours.Round(time.Millisecond), rate(n, stock), stock.Round(time.Millisecond), stock.Seconds()/ours.Seconds())
}

func envInt(t *testing.T, name string, def int) int {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return n
}

// readDocs reads file's quads grouped by named graph (consecutive quads of
// one graph are one document), whole documents up to max quads (0: all).
func readDocs(t *testing.T, file string, max int) []dossier.DocumentStatements {
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := nquads.NewReader(f, false)
	var (
		docs []dossier.DocumentStatements
		n    int
	)
	for {
		q, err := r.ReadQuad()
		if err != nil {
			break
		}
		id, ok := schema.DocID(schema.IRIString(q.Label))
		if !ok {
			t.Fatalf("quad outside a document graph: %s", q.NQuad())
		}
		if len(docs) == 0 || docs[len(docs)-1].ID != id {
			if max > 0 && n >= max {
				break
			}
			docs = append(docs, dossier.DocumentStatements{ID: id})
		}
		d := &docs[len(docs)-1]
		d.Statements = append(d.Statements, dossier.Statement{Quad: q, Doc: id})
		n++
	}
	if len(docs) == 0 {
		t.Fatalf("%s: no quads", file)
	}
	return docs
}

func firstQuads(docs []dossier.DocumentStatements, max int) []dossier.DocumentStatements {
	n := 0
	for i, d := range docs {
		if n >= max {
			return docs[:i]
		}
		n += len(d.Statements)
	}
	return docs
}

func loadOurs(t *testing.T, cfg Config, docs []dossier.DocumentStatements) (int, time.Duration) {
	s, err := Open(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := time.Now()
	for i := 0; i < len(docs); i += 64 {
		if err := s.Replace(context.Background(), docs[i:min(i+64, len(docs))]); err != nil {
			t.Fatal(err)
		}
	}
	d := time.Since(start)
	n, err := s.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return int(n), d
}

// loadStock loads docs' quads with the stock path and checks that the
// store then holds want quads, as Dossier's writer left.
func loadStock(t *testing.T, backend, path string, opts cgraph.Options, docs []dossier.DocumentStatements, want int) time.Duration {
	qs, err := cgraph.NewQuadStore(backend, path, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer qs.Close()
	qw, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var all []quad.Quad
	for _, d := range docs {
		for _, st := range d.Statements {
			all = append(all, st.Quad)
		}
	}
	start := time.Now()
	w := cgraph.NewWriter(qw)
	if _, err := quad.CopyBatch(w, quad.NewReader(all), quad.DefaultBatch); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	d := time.Since(start)
	st, err := qs.Stats(context.Background(), true)
	if err != nil || st.Quads.Value != int64(want) {
		t.Fatalf("stock %s load: %d quads, %v; Dossier's writer: %d", backend, st.Quads.Value, err, want)
	}
	return d
}
