package names

import (
	"reflect"
	"testing"

	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/extract/textnorm"
	"github.com/dossier-kg/dossier/internal/testenv"
)

// TestMemosKeepAnswers: what the recognisers find in a sentence does not
// depend on what the memos (the shared one and a scratch's word tables)
// learnt from the sentences before it. Each sentence of the sample
// collection is found by a recogniser that has read the whole collection
// and by one that reads the sentence alone.
func TestMemosKeepAnswers(t *testing.T) {
	warm := recognizer(t)
	var sents []segment.Sentence
	for _, doc := range testenv.BenchDocs(t) {
		sents = append(sents, segment.Split(textnorm.Normalize(doc))...)
	}
	if testing.Short() && len(sents) > 500 {
		sents = sents[:500]
	}
	for _, s := range sents {
		warm.FindAround(s.Tokens, s.Lang, nil, nil)
	}
	for i := len(sents) - 1; i >= 0; i-- {
		s := sents[i]
		got := warm.FindAround(s.Tokens, s.Lang, nil, nil)
		cold := &Recognizer{Lex: warm.Lex}
		want := cold.FindAround(s.Tokens, s.Lang, nil, nil)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("sentence %d (%d tokens): %v after the collection, %v alone", i, len(s.Tokens), got, want)
		}
	}
}
