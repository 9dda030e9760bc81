package extract

import (
	"testing"
	"time"

	"github.com/dossier-kg/dossier"

	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/extract/textnorm"
)

// BenchmarkResolveEmit measures resolution into entities and emission,
// stage by stage over all the documents (as BenchmarkExtract has them;
// DOSSIER_BENCH_DIR too): the stages before resolution and the relation
// rules run with the timer stopped.
func BenchmarkResolveEmit(b *testing.B) {
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	docs, _ := benchDocuments(b)
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
		for _, d := range ds {
			d.resolve()
		}
		resolving += time.Since(start)
		b.StopTimer()
		for _, d := range ds {
			d.relate()
		}
		b.StartTimer()
		start = time.Now()
		for i, d := range ds {
			d.separateNamesakes()
			d.emit()
			x.putViews(slabs[i])
		}
		emitting += time.Since(start)
	}
	b.ReportMetric(float64(resolving.Nanoseconds())/float64(b.N), "resolve-ns/op")
	b.ReportMetric(float64(emitting.Nanoseconds())/float64(b.N), "emit-ns/op")
}

// mentionsFound runs the stages of Extract up to resolution over a document.
func mentionsFound(x *Extractor, doc *dossier.Document) (*docState, *viewSlab) {
	d := &docState{x: x, doc: doc, tx: textnorm.NormalizeKnown(doc.Text, x.knownWord)}
	d.sents, _ = segment.SplitInto(d.tx, nil)
	var vs *viewSlab
	d.views, vs = x.viewsFor(len(d.sents))
	d.findDates()
	d.findMentions()
	return d, vs
}
