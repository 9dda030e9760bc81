package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/names"
)

// TestCandidateBufferReuse checks that the candidate buffer sentenceMentions
// keeps from one sentence to the next changes no mention: the documents'
// sentences are read once with the buffer kept, and once with it replaced
// before each sentence by one full of stale candidates.
func TestCandidateBufferReuse(t *testing.T) {
	x := testExtractor(t)
	paths := samplePaths(t)
	if len(paths) == 0 {
		t.Skip("no documents")
	}
	stale := make([]names.Candidate, 64)
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var got [2][][]*mention
		for pass := range 2 {
			doc := dossier.NewDocument("t/"+filepath.Base(p), p, raw)
			d := &docState{x: x, doc: doc}
			d.tx = normalizeText(doc.Text)
			d.sents = splitSentences(d.tx)
			d.findDates()
			d.ments = make([][]*mention, len(d.sents))
			for i := range d.sents {
				if pass == 1 {
					// what the last sentence's candidates left behind
					for k := range stale {
						stale[k] = names.Candidate{Start: 0, End: 1, NameStart: 0, NameEnd: 1, Type: dossier.Person, Rule: "stale", Conf: 1}
					}
					d.cands = stale[:0]
				}
				d.ments[i] = d.sentenceMentions(i)
			}
			got[pass] = d.ments
		}
		for si := range got[0] {
			a, b := got[0][si], got[1][si]
			if len(a) != len(b) {
				t.Fatalf("%s sentence %d: %d mentions kept, %d over stale ones", p, si, len(a), len(b))
			}
			for k := range a {
				if a[k].start != b[k].start || a[k].end != b[k].end || a[k].typ != b[k].typ || a[k].rule != b[k].rule ||
					a[k].conf != b[k].conf || a[k].lastCase != b[k].lastCase || a[k].person.Last != b[k].person.Last {
					t.Fatalf("%s sentence %d mention %d: %+v kept, %+v over stale ones", p, si, k, *a[k], *b[k])
				}
			}
		}
	}
}
