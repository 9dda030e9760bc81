package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/lexicon"
	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/internal/textcase"
)

// people applies the person rules, strongest first.
func (f *finder) people() {
	n := len(f.toks)
	// (The rules that start at a capitalised word go through the list of
	// them; next is where the last name found ends.)
	// R1 initials + surname: И.В. Сталин, J. X. Peters, Ж.Абдрахмановду
	next := 0
	// (R1 and R2 need an initial, R3, R6 and R7 two capitalised words in a
	// row, R12 a hyphen: classify has noted whether the sentence has them)
	initials := f.all&shapeInitial != 0
	for _, u := range f.uppers { // an initial is capitalised
		if !initials {
			break
		}
		i := int(u)
		if i < next {
			continue
		}
		j := f.afterInitials(i)
		if j == i || !f.capWord(j) || !f.free(i, j+1) || f.sameScriptBreak(i, j) {
			continue
		}
		// the initials must not be a sentence's last letter before a new name
		f.add(Candidate{Start: i, End: j + 1, Type: dossier.Person, Rule: "person-initials", Conf: 0.9,
			Person: PersonName{Last: f.toks[j].Text, Initials: f.initials(i, j)}})
		next = j + 1
	}
	// R2 surname + initials: Сталин И.В., Исакеев Б.Д.
	next = 0
	for _, u := range f.capWords {
		i := int(u)
		if !initials {
			break
		}
		if i < next || i+2 >= n {
			continue
		}
		j := f.afterInitials(i + 1)
		if j == i+1 || (j == i+3 && !f.surnameShape(i, written)) || !f.free(i, j) {
			continue
		}
		if f.capWord(j) && f.toks[j].Space {
			continue // "... Peters. J. X." — leave to R1
		}
		f.add(Candidate{Start: i, End: j, Type: dossier.Person, Rule: "person-surname-initials", Conf: 0.85,
			Person: PersonName{Last: f.toks[i].Text, Initials: f.initials(i+1, j)}})
		next = j
	}
	// R3 patronymics: Иосиф Виссарионович Сталин; Исакеев Баялы Дыйканбаевич;
	// АЙДАРХАНОВ Кайыпназар Айдарханович (memorial books)
	next = 0
	for _, u := range f.capWords {
		if !f.pairs {
			break
		}
		i := int(u)
		// both cases below need the two words free: asked first, the
		// words that are taken are asked nothing more
		if i < next || i+1 >= n || !f.capWord(i+1) || !f.free(i, i+2) {
			continue
		}
		switch {
		case f.patronymic(i + 1):
			start, end := i, i+2
			p := PersonName{First: f.toks[i].Text, Patronymic: f.toks[i+1].Text}
			if f.capWord(i+2) && !f.patronymic(i+2) && f.toks[i+2].Space {
				p.Last = f.toks[i+2].Text
				end = i + 3
			} else if i > 0 && (f.capWord(i-1) || f.capsSurname(i-1)) && f.free(i-1, i) {
				// surname first: Ормушев Асан Сулайманович
				p.Last = f.toks[i-1].Text
				start = i - 1
			}
			if f.free(start, end) {
				f.add(Candidate{Start: start, End: end, Type: dossier.Person, Rule: "person-patronymic", Conf: 0.9, Person: p})
				next = end
			}
		case i+2 < n && f.capWord(i+2) && f.patronymic(i+2) && f.surnameShape(i, written):
			if f.free(i, i+3) {
				f.add(Candidate{Start: i, End: i + 3, Type: dossier.Person, Rule: "person-patronymic", Conf: 0.9,
					Person: PersonName{Last: f.toks[i].Text, First: f.toks[i+1].Text, Patronymic: f.toks[i+2].Text}})
				next = i + 3
			}
		}
	}
	// R4 Kyrgyz patronymic: Эшенаалы Арабай уулу, Kazybek Mambetimin-uulu
	for i := 0; i < n && f.all&shapeKyPatronymic != 0; i++ {
		if !f.has(i, shapeKyPatronymic) {
			continue
		}
		end := i + 1
		start := i
		// Mambetimin-uulu: hyphen glued
		if i >= 2 && f.toks[i-1].Text == "-" && !f.toks[i-1].Space && !f.toks[i].Space && f.capWord(i-2) {
			start = i - 2
		} else if i >= 1 && (f.capWord(i-1) || f.word(i-1) && f.toks[i-1].Upper() && !f.toks[i-1].AllCaps()) {
			// the father's name, whatever else the word means ("Жолдош
			// уулу": Жолдош is also "comrade")
			start = i - 1
		} else {
			continue
		}
		p := PersonName{Patronymic: f.toks[start].Text + " " + f.toks[i].Text, Last: f.toks[start].Text}
		if start >= 1 && f.capWord(start-1) {
			start--
			p.First = f.toks[start].Text
			// the surname first, as lists and memorial books write it:
			// "Төлөбаев Мамыр Асан уулу"
			if k := start - 1; k >= 0 && (f.capWord(k) && f.surnameShape(k, written) || f.capsSurname(k)) && f.free(k, start) {
				start = k
				p.Last = f.toks[k].Text
			}
		}
		if f.free(start, end) {
			f.add(Candidate{Start: start, End: end, Type: dossier.Person, Rule: "person-uulu", Conf: 0.9, Person: p})
		}
	}
	// R5 a title or role right before capitalised words: Com. Sokolov,
	// historian Jumagul Baidildeev, акын Тоголок Молдо, тов. Бояршинова
	for i, c := 0, 0; i < n; i++ {
		// the name after a title (and its dot) starts with a free
		// capitalised word (see below): without one, what the word is
		// does not matter. The first capitalised word after i (capWords[c])
		// says where the next title can be.
		for c < len(f.capWords) && int(f.capWords[c]) <= i {
			c++
		}
		if c == len(f.capWords) {
			break
		}
		i = max(i, int(f.capWords[c])-2)
		if !f.word(i) || !f.freeCapWord(i+1) && !(i+1 < n && f.toks[i+1].Text == "." && f.freeCapWord(i+2)) {
			continue
		}
		// (the two facts looked up here when known, as they mostly are)
		title, known := f.states[i].fact(factTitle, lowered)
		if !known {
			title = f.tokenIs(factTitle, i, lowered, func(w string) bool { return f.lx.Titles.Has(w) || f.inSet(w, f.lx.Titles) })
		}
		role, known := f.states[i].fact(factRoleWord, lowered)
		if !known {
			role = f.tokenIs(factRoleWord, i, lowered, func(w string) bool { return f.lx.Roles.Has(w) || f.inSet(w, f.lx.Roles) })
		}
		if !title && !role {
			continue
		}
		j := i + 1
		if title && j < n && f.toks[j].Text == "." {
			j++
		}
		k := j
		for k < n && k-j < 4 && f.capWord(k) && !f.headNoun(k, lowered) {
			k = f.hyphenated(k + 1)
		}
		if k == j || !f.free(j, k) {
			continue
		}
		// "the Revolutionary Military Council": the words belong to a name
		// with a head noun after them
		if k < n && f.word(k) && f.toks[k].Upper() && f.headNoun(k, lowered) {
			continue
		}
		// in Russian and Kyrgyz a role is often followed by its body in the
		// genitive ("секретаря Туркменобкома"): there the word after a role
		// must look like a name
		if role && !title && f.lang != "en" && !f.surnameShape(j, written) && !f.firstName(j) {
			continue
		}
		// a line in capitals (a telegram: "EMIR FLED EAST") capitalises
		// every word: there a name must look like one
		if f.inCaps() && !f.anyNameShaped(j, k) {
			continue
		}
		conf := 0.75
		if title {
			conf = 0.85
		}
		p := f.splitName(j, k)
		f.add(Candidate{Start: j, End: k, Type: dossier.Person, Rule: "person-cue", Conf: conf, Person: p})
		i = k - 1
	}
	// R6 a known given name with capitalised words after it:
	// Robert Conquest, Турсун Ходжаев, Mustafa Kemal
	next = 0
	for _, u := range f.capWords {
		if !f.pairs {
			break
		}
		i := int(u)
		// (the name, two words at least, must be free: asked before
		// anything of the words)
		if i < next || i+1 >= n || !f.toks[i+1].Space || !f.free(i, i+2) || !f.firstName(i) || !(f.capWord(i+1) || f.surnameStopword(i+1)) {
			continue
		}
		k := i + 2
		if k < n && f.capWord(k) && f.toks[k].Space && (f.surnameShape(k, written) || f.firstName(i+1)) {
			k++
		}
		if !f.free(i, k) || f.headNoun(k-1, lowered) {
			continue
		}
		p := f.splitName(i, k)
		f.kyMansSurname(i, &p)
		f.add(Candidate{Start: i, End: k, Type: dossier.Person, Rule: "person-given-name", Conf: 0.85, Person: p})
		next = k
	}
	// R7/R8 two capitalised words, one surname-shaped: Mambet Koigeldiev,
	// Кулатов Торобай (surname first)
	next = 0
	for _, u := range f.capWords {
		if !f.pairs {
			break
		}
		i := int(u)
		if i < next || i+1 >= n || !f.toks[i+1].Space || !f.free(i, i+2) || !(f.capWord(i+1) || f.surnameStopword(i+1)) {
			continue
		}
		a, b := f.toks[i].Text, f.toks[i+1].Text
		if f.headNoun(i, written) || f.headNoun(i+1, written) || f.demonym(i, written) || f.adjectival(i+1) || f.adjectival(i) {
			continue // "Охна Маргеланского у.": an adjective of a place
		}
		switch {
		case f.surnameShape(i+1, written) && !f.surnameShape(i, written):
			f.add(Candidate{Start: i, End: i + 2, Type: dossier.Person, Rule: "person-pair", Conf: 0.8, Person: PersonName{First: a, Last: b}})
			next = i + 2
		case f.surnameShape(i, written) && f.firstName(i+1):
			f.add(Candidate{Start: i, End: i + 2, Type: dossier.Person, Rule: "person-pair", Conf: 0.8, Person: PersonName{First: b, Last: a}})
			next = i + 2
		case f.kyGivenAfterSurname(i):
			// Kyrgyz writes the surname first and declines only the last
			// word: "Бекназарова Бурулчадан", whatever the given name
			f.add(Candidate{Start: i, End: i + 2, Type: dossier.Person, Rule: "person-ky-surname-first", Conf: 0.75, Person: PersonName{First: b, Last: a}})
			next = i + 2
		case f.surnameShape(i, written) && !f.surnameShape(i+1, written) && f.recordHead(i, i+2):
			// a record's head, surname first, whatever the given name:
			// "Бейшеев Токтосун, 1893 г. р., …"
			f.add(Candidate{Start: i, End: i + 2, Type: dossier.Person, Rule: "person-record-head", Conf: 0.8, Person: PersonName{First: b, Last: a}})
			next = i + 2
		}
	}
	// R8b apposition to a role (English): "Zuckerman, a member of the …"
	if f.lang == "en" {
		for _, u := range f.capWords {
			i := int(u)
			if i+3 >= n || !f.free(i, i+1) || f.toks[i+1].Text != "," {
				continue
			}
			j := i + 2
			if w := f.toks[j].Lower; w == "a" || w == "an" || w == "the" || w == "one" {
				j++
			}
			if j < n && f.word(j) && f.isRole(j) && !f.headNoun(i, lowered) && !f.demonym(i, lowered) {
				a := i
				if i > 0 && f.capWord(i-1) && f.free(i-1, i) {
					a = i - 1
				}
				f.add(Candidate{Start: a, End: i + 1, Type: dossier.Person, Rule: "person-apposition", Conf: 0.7, Person: f.splitName(a, i+1)})
			}
		}
	}
	// R11 a dictionary entry's or a record's head: the surname in capitals
	// opening the line (after an entry number), then the given name and a
	// patronymic ("САДЫКОВ Абдыкадыр (1899 — 1938)", "17. TOKTORBAEV Asylbek
	// Musaevich. Born …")
	if k := f.afterEntryNumber(); k+1 < n && f.word(k) && f.toks[k].AllCaps() && !f.inCaps() && f.has(k, shapeRunes4) && f.free(k, k+2) {
		if f.surnameShape(k, lowered) && !f.headNoun(k, lowered) && !f.isRole(k) && !f.has(k, shapeStopword) && f.capWord(k+1) && f.toks[k+1].Space && (!f.surnameShape(k+1, written) || f.recordHead(k, k+2)) {
			end := k + 2
			if end < n && f.capWord(end) && f.toks[end].Space && isPatronymicWord(f.toks[end].Text) && f.free(end, end+1) {
				end++
			}
			p := PersonName{Last: titleWord(f.toks[k].Text), First: f.toks[k+1].Text}
			if end == k+3 {
				p.Patronymic = f.toks[k+2].Text
			}
			f.add(Candidate{Start: k, End: end, Type: dossier.Person, Rule: "person-caps-head", Conf: 0.8, Person: p})
		}
	}
	// R10 a surname in capitals on a short line of an address or a
	// signature: "ЗЕЛЕНСКОМУ.", "СЕКРЕТАРЬ ОБКОМА БЕКТЕНОВ"
	if f.nWords <= 6 && f.cyrCaps {
		for i := 0; i < n; i++ {
			t := f.toks[i]
			if !f.word(i) || !t.AllCaps() || t.Script != segment.Cyrillic || !f.has(i, shapeRunes5) || !f.free(i, i+1) {
				continue
			}
			if !f.surnameShape(i, lowered) || f.headNoun(i, lowered) || f.isRole(i) || f.has(i, shapeStopword) || f.has(i, shapeTitle) {
				continue
			}
			// a word a preposition follows is inside a title, not on a
			// name's line ("КАЛЕНДАРЬ ДОКУМЕНТОВ ПО ИСТОРИИ …")
			if f.has(i+1, shapeStopword) {
				continue
			}
			f.add(Candidate{Start: i, End: i + 1, Type: dossier.Person, Rule: "person-caps-surname", Conf: 0.6, Person: PersonName{Last: titleWord(t.Text)}})
		}
	}
	// R12 a name with an honorific hyphenated to it: Aliyar-bek, Алияр-бека,
	// Junaid-khan (glued, "Курманбек" is most often a given name)
	next = 0
	for _, u := range f.capWords {
		if !f.hyphens {
			break
		}
		i := int(u)
		if i < next || i+2 >= n || f.toks[i+1].Text != "-" || f.toks[i+1].Space || f.toks[i+2].Space || !f.word(i+2) || !honorificForm(f.toks[i+2].Lower) || !f.free(i, i+3) {
			continue
		}
		name := f.toks[i].Text + "-" + honorificBase(f.toks[i+2].Text)
		f.add(Candidate{Start: i, End: i + 3, Type: dossier.Person, Rule: "person-honorific", Conf: 0.7, Person: PersonName{Last: name}})
		next = i + 3
	}
	// R9 a lone surname-shaped word: Sokolov, Расулева, Koigeldiev
	for _, u := range f.capWords {
		i := int(u)
		if !f.free(i, i+1) {
			continue
		}
		// surnameShape, its answer looked up here when known
		if sur, known := f.states[i].fact(factSurname, written); !sur && (known || !f.surnameShape(i, written)) {
			continue
		}
		w := f.toks[i].Text
		if f.headNoun(i, written) || f.demonym(i, written) || f.adjectival(i) {
			continue
		}
		f.add(Candidate{Start: i, End: i + 1, Type: dossier.Person, Rule: "person-surname", Conf: 0.6, Person: PersonName{Last: w}})
	}
}

// afterInitials returns where a run of at most three initials with their
// dots starting at token i ends (i when there is none).
func (f *finder) afterInitials(i int) int {
	j := i
	for j-i < 6 && f.isInitial(j) {
		j += 2
	}
	return j
}

// initials are the letters of the initials from token i to j (see
// afterInitials).
func (f *finder) initials(i, j int) []string {
	inits := make([]string, 0, (j-i)/2)
	for k := i; k < j; k += 2 {
		inits = append(inits, f.toks[k].Text)
	}
	return inits
}

// honorificForm reports a title word that follows a name after a hyphen,
// in any case: "bek", "бека", "бектин", "khan", "хану", "паши".
func honorificForm(w string) bool {
	switch w {
	case "bek", "beg", "khan", "pasha", "bey":
		return true
	}
	for _, h := range []string{"бек", "хан", "паш"} {
		if rest, ok := strings.CutPrefix(w, h); ok && utf8.RuneCountInString(rest) <= 4 {
			return true
		}
	}
	return false
}

// honorificBase is an honorific word without its case ending: "бека" →
// "бек", "Паши" → "Паша"; Latin words are their own base.
func honorificBase(w string) string {
	r := []rune(w)
	switch l := textcase.Lower(w); {
	case strings.HasPrefix(l, "бек"), strings.HasPrefix(l, "хан"):
		return string(r[:3])
	case strings.HasPrefix(l, "паш"):
		return string(r[:3]) + "а"
	}
	return w
}

// afterEntryNumber is where a line's text starts after an entry number
// ("17.", "85)", "№ 3"), or 0.
func (f *finder) afterEntryNumber() int {
	k := 0
	if k < len(f.toks) && (f.toks[k].Text == "№" || f.toks[k].Text == "#") {
		k++
	}
	if k < len(f.toks) && f.toks[k].Kind == segment.Number {
		k++
		if k < len(f.toks) && (f.toks[k].Text == "." || f.toks[k].Text == ")") {
			k++
		}
		return k
	}
	return 0
}

// isPatronymicWord reports a Russian-style patronymic (-ович, -евич,
// -овна, -евна, -ич, -ична) or a Kyrgyz one (-уулу, -кызы).
func isPatronymicWord(w string) bool {
	lw := strings.ToLower(w)
	for _, s := range []string{"ович", "евич", "овна", "евна", "ична", "вич", "уулу", "кызы", "ovich", "evich", "ovna", "evna", "uulu", "kyzy"} {
		if strings.HasSuffix(lw, s) {
			return true
		}
	}
	return false
}

// surnameStopword reports a capitalised word that a stopword list holds
// but that has a surname's shape, after a known given name: "Мария Родина"
// (родина, the homeland, is a stopword for "изменника Родины").
func (f *finder) surnameStopword(k int) bool {
	t := f.toks[k]
	return f.word(k) && t.Upper() && !t.AllCaps() && f.has(k, shapeRunes4) && f.surnameShape(k, written) &&
		!f.isRole(k) && !f.has(k, shapeTitle) && !f.headNoun(k, lowered)
}

// RecordHead reports that token k of toks is the given name of a record's
// head written surname first ("Бекболотов Токтогул, 1888 г. р., …"): a
// surname-shaped word before it at the start of the line, ", YEAR" after
// it. Whatever else the word names (a town called Toktogul), here it is a
// name.
func (r *Recognizer) RecordHead(toks []segment.Token, lang string, k int) bool {
	if k < 1 || k >= len(toks) {
		return false
	}
	f := finder{r: r, toks: toks, lang: lang, lx: r.Lex.For(lang)}
	return f.capWordUncached(k-1) && f.capWordUncached(k) && toks[k].Space && f.surnameShape(k-1, written) && !f.surnameShape(k, written) && f.recordHead(k-1, k+1)
}

// Surname reports a word shaped like a surname in language lang
// ("Жансугуров", "ZHANSUGUROV", "Асанова").
func (r *Recognizer) Surname(w, lang string) bool {
	f := finder{r: r, lang: lang, lx: r.Lex.For(lang)}
	return f.is(factSurname, w, f.surnameShapeUncached)
}

// recordHead reports a name at tokens [a, b) that opens its sentence (after
// a record's number, if any: "17. …") and is followed by a comma and a year,
// as the head of a card or a memorial-book record is, or by a bracket and a
// year, as a dictionary entry's head is.
func (f *finder) recordHead(a, b int) bool {
	for k := 0; k < a; k++ {
		if t := f.toks[k]; t.Kind != segment.Number && t.Kind != segment.Punct {
			return false
		}
	}
	// ", 1888 г. р." after a card's head; "(1895, …" after a dictionary
	// entry's ("Кыдыралиев Сулайман (1895, Түп району – 1938, Фрунзе)")
	return b+1 < len(f.toks) && (f.toks[b].Text == "," || f.toks[b].Text == "(") && f.toks[b+1].Kind == segment.Number && len(f.toks[b+1].Text) == 4
}

// sameScriptBreak rejects initials of one script before a surname of
// another (a stray Latin "I." before a Cyrillic word).
func (f *finder) sameScriptBreak(i, j int) bool {
	return f.toks[i].Script != f.toks[j].Script && f.toks[i].Script != 0 && f.toks[j].Script != 0
}

// splitName assigns the words [a, b) to name parts.
func (f *finder) splitName(a, b int) PersonName {
	var p PersonName
	switch b - a {
	case 1:
		p.Last = f.toks[a].Text
	case 2:
		if f.surnameShape(a, written) && !f.surnameShape(a+1, written) {
			p.Last, p.First = f.toks[a].Text, f.toks[a+1].Text
		} else {
			p.First, p.Last = f.toks[a].Text, f.toks[a+1].Text
		}
	default:
		p.First, p.Last = f.toks[a].Text, f.toks[b-1].Text
		if f.patronymic(a + 1) {
			p.Patronymic = f.toks[a+1].Text
		}
	}
	return p
}

// headNoun reports a head noun of any kind, or a work's cue, at token k.
func (f *finder) headNoun(k int, fm form) bool {
	return f.tokenIs(factHeadNoun, k, fm, f.headNounWord)
}

// demonym reports a people's name at token k ("Kyrgyz", "кыргыз").
func (f *finder) demonym(k int, fm form) bool {
	return f.tokenIs(factDemonym, k, fm, func(w string) bool {
		return f.inSet(w, f.lx.Demonyms) || f.r.Lex.Any(textcase.Lower(w), func(l *lexicon.Lang) lexicon.Set { return l.Demonyms })
	})
}

// adjectival reports a Russian capitalised adjective in -ский/-ского (a
// place adjective, "Каракольского горкома") followed by a lower-case word.
func (f *finder) adjectival(i int) bool {
	w := f.toks[i].Lower
	for _, e := range []string{"ский", "ского", "скому", "ским", "ском", "ская", "ской", "скую", "цкий", "цкого", "цкой", "ская"} {
		if strings.HasSuffix(w, e) {
			return i+1 >= len(f.toks) || !f.toks[i+1].Upper() || f.acronymAt(i+1)
		}
	}
	return false
}

// acronymAt reports, at token k, the acronym of a local body that a place
// adjective before it qualifies ("Таласским РО НКВД", "Ошского ГО НКВД",
// "Нарынский РИК"), not an initial (no dot after it).
func (f *finder) acronymAt(k int) bool {
	t := &f.toks[k]
	return t.Kind == segment.Word && localAcronyms[t.Lower] && !(k+1 < len(f.toks) && f.toks[k+1].Text == ".")
}

// localAcronyms are the acronyms of district, town and regional bodies
// (police, security, party and soviet) that a place adjective names:
// районный/городской отдел, райком, горком, райисполком, управление.
var localAcronyms = map[string]bool{
	"ро": true, "го": true, "рк": true, "гк": true, "ок": true, "рик": true, "гик": true,
	"нквд": true, "огпу": true, "гпу": true, "унквд": true, "ровд": true, "говд": true, "угб": true, "оо": true,
}

// hyphenated extends a name word ending at token k over glued "-Word"
// parts (Seyid-Alim, Кара-Кыргыз) and returns the new end.
func (f *finder) hyphenated(k int) int {
	for k+1 < len(f.toks) && f.toks[k].Text == "-" && !f.toks[k].Space && !f.toks[k+1].Space && f.word(k+1) && f.toks[k+1].Upper() {
		k += 2
	}
	return k
}

// titleWord writes a word in capitals with only its first letter capital.
func titleWord(w string) string {
	r := []rune(textcase.Lower(w))
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

// anyNameShaped reports a known given name or a surname-shaped word among
// tokens [a, b).
func (f *finder) anyNameShaped(a, b int) bool {
	for k := a; k < b; k++ {
		if f.word(k) && (f.firstName(k) || f.surnameShape(k, written)) {
			return true
		}
	}
	return false
}

// kyGivenAfterSurname reports, in a Kyrgyz sentence, an uninflected
// Russian-style surname at i followed by a capitalised word that is the
// last of the name ("Бекназарова Бурулча", "Бекназарова Бурулчадан"): the
// given name, known or not, since Kyrgyz names people surname first and
// puts the case on the last word only.
func (f *finder) kyGivenAfterSurname(i int) bool {
	if f.lang != "ky" || i+1 >= len(f.toks) || !f.surnameShape(i, written) || f.surnameShape(i+1, written) {
		return false
	}
	sur, given := f.toks[i], f.toks[i+1]
	if sur.Script != segment.Cyrillic || given.Script != segment.Cyrillic || given.AllCaps() || !hasAnySuffix(sur.Lower, "ов", "ев", "ова", "ева", "ин", "ина") {
		return false
	}
	// the name ends there: no third capitalised word, no hyphenated part
	if i+2 < len(f.toks) && (f.capWord(i+2) || f.toks[i+2].Text == "-" && !f.toks[i+2].Space) {
		return false
	}
	return !f.has(i+1, shapeStopword) && !f.isRole(i+1) && !f.kyPlaceCue(i+1) && !f.headNoun(i+1, lowered) && !f.demonym(i+1, written) && !f.adjectival(i+1)
}

// kyMansSurname gives a man his own surname back in a Kyrgyz sentence
// that copies a Russian genitive: "Баялы Тентимишева" is Баялы
// Тентимишев, since Баялы (token i) is a man's given name; a woman's
// given name (the lexicon's female_names) keeps "-ова", "-ева".
func (f *finder) kyMansSurname(i int, p *PersonName) {
	if f.lang != "ky" || p.Patronymic != "" || !hasAnySuffix(textcase.Lower(p.Last), "ова", "ева") {
		return
	}
	first := f.toks[i].Lower
	ky := f.r.Lex.For("ky")
	if p.First != f.toks[i].Text || !ky.FirstNames.HasLower(first) || ky.FemaleNames.HasLower(first) {
		return
	}
	p.Last = strings.TrimSuffix(p.Last, "а")
}
