package names

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/lexicon"
	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/internal/textcase"
)

// Candidate is a name found by shape or context.
type Candidate struct {
	Start, End int // token range in the sentence [Start, End)
	// NameStart, NameEnd narrow the range to the name itself when the
	// candidate includes words around it ("Туран" in «“Туран” улуттук
	// партиясынын»); equal to Start, End otherwise.
	NameStart, NameEnd int
	Type               dossier.EntityType
	Rule               string
	Conf               float64
	Person             PersonName
}

// PersonName holds the parts of a person's name that were recognised, as
// written (inflected forms included; the resolver compares stems).
type PersonName struct {
	First, Patronymic, Last string
	Initials                []string // upper-case initial letters, in order
}

// Recognizer finds candidates. Safe for concurrent use.
type Recognizer struct {
	Lex *lexicon.Lexicon
	// Known reports whether a word (any form) is a known given name, e.g.
	// from the gazetteer of people. Optional.
	Known func(word string) bool
	// Stems returns a word's candidate stems, the word first (morph.Stems,
	// or a memo of it). Optional: morph.Stems when nil.
	Stems func(word string) []string
	// LowerStems is Stems with the stems in lower case. Optional.
	LowerStems func(word string) []string

	once sync.Once
	memo *wordFacts
	// scratch holds *scratch: the memory of finders done, for the next
	scratch sync.Pool
}

// scratch is the memory a finder works in, per token of its sentence.
type scratch struct {
	states     []tokenState
	used, busy []bool
	words      []string
	// uppers and capWords list a sentence's capitalised words (see
	// finder.uppers)
	uppers, capWords []int32
	// out collects the candidates, copied out at the end
	out []Candidate
	// tables are the facts of the words seen, one table per language (see
	// wordTable): a sentence's language is one of a few, found in a short
	// list faster than hashed; last is the last sentence's
	tables []*langTable
	last   *langTable
	// slab is memory for the candidates FindAround returns (see give)
	slab []Candidate
}

// slabSize is the number of candidates a slab holds.
const slabSize = 64

// give returns a copy of cs in memory of the caller's own: a part of the
// scratch's slab no one else is given, with no room to append into the
// next part. (One allocation serves many sentences; a slab is collected
// once its callers have let go of all their parts.)
func (s *scratch) give(cs []Candidate) []Candidate {
	if len(cs) > cap(s.slab)-len(s.slab) {
		s.slab = make([]Candidate, 0, max(slabSize, len(cs)))
	}
	n := len(s.slab)
	s.slab = append(s.slab, cs...)
	return s.slab[n:len(s.slab):len(s.slab)]
}

// maxScratch is the most tokens whose scratch is kept for another
// sentence: a rare huge one is left to the collector.
const maxScratch = 1 << 14

// zeroed returns b resized to n elements, all zero.
func zeroed[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// Find returns the candidates in toks not overlapping the token ranges in
// taken (gazetteer hits), for a sentence in language lang.
func (r *Recognizer) Find(toks []segment.Token, lang string, taken []bool) []Candidate {
	return r.FindAround(toks, lang, taken, nil)
}

// FindAround is Find where people marks the taken tokens that are known
// people's names (bodies' names stop before them: "КОПИЯ НАРКОМНАЦ
// СТАЛИНУ"). people may be nil. The tokens are as package segment makes
// them: each one's Lower is in lower case already.
func (r *Recognizer) FindAround(toks []segment.Token, lang string, taken, people []bool) []Candidate {
	return r.AppendAround(nil, toks, lang, taken, people)
}

// AppendAround is FindAround appending the candidates to dst: a caller
// that keeps dst from one sentence to the next allocates none.
func (r *Recognizer) AppendAround(dst []Candidate, toks []segment.Token, lang string, taken, people []bool) []Candidate {
	if !anyCapital(toks) {
		return dst // every rule's name has a capitalised word (TestNoCapitalNoName)
	}
	s, _ := r.scratch.Get().(*scratch)
	if s == nil {
		s = new(scratch)
	}
	s.states, s.used = zeroed(s.states, len(toks)), zeroed(s.used, len(toks))
	s.busy = zeroed(s.busy, len(toks))
	copy(s.busy, taken)
	lt := s.table(r, lang, len(toks))
	// (field by field: a composite literal of this size is built in a
	// temporary and copied)
	var f finder
	f.r, f.toks, f.lang, f.lx, f.taken, f.persons, f.capsUnknown = r, toks, lang, lt.lx, taken, people, true
	f.states, f.used, f.busy, f.scratch, f.words = s.states, s.used, s.busy, s, lt.words
	f.uppers, f.capWords, f.out = s.uppers[:0], s.capWords[:0], s.out[:0]
	f.classify()
	f.people()
	f.orgs()
	f.places()
	f.works()
	out := dst
	if len(f.out) > 0 {
		if dst == nil {
			out = s.give(f.out)
		} else {
			out = append(out, f.out...) // the caller's own
		}
	}
	if len(toks) <= maxScratch {
		s.uppers, s.capWords = f.uppers, f.capWords
		clear(s.words) // no hold on the document's text
		s.words = s.words[:0]
		clear(f.out)
		s.out = f.out[:0]
		r.scratch.Put(s)
	}
	return out
}

// anyCapital reports a token that starts with a capital or is written in
// capitals.
func anyCapital(toks []segment.Token) bool {
	for i := range toks {
		// only a word has a capital; a word whose Lower is its Text has
		// no upper-case letter, so cannot start with one (it may still be
		// all capitals: letters without case)
		if t := &toks[i]; t.Kind == segment.Word && (t.AllCaps() || !sameString(t.Lower, t.Text) && t.Upper()) {
			return true
		}
	}
	return false
}

type finder struct {
	r    *Recognizer
	toks []segment.Token
	lang string
	lx   *lexicon.Lang
	lf   *langFacts // the language's remembered word facts (see is)
	// words is the scratch's word table of the language, when the finder
	// has a scratch
	words *wordTable
	// states holds what is known of each token (see tokenIs)
	states []tokenState
	taken  []bool
	// persons marks taken tokens that are known people's names
	persons []bool
	out     []Candidate
	used    []bool
	// busy marks the tokens taken or used (one slice for free to read)
	busy []bool
	// scratch, when set, holds memory to reuse (FindAround's)
	scratch *scratch
	// uppers lists the words that start with a capital, capWords those of
	// them that are capWords, in order; all is the union of the shapes of the
	// sentence's words. (classify sets them and the flags below: the rules
	// skip the tokens, or the sentences, that cannot start a name of
	// theirs.)
	uppers, capWords []int32
	all              shape
	// quotes, commas and hyphens are set when the sentence has a '"', a
	// ',' or a '-'; pairs when a capWord has a capitalised word right
	// after it
	quotes, commas, hyphens, pairs bool
	// cyrCaps is set when a word is in Cyrillic capitals
	cyrCaps bool
	// nWords is the number of words in the sentence
	nWords int
	// caps is set for a sentence written in capitals (a heading): there
	// capitalised words are written in capitals too. capsUnknown says it
	// is yet to be worked out (see inCaps): most sentences never need it.
	caps, capsUnknown bool
}

// inCaps reports a sentence written in capitals (see allCapsText).
func (f *finder) inCaps() bool {
	if f.capsUnknown {
		f.caps, f.capsUnknown = allCapsText(f.toks), false
	}
	return f.caps
}

// allCapsText reports a sentence whose letters are nearly all capitals.
func allCapsText(toks []segment.Token) bool {
	letters, upper, capsWords := 0, 0, 0
	for _, t := range toks {
		if t.Kind != segment.Word {
			continue
		}
		l, u := capitalLetters(t.Text)
		letters += l
		upper += u
		if l >= 2 && l == u {
			capsWords++
		}
	}
	return capsShare(letters, upper, capsWords)
}

// capsShare decides allCapsText from the counts of a sentence's letters,
// capitals and words in capitals.
func capsShare(letters, upper, capsWords int) bool {
	// one long word in capitals is a record's surname, not a heading:
	// "БЕКМУРАТОВА Айша."
	return letters >= 12 && upper*10 >= letters*8 && capsWords >= 2
}

// capitalLetters counts the letters of w and the capitals among them.
func capitalLetters(w string) (letters, upper int) {
	for i := 0; i < len(w); {
		c := w[i]
		switch {
		case c < utf8.RuneSelf:
			if 'a' <= c && c <= 'z' {
				letters++
			} else if 'A' <= c && c <= 'Z' {
				letters++
				upper++
			}
			i++
			continue
		case c == 0xD0 && i+1 < len(w) && w[i+1] >= 0x80 && w[i+1] <= 0xBF:
			// U+0400–U+043F: Ѐ–Я capitals, а–п small
			letters++
			if w[i+1] <= 0xAF {
				upper++
			}
			i += 2
			continue
		case c == 0xD1 && i+1 < len(w) && w[i+1] >= 0x80 && w[i+1] <= 0x9F:
			letters++ // U+0440–U+045F: р–я, ѐ–џ
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if textcase.IsLetter(r) {
			letters++
			if textcase.IsUpper(r) {
				upper++
			}
		}
		i += n
	}
	return letters, upper
}

// free reports tokens [a, b) neither taken nor used.
func (f *finder) free(a, b int) bool {
	for _, x := range f.busy[a:b] {
		if x {
			return false
		}
	}
	return true
}

func (f *finder) add(c Candidate) {
	if f.used == nil {
		f.used = make([]bool, len(f.toks))
	}
	if c.NameEnd == 0 {
		c.NameStart, c.NameEnd = c.Start, c.End
	}
	for i := c.Start; i < c.End; i++ {
		f.used[i], f.busy[i] = true, true
	}
	f.out = append(f.out, c)
}

func (f *finder) word(i int) bool { return i >= 0 && i < len(f.toks) && f.toks[i].Kind == segment.Word }

// capWord: a capitalised word of two letters or more, not written in
// capitals throughout (those are acronyms, left to the gazetteer), and not a
// stopword, a demonym or a lexicon head noun.
// The rules ask it of every token, again and again: FindAround works it
// out for all first (classify).
func (f *finder) capWord(i int) bool {
	return uint(i) < uint(len(f.states)) && f.states[i].capWord
}

// freeCapWord reports a capitalised word at token i that no name has
// taken.
func (f *finder) freeCapWord(i int) bool { return f.capWord(i) && f.free(i, i+1) }

// classify reads every word of the sentence once: its facts and shape
// from the word table (a word new to the table is worked out and kept
// there), whether the sentence is written in capitals (allCapsText, from
// the words' letter counts), and capWord.
func (f *finder) classify() {
	wt := f.words
	letters, upper, capsWords := 0, 0, 0
	for i := range f.toks {
		t := &f.toks[i]
		if t.Kind != segment.Word {
			switch t.Text {
			case `"`:
				f.quotes = true
			case ",":
				f.commas = true
			case "-":
				f.hyphens = true
			}
			continue
		}
		f.nWords++
		f.cyrCaps = f.cyrCaps || t.Script == segment.Cyrillic && t.AllCaps()
		if t.Upper() {
			f.uppers = append(f.uppers, int32(i))
		}
		st := &f.states[i]
		// read, its common case (a word the table holds) without the call
		if id, free, key := wt.find(t.Text); id >= 0 {
			st.facts, st.id, st.read = wt.words[id].facts, id, true
			if !sameString(t.Lower, t.Text) {
				st.lower = 1
			}
		} else {
			f.readNew(i, st, free, key)
		}
		e := &wt.words[st.id]
		if e.shape == 0 {
			e.shape = f.shapeOf(t)
			if f.lang != "en" && f.isHead(i, lowered) {
				e.shape |= shapeHead // for the Russian and Kyrgyz chunks
			}
			if (f.lang == "ky" || f.lang == "kk") && f.kyPlaceCue(i) {
				e.shape |= shapeKyPlaceCue
			}
			l, u := capitalLetters(t.Text)
			e.letters, e.upper = int32(l), int32(u)
		}
		st.shape = e.shape
		f.all |= e.shape
		letters += int(e.letters)
		upper += int(e.upper)
		if e.letters >= 2 && e.letters == e.upper {
			capsWords++
		}
	}
	f.caps, f.capsUnknown = capsShare(letters, upper, capsWords), false
	for j, i := range f.uppers {
		t, st := &f.toks[i], &f.states[i]
		if st.shape&shapeRunes2 == 0 || t.AllCaps() && (!f.caps || t.Script == segment.Cyrillic) {
			continue
		}
		// capStop, its answer looked up here when known (as it mostly is)
		if stop, known := st.fact(factCapStop, lowered); stop || !known && f.capStop(int(i)) {
			continue
		}
		st.capWord = true
		f.capWords = append(f.capWords, i)
		if j+1 < len(f.uppers) && f.uppers[j+1] == i+1 {
			f.pairs = true
		}
	}
}

func (f *finder) capWordUncached(i int) bool {
	if !f.word(i) {
		return false
	}
	t := f.toks[i]
	if !t.Upper() || utf8.RuneCountInString(t.Text) < 2 || (t.AllCaps() && !f.inCaps()) {
		return false
	}
	if t.AllCaps() && f.inCaps() && t.Script == segment.Cyrillic {
		return false // a Kyrgyz or Russian heading in capitals is not a list of names
	}
	return !f.capStop(i)
}

// capStop reports a word at i that is no name's word however written: "Акын
// 1930-жылы …", a role capitalised at the start.
func (f *finder) capStop(i int) bool {
	return f.tokenIs(factCapStop, i, lowered, func(w string) bool {
		return f.isRole(i) || f.lx.Roles.Has(w) || f.lx.Titles.Has(w) || f.lx.Stopwords.Has(w) || f.r.Lex.Any(w, func(l *lexicon.Lang) lexicon.Set { return l.Stopwords })
	})
}

// capsSurname reports a surname written in capitals before a given name,
// as memorial books and card indexes write it ("АЙДАРХАНОВ Кайыпназар").
func (f *finder) capsSurname(i int) bool {
	if !f.word(i) || f.inCaps() {
		return false
	}
	t := f.toks[i]
	return t.AllCaps() && f.has(i, shapeRunes4) && f.surnameShape(i, written)
}

// isInitial reports an initial and its dot at token i (classify must have
// read the sentence).
func (f *finder) isInitial(i int) bool {
	return f.has(i, shapeInitial) && i+1 < len(f.toks) && f.toks[i+1].Text == "."
}

func (f *finder) stemsOf(w string) []string {
	if f.r.Stems != nil {
		return f.r.Stems(w)
	}
	return morph.Stems(w)
}

// anyStem reports whether some stem of w (lower-cased) satisfies ok.
func (f *finder) anyStem(w string, ok func(string) bool) bool {
	var stems []string
	if f.r.LowerStems != nil {
		stems = f.r.LowerStems(w)
	} else {
		for _, s := range morph.Stems(w) {
			stems = append(stems, textcase.Lower(s))
		}
	}
	for _, s := range stems {
		if ok(s) {
			return true
		}
	}
	return false
}

func (f *finder) inSet(w string, s lexicon.Set) bool {
	return f.anyStem(w, func(x string) bool { return s[x] })
}

// firstName reports a known given name at token k.
func (f *finder) firstName(k int) bool {
	return f.tokenIs(factFirstName, k, written, f.firstNameUncached)
}

func (f *finder) firstNameUncached(w string) bool {
	if f.anyStem(w, func(x string) bool {
		return f.r.Lex.Any(x, func(l *lexicon.Lang) lexicon.Set { return l.FirstNames })
	}) {
		return true
	}
	return f.r.Known != nil && f.r.Known(w)
}

var surnameEndings = []string{
	"ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ина", "ына", "ская", "цкая", "ский", "цкий",
	"енко", "швили", "дзе", "ян", "янц", "уулу", "кызы", "ович", "евич", "ұлы", "қызы",
}

var latinSurnameEndings = []string{
	"ov", "ev", "yev", "iev", "ova", "eva", "yeva", "ina", "sky", "ski", "skiy", "skii", "skaya",
	"enko", "shvili", "dze", "yan", "uulu", "kyzy", "ovich", "evich", "ow", "owa", "ayev", "aev",
}

// kyGenitive are Kyrgyz genitive endings that make a word look like a
// surname in -ин/-ын (Азынын, Москванын); such a word is not one.
var kyGenitive = []string{"дин", "дун", "дын", "дүн", "нин", "нун", "нын", "нүн", "тин", "тун", "тын", "түн"}

// notSurnames are common words with a surname's ending.
var notSurnames = map[string]bool{
	"советов": true, "комиссаров": true, "большевиков": true, "кулаков": true, "баев": true,
	"годов": true, "районов": true, "депутатов": true, "рабочих": true, "берлин": true, "пекин": true,
	"кремлин": true, "один": true, "господин": true, "гражданин": true, "мусульманин": true,
	"товарищей": true, "полпредов": true, "членов": true, "врагов": true, "басмачей": true,
	"kremlin": true, "berlin": true, "bulletin": true, "soviets": true, "prov": true, "dev": true,
	"sov": true, "kiev": true, "lev": true, "azov": true, "vladimir": true,
}

// surnameShape reports whether some reading of token k looks like a
// surname.
func (f *finder) surnameShape(k int, fm form) bool {
	return f.tokenIs(factSurname, k, fm, f.surnameShapeUncached)
}

func (f *finder) surnameShapeUncached(w string) bool {
	if utf8.RuneCountInString(w) < 4 {
		return false
	}
	return f.anyStem(w, func(s string) bool {
		if notSurnames[s] || utf8.RuneCountInString(s) < 4 {
			return false
		}
		ends := surnameEndings
		if !hasCyr(s) {
			ends = latinSurnameEndings
		} else if strings.HasSuffix(s, "ин") || strings.HasSuffix(s, "ын") {
			for _, g := range kyGenitive {
				if strings.HasSuffix(s, g) {
					return false
				}
			}
		}
		for _, e := range ends {
			if strings.HasSuffix(s, e) {
				// an -ский word in an adjective's oblique case is, unknown,
				// more likely an adjective ("Ташкентского") than a surname
				if (e == "ский" || e == "цкий") && hasAnySuffix(textcase.Lower(w), "ого", "ой", "ом", "ым", "их", "ых", "ую", "ие") {
					return false
				}
				return true
			}
		}
		return false
	})
}

func hasAnySuffix(w string, sufs ...string) bool {
	for _, s := range sufs {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

func hasCyr(s string) bool {
	for _, r := range s {
		// most Cyrillic letters are in U+0400–U+0484, U+0487–U+052F, as
		// unicode.Cyrillic's first range has them; the table holds the rest
		if 0x0400 <= r && r <= 0x0484 || 0x0487 <= r && r <= 0x052F || r >= 0x0530 && unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

var patronymicEndings = []string{"ович", "евич", "ьич", "овна", "евна", "ична", "инична", "ovich", "evich", "yich", "ilich", "ovna", "evna", "owitsch", "ewitsch", "ovitch", "ovic"}

// PatronymicForm reports a word in the base form of a patronymic
// ("Сыдыкович", "Ахмедовна", "Petrovich"), or followed by the Turkic
// patronymic word ("уулу", "кызы", "оглы") passed as next.
func PatronymicForm(w, next string) bool {
	if isKyPatronymicWord(next) {
		return true
	}
	l := textcase.Lower(w)
	if utf8.RuneCountInString(l) < 5 {
		return false
	}
	for _, e := range patronymicEndings {
		if strings.HasSuffix(l, e) {
			return true
		}
	}
	return false
}

// PatronymicInflected reports a Russian patronymic in an oblique case
// ("Сыдыковича", "Ахмедовной"): a patronymic suffix followed by at most
// two letters of an ending. PatronymicForm takes the base form only.
func PatronymicInflected(w string) bool {
	l := textcase.Lower(w)
	for _, e := range []string{"ович", "евич", "ьич", "овн", "евн", "ичн"} {
		if i := strings.LastIndex(l, e); i > 0 && utf8.RuneCountInString(l[i+len(e):]) <= 2 {
			return true
		}
	}
	return false
}

func (f *finder) patronymic(k int) bool {
	return f.tokenIs(factPatronymic, k, written, f.patronymicUncached)
}

func (f *finder) patronymicUncached(w string) bool {
	if utf8.RuneCountInString(w) < 5 { // Ильич, Ilich
		return false
	}
	return f.anyStem(w, func(s string) bool {
		for _, e := range patronymicEndings {
			if strings.HasSuffix(s, e) {
				return true
			}
		}
		return false
	})
}

// patronymicForm is PatronymicForm of a word alone.
func patronymicForm(w string) bool { return PatronymicForm(w, "") }

func isKyPatronymicWord(w string) bool { return kyPatronymicLower(textcase.Lower(w)) }

// kyPatronymicLower is isKyPatronymicWord for a word in lower case.
func kyPatronymicLower(w string) bool {
	switch w {
	case "уулу", "кызы", "uulu", "kyzy", "ұлы", "қызы", "ogly", "оглы", "o'g'li", "qizi":
		return true
	}
	return false
}
