package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/segment"
)

// TestLifeEventPredicates checks lifeEventIn and opensWithLifeEvent, which
// read a view's trigger phrases without collecting them, against the same
// questions asked through find, on every sentence of the golden documents
// and of a card file.
func TestLifeEventPredicates(t *testing.T) {
	x := testExtractor(t)
	paths, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	cards, err := filepath.Glob("../data/corpus/*-cards-*.txt")
	if err != nil {
		t.Fatal(err)
	}
	paths = append(paths, cards...)
	families := []string{"born", "died", "executed", "exiled", "rehabilitated"}
	checked := 0
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc := dossier.NewDocument("test/"+path, path, b)
		d := &docState{x: x, doc: doc}
		d.tx = normalizeText(doc.Text)
		d.sents = splitSentences(d.tx)
		d.findDates()
		d.findMentions()
		for si := range d.sents {
			v := d.view(si)
			in, opens := false, false
			for _, fam := range families {
				for _, h := range v.find(fam) {
					in = true
					opens = opens || h[0] == 0
				}
			}
			toks := d.sents[si].Tokens
			if len(toks) == 0 || toks[0].Kind != segment.Word {
				opens = false
			} else if !opens {
				opens = x.lex.FieldAny(toks[0].Lower) != ""
			}
			if got := d.lifeEventIn(si); got != in {
				t.Errorf("%s sentence %d: lifeEventIn = %v, want %v", path, si, got, in)
			}
			if got := d.opensWithLifeEvent(si); got != opens {
				t.Errorf("%s sentence %d: opensWithLifeEvent = %v, want %v", path, si, got, opens)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no sentences checked")
	}
}
