package extract

import (
	"testing"

	"github.com/dossier-kg/dossier"
)

// BenchmarkRelate measures the relation rules alone (letter frames,
// sentence rules, conventions) over the documents BenchmarkExtract reads
// (DOSSIER_BENCH_DIR too); each document's earlier stages run right before
// with the timer stopped, as Extract runs them.
func BenchmarkRelate(b *testing.B) {
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	docs, size := benchDocuments(b)
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, doc := range docs {
			b.StopTimer()
			d, views := beforeRelate(x, doc)
			b.StartTimer()
			d.relate()
			b.StopTimer()
			x.putViews(views)
			b.StartTimer()
		}
	}
}

// beforeRelate runs the stages before the relation rules over doc, as
// Extract runs them, and returns the document and the slab of its views.
func beforeRelate(x *Extractor, doc *dossier.Document) (*docState, *viewSlab) {
	d, views := mentionsFound(x, doc)
	d.resolve()
	return d, views
}
