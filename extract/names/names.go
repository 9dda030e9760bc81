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
}

// Find returns the candidates in toks not overlapping the token ranges in
// taken (gazetteer hits), for a sentence in language lang.
func (r *Recognizer) Find(toks []segment.Token, lang string, taken []bool) []Candidate {
	return r.FindAround(toks, lang, taken, nil)
}

// FindAround is Find where people marks the taken tokens that are known
// people's names (bodies' names stop before them: "КОПИЯ НАРКОМНАЦ
// СТАЛИНУ"). people may be nil.
func (r *Recognizer) FindAround(toks []segment.Token, lang string, taken, people []bool) []Candidate {
	f := finder{r: r, toks: toks, lang: lang, lx: r.Lex.For(lang), taken: taken, persons: people, caps: allCapsText(toks)}
	f.people()
	f.orgs()
	f.places()
	f.works()
	return f.out
}

type finder struct {
	r    *Recognizer
	toks []segment.Token
	lang string
	lx   *lexicon.Lang
	lf   *langFacts // the language's remembered word facts (see is)
	// lastW and lastFS are the word asked last and its facts, as read
	// from lf (or since computed); lastOK is set once there is one
	lastW  string
	lastFS factSet
	lastOK bool
	taken  []bool
	// persons marks taken tokens that are known people's names
	persons []bool
	// capCache remembers capWord per token: 1 yes, -1 no, 0 not yet
	capCache []int8
	out      []Candidate
	used     []bool
	// caps is set for a sentence written in capitals (a heading): there
	// capitalised words are written in capitals too
	caps bool
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

func (f *finder) free(a, b int) bool {
	for i := a; i < b; i++ {
		if (f.taken != nil && f.taken[i]) || (f.used != nil && f.used[i]) {
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
		f.used[i] = true
	}
	f.out = append(f.out, c)
}

func (f *finder) word(i int) bool { return i >= 0 && i < len(f.toks) && f.toks[i].Kind == segment.Word }

// capWord: a capitalised word of two letters or more, not written in
// capitals throughout (those are acronyms, left to the gazetteer), and not a
// stopword, a demonym or a lexicon head noun.
func (f *finder) capWord(i int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	if f.capCache == nil {
		f.capCache = make([]int8, len(f.toks))
	}
	if c := f.capCache[i]; c != 0 {
		return c > 0
	}
	ok := f.capWordUncached(i)
	f.capCache[i] = -1
	if ok {
		f.capCache[i] = 1
	}
	return ok
}

func (f *finder) capWordUncached(i int) bool {
	if !f.word(i) {
		return false
	}
	t := f.toks[i]
	if !t.Upper() || utf8.RuneCountInString(t.Text) < 2 || (t.AllCaps() && !f.caps) {
		return false
	}
	if t.AllCaps() && f.caps && t.Script == segment.Cyrillic {
		return false // a Kyrgyz or Russian heading in capitals is not a list of names
	}
	w := t.Lower
	// "Акын 1930-жылы …": a role, capitalised at the start, is no name
	return !f.is(factCapStop, w, func() bool {
		return f.isRole(w) || f.lx.Roles.Has(w) || f.lx.Titles.Has(w) || f.lx.Stopwords.Has(w) || f.r.Lex.Any(w, func(l *lexicon.Lang) lexicon.Set { return l.Stopwords })
	})
}

// capsSurname reports a surname written in capitals before a given name,
// as memorial books and card indexes write it ("АЙДАРХАНОВ Кайыпназар").
func (f *finder) capsSurname(i int) bool {
	if !f.word(i) || f.caps {
		return false
	}
	t := f.toks[i]
	return t.AllCaps() && utf8.RuneCountInString(t.Text) >= 4 && f.surnameShape(t.Text)
}

func (f *finder) isInitial(i int) bool {
	if !f.word(i) || i+1 >= len(f.toks) || f.toks[i+1].Text != "." {
		return false
	}
	t := f.toks[i]
	return t.IsInitial()
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

func (f *finder) firstName(w string) bool {
	return f.is(factFirstName, w, func() bool { return f.firstNameUncached(w) })
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

// surnameShape reports whether some reading of w looks like a surname.
func (f *finder) surnameShape(w string) bool {
	return f.is(factSurname, w, func() bool { return f.surnameShapeUncached(w) })
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
		if unicode.Is(unicode.Cyrillic, r) {
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

func (f *finder) patronymic(w string) bool {
	return f.is(factPatronymic, w, func() bool { return f.patronymicUncached(w) })
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

func isKyPatronymicWord(w string) bool {
	switch textcase.Lower(w) {
	case "уулу", "кызы", "uulu", "kyzy", "ұлы", "қызы", "ogly", "оглы", "o'g'li", "qizi":
		return true
	}
	return false
}
