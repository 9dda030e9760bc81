package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/lexicon"
	"github.com/dossier-kg/dossier/internal/testenv"
)

// naivePhraseIn is phraseIn as a plain lookup of one, two and three words
// joined by spaces: what the prefixes may only speed up.
func naivePhraseIn(words []string, set lexicon.Set, k int) bool {
	w := words[k]
	if set[w] {
		return true
	}
	if k+1 < len(words) && set[w+" "+words[k+1]] {
		return true
	}
	return k+2 < len(words) && set[w+" "+words[k+1]+" "+words[k+2]]
}

// TestPhraseInMatchesNaive compares the marks of stanceAt, and phraseIn
// without prefixes, against naivePhraseIn on every sentence of the
// sample collection, for the hedges and the allegations, and the reused
// views' words and quotes against freshly made ones.
func TestPhraseInMatchesNaive(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob(filepath.Join(testenv.RepoRoot(t), "data", "corpus", "*.txt"))
	if len(paths) == 0 {
		t.Fatal("no sample documents")
	}
	checked, longer := 0, 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc := dossier.NewDocument(p, p, raw)
		d := &docState{x: x, doc: doc}
		d.tx = normalizeText(doc.Text)
		d.sents = splitSentences(d.tx)
		d.findDates()
		d.findMentions()
		var slab *viewSlab
		d.views, slab = x.viewsFor(len(d.sents))
		for si := range d.sents {
			v := d.view(si)
			for k, w := range v.words {
				if w != d.sents[si].Tokens[k].Lower {
					t.Fatalf("%s: sentence %d: word %d is %q, want %q", p, si, k, w, d.sents[si].Tokens[k].Lower)
				}
			}
			if len(v.words) != len(d.sents[si].Tokens) {
				t.Fatalf("%s: sentence %d: %d words for %d tokens", p, si, len(v.words), len(d.sents[si].Tokens))
			}
			for _, c := range []struct {
				set  lexicon.Set
				mark stanceMark
			}{{v.lx.Hedges, startsHedge}, {v.lx.Allegations, startsAllegation}} {
				for k := range v.words {
					want := naivePhraseIn(v.words, c.set, k)
					if got := v.stanceAt(k)&c.mark != 0; got != want {
						t.Errorf("%s: sentence %d, word %d: marked %v, want %v", p, si, k, got, want)
					}
					if got := v.phraseIn(c.set, nil, k); got != want {
						t.Errorf("%s: sentence %d, word %d: phraseIn without prefixes = %v, want %v", p, si, k, got, want)
					}
					checked++
					if want && !c.set[v.words[k]] {
						longer++
					}
				}
			}
		}
		x.putViews(slab)
	}
	if checked == 0 || longer == 0 {
		t.Fatalf("%d words checked, %d phrases of several words found: the test checks too little", checked, longer)
	}
}
