package extract

import (
	"strings"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/morph"
)

// kySubordinateWords are the Kyrgyz words that put a place under the unit
// named before them in the dative: "Жумгал районуна караштуу Чаек айылы",
// "Чаек айылы Жумгал районуна карашкан".
var kySubordinateWords = map[string]bool{"караштуу": true, "карашкан": true, "караштуулуу": true, "карайт": true}

// kyUnderUnit reports a Kyrgyz place in the dative that another place
// belongs to ("Жумгал районуна караштуу"): it names where that place is,
// not where an event happened.
func (v *sview) kyUnderUnit(m *mention) bool {
	return m.typ == dossier.Place && m.lastCase == morph.Dat && m.end < len(v.words) && kySubordinateWords[v.words[m.end]]
}

// kyBelongsTo finds Kyrgyz places subordinate to a unit: "Жумгал районуна
// караштуу Чаек айылында" (the place after the word), "Чоң-Таш айылы Чүй
// облусунун Аламүдүн районуна караштуу" (the place that opens the clause,
// before the unit's own genitive chain).
func (v *sview) kyBelongsTo() {
	if v.lang != "ky" && v.lang != "kk" {
		return
	}
	ms := v.topMentions()
	for b, y := range ms {
		if y.ent == nil || !v.kyUnderUnit(y) {
			continue
		}
		if b+1 < len(ms) && ms[b+1].typ == dossier.Place && ms[b+1].start == y.end+1 {
			v.locate(ms[b+1], y, "ky-subordinate")
			continue
		}
		// back over the genitive chain that leads to the unit
		k := b - 1
		for k >= 0 && ms[k].typ == dossier.Place && ms[k].lastCase == morph.Gen && ms[k].end >= ms[k+1].start-1 {
			k--
		}
		if k < 0 || ms[k].typ != dossier.Place || ms[k].lastCase != morph.Nom && ms[k].lastCase != morph.Unknown {
			continue
		}
		// only the place's own settlement word may stand between:
		// "Чоң-Таш айылы Чүй облусунун"
		gap := v.words[ms[k].end:ms[k+1].start]
		if len(gap) > 1 || len(gap) == 1 && !v.settlementAfter(ms[k]) {
			continue
		}
		v.locate(ms[k], y, "ky-subordinate")
	}
}

// kyCueCase is the case of the Kyrgyz settlement or unit word written after
// a place's name ("Чаек айылында": locative), or Unknown.
func (v *sview) kyCueCase(m *mention) morph.Case {
	if m.end >= len(v.words) || !strings.HasPrefix(v.words[m.end], "айыл") && !strings.HasPrefix(v.words[m.end], "кыштаг") && !strings.HasPrefix(v.words[m.end], "шаар") {
		return morph.Unknown
	}
	if a, ok := v.d.x.headReading(v.d.x.memo.Analyze(v.words[m.end])); ok {
		return a.Case
	}
	return morph.Unknown
}

// kyJoinedParty states membership where a Kyrgyz biography says someone
// joined the party ("Асан партияга 1925-жылы өткөн"): the party word is a
// mention of the kyPartyJoined rule, the joiner the subject of the verb
// after it.
func (v *sview) kyJoinedParty() {
	if v.lang != "ky" {
		return
	}
	for _, m := range v.ms {
		if m.rule != "ky-party-joined" || m.ent == nil {
			continue
		}
		j := m.end
		for j < len(v.toks) && !kyJoinVerb(v.words[j]) {
			j++
		}
		if j == len(v.toks) {
			continue
		}
		person := v.personFor(j)
		if person == nil {
			continue
		}
		v.put(draft{subj: person, obj: m.ent, pred: dossier.MemberOf, date: v.roleDate(j), stance: v.stance(j, 1), rule: "ky-party-joined", conf: 0.7,
			span: v.evidenceSpan(min(m.start, j), j+1)})
	}
}
