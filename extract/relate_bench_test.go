package extract

import "testing"

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
			d := split(x, doc)
			var views *viewSlab
			d.views, views = x.viewsFor(len(d.sents))
			d.findDates()
			d.findMentions()
			d.resolve()
			b.StartTimer()
			d.relate()
			b.StopTimer()
			x.putViews(views)
			b.StartTimer()
		}
	}
}
