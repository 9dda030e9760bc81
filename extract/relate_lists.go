package extract

import (
	"strings"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/extract/segment"
)

// eventLists states the life events of people listed after a plural event:
// "в ноябре 1938 года были расстреляны 137 человек. Среди них — X, Y и Z",
// "атылгандардын арасында X, Y жана Z бар", "Among those shot in 1937 were X
// and Y". The event is a plural verb or participle of the sentence before
// the list marker ("среди них", "арасында", "among them"), or of the one
// before that sentence, or right after the marker ("among those shot"); its
// date and place are the event's, as its own sentence gives them.
func (v *sview) eventLists() {
	for _, hit := range v.find("event_lists") {
		i, n := hit[0], hit[1]
		ev, ok := v.eventAntecedent(i, n)
		if !ok {
			continue
		}
		kind := ev.kind()
		if kind == nil {
			continue
		}
		ew := ev.v
		d := ew.dateNear(ev.at)
		if d != nil && (!d.HasYear() || !ew.dateInClause(ev.at, d) || ew.joinedDate(d)) {
			d = nil // ("twelve residents who were shot in 1937 and 1938": whose is which is not said)
		}
		var place *mention
		if kind.in != "" {
			place = ew.placeFor(ev.at, ev.n, kind.placeWord)
		}
		// In the list's own sentence, the event's date and place come
		// before the people: after them they are one person's own
		// ("Among those executed were X, shot in Moscow in 1937, and Y").
		first := len(v.toks)
		for _, m := range v.ms {
			if m.ent != nil && m.typ == dossier.Person && !m.nested && m.start >= i+n {
				first = m.start
				break
			}
		}
		if ew == v {
			if d != nil && !v.dateBefore(d, first) {
				d = nil
			}
			if place != nil && place.start > first {
				place = nil
			}
		}
		if d == nil && place == nil && ew.si > 0 && ev.fam != "rehabilitated" {
			// "Атылгандардын арасында …": the participle names the event,
			// the sentence before dates it
			prev := ew.d.view(ew.si - 1)
			for _, h := range prev.find(ev.fam) {
				if pd := prev.dateNear(h[0]); pd != nil && pd.HasYear() && prev.dateInClause(h[0], pd) {
					d = pd
				}
				if kind.in != "" {
					if p := prev.placeFor(h[0], h[1], kind.placeWord); p != nil {
						place = p
					}
				}
			}
		}
		var by *mention
		if ev.fam == "rehabilitated" {
			if _, b := ew.rehabVoice(ev.at, ev.n); b != nil {
				by = ew.widest(b)
			}
			if by == nil && ew.si > 0 {
				// "Жогорку соту … актоо жөнүндө чечим чыгарды. Акталгандардын
				// арасында …": the body of the sentence before's rehabilitation
				prev := ew.d.view(ew.si - 1)
				for _, h := range prev.find("rehabilitated") {
					if _, b := prev.rehabVoice(h[0], h[1]); b != nil {
						by = prev.widest(b)
					}
				}
			}
		}
		st := v.stance(i, n)
		for _, m := range v.ms {
			if m.ent == nil || m.typ != dossier.Person || m.nested || m.start < i+n {
				continue
			}
			if v.ownEventAfter(m.end, ev.fam) {
				continue // "X, shot in Moscow in September 1937": the person's own
			}
			if m.lastCase == morph.Gen && v.lang != "en" || v.kinOf(m) {
				continue // "вдова Исакеева", "the father of the writer X": named through someone else
			}
			if d != nil {
				v.put(draft{subj: m.ent, objDate: d, pred: kind.on, stance: st, rule: v.lang + "-" + ev.fam + "-list", conf: 0.65,
					span: v.evidenceSpan(i, m.end)})
			}
			if place != nil {
				v.put(draft{subj: m.ent, obj: place.ent, pred: kind.in, stance: st, rule: v.lang + "-" + ev.fam + "-list-place", conf: 0.6,
					span: v.evidenceSpan(i, m.end)})
			}
			if by != nil {
				v.put(draft{subj: m.ent, obj: by.ent, pred: dossier.RehabilitatedBy, date: d, stance: st, rule: v.lang + "-rehabilitated-list-by", conf: 0.6,
					span: v.evidenceSpan(i, m.end)})
			}
		}
	}
}

// listedEvent is the plural event a list marker refers to: the family of
// its trigger word, in sentence view v at token at (n tokens).
type listedEvent struct {
	fam   string
	v     *sview
	at, n int
}

// kind is what a listed event states: its date and place predicates and
// the words before its place, as lifeEventKinds has them; a rehabilitation
// has a date only.
func (e listedEvent) kind() *lifeEvent {
	if e.fam == "rehabilitated" {
		return &lifeEvent{fam: e.fam, on: dossier.RehabilitatedOn}
	}
	for k := range lifeEventKinds {
		if lifeEventKinds[k].fam == e.fam {
			return &lifeEventKinds[k]
		}
	}
	return nil
}

// listEventFamilies are the events a list of people may share.
var listEventFamilies = []string{"executed", "died", "rehabilitated"}

// eventAntecedent finds the plural event a list marker at token i refers
// to: a trigger right after the marker ("among those shot"), else the last
// one before it in the sentence, else the last one of the sentence before.
func (v *sview) eventAntecedent(i, n int) (listedEvent, bool) {
	best := listedEvent{at: -1}
	for _, fam := range listEventFamilies {
		for _, h := range v.find(fam) {
			switch {
			case h[0] >= i && h[0] <= i+n+1 && v.pluralEventWord(h[0]):
				// "среди расстрелянных", "among those shot"
				return listedEvent{fam, v, h[0], h[1]}, true
			case h[0] < i && h[0] > best.at && v.pluralEventWord(h[0]):
				best = listedEvent{fam, v, h[0], h[1]}
			}
		}
	}
	if best.at >= 0 {
		return best, true
	}
	// Only a marker that points back ("among them", "среди них") reaches
	// the sentence before; "including", "в том числе" list within theirs.
	if v.si == 0 || !v.anaphoricMarker(i) {
		return best, false
	}
	// "них", "алардын", "them" are plural already: the verb before them
	// may be any form ("Жогорку сот 12 адамды актады. Алардын арасында …")
	prev := v.d.view(v.si - 1)
	for _, fam := range listEventFamilies {
		for _, h := range prev.find(fam) {
			if h[0] > best.at && (prev.pluralEventWord(h[0]) || prev.eventVerb(h[0])) {
				best = listedEvent{fam, prev, h[0], h[1]}
			}
		}
	}
	return best, best.at >= 0
}

// eventVerb reports an event word that is a verb, not a noun: a finite
// form or a participle ("актады", "расстрелял", "executed").
func (v *sview) eventVerb(i int) bool {
	w := v.words[i]
	switch v.lang {
	case "ru":
		return hasAnySuffix(w, "л", "ла", "ли", "н", "на", "ны", "ан", "ен")
	case "ky", "kk":
		return participle(w)
	}
	return strings.HasSuffix(w, "ed") || w == "shot"
}

// pluralEventWord reports an event word that can refer to several people:
// a plural verb or participle ("расстреляны", "погибли", "погибших", "атылгандардын",
// "were shot"), not a noun ("расстрел", "rehabilitation") or a singular
// form.
func (v *sview) pluralEventWord(i int) bool {
	w := v.words[i]
	switch v.lang {
	case "ru":
		return hasAnySuffix(w, "ны", "но", "ных", "ные", "ли", "ших")
	case "ky", "kk":
		return strings.Contains(w, "гандар") || strings.Contains(w, "кандар") || strings.Contains(w, "шкан") || strings.Contains(w, "шты")
	}
	switch w {
	case "shot", "executed", "killed", "died", "perished", "rehabilitated", "exonerated", "restored":
		return true
	}
	return false
}

// anaphoricMarker reports a list marker at token i that points back to
// people named before it: "among them", "among those", "среди них",
// "среди которых", "в их числе", "алардын арасында".
func (v *sview) anaphoricMarker(i int) bool {
	if i+1 < len(v.words) {
		switch v.words[i] + " " + v.words[i+1] {
		case "among them", "among those", "среди них", "среди которых", "в их":
			return true
		}
	}
	return i > 0 && v.words[i-1] == "алардын"
}

// dateBefore reports a mention of date d that ends before token k.
func (v *sview) dateBefore(d *dossier.Date, k int) bool {
	for _, dm := range v.ds {
		if dm.end <= k && dm.date.ISO() == d.ISO() {
			return true
		}
	}
	return false
}

// ownEventAfter reports an event word of family fam right after a listed
// name, past a comma: the name's own apposition ("X, shot in …").
func (v *sview) ownEventAfter(k int, fam string) bool {
	if k < len(v.toks) && v.toks[k].Kind == segment.Punct {
		k++
	}
	for _, h := range v.find(fam) {
		if h[0] == k || h[0] == k+1 && (v.words[k] == "was" || v.words[k] == "были" || v.words[k] == "был") {
			return true
		}
	}
	return false
}

// kinWords name a relative: "the father of X" names someone through X.
var kinWords = map[string]bool{"father": true, "mother": true, "son": true, "daughter": true, "wife": true, "husband": true, "widow": true,
	"brother": true, "sister": true, "grandson": true, "granddaughter": true, "grandfather": true, "nephew": true, "uncle": true, "relative": true}

// kinOf reports an English name after "the father of (the writer)": the
// kinship noun and "of" at most three words before it.
func (v *sview) kinOf(m *mention) bool {
	if v.lang != "en" {
		return false
	}
	for k := m.start - 1; k >= 1 && k >= m.start-3; k-- {
		if v.words[k] == "of" && kinWords[v.words[k-1]] {
			return true
		}
		if v.toks[k].Kind == segment.Punct {
			return false
		}
	}
	return false
}

// joinedDate reports a date joined to another by "and", "or", "и",
// "или", "жана" ("in 1937 and 1938"): a group's events over both, no one
// person's.
func (v *sview) joinedDate(d *dossier.Date) bool {
	for _, dm := range v.ds {
		if dm.date.ISO() != d.ISO() {
			continue
		}
		k := dm.end
		if k < len(v.words) && (v.words[k] == "and" || v.words[k] == "or" || v.words[k] == "и" || v.words[k] == "или" || v.words[k] == "жана") {
			for _, o := range v.ds {
				if o.start == k+1 || o.start == k+2 && datePrepositions[v.words[k+1]] {
					return true
				}
			}
		}
	}
	return false
}
