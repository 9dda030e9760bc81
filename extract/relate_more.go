package extract

import (
	"slices"
	"strings"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/extract/names"
	"github.com/dossier-kg/dossier/extract/segment"
)

var passiveAux = map[string]bool{"was": true, "were": true, "been": true, "be": true, "is": true, "are": true, "posthumously": true, "fully": true, "later": true, "finally": true}

// rehabilitation finds rehabilitations: the person (passive: named before,
// "he was rehabilitated"; active: named after, "the court exonerated … X",
// "decided to rehabilitate X"), the date, and the body that did it (the
// subject of the active verb, or "by X").
func (v *sview) rehabilitation() {
	for _, hit := range v.find("rehabilitated") {
		i, n := hit[0], hit[1]
		var subj *entity
		passive, by := v.rehabVoice(i, n)
		if passive {
			subj = v.personFor(i)
			if v.lang == "ru" {
				// "Военная коллегия реабилитировала его": the object
				// pronoun's person, and the body before the active verb
				if p := v.ruRehabilitatedPronoun(i, n); p != nil {
					subj = p
					if by == nil {
						by = v.nearestBefore(i, true, dossier.Organization)
					}
				}
			}
		} else {
			for _, m := range v.ms {
				if m.ent != nil && m.typ == dossier.Person && m.start >= i+n && m.start-(i+n) <= 25 && !hasPossessive(v.toks[m.end-1].Text) {
					subj = m.ent
					break
				}
			}
			if subj == nil && i+n < len(v.toks) && (v.words[i+n] == "him" || v.words[i+n] == "her") {
				subj = v.pronounReferent() // "The Supreme Court rehabilitated him in 1958"
			}

		}
		subjs := []*entity{subj}
		if ps := v.pluralReferents(i); len(ps) > 0 && passive {
			subjs = ps // "Алар 1958-жылы акталган"
		} else if subj == nil {
			continue
		} else if passive {
			// "Абдрахманов и Тыныстанов были реабилитированы": the people
			// joined to the subject share it
			subjs = append(subjs, v.coordinatedBefore(subj, i)...)
		}
		st := v.stance(i, n)
		// the date of the rehabilitation's own clause, not one of the
		// clause about the execution ("rehabilitated X, who was shot … on
		// 5 November 1937")
		d := v.dateNear(i)
		if d != nil && v.otherEventBetween(i, d) {
			d = nil
		}
		if y := v.bareYearAfter(i + n); y != nil && len(v.ds) == 0 {
			d = y // "Rehabilitated 1958.": a bare year, not the line before's date
		}
		if by != nil {
			by = v.widest(by)
		}
		if d != nil && d.HasYear() {
			// "Kurmanaliev was rehabilitated in 1956, Abdraimov in 1959"
			for _, g := range v.gapped(i + n) {
				if slices.Contains(subjs, g.who) {
					continue
				}
				v.put(draft{subj: g.who, objDate: g.date, pred: dossier.RehabilitatedOn, stance: st, rule: v.rule(&moreRules.rehabGapped), conf: 0.65})
			}
		}
		for _, subj := range subjs {
			if d != nil && d.HasYear() {
				v.put(draft{subj: subj, objDate: d, pred: dossier.RehabilitatedOn, stance: st, rule: v.rule(&moreRules.rehabDate), conf: 0.75})
			}
			if by != nil {
				v.put(draft{subj: subj, obj: by.ent, pred: dossier.RehabilitatedBy, date: d, stance: st, rule: v.rule(&moreRules.rehabBy), conf: 0.7})
			}
		}
	}
}

// gapping is a clause that repeats the verb before it by leaving it out.
type gapping struct {
	who  *entity
	date *dossier.Date
}

// gapped reads the clauses after a verb at k that leave it out, each a
// person and a date after a comma: "Kurmanaliev was rehabilitated in
// 1956, Abdraimov in 1959", "… реабилитирован в 1956 г., Абдраимов — в
// 1959 г.".
func (v *sview) gapped(k int) []gapping {
	var out []gapping
	for _, m := range v.ms {
		if m.start <= k || m.ent == nil || m.typ != dossier.Person || m.nested || v.toks[m.start-1].Text != "," {
			continue
		}
		j := m.end
		if j < len(v.toks) && (v.toks[j].Text == "—" || v.toks[j].Text == "–" || v.toks[j].Text == "-") {
			j++
		}
		if j >= len(v.toks) || !datePrepositions[v.words[j]] {
			continue
		}
		for x := range v.ds {
			dm := &v.ds[x]
			if dm.start != j+1 || !dm.date.HasYear() {
				continue
			}
			if e := dm.end; e < len(v.toks) && v.toks[e].Kind != segment.Punct {
				continue // the clause goes on: not a bare date
			}
			out = append(out, gapping{who: m.ent, date: &dm.date})
		}
	}
	return out
}

// passiveBefore reports a passive auxiliary ("was", "were") in the clause
// before token k, with no person named after it.
func (v *sview) passiveBefore(k int) bool {
	lo, _ := v.clause(k)
	for j := k - 1; j >= lo; j-- {
		if m := v.mentionAt(j); m != nil && m.typ == dossier.Person {
			return false
		}
		if passiveAux[v.words[j]] {
			return true
		}
	}
	return false
}

// prepositionObject reports an English name after a preposition (maybe
// with "the"): "sided with the Whites" names an object, not a subject.
func (v *sview) prepositionObject(m *mention) bool {
	k := m.start - 1
	if k >= 0 && v.words[k] == "the" {
		k--
	}
	return k >= 0 && objectPrepositions[v.words[k]]
}

// rehabVoice reads the rehabilitation word at token i (n tokens): whether
// it is passive (the person named before it) or active (after it), and the
// body that rehabilitated: "by X" or the body after the date (passive), the
// Kyrgyz body before the verb, the subject of an active verb ("the court
// exonerated …", "the commission restored the good names of …").
func (v *sview) rehabVoice(i, n int) (passive bool, by *mention) {
	passive = v.lang != "en" || (i > 0 && passiveAux[v.words[i-1]]) || (i > 1 && passiveAux[v.words[i-2]])
	if v.words[i] == "rehabilitation" || i == 0 || v.toks[i-1].Text == ";" {
		// a participle opening its clause is passive: a record's
		// "Rehabilitated on 22 March 1992 by …"
		passive = true
	}
	if !passive && v.words[i-1] == "and" && v.passiveBefore(i-1) {
		// "He was shot on 3 November 1937 and rehabilitated in 1958": the
		// passive verb phrase goes on
		passive = true
	}
	if !passive {
		return false, v.nearestBefore(i, true, dossier.Organization)
	}
	if v.lang == "en" {
		// "by X" after the verb, or after its date ("on 22 March 1992 by X")
		for k := i + n; k < len(v.toks) && k < i+n+8 && by == nil; k++ {
			if v.words[k] == "by" {
				by = v.nearestAfter(k+1, 3, dossier.Organization)
			}
			if t := v.toks[k]; t.Kind == segment.Punct && t.Text != "," && t.Text != "." {
				break
			}
		}
	} else if m := v.nearestAfter(i+n, 4+v.dateLenAt(i+n), dossier.Organization); m != nil && (m.lastCase == morph.Ins || m.lastCase == morph.Unknown || v.lang == "ru") {
		// "Реабилитирован 6 апреля 1955 г. Прокуратурой …": the body may
		// follow the date
		by = m
	}
	if by == nil && v.lang != "en" {
		// Kyrgyz: the body in the nominative or ablative before the verb
		if m := v.nearestBefore(i, true, dossier.Organization); m != nil && (m.lastCase == morph.Nom || m.lastCase == morph.Abl) {
			by = m
		}
	}
	if by == nil {
		by = v.decisionBody()
	}
	return passive, by
}

// decisionBody finds the body whose decision a sentence names: "Жогорку
// сотунун чечими менен", "по решению Верховного суда", "by a decision of
// the Supreme Court".
func (v *sview) decisionBody() *mention {
	for _, m := range v.ms {
		if m.ent == nil || m.typ != dossier.Organization || m.nested {
			continue
		}
		switch v.lang {
		case "ky", "kk":
			if m.end < len(v.words) && m.lastCase == morph.Gen && hasAnyPrefix(v.words[m.end], "чечим", "токтом", "аныктама", "буйру") {
				return m
			}
		case "ru":
			if k := m.start - 1; k >= 0 && hasAnyPrefix(v.words[k], "решени", "постановлени", "определени", "приговор", "заключени") {
				return m
			}
		default:
			k := m.start - 1
			if k >= 0 && v.words[k] == "the" {
				k--
			}
			if k >= 1 && v.words[k] == "of" {
				switch v.words[k-1] {
				case "decision", "ruling", "resolution", "order", "decree", "verdict":
					return m
				}
			}
		}
	}
	return nil
}

// otherEventBetween reports a birth, death, execution or exile named
// between the trigger at i and the date d: the date is that event's.
func (v *sview) otherEventBetween(i int, d *dossier.Date) bool {
	for _, dm := range v.ds {
		if dm.date.ISO() != d.ISO() {
			continue
		}
		lo, hi := min(i, dm.start), max(i, dm.start)
		for _, fam := range []string{"born", "died", "executed", "exiled"} {
			for _, h := range v.find(fam) {
				if h[0] > lo && h[0] < hi {
					return true
				}
			}
		}
		return false
	}
	return false
}

// dateLenAt is the number of tokens of a date that starts at token k or
// one token later ("в июне 1955 г."), with one for the token before it;
// 0 without one.
func (v *sview) dateLenAt(k int) int {
	for _, dm := range v.ds {
		if dm.start == k || dm.start == k+1 {
			return dm.end - k + 1
		}
	}
	return 0
}

// alliance finds sides taken: "X took the side of Y", "X перешел на сторону
// Y", "X менен бирге".
func (v *sview) alliance() {
	for _, hit := range v.find("allied") {
		i, n := hit[0], hit[1]
		var other *mention
		if v.lang == "ky" {
			other = v.nearestBefore(i, true, dossier.Person, dossier.Organization)
		} else {
			// "allied with the peasant army of K. Monstrov": past an army's
			// or a detachment's words to whose they are
			other = v.nearestAfter(i+n, 7, dossier.Person, dossier.Organization)
			if other != nil && other.start-(i+n) > 4 && !v.forcesOf(i+n, other.start) {
				other = nil
			}
		}
		if n == 1 && joinVerb(v.words[i]) && (other == nil || other.typ != dossier.Person || v.lang == "en" && other.start > i+n || v.lang != "en" && other.lastCase != morph.Dat) {
			continue // "joined the party" is membership; one joins a person's side
		}
		pronoun := other == nil && v.lang == "en" && v.objectPronoun(i+n)
		if other == nil && !pronoun {
			continue
		}
		subj := v.personFor(i)
		var subjs []*entity
		if v.lang == "ky" {
			subj = v.subjectOfSentence()
			if subj == nil {
				// "Курширматтын жана Мадаминбектин отряддары Энвер Пашага
				// кошулган": the bands' leaders, in the genitive
				subjs = v.forcesLeaders(i)
			}
		}
		if subj == nil && v.lang != "ky" {
			// a body allies too: "the Fergana Basmachi had allied with …"
			if m := v.nearestBefore(i, true, dossier.Organization); m != nil && m.ent != nil && (v.lang == "en" && !v.prepositionObject(m) || v.lang != "en" && m.lastCase == morph.Nom) {
				subj = m.ent
			}
		}
		if subj != nil {
			// "переход отрядов Куршермата и Мадамин-бека на сторону …"
			subjs = append([]*entity{subj}, v.coordinatedBefore(subj, i)...)
		}
		for _, subj := range subjs {
			if other != nil && other.ent == subj {
				continue
			}
			obj := (*entity)(nil)
			if pronoun {
				// "later joined forces with him": the person last named
				// before, other than the subject
				if obj = v.lastOtherPerson(subj, i); obj == nil {
					continue
				}
			} else {
				obj = other.ent
			}
			v.put(draft{subj: subj, obj: obj, pred: dossier.AlliedWith, date: v.dateNear(i), stance: v.stance(i, n), rule: v.lang + "-allied", conf: 0.65})
		}
	}
}

// joinVerb reports "joined" or Kyrgyz "кошулган": an alliance only with a
// person ("joined Enver Pasha", "Энвер Пашага кошулган"), membership with
// a body.
func joinVerb(w string) bool { return w == "joined" || strings.HasPrefix(w, "кошул") }

// forcesLeaders returns the people in the genitive, joined by "жана" or
// commas, right before a word for armed forces before token i: Kyrgyz
// "Курширматтын жана Мадаминбектин отряддары".
func (v *sview) forcesLeaders(i int) []*entity {
	var out []*entity
	for _, m := range v.ms {
		if m.end >= i || m.ent == nil || m.typ != dossier.Person || m.lastCase != morph.Gen {
			continue
		}
		k := m.end
		for k < i && (v.words[k] == "жана" || v.words[k] == ",") {
			k++
		}
		if o := v.mentionAt(k); o != nil && o.typ == dossier.Person && o.lastCase == morph.Gen {
			k = o.end // the next leader of the list
			for k < i && v.mentionAt(k) != nil {
				k = v.mentionAt(k).end
			}
		}
		if k < i && v.forcesOf(k, k+1) {
			out = appendEnt(out, m.ent)
		}
	}
	return out
}

// forcesOf reports words between tokens a and b that name someone's armed
// force ("the peasant army of", "крестьянской армией", "the detachments
// of"): the one named after them is the ally.
func (v *sview) forcesOf(a, b int) bool {
	for k := a; k < b; k++ {
		if hasAnyPrefix(v.words[k], "army", "armies", "forces", "detachment", "troops", "band", "армия", "армией", "армии", "отряд", "войск", "аскер", "кошуун", "отряды") {
			return true
		}
	}
	return false
}

// objectPronoun reports "him", or "her" as an object, not a possessive
// ("with her infant son"), at token k.
func (v *sview) objectPronoun(k int) bool {
	if k >= len(v.words) {
		return false
	}
	switch v.words[k] {
	case "him":
		return true
	case "her":
		return k+1 == len(v.words) || v.toks[k+1].Kind == segment.Punct || objectFollowers[v.words[k+1]]
	}
	return false
}

var objectFollowers = map[string]bool{"in": true, "at": true, "and": true, "against": true, "on": true, "until": true, "from": true}

// lastOtherPerson returns the person named last before token i of this
// sentence or in the three sentences before it, other than subj.
func (v *sview) lastOtherPerson(subj *entity, i int) *entity {
	d := v.d
	for k := v.si; k >= 0 && k >= v.si-3; k-- {
		ms := d.ments[k]
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.ent == nil || m.typ != dossier.Person || m.ent == subj || k == v.si && m.start >= i {
				continue
			}
			return m.ent
		}
	}
	return nil
}

// participation finds "X took part in / participated in EVENT", "X
// көтөрүлүшкө катышкан", "X участвовал в EVENT".
func (v *sview) participation() {
	for _, hit := range v.find("participated") {
		i, n := hit[0], hit[1]
		var ev *mention
		if v.lang == "ky" {
			ev = v.nearestBefore(i, true, dossier.Event)
		} else {
			ev = v.nearestAfter(i+n, 6, dossier.Event)
		}
		if ev == nil {
			continue
		}
		subj := v.personFor(i)
		if subj == nil {
			continue
		}
		v.put(draft{subj: subj, obj: ev.ent, pred: dossier.ParticipatedIn, date: v.dateNear(i), stance: v.stance(i, n), rule: v.lang + "-participated", conf: 0.65})
	}
}

// moreRules are the names of rehabilitation's and location's rules, a
// read-only table.
var moreRules = struct {
	rehabGapped, rehabDate, rehabBy              langRule
	commaChain, inSettlement, partOf, parenPlace langRule
}{
	rehabGapped: newLangRule("rehabilitated-gapped"), rehabDate: newLangRule("rehabilitated-date"), rehabBy: newLangRule("rehabilitated-by"),
	commaChain: newLangRule("comma-chain"), inSettlement: newLangRule("in-settlement"), partOf: newLangRule("part-of"), parenPlace: newLangRule("paren-place"),
}

// location finds where places and bodies are: "X (Y шаары)", "X, a city in
// Y", "X (the current capital of Y)", "X, in Y", "Y's X", "ORG in PLACE",
// Kyrgyz genitive chains of places ("Фергана облусунун Маргалан уездинин
// Охна кыштагында") and attributive locatives ("Уфадагы “Шарк” басмасы").
func (v *sview) location() {
	ms := v.topMentions()
	for a := 0; a < len(ms); a++ {
		x := ms[a]
		if x.typ == dossier.Person {
			continue
		}
		for b := a + 1; b < len(ms) && b <= a+2; b++ {
			y := ms[b]
			if y.typ != dossier.Place || x.ent == y.ent || y.start < x.end {
				continue
			}
			gap := v.words[x.end:y.start]
			switch {
			case v.lang == "en" && x.typ != dossier.Person && ((isGap(gap, ",", "in") || isGap(gap, "in")) && v.smallPlace(x) || isGap(gap, "in") && v.seated(x) || isGap(gap, "based", "in") || isGap(gap, ",", "based", "in") || isGap(gap, "held", "in")):
				v.locate(x, y, "en-in")
			case v.lang == "en" && (isGap(gap, "(", "the", "current", "capital", "of") || isGap(gap, "(", "the", "capital", "of") || isGap(gap, ",", "the", "capital", "of") || isGap(gap, ",", "which", "was", "then", "part", "of", "the") || isGap(gap, ",", "which", "was", "part", "of", "the") || isGap(gap, ",", "part", "of")):
				v.locate(x, y, "en-capital-of")
			case v.lang == "en" && len(gap) >= 3 && gap[0] == "," && (gap[1] == "a" || gap[1] == "the") && wordNearEnd(gap, "in", 3) && isSettlementWord(gap):
				v.locate(x, y, "en-a-city-in")
			case (v.lang == "ky" || v.lang == "kk") && x.typ == dossier.Place && x.lastCase == morph.Gen && len(gap) == 0:
				v.locate(y, x, "ky-genitive-chain")
			case v.lang == "ru" && len(gap) >= 2 && gap[0] == "(" && gap[1] == "территория":
				v.locate(x, y, "ru-paren-territory")
			case v.lang == "ru" && x.typ == dossier.Place && (len(gap) == 0 || isGap(gap, ".") && abbreviatedHeads[v.words[x.end-1]]) && (y.lastCase == morph.Gen || y.lastCase == morph.Unknown) && v.smallerThan(x, y):
				// "Каркаралинский уезд Семипалатинской области"
				v.locate(x, y, "ru-genitive-chain")
			case v.lang == "en" && x.typ == dossier.Place && (isGap(gap, "of") || isGap(gap, "of", "the")) && v.adminUnit(x) && v.smallerThan(x, y):
				// "Osh Oblast of Kyrgyzstan"
				v.locate(x, y, "en-of-chain")
			case x.typ == dossier.Place && (isGap(gap, ",") || len(gap) == 2 && v.settlementWord(gap[0]) && gap[1] == ",") && v.adminUnit(y) && v.smallerThan(x, y):
				// "Karkaraly, Semipalatinsk Oblast"; "Tekesu aul, Karkaraly
				// district"; "Эскиарык кыштагы, Ахангаран району"
				v.locate(x, y, v.rule(&moreRules.commaChain))
			case (v.lang == "ky" || v.lang == "ru") && x.typ == dossier.Place && isGap(gap, ",") && v.adminUnit(x) && v.smallerThan(y, x) && v.settlementAfter(y):
				// "Ысык-Көл, Чырпыкты айылы": from the larger to the smaller
				v.locate(y, x, v.rule(&moreRules.commaChain))
			case (v.lang == "ky" || v.lang == "kk") && x.typ == dossier.Place && x.lastCase == morph.Gen && len(gap) == 1 && isRelativeWord(gap[0]):
				// "Ысык-Көлдүн жээгиндеги Чырпыкты айылында"
				v.locate(y, x, "ky-genitive-relative")
			case v.lang == "ru" && x.typ != dossier.Person && (isGap(gap, "в") || isGap(gap, "во")) && (v.smallPlace(x) || v.seated(x)) && y.lastCase != morph.Acc && !(x.start > 0 && v.words[x.start-1] == "из"):
				// "краевой Совнарком в Ташкенте" (not "из Москвы в Киргизию",
				// a way from one to the other)
				v.locate(x, y, "ru-v")
			case x.typ != dossier.Person && settlementGap(v.lang, gap) && (v.smallPlace(x) || v.seated(x)):
				// "лагерное отделение в посёлке Кенгир", "a camp in the
				// village of Dolinka": the kind of place named between
				v.locate(x, y, v.rule(&moreRules.inSettlement))
			case v.lang == "ru" && x.typ != dossier.Person && ruLocatedGap(gap) && (v.smallPlace(x) || v.seated(x)) && (x.typ != dossier.Place || v.smallerThan(x, y)):
				// "Урочище Чон-Таш находится в Аламединском районе",
				// "музей расположен в Бишкеке"
				v.locate(x, y, "ru-located-in")
			case x.typ == dossier.Place && partOfGap(v.lang, gap) && v.smallPlace(x):
				// "Кенгир сегодня — часть города Жезказгана", "Kengir, now
				// part of Zhezkazgan"
				v.locate(x, y, v.rule(&moreRules.partOf))
			case v.enLocated(x, y, gap):
				// "the village of X in the Y district", "X, the centre of Y"
			}
		}
		// Kyrgyz: the place in brackets after another: "Өзбекстанга (Ташкент шаары)"
		if x.typ == dossier.Place && x.end < len(v.toks) && v.toks[x.end].Text == "(" {
			if y := v.nearestAfter(x.end+1, 0, dossier.Place); y != nil && v.settlementAfter(y) {
				v.locate(y, x, v.rule(&moreRules.parenPlace))
			}
		}
		// Kyrgyz attributive locative: "Уфадагы “Шарк” басмасы", "Орусиядагы Оренбург"
		if (v.lang == "ky" || v.lang == "kk") && x.typ == dossier.Place && x.lastCase == morph.AttrLoc {
			if y := v.nearestAfter(x.end, 2, dossier.Organization, dossier.Place); y != nil {
				v.locate(y, x, "ky-attributive")
			}
		}
		// possessive: "Moscow's Central Gulag Museum"
		if v.lang == "en" && x.typ == dossier.Place && hasPossessive(v.toks[x.end-1].Text) {
			if y := v.nearestAfter(x.end, 0, dossier.Organization); y != nil {
				v.locate(y, x, "en-possessive")
			}
		}
	}
	// "X шаарында жайгашкан Y"
	for _, hit := range v.find("located") {
		i := hit[0]
		if v.lang != "ky" {
			continue
		}
		p := v.nearestBefore(i, true, dossier.Place)
		o := v.nearestAfter(i+hit[1], 2, dossier.Organization, dossier.Place)
		if p != nil && o != nil {
			v.locate(o, p, "ky-located")
		}
	}
}

func (v *sview) locate(x, y *mention, rule string) {
	if x.ent == nil || y.ent == nil || x.ent == y.ent {
		return
	}
	v.put(draft{subj: x.ent, obj: y.ent, pred: dossier.LocatedIn, rule: rule, conf: 0.65, span: v.evidenceSpan(min(x.start, y.start), max(x.end, y.end))})
}

// topMentions are the sentence's mentions that are not inside another, in
// the view's scratch (valid until the next call).
func (v *sview) topMentions() []*mention {
	out := v.tops[:0]
	for _, m := range v.ms {
		if m.ent != nil && !m.nested {
			out = append(out, m)
		}
	}
	v.tops = out
	return out
}

func isGap(gap []string, want ...string) bool {
	if len(gap) != len(want) {
		return false
	}
	for i := range gap {
		if gap[i] != want[i] {
			return false
		}
	}
	return true
}

// wordNearEnd reports w among the last n words of gap ("in" in "a city
// in southwest", "of" in "a city of the").
func wordNearEnd(gap []string, w string, n int) bool {
	for k := len(gap) - 1; k >= 0 && k >= len(gap)-n; k-- {
		if gap[k] == w {
			return true
		}
	}
	return false
}

// settlementGap reports "в посёлке", "в городе", "in the village of", "in
// the town of": a preposition and the kind of settlement named after it.
func settlementGap(lang string, gap []string) bool {
	switch lang {
	case "ru":
		return len(gap) == 2 && (gap[0] == "в" || gap[0] == "во") && ruSettlementsPrep[gap[1]]
	case "en":
		return len(gap) == 4 && gap[0] == "in" && gap[1] == "the" && isSettlementWord(gap[2:3]) && gap[3] == "of"
	}
	return false
}

// ruSettlementsPrep are kinds of settlement in the prepositional case.
var ruSettlementsPrep = map[string]bool{
	"посёлке": true, "поселке": true, "городе": true, "селе": true, "ауле": true, "кишлаке": true,
	"деревне": true, "станице": true, "местечке": true, "урочище": true,
}

// partOfGap reports the words between a place and the one it is part of:
// "— часть", "сегодня — часть города", "является частью", ", now part of",
// "is now part of the": a copula or dash, an adverb of time, "part of" and
// the kind of the larger place. Nothing else may stand between.
func partOfGap(lang string, gap []string) bool {
	if len(gap) < 2 || len(gap) > 6 {
		return false
	}
	part := -1
	for k, w := range gap {
		switch {
		case lang == "ru" && (w == "часть" || w == "частью"):
			part = k
		case lang == "en" && w == "part" && k+1 < len(gap) && gap[k+1] == "of":
			part = k
		}
	}
	if part < 0 {
		return false
	}
	for k, w := range gap {
		if k == part {
			continue
		}
		switch lang {
		case "ru":
			if k < part && !partOfLeadRu[w] || k > part && !ruSettlementsGen[w] {
				return false
			}
		case "en":
			if k < part && !partOfLeadEn[w] || k > part && w != "of" && w != "the" && !isSettlementWord([]string{w}) {
				return false
			}
		}
	}
	return true
}

var (
	partOfLeadRu     = map[string]bool{"—": true, "-": true, ",": true, "сегодня": true, "ныне": true, "теперь": true, "сейчас": true, "является": true, "стал": true, "стала": true, "стало": true, "был": true, "была": true, "было": true}
	partOfLeadEn     = map[string]bool{",": true, "—": true, "now": true, "today": true, "is": true, "was": true, "became": true, "has": true, "become": true, "a": true}
	ruSettlementsGen = map[string]bool{"города": true, "посёлка": true, "поселка": true, "села": true, "района": true, "области": true, "округа": true, "аула": true}
)

func isSettlementWord(gap []string) bool {
	for _, w := range gap {
		switch w {
		case "city", "town", "village", "settlement", "region", "district", "province":
			return true
		}
	}
	return false
}

// seatHeads are bodies that sit somewhere ("RFE/RL's Kyrgyz Service in
// Bishkek"), unlike movements and agencies that act everywhere ("the Cheka
// in Turkestan").
var seatHeads = map[string]bool{
	"council": true, "government": true, "sovnarkom": true, "court": true, "ministry": true, "commissariat": true,
	"совнарком": true, "правительство": true, "суд": true, "университет": true, "институт": true, "музей": true,
	"архив": true, "редакция": true, "штаб": true, "лагерь": true, "отделение": true, "управление": true,
	"тюрьма": true, "колония": true, "комендатура": true, "завод": true, "фабрика": true, "школа": true,
	"театр": true, "библиотека": true, "больница": true,
	"museum": true, "university": true, "institute": true, "school": true, "office": true, "service": true,
	"newsroom": true, "archive": true, "archives": true, "library": true, "seminary": true, "madrasa": true,
	"press": true, "bank": true, "factory": true, "mine": true, "camp": true, "academy": true, "theatre": true,
	"theater": true, "centre": true, "center": true, "embassy": true, "consulate": true, "mosque": true,
}

func (v *sview) seated(m *mention) bool {
	if m.typ != dossier.Organization {
		return false
	}
	for k := m.start; k < m.end; k++ {
		if seatHeads[v.words[k]] || seatHeads[v.d.x.baseWord(v.words[k])] {
			return true
		}
	}
	return false
}

// smallPlace reports a place that can lie in another: a settlement, a
// district, a site — or one the gazetteer does not know. A state or a
// republic "in" something is a different construction ("the RSFSR's
// plenipotentiary in Afghanistan").
func (v *sview) smallPlace(m *mention) bool {
	if m.typ != dossier.Place || m.ent == nil {
		return false
	}
	if m.ent.entry < 0 {
		return true
	}
	switch v.d.x.gaz.Entry(m.ent.entry).Class {
	case "country", "republic", "autonomous-oblast", "region", "sea":
		return false
	}
	return true
}

// rank orders places by size for containment: settlements and sites
// smallest, then volosts, districts and uezds, provinces, republics and
// countries.
func (v *sview) rank(m *mention) int {
	if m.ent != nil && m.ent.entry >= 0 {
		switch v.d.x.gaz.Entry(m.ent.entry).Class {
		case "village", "building", "camp", "execution-site":
			return 1
		case "city", "town":
			return 2
		case "volost":
			return 3
		case "district", "uezd":
			return 4
		case "oblast", "autonomous-oblast", "region", "lake", "valley":
			return 5
		case "republic":
			return 6
		case "country":
			return 7
		}
	}
	// an unknown place named with an administrative head: a volost lies
	// in an uezd ("Кара-Суйской волости Ошского уезда")
	for k := m.start; k < m.end; k++ {
		w := v.words[k]
		switch {
		case w == "вол" || strings.HasPrefix(w, "волост") || strings.HasPrefix(w, "болушт") || w == "volost":
			return 3
		case w == "у" || w == "р" && k+2 < m.end && v.words[k+1] == "-":
			return 4
		case w == "губ" || w == "окр":
			return 5
		case strings.HasPrefix(w, "уезд") || strings.HasPrefix(w, "район") || w == "district" || w == "uezd" || w == "raion":
			return 4
		case strings.HasPrefix(w, "област") || strings.HasPrefix(w, "облус") || strings.HasPrefix(w, "обл") || strings.HasPrefix(w, "губерни") || strings.HasPrefix(w, "край") || w == "oblast" || w == "province" || w == "region" || w == "governorate":
			return 5
		}
	}
	if m.ent != nil && m.ent.entry < 0 {
		return 1 // an unknown place without a head: a settlement, most likely
	}
	return 2
}

// settlementWord reports the word for a kind of settlement after a
// place's name: English "aul", "village"; Kyrgyz "кыштагы", "айылы".
func (v *sview) settlementWord(w string) bool {
	switch v.lang {
	case "en":
		return names.SettlementAfter(w)
	case "ky", "kk":
		return v.d.kySettlementWord(w)
	}
	return false
}

func (v *sview) smallerThan(x, y *mention) bool { return v.rank(x) < v.rank(y) }

func (v *sview) adminUnit(m *mention) bool { return v.rank(m) >= 3 }

func isRelativeWord(w string) bool {
	for _, p := range relativeWords {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return strings.HasPrefix(w, "аймагы") || strings.HasPrefix(w, "аймагын")
}

// ruRehabilitatedPronoun returns the person a Russian object pronoun
// stands for beside an active verb of rehabilitation (a finite form:
// "реабилитировал", "реабилитировала", "реабилитировали") ("Военная коллегия
// реабилитировала его", "в 1958 году его реабилитировали"): the last man
// (for "его") or woman ("её") named before it, in any case, in this
// sentence or the three before ("В деле Абдрахманова хранятся
// протоколы …"), else the topic; or the person named as the object right
// after the verb ("реабилитировала Сейфуллина посмертно"). "его" before a
// noun is a possessive ("реабилитировала его отца"), not the object: nil.
func (v *sview) ruRehabilitatedPronoun(i, n int) *entity {
	if w := v.words[i]; !strings.HasSuffix(w, "л") && !strings.HasSuffix(w, "ла") && !strings.HasSuffix(w, "ли") {
		return nil
	}
	if m := v.mentionAt(i + n); m != nil && m.typ == dossier.Person && m.lastCase != morph.Nom && m.lastCase != morph.Dat {
		return m.ent // "… отменила приговор и реабилитировала Сейфуллина посмертно"
	}
	k := -1
	switch {
	case i+n < len(v.words) && ruObjectPronoun(v.words[i+n]):
		k = i + n
		if k+1 < len(v.words) && v.toks[k+1].Kind == segment.Word && !v.toks[k+1].Upper() && v.words[k+1] != "в" && v.words[k+1] != "посмертно" && v.words[k+1] != "только" && v.words[k+1] != "лишь" {
			return nil
		}
	case i > 0 && ruObjectPronoun(v.words[i-1]):
		k = i - 1
	default:
		return nil
	}
	g := byte('m')
	if v.words[k] != "его" {
		g = 'f'
	}
	m := v.lastMentionBefore(k, dossier.Person, func(_ int, m *mention) bool {
		mg := v.d.x.entityGender(m.ent)
		return mg == 0 || mg == g
	})
	if m != nil {
		return m.ent
	}
	return v.pronounReferent()
}

// ruObjectPronoun reports a Russian third-person pronoun in the
// accusative singular: "его", "её", "ее".
func ruObjectPronoun(w string) bool { return w == "его" || w == "её" || w == "ее" }

// ruLocatedVerbs are the Russian verbs of where a thing is: "находится",
// "расположен" (in the tenses and genders a sentence uses them in).
var ruLocatedVerbs = map[string]bool{"находится": true, "находился": true, "находилась": true, "находилось": true, "находятся": true,
	"расположен": true, "расположена": true, "расположено": true, "располагается": true, "располагался": true, "располагалась": true}

// ruLocatedGap reports the words between a place or body and the place it
// is in as a Russian verb of location and "в" ("Чон-Таш находится в
// Аламединском районе"), with "ныне" or "сейчас" before the verb.
func ruLocatedGap(gap []string) bool {
	if len(gap) > 0 && (gap[0] == "ныне" || gap[0] == "сейчас" || gap[0] == "теперь") {
		gap = gap[1:]
	}
	return len(gap) == 2 && ruLocatedVerbs[gap[0]] && (gap[1] == "в" || gap[1] == "во")
}
