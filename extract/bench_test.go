package extract

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-kg/dossier"
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
