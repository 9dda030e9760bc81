package gazetteer

import (
	"reflect"
	"testing"

	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/extract/textnorm"
	"github.com/dossier-kg/dossier/internal/testenv"
	"github.com/dossier-kg/dossier/internal/textcase"
)

// findBefore is Find as it was before the checks of a token (nameStart,
// lowerEventStart, longest's) moved into its loop: the reference
// TestFindAsBefore compares Find with. It keeps a scratch of its own.
func findBefore(g *Gazetteer, sc *findScratch, toks []segment.Token) []Hit {
	nameStart := func(i int) bool {
		t := &toks[i]
		switch t.Kind {
		case segment.Word:
			if t.Upper() || t.AllCaps() {
				return true
			}
			return !isArticle(t.Lower) && i+1 < len(toks) && (toks[i+1].Kind == segment.Number || toks[i+1].Upper())
		case segment.Number:
			return true
		}
		return false
	}
	longest := func(start int) (best found, ok bool) {
		if g.trie.beginsNoName(&toks[start]) || g.runOf(toks, start, sc).flags&runBegins == 0 {
			return found{}, false
		}
		return g.search(toks, start, sc) // the search itself is as it was
	}
	sc.take(len(toks))
	var out []Hit
	for i := 0; i < len(toks); {
		strict := nameStart(i)
		if !strict && !(lowerEventStart(toks, i) && g.beginsLowerEvent(toks, i, sc)) {
			i++
			continue
		}
		best, ok := longest(i)
		if best, ok = g.accept(toks, strict, best, ok); !ok { // as it was
			i++
			continue
		}
		h := g.trie.hits[g.trie.nodes[best.node].hit]
		h.Start, h.End, h.Inflected = best.start, best.end, best.inflected
		out = append(out, h)
		i = best.end
	}
	return out
}

// TestFindAsBefore: Find finds what it found before, hit for hit, in
// every sentence of the sample collection (or of DOSSIER_BENCH_DIR), as
// written and in lower case.
func TestFindAsBefore(t *testing.T) {
	g := loadWithStems(t)
	sc := new(findScratch)
	sents, hits := 0, 0
	for _, doc := range testenv.BenchDocs(t) {
		for _, text := range []string{doc, textcase.Lower(doc)} {
			tx := textnorm.Normalize(text)
			for _, s := range segment.Split(tx) {
				got, want := g.Find(s.Tokens), findBefore(g, sc, s.Tokens)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%q: hits %+v, want %+v", s.Text(tx.Clean), got, want)
				}
				sents++
				hits += len(got)
			}
		}
	}
	if hits == 0 {
		t.Fatal("no names found")
	}
	t.Logf("%d sentences, %d hits", sents, hits)
}
