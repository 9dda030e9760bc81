package gazetteer_test

import (
	"io/fs"
	"testing"

	"github.com/dossier-kg/dossier/data"
	"github.com/dossier-kg/dossier/extract/gazetteer"
	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/extract/textnorm"
	"github.com/dossier-kg/dossier/internal/testenv"
)

// BenchmarkFind matches the gazetteers against every sentence of the
// sample collection (or of DOSSIER_BENCH_DIR): names in every script and
// inflection.
func BenchmarkFind(b *testing.B) {
	gfs, err := fs.Sub(data.Files, "gazetteer")
	if err != nil {
		b.Fatal(err)
	}
	g, err := gazetteer.Load(gfs, morph.NewMemo(0).Stems)
	if err != nil {
		b.Fatal(err)
	}
	var sents [][]segment.Token
	size := 0
	for _, doc := range testenv.BenchDocs(b) {
		size += len(doc)
		for _, s := range segment.Split(textnorm.Normalize(doc)) {
			sents = append(sents, s.Tokens)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	hits := 0
	for b.Loop() {
		for _, toks := range sents {
			hits += len(g.Find(toks))
		}
	}
	if hits == 0 {
		b.Fatal("no names found in the sample collection")
	}
}

// BenchmarkLoad loads the gazetteers as the extractor does at start-up:
// parsing, indexing every name's forms, freezing the index and composing
// the bodies' names.
func BenchmarkLoad(b *testing.B) {
	gfs, err := fs.Sub(data.Files, "gazetteer")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := gazetteer.Load(gfs, morph.NewMemo(0).Stems); err != nil {
			b.Fatal(err)
		}
	}
}
