package extract

import (
	"strings"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/extract/segment"
)

// commissariatFields are the fields of the People's Commissariats, as a
// commissar's title names them: English "people's commissar of
// education", Russian "нарком просвещения" (the field in the genitive).
// en is the field in the English name of the body ("People's Commissariat
// of Education of the Kirghiz ASSR"), which the gazetteer knows with each
// republic.
var commissariatFields = []struct {
	en     string
	ru, ky []string
}{
	{"Education", []string{"просвещения"}, []string{"агартуу"}},
	{"Agriculture", []string{"земледелия"}, []string{"жер", "иштетүү"}},
	{"Justice", []string{"юстиции"}, []string{"юстиция"}},
	{"Internal Affairs", []string{"внутренних", "дел"}, []string{"ички", "иштер"}},
	{"Foreign Affairs", []string{"иностранных", "дел"}, []string{"тышкы", "иштер"}},
	{"Finance", []string{"финансов"}, []string{"финансы"}},
	{"Health", []string{"здравоохранения"}, []string{"саламаттык", "сактоо"}},
	{"Labour", []string{"труда"}, []string{"эмгек"}},
	{"Nationalities", []string{"по", "делам", "национальностей"}, nil},
}

// commissarTitle reports a word of a commissar's title that the field
// follows ("people's commissar of", "нарком", "народным комиссаром").
func commissarTitle(w string) bool {
	// a cheap test first, as nearly every word is none of them: each is
	// 9 to 20 bytes long and begins with "c", "н" or "к" (0xD0 0xBD,
	// 0xD0 0xBA)
	if len(w) < 9 || len(w) > 20 || w[0] != 'c' && w[0] != 0xD0 {
		return false
	}
	switch w {
	case "commissar", "нарком", "наркома", "наркомом", "наркому", "комиссар", "комиссара", "комиссаром":
		return true
	}
	return false
}

// commissariats adds the body a commissar's title names by its field and
// republic ("people's commissar of education of the Kirghiz ASSR",
// "нарком просвещения Киргизской АССР"): the field's words and the
// republic's name are a mention of the People's Commissariat the
// gazetteer knows for that republic. A title without a known republic
// names no body.
//
// The body is composed with a known place among ms: sentenceMentions
// calls it only for a sentence with such a place (see composingPlace).
func (d *docState) commissariats(si int, ms []*mention) []*mention {
	toks := d.sents[si].Tokens
	var added []*mention
	if d.sents[si].Lang == "ky" {
		return append(ms, d.kyCommissariats(si, ms)...)
	}
	if d.sents[si].Lang == "ru" {
		added = d.ruProcuracies(si, ms)
	}
	for i := range toks {
		if !commissarTitle(toks[i].Lower) {
			continue
		}
		k := i + 1
		if d.sents[si].Lang == "en" {
			if k >= len(toks) || toks[k].Lower != "of" {
				continue
			}
			k++
		}
		field, n := commissariatField(toks, k, d.sents[si].Lang)
		if field == "" {
			continue
		}
		place := d.placeAfterField(toks, ms, k+n)
		if place == nil {
			continue
		}
		org := d.x.gaz.Composed("People's Commissariat of "+field, place.entry)
		if org < 0 {
			continue
		}
		m := d.newMention(si, k, place.end, "commissariat-field", 0.8)
		m.typ, m.entry = dossier.Organization, org
		place.nested = true
		added = append(added, m)
	}
	return append(ms, added...)
}

// kyCommissariats reads the Kyrgyz order, the republic in the genitive
// before the field and the title ("Кыргыз АССРинин эл агартуу
// комиссары"): the republic, "эл" (people's) and the field are the body,
// and the title after them its office, as a genitive body's.
func (d *docState) kyCommissariats(si int, ms []*mention) []*mention {
	toks := d.sents[si].Tokens
	var added []*mention
	for i := 1; i < len(toks); i++ {
		if !strings.HasPrefix(toks[i].Lower, "комиссар") {
			continue
		}
		for _, f := range commissariatFields {
			start := i - len(f.ky)
			if len(f.ky) == 0 || start < 1 || !phraseAt(toks, start, f.ky) {
				continue
			}
			if toks[start-1].Lower == "эл" {
				start--
			}
			var place *mention
			for _, m := range ms {
				if m.end == start && m.typ == dossier.Place && m.entry >= 0 && m.lastCase == morph.Gen {
					place = m
				}
			}
			if place == nil {
				break
			}
			org := d.x.gaz.Composed("People's Commissariat of "+f.en, place.entry)
			if org < 0 {
				break
			}
			m := d.newMention(si, place.start, i, "commissariat-field", 0.8)
			m.typ, m.entry, m.lastCase = dossier.Organization, org, morph.Gen
			place.nested = true
			added = append(added, m)
			break
		}
	}
	return added
}

// commissariatField reads a commissariat's field at token k: its English
// name and the number of tokens it takes.
func commissariatField(toks []segment.Token, k int, lang string) (string, int) {
	for _, f := range commissariatFields {
		words := f.ru
		if lang == "en" {
			words = strings.Fields(strings.ToLower(f.en))
		}
		if phraseAt(toks, k, words) {
			return f.en, len(words)
		}
	}
	return "", 0
}

// placeAfterField returns the known place right after a commissariat's
// field at token k ("of the Kirghiz ASSR", "Киргизской АССР").
func (d *docState) placeAfterField(toks []segment.Token, ms []*mention, k int) *mention {
	if k+1 < len(toks) && toks[k].Lower == "of" && toks[k+1].Lower == "the" {
		k += 2
	}
	for _, m := range ms {
		if m.start == k && m.typ == dossier.Place && m.entry >= 0 {
			return m
		}
	}
	return nil
}

// prosecutorTitle reports a Russian prosecutor's title in any case
// ("прокурор", "прокурору", "прокурором"), which names his office with the
// republic after it.
func prosecutorTitle(w string) bool {
	switch w {
	case "прокурор", "прокурора", "прокурору", "прокурором", "прокуроре":
		return true
	}
	return false
}

// ruProcuracies adds the body a prosecutor's title names with the
// republic after it, as a petition's address writes it ("Прокурору
// Киргизской ССР", "Генеральному прокурору СССР"): the title (with
// "генеральный" before it) and the republic are a mention of the
// Procuracy the gazetteer knows for that republic, in the title's case.
// A military prosecutor's title ("Главному военному прокурору") or one
// without a known republic names no body.
func (d *docState) ruProcuracies(si int, ms []*mention) []*mention {
	toks := d.sents[si].Tokens
	var added []*mention
	for i := range toks {
		if !prosecutorTitle(toks[i].Lower) {
			continue
		}
		place := d.placeAfterField(toks, ms, i+1)
		if place == nil {
			continue
		}
		org := d.x.gaz.Composed("Procuracy", place.entry)
		if org < 0 {
			continue
		}
		start := i
		if i > 0 && strings.HasPrefix(toks[i-1].Lower, "генеральн") {
			start = i - 1
		}
		m := d.newMention(si, start, place.end, "procuracy-title", 0.8)
		m.typ, m.entry = dossier.Organization, org
		place.nested = true
		added = append(added, m)
	}
	return added
}
