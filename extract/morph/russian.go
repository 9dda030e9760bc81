package morph

// Endings of indeclinable Georgian surnames (Орджоникидзе, Джугашвили).
var (
	endDze    = []rune("дзе")
	endShvili = []rune("швили")
)

// russian generates the Russian readings of the part: singular case
// endings of nouns, surnames and adjectival names, mapped back to the
// nominative by declension class. Scores: see the package documentation.
func (a *analyzer) russian() {
	p := &a.p
	n := p.n
	if n < 3 || !p.cyr || p.kyOnly || p.endsWith(n, endDze) || p.endsWith(n, endShvili) {
		return
	}
	r := &p.r
	e1, e2, e3 := r[n-1], r[n-2], r[n-3]
	switch e1 {
	case 'о':
		if e2 == 'г' && (e3 == 'о' || e3 == 'е') { // Каменского, Среднего
			a.ruAdjMasc(n-3, e3 == 'е', Gen)
		}
	case 'у':
		if e2 == 'м' && (e3 == 'о' || e3 == 'е') { // Каменскому
			a.ruAdjMasc(n-3, e3 == 'е', Dat)
			return
		}
		a.ruDrop(n-1, Dat) // Сталину, Жусупу
		if k := n - 1; isCons(r[k-1]) {
			a.ruPush(k, addA, 9, Acc) // Москву
		}
	case 'м':
		a.ruM(e2)
	case 'й', 'ю':
		a.ruOjEj(e1, e2)
	case 'я':
		k := n - 2
		switch {
		case e2 == 'а' && a.adjLike(k): // Кыргызская → Кыргызский
			a.ruPush(k, a.masc(k), 14, Nom)
		case e2 == 'я' && r[k-1] == 'н': // Средняя → Средний
			a.ruPush(k, addIj, 14, Nom)
		case e2 == 'и': // Василия → Василий; Азия is the identity
			a.ruPush(n-1, addJ, 6, Gen)
			a.ruPush(n-1, addE, 5, Gen) // восстания → восстание
		case vowelClass(e2) != vNone: // Николая
			a.ruPush(n-1, addJ, 12, Gen)
		case softable(e2): // Кремля
			a.ruPush(n-1, affixSoft, 12, Gen)
		}
	case 'а':
		a.ruDrop(n-1, Gen) // Жусупа, Абдрахманова
	case 'ы':
		if isCons(e2) && !velarHush(e2) { // Москвы
			a.ruPush(n-1, addA, 12, Gen)
		}
	case 'и':
		k := n - 1
		switch {
		case e2 == 'и': // Азии, Персии
			a.ruPush(k, addJa, 24, Unknown)
			a.ruPush(k, addJ, 10, Prep)
			a.ruPush(k, addE, 5, Prep) // восстании → восстание
		case velarHush(e2): // Риги
			a.ruPush(k, addA, 14, Gen)
		case softable(e2): // Казани, Земли
			a.ruPush(k, affixSoft, 12, Unknown)
			a.ruPush(k, addJa, 10, Gen)
		}
	case 'е':
		k := n - 1
		if !isCons(e2) {
			return
		}
		a.ruDrop(k, Prep) // Сталине, Ташкенте
		if a.surname(k) {
			return
		}
		if softable(e2) {
			// Кремле: a stem in consonant+л cannot be bare.
			s := 6
			if e2 == 'л' && isCons(e3) {
				s = 10
			}
			a.ruPush(k, affixSoft, s, Prep)
		}
		a.ruPush(k, addA, 7, Unknown) // Москве, Бухаре
		if e2 == 'л' {
			a.ruPush(k, addJa, 5, Unknown) // Земле
		}
	}
}

// ruM handles endings in -м: instrumental of nouns and surnames, and
// instrumental/prepositional of adjectives.
func (a *analyzer) ruM(e2 rune) {
	p := &a.p
	k := p.n - 2
	switch e2 {
	case 'ы': // Сталиным, Центральным
		if a.surname(k) {
			a.ruPush(k, noAffix, 25, Ins)
		} else if a.adjLike(k) {
			a.ruPush(k, addYj, 22, Ins)
		}
	case 'и': // Каменским, Средним; not Ибрагим, Рахим
		if a.adjLike(k) {
			a.ruPush(k, addIj, 22, Ins)
		}
	case 'о': // Ташкентом; Центральном
		if a.okFinal(k) {
			a.ruPush(k, noAffix, 14, Ins)
		}
		if a.adjLike(k) { // outranks the noun: Каменском → Каменский, Каменск
			a.ruPush(k, a.masc(k), 15, Prep)
		}
	case 'е', 'ё': // Кремлем, Николаем; Среднем
		c := p.r[k-1]
		switch {
		case vowelClass(c) != vNone:
			a.ruPush(k, addJ, 14, Ins)
			if c == 'и' && e2 == 'е' {
				a.ruPush(k, addE, 6, Ins) // восстанием → восстание
			}
		case softable(c):
			a.ruPush(k, affixSoft, 14, Ins)
		}
		if c == 'н' && e2 == 'е' {
			a.ruPush(k, addIj, 10, Prep)
		}
	}
}

// ruOjEj handles -ой -ою -ей -ею -ую -юю -ью -ию and -ю: feminine oblique
// forms of nouns, surnames and adjectives, and dative/accusative of soft
// stems.
func (a *analyzer) ruOjEj(e1, e2 rune) {
	p := &a.p
	n := p.n
	k := n - 2
	switch {
	case e2 == 'о' && (e1 == 'й' || e1 == 'ю'):
		switch {
		case a.surname(k): // Ивановой → Иванова, Иванов
			a.ruPush(k, addA, 22, Unknown)
			a.ruPush(k, noAffix, 12, Unknown)
		case a.adjLike(k) && e1 == 'й': // Кыргызской → Кыргызская, Кыргызский
			a.ruPush(k, addAja, 22, Unknown)
			a.ruPush(k, a.masc(k), 14, Unknown)
		case isCons(p.r[k-1]): // Москвой
			a.ruPush(k, addA, 16, Ins)
			if e1 == 'й' {
				a.ruPush(k, addAja, 8, Unknown)
			}
		}
	case e2 == 'е' && (e1 == 'й' || e1 == 'ю'):
		switch c := p.r[k-1]; {
		case c == 'и': // Азией
			a.ruPush(k, addJa, 22, Ins)
		case c == 'н' && e1 == 'й': // Средней → Средняя, Средний
			a.ruPush(k, addJaj, 20, Unknown)
			a.ruPush(k, addIj, 12, Unknown)
		}
	case e2 == 'у' && e1 == 'ю': // Кыргызскую
		if a.adjLike(k) {
			a.ruPush(k, addAja, 22, Acc)
			a.ruPush(k, a.masc(k), 12, Unknown)
		}
	case e2 == 'ю' && e1 == 'ю': // Среднюю
		if p.r[k-1] == 'н' {
			a.ruPush(k, addJaj, 20, Acc)
			a.ruPush(k, addIj, 12, Unknown)
		}
	case e2 == 'ь' && e1 == 'ю': // Казанью
		if isCons(p.r[k-1]) {
			a.ruPush(k+1, noAffix, 16, Ins)
		}
	case e2 == 'и' && e1 == 'ю': // Персию; Василию
		a.ruPush(n-1, addJa, 24, Acc)
		a.ruPush(n-1, addJ, 10, Dat)
		a.ruPush(n-1, addE, 5, Dat) // восстанию → восстание
	case e1 == 'ю':
		k := n - 1
		switch {
		case vowelClass(e2) != vNone: // Николаю
			a.ruPush(k, addJ, 12, Dat)
		case softable(e2): // Кремлю; Землю
			a.ruPush(k, affixSoft, 12, Dat)
			a.ruPush(k, addJa, 10, Acc)
		}
	}
}

// ruDrop reads the ending after r[:k] as a case ending of a consonant stem
// (masculine noun, name, -ов/-ин surname) whose nominative is r[:k].
func (a *analyzer) ruDrop(k int, cas Case) {
	if !a.okFinal(k) {
		return
	}
	s := 8
	switch {
	case a.surname(k):
		s = 14
	case cas == Dat:
		s = 10
	}
	a.ruPush(k, noAffix, s, cas)
}

// ruPush records a Russian reading with stem r[:k]+add.
func (a *analyzer) ruPush(k int, add affix, score int, cas Case) {
	if k < 2 || !a.p.hasLetter(k) || a.p.upperSuffix(k) {
		return
	}
	if add != noAffix && a.p.boundary(k) {
		return // abbreviations decline without changing letters: ВЦИК|а
	}
	a.push(k, k, add, score, cas, false, false, langRU)
}

// masc returns the masculine nominative ending of a hard adjective stem
// r[:k]: -ий after velars and hushing sounds (Каменский), -ый otherwise.
func (a *analyzer) masc(k int) affix {
	if velarHush(a.p.r[k-1]) {
		return addIj
	}
	return addYj
}

// ruAdjMasc handles -ого/-его/-ому/-ему: masculine or neuter adjective.
func (a *analyzer) ruAdjMasc(k int, soft bool, cas Case) {
	if k < 2 || !isCons(a.p.r[k-1]) {
		return
	}
	if soft { // Среднего → Средний, Среднее
		a.ruPush(k, addIj, 25, cas)
		a.ruPush(k, addEe, 12, cas)
		return
	}
	a.ruPush(k, a.masc(k), 25, cas) // Каменского → Каменский
	a.ruPush(k, addOj, 18, cas)     // Донского → Донской
	a.ruPush(k, addOe, 12, cas)     // Центрального → Центральное
}

// surname reports a stem r[:k] in a Russian surname suffix -ов/-ев/-ёв/-ин/-ын.
func (a *analyzer) surname(k int) bool {
	p := &a.p
	if k < 4 {
		return false
	}
	c, v := p.r[k-1], p.r[k-2]
	return (c == 'в' && (v == 'о' || v == 'е' || v == 'ё')) || (c == 'н' && (v == 'и' || v == 'ы'))
}

// adjLike reports a stem r[:k] ending like an adjective stem: -ск, -цк, or
// н after a consonant or soft sign (Центральн-, Средн-, Красн-).
func (a *analyzer) adjLike(k int) bool {
	p := &a.p
	if k < 3 {
		return false
	}
	c, v := p.r[k-1], p.r[k-2]
	return (c == 'к' && (v == 'с' || v == 'ц')) || (c == 'н' && (isCons(v) || v == 'ь'))
}

// okFinal reports whether r[:k] can be the nominative of a consonant stem:
// it ends in a consonant, and not in a cluster no Russian nominative ends
// in (Москв, Кремл, Фрунз, Ташкентт). Abbreviations are exempt (ВЦИК|а).
func (a *analyzer) okFinal(k int) bool {
	p := &a.p
	if k < 2 {
		return false
	}
	c := p.r[k-1]
	if !isCons(c) {
		return false
	}
	if p.boundary(k) {
		return true
	}
	b := p.r[k-2]
	if soundClass(b) == sOther && b != 'ь' {
		return false // ВКП(б)г: not a word
	}
	if b == 'ь' {
		return c != 'н' // Центральн|ом is an adjective
	}
	if !isCons(b) {
		return true
	}
	obstruent := soundClass(b) == sVoiceless || (soundClass(b) == sVoiced && !sonorant(b))
	switch {
	case c == 'л' || c == 'з' || c == 'ж':
		return false
	case (c == 'в' || c == 'м' || c == 'н') && obstruent:
		return false
	}
	if k >= 3 && isCons(p.r[k-3]) && !(b == 'с' && (c == 'к' || c == 'т')) {
		return false // three consonants: only -ск, -ст (Минск, Хорст)
	}
	return true
}

func sonorant(c rune) bool {
	return c == 'л' || c == 'м' || c == 'н' || c == 'р' || c == 'й' || c == 'ң'
}

// velarHush reports г к х ж ш ч щ, after which Russian writes и, not ы, and
// adjectives take -ий.
func velarHush(c rune) bool {
	switch c {
	case 'г', 'к', 'х', 'ж', 'ш', 'ч', 'щ':
		return true
	}
	return false
}

// softable reports consonants that end soft stems in names (Кремль,
// Казань, Сибирь, Пермь, Русь) and that -я/-ю/-и endings follow softly.
func softable(c rune) bool {
	switch c {
	case 'л', 'н', 'р', 'м', 'с', 'з', 'т', 'д':
		return true
	}
	return false
}
