package textnorm

import (
	"os"
	"testing"

	"github.com/dossier-kg/dossier/internal/testenv"
)

// BenchmarkNormalize cleans the sample collection (or the documents of
// DOSSIER_BENCH_DIR): the speed of every clean-up pass, the offset maps
// and the paragraph classification.
func BenchmarkNormalize(b *testing.B) {
	var texts []string
	size := 0
	for _, p := range testenv.BenchFiles(b) {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
		size += len(raw)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Normalize(t)
		}
	}
}
