package lexicon

import (
	"testing"

	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/extract/textnorm"
	"github.com/dossier-kg/dossier/internal/testenv"
)

// BenchmarkMatchAll finds the trigger phrases of every sentence of the
// sample collection (or of the folder DOSSIER_BENCH_DIR names), as the
// extractor does: its words in lower case, the sentence's language.
func BenchmarkMatchAll(b *testing.B) {
	lx := load(b)
	type sentence struct {
		l     *Lang
		words []string
	}
	var sents []sentence
	size := 0
	for _, doc := range testenv.BenchDocs(b) {
		size += len(doc)
		for _, s := range segment.Split(textnorm.Normalize(doc)) {
			words := make([]string, len(s.Tokens))
			for i, t := range s.Tokens {
				words[i] = t.Lower
			}
			sents = append(sents, sentence{lx.For(s.Lang), words})
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	n := 0
	var hits []Hit // one buffer, as each of the extractor's views keeps its own
	for b.Loop() {
		for _, s := range sents {
			hits = s.l.AppendMatchAll(hits[:0], s.words)
			n += len(hits)
		}
	}
	b.ReportMetric(float64(n)/float64(b.N), "hits/op")
}
