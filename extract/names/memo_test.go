package names

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/extract/textnorm"
	"github.com/dossier-kg/dossier/internal/testenv"
	"github.com/dossier-kg/dossier/internal/textcase"
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

// TestClassifyAgrees: what classify keeps of each token (capWord, the
// shape bits) is what the questions it stands for answer, asked anew.
func TestClassifyAgrees(t *testing.T) {
	r := recognizer(t)
	s := new(scratch)
	for _, doc := range testenv.BenchDocs(t) {
		for _, sent := range segment.Split(textnorm.Normalize(doc)) {
			toks := sent.Tokens
			f := finder{r: r, toks: toks, lang: sent.Lang, lx: r.Lex.For(sent.Lang), capsUnknown: true,
				states: make([]tokenState, len(toks)), scratch: s, words: s.table(r, sent.Lang, len(toks)).words}
			f.classify()
			checkHeadFacts(t, &f, sent.Span)
			fresh := finder{r: r, toks: toks, lang: sent.Lang, lx: r.Lex.For(sent.Lang), capsUnknown: true}
			if f.caps != allCapsText(toks) {
				t.Fatalf("sentence at %v: caps %v", sent.Span, f.caps)
			}
			for i, tk := range toks {
				if got, want := f.capWord(i), fresh.capWordUncached(i); got != want {
					t.Fatalf("sentence at %v, token %q: capWord %v, want %v", sent.Span, tk.Text, got, want)
				}
				if tk.Kind != segment.Word {
					continue
				}
				w, n := tk.Lower, utf8.RuneCountInString(tk.Text)
				for bit, want := range map[shape]bool{
					shapeRunes2: n >= 2, shapeRunes4: n >= 4, shapeRunes5: n >= 5,
					shapeStopword: f.lx.Stopwords.HasLower(w), shapeTitle: f.lx.Titles.HasLower(w),
					shapeHedge: f.lx.Hedges.HasLower(w), shapePlaceCue: f.lx.PlaceCues.HasLower(w),
					shapePlaceHead: f.lx.PlaceHeads.HasLower(w), shapeWorkCue: f.lx.WorkCues.HasLower(w),
					shapeConnector: connectors[w], shapeChunkSkip: chunkSkip[w], shapeSettlement: enSettlementAfter[w],
					shapeDottedCue: dottedPlaceCues[w], shapeKyPatronymic: kyPatronymicLower(w),
					shapeLifePrep: w == "in" || w == "at" || w == "near", shapeRuAdjective: ruAdjective(textcase.Lower(tk.Text)),
					shapeHead: sent.Lang != "en" && fresh.isHead(i, lowered), shapeRuAbbrev: ruAbbrevWord(w), shapeInitial: tk.IsInitial(),
					shapeKyPlaceCue: (sent.Lang == "ky" || sent.Lang == "kk") && fresh.kyPlaceCue(i),
				} {
					if f.has(i, bit) != want {
						t.Fatalf("sentence at %v, token %q: shape bit %b is %v", sent.Span, tk.Text, bit, !want)
					}
				}
			}
		}
	}
}

// ruAbbrevWord reports the words ruAbbrevPlaceHead may start with.
func ruAbbrevWord(w string) bool {
	switch w {
	case "у", "губ", "окр", "вол", "р":
		return true
	}
	return false
}

// TestWordTable: a word table finds each word it was given, and no other
// word, whatever the lengths (keys of short words hold their bytes; longer
// ones are compared), while it grows sentence by sentence.
func TestWordTable(t *testing.T) {
	var words []string
	for _, base := range []string{"", "a", "ab", "абв", "Сталин", "Рустамович", "Prosecutor's", "abcdefghijklmnopq", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"} {
		words = append(words, base, base+"x", "x"+base, base+"ы", base+base)
	}
	for i := range 3000 { // enough to make the table grow
		words = append(words, strings.Repeat("ъ", i%23)+strconv.Itoa(i))
	}
	wt := newWordTable()
	added := map[string]bool{}
	for start := 0; start < len(words); start += 7 { // sentences of 7 words
		sentence := words[start:min(start+7, len(words))]
		wt.room(len(sentence))
		ids := map[string]int32{}
		for _, w := range sentence {
			if added[w] {
				continue
			}
			id, free, k := wt.find(w)
			if id >= 0 {
				t.Fatalf("%q found (%d) before it was added", w, id)
			}
			ids[w] = wt.insert(w, k, free, [2]factSet{})
			added[w] = true
		}
		for w, want := range ids { // indices hold while the sentence lasts
			if id, _, _ := wt.find(w); id != want {
				t.Fatalf("%q: index %d, want %d", w, id, want)
			}
		}
	}
	if wt.count != len(added) || 2*wt.count > len(wt.words) {
		t.Fatalf("%d words in %d slots, want %d words in twice as many slots at least", wt.count, len(wt.words), len(added))
	}
	for w := range added {
		if id, _, _ := wt.find(w); id < 0 || wt.words[id].text != w {
			t.Fatalf("%q: index %d", w, id)
		}
		for _, other := range []string{w + "!", "!" + w, w[:len(w)/2] + "?" + w[len(w)/2:]} {
			if added[other] {
				continue
			}
			if id, _, _ := wt.find(other); id >= 0 {
				t.Fatalf("%q found as %q", other, wt.words[id].text)
			}
		}
	}
}

// TestWordTableBound: a word table fed ever new words starts afresh
// rather than grow past twice maxTableWords slots.
func TestWordTableBound(t *testing.T) {
	wt := newWordTable()
	for i := 0; i < 3*maxTableWords; i += 100 {
		wt.room(100)
		for j := i; j < i+100; j++ {
			w := strconv.Itoa(j)
			if id, free, k := wt.find(w); id < 0 {
				wt.insert(w, k, free, [2]factSet{})
			}
		}
		if wt.count > maxTableWords || len(wt.words) > 2*maxTableWords {
			t.Fatalf("after %d words: %d words in %d slots", i+100, wt.count, len(wt.words))
		}
	}
}

// checkHeadFacts: the head facts worked out together (headFacts) are what
// each set's stems answer alone, for every word of a classified sentence
// as written and in lower case, and the flags classify sets for the
// person rules are what they stand for.
func checkHeadFacts(t *testing.T, f *finder, span dossier.Span) {
	t.Helper()
	pairs, hyphens := false, false
	for i, tk := range f.toks {
		hyphens = hyphens || tk.Text == "-"
		pairs = pairs || f.capWord(i) && i+1 < len(f.toks) && f.toks[i+1].Kind == segment.Word && f.toks[i+1].Upper()
		if tk.Kind != segment.Word {
			continue
		}
		for _, w := range []string{tk.Text, tk.Lower} {
			org, event, place, work := f.inSet(w, f.lx.OrgHeads), f.inSet(w, f.lx.EventHeads), f.inSet(w, f.lx.PlaceHeads), f.inSet(w, f.lx.WorkCues)
			want := map[fact]bool{factOrgHead: org, factEventHead: event, factPlaceHead: place, factHeadNoun: org || place || event || work}
			fs := f.headFacts(w)
			if fs.known != headGroup {
				t.Fatalf("%q: known %b", w, fs.known)
			}
			for q, v := range want {
				if fs.val>>q&1 != 0 != v {
					t.Fatalf("%q: fact %d is %v", w, q, !v)
				}
			}
		}
	}
	if f.pairs != pairs || f.hyphens != hyphens {
		t.Fatalf("sentence at %v: pairs %v, hyphens %v", span, f.pairs, f.hyphens)
	}
}
