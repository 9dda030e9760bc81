package extract

import (
	"reflect"
	"testing"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/internal/testenv"
)

// TestViewClean pins clean, which putViews runs on every view a document
// made, and what view notes of a sentence's words: after the relation rules have run over the sample collection, a
// cleaned view is zero but for its slices' capacity, in every field (one
// added later and not cleaned fails here), as the view of a new document
// must be.
func TestViewClean(t *testing.T) {
	x := testExtractor(t)
	docs := testenv.BenchDocs(t)
	if len(docs) > 40 {
		docs = docs[:40]
	}
	typ := reflect.TypeFor[sview]()
	seen := make([]bool, typ.NumField()) // fields some view had set
	for k, text := range docs {
		d, slab := beforeRelate(x, dossier.NewDocument("test/clean.txt", "clean.txt", []byte(text)))
		d.relate()
		for i := range slab.store {
			v := &slab.store[i]
			if !v.made {
				continue
			}
			// what view notes in its pass over the words, as a scan of
			// its own finds it
			pronoun, dash := len(v.words), false
			for k, w := range v.words {
				if subjectPronoun(w) && pronoun == len(v.words) {
					pronoun = k
				}
				if t := v.toks[k]; t.Space && (t.Text == "—" || t.Text == "–" || t.Text == "-") {
					dash = true
				}
			}
			if v.pronoun != pronoun || v.spacedDash != dash {
				t.Fatalf("doc %d: view %d: pronoun %d, dash %v; a scan finds %d, %v", k, i, v.pronoun, v.spacedDash, pronoun, dash)
			}
			rv := reflect.ValueOf(v).Elem()
			for f := range typ.NumField() {
				if fv := rv.Field(f); !fv.IsZero() && (fv.Kind() != reflect.Slice || fv.Len() > 0) {
					seen[f] = true
				}
			}
			v.clean()
			for f := range typ.NumField() {
				fv := rv.Field(f)
				if fv.Kind() == reflect.Slice {
					if fv.Len() != 0 {
						t.Fatalf("doc %d: view %d: %s has %d elements after clean", k, i, typ.Field(f).Name, fv.Len())
					}
					// what is left past the length that points into the
					// document: mentions and drafts only (words are
					// overwritten by the next document's)
					if name := typ.Field(f).Name; name == "tops" || name == "drafts" {
						full := fv.Slice(0, fv.Cap())
						for e := range full.Len() {
							if !full.Index(e).IsZero() {
								t.Fatalf("doc %d: view %d: %s[%d] kept after clean", k, i, name, e)
							}
						}
					}
					continue
				}
				if !fv.IsZero() {
					t.Fatalf("doc %d: view %d: %s not zero after clean", k, i, typ.Field(f).Name)
				}
			}
		}
		x.putViews(slab)
	}
	for f, ok := range seen {
		switch typ.Field(f).Name {
		case "allegeable", "anyPunct", "ctxDate", "ctxOK", "quoteStop", "marks", "stanceIdx", "marksReady", "drafts", "tops", "si":
			// set only by some sentences' rules, or reset before the
			// view is done with
		default:
			if !ok {
				t.Errorf("no view had %s set: the test reads too little", typ.Field(f).Name)
			}
		}
	}
}
