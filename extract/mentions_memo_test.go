package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/lexicon"
	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/extract/segment"
)

// memoWords returns the word tokens of the sample collection and of the
// test documents, with the language of their sentences.
func memoWords(t *testing.T, x *Extractor) ([]segment.Token, []string) {
	t.Helper()
	paths := samplePaths(t)
	if len(paths) == 0 {
		t.Skip("no documents")
	}
	var toks []segment.Token
	var langs []string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc := dossier.NewDocument("t/"+filepath.Base(p), p, raw)
		d := &docState{x: x, doc: doc}
		d.tx = normalizeText(doc.Text)
		d.sents = splitSentences(d.tx)
		for _, s := range d.sents {
			for _, tk := range s.Tokens {
				if tk.Kind == segment.Word {
					toks = append(toks, tk)
					langs = append(langs, s.Lang)
				}
			}
		}
	}
	return toks, langs
}

// TestMentionMemosAgree checks the remembered answers about words against
// the same answers worked out directly, as the finders once did, for every
// word of the sample documents in every language (twice: computed, then
// remembered).
func TestMentionMemosAgree(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	toks, langs := memoWords(t, x)
	mm := x.wordMemos
	for pass := range 2 {
		for i, tk := range toks {
			for _, lang := range []string{langs[i], "ru", "ky", "kk", "en", ""} {
				if got, want := mm.wordCase(lang, tk.Text), directWordCase(x, lang, tk); got != want {
					t.Fatalf("pass %d: wordCase(%q, %q) = %v, want %v", pass, lang, tk.Text, got, want)
				}
				lx := x.lex.For(lang)
				if got, want := mm.eventStem(x, lx, tk.Text), directEventStem(x, lx, tk.Text); got != want {
					t.Fatalf("pass %d: eventStem(%q, %q) = %q, want %q", pass, lang, tk.Text, got, want)
				}
			}
			if got, want := mm.cue(tk.Lower), directCue(x, tk.Lower); got != want {
				t.Fatalf("pass %d: cue(%q) = %b, want %b", pass, tk.Lower, got, want)
			}
		}
	}
	// abbreviated names, known and unknown
	for _, ws := range [][]string{{"семипалат.", "обл."}, {"туркест.", "цик"}, {"джалал-абадская", "обл."}, {"кара-кирг.", "авт.", "обл."}, {"нет."}, nil} {
		for _, typ := range []dossier.EntityType{dossier.Place, dossier.Organization} {
			for range 2 {
				if got, want := mm.abbreviated(typ, ws), x.gaz.Abbreviated(typ, ws); got != want {
					t.Fatalf("abbreviated(%s, %q) = %d, want %d", typ, strings.Join(ws, " "), got, want)
				}
			}
		}
	}
}

// directWordCase is caseOf's reading of one word, uncached.
func directWordCase(x *Extractor, lang string, t segment.Token) morph.Case {
	if lx := x.lex.For(lang); lang == "ru" && (lx.OrgHeads.HasLower(t.Lower) || lx.PlaceHeads.HasLower(t.Lower)) {
		return morph.Nom
	}
	var an []morph.Analysis
	switch lang {
	case "ru":
		an = x.memo.Russian(t.Text)
	case "ky", "kk":
		an = x.memo.Kyrgyz(t.Text)
	}
	if len(an) < 2 && lang != "ky" && lang != "kk" && lang != "ru" {
		an = x.memo.Analyze(t.Text)
	}
	if a, ok := x.headReading(an); ok {
		return a.Case
	}
	if len(an) > 1 {
		return an[1].Case
	}
	return morph.Nom
}

// directEventStem is eventAnaphora's reading of one word, uncached.
func directEventStem(x *Extractor, lx *lexicon.Lang, w string) string {
	stem := ""
	for _, st := range x.memo.LowerStems(w) {
		if lx.EventHeads.HasLower(st) {
			stem = st
			break
		}
	}
	if len([]rune(stem)) < 5 {
		return ""
	}
	return stem
}

// directCue is chooseEntry's reading of a word beside a name, uncached.
func directCue(x *Extractor, w string) wordCue {
	placeAfter := hasAnyPrefix(w, relativeWords...) || hasAnyPrefix(w, "шаар", "кантон", "район", "облус", "айыл", "кыштак", "уезд", "болушт")
	for _, l := range []string{"ky", "ru", "en"} {
		placeAfter = placeAfter || x.lex.For(l).PlaceCues.HasLower(w)
	}
	flags := []struct {
		on  bool
		cue wordCue
	}{
		{placeAfter, cuePlaceAfter},
		{x.lex.AnyLower(w, titlesOf), cueTitle},
		{nearPlaceWords[w], cueNearPlace},
		{x.lex.For("ru").PlaceCues.HasLower(w), cueRuPlace},
		{directEventWord(x, w, "en"), cueEventEn},
		{directEventWord(x, w, "ru", "ky"), cueEventCyr},
		{x.lex.Any(w, func(l *lexicon.Lang) lexicon.Set { return l.WorkCues }), cueWork},
	}
	var c wordCue
	for _, f := range flags {
		if f.on {
			c |= f.cue
		}
	}
	return c
}

// directEventWord is startsWithEventWord's reading of a word, uncached.
func directEventWord(x *Extractor, w string, langs ...string) bool {
	for _, l := range langs {
		for _, fam := range []string{"born", "died", "executed", "exiled"} {
			if x.lex.For(l).MatchAny(fam, []string{w}, 0) > 0 {
				return true
			}
		}
	}
	return false
}

// TestComposesAgree checks that the gazetteer composes a body with no
// place that composes leaves out, for every head a body's name may be
// composed from (its first word, or what comes before its last "of").
func TestComposesAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("every head with every place: a few seconds")
	}
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	heads := map[string]bool{}
	for _, e := range x.gaz.Entries {
		if e.Type != dossier.Organization {
			continue
		}
		for _, n := range e.Names() {
			heads[strings.Fields(n.Text)[0]] = true
			for _, of := range []string{" of the ", " of "} {
				if k := strings.LastIndex(n.Text, of); k > 0 {
					heads[n.Text[:k]] = true
				}
			}
		}
	}
	composing := 0
	for p, e := range x.gaz.Entries {
		if e.Type != dossier.Place {
			continue
		}
		if x.wordMemos.composes(p) {
			composing++
			continue
		}
		for h := range heads {
			if org := x.gaz.Composed(h, p); org >= 0 {
				t.Fatalf("Composed(%q, %s) = %d, but composes(%d) is false", h, e.ID, org, p)
			}
		}
	}
	if composing == 0 {
		t.Error("no place composes a body")
	}
}
