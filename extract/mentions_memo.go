package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/lexicon"
	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/internal/memo"
	"github.com/dossier-kg/dossier/internal/textcase"
)

// mentionMemos remember, across documents, the answers the mention finders
// ask of single words, each worked out once per distinct word: the case a
// word of a name shows (see caseOf), the event head a word is a form of
// (see eventAnaphora), what a word beside a gazetteer name says of its type
// (see chooseEntry), and the entry an abbreviated name spells out (see
// resolveAbbreviation). Safe for concurrent use. It also holds, made once,
// the known places that the gazetteer composes bodies with (see composes).
type mentionMemos struct {
	// cases hold wordCase per language class, with the functions that
	// compute them (made once: a method value passed to Get would be made
	// anew at every call)
	caseRU, caseKY, caseOther *memo.Strings[morph.Case]
	ruCase, kyCase, otherCase func(string) morph.Case
	events                    map[*lexicon.Lang]*eventMemo
	cues                      *memo.Strings[wordCue]
	cueOf                     func(string) wordCue
	abbrev                    *memo.Strings[int]
	abbrevOf                  func(string) int
	// composed[p] is true for a known place p with which some body's head
	// makes a name the gazetteer knows (see Gazetteer.Composed)
	composed []bool
}

// eventMemo remembers eventStem for one language's event heads.
type eventMemo struct {
	stems *memo.Strings[string]
	stem  func(string) string
}

func newMentionMemos(x *Extractor) *mentionMemos {
	mm := &mentionMemos{caseRU: memo.New[morph.Case](0), caseKY: memo.New[morph.Case](0), caseOther: memo.New[morph.Case](0),
		events: map[*lexicon.Lang]*eventMemo{}, cues: memo.New[wordCue](0), abbrev: memo.New[int](0)}
	ru := x.lex.For("ru")
	mm.ruCase = func(w string) morph.Case {
		if l := textcase.Lower(w); ru.OrgHeads.HasLower(l) || ru.PlaceHeads.HasLower(l) {
			return morph.Nom // a head noun as the lexicon writes it: "комиссия", "область"
		}
		return x.caseOfReadings(x.memo.Russian(w))
	}
	mm.kyCase = func(w string) morph.Case { return x.caseOfReadings(x.memo.Kyrgyz(w)) }
	mm.otherCase = func(w string) morph.Case { return x.caseOfReadings(x.memo.Analyze(w)) }
	for _, code := range []string{"", "ky", "ru", "en", "kk"} {
		l := x.lex.For(code)
		if mm.events[l] != nil {
			continue
		}
		mm.events[l] = &eventMemo{stems: memo.New[string](0), stem: func(w string) string { return x.eventStemOf(l, w) }}
	}
	mm.cueOf = func(w string) wordCue { return x.cueOf(w) }
	mm.abbrevOf = func(key string) int {
		parts := strings.Split(key, "\x00")
		return x.gaz.Abbreviated(dossier.EntityType(parts[0]), parts[1:])
	}
	mm.composed = make([]bool, len(x.gaz.Entries))
	for i := range x.gaz.Entries {
		for _, p := range x.gaz.PlacesOf(i) {
			mm.composed[p] = true
		}
	}
	return mm
}

// composes reports a known place that some body is composed with: for
// any other place, Gazetteer.Composed finds nothing whatever the head.
// The gazetteer composes a body with the places its names contain, which
// PlacesOf lists.
func (mm *mentionMemos) composes(place int) bool {
	return place >= 0 && place < len(mm.composed) && mm.composed[place]
}

// wordCase is the case that word t of a name shows in a sentence of
// language lang (see caseOf): a pure function of the word as written.
func (mm *mentionMemos) wordCase(lang, w string) morph.Case {
	switch lang {
	case "ru":
		return mm.caseRU.Get(w, mm.ruCase)
	case "ky", "kk":
		return mm.caseKY.Get(w, mm.kyCase)
	}
	return mm.caseOther.Get(w, mm.otherCase)
}

// caseOfReadings is the case of a word by its morphology readings: the
// reading as a head noun of places or bodies, else the first reading after
// the word as written, else the nominative.
func (x *Extractor) caseOfReadings(an []morph.Analysis) morph.Case {
	if a, ok := x.headReading(an); ok {
		return a.Case
	}
	if len(an) > 1 {
		return an[1].Case
	}
	return morph.Nom
}

// eventStem is the first stem of word w (as written) that is an event's
// head noun of language lx, "" when none is or that stem has fewer than
// five letters.
func (mm *mentionMemos) eventStem(x *Extractor, lx *lexicon.Lang, w string) string {
	if em := mm.events[lx]; em != nil {
		return em.stems.Get(w, em.stem)
	}
	return x.eventStemOf(lx, w)
}

// eventStemOf works out eventStem.
func (x *Extractor) eventStemOf(lx *lexicon.Lang, w string) string {
	for _, st := range x.memo.LowerStems(w) {
		if lx.EventHeads.HasLower(st) {
			if utf8.RuneCountInString(st) < 5 {
				return ""
			}
			return st
		}
	}
	return ""
}

// wordCue is what a lower-case word beside a gazetteer name says of the
// name's type (see chooseEntry).
type wordCue uint8

const (
	// cuePlaceAfter: after the name, the word makes it a place
	// ("Фрунзе шаары", "Frunze city", "Фрунзе жанында")
	cuePlaceAfter wordCue = 1 << iota
	// cueTitle: a title before a person's name, in any language
	cueTitle
	// cueNearPlace: a preposition that takes a place ("near", "в", "из")
	cueNearPlace
	// cueRuPlace: a Russian word for a kind of place ("аил", "кишлак")
	cueRuPlace
	// cueEventEn, cueEventCyr: the word of a life event ("born",
	// "executed"; "родился", "расстрелян", "атылган") in English, in
	// Russian or Kyrgyz (see startsWithEventWord)
	cueEventEn
	cueEventCyr
	// cueWork: a word for a work ("book", "книга"), before its title (see
	// workTitle)
	cueWork
)

// cues returns the wordCue of lower-case word w.
func (mm *mentionMemos) cue(w string) wordCue {
	return mm.cues.Get(w, mm.cueOf)
}

// cueOf works out the wordCue of lower-case word w.
func (x *Extractor) cueOf(w string) wordCue {
	var c wordCue
	for _, p := range relativeWords {
		if strings.HasPrefix(w, p) {
			c |= cuePlaceAfter
		}
	}
	lx := x.lex
	if lx.For("ky").PlaceCues.HasLower(w) || lx.For("ru").PlaceCues.HasLower(w) || lx.For("en").PlaceCues.HasLower(w) || hasAnyPrefix(w, "шаар", "кантон", "район", "облус", "айыл", "кыштак", "уезд", "болушт") {
		c |= cuePlaceAfter
	}
	if lx.AnyLower(w, titlesOf) {
		c |= cueTitle
	}
	if nearPlaceWords[w] {
		c |= cueNearPlace
	}
	if lx.For("ru").PlaceCues.HasLower(w) {
		c |= cueRuPlace
	}
	if x.eventWord(w, "en") {
		c |= cueEventEn
	}
	if x.eventWord(w, "ru", "ky") {
		c |= cueEventCyr
	}
	if lx.Any(w, workCuesOf) {
		c |= cueWork
	}
	return c
}

// eventWord reports a lower-case word that is the word of a life event
// (born, died, executed, exiled) in one of the languages.
func (x *Extractor) eventWord(w string, langs ...string) bool {
	ws := []string{w}
	for _, l := range langs {
		for _, fam := range lifeEventFamilies {
			if x.lex.For(l).MatchAny(fam, ws, 0) > 0 {
				return true
			}
		}
	}
	return false
}

// lifeEventFamilies are the lexicon's families of the words of life events
// that open a record's line (see startsWithEventWord).
var lifeEventFamilies = [...]string{"born", "died", "executed", "exiled"}

// abbreviated is gazetteer.Abbreviated, remembered under the type and the
// words, each after a zero byte.
func (mm *mentionMemos) abbreviated(t dossier.EntityType, words []string) int {
	n := len(t) + len(words)
	for _, w := range words {
		n += len(w)
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(string(t))
	for _, w := range words {
		b.WriteByte(0)
		b.WriteString(w)
	}
	return mm.abbrev.Get(b.String(), mm.abbrevOf)
}
