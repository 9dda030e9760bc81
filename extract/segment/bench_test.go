package segment

import (
	"os"
	"testing"

	"github.com/dossier-kg/dossier/extract/textnorm"
	"github.com/dossier-kg/dossier/internal/testenv"
)

// corpusTexts reads the sample collection (or the documents of
// DOSSIER_BENCH_DIR), normalised.
func corpusTexts(b testing.TB) ([]*textnorm.Text, int) {
	b.Helper()
	var out []*textnorm.Text
	size := 0
	for _, p := range testenv.BenchFiles(b) {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, textnorm.Normalize(string(raw)))
		size += len(raw)
	}
	return out, size
}

// BenchmarkSplit splits the sample collection into sentences of tokens
// (with each sentence's language): the tokenizer's speed.
func BenchmarkSplit(b *testing.B) {
	texts, size := corpusTexts(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Split(t)
		}
	}
}

// BenchmarkSplitInto splits the sample collection as the extractor does,
// each document's tokens written over the slab of the one before.
func BenchmarkSplitInto(b *testing.B) {
	texts, size := corpusTexts(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var slab []Token
	for b.Loop() {
		for _, t := range texts {
			_, slab = SplitInto(t, slab[:0])
		}
	}
}
