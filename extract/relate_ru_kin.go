package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/extract/segment"
)

// ruKinForms maps the case forms of Russian kinship nouns to their
// nominative: a petition names a relative once in apposition ("дело
// моего отца Токтогулова Джумалы") and then only by the noun ("отец был
// расстрелян").
var ruKinForms = map[string]string{
	"отец": "отец", "отца": "отец", "отцу": "отец", "отцом": "отец", "отце": "отец",
	"муж": "муж", "мужа": "муж", "мужу": "муж", "мужем": "муж", "муже": "муж",
	"сын": "сын", "сына": "сын", "сыну": "сын", "сыном": "сын", "сыне": "сын",
	"брат": "брат", "брата": "брат", "брату": "брат", "братом": "брат", "брате": "брат",
	"мать": "мать", "матери": "мать", "матерью": "мать",
	"жена": "жена", "жены": "жена", "жене": "жена", "женой": "жена", "жену": "жена",
	"дочь": "дочь", "дочери": "дочь", "дочерью": "дочь",
	"сестра": "сестра", "сестры": "сестра", "сестре": "сестра", "сестрой": "сестра", "сестру": "сестра",
}

// ruKinSubject returns the relative a Russian kinship noun in the
// nominative stands for as the subject of the clause before token i ("С
// 1931 года мой отец состоял членом ВКП(б)", "отец был расстрелян"): the
// person the document named in apposition to the same noun, in any case,
// in this sentence or before it ("моего отца Токтогулова Джумалы"). Nil
// when no kinship noun is the subject or the relative is never named.
func (v *sview) ruKinSubject(i int) *entity {
	if v.lang != "ru" {
		return nil
	}
	lo, _ := v.clause(i)
	kin := ""
	for k := max(lo, i-20); k < i; k++ {
		if ruKinWords[v.words[k]] && ruKinForms[v.words[k]] == v.words[k] {
			if m := v.mentionAt(k + 1); m != nil && m.typ == dossier.Person {
				return nil // "мой отец Токтогулов Джумалы": the name itself is the subject
			}
			kin = v.words[k]
		}
	}
	if kin == "" {
		return nil
	}
	return v.d.ruKinNamed(kin, v.si)
}

// ruKinNamed returns the person first named in apposition after a form
// of the kinship noun kin ("моего отца Токтогулова Джумалы", "Мой муж
// Бекназаров Асан") in sentences 0 to last, or nil.
func (d *docState) ruKinNamed(kin string, last int) *entity {
	for si := 0; si <= last && si < len(d.sents); si++ {
		toks := d.sents[si].Tokens
		for _, m := range d.ments[si] {
			if m.ent == nil || m.typ != dossier.Person || m.nested || m.start == 0 {
				continue
			}
			if ruKinForms[toks[m.start-1].Lower] == kin {
				return m.ent
			}
		}
	}
	return nil
}

// ruKinGivenNames completes a surname named after a Russian kinship noun
// with the capitalised word after it, a given name the lexicon does not
// know ("дело моего отца Токтогулова Джумалы", "мой муж Асанов Бейшен"):
// a petition names the relative surname first. The given name of a
// genitive surname loses its genitive "-а" ("Сагына" → "Сагын").
func (d *docState) ruKinGivenNames(si int, ms []*mention) {
	toks := d.sents[si].Tokens
	for _, m := range ms {
		if m.typ != dossier.Person || m.rule != "person-surname" || m.end != m.start+1 || m.start == 0 || m.end >= len(toks) {
			continue
		}
		if _, kin := ruKinForms[toks[m.start-1].Lower]; !kin {
			continue
		}
		t := toks[m.end]
		if t.Kind != segment.Word || t.Script != segment.Cyrillic || !t.Upper() || t.AllCaps() || utf8.RuneCountInString(t.Text) < 3 || m.end+1 < len(toks) && toks[m.end+1].Text == "." && utf8.RuneCountInString(t.Text) < 3 {
			continue
		}
		if slices.ContainsFunc(ms, func(o *mention) bool { return o != m && o.start <= m.end && o.end > m.end }) {
			continue // a place or another name: "отца Иванова Москва…"
		}
		given := t.Text
		if m.lastCase == morph.Gen && strings.HasSuffix(given, "а") && utf8.RuneCountInString(given) > 4 {
			given = strings.TrimSuffix(given, "а")
		}
		m.person.First = given
		m.end++
		m.span.End = t.Span.End
		m.text = d.tx.Clean[m.span.Start:m.span.End]
	}
}
