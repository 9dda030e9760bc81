package textnorm

import (
	"os"
	"testing"

	"github.com/dossier-kg/dossier/internal/testenv"
)

// benchTexts reads the sample collection (or the documents of
// DOSSIER_BENCH_DIR) and sets the bytes a benchmark's loop handles.
func benchTexts(b *testing.B) []string {
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
	return texts
}

// BenchmarkNormalize cleans the benchmark's documents: the speed of every
// clean-up pass, the offset maps and the paragraph classification.
func BenchmarkNormalize(b *testing.B) {
	texts := benchTexts(b)
	for b.Loop() {
		for _, t := range texts {
			Normalize(t)
		}
	}
}

// BenchmarkRunePass is the rune replacement pass alone (with its check
// of plain scripts, which spares the normaliser's).
func BenchmarkRunePass(b *testing.B) {
	texts := benchTexts(b)
	for b.Loop() {
		for _, t := range texts {
			runePass(t)
		}
	}
}
