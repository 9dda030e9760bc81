package extract

import (
	"reflect"
	"slices"
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

// TestRelateFromRecovers pins relateFrom to the loop it replaced, one
// guard per sentence: a sentence whose rules panic (here: no room for its
// topic in the second half of the document) becomes a problem, keeps what
// its rules put before the panic, and the sentences after it are still
// read.
func TestRelateFromRecovers(t *testing.T) {
	x := testExtractor(t)
	docs := testenv.BenchDocs(t)
	for k, text := range docs[:min(len(docs), 10)] {
		run := func(old bool) ([]string, int) {
			d, slab := beforeRelate(x, dossier.NewDocument("test/recover.txt", "recover.txt", []byte(text)))
			defer x.putViews(slab)
			d.frames = d.detectFrames()
			d.topics = make([]*entity, len(d.sents)/2)
			if old {
				for si := range d.sents {
					d.guard(si, "relate", func() { d.relateSentence(si) })
				}
			} else {
				for si := 0; si < len(d.sents); {
					si = d.relateFrom(si)
				}
			}
			var problems []string
			for _, p := range d.problems {
				problems = append(problems, p.Error())
			}
			return problems, len(d.facts)
		}
		wantP, wantF := run(true)
		gotP, gotF := run(false)
		if !slices.Equal(gotP, wantP) || gotF != wantF {
			t.Fatalf("doc %d: %d problems, %d facts; one guard per sentence: %d, %d", k, len(gotP), gotF, len(wantP), wantF)
		}
		if len(wantP) == 0 && len(text) > 200 {
			t.Errorf("doc %d: no sentence panicked: the test tests nothing", k)
		}
	}
}
