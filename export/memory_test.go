package export_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/export"
	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/schema"
)

// syntheticStore builds a store of docs generated documents, each naming 8
// people of its own and stating 7 letters between them: a larger store has
// more subjects and more graphs, not larger ones, which is the growth the
// writers must not follow (their bound is one subject's quads, or one
// graph's).
func syntheticStore(tb testing.TB, backend string, docs int) *graph.Store {
	tb.Helper()
	st, err := graph.Open(graph.Config{Backend: backend, Path: filepath.Join(tb.TempDir(), "db"), NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	enc := schema.Encoder{ExtractorVersion: "synthetic"}
	var batch []dossier.DocumentStatements
	for i := 0; i < docs; i++ {
		text := fmt.Sprintf("Document %d. Person %d wrote to person %d in 1925.\n", i, i*8, i*8+1)
		doc := dossier.NewDocument(fmt.Sprintf("synthetic/%05d.txt", i), "", []byte(text))
		x := &dossier.Extraction{Doc: doc}
		for k := 0; k < 8; k++ {
			name := fmt.Sprintf("Person %d", i*8+k)
			x.Entities = append(x.Entities, dossier.Entity{ID: schema.EntityIRI(dossier.Person, name), Type: dossier.Person, Name: name, Names: []dossier.Name{{Text: name, Lang: "en"}}})
		}
		for k := 0; k+1 < len(x.Entities); k++ {
			x.Facts = append(x.Facts, dossier.Fact{
				Subject: x.Entities[k].ID, Predicate: dossier.WroteTo, Object: x.Entities[k+1].ID,
				Date: &dossier.Date{Year: 1925, Month: 1 + k, Precision: dossier.PrecisionMonth}, Stance: dossier.Asserted,
				Evidence: []dossier.Evidence{{Doc: doc.ID, Span: dossier.Span{Start: 0, End: len(text)}, Quote: text, Rule: "synthetic", Confidence: 0.5}},
			})
		}
		d := dossier.DocumentStatements{ID: doc.ID}
		enc.Encode(x, func(s dossier.Statement) error { d.Statements = append(d.Statements, s); return nil })
		batch = append(batch, d)
		if len(batch) == 64 || i == docs-1 {
			if err := st.Replace(context.Background(), batch); err != nil {
				tb.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	return st
}

// sampled wraps a Source and, every so many callbacks of a pass (while
// the writer is in the middle of its work), forces a collection and records
// the live heap: what the export really holds, not garbage awaiting the
// collector.
type sampled struct {
	export.Source
	calls, samples int
	peak           uint64
}

func (s *sampled) sample(every int) {
	s.calls++
	if s.calls%every != 0 {
		return
	}
	s.samples++
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	s.peak = max(s.peak, m.HeapAlloc)
}

func (s *sampled) EachQuad(ctx context.Context, fn func(quad.Quad) error) error {
	return s.Source.EachQuad(ctx, func(q quad.Quad) error { s.sample(2000); return fn(q) })
}

func (s *sampled) EachGraph(ctx context.Context, fn func(quad.Value, []quad.Quad) error) error {
	return s.Source.EachGraph(ctx, func(l quad.Value, qs []quad.Quad) error { s.sample(10); return fn(l, qs) })
}

func (s *sampled) EachSubject(ctx context.Context, fn func(quad.Value, []quad.Quad) error) error {
	return s.Source.EachSubject(ctx, func(v quad.Value, qs []quad.Quad) error { s.sample(250); return fn(v, qs) })
}

// liveHeap returns the most live heap, above the live heap before, that
// writing src in format f needed.
func liveHeap(t testing.TB, f export.Format, src export.Source) uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	s := &sampled{Source: src, peak: m.HeapAlloc}
	var err error
	if f.Tables != nil {
		_, err = f.Tables(context.Background(), s, io.Discard, io.Discard)
	} else {
		_, err = f.Write(context.Background(), s, io.Discard)
	}
	if err != nil {
		t.Fatal(err)
	}
	if s.samples < 3 {
		t.Fatalf("%s: only %d samples", f.Name, s.samples)
	}
	return s.peak - m.HeapAlloc
}

// TestExportMemoryDoesNotGrowWithTheStore exports a store and one four
// times its size in every format and checks that the live heap an export
// needs does not grow with the store. (Memstore keeps the test quick; the
// writers' memory does not depend on the backend. Bolt's figures are in
// docs/benchmarks.md.)
func TestExportMemoryDoesNotGrowWithTheStore(t *testing.T) {
	small, large := syntheticStore(t, graph.Memstore, 40), syntheticStore(t, graph.Memstore, 160)
	for _, f := range export.Formats() {
		s, l := liveHeap(t, f, small), liveHeap(t, f, large)
		t.Logf("%-8s live heap above the store's: %7.1f KB (40 documents), %7.1f KB (160 documents)", f.Name, float64(s)/1024, float64(l)/1024)
		// Four times the store may not need twice the heap, plus 256 KB
		// (the bounded caches filling up, the list of graph labels). An
		// export that held the store would need megabytes more.
		if l > 2*s+256<<10 {
			t.Errorf("%s: %d bytes for 160 documents against %d for 40: memory grows with the store", f.Name, l, s)
		}
	}
}

// BenchmarkExportLiveHeap reports, for every format, the live heap an
// export of the bolt store at $DOSSIER_BENCH_DB needs above the open
// store's (sampled as in the memory test; the sampling's collections make
// the time meaningless, see docs/benchmarks.md for times).
func BenchmarkExportLiveHeap(b *testing.B) {
	path := os.Getenv("DOSSIER_BENCH_DB")
	if path == "" {
		b.Skip("set DOSSIER_BENCH_DB to a bolt store (see docs/benchmarks.md)")
	}
	st, err := graph.Open(graph.Config{Backend: graph.Bolt, Path: path, ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	for _, f := range export.Formats() {
		b.Run(f.Name, func(b *testing.B) {
			var peak uint64
			for i := 0; i < b.N; i++ {
				peak = max(peak, liveHeap(b, f, st))
			}
			b.ReportMetric(float64(peak)/(1<<20), "live-MB")
		})
	}
}
