package names

import (
	"testing"

	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/extract/textnorm"
	"github.com/dossier-kg/dossier/internal/testenv"
)

// BenchmarkFindAround runs the recognisers over every sentence of the
// sample collection (or of the folder DOSSIER_BENCH_DIR names), with stems
// remembered as the extractor remembers them; its MB/s is over the
// documents' bytes. The memos are warm after the first pass, as they are
// over most of a large collection.
func BenchmarkFindAround(b *testing.B) {
	r := recognizer(b)
	words := morph.NewMemo(0)
	r.Stems, r.LowerStems = words.Stems, words.LowerStems
	var sents []segment.Sentence
	size := 0
	for _, doc := range testenv.BenchDocs(b) {
		sents = append(sents, segment.Split(textnorm.Normalize(doc))...)
		size += len(doc)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, s := range sents {
			n += len(r.FindAround(s.Tokens, s.Lang, nil, nil))
		}
	}
	b.ReportMetric(float64(n)/float64(b.N), "candidates/op")
}
