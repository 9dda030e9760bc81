package extract

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/extract/textnorm"
	"github.com/dossier-kg/dossier/internal/testenv"
)

// BenchmarkExtract extracts every document of the sample collection; its
// MB/s is the extractor's end-to-end speed on one core (documents in,
// facts out). DOSSIER_BENCH_DIR names another folder of .txt documents to
// measure instead.
func BenchmarkExtract(b *testing.B) {
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	docs, size := benchDocuments(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	ctx := context.Background()
	for b.Loop() {
		for _, d := range docs {
			if _, err := x.Extract(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkResolveRelate measures the stages after the mentions are found:
// resolution into entities and the relation rules (the documents as
// BenchmarkExtract has them; DOSSIER_BENCH_DIR too). Each pass finds the
// mentions again with the timer stopped.
func BenchmarkResolveRelate(b *testing.B) {
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	docs, _ := benchDocuments(b)
	states := make([]*docState, len(docs))
	for b.Loop() {
		b.StopTimer()
		for i, doc := range docs {
			d := split(x, doc)
			d.findDates()
			d.findMentions()
			states[i] = d
		}
		b.StartTimer()
		for _, d := range states {
			var views *viewSlab
			d.views, views = x.viewsFor(len(d.sents))
			d.resolve()
			d.relate()
			x.putViews(views)
		}
	}
}

// split returns the state of a document normalized and split into
// sentences, as Extract begins; the later stages are the caller's.
func split(x *Extractor, doc *dossier.Document) *docState {
	d := &docState{x: x, doc: doc, tx: textnorm.NormalizeKnown(doc.Text, x.knownWord)}
	d.sents, _ = segment.SplitInto(d.tx, nil)
	return d
}

// benchDocuments reads the documents of the sample collection, or of the
// folder DOSSIER_BENCH_DIR names, and their total size in bytes.
func benchDocuments(b *testing.B) ([]*dossier.Document, int) {
	dir := filepath.Join(testenv.RepoRoot(b), "data", "corpus")
	if d := os.Getenv("DOSSIER_BENCH_DIR"); d != "" {
		dir = d // e.g. a folder of generated archive cards
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no sample documents in %s: %v", dir, err)
	}
	var docs []*dossier.Document
	size := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, dossier.NewDocument("corpus/"+filepath.Base(p), p, raw))
		size += len(raw)
	}
	return docs, size
}

// BenchmarkFindMentions measures the finding of mentions alone (gazetteer
// names, the name finders, cards' records and fields, titles, event
// anaphora) on the documents as BenchmarkExtract has them; the text is
// normalized, split and dated once, outside the timer.
func BenchmarkFindMentions(b *testing.B) {
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	docs, size := benchDocuments(b)
	states := make([]*docState, len(docs))
	for i, doc := range docs {
		d := split(x, doc)
		d.findDates()
		states[i] = d
	}
	// a pass before timing fills the Extractor's memos, as a long run has
	// them
	for _, d := range states {
		d.findMentions()
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		findAllMentions(states)
	}
}

// findAllMentions finds the mentions of documents afresh (a function of
// its own, for profilers to single out).
//
//go:noinline
func findAllMentions(states []*docState) {
	for _, d := range states {
		d.views, d.records, d.problems, d.mentSlab, d.mentSlabs = nil, nil, nil, nil, 0
		d.findMentions()
	}
}
