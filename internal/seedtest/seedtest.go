// Package seedtest builds the shared seed documents (../shared/corpus/seeds)
// into a fresh store with its name index, for the tests of the packages
// that read a real graph (gizmo, server), and reads the facts back as the
// oracle those tests compute their expectations from.
//
// The build is the one `dossier build` runs (extractor, encoder with the
// documents' text, pipeline, name index), except that entities get no
// gazetteer labels (rdfs:label in Kyrgyz and Russian): that wiring lives in
// cmd/dossier. Nothing the tests ask depends on those labels.
package seedtest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dossier-kg/dossier/extract"
	"github.com/dossier-kg/dossier/facts"
	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/index"
	"github.com/dossier-kg/dossier/internal/testenv"
	"github.com/dossier-kg/dossier/pipeline"
	"github.com/dossier-kg/dossier/schema"
)

// Build extracts the seed documents into a new bolt store in a temporary
// directory, with the name index beside it; both are closed when the test
// ends. It skips (or, under DOSSIER_REQUIRE_SHARED=1, fails) when
// ../shared is absent.
func Build(tb testing.TB) (*graph.Store, *index.Names) {
	tb.Helper()
	seeds := testenv.Shared(tb, "corpus", "seeds")
	st, names, built := Collection(tb, seeds, graph.Bolt)
	if built != 3 {
		tb.Fatalf("build of the seeds: %d documents built, want 3", built)
	}
	return st, names
}

// Collection builds the documents under src as Build does, into a new
// store of the backend (bolt or memstore) with its name index, and returns
// them with the number of documents built.
func Collection(tb testing.TB, src, backend string) (*graph.Store, *index.Names, int) {
	tb.Helper()
	dir := filepath.Join(tb.TempDir(), "collection.db")
	st, err := graph.Open(graph.Config{Backend: backend, Path: dir, NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	names, err := index.Open(filepath.Join(tb.TempDir(), index.File), index.Options{NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { names.Close() })
	return st, names, Into(tb, st, names, src)
}

// Into builds the documents under src into st and names, as Collection
// does, and returns the number of documents built (changed documents are
// rebuilt, unchanged ones left alone).
func Into(tb testing.TB, st *graph.Store, names *index.Names, src string) int {
	tb.Helper()
	ex, err := extract.New(extract.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	p := &pipeline.Pipeline{
		Extractor: ex,
		Encoder:   schema.Encoder{ExtractorVersion: ex.Version() + "/encoding-" + schema.EncodingVersion, StoreText: true},
		Store:     st,
		Index:     names,
		OnError:   func(err error) { tb.Logf("build: %v", err) },
	}
	sum, err := p.Run(context.Background(), []string{src})
	if err != nil {
		tb.Fatalf("build of %s: %+v, %v", src, sum, err)
	}
	return sum.Built
}

// Facts reads the store back as facts lines (entities with their
// documents, relations with their dates and stances): what the tests
// compute expected results from.
func Facts(tb testing.TB, st *graph.Store) []facts.Line {
	tb.Helper()
	var out []facts.Line
	if err := st.Facts(context.Background(), func(l facts.Line) error {
		out = append(out, l)
		return nil
	}); err != nil {
		tb.Fatal(err)
	}
	return out
}
