package extract

import (
	"context"
	"testing"
	"time"

	"github.com/dossier-kg/dossier"
)

// BenchmarkResolveEmit measures resolution into entities and emission,
// stage by stage over all the documents (as BenchmarkExtract has them;
// DOSSIER_BENCH_DIR too), with the extractor's memos warm: the stages
// before resolution and the relation rules run with the timer stopped.
func BenchmarkResolveEmit(b *testing.B) {
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	docs, _ := benchDocuments(b)
	// the extractor's memos hold the documents' words, as after the first
	// documents of a long run
	for _, doc := range docs {
		if _, err := x.Extract(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
	ds := make([]*docState, len(docs))
	slabs := make([]*viewSlab, len(docs))
	var resolving, emitting time.Duration
	for b.Loop() {
		b.StopTimer()
		for i := range docs {
			ds[i], slabs[i] = mentionsFound(x, docs[i])
		}
		b.StartTimer()
		start := time.Now()
		resolveAll(ds)
		resolving += time.Since(start)
		b.StopTimer()
		for _, d := range ds {
			d.relate()
		}
		b.StartTimer()
		start = time.Now()
		emitAll(ds)
		emitting += time.Since(start)
		for _, vs := range slabs {
			x.putViews(vs)
		}
	}
	b.ReportMetric(float64(resolving.Nanoseconds())/float64(b.N), "resolve-ns/op")
	b.ReportMetric(float64(emitting.Nanoseconds())/float64(b.N), "emit-ns/op")
}

// resolveAll resolves the mentions of documents into entities (a function
// of its own for profilers that count by function).
//
//go:noinline
func resolveAll(ds []*docState) {
	for _, d := range ds {
		d.resolve()
	}
}

// emitAll separates namesakes and emits the extractions of documents
// whose relations are found.
//
//go:noinline
func emitAll(ds []*docState) {
	for _, d := range ds {
		d.separateNamesakes()
		d.emit()
	}
}

// mentionsFound runs the stages of Extract up to resolution over a document.
func mentionsFound(x *Extractor, doc *dossier.Document) (*docState, *viewSlab) {
	d := split(x, doc)
	var vs *viewSlab
	d.views, vs = x.viewsFor(len(d.sents))
	d.findDates()
	d.findMentions()
	return d, vs
}
