package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/extract/segment"
)

// lifeEvent is a kind of event in a life: its trigger family, the
// predicates of its date and place, and the words that introduce the place
// after the trigger.
type lifeEvent struct {
	fam       string
	on, in    dossier.Predicate
	placeWord []string
	// the names of its rules: fam and "-year", "-date", "-place", "-gapped"
	yearRule, dateRule, placeRule, gappedRule langRule
}

// withRules returns kinds with the names of their rules.
func withRules(kinds []lifeEvent) []lifeEvent {
	for k := range kinds {
		e := &kinds[k]
		e.yearRule, e.dateRule = newLangRule(e.fam+"-year"), newLangRule(e.fam+"-date")
		e.placeRule, e.gappedRule = newLangRule(e.fam+"-place"), newLangRule(e.fam+"-gapped")
	}
	return kinds
}

// lifeEventKinds, exilePlaceWords and exileRule are read-only tables of
// lifeEvents.
var (
	lifeEventKinds = withRules([]lifeEvent{
		{fam: "born", on: dossier.BornOn, in: dossier.BornIn, placeWord: []string{"in", "at", "в", "во"}},
		{fam: "died", on: dossier.DiedOn, in: dossier.DiedIn, placeWord: []string{"in", "at", "near", "в", "во", "под"}},
		{fam: "executed", on: dossier.ExecutedOn, in: dossier.ExecutedIn, placeWord: []string{"in", "at", "near", "в", "во", "под"}},
	})
	exilePlaceWords = []string{"to", "in", "into", "в", "на"}
	exileRule       = newLangRule("exile")
)

// lifeEvents finds births, deaths, executions and exile: a trigger word, the
// person it is about, the date in its clause, and the place "in X" / "в X"
// (English, Russian) or in the locative or with a settlement word (Kyrgyz).
// A parenthesis after a name with two years ("(1897-1937)") gives birth and
// death.
func (v *sview) lifeEvents() {
	for ek := range lifeEventKinds {
		e := &lifeEventKinds[ek]
		for _, hit := range v.find(e.fam) {
			i, n := hit[0], hit[1]
			if e.fam == "executed" && v.sentencedTo(i) {
				continue // "приговорен к расстрелу": a sentence, not the execution
			}
			// "Алар 1938-жылы атылган", "They were shot": everyone the
			// sentence before lists
			subjs := v.pluralReferents(i)
			if len(subjs) == 0 {
				subj := v.personFor(i)
				if subj == nil {
					// "его арестовали …, а 10 февраля 1938 года расстреляли":
					// they shot him
					subj = v.impersonalObject(i)
				}
				if e.fam == "executed" && v.lang == "en" {
					// "executed him": the person is the object, named before
					if p := v.nearestBefore(i, false, dossier.Person); p != nil {
						subj = p.ent
					}
				}
				if subj == nil && e.fam == "born" && v.lang == "ru" {
					subj = v.birthApposition(i)
				}
				if subj == nil {
					continue
				}
				// "Айдарбеков менен Абдрахманов … атылып", "Kuznetsov and
				// Sluchenkov were shot": the people joined to the subject
				// share a death (births are one's own)
				subjs = []*entity{subj}
				if e.fam != "born" {
					subjs = append(subjs, v.coordinatedBefore(subj, i)...)
					subjs = append(subjs, v.togetherWith(i+n, subjs)...)
				}
			}
			// the trigger's stance, worked out for the first fact it states
			var st dossier.Stance
			stance := func() dossier.Stance {
				if st == "" {
					st = v.stance(i, n)
				}
				return st
			}
			for _, subj := range subjs {
				if y := v.bareYearAfter(i + n); y != nil && len(v.ds) == 0 {
					// "b. 1894", "Shot 1937": a bare year the date finder leaves
					v.put(draft{subj: subj, objDate: y, pred: e.on, stance: stance(), rule: v.rule(&e.yearRule), conf: 0.7})
				} else if d := v.dateNear(i); d != nil && d.HasYear() && v.dateInClause(i, d) && !v.nearerEvent(i, e.fam, d) {
					v.put(draft{subj: subj, objDate: d, pred: e.on, stance: stance(), rule: v.rule(&e.dateRule), conf: 0.75})
				}
				if p := v.placeFor(i, n, e.placeWord); p != nil {
					v.put(draft{subj: subj, obj: p.ent, pred: e.in, stance: stance(), rule: v.rule(&e.placeRule), conf: 0.7})
				}
			}
			if e.fam != "born" && len(subjs) > 0 {
				// "Kuznetsov was shot in 1937, Ivanov in 1938"
				for _, g := range v.gapped(i + n) {
					if !slices.Contains(subjs, g.who) {
						v.put(draft{subj: g.who, objDate: g.date, pred: e.on, stance: stance(), rule: v.rule(&e.gappedRule), conf: 0.65})
					}
				}
			}
		}
	}
	for _, hit := range v.find("exiled") {
		i, n := hit[0], hit[1]
		subj := v.personFor(i)
		if subj == nil {
			subj = v.impersonalObject(i) // "Байтурсынова арестовали и … выслали"
		}
		if subj == nil {
			continue
		}
		if p := v.placeFor(i, n, exilePlaceWords); p != nil {
			subjs := append([]*entity{subj}, v.coordinatedBefore(subj, i)...)
			for _, subj := range append(subjs, v.togetherWith(i+n, subjs)...) {
				v.put(draft{subj: subj, obj: p.ent, pred: dossier.ExiledTo, date: v.dateNear(i), stance: v.stance(i, n), rule: v.rule(&exileRule), conf: 0.7})
			}
		}
	}
	v.lifespans()
}

// impersonalObject returns the object of a Russian active verb in the
// plural with no subject ("расстреляли", "выслали"): the person a pronoun
// before it in the sentence stands for ("его", "её"), or the person named
// in the accusative before it ("Байтурсынова арестовали и в 1931 году
// выслали в Архангельск"); nil if neither.
func (v *sview) impersonalObject(i int) *entity {
	if v.lang != "ru" || !strings.HasSuffix(v.words[i], "ли") {
		return nil
	}
	for k := i - 1; k >= 0; k-- {
		switch v.words[k] {
		case "его", "её", "ее":
			return v.pronounReferent()
		}
	}
	for k := len(v.ms) - 1; k >= 0; k-- {
		m := v.ms[k]
		if m.end > i || m.ent == nil || m.nested || m.typ != dossier.Person {
			continue
		}
		if m.lastCase == morph.Acc || m.lastCase == morph.Gen {
			return m.ent
		}
		return nil // the nearest person is the subject or another's
	}
	return nil
}

// bareYearAfter reads a four-digit year right after token k (past a dot):
// "b. 1894".
func (v *sview) bareYearAfter(k int) *dossier.Date {
	if k < len(v.toks) && v.toks[k].Text == "." {
		k++
	}
	if k >= len(v.toks) || v.toks[k].Kind != segment.Number || len(v.toks[k].Text) != 4 {
		return nil
	}
	y, err := strconv.Atoi(v.toks[k].Text)
	if err != nil || y < 1700 || y > 2035 {
		return nil
	}
	return &dossier.Date{Year: y, Precision: dossier.PrecisionYear}
}

// sentencedTo reports an execution word that names a sentence passed, not
// an execution carried out: "приговорен к расстрелу", "осуждена к ВМН —
// расстрелу", "sentenced to be shot".
func (v *sview) sentencedTo(i int) bool {
	if (v.lang == "ky" || v.lang == "kk") && v.words[i] == "өлүм" {
		// "үчтүгү тарабынан … өлүм жазасына тартылган": the death penalty
		// by a court or a troika is its sentence; the shooting is "атылган"
		lo, _ := v.clause(i)
		for k := lo; k < i; k++ {
			if v.words[k] == "тарабынан" {
				return true
			}
		}
		return false
	}
	// the word itself is the sentence's object: "к расстрелу", "to be shot"
	switch {
	case i >= 1 && v.words[i-1] == "к":
	case i >= 2 && v.words[i-1] == "be" && v.words[i-2] == "to":
	default:
		return false
	}
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		if hasAnyPrefix(v.words[k], "приговор", "осужд", "sentenced", "condemned") {
			return true
		}
	}
	return false
}

// nearerEvent reports a date that stands nearer another life event's word
// than the one at token i ("X, born in 1894 in …, was executed": 1894 is
// the birth's).
func (v *sview) nearerEvent(i int, fam string, d *dossier.Date) bool {
	for _, dm := range v.ds {
		if dm.date.ISO() != d.ISO() {
			continue
		}
		dist := func(k int) int {
			if k < dm.start {
				return dm.start - k
			}
			return k - dm.end + 1
		}
		mine := dist(i)
		for _, other := range []string{"born", "died", "executed", "exiled", "rehabilitated"} {
			if other == fam {
				continue
			}
			for _, h := range v.find(other) {
				if h[0] >= dm.end && v.coordinatedBetween(dm.end, h[0]) {
					continue // "shot … on 28 January 1940 and rehabilitated": the date ends the first phrase
				}
				if dist(h[0]) < mine {
					return true
				}
			}
		}
		return false
	}
	return false
}

// pluralReferents returns the people a plural pronoun before token i, in
// its clause ("they", "алар", "они"), stands for: the list of two or more
// people of the sentence before, or of this one before the pronoun.
func (v *sview) pluralReferents(i int) []*entity {
	lo, _ := v.clause(i)
	at, count := -1, 0
	// a date and a place may stand between the group's word and the verb
	// ("Эки жетекчи тең 1938-жылы Чоң-Ташта атылган"), and a Kyrgyz verb
	// may end a chain of converbs ("Экөө тең 1937-жылы камакка алынып,
	// 1938-жылдын 5-ноябрында Ош шаарында атылган")
	window := 12
	if v.lang == "ky" || v.lang == "kk" {
		window = 24
	}
	for k := max(lo, i-window); k < i; k++ {
		switch w := v.words[k]; {
		case w == "they" || w == "алар" || w == "они":
			at, count = k, 0
		case collectiveCount(w) > 0 && (k > 0 && (v.words[k-1] == "all" || v.words[k-1] == "все") || w == "both" || w == "оба" || w == "обе" || v.lang == "ky" || v.lang == "kk"):
			// "both", "all three", "все трое", "үчөө тең"
			at, count = k, collectiveCount(w)
		case (v.lang == "ky" || v.lang == "kk") && k+2 < i && (v.words[k+2] == "тең" || v.words[k+2] == "тен") && kyNumber[w] > 0:
			// "Эки жетекчи тең …": both leaders
			at, count = k+2, kyNumber[w]
		}
	}
	if at < 0 {
		return nil
	}
	var out []*entity
	for _, m := range v.ms {
		if m.start < at && m.ent != nil && m.typ == dossier.Person && !m.nested {
			out = appendEnt(out, m.ent)
		}
	}
	if len(out) < max(count, 2) && v.si > 0 {
		out = out[:0]
		if t := v.d.topics[v.si-1]; count > 0 && t != nil {
			// "He was shot together with X and Y. All three …": "he" too
			out = appendEnt(out, t)
		}
		for _, m := range v.d.ments[v.si-1] {
			if m.ent != nil && m.typ == dossier.Person && !m.nested {
				out = appendEnt(out, m.ent)
			}
		}
		// a counted group may gather its people over the sentences before
		// ("Биринчи топту Абдрахманов жетектеген. … Экинчи топтун башында
		// Айдарбеков турган. … Эки жетекчи тең …"), most recent first
		for back := 2; count > 0 && len(out) < count && back <= 4 && v.si-back >= 0; back++ {
			var earlier []*entity
			for _, m := range v.d.ments[v.si-back] {
				if m.ent != nil && m.typ == dossier.Person && !m.nested && !slices.Contains(out, m.ent) {
					earlier = appendEnt(earlier, m.ent)
				}
			}
			out = append(earlier, out...)
		}
	}
	if len(out) < max(count, 2) {
		return nil
	}
	if count > 0 {
		out = out[len(out)-count:] // the ones named last: "… the poets X and Y, both shot …"
	}
	return out
}

// togetherWith returns the people named after "together with", "along
// with", "вместе с" in the clause after token k ("shot … in Tashkent
// together with the poet Cholpon and the scholar Abdurauf Fitrat, whom
// …"): they share the event. A relative word, a semicolon or a comma
// followed by anything but another name ends the list. People already in
// have are left out.
func (v *sview) togetherWith(k int, have []*entity) []*entity {
	_, hi := v.clause(k)
	cue := -1
	for j := k; j+1 < hi && j < k+12; j++ {
		if (v.words[j] == "together" || v.words[j] == "along") && v.words[j+1] == "with" || v.words[j] == "alongside" && j+1 > k || v.words[j] == "вместе" && (v.words[j+1] == "с" || v.words[j+1] == "со") {
			cue = j + 1
			if v.words[j] == "alongside" {
				cue = j
			}
			break
		}
	}
	if cue < 0 {
		return nil
	}
	var out []*entity
	last := cue
	for j := cue + 1; j < len(v.toks) && j < last+5; j++ {
		w := v.words[j]
		if w == ";" || w == "." || relativePronouns[w] || w == "," && v.nearestAfter(j+1, 3, dossier.Person) == nil {
			break
		}
		m := v.mentionAt(j)
		if m == nil || m.ent == nil || m.nested {
			continue
		}
		if m.typ != dossier.Person {
			break
		}
		if !slices.Contains(have, m.ent) && !slices.Contains(out, m.ent) {
			out = append(out, m.ent)
		}
		last, j = m.end, m.end-1
	}
	return out
}

// kyNumber are the Kyrgyz numbers that count a group before "тең" (both,
// all of them): "эки жетекчи тең", "үч акын тең".
var kyNumber = map[string]int{"эки": 2, "үч": 3, "төрт": 4, "беш": 5}

// collectiveCount is the number a word for a group of people counts
// ("both", "three", "трое", "үчөө"), or 0.
func collectiveCount(w string) int {
	switch w {
	case "both", "two", "оба", "обе", "двое", "экөө", "экөөсү", "экөөбүз":
		return 2
	case "three", "трое", "үчөө", "үчөөсү":
		return 3
	case "four", "четверо", "төртөө", "төртөөсү":
		return 4
	case "five", "пятеро", "бешөө", "бешөөсү":
		return 5
	}
	return 0
}

// coordinatedBefore returns the people joined to subj's last mention before
// token i by a conjunction or a comma ("Айдарбеков менен Абдрахманов",
// "Кузнецов и Слученков", "Bokeikhanov, Baitursynov and Dulatov"), nearest
// first. Only names standing right against the conjunctions count.
func (v *sview) coordinatedBefore(subj *entity, i int) []*entity {
	var m *mention
	for _, x := range v.ms {
		if x.ent == subj && x.end <= i && (m == nil || x.end > m.end) {
			m = x
		}
	}
	var out []*entity
	for m != nil && m.start >= 2 {
		switch v.words[m.start-1] {
		case "менен", "жана", "и", "and", ",":
		default:
			return out
		}
		var prev *mention
		for _, x := range v.ms {
			if x.ent != nil && x.typ == dossier.Person && x.end == m.start-1 && x.ent != subj {
				prev = x
			}
		}
		if prev == nil {
			return out
		}
		out = append(out, prev.ent)
		m = prev
	}
	return out
}

// dateInClause reports whether the date lies in the clause of token i.
func (v *sview) dateInClause(i int, d *dossier.Date) bool {
	lo, hi := v.clause(i)
	for _, dm := range v.ds {
		if dm.date.ISO() == d.ISO() && dm.start >= lo && dm.end <= hi {
			return true
		}
	}
	// a date the sentence takes from the one before ("the following
	// year", "в том же году") when it has none of its own
	if len(v.ds) > 0 {
		return false
	}
	_, ok := relativeYear(v.words[lo:hi])
	return ok
}

// placeFor finds the place of an event at token i: English and Russian
// after a place word following the trigger; Kyrgyz a place before the
// trigger in the locative, the ablative, the dative, or followed by a
// settlement word ("Охна кыштагында").
func (v *sview) placeFor(i, n int, words []string) *mention {
	if p := v.placeThere(i, n); p != nil {
		return p
	}
	if v.lang == "en" || v.lang == "ru" {
		if v.lang == "ru" && strings.HasPrefix(v.words[i], "урож") {
			// "уроженец г. Фрунзе", "уроженка кишлака Сарикарык": the
			// place follows the noun, after a settlement word
			skip := 1
			for j := i + n; j < len(v.words) && j < i+n+3; j++ {
				if !(placeAbbrevs[v.words[j]] || v.words[j] == "." || v.d.x.lex.For("ru").PlaceCues.HasLower(v.words[j])) {
					break
				}
				skip++
			}
			if p := v.nearestAfter(i+n, skip, dossier.Place); p != nil {
				return v.widestPlace(p)
			}
		}
		placeAt := func(k int) *mention {
			for _, w := range words {
				if v.words[k] == w {
					// "in the village of X", "в ауле X": skip the settlement words
					skip := 2
					for j := k + 1; j < len(v.words) && j <= k+4; j++ {
						switch v.words[j] {
						case "the", "a", "village", "town", "city", "of", "aul", "kishlak", "settlement", "ауле", "селе", "кишлаке", "городе", "поселке", "деревне", "урочище", "урочищах", "г", ".":
							skip++
							continue
						}
						break
					}
					if p := v.nearestAfter(k+1, skip, dossier.Place); p != nil {
						return v.widestPlace(p)
					}
				}
			}
			return nil
		}
		var near *mention // a place after "near", "под": a landmark, if nothing closer
		for k := i + n; k < len(v.toks) && k < i+n+10; k++ {
			// a full stop ends the search, but not one inside a date
			// ("род. 6.VI.1888 в г. Омске") or after an abbreviation
			if v.toks[k].Text == ";" || v.toks[k].Text == "." && !v.inDate(k) && !(k > 0 && placeAbbrevs[v.words[k-1]]) {
				break
			}
			if p := placeAt(k); p != nil {
				if !nearWords[v.words[k]] {
					return p // "shot near Frunze, at Chong-Tash": Chong-Tash
				}
				if near == nil {
					near = p
				}
			}
		}
		if near != nil {
			return near
		}
		if p := v.placeAfterDate(i, n); p != nil || v.lang != "ru" {
			return p
		}
		// Russian puts the place before the verb as often as after it:
		// "В ноябре 1938 г. в урочище Чон-Таш были расстреляны …"
		lo, _ := v.clause(i)
		for k := i - 1; k > lo; k-- {
			if v.toks[k].Text == "," {
				lo = k // "арестовали в Кисловодске, а … расстреляли": another verb's place
				break
			}
		}
		for k := lo; k < i; k++ {
			if p := placeAt(k); p != nil && p.end <= i {
				return p
			}
		}
		return nil
	}
	var best *mention
	bestScore := 0
	for _, m := range v.ms {
		if m.ent == nil || m.typ != dossier.Place || m.end > i || m.nested {
			continue
		}
		score := 0
		switch {
		case v.calledPlace(m):
			score = 3 // "Чоң-Таш деген жерде": the place named
		case v.relativeLocation(m), v.kyUnderUnit(m):
			continue // "Фрунзенин түштүгүндө", "Жумгал районуна караштуу": a landmark, a unit, not the place
		case m.lastCase == morph.Loc || v.kyCueCase(m) == morph.Loc || m.lastCase == morph.Abl || m.lastCase == morph.Dat:
			score = 2
		case v.settlementAfter(m):
			score = 1
		}
		if score > 0 && (score > bestScore || score == bestScore && m.end > best.end) {
			best, bestScore = m, score
		}
	}
	return best
}

// placeAfterDate finds the place of a record's line that opens with its
// trigger, a date and a comma ("Born 1886, Tekesu aul, Karkaraly
// district"; "Расстрелян 10.11.1937, Алма-Ата").
func (v *sview) placeAfterDate(i, n int) *mention {
	// the trigger opens the line, or a clause after a comma: "ASANBEKOV
	// Tursun, b. 1894, Kochkor; farmer."
	if i != 0 && v.toks[i-1].Text != "," {
		return nil
	}
	// a bare year the date finder leaves: "b. 1894, Kochkor"
	if y := v.bareYearAfter(i + n); y != nil {
		k := i + n
		if v.toks[k].Text == "." {
			k++
		}
		if k+2 < len(v.toks) && v.toks[k+1].Text == "," {
			for _, m := range v.ms {
				if m.ent != nil && m.typ == dossier.Place && m.start == k+2 && !m.nested {
					return v.widestPlace(m)
				}
			}
		}
		return nil
	}
	// the date may take its preposition: "Родился в 1890 г., с. Беловодское"
	at := i + n
	if at < len(v.words) && (v.words[at] == "в" || v.words[at] == "in") {
		at++
	}
	for _, dm := range v.ds {
		if dm.start < i+n || dm.start > at+1 {
			continue
		}
		if dm.end >= len(v.toks) || v.toks[dm.end].Text != "," {
			return nil
		}
		// the place may follow a settlement word or its abbreviation:
		// "1890 г., с. Беловодское", "1902 г., аил Кочкор", "1894, village
		// of Kochkor"
		from := v.skipSettlementWords(dm.end + 1)
		for _, m := range v.ms {
			if m.ent != nil && m.typ == dossier.Place && m.start >= dm.end+1 && m.start <= from && !m.nested {
				return v.widestPlace(m)
			}
		}
		return nil
	}
	return nil
}

// birthApposition finds the person a Russian birth apposition describes
// in whatever case the sentence puts them: "по обвинению Бейшеналиева
// Токтогула Сыдыковича, 1899 года рождения, уроженца с. Чолпон-Ата" — the
// person named right before, with only commas, dates and other such
// appositions between.
func (v *sview) birthApposition(i int) *entity {
	if v.words[i] == "года" && i+1 < len(v.words) && v.words[i+1] == "рождения" {
		i++ // the lexicon's phrase "года рождения" starts at "года"
	}
	if !strings.HasPrefix(v.words[i], "урож") && !(v.words[i] == "рождения" && i > 0 && (v.words[i-1] == "года" || v.words[i-1] == "г" || v.inDate(i-1))) {
		return nil
	}
	p := v.nearestBefore(i, false, dossier.Person)
	if p == nil {
		return nil
	}
	for k := p.end; k < i; k++ {
		w := v.words[k]
		if !(v.toks[k].Kind == segment.Punct || v.toks[k].Kind == segment.Number || v.inDate(k) || w == "года" || w == "рождения" || w == "г" || strings.HasPrefix(w, "урожен") || v.mentionAt(k) != nil && v.mentionAt(k).typ == dossier.Place || placeAbbrevs[w]) {
			return nil
		}
	}
	return p.ent
}

// nearWords say a place is near the one named, not it.
var nearWords = map[string]bool{"near": true, "под": true, "близ": true, "около": true, "возле": true}

// skipSettlementWords returns the first token from k on that is not a
// settlement word ("аул", "village", "of"), an abbreviation of one ("с",
// "г", "пос") or the full stop after it.
func (v *sview) skipSettlementWords(k int) int {
	cues := v.lx.PlaceCues
	for ; k < len(v.words); k++ {
		w := v.words[k]
		if !(placeAbbrevs[w] || cues.Has(w) || w == "." && k > 0 && placeAbbrevs[v.words[k-1]] || w == "of" && v.lang == "en") {
			break
		}
	}
	return k
}

// calledPlace reports "X деген жерде" (at the place called X) and "X
// жеринде" (at X's place, at the site of X).
func (v *sview) calledPlace(m *mention) bool {
	if m.end < len(v.words) && (v.words[m.end] == "жеринде" || v.words[m.end] == "жерде") {
		return true
	}
	return m.end+1 < len(v.words) && v.words[m.end] == "деген" && strings.HasPrefix(v.words[m.end+1], "жер")
}

// relativeLocation reports a place followed by a word that locates
// something else by it ("шаарынын жанындагы", "Фрунзенин түштүгүндөгү",
// "near", "south of" come before it in English and are not seen here).
func (v *sview) relativeLocation(m *mention) bool {
	for k := m.end; k < len(v.words) && k <= m.end+1; k++ {
		for _, p := range relativeWords {
			if len(v.words[k]) >= len(p) && v.words[k][:len(p)] == p {
				return true
			}
		}
	}
	return false
}

var relativeWords = []string{"жанында", "жанындагы", "түштүгү", "түндүгү", "чыгыш", "батыш", "четинде", "жакын", "тушунда", "жээгинде"}

func (v *sview) widestPlace(m *mention) *mention {
	best := m
	for _, o := range v.ms {
		if o.ent != nil && o.typ == dossier.Place && o.start <= m.start && o.end >= m.end && o.end-o.start > best.end-best.start {
			best = o
		}
	}
	return best
}

// settlementAfter reports a Kyrgyz settlement word right after a place
// ("шаарында", "айылында", "кыштагында").
func (v *sview) settlementAfter(m *mention) bool {
	// "с. Тюп", "урочище Чон-Таш", "village of Tyup": the settlement word before
	k := m.start - 1
	if k >= 0 && v.toks[k].Text == "." {
		k--
	}
	if k >= 0 && settlementBefore[v.words[k]] {
		return true
	}
	if k >= 1 && v.words[k] == "of" && settlementBefore[v.words[k-1]] {
		return true
	}
	if m.end >= len(v.words) {
		return false
	}
	w := v.words[m.end]
	for _, p := range []string{"шаар", "айыл", "кыштак", "кыштаг", "селосу", "поселок"} {
		if len(w) >= len(p) && w[:len(p)] == p {
			return true
		}
	}
	return false
}

// settlementBefore are the words (and abbreviations) of a settlement or a
// site written before its name.
var settlementBefore = map[string]bool{
	"с": true, "д": true, "г": true, "пос": true, "село": true, "селе": true, "деревня": true, "деревне": true,
	"аул": true, "ауле": true, "аил": true, "аиле": true, "кишлак": true, "кишлаке": true, "город": true, "городе": true, "урочище": true, "урочища": true,
	"village": true, "town": true, "city": true, "aul": true, "kishlak": true,
}

// lifespans reads "NAME (1897-1937)" and "NAME (1882-жылы, Кочкор …, –
// 1933-жылы, Ташкен шаары)": birth and death dates, and the places given
// with them.
func (v *sview) lifespans() {
	if v.punctMarks(); v.anyPunct&openParen == 0 {
		return // no bracket
	}
	for k := 0; k < len(v.toks); k++ {
		if v.toks[k].Text != "(" {
			continue
		}
		// the person right before the bracket (allow one comma-aka phrase)
		var p *mention
		for _, m := range v.ms {
			if m.ent != nil && m.typ == dossier.Person && m.end <= k && (k-m.end <= 1 || v.bracketGroup(m.end, k) || m.start == 0 && v.commaGivenName(m.end, k)) {
				p = m
			}
		}
		if p == nil {
			continue
		}
		end := k + 1
		for end < len(v.toks) && v.toks[end].Text != ")" && end-k < 60 {
			end++
		}
		if end >= len(v.toks) {
			continue
		}
		// split at a dash between spaces
		dash := -1
		for j := k + 1; j < end; j++ {
			if (v.toks[j].Text == "-" || v.toks[j].Text == "—") && (v.toks[j].Space || (j+1 < end && v.toks[j+1].Space)) {
				dash = j
				break
			}
		}
		var parts [][2]int
		if dash > 0 {
			parts = [][2]int{{k + 1, dash}, {dash + 1, end}}
		} else if b, e := v.markedPart(k+1, end, "*", "b."), v.markedPart(k+1, end, "†", "d."); b[0] > 0 || e[0] > 0 {
			// "(* 1894 in Osh, Fergana Oblast; † 9 May 1938 in Frunze)"
			parts = [][2]int{b, e}
		}
		var born, died *dossier.Date
		for _, dm := range v.ds {
			if dm.start < k || dm.end > end+1 {
				continue
			}
			d := dm.date
			// a range opening the bracket, or closing it after a
			// semicolon or after a name and a comma: "(also known as X;
			// 1896–1938)", "(Сыдык Карач уулу, 1885–1937)"
			afterSemicolon := dm.end == end && dm.start > k+1 && (v.toks[dm.start-1].Text == ";" || v.toks[dm.start-1].Text == "," && v.mentionAt(k+1) != nil && v.mentionAt(k+1).typ == dossier.Person)
			if d.End != nil && d.End.Year-d.Year <= 120 && (dm.rule == "lifespan-paren" || dm.start <= k+1 || afterSemicolon) {
				b := d
				b.End = nil
				e := *d.End
				born, died = &b, &e
				break
			}
			if dash > 0 {
				if dm.end <= dash && born == nil {
					b := d
					born = &b
				} else if dm.start > dash && died == nil {
					e := d
					died = &e
				}
			}
		}
		if born == nil && died == nil {
			// two dates joined by a dash: "(21.12.1879–05.03.1953)"
			var in []dossier.Date
			for _, dm := range v.ds {
				if dm.start > k && dm.end <= end {
					in = append(in, dm.date)
				}
			}
			if len(in) == 2 {
				born, died = &in[0], &in[1]
			}
		}
		if born == nil && died == nil {
			if born = v.bracketBirth(p, k, end); born == nil {
				continue
			}
		}
		if born != nil && died != nil && born.HasYear() && died.HasYear() && died.Year-born.Year < 12 {
			continue // "(spring 1920 – May 1920)": a period, not a life
		}
		ev := v.evidenceSpan(p.start, end+1)
		if born != nil && born.HasYear() {
			v.put(draft{subj: p.ent, objDate: born, pred: dossier.BornOn, rule: "lifespan", conf: 0.8, span: ev})
		}
		if died != nil && died.HasYear() {
			v.put(draft{subj: p.ent, objDate: died, pred: dossier.DiedOn, rule: "lifespan", conf: 0.75, span: ev})
		}
		for pi, part := range parts {
			place := v.mostSpecificPlace(part[0], part[1])
			if place == nil {
				continue
			}
			pred := dossier.BornIn
			if pi == 1 {
				pred = dossier.DiedIn
			}
			v.put(draft{subj: p.ent, obj: place.ent, pred: pred, rule: "lifespan-place", conf: 0.7, span: ev})
		}
		k = end
	}
}

// bracketBirth reads a bracket at tokens [k, end] that holds a single year
// or date, right after the name that heads an archive card or memorial
// record: such records give the year of birth so ("ТАШТАНОВ Курманбек
// (1899).", "SULTANOV Gafur (1899 г.)"). After a name in running prose a
// bare year may be a work's or an event's, so it is not read there.
func (v *sview) bracketBirth(p *mention, k, end int) *dossier.Date {
	var dm *dateMention
	for i := range v.ds {
		if v.ds[i].start > k && v.ds[i].end <= end {
			if dm != nil {
				return nil // two dates: not a birth year alone
			}
			dm = &v.ds[i]
		}
	}
	if dm == nil || !dm.date.HasYear() || dm.date.End != nil {
		return nil
	}
	// after the date, at most the year word: "г", "г.", "года", "ж.", "жылы"
	for j := dm.end; j < end; j++ {
		switch strings.ToLower(v.toks[j].Text) {
		case "г", "года", "ж", "жылы", ".":
		default:
			return nil
		}
	}
	if dm.start != k+1 || p.rec == 0 || p.start != 0 {
		return nil // a bare year only after a record's heading name
	}
	d := dm.date
	return &d
}

// commaGivenName reports an encyclopedia heading's given name after its
// surname and a comma, filling tokens [a, b): "ABDRAKHMANOV, Yusup (…".
func (v *sview) commaGivenName(a, b int) bool {
	return b == a+2 && v.toks[a].Text == "," && v.toks[a+1].Kind == segment.Word && v.toks[a+1].Upper() && !v.toks[a+1].AllCaps()
}

// bracketGroup reports tokens [a, b) that are one short bracketed group:
// another form of a name between the name and its lifespan ("Сейфуллин
// Сакен (Садуакас) (1894–1938)", "Айтаков [Надырбай] (…)").
func (v *sview) bracketGroup(a, b int) bool {
	if b-a < 3 || b-a > 8 {
		return false
	}
	open, close := v.toks[a].Text, v.toks[b-1].Text
	return (open == "(" && close == ")" || open == "[" && close == "]")
}

// markedPart returns the tokens after a birth or death mark ("*", "†",
// "b.") in [a, b), up to the next semicolon or mark; [0, 0] when there is
// no mark.
func (v *sview) markedPart(a, b int, marks ...string) [2]int {
	for j := a; j < b; j++ {
		t := v.toks[j].Text
		if j+1 < b && v.toks[j+1].Text == "." {
			t += "."
		}
		for _, mk := range marks {
			if t != mk {
				continue
			}
			from := j + 1
			if strings.HasSuffix(mk, ".") && len(mk) > 1 {
				from++
			}
			e := from
			for e < b && v.toks[e].Text != ";" && v.toks[e].Text != "†" && v.toks[e].Text != "*" {
				e++
			}
			return [2]int{from, e}
		}
	}
	return [2]int{}
}

// mostSpecificPlace picks, among the places in tokens [a, b), one followed
// by a settlement word, else the first.
func (v *sview) mostSpecificPlace(a, b int) *mention {
	var first *mention
	for _, m := range v.ms {
		if m.ent == nil || m.typ != dossier.Place || m.start < a || m.end > b || m.nested {
			continue
		}
		if v.settlementAfter(m) {
			return m
		}
		if first == nil {
			first = m
		}
	}
	return first
}

// placeThere resolves "there" next to an event's verb ("He died there in
// 1936", "там же расстрелян", "ошол жерде атылган", ", where he died") to
// the last place named before it, in this sentence or the one before,
// unless a body was named after that place.
func (v *sview) placeThere(i, n int) *mention {
	at := -1
	switch v.lang {
	case "en":
		if k := i + n; k < len(v.words) && v.words[k] == "there" {
			at = k
		}
		for k := max(1, i-3); k < i; k++ {
			if v.words[k] == "where" && v.words[k-1] == "," {
				at = k // "exiled to Arkhangelsk, where he died"
			}
		}
	case "ru":
		for k := max(0, i-3); k < len(v.words) && k <= i+n; k++ {
			if v.words[k] == "там" || v.words[k] == "где" && k > 0 && v.words[k-1] == "," {
				at = k
				break
			}
		}
	case "ky":
		if i >= 2 && v.words[i-1] == "жерде" && (v.words[i-2] == "ошол" || v.words[i-2] == "ал") {
			at = i - 2
		}
	}
	if at < 0 {
		return nil
	}
	// the nearest place or body named before: "served the term in Karlag
	// and died there" names a camp (a body), no place
	for si := v.si; si >= 0 && si >= v.si-1; si-- {
		ms := v.d.ments[si]
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.ent == nil || m.nested || si == v.si && m.start >= min(at, i) {
				continue
			}
			switch {
			case m.typ == dossier.Organization:
				return nil
			case m.typ == dossier.Place && !v.d.view(si).relativeLocation(m):
				return m
			}
		}
	}
	return nil
}
