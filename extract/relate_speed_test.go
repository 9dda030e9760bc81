package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/segment"
)

// TestHasPhraseJoined pins hasPhrase to what it replaced: finding the
// phrase, spaces around it, in the words joined by spaces.
func TestHasPhraseJoined(t *testing.T) {
	vocab := []string{"at", "that", "time", "the", "same", "year", "в", "то", "время", "тот", "же", "ошол", "эле", "жылы", "then", "thenceforth", "a", "year", "later", ",", ".", "1937"}
	var phrases []string
	for _, r := range relativeYears {
		phrases = append(phrases, r.phrase)
	}
	phrases = append(phrases, thatTime...)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		words := make([]string, rng.IntN(9))
		for k := range words {
			words[k] = vocab[rng.IntN(len(vocab))]
		}
		text := " " + strings.Join(words, " ") + " "
		for _, p := range phrases {
			if got, want := hasPhrase(words, p), strings.Contains(text, " "+p+" "); got != want {
				t.Fatalf("hasPhrase(%q, %q) = %v, want %v", words, p, got, want)
			}
		}
	}
}

// TestStanceFilters pins the stance index's filters: every word of its
// table and every negation of its language passes, so a word that fails
// is in neither.
func TestStanceFilters(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for l, idx := range x.stance {
		for w := range idx.words {
			if !idx.inWords.may(w) || !idx.inEither.may(w) {
				t.Errorf("%s: stance word %q fails the filter", l.Lang, w)
			}
		}
		for w := range l.Negations {
			if !idx.inNegations.may(w) || !idx.inEither.may(w) {
				t.Errorf("%s: negation %q fails the filter", l.Lang, w)
			}
		}
	}
}

// TestHitFamilyFilter pins find, match, firstHit and hasHit to a plain scan
// of the sentence's hits: the filter of families (hitFams) must never hide
// a hit. Each sentence is two trigger phrases of the lexicons side by side.
func TestHitFamilyFilter(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for _, lang := range []string{"en", "ru", "ky", "kk"} {
		lx := x.lex.For(lang)
		var fams []string
		var phrases [][]string
		for fam, ps := range lx.Relations {
			fams = append(fams, fam)
			for _, p := range ps {
				ws := make([]string, len(p))
				for k, w := range p {
					ws[k] = strings.TrimSuffix(w, "*")
					if ws[k] != w {
						ws[k] += "ы" // a prefix's word
					}
				}
				phrases = append(phrases, ws)
			}
		}
		if len(phrases) == 0 {
			continue
		}
		fams = append(fams, "no_such_family")
		for range 3 * len(phrases) {
			words := []string{"the"}
			words = append(words, phrases[rng.IntN(len(phrases))]...)
			words = append(words, ",")
			words = append(words, phrases[rng.IntN(len(phrases))]...)
			v := &sview{lx: lx, words: words, lang: lang}
			v.findHits()
			for _, fam := range fams {
				var want [][2]int
				first := [2]int{-1, 0}
				for _, h := range v.hits {
					if h.Family == fam {
						want = append(want, [2]int{h.At, h.N})
						if first[0] < 0 {
							first = [2]int{h.At, h.N}
						}
					}
				}
				if got := v.find(fam); !slices.Equal(got, want) {
					t.Fatalf("%s %q: find(%s) = %v, want %v", lang, words, fam, got, want)
				}
				if at, n := v.firstHit(fam, 0); [2]int{at, n} != first {
					t.Fatalf("%s %q: firstHit(%s) = %d %d, want %v", lang, words, fam, at, n, first)
				}
				for i := range words {
					n := 0
					for _, w := range want {
						if w[0] == i {
							n = w[1]
						}
					}
					if got := v.match(fam, i); got != n {
						t.Fatalf("%s %q: match(%s, %d) = %d, want %d", lang, words, fam, i, got, n)
					}
				}
				if got := v.hasHit([]string{fam}); got != (len(want) > 0) {
					t.Fatalf("%s %q: hasHit(%s) = %v", lang, words, fam, got)
				}
			}
		}
	}
}

// TestLangRule pins the names of rules made ahead to the language, "-"
// and the name, in every language and in one not made ahead.
func TestLangRule(t *testing.T) {
	var rules []*langRule
	for k := range lifeEventKinds {
		e := &lifeEventKinds[k]
		rules = append(rules, &e.yearRule, &e.dateRule, &e.placeRule, &e.gappedRule)
	}
	for k := range roleRules {
		rules = append(rules, &roleRules[k].plain, &roleRules[k].as, &roleRules[k].event)
	}
	rules = append(rules, &exileRule, &moreRules.rehabGapped, &moreRules.rehabDate, &moreRules.rehabBy,
		&moreRules.commaChain, &moreRules.inSettlement, &moreRules.partOf, &moreRules.parenPlace)
	for _, lang := range append(ruleLangs[:], "uz", "") {
		v := &sview{lang: lang}
		for _, r := range rules {
			if got, want := v.rule(r), lang+"-"+r.name; got != want {
				t.Errorf("rule %q in %q = %q, want %q", r.name, lang, got, want)
			}
		}
	}
	if got := newLangRule("executed-date").name; got != "executed-date" {
		t.Errorf("name = %q", got)
	}
}

// TestPutKeepsDrafts pins put: the drafts a view puts stay as they were
// put while the view's scratch grows, and those add would drop are not
// recorded.
func TestPutKeepsDrafts(t *testing.T) {
	d := &docState{sents: make([]segment.Sentence, 1)}
	v := &sview{d: d, s: &d.sents[0]}
	subj := &entity{}
	var objs []*entity
	for k := range 50 {
		obj := &entity{}
		objs = append(objs, obj)
		v.put(draft{subj: subj, obj: obj, rule: "r", conf: float64(k)})
		v.put(draft{subj: subj, rule: "none"}) // no object: dropped
	}
	if len(d.facts) != len(objs) {
		t.Fatalf("%d facts, want %d", len(d.facts), len(objs))
	}
	for k, f := range d.facts {
		if f.obj != objs[k] || f.conf != float64(k) || f.stance != dossier.Asserted {
			t.Fatalf("fact %d: %+v", k, *f)
		}
	}
}
