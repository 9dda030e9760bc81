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
	dir := filepath.Join(tb.TempDir(), "seeds.db")
	st, err := graph.Open(graph.Config{Backend: graph.Bolt, Path: dir, NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	names, err := index.Open(filepath.Join(dir, index.File), index.Options{NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { names.Close() })
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
	sum, err := p.Run(context.Background(), []string{seeds})
	if err != nil || sum.Built != 3 {
		tb.Fatalf("build of the seeds: %+v, %v", sum, err)
	}
	return st, names
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
