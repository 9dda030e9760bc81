package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/morph"
)

// letters finds letters, telegrams and reports stated in a sentence:
// en "X wrote to Y (from P)", "X reported … from P to Y"; ru "X написал Y",
// "письмо X Y"; ky "X Y-ге кат жазган", "X-дын Y-ге жазган каты". The
// recipient is the person or body after "to" (English) or in the dative
// (Kyrgyz, Russian); the sender a person before the verb, or a genitive
// next to the letter noun, or the sentence's topic.
func (v *sview) letters() {
	switch v.lang {
	case "en":
		v.lettersEnglish()
	default:
		v.lettersCase()
	}
}

func (v *sview) lettersEnglish() {
	for _, hit := range append(v.find("letter_verbs"), v.find("report_verbs")...) {
		i, n := hit[0], hit[1]
		report := v.match("report_verbs", i) > 0
		// the recipient: after "to" within the clause
		var rcpt *mention
		var place *mention
		for k := i + n; k < len(v.toks) && k < i+n+14; k++ {
			if v.toks[k].Text == "." || v.toks[k].Text == ";" {
				break
			}
			if v.words[k] == "to" && rcpt == nil {
				rcpt = v.recipientAfter(k + 1)
			}
			if v.words[k] == "from" && place == nil {
				place = v.nearestAfter(k+1, 2, dossier.Place)
			}
		}
		if rcpt == nil {
			// "sent a telegram to Moscow from Tashkent": no addressee the
			// graph can hold, but where the writer was
			if place != nil && (report || v.hasLetterNoun(i, i+n+6)) {
				if subj := v.personFor(i); subj != nil {
					v.put(draft{subj: subj, obj: place.ent, pred: dossier.ReportedFrom, date: v.dateNear(i), stance: v.stance(i, n), rule: "en-letter-from", conf: 0.75})
				}
			}
			continue
		}
		// a letter verb needs a letter word or "to" right after: "wrote to"
		letterish := !report
		if v.words[i] == "sent" || v.words[i] == "addressed" || v.words[i] == "forwarded" {
			letterish = v.hasLetterNoun(i, i+n+6) || v.letterNounBefore(i)
		}
		if !letterish && !report {
			continue
		}
		subj := v.personFor(i)
		if subj == nil && report {
			// a body reports too: "The commission reported to Lenin …"
			subj = v.bodySubject(i)
		}
		if subj == nil || subj == rcpt.ent {
			continue
		}
		st := v.stance(i, n)
		date := v.dateNear(i)
		pred := dossier.WroteTo
		if report {
			pred = dossier.ReportedTo
		}
		// "wrote to Stalin and Trotsky": every addressee joined to the first
		for _, rc := range append([]*mention{rcpt}, v.joinedAfter(rcpt)...) {
			if rc.ent == subj {
				continue
			}
			f := &draft{subj: subj, obj: rc.ent, pred: pred, date: date, stance: st, rule: "en-letter-verb", conf: 0.8}
			if place != nil {
				f.place = place.ent
			}
			v.add(f)
		}
		if place != nil {
			v.put(draft{subj: subj, obj: place.ent, pred: dossier.ReportedFrom, date: date, stance: st, rule: "en-letter-from", conf: 0.8})
		}
	}
	// "a letter/telegram from X to Y", "X's letter to Y"
	for _, hit := range v.find("letter_nouns") {
		i := hit[0]
		var sender *entity
		if i+2 < len(v.toks) && (v.words[i+1] == "from" || v.words[i+1] == "of" || v.words[i+1] == "by") {
			// "a letter from X", "the telegram of X", "a report by X"
			if m := v.nearestAfter(i+2, 1, dossier.Person); m != nil {
				sender = m.ent
			}
		}
		if i > 0 {
			if m := v.nearestBefore(i, true, dossier.Person); m != nil && m.end == i && v.toks[m.end-1].Text != "" && hasPossessive(v.toks[m.end-1].Text) {
				sender = m.ent
			}
			if v.words[i-1] == "his" || v.words[i-1] == "her" {
				sender = v.pronounReferent() // "Lenin answered. His note, addressed to …"
			}
		}
		window := 8
		if sender == nil && i >= 2 && v.words[i-2] == "in" {
			// "In a letter of 1929 he complained to Stalin …": the clause
			// after the letter noun has the writer and the addressee
			for k := i + 1; k < len(v.toks) && k < i+14; k++ {
				if v.words[k] == "to" {
					sender = v.personFor(k)
					break
				}
			}
			if sender == nil {
				// "In a letter of 1927 to the Central Committee he
				// complained …": the clause's subject after the addressee
				sender = v.writerAfter(i+1, i+14)
			}
			window = 14
		}
		if sender == nil {
			continue
		}
		for k := i + 1; k < len(v.toks) && k < i+window; k++ {
			if v.words[k] == "to" {
				r := v.recipientAfter(k + 1)
				if r != nil && r.ent == sender {
					// "In a letter to the Central Committee of 1927,
					// Dzhamankulov complained": the writer follows the body
					r = v.nearestAfter(k+1, 3, dossier.Organization, dossier.Event)
				}
				if r == nil {
					break
				}
				// "to Eliava and Frunze": every addressee joined to the first
				joined := append([]*mention{r}, v.joinedAfter(r)...)
				// a catalogue's "…, 12 April 1933, Frunze": where it was written
				place := v.placeAfterDateFrom(joined[len(joined)-1].end)
				for _, rc := range joined {
					if rc.ent != sender {
						f := &draft{subj: sender, obj: rc.ent, pred: dossier.WroteTo, date: v.dateNear(i), stance: v.stance(i, 1), rule: "en-letter-noun", conf: 0.75}
						if place != nil {
							f.place = place.ent
						}
						v.add(f)
					}
				}
				if place != nil {
					v.put(draft{subj: sender, obj: place.ent, pred: dossier.ReportedFrom, date: v.dateNear(i), stance: v.stance(i, 1), rule: "en-letter-noun-place", conf: 0.7})
				}
				break
			}
		}
	}
}

// writerAfter returns the first person of tokens [from, to) who is not
// an addressee (after "to"): a name, or "he"/"she" for the person the
// pronoun stands for.
func (v *sview) writerAfter(from, to int) *entity {
	for k := from; k < len(v.toks) && k < to; k++ {
		switch {
		case v.words[k] == "he" || v.words[k] == "she":
			return v.pronounReferent()
		case v.words[k] == "to":
			if m := v.mentionAt(k + 1); m != nil {
				k = m.end - 1 // the addressee
			}
		default:
			if m := v.mentionAt(k); m != nil && m.typ == dossier.Person && m.ent != nil {
				return m.ent
			}
		}
	}
	return nil
}

// bodySubject is the body a clause before token i opens with: a body's
// name, or "the commission", "it" for the body named before.
func (v *sview) bodySubject(i int) *entity {
	lo, _ := v.clause(i)
	if m := v.nearestBefore(i, true, dossier.Organization); m != nil && m.ent != nil && m.start <= lo+2 {
		return m.ent
	}
	if m := v.anaphoricBody(lo); m != nil {
		return m.ent
	}
	return nil
}

// placeAfterDateFrom finds, from token k on, a date followed by a comma
// and a place ("…, 12 April 1933, Frunze."), as a catalogue writes where a
// letter was written; nil if the sentence has none there.
func (v *sview) placeAfterDateFrom(k int) *mention {
	for _, dm := range v.ds {
		if dm.start < k || dm.start > k+8 {
			continue
		}
		if dm.end+1 < len(v.toks) && v.toks[dm.end].Text == "," {
			if m := v.mentionAt(dm.end + 1); m != nil && m.typ == dossier.Place && m.ent != nil {
				return m
			}
		}
	}
	return nil
}

// joinedAfter returns the people or bodies joined to m by "and", "or" or
// commas right after it ("to Eliava, Kuibyshev and Frunze").
func (v *sview) joinedAfter(m *mention) []*mention {
	var out []*mention
	k := m.end
	for k < len(v.toks) {
		j := k
		for j < len(v.toks) && (v.toks[j].Text == "," || v.words[j] == "and" || v.words[j] == "or" || v.words[j] == "и" || v.words[j] == "жана") {
			j++
		}
		if j == k {
			break
		}
		next := v.mentionAt(j)
		if next == nil || next.ent == nil || next.typ != m.typ {
			break
		}
		out = append(out, next)
		k = next.end
	}
	return out
}

func hasPossessive(w string) bool {
	n := len(w)
	return n > 2 && (w[n-2:] == "'s" || w[n-1] == '\'')
}

// recipientAfter finds the recipient after "to": the first person in the
// next dozen tokens (skipping an appositive like "the Plenipotentiary of the
// RSFSR in Afghanistan, Raskolnikov"), else the first organisation or event.
func (v *sview) recipientAfter(k int) *mention {
	if p := v.nearestAfter(k, 12, dossier.Person); p != nil {
		// only if no full stop intervenes
		ok := true
		for j := k; j < p.start; j++ {
			if v.toks[j].Text == "." && !v.toks[j].Space {
				continue
			}
			if v.toks[j].Text == ";" {
				ok = false
			}
		}
		if ok {
			return p
		}
	}
	return v.nearestAfter(k, 3, dossier.Organization, dossier.Event)
}

func (v *sview) hasLetterNoun(a, b int) bool {
	for k := a; k < b && k < len(v.toks); k++ {
		if v.match("letter_nouns", k) > 0 {
			return true
		}
	}
	return false
}

// letterNounBefore reports a letter noun whose relative clause holds the
// verb at i: "a letter that Turar Ryskulov sent from Moscow to Stalin".
func (v *sview) letterNounBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if v.words[k] != "that" && v.words[k] != "which" {
			continue
		}
		return k > 0 && v.match("letter_nouns", k-1) > 0
	}
	return false
}

// lettersCase handles Kyrgyz and Russian: a letter verb (жазган,
// кайрылган, написал) or noun (кат, письмо) with a recipient in the dative
// next to it ("Сталинге кат жазган", "Сталинге жазган каты", "письмо
// Сталину", "написал Сталину") and a sender in the nominative or the
// genitive ("Абдрахмановдун Сталинге жазган каты", "Письмо Ф.Ходжаева
// Петерсу"). A verb alone needs a person as recipient; a noun alone needs a
// sender in the sentence. A sentence that goes on about a letter already
// stated ("Биринчи катын … жазган") inherits its writer and recipient.
func (v *sview) lettersCase() {
	verbs := v.find("letter_verbs")
	nouns := v.find("letter_nouns")
	if len(verbs) == 0 && len(nouns) == 0 {
		return
	}
	anchors := append(append([][2]int{}, verbs...), nouns...)
	// the recipient: in Russian the dative after the verb or noun ("написал
	// Сталину", "письмо Сталину"); in Kyrgyz anywhere before the verb (the
	// verb ends the clause) or right before the noun ("Сталинге кат")
	near := func(m *mention) bool {
		for k, a := range anchors {
			verb := k < len(verbs)
			switch {
			case v.lang == "ru" && m.start >= a[0]+a[1] && m.start-(a[0]+a[1]) <= 4:
				return true
			case v.lang != "ru" && verb && m.end <= a[0]:
				return true
			case m.end <= a[0] && a[0]-m.end <= 3:
				return true
			}
		}
		return false
	}
	var rcpt, sender *mention
	for _, m := range v.ms {
		if m.ent == nil || m.nested || m.lastCase != morph.Dat {
			continue
		}
		if m.end < len(v.words) && datPostpositions[v.words[m.end]] {
			continue // "Жусупка окшоп" (like Zhusup), "Сталинге каршы" (against Stalin)
		}
		if (m.typ == dossier.Person || m.typ == dossier.Organization) && near(m) {
			if rcpt == nil || m.typ == dossier.Person && rcpt.typ != dossier.Person {
				rcpt = m
			}
		}
	}
	anchor := anchors[0][0]
	n := anchors[0][1]
	if len(verbs) > 0 {
		anchor, n = verbs[len(verbs)-1][0], verbs[len(verbs)-1][1]
	}
	if rcpt == nil && v.lang == "ru" && len(verbs) > 0 && len(nouns) > 0 {
		// "направила в ЦК РКП(б) письмо": a body after "в" next to the
		// verb and the letter noun is where the letter went
		for _, m := range v.ms {
			if m.ent != nil && !m.nested && m.typ == dossier.Organization && m.start > 0 && v.words[m.start-1] == "в" && near(m) {
				rcpt = m
				break
			}
		}
	}
	for _, m := range v.ms {
		if m.ent == nil || m.nested || m.typ != dossier.Person || (rcpt != nil && m.ent == rcpt.ent) {
			continue
		}
		if m.lastCase == morph.Nom || m.lastCase == morph.Gen || m.lastCase == morph.Unknown {
			// a nominative first; of several, the last before the verb
			// ("Камерон напомнила, что Рыскулов направил Сталину письмо")
			if sender == nil || (sender.lastCase != morph.Nom && m.lastCase == morph.Nom) ||
				(v.lang == "ru" && sender.lastCase == morph.Nom && m.lastCase == morph.Nom && m.end <= anchor && sender.end <= anchor) {
				sender = m
			}
		}
	}
	if rcpt != nil && (v.lang == "ky" || v.lang == "kk") {
		// "Исакеевдин Сталинге жазган каттарын": the genitive right before
		// the addressee owns the letter, whoever reads it out
		for _, m := range v.ms {
			if m.ent != nil && !m.nested && m.typ == dossier.Person && m.lastCase == morph.Gen && m.end == rcpt.start {
				sender = m
			}
		}
	}
	if v.lang == "ru" {
		// "письма Абдрахманова Сталину": the genitive right after the
		// letter noun owns the letter, whoever tells of it
		for _, a := range nouns {
			if m := v.mentionAt(a[0] + a[1]); m != nil && !m.nested && m.typ == dossier.Person && m.lastCase == morph.Gen && (rcpt == nil || m.ent != rcpt.ent) {
				sender = m
			}
		}
	}
	if sender == nil && v.lang == "ru" {
		// "группа … во главе с Юсупом Абдрахмановым направила …": the
		// group's leader speaks for it
		sender = v.ledBy(anchor)
	}
	date := v.dateNear(anchor)
	var place *entity
	for _, m := range v.ms {
		if m.ent != nil && m.typ == dossier.Place && !m.nested && (m.lastCase == morph.Loc || v.settlementAfter(m) || (v.lang != "ru" && m.lastCase == morph.Abl && len(verbs) > 0) || v.lang == "ru" && len(verbs) > 0 && v.fromPlace(m)) {
			place = m.ent // "Москвадан … жөнөткөн", "писал … из Фрунзе": sent from there
		}
	}
	if len(v.ds) == 0 && v.si+1 < len(v.d.sents) && v.d.isDateline(v.si+1) {
		// a calendar's heading, its dateline on the line after it:
		// "… Калининге жазган каты. 1928-жылдын 3-марты, Фрунзе."
		f := &frame{}
		v.d.fillDateline(f, v.si+1, 0)
		if f.date != nil {
			date = f.date
		}
		if f.place != nil && place == nil {
			place = f.place
		}
	}
	if sender == nil && v.lang == "ky" && v.kyFirstPersonIn(v.clause(anchor)) {
		// "Кантондук бөлүмгө жазган арызыбызга жооп келген жок": our
		// petition, the writer's own, not the addressee's of the letter
		if v.d.author == nil || rcpt == nil || v.d.author == rcpt.ent {
			return
		}
		v.put(draft{subj: v.d.author, obj: rcpt.ent, pred: dossier.WroteTo, date: date, place: place, stance: v.stance(anchor, n), rule: v.lang + "-letter-dative-own", conf: 0.7})
		return
	}
	var subj, to *entity
	switch {
	case rcpt != nil && len(verbs) == 0 && sender == nil:
		return // "Сталинге кат" in a title: no writer named
	case rcpt != nil && len(verbs) > 0 && rcpt.typ != dossier.Person && len(nouns) == 0:
		return // a verb to a body without a letter word: not a letter
	case rcpt != nil:
		to = rcpt.ent
		switch {
		case sender != nil:
			subj = sender.ent
		case v.kinSubjectBefore(0, anchor):
			return // "Его вдова писала Калинину": the widow, unnamed
		default:
			subj = v.topic()
		}
	case len(verbs) > 0 && len(nouns) > 0 && len(v.d.letterSeen) > 0 && v.d.inLetterDiscourse(v.si):
		l := v.d.letterSeen[len(v.d.letterSeen)-1]
		subj, to = l.from, l.to
		if sender != nil {
			subj = sender.ent
		}
	default:
		return
	}
	if subj == nil || to == nil || subj == to {
		return
	}
	v.put(draft{subj: subj, obj: to, pred: dossier.WroteTo, date: date, place: place, stance: v.stance(anchor, n), rule: v.lang + "-letter-dative", conf: 0.75})
	if place != nil {
		v.put(draft{subj: subj, obj: place, pred: dossier.ReportedFrom, date: date, stance: v.stance(anchor, n), rule: v.lang + "-letter-dative-place", conf: 0.7})
	}
	v.d.letterSeen = append(v.d.letterSeen, letterRef{si: v.si, from: subj, to: to})
	if rcpt == nil {
		return
	}
	// "написал Сталину и Троцкому", "Сталинге жана Калининге": the datives
	// joined to the recipient are recipients too
	for _, rc := range v.joinedAfter(rcpt) {
		if rc.ent != subj && (rc.lastCase == morph.Dat || rc.lastCase == morph.Unknown) {
			v.put(draft{subj: subj, obj: rc.ent, pred: dossier.WroteTo, date: date, place: place, stance: v.stance(anchor, n), rule: v.lang + "-letter-dative", conf: 0.7})
		}
	}
}

// letterRef remembers a letter fact for the sentences after it.
type letterRef struct {
	si       int
	from, to *entity
}

// inLetterDiscourse reports whether a recent sentence stated a letter.
func (d *docState) inLetterDiscourse(si int) bool {
	for _, l := range d.letterSeen {
		if l.si < si && si-l.si <= 3 {
			return true
		}
	}
	return false
}

// datPostpositions follow a dative that is not an addressee.
var datPostpositions = map[string]bool{
	"окшоп": true, "окшош": true, "чейин": true, "карата": true, "каршы": true, "байланыштуу": true,
	"жараша": true, "карабастан": true, "карай": true, "тиешелүү": true, "салыштырмалуу": true,
	"благодаря": true, "вопреки": true, "согласно": true, "подобно": true, "навстречу": true,
}

// fromPlace reports a Russian place after "из" (from), maybe with its
// settlement abbreviation: "из Фрунзе", "из г. Ташкента".
func (v *sview) fromPlace(m *mention) bool {
	k := m.start - 1
	if k >= 1 && v.words[k] == "." && placeAbbrevs[v.words[k-1]] {
		k -= 2
	}
	return k >= 0 && v.words[k] == "из"
}

// ledBy returns the person after "во главе с" (headed by) before token i,
// who leads the group that acts at i.
func (v *sview) ledBy(i int) *mention {
	for k := 0; k+3 < i && k+3 < len(v.words); k++ {
		if v.words[k] == "во" && v.words[k+1] == "главе" && v.words[k+2] == "с" {
			if m := v.mentionAt(k + 3); m != nil && m.ent != nil && m.typ == dossier.Person && m.end <= i {
				return m
			}
		}
	}
	return nil
}

// kyFirstPersonIn reports a Kyrgyz word of the first person among tokens
// [lo, hi): a noun with "our" or "my" ("арызыбызга", "катымды") or a verb
// of "we" or "I" in the present ("сурайбыз", "жазамын"). The past in
// -дык is left out: it is also the adjective's ending ("кантондук").
func (v *sview) kyFirstPersonIn(lo, hi int) bool {
	for k := lo; k < hi && k < len(v.words); k++ {
		if kyFirstPerson(v.words[k]) {
			return true
		}
	}
	return false
}

// kyFirstPerson reports a lower-case Kyrgyz word ending in a first-person
// possessive or personal ending, maybe followed by a case ending.
func kyFirstPerson(w string) bool {
	for _, c := range kyCaseEndings {
		base, ok := strings.CutSuffix(w, c)
		if !ok || utf8.RuneCountInString(base) < 4 {
			continue
		}
		if hasAnySuffix(base, "ыбыз", "ибиз", "убуз", "үбүз", "йбыз", "йбиз", "йбуз", "йбүз", "амын", "емин", "омун", "өмүн") {
			return true
		}
	}
	return false
}

// kyCaseEndings are the Kyrgyz case endings after a possessive ("", the
// dative, accusative, genitive, locative and ablative), as kyFirstPerson
// reads them.
var kyCaseEndings = []string{"", "га", "ге", "го", "гө", "ды", "ди", "ду", "дү", "дын", "дин", "дун", "дүн", "да", "де", "до", "дө", "дан", "ден", "дон", "дөн"}
