package gen

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// names is a person's name as one language writes it.
type names struct{ surname, given, patr string }

func (rec *record) kyNames() names {
	n := names{surname: rec.surname, given: rec.given}
	switch {
	case rec.eth.uulu && rec.female:
		n.patr = rec.father + " кызы"
	case rec.eth.uulu:
		n.patr = rec.father + " уулу"
	default:
		n.patr = patronymicOf(rec.father, rec.female)
	}
	return n
}

func (rec *record) ruNames() names {
	return names{surname: kyToRu(rec.surname), given: kyToRu(rec.given), patr: patronymicOf(kyToRu(rec.father), rec.female)}
}

func (rec *record) enNames() names {
	n := rec.ruNames()
	return names{surname: latin(n.surname), given: latin(n.given), patr: latin(n.patr)}
}

// canon is the person's name in the gold: given name and surname, romanised
// from the Russian spelling.
func (rec *record) canon() string {
	n := rec.ruNames()
	return latin(n.given) + " " + latin(n.surname)
}

func (w *writer) person(rec *record, shown string) {
	w.entity("Person", rec.canon(), shown)
}

// fem returns the feminine ending for Russian verbs and nouns.
func fem(rec *record, f, m string) string {
	if rec.female {
		return f
	}
	return m
}

func articleKy(a string) string {
	if strings.Contains(a, ",") {
		return a + "-беренелери"
	}
	return a + "-беренеси"
}

// ---- Kyrgyz ----

func (w *writer) kyCard(r *rand.Rand, rec *record) {
	p := rec.canon()
	n := rec.kyNames()
	w.line("№ ", strconv.Itoa(rec.num))
	w.s("Фамилиясы: ")
	w.person(rec, n.surname)
	w.endLine()
	w.s("Аты: ")
	w.person(rec, n.given)
	w.endLine()
	if r.IntN(20) == 0 {
		w.line("Атасынын аты: —")
	} else {
		w.line("Атасынын аты: ", n.patr)
	}
	c := chain(rec.birthPlace)
	kyNom := func(p *place) string { return p.kyNom }
	if rec.born > 0 && c != nil && r.IntN(10) < 3 {
		w.s("Туулган жылы жана жери: ", strconv.Itoa(rec.born), ", ")
		w.places(c, ", ", kyNom)
		w.rel("bornOn", p, strconv.Itoa(rec.born), "")
		w.rel("bornIn", p, c[0].canon, "")
		w.endLine()
	} else {
		if rec.born > 0 {
			w.s("Туулган жылы: ", strconv.Itoa(rec.born))
			w.rel("bornOn", p, strconv.Itoa(rec.born), "")
			w.endLine()
		} else {
			w.line("Туулган жылы: —")
		}
		if c != nil {
			w.s("Туулган жери: ")
			w.places(c, ", ", kyNom)
			w.rel("bornIn", p, c[0].canon, "")
			w.endLine()
		} else {
			w.line("Туулган жери: —")
		}
	}
	w.line("Улуту: ", rec.eth.ky)
	w.s("Партиялуулугу: ")
	switch rec.party {
	case partyMember:
		w.body(partyVKPb, "ВКП(б)", "")
		w.s(" мүчөсү")
		w.rel("memberOf", p, partyVKPb.canon, "")
	case partyExpelled:
		w.body(partyVKPb, "ВКП(б)", "")
		w.s(" мүчөсү болгон, ", strconv.Itoa(rec.expelled), "-ж. партиядан чыгарылган")
		w.rel("memberOf", p, partyVKPb.canon, "")
	case partyKomsomol:
		w.body(komsomol, "ВЛКСМ", "")
		w.s(" мүчөсү")
		w.rel("memberOf", p, komsomol.canon, "")
	default:
		w.s("партиясыз")
	}
	w.endLine()
	w.line("Кызматы: ", rec.occ.ky)
	w.line("Камакка алынган: ", kyField(rec.arrest))
	if rec.code != nil {
		w.s("Айыбы: ")
		w.body(rec.code, rec.code.ky, rec.code.innerKy)
		w.s(" ", articleKy(rec.article))
		w.endLine()
	}
	w.s("Өкүм чыгарган орган: ")
	w.body(rec.sentencer, rec.sentencer.ky, rec.sentencer.innerKy)
	w.s(", ", kyField(rec.sentenced))
	w.endLine()
	switch rec.out {
	case outShot:
		w.line("Өкүм: атуу")
		w.s("Атылган күнү жана жери: ", kyField(rec.shot), ", ")
		w.place(rec.shotAt, rec.shotAt.kyNom)
		w.rel("executedOn", p, rec.shot.iso(), "")
		w.rel("executedIn", p, rec.shotAt.canon, "")
		w.endLine()
	case outCamp:
		w.line("Өкүм: ", strconv.Itoa(rec.campYears), " жылга эмгек-түзөтүү лагерине")
		w.s("Жазасын өтөгөн жери: ")
		w.body(&rec.camp.body, rec.camp.ky, "")
		w.endLine()
		if rec.died != nil {
			w.s("Каза болгон: ", kyField(*rec.died))
			w.rel("diedOn", p, rec.died.iso(), "")
			w.endLine()
		}
	case outExile:
		w.line("Өкүм: сүргүнгө айдоо")
		w.s("Сүргүнгө айдалган жери: ")
		w.place(rec.exiledTo, rec.exiledTo.kyNom)
		w.s(", ", strconv.Itoa(rec.sentenced.y), "-ж.")
		w.rel("exiledTo", p, rec.exiledTo.canon, strconv.Itoa(rec.sentenced.y))
		w.endLine()
	}
	w.kyRehab(rec, func() { w.s("Акталган: ") }, kyField, ", ", "")
	w.endLine()
}

// kyRehab writes the rehabilitation: the date, then the body (before
// suffix); or a dash when the card has none.
func (w *writer) kyRehab(rec *record, head func(), dateOf func(date) string, sep, suffix string) {
	p := rec.canon()
	head()
	if rec.rehab == nil {
		w.s("—")
		return
	}
	w.s(dateOf(*rec.rehab))
	w.rel("rehabilitatedOn", p, rec.rehab.iso(), "")
	if rec.rehabBy != nil {
		w.s(sep)
		w.body(rec.rehabBy, rec.rehabBy.ky, rec.rehabBy.innerKy)
		w.s(suffix)
		w.rel("rehabilitatedBy", p, rec.rehabBy.canon, "")
	}
}

func (w *writer) kyBook(r *rand.Rand, rec *record) {
	p := rec.canon()
	n := rec.kyNames()
	c := chain(rec.birthPlace)
	w.person(rec, n.surname+" "+n.given)
	w.s(" ", n.patr)
	switch {
	case rec.born > 0 && c != nil:
		w.s(" ", strconv.Itoa(rec.born), "-жылы ")
		w.kyChainLoc(c)
		w.s(" туулган")
		w.rel("bornOn", p, strconv.Itoa(rec.born), "")
		w.rel("bornIn", p, c[0].canon, "")
	case rec.born > 0:
		w.s(" ", strconv.Itoa(rec.born), "-жылы туулган")
		w.rel("bornOn", p, strconv.Itoa(rec.born), "")
	case c != nil:
		w.s(" ")
		w.kyChainLoc(c)
		w.s(" туулган")
		w.rel("bornIn", p, c[0].canon, "")
	}
	w.s(", улуту ", rec.eth.ky)
	w.stop()
	w.endSentence()
	switch rec.party {
	case partyMember:
		w.body(partyVKPb, "ВКП(б)", "")
		w.s(" мүчөсү, ")
		w.rel("memberOf", p, partyVKPb.canon, "")
	case partyExpelled:
		w.s(strconv.Itoa(rec.expelled), "-жылга чейин ")
		w.body(partyVKPb, "ВКП(б)", "")
		w.s(" мүчөсү болгон, ")
		w.rel("memberOf", p, partyVKPb.canon, "")
	case partyKomsomol:
		w.body(komsomol, "ВЛКСМ", "")
		w.s(" мүчөсү, ")
		w.rel("memberOf", p, komsomol.canon, "")
	default:
		w.s("Партиясыз, ")
	}
	w.s(rec.occ.ky)
	w.stop()
	w.endSentence()
	w.s(capitalize(kyOn(rec.arrest)), " камакка алынган")
	if rec.code != nil {
		w.s(", ")
		w.body(rec.code, rec.code.ky, rec.code.innerKy)
		w.s(" ", articleKy(rec.article), " боюнча айыпталган")
	}
	w.stop()
	w.endSentence()
	w.s(capitalize(kyOn(rec.sentenced)), " ")
	w.body(rec.sentencer, rec.sentencer.ky, rec.sentencer.innerKy)
	switch rec.out {
	case outShot:
		w.s(" тарабынан атууга өкүм кылынган.")
		w.endSentence()
		w.s(capitalize(kyOn(rec.shot)), " ")
		w.place(rec.shotAt, rec.shotAt.kyLoc)
		w.s(" атылган.")
		w.rel("executedOn", p, rec.shot.iso(), "")
		w.rel("executedIn", p, rec.shotAt.canon, "")
		w.endSentence()
	case outCamp:
		w.s(" тарабынан ", strconv.Itoa(rec.campYears), " жылга эмгек-түзөтүү лагерине кесилген.")
		w.endSentence()
		w.s("Жазасын ")
		w.body(&rec.camp.body, rec.camp.kyLoc, "")
		w.s(" өтөгөн")
		if rec.died != nil {
			w.s(", ", kyOn(*rec.died), " ошол жерде каза болгон")
			w.rel("diedOn", p, rec.died.iso(), "")
		}
		w.stop()
		w.endSentence()
	case outExile:
		w.s(" тарабынан сүргүнгө айдалууга өкүм кылынган.")
		w.endSentence()
		w.s(strconv.Itoa(rec.sentenced.y), "-жылы ")
		w.place(rec.exiledTo, rec.exiledTo.kyDat)
		w.s(" сүргүнгө айдалган.")
		w.rel("exiledTo", p, rec.exiledTo.canon, strconv.Itoa(rec.sentenced.y))
		w.endSentence()
	}
	if rec.rehab != nil {
		w.kyRehab(rec, func() {}, func(d date) string { return capitalize(kyOn(d)) }, " ", " тарабынан")
		w.s(" акталган.")
		w.endSentence()
	}
	w.endParagraph(76)
}

// kyChainLoc writes a birth place in the Kyrgyz way, outermost first:
// "Ысык-Көл облусунун Тоң районундагы Кара-Талаа айылында".
func (w *writer) kyChainLoc(c []*place) {
	for i := len(c) - 1; i >= 0; i-- {
		if i < len(c)-1 {
			w.s(" ")
		}
		if i == len(c)-1 && i > 0 {
			w.place(c[i], c[i].kyGen)
		} else {
			w.place(c[i], c[i].kyLoc)
		}
	}
	w.located(c)
}

// ---- Russian ----

func (w *writer) ruCard(r *rand.Rand, rec *record) {
	p := rec.canon()
	n := rec.ruNames()
	w.line("Карточка № ", strconv.Itoa(rec.num))
	w.s("Фамилия, имя, отчество: ")
	w.person(rec, n.surname+" "+n.given+" "+n.patr)
	w.endLine()
	c := chain(rec.birthPlace)
	ruNom := func(p *place) string { return p.ruNom }
	if rec.born > 0 && c != nil && r.IntN(2) == 0 {
		w.s("Год и место рождения: ", strconv.Itoa(rec.born), ", ")
		w.places(c, ", ", ruNom)
		w.rel("bornOn", p, strconv.Itoa(rec.born), "")
		w.rel("bornIn", p, c[0].canon, "")
		w.endLine()
	} else {
		if rec.born > 0 {
			w.s("Год рождения: ", strconv.Itoa(rec.born))
			w.rel("bornOn", p, strconv.Itoa(rec.born), "")
			w.endLine()
		}
		if c != nil {
			w.s("Место рождения: ")
			w.places(c, ", ", ruNom)
			w.rel("bornIn", p, c[0].canon, "")
			w.endLine()
		}
	}
	w.line("Национальность: ", fem(rec, rec.eth.ruFem, rec.eth.ru))
	w.s("Партийность: ")
	switch rec.party {
	case partyMember:
		w.s("член ")
		w.body(partyVKPb, "ВКП(б)", "")
		w.rel("memberOf", p, partyVKPb.canon, "")
	case partyExpelled:
		w.s("член ")
		w.body(partyVKPb, "ВКП(б)", "")
		w.s(", исключ", fem(rec, "ена", "ен"), " в ", strconv.Itoa(rec.expelled), " г.")
		w.rel("memberOf", p, partyVKPb.canon, "")
	case partyKomsomol:
		w.s("член ")
		w.body(komsomol, "ВЛКСМ", "")
		w.rel("memberOf", p, komsomol.canon, "")
	default:
		w.s("б/п")
	}
	w.endLine()
	w.line("Место работы, должность: ", fem(rec, rec.occ.ruF, rec.occ.ruM))
	w.line("Дата ареста: ", ruField(rec.arrest))
	if rec.code != nil {
		w.s("Обвинение: ст. ", rec.article, " ")
		w.body(rec.code, rec.code.ru, rec.code.innerRu)
		w.endLine()
	}
	w.s("Осужден", fem(rec, "а", ""), ": ", ruField(rec.sentenced), ", ")
	w.body(rec.sentencer, rec.sentencer.ru, rec.sentencer.innerRu)
	w.endLine()
	switch rec.out {
	case outShot:
		w.line("Приговор: ВМН")
		w.s("Дата расстрела: ", ruField(rec.shot))
		w.rel("executedOn", p, rec.shot.iso(), "")
		w.endLine()
		w.s("Место расстрела: ")
		w.place(rec.shotAt, rec.shotAt.ruNom)
		w.rel("executedIn", p, rec.shotAt.canon, "")
		w.endLine()
	case outCamp:
		w.line("Приговор: ", strconv.Itoa(rec.campYears), " лет ИТЛ")
		w.s("Место заключения: ")
		w.body(&rec.camp.body, rec.camp.ru, "")
		w.endLine()
		if rec.died != nil {
			w.s("Умер", fem(rec, "ла", ""), " в заключении: ", ruField(*rec.died))
			w.rel("diedOn", p, rec.died.iso(), "")
			w.endLine()
		}
	case outExile:
		w.line("Приговор: высылка")
		w.s("Место высылки: ")
		w.place(rec.exiledTo, rec.exiledTo.ruNom)
		w.s(", ", strconv.Itoa(rec.sentenced.y), " г.")
		w.rel("exiledTo", p, rec.exiledTo.canon, strconv.Itoa(rec.sentenced.y))
		w.endLine()
	}
	w.s("Реабилитирован", fem(rec, "а", ""), ": ")
	if rec.rehab == nil {
		w.s("нет сведений")
	} else {
		w.s(ruField(*rec.rehab))
		w.rel("rehabilitatedOn", p, rec.rehab.iso(), "")
		if rec.rehabBy != nil {
			w.s(", ")
			w.body(rec.rehabBy, rec.rehabBy.ru, rec.rehabBy.innerRu)
			w.rel("rehabilitatedBy", p, rec.rehabBy.canon, "")
		}
	}
	w.endLine()
}

func (w *writer) ruBook(r *rand.Rand, rec *record) {
	p := rec.canon()
	n := rec.ruNames()
	c := chain(rec.birthPlace)
	w.person(rec, strings.ToUpper(n.surname)+" "+n.given+" "+n.patr)
	if rec.born > 0 {
		w.s(", ", strconv.Itoa(rec.born), " г. р.")
		w.rel("bornOn", p, strconv.Itoa(rec.born), "")
	}
	if c != nil {
		w.s(", ", fem(rec, "уроженка", "уроженец"), " ")
		w.places(c, " ", func(p *place) string { return p.ruGen })
		w.rel("bornIn", p, c[0].canon, "")
	}
	w.s(", ", fem(rec, rec.eth.ruFem, rec.eth.ru), ", ")
	switch rec.party {
	case partyMember, partyExpelled:
		w.s("член ")
		w.body(partyVKPb, "ВКП(б)", "")
		if rec.party == partyExpelled {
			w.s(" (исключ", fem(rec, "ена", "ен"), " в ", strconv.Itoa(rec.expelled), " г.)")
		}
		w.rel("memberOf", p, partyVKPb.canon, "")
	case partyKomsomol:
		w.s("член ")
		w.body(komsomol, "ВЛКСМ", "")
		w.rel("memberOf", p, komsomol.canon, "")
	default:
		w.s("б/п")
	}
	w.s(", ", fem(rec, rec.occ.ruF, rec.occ.ruM))
	w.stop()
	w.endSentence()
	w.s("Арестован", fem(rec, "а", ""), " ", ruOn(rec.arrest))
	w.stop()
	w.endSentence()
	w.s("Осужден", fem(rec, "а", ""), " ", ruOn(rec.sentenced), " ")
	w.body(rec.sentencer, rec.sentencer.ruIns, rec.sentencer.innerRu)
	if rec.code != nil {
		w.s(" по ст. ", rec.article, " ")
		w.body(rec.code, rec.code.ru, rec.code.innerRu)
	}
	switch rec.out {
	case outShot:
		w.s(" к ВМН.")
		w.endSentence()
		w.s("Расстрелян", fem(rec, "а", ""), " ", ruOn(rec.shot), " ")
		w.place(rec.shotAt, rec.shotAt.ruIn)
		w.stop()
		w.rel("executedOn", p, rec.shot.iso(), "")
		w.rel("executedIn", p, rec.shotAt.canon, "")
		w.endSentence()
	case outCamp:
		w.s(" к ", strconv.Itoa(rec.campYears), " годам ИТЛ.")
		w.endSentence()
		w.s("Срок отбывал", fem(rec, "а", ""), " в ")
		w.body(&rec.camp.body, rec.camp.ruP, "")
		if rec.died != nil {
			w.s(", где ", fem(rec, "умерла", "умер"), " ", ruOn(*rec.died))
			w.rel("diedOn", p, rec.died.iso(), "")
		}
		w.stop()
		w.endSentence()
	case outExile:
		w.s(" к высылке.")
		w.endSentence()
		w.s("В ", strconv.Itoa(rec.sentenced.y), " г. выслан", fem(rec, "а", ""), " в ")
		w.place(rec.exiledTo, rec.exiledTo.ruAcc)
		w.stop()
		w.rel("exiledTo", p, rec.exiledTo.canon, strconv.Itoa(rec.sentenced.y))
		w.endSentence()
	}
	if rec.rehab != nil {
		w.s("Реабилитирован", fem(rec, "а", ""), " ", ruOn(*rec.rehab))
		w.rel("rehabilitatedOn", p, rec.rehab.iso(), "")
		if rec.rehabBy != nil {
			w.s(" ")
			w.body(rec.rehabBy, rec.rehabBy.ruIns, rec.rehabBy.innerRu)
			w.rel("rehabilitatedBy", p, rec.rehabBy.canon, "")
		}
		w.stop()
		w.endSentence()
	}
	w.endParagraph(76)
}

// ---- English ----

func (w *writer) enCard(r *rand.Rand, rec *record) {
	p := rec.canon()
	n := rec.enNames()
	w.line("Card ", strconv.Itoa(rec.num))
	w.s("Surname: ")
	w.person(rec, strings.ToUpper(n.surname))
	w.endLine()
	w.s("Name: ")
	w.person(rec, n.given)
	w.endLine()
	w.line("Patronymic: ", n.patr)
	c := chain(rec.birthPlace)
	enForm := func(p *place) string { return p.en }
	switch {
	case rec.born > 0 && c != nil:
		w.s("Born: ", strconv.Itoa(rec.born), ", ")
		w.places(c, ", ", enForm)
		w.rel("bornOn", p, strconv.Itoa(rec.born), "")
		w.rel("bornIn", p, c[0].canon, "")
		w.endLine()
	case rec.born > 0:
		w.s("Born: ", strconv.Itoa(rec.born))
		w.rel("bornOn", p, strconv.Itoa(rec.born), "")
		w.endLine()
	case c != nil:
		w.s("Born: ")
		w.places(c, ", ", enForm)
		w.rel("bornIn", p, c[0].canon, "")
		w.endLine()
	}
	w.line("Nationality: ", rec.eth.en)
	w.s("Party: ")
	switch rec.party {
	case partyMember:
		w.body(partyVKPb, "VKP(b)", "")
		w.s(" member")
		w.rel("memberOf", p, partyVKPb.canon, "")
	case partyExpelled:
		w.body(partyVKPb, "VKP(b)", "")
		w.s(" member, expelled in ", strconv.Itoa(rec.expelled))
		w.rel("memberOf", p, partyVKPb.canon, "")
	case partyKomsomol:
		w.body(komsomol, "Komsomol", "")
		w.s(" member")
		w.rel("memberOf", p, komsomol.canon, "")
	default:
		w.s("non-party")
	}
	w.endLine()
	w.line("Occupation: ", rec.occ.en)
	w.line("Arrested: ", enDate(rec.arrest))
	if rec.code != nil {
		w.s("Charge: art. ", rec.article, ", ")
		w.body(rec.code, rec.code.en, rec.code.innerEn)
		w.endLine()
	}
	w.s("Sentenced: ", enDate(rec.sentenced), ", ")
	w.body(rec.sentencer, rec.sentencer.en, rec.sentencer.innerEn)
	w.endLine()
	switch rec.out {
	case outShot:
		w.line("Sentence: death")
		w.s("Shot: ", enDate(rec.shot), ", ")
		w.place(rec.shotAt, rec.shotAt.en)
		w.rel("executedOn", p, rec.shot.iso(), "")
		w.rel("executedIn", p, rec.shotAt.canon, "")
		w.endLine()
	case outCamp:
		w.line("Sentence: ", strconv.Itoa(rec.campYears), " years in a corrective labour camp")
		w.s("Camp: ")
		w.body(&rec.camp.body, rec.camp.en, "")
		w.endLine()
		if rec.died != nil {
			w.s("Died in custody: ", enDate(*rec.died))
			w.rel("diedOn", p, rec.died.iso(), "")
			w.endLine()
		}
	case outExile:
		w.line("Sentence: exile")
		w.s("Exiled: ", strconv.Itoa(rec.sentenced.y), ", to ")
		w.place(rec.exiledTo, rec.exiledTo.en)
		w.rel("exiledTo", p, rec.exiledTo.canon, strconv.Itoa(rec.sentenced.y))
		w.endLine()
	}
	w.s("Rehabilitated: ")
	if rec.rehab == nil {
		w.s("not stated")
	} else {
		w.s(enDate(*rec.rehab))
		w.rel("rehabilitatedOn", p, rec.rehab.iso(), "")
		if rec.rehabBy != nil {
			w.s(", ")
			w.body(rec.rehabBy, rec.rehabBy.en, rec.rehabBy.innerEn)
			w.rel("rehabilitatedBy", p, rec.rehabBy.canon, "")
		}
	}
	w.endLine()
}

func (w *writer) enBook(r *rand.Rand, rec *record) {
	p := rec.canon()
	n := rec.enNames()
	c := chain(rec.birthPlace)
	w.s(strconv.Itoa(rec.num), ". ")
	w.person(rec, strings.ToUpper(n.surname)+" "+n.given+" "+n.patr)
	w.stop()
	w.endSentence()
	switch {
	case rec.born > 0 && c != nil:
		w.s("Born ", strconv.Itoa(rec.born), ", ")
		w.places(c, ", ", func(p *place) string { return p.en })
		w.rel("bornOn", p, strconv.Itoa(rec.born), "")
		w.rel("bornIn", p, c[0].canon, "")
		w.s("; ")
	case rec.born > 0:
		w.s("Born ", strconv.Itoa(rec.born), "; ")
		w.rel("bornOn", p, strconv.Itoa(rec.born), "")
	case c != nil:
		w.s("Born in ")
		w.places(c, ", ", func(p *place) string { return p.en })
		w.rel("bornIn", p, c[0].canon, "")
		w.s("; ")
	}
	w.s(rec.eth.en, "; ")
	switch rec.party {
	case partyMember, partyExpelled:
		w.s("member of the ")
		w.body(partyVKPb, "VKP(b)", "")
		if rec.party == partyExpelled {
			w.s(" (expelled in ", strconv.Itoa(rec.expelled), ")")
		}
		w.rel("memberOf", p, partyVKPb.canon, "")
	case partyKomsomol:
		w.s("member of the ")
		w.body(komsomol, "Komsomol", "")
		w.rel("memberOf", p, komsomol.canon, "")
	default:
		w.s("non-party")
	}
	w.s("; ", rec.occ.en)
	w.stop()
	w.endSentence()
	w.s("Arrested ", enOn(rec.arrest))
	w.stop()
	w.endSentence()
	w.s("Sentenced ", enOn(rec.sentenced), " by the ")
	w.body(rec.sentencer, rec.sentencer.en, rec.sentencer.innerEn)
	if rec.code != nil {
		w.s(" under art. ", rec.article, " of the ")
		w.body(rec.code, rec.code.en, rec.code.innerEn)
	}
	switch rec.out {
	case outShot:
		w.s(" to death.")
		w.endSentence()
		w.s("Shot ", enOn(rec.shot), " in ")
		w.place(rec.shotAt, rec.shotAt.en)
		w.stop()
		w.rel("executedOn", p, rec.shot.iso(), "")
		w.rel("executedIn", p, rec.shotAt.canon, "")
		w.endSentence()
	case outCamp:
		w.s(" to ", strconv.Itoa(rec.campYears), " years in a labour camp.")
		w.endSentence()
		w.s("Served the term in ")
		w.body(&rec.camp.body, rec.camp.en, "")
		if rec.died != nil {
			w.s(" and died there ", enOn(*rec.died))
			w.rel("diedOn", p, rec.died.iso(), "")
		}
		w.stop()
		w.endSentence()
	case outExile:
		w.s(" to exile.")
		w.endSentence()
		w.s("Exiled in ", strconv.Itoa(rec.sentenced.y), " to ")
		w.place(rec.exiledTo, rec.exiledTo.en)
		w.stop()
		w.rel("exiledTo", p, rec.exiledTo.canon, strconv.Itoa(rec.sentenced.y))
		w.endSentence()
	}
	if rec.rehab != nil {
		w.s("Rehabilitated ", enOn(*rec.rehab))
		w.rel("rehabilitatedOn", p, rec.rehab.iso(), "")
		if rec.rehabBy != nil {
			w.s(" by the ")
			w.body(rec.rehabBy, rec.rehabBy.en, rec.rehabBy.innerEn)
			w.rel("rehabilitatedBy", p, rec.rehabBy.canon, "")
		}
		w.stop()
		w.endSentence()
	}
	w.endParagraph(76)
}

// enOn: "on 12 August 1937", "in August 1937", "in 1937".
func enOn(d date) string {
	if d.d > 0 {
		return "on " + enDate(d)
	}
	return "in " + enDate(d)
}

func capitalize(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
