package schema_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract"
	"github.com/dossier-kg/dossier/internal/testenv"
	"github.com/dossier-kg/dossier/schema"
)

// BenchmarkEncode turns the extractions of the sample collection into
// statements (quads with their provenance): the statement-writing half of a
// build before the store. It reports statements per second.
func BenchmarkEncode(b *testing.B) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	paths, err := filepath.Glob(filepath.Join(testenv.RepoRoot(b), "data", "corpus", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no sample documents: %v", err)
	}
	var exs []*dossier.Extraction
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		ex, err := x.Extract(context.Background(), dossier.NewDocument("corpus/"+filepath.Base(p), p, raw))
		if err != nil {
			b.Fatal(err)
		}
		exs = append(exs, ex)
	}
	enc := schema.Encoder{ExtractorVersion: x.Version(), StoreText: true}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, ex := range exs {
			if err := enc.Encode(ex, func(dossier.Statement) error { n++; return nil }); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "statements/s")
}
