package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/extract/names"
	"github.com/dossier-kg/dossier/extract/segment"
)

// frame is a letter as the document's layout states it: a header ("J. X.
// Peters to I. V. Stalin"), an address ("TO THE … CONGRESS, FOR IBRAHIMOV
// AND KLEVLEYEV", "Тов. Петерсу."), a signature ("Lenin and Stalin";
// "Урмат менен, Б. Исакеев.") and a dateline ("Tashkent, May 3, 1921";
// "Фрунзе. 12 апрель 1933ж.").
type frame struct {
	senders, recipients []*entity
	date                *dossier.Date
	place               *entity
	span                dossier.Span // evidence: header or signature
	si                  int
	rule                string
}

const shortSentence = 16 // tokens

// detectFrames finds the document's letters from its layout: titles
// ("Телеграмма X Y-у", "Letter from X to Y"), headers ("X to Y"), closing
// formulas with a signature, and, for a document that is itself a letter,
// its address block at the top (addressees in the dative, "To X", "Копия:
// …"), its signature block at the bottom (names with their offices) and
// its dateline.
func (d *docState) detectFrames() []*frame {
	var frames []*frame
	global := &frame{si: -1, rule: "letter-address-signature"}
	var fromSenders []*entity // a petition's applicant, "от гр. X" in its address
	zone := max(15, len(d.sents)/3)
	for si := range d.sents {
		v := d.view(si)
		if f := v.titleLetter(); f != nil {
			d.fillDateline(f, si, 3)
			frames = append(frames, f)
			continue
		}
		if v.lang == "en" && len(v.toks) <= shortSentence {
			if f := v.headerLine(); f != nil {
				d.fillDateline(f, si, 3)
				frames = append(frames, f)
				continue
			}
		}
		if v.lang == "en" {
			if f := v.entryHeader(); f != nil {
				frames = append(frames, f)
				continue
			}
		}
		if f := v.dashHeader(); f != nil {
			d.fillDateline(f, si, 2)
			frames = append(frames, f)
			continue
		}
		if len(v.toks) <= 40 && si < zone {
			if d.officeOfNextLine(si) {
				// "Секретарю ЦК ВКП(б)" / "товарищу Кагановичу Л.М.": the
				// office of the addressee the next line names
				next := d.view(si + 1)
				var ps []*entity
				for _, e := range next.addressLine() {
					if e.typ == dossier.Person {
						ps = append(ps, e)
					}
				}
				if len(ps) == 1 {
					v.officeOf(ps[0], next, "address-office")
				}
			}
			// "Прокурору Киргизской ССР от гр. X, проживающей …": a
			// petition's addressee and its writer, "от" the applicant
			if rs, from := v.ruPetitionHead(len(global.recipients) > 0); len(rs)+len(from) > 0 {
				global.recipients = appendEnt(global.recipients, rs...)
				fromSenders = appendEnt(fromSenders, from...)
				if global.si < 0 {
					global.span, global.si = v.s.Span, si
				}
			} else if rs := v.addressLine(); len(rs) > 0 && !d.officeOfNextLine(si) {
				global.recipients = appendEnt(global.recipients, rs...)
				// "Ташкент. Средазбюро ЦК ВКП(б). Зеленскому.": the body on the
				// line before the addressee belongs to the address
				if si > 0 {
					global.recipients = appendEnt(global.recipients, d.view(si-1).bodiesOnly()...)
				}
				if global.si < 0 {
					global.span, global.si = v.s.Span, si
				}
			}
		}
		if f := v.signature(); f != nil {
			frames = append(frames, f)
		}
	}
	// the signature block: the last lines holding nothing but names and
	// offices ("Lenin and Stalin"; "Секретарь ЦК ВКП(б) Л. Каганович." /
	// "Председатель СНК СССР В. Молотов."; "Commander of the Turkestan
	// Front" / "M. Frunze")
	if len(global.recipients) > 0 {
		var senders []*entity
		first, last := -1, -1 // the signature block's lines
		end := d.notesStart()
		for si := end - 1; si >= 0 && si >= end-8; si-- {
			v := d.view(si)
			if len(v.toks) == 0 || len(v.toks) > shortSentence+4 {
				if len(senders) > 0 {
					break
				}
				continue
			}
			if d.isDateline(si) {
				continue
			}
			ps, ok := v.signatureLine()
			if !ok {
				if len(senders) > 0 {
					break
				}
				continue
			}
			senders = appendEnt(senders, ps...)
			if first < 0 {
				last = si
			}
			first = si
			if len(ps) == 0 {
				// the office's line before its holder's ("Секретарь ЦК" /
				// "Л. Каганович"), or after it ("Ya. Peters" /
				// "Plenipotentiary of the VChK in Turkestan")
				if si+1 < len(d.sents) && d.view(si+1).signsOne() {
					v.signatureOffice(d.view(si + 1))
				} else if si > 0 {
					v.signatureOffice(d.view(si - 1))
				}
			}
		}
		if len(senders) == 0 && len(fromSenders) > 0 {
			// no signature block: the address's applicant wrote it
			global.senders = fromSenders
			d.fillDatelineAnywhere(global, max(end-1, 0)) // the dateline at its foot
			frames = append(frames, global)
		} else if len(senders) > 0 {
			global.senders = appendEnt(senders, fromSenders...)
			global.span = global.span.Union(d.sents[first].Span).Union(d.sents[last].Span)
			d.fillDatelineAnywhere(global, first)
			frames = append(frames, global)
		} else {
			// addressees without a signature: kept for a title's writers
			global.rule = "letter-address"
			frames = append(frames, global)
		}
	}
	return frames
}

// notesStart is where the letter ends and an editor's apparatus begins
// (a rule of dashes, "Примечания", "Notes"), or the end of the document.
func (d *docState) notesStart() int {
	for si := len(d.sents) / 2; si < len(d.sents); si++ {
		toks := d.sents[si].Tokens
		if len(toks) == 0 {
			continue
		}
		if toks[0].Kind == segment.Punct && (toks[0].Text == "-" || toks[0].Text == "—" || toks[0].Text == "_" || toks[0].Text == "*") {
			return si
		}
		switch toks[0].Lower {
		case "примечания", "примечание", "notes", "note", "комментарии", "эскертүүлөр", "эскертүү", "comments", "commentary":
			if len(toks) <= 4 || toks[1].Text == ":" || toks[1].Text == "." {
				return si
			}
		}
	}
	return len(d.sents)
}

// signatureLine reads a line of a signature block: people with their
// offices and bodies, nothing else. ok is false for any other line; a line
// of an office alone ("Commander of the Turkestan Front") is ok with no people.
func (v *sview) signatureLine() ([]*entity, bool) {
	var out []*entity
	words := 0
	end := v.datelineTail()
	for i := 0; i < end; i++ {
		m := v.mentionAt(i)
		if m != nil && m.typ == dossier.Person {
			if v.lang != "en" && m.lastCase == morph.Dat {
				return nil, false // "… тов. БАУМАНУ": an addressee, not a signature
			}
			out = appendEnt(out, m.ent)
			i = m.end - 1
			continue
		}
		if m != nil && (m.typ == dossier.Organization || m.typ == dossier.Place && words > 0) {
			i = m.end - 1 // an office's body, and where it sits: "of the VChK in Turkestan"
			continue
		}
		switch {
		case v.words[i] == "and" || v.words[i] == "и" || v.words[i] == "жана" || v.toks[i].Kind == segment.Punct:
			continue
		case words > 0 && (v.words[i] == "in" || v.words[i] == "for" || v.words[i] == "в" || v.words[i] == "по"):
			continue
		case v.match("signature", i) > 0:
			// the closing formula, maybe run into the office's line: "С
			// коммунистическим приветом секретарь Ошского окружкома"
			words++
			i += v.match("signature", i) - 1
			continue
		case v.match("head_roles", i) > 0 || v.match("member_roles", i) > 0 || v.lx.Titles.HasLower(v.words[i]) || v.headQualifier(i+1):
			words++
			continue
		case v.words[i] == "of" || v.words[i] == "the":
			continue
		case v.toks[i].IsInitial():
			continue // an initial the recognisers left alone
		case words > 0 && v.bodyWord(i):
			continue // the office's body by its head noun: "Секретарь укома"
		}
		return nil, false
	}
	return out, len(out) > 0 || words > 0
}

// bodyWord reports a lower-case head noun of a body ("укома", "committee").
func (v *sview) bodyWord(i int) bool {
	if v.toks[i].Upper() {
		return false
	}
	return v.lx.OrgHeads.HasLower(v.words[i]) || v.lang == "ru" && v.d.x.ruHeadNoun(v.words[i])
}

// datelineTail is where a dateline that ends the sentence starts (a place,
// maybe after "г.", a comma, and a date to the end: "… А. Орозбеков г.
// Пишпек, 10 марта 1925 г." when the signature's lines ran together), or
// the sentence's length.
func (v *sview) datelineTail() int {
	for _, dm := range v.ds {
		if dm.end < len(v.toks)-1 || dm.start < 3 || v.toks[dm.start-1].Text != "," {
			continue
		}
		for _, m := range v.ms {
			if m.typ == dossier.Place && m.end == dm.start-1 {
				k := m.start
				if k >= 2 && v.toks[k-1].Text == "." && placeAbbrevs[v.words[k-2]] {
					k -= 2
				}
				return k
			}
		}
	}
	return len(v.toks)
}

// signsOne reports a signature line naming one person.
func (v *sview) signsOne() bool {
	ps, ok := v.signatureLine()
	return ok && len(ps) == 1
}

// signatureOffice states the office of a signature's office line for the
// person on the line after it.
func (v *sview) signatureOffice(next *sview) {
	ps, ok := next.signatureLine()
	if !ok || len(ps) != 1 {
		return
	}
	v.officeOf(ps[0], next, "signature-office")
}

// officeOf states the office this line names ("Председатель
// Кара-Киргизского облисполкома", "Секретарю ЦК ВКП(б)") for the person
// the next line names, with both lines as its evidence.
func (v *sview) officeOf(p *entity, next *sview, rule string) {
	for _, fam := range []string{"head_roles", "member_roles"} {
		for _, hit := range v.find(fam) {
			body := v.nearestAfter(hit[0]+hit[1], 4, dossier.Organization, dossier.Place)
			if body == nil {
				continue
			}
			pred := dossier.HeadOf
			if fam == "member_roles" && !v.headQualifier(hit[0]) {
				pred = dossier.MemberOf
			}
			if pred == dossier.MemberOf && body.typ == dossier.Place {
				return // "Plenipotentiary of the RSFSR": no one is a state's member
			}
			v.put(draft{subj: p, obj: v.widest(body).ent, pred: pred, rule: rule, conf: 0.7, span: v.s.Span.Union(next.s.Span)})
			return
		}
	}
}

// isDateline reports a short sentence holding a date, maybe a place, and
// nothing else.
func (d *docState) isDateline(si int) bool {
	if len(d.dates[si]) == 0 || len(d.sents[si].Tokens) > 12 {
		return false
	}
	for i, t := range d.sents[si].Tokens {
		if t.Kind == segment.Punct || d.inDate(si, i) || t.Kind == segment.Number {
			continue
		}
		inPlace := false
		for _, m := range d.ments[si] {
			if m.typ == dossier.Place && i >= m.start && i < m.end {
				inPlace = true
			}
		}
		if !inPlace {
			return false
		}
	}
	return true
}

// fillDatelineAnywhere dates a document-letter: a dateline near its
// signature, else the first dateline of its header.
func (d *docState) fillDatelineAnywhere(f *frame, sig int) {
	// a dateline proper, nearest the signature first ("Moscow, May 14,
	// 1921" before it, not "Published on May 16, 1921" after it)
	for _, k := range []int{sig - 1, sig + 1, sig - 2, sig + 2, sig - 3, sig + 3} {
		if k >= 0 && k < len(d.sents) && d.isDateline(k) {
			// and its place on the line after: "12 марта 1956 г." / "с. Ак-Суу"
			d.fillDateline(f, k, 1)
			if f.date != nil {
				return
			}
		}
	}
	// the signature's own short lines next, in their order: a name and
	// its dateline the splitter joined ("Б. Жунусов г. Фрунзе, 14 апреля
	// 1935 года.") come before any later paragraph's dates
	d.fillDateline(f, sig, 3)
	if f.date != nil {
		return
	}
	d.fillDateline(f, min(len(d.sents)-1, sig+3), -6)
	if f.date != nil {
		return
	}
	for si := 0; si < len(d.sents) && si < 15; si++ {
		if d.isDateline(si) {
			d.fillDateline(f, si, 0)
			return
		}
	}
}

// emitFrames states the letters of the layout: each sender wrote to each
// recipient (at the dateline's date and place) and reported from its place.
func (d *docState) emitFrames() {
	var addressed []*entity
	for _, f := range d.frames {
		if f.rule == "letter-address" {
			addressed = appendEnt(addressed, f.recipients...)
		}
	}
	// A title without a date ("Письмо … Исакеева в ЦК ВКП(б)") is the
	// letter whose dateline the signature block has: the same sender.
	for _, f := range d.frames {
		if f.rule != "letter-title" || f.date != nil {
			continue
		}
		for _, g := range d.frames {
			if g != f && g.date != nil && sharesEntity(f.senders, g.senders) {
				f.date = g.date
				if f.place == nil {
					f.place = g.place
				}
				break
			}
		}
	}
	for _, f := range d.frames {
		if len(f.recipients) == 0 && (f.rule == "letter-title" || f.rule == "letter-signature") {
			f.recipients = addressed // "Закрытое письмо секретаря …" then "Ответственному секретарю ЦК КПТ"
			if len(addressed) > 0 && f.date == nil {
				d.fillDatelineAnywhere(f, f.si)
			}
		}
		if len(f.recipients) == 0 {
			f.recipients = d.recipientBefore(f.si)
		}
		for _, s := range f.senders {
			for _, r := range f.recipients {
				if s == r {
					continue
				}
				d.facts = append(d.facts, &draft{subj: s, obj: r, pred: dossier.WroteTo, date: f.date, place: f.place, stance: dossier.Asserted, sent: max(f.si, 0), span: f.span, rule: f.rule, conf: 0.85})
			}
			if f.place != nil && len(f.recipients) > 0 {
				d.facts = append(d.facts, &draft{subj: s, obj: f.place, pred: dossier.ReportedFrom, date: f.date, stance: dossier.Asserted, sent: max(f.si, 0), span: f.span, rule: f.rule + "-place", conf: 0.85})
			}
		}
	}
}

// sharesEntity reports an entity in both lists.
func sharesEntity(a, b []*entity) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func appendEnt(list []*entity, es ...*entity) []*entity {
	for _, e := range es {
		dup := false
		for _, x := range list {
			if x == e {
				dup = true
			}
		}
		if !dup && e != nil {
			list = append(list, e)
		}
	}
	return list
}

// headerLine reads "A to B" where A and B are people (or B a body) and
// nothing else but punctuation: a letter's heading.
func (v *sview) headerLine() *frame {
	to := -1
	for i, w := range v.words {
		if w == "to" {
			to = i
			break
		}
	}
	if to <= 0 {
		return nil
	}
	var senders, rcpts []*entity
	for i := 0; i < len(v.toks); i++ {
		m := v.mentionAt(i)
		switch {
		case m != nil && m.typ == dossier.Person:
			if i < to {
				senders = appendEnt(senders, m.ent)
			} else {
				rcpts = appendEnt(rcpts, m.ent)
			}
			i = m.end - 1
		case m != nil && i > to && (m.typ == dossier.Organization || m.typ == dossier.Event):
			rcpts = appendEnt(rcpts, m.ent)
			i = m.end - 1
		case v.toks[i].Kind == segment.Punct || i == to || v.words[i] == "and":
		case v.toks[i].IsInitial():
			// an initial the name recogniser left alone
		default:
			return nil
		}
	}
	if len(senders) == 0 || len(rcpts) == 0 {
		return nil
	}
	return &frame{senders: senders, recipients: rcpts, span: v.s.Span, si: v.si, rule: "letter-header"}
}

// entryHeader reads the head of an entry of a chronicle or calendar of
// letters: "[DATE -] A (and B) to C (and D)[, office …][, from PLACE]: …".
// The senders must open the entry (after its date and a dash); the date
// before the dash dates the letter, a place after "from" is where it was
// written (unless hedged: "probably from Tashkent").
func (v *sview) entryHeader() *frame {
	k := 0
	var date *dossier.Date
	for j := 0; j < len(v.toks) && j < 14; j++ {
		if t := v.toks[j].Text; t == "-" || t == "–" || t == "—" {
			if v.toks[j].Space && len(v.ds) > 0 && v.ds[0].start < j {
				k = j + 1
				dt := v.ds[0].date
				date = &dt
			}
			break
		}
	}
	var senders, rcpts []*entity
	i := k
	for i < len(v.toks) {
		m := v.mentionAt(i)
		if m != nil && m.typ == dossier.Person {
			senders = appendEnt(senders, m.ent)
			i = m.end
			continue
		}
		if v.words[i] == "and" || v.words[i] == "," {
			i++
			continue
		}
		break
	}
	if len(senders) == 0 || i >= len(v.toks) || v.words[i] != "to" {
		return nil
	}
	i++
	if i < len(v.toks) && v.words[i] == "the" {
		i++
	}
	for i < len(v.toks) {
		m := v.mentionAt(i)
		if m != nil && (m.typ == dossier.Person || m.typ == dossier.Organization) {
			rcpts = appendEnt(rcpts, m.ent)
			i = m.end
			continue
		}
		if v.words[i] == "and" || v.words[i] == "the" {
			i++
			continue
		}
		break
	}
	if len(rcpts) == 0 {
		return nil
	}
	f := &frame{senders: senders, recipients: rcpts, date: date, si: v.si, rule: "letter-entry"}
	// the place of writing: "from PLACE" before the entry's colon
	end := len(v.toks)
	for j := i; j < len(v.toks); j++ {
		if v.toks[j].Text == ":" || v.toks[j].Text == ";" {
			end = j
			break
		}
	}
	for j := i; j < end; j++ {
		if v.words[j] != "from" || j > 0 && (v.words[j-1] == "probably" || v.words[j-1] == "apparently" || v.words[j-1] == "perhaps" || v.words[j-1] == "possibly") {
			continue
		}
		at := j + 1
		if at < len(v.toks) && v.words[at] == "the" {
			at++
		}
		if p := v.mentionAt(at); p != nil && p.typ == dossier.Place {
			f.place = p.ent // not "from the Bukhara front"
		}
		break
	}
	f.span = v.evidenceSpan(k, min(end, len(v.toks)))
	return f
}

// dashHeader reads a calendar's heading of a letter: "Ж. Абдрахманов —
// И.В. Сталинге.", "Петерс — Сталину", "Frunze – Lenin": senders, a dash,
// recipients, nothing else on the line. The date is on the line or the
// next ones.
func (v *sview) dashHeader() *frame {
	if len(v.toks) > 16 || !v.spacedDash {
		// a heading has a dash between senders and recipients
		return nil
	}
	dash := -1
	var senders, rcpts []*entity
	for i := 0; i < len(v.toks); i++ {
		t := v.toks[i]
		if m := v.mentionAt(i); m != nil && (m.typ == dossier.Person || dash >= 0 && m.typ == dossier.Organization) {
			if dash < 0 {
				senders = appendEnt(senders, m.ent)
			} else {
				rcpts = appendEnt(rcpts, m.ent)
			}
			i = m.end - 1
			continue
		}
		switch {
		case (t.Text == "—" || t.Text == "–" || t.Text == "-") && t.Space && dash < 0 && len(senders) > 0:
			dash = i
		case t.Kind == segment.Punct || v.inDate(i) || t.Kind == segment.Number || v.words[i] == "и" || v.words[i] == "and" || v.words[i] == "жана":
		default:
			return nil
		}
	}
	if dash < 0 || len(senders) == 0 || len(rcpts) == 0 {
		return nil
	}
	return &frame{senders: senders, recipients: rcpts, span: v.s.Span, si: v.si, rule: "letter-dash-header"}
}

// mentionAt returns the outermost mention starting at token i.
func (v *sview) mentionAt(i int) *mention {
	var best *mention
	for _, m := range v.ms {
		if m.ent != nil && m.start == i && (best == nil || m.end > best.end) {
			best = m
		}
	}
	return best
}

// officeOfNextLine reports an address line that is an office and its body
// alone ("Секретарю ЦК ВКП(б)"), whose holder the next line names
// ("товарищу Сталину И. В."): the body is the person's office, not a
// second addressee.
func (d *docState) officeOfNextLine(si int) bool {
	v := d.view(si)
	if len(v.toks) == 0 || v.match("member_roles", 0)+v.match("head_roles", 0) == 0 || si+1 >= len(d.sents) {
		return false
	}
	for _, m := range v.ms {
		if m.typ == dossier.Person {
			return false
		}
	}
	for _, e := range d.view(si + 1).addressLine() {
		if e.typ == dossier.Person {
			return true
		}
	}
	return false
}

// kyDativeTitles are Kyrgyz titles after a name that carry the address's
// dative for it: "Калинин жолдошко" (to comrade Kalinin).
var kyDativeTitles = map[string]bool{"жолдошко": true, "жолдоштарга": true, "мырзага": true, "агайга": true, "эжеге": true}

// dativeTitleAfter reports a Kyrgyz title in the dative right after m.
func (v *sview) dativeTitleAfter(m *mention) bool {
	return (v.lang == "ky" || v.lang == "kk") && m.end < len(v.words) && kyDativeTitles[v.words[m.end]]
}

// addressLine reads an address: "To the X, to the Y, for A and B" (English,
// nothing but the addressees), or a dative addressee after a title or an
// office ("Тов. Петерсу.", "Первому секретарю обкома тов. Х.", "Копия:
// Оргбюро ЦК и Средазбюро.").
func (v *sview) addressLine() []*entity {
	if len(v.toks) == 0 {
		return nil
	}
	if rs := v.greetingLine(); len(rs) > 0 {
		return rs
	}
	if v.match("salutation", 0) == 0 && !v.enPlaceAddress() {
		return v.dativeLine()
	}
	var out []*entity
	office := false // an office word was read: "To the Chairman of the X, comrade Y"
	for i := 0; i < len(v.toks); i++ {
		m := v.mentionAt(i)
		if m != nil && m.typ == dossier.Place {
			i = m.end - 1 // "To V. I. Lenin, Moscow."
			continue
		}
		// "To the Chairman of the Council of People's Commissars, comrade
		// V. I. Lenin", "Председателю СНК СССР товарищу Молотову": the body
		// is the office of the person named after it
		if office && m != nil && m.typ == dossier.Organization && v.personAfterComma(m.end) {
			i = m.end - 1
			continue
		}
		if v.toks[i].Kind == segment.Number && i > 0 && (v.toks[i-1].Text == "[" || !v.toks[i].Space) {
			continue // a footnote mark: "KLEVLEYEV[1]"
		}
		if m != nil && m.typ != dossier.DocumentType {
			if v.lang != "en" && m.lastCase != morph.Dat && m.lastCase != morph.Unknown && !v.indeclinable(m) && !v.bareDative(m) {
				return nil
			}
			// "КОПИЯ НАРКОМНАЦ СТАЛИНУ": the body names the person's office
			if next := v.mentionAt(m.end); m.typ == dossier.Organization && next != nil && next.typ == dossier.Person {
				i = m.end - 1
				continue
			}
			out = appendEnt(out, m.ent)
			i = m.end - 1
			continue
		}
		if v.toks[i].Kind == segment.Punct || v.match("salutation", i) > 0 || v.lx.Titles.HasLower(v.words[i]) || v.words[i] == "the" || v.words[i] == "and" || v.words[i] == "и" || v.words[i] == "жана" {
			continue
		}
		if v.match("member_roles", i)+v.match("head_roles", i) > 0 {
			office = true
			continue
		}
		if v.lang == "en" && office && (v.words[i] == "of" || v.words[i] == "for" || v.words[i] == "and" || v.toks[i].Upper()) {
			continue // the office's title: "People's Commissar for Foreign Affairs"
		}
		return nil
	}
	return out
}

// personAfterComma reports a person named from token k on, past commas
// and titles: the holder of the office named before k.
func (v *sview) personAfterComma(k int) bool {
	for ; k < len(v.toks); k++ {
		if m := v.mentionAt(k); m != nil {
			return m.typ == dossier.Person
		}
		if v.toks[k].Text != "," && v.toks[k].Text != "." && !v.lx.Titles.HasLower(v.words[k]) && v.match("salutation", k) == 0 {
			return false
		}
	}
	return false
}

// greetingLine reads the addressees of a letter's opening greeting, up to
// the comma or exclamation mark that closes it, whatever follows on the same
// line: "Dear Comrade Stalin, I write …", "Уважаемый товарищ Сталин!",
// "Урматтуу Сталин жолдош!". Only people and bodies, and the titles and
// offices around them, may stand in the greeting.
func (v *sview) greetingLine() []*entity {
	n := v.match("greeting", 0)
	if n == 0 {
		return nil
	}
	var out []*entity
	for i := n; i < len(v.toks) && i < 12; i++ {
		if m := v.mentionAt(i); m != nil {
			if m.typ != dossier.Person && m.typ != dossier.Organization {
				return nil
			}
			// "Уважаемый Вячеслав Михайлович!": a name and patronymic with
			// no surname say who the address block names; alone they are
			// nobody the graph can tell apart
			if m.typ == dossier.Person && m.entry < 0 && m.person.Last == "" {
				return nil
			}
			out = appendEnt(out, m.ent)
			i = m.end - 1
			continue
		}
		tk := v.toks[i]
		if tk.Kind == segment.Punct {
			switch tk.Text {
			case ",", "!", ":":
				return out
			case ".":
				if !tk.Space && i > 0 && v.toks[i-1].IsInitial() {
					continue
				}
				return out
			}
			continue
		}
		w := v.words[i]
		if v.lx.Titles.Has(w) || v.match("salutation", i) > 0 || v.match("greeting", i) > 0 || w == "and" || w == "и" || w == "жана" || w == "менен" {
			continue
		}
		if v.match("head_roles", i)+v.match("member_roles", i) > 0 {
			continue
		}
		return nil
	}
	return nil
}

// personAfterOffice reports a person named right after token k, past a
// title ("… тов. Сталину").
func (v *sview) personAfterOffice(k int) bool {
	for ; k < len(v.toks); k++ {
		if m := v.mentionAt(k); m != nil {
			return m.typ == dossier.Person
		}
		// a title and its abbreviation's dot, nothing else: "ЦК ВКП(б),
		// тов. Сталину" writes to both
		if n := v.match("head_roles", k) + v.match("member_roles", k); n > 0 {
			k += n - 1 // the office between: "… Советинин төрагасы Ю. Абдрахмановго"
			continue
		}
		if !v.lx.Titles.HasLower(v.words[k]) && v.match("salutation", k) == 0 && !(v.toks[k].Text == "." && k > 0 && v.lx.Titles.HasLower(v.words[k-1])) {
			return false
		}
	}
	return false
}

// titleLetter reads a letter's title: "Телеграмма В.И. Ленина и И.В.
// Сталина Совету Народных Комиссаров Туркестанского края", "Письмо
// председателя … тов. X в ЦК", "Letter from X to Y", "X-дын Y-ге каты".
// The writers are the people in the genitive after the noun (Russian) or
// before it (Kyrgyz), or after "from"; the addressees are in the dative, or
// after "to" or "в".
func (v *sview) titleLetter() *frame {
	at, n := v.firstHit("letter_nouns", 0)
	if at < 0 || at > 3 || len(v.toks) > 40 {
		return nil
	}
	var senders, rcpts []*entity
	for _, m := range v.ms {
		if m.ent == nil || m.nested {
			continue
		}
		switch {
		case v.lang == "en":
			if m.start > 0 && (v.words[m.start-1] == "from" || v.words[m.start-1] == "of" && m.start-1 == at+n) && m.typ == dossier.Person {
				senders = appendEnt(senders, m.ent)
			}
			if m.start > 0 && v.words[m.start-1] == "to" && m.typ != dossier.Place {
				rcpts = appendEnt(rcpts, m.ent)
			}
		case m.typ == dossier.Person && m.lastCase == morph.Gen && (v.lang == "ru" && m.start > at || v.lang != "ru" && m.end <= at):
			senders = appendEnt(senders, m.ent)
		case m.lastCase == morph.Dat && (m.typ == dossier.Person || m.typ == dossier.Organization):
			rcpts = appendEnt(rcpts, m.ent)
		case v.lang == "ru" && m.typ == dossier.Organization && m.start > at+n && v.words[m.start-1] == "в":
			rcpts = appendEnt(rcpts, m.ent)
		}
	}
	if v.lang == "en" && (len(senders) == 0 || len(rcpts) == 0) && at+n < len(v.words) && (v.words[at+n] == "of" || v.words[at+n] == "from") {
		// offices before the names, as collections title their documents:
		// "Telegram of the Commander of the Turkestan Front M. V. Frunze to
		// the Chairman of the Council of People's Commissars V. I. Lenin" —
		// the people before "to" sent it, those after received it
		ss, rs := v.titleParties(at + n)
		if len(senders) == 0 {
			senders = ss
		}
		if len(rcpts) == 0 {
			rcpts = rs
		}
	}
	if len(senders) == 0 && v.lang == "ru" && len(rcpts) > 0 {
		// a body that sent it, in the genitive right after the noun:
		// "Шифротелеграмма Турккомиссии В. И. Ленину"
		if m := v.mentionAt(at + n); m != nil && m.typ == dossier.Organization && (m.lastCase == morph.Gen || m.lastCase == morph.Unknown) {
			senders = appendEnt(senders, m.ent)
		}
	}
	if len(senders) == 0 {
		return nil
	}
	return &frame{senders: senders, recipients: rcpts, span: v.s.Span, si: v.si, rule: "letter-title"}
}

// titleParties splits an English title at the first "to" after token k:
// the people named between k and it, and the people named after it.
func (v *sview) titleParties(k int) (senders, rcpts []*entity) {
	to := -1
	for j := k + 1; j < len(v.words); j++ {
		if v.words[j] == "to" {
			to = j
			break
		}
	}
	if to < 0 {
		return nil, nil
	}
	for _, m := range v.ms {
		if m.ent == nil || m.nested || m.typ != dossier.Person {
			continue
		}
		switch {
		case m.start > k && m.end <= to:
			senders = appendEnt(senders, m.ent)
		case m.start > to:
			rcpts = appendEnt(rcpts, m.ent)
		}
	}
	return senders, rcpts
}

// signature reads a closing formula and the sender, place and date after
// it: "Урмат менен, Б. Исакеев. Фрунзе. 12 апрель 1933ж.", "With communist
// greetings, Peters".
func (v *sview) signature() *frame {
	at, _ := v.firstHit("signature", 0)
	if at < 0 {
		return nil
	}
	f := &frame{si: v.si, rule: "letter-signature", span: v.s.Span}
	d := v.d
	// the sender: the first person after the formula, here or in the next
	// two sentences
	for k := v.si; k < len(d.sents) && k <= v.si+2; k++ {
		for _, m := range d.ments[k] {
			if m.ent == nil || m.typ != dossier.Person || (k == v.si && m.start < at) {
				continue
			}
			f.senders = []*entity{m.ent}
			f.span = dossier.Span{Start: v.s.Span.Start, End: d.sents[k].Span.End}
			break
		}
		if len(f.senders) > 0 {
			d.fillDateline(f, k, 2)
			break
		}
	}
	if len(f.senders) == 0 {
		return nil
	}
	return f
}

// fillDateline looks for the date and the place of a letter in sentence si
// and the |n| short sentences after (n > 0) or before (n < 0) it.
func (d *docState) fillDateline(f *frame, si, n int) {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for k, c := si, 0; k >= 0 && k < len(d.sents) && c <= n; k, c = k+step, c+1 {
		if c > 0 && len(d.sents[k].Tokens) > shortSentence {
			break
		}
		if f.date == nil && len(d.dates[k]) > 0 {
			// a letter is dated to a day, a month or a year, never a range
			if dt := d.dates[k][0].date; dt.End == nil && dt.Precision >= dossier.PrecisionYear {
				f.date = &dt
				f.span = f.span.Union(d.sents[k].Span)
			}
		}
		if f.place == nil {
			for _, m := range d.ments[k] {
				if m.ent != nil && m.typ == dossier.Place && !m.nested && d.isDatelinePlace(k, m) {
					f.place = m.ent
					f.span = f.span.Union(d.sents[k].Span)
					break
				}
			}
		}
	}
}

// isDatelinePlace reports a place standing alone in a short sentence or
// next to a date ("Москва.", "Old Bukhara.", "Moscow, April 22, 1918").
func (d *docState) isDatelinePlace(si int, m *mention) bool {
	toks := d.sents[si].Tokens
	if len(toks) > 12 {
		// inside a longer sentence: only "Place. Date" or "Place Date" in
		// a signature block
		k := m.end
		if k < len(toks) && (toks[k].Text == "." || toks[k].Text == ",") {
			k++
		}
		return k < len(toks) && d.dateSoonAfter(si, k)
	}
	extra := 0
	for i, t := range toks {
		if i >= m.start && i < m.end {
			continue
		}
		if t.Kind == segment.Punct || d.inDate(si, i) || t.Kind == segment.Number && len(d.dates[si]) > 0 {
			continue // a digit the date left out: "Ташкент 1[4?] мая 1920"
		}
		if d.inPersonName(si, i) {
			continue // the signer's name the splitter joined to the dateline
		}
		// "г. Ош, 12 марта 1927 г.": a settlement's abbreviation before it;
		// "Пишпек шаары, 1925-жылдын 3-майы": a Kyrgyz settlement word after it
		if t.Kind == segment.Word && i+2 == m.start && toks[i+1].Text == "." && placeAbbrevs[t.Lower] {
			continue
		}
		if t.Kind == segment.Word && i == m.end && d.kySettlementWord(t.Lower) {
			continue
		}
		// "Old Bukhara", "Эски Ош": a capitalised word with the place
		// (not "TO MOSCOW", where the telegram went)
		if t.Kind == segment.Word && t.Upper() && (i == m.start-1 || i == m.end) && extra == 0 && t.Lower != "to" {
			extra++
			continue
		}
		return false
	}
	return true
}

// inPersonName reports token i of sentence si inside a person's name.
func (d *docState) inPersonName(si, i int) bool {
	for _, m := range d.ments[si] {
		if m.typ == dossier.Person && i >= m.start && i < m.end {
			return true
		}
	}
	return false
}

// kySettlementWord reports a Kyrgyz word for a settlement, in any form
// ("шаары", "айылында").
func (d *docState) kySettlementWord(w string) bool {
	for _, st := range d.x.memo.LowerStems(w) {
		if names.KySettlementWord(st) {
			return true
		}
	}
	return false
}

func (d *docState) inDate(si, i int) bool {
	for _, dm := range d.dates[si] {
		if i >= dm.start && i < dm.end {
			return true
		}
	}
	return false
}

// dateSoonAfter reports a date starting at token i or after a few numbers
// and brackets ("Ташкент 1[4?] мая 1920").
func (d *docState) dateSoonAfter(si, i int) bool {
	toks := d.sents[si].Tokens
	for _, dm := range d.dates[si] {
		if dm.start < i || dm.start > i+5 {
			continue
		}
		ok := true
		for k := i; k < dm.start; k++ {
			if toks[k].Kind == segment.Word {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// recipientBefore is the recipient of the latest letter stated before
// sentence si, or of the document's salutation.
func (d *docState) recipientBefore(si int) []*entity {
	var best *letterRef
	for i := range d.letterSeen {
		l := &d.letterSeen[i]
		if l.si <= si || si < 0 {
			best = l
		}
	}
	if best != nil {
		return []*entity{best.to}
	}
	for k := 0; k < len(d.sents) && k < 12; k++ {
		v := d.view(k)
		if v.match("salutation", 0) > 0 || (len(v.words) > 0 && (v.words[0] == "dear" || v.words[0] == "уважаемый")) {
			for _, m := range v.ms {
				if m.ent != nil && m.typ == dossier.Person {
					return []*entity{m.ent}
				}
			}
		}
	}
	return nil
}

// conventions applies the annotation conventions: an office held implies
// membership (memberOf is dropped where headOf holds for the same pair); a
// role, a location, an alliance or a participation stated several times is
// one fact (dated by its earliest date); an undated letter gives way to the
// dated letters between the same people; facts about a person's own
// relation to themselves are dropped.
func (d *docState) conventions() {
	type key struct {
		s, o *entity
		p    dossier.Predicate
	}
	head := map[key]bool{}
	dated := map[key]bool{}
	for _, f := range d.facts {
		if f.pred == dossier.HeadOf {
			head[key{f.subj, f.obj, dossier.MemberOf}] = true
		}
		if f.date != nil && f.obj != nil {
			dated[key{f.subj, f.obj, f.pred}] = true
		}
	}
	earliest := map[key]*dossier.Date{}
	for _, f := range d.facts {
		k := key{f.subj, f.obj, f.pred}
		if mergedPredicate(f.pred) && f.obj != nil && f.date != nil {
			if e, ok := earliest[k]; !ok || f.date.Before(*e) {
				earliest[k] = f.date
			}
		}
	}
	out := d.facts[:0]
	for _, f := range d.facts {
		k := key{f.subj, f.obj, f.pred}
		switch {
		case f.obj != nil && f.subj == f.obj:
			continue
		case f.pred == dossier.MemberOf && head[k]:
			continue
		case f.pred == dossier.WroteTo && f.date == nil && dated[k]:
			continue
		}
		if mergedPredicate(f.pred) && f.obj != nil {
			// one fact, dated by its earliest date; the statements become its evidence
			f.date = earliest[k]
		}
		out = append(out, f)
	}
	d.facts = out
}

// mergedPredicate reports a predicate whose facts, stated several times,
// conventions makes one.
func mergedPredicate(p dossier.Predicate) bool {
	switch p {
	case dossier.HeadOf, dossier.MemberOf, dossier.LocatedIn, dossier.AlliedWith, dossier.ParticipatedIn, dossier.ExiledTo, dossier.RehabilitatedBy:
		return true
	}
	return false
}

// dativeLine reads a short Kyrgyz or Russian line of addressees without a
// salutation ("Зеленскому.", "Обкому ВКП(б). Каменскому.", "Кыргыз ССРинин
// Министрлер Кеңешинин төрагасына"): people or bodies in the dative,
// places, offices, nothing else.
func (v *sview) dativeLine() []*entity {
	if v.lang == "en" || len(v.toks) > 14 {
		return nil
	}
	var out []*entity
	dative := false
	for i := 0; i < len(v.toks); i++ {
		m := v.mentionAt(i)
		if m != nil {
			switch {
			case m.typ == dossier.Place:
			case m.typ == dossier.Organization && v.personAfterOffice(m.end):
				// "Секретарю ЦК ВКП(б) тов. Сталину": the body names the
				// addressee's office; the letter goes to the person
			case m.typ == dossier.Person || m.typ == dossier.Organization:
				out = appendEnt(out, m.ent)
				if m.lastCase == morph.Dat || v.bareDative(m) || v.dativeTitleAfter(m) {
					dative = true
				}
			default:
				return nil
			}
			i = m.end - 1
			continue
		}
		if v.toks[i].Kind == segment.Punct || v.words[i] == "и" || v.words[i] == "жана" {
			continue
		}
		if n := v.match("head_roles", i) + v.match("member_roles", i); n > 0 {
			if strings.HasSuffix(v.words[i], "у") || strings.HasSuffix(v.words[i], "ю") || strings.HasSuffix(v.words[i], "на") || strings.HasSuffix(v.words[i], "не") || strings.HasSuffix(v.words[i], "га") || strings.HasSuffix(v.words[i], "ге") {
				dative = true // "секретарю", "төрагасына": to the holder of an office
			}
			continue
		}
		if v.lx.Titles.HasLower(v.words[i]) || v.match("salutation", i) > 0 || kyDativeTitles[v.words[i]] {
			continue
		}
		return nil
	}
	if !dative {
		return nil
	}
	return out
}

// indeclinable reports a name written as an acronym ("ЦК РКП(б)",
// "СНК"), which does not show its case.
func (v *sview) indeclinable(m *mention) bool {
	for k := m.start; k < m.end; k++ {
		if t := v.toks[k]; t.Kind == segment.Word && t.AllCaps() && utf8.RuneCountInString(t.Text) >= 2 {
			return true
		}
	}
	return false
}

// bareDative reports a Russian name whose ending reads as dative or
// prepositional ("Элиаве", "Петерсе") with no preposition before it: in
// an address, the dative.
func (v *sview) bareDative(m *mention) bool {
	if v.lang != "ru" || m.lastCase != morph.Prep {
		return false
	}
	if k := m.start - 1; k >= 0 {
		switch v.words[k] {
		case "в", "во", "о", "об", "обо", "при", "на", "по":
			return false
		}
	}
	return true
}

// bodiesOnly returns the bodies of a short line that holds nothing but
// bodies and places ("Средазбюро ЦК ВКП(б).").
func (v *sview) bodiesOnly() []*entity {
	if len(v.toks) > 10 {
		return nil
	}
	var out []*entity
	for i := 0; i < len(v.toks); i++ {
		m := v.mentionAt(i)
		if m != nil && (m.typ == dossier.Organization || m.typ == dossier.Place) {
			if m.typ == dossier.Organization {
				out = appendEnt(out, m.ent)
			}
			i = m.end - 1
			continue
		}
		if v.toks[i].Kind == segment.Punct {
			continue
		}
		return nil
	}
	return out
}

// ruPetitionHead reads the head of a Russian petition or application:
// its addressees in the dative, then "от" and the applicant in the
// genitive, whatever follows ("Прокурору Киргизской ССР от гр.
// Бекназаровой А., проживающей в …"; "В Верховный суд Киргизской ССР /
// от Иванова И. И."). A line that opens with "от" and the applicant,
// right after an address (afterAddress), gives the applicant alone.
// Addressees are bodies and people in the dative, or a body after "в"
// ("В Верховный суд"); the applicant is the first person after "от" and
// its titles ("гр.", "гражданки").
func (v *sview) ruPetitionHead(afterAddress bool) (rcpts, from []*entity) {
	if v.lang != "ru" || len(v.toks) < 2 {
		return nil, nil
	}
	i := 0
	for ; i < len(v.toks) && v.words[i] != "от"; i++ {
		m := v.mentionAt(i)
		switch {
		case m != nil && (m.typ == dossier.Organization || m.typ == dossier.Person):
			if m.lastCase != morph.Dat && !v.indeclinable(m) && !(i > 0 && (v.words[i-1] == "в" || v.words[i-1] == "во")) {
				return nil, nil
			}
			if m.typ == dossier.Person || !v.personAfterOffice(m.end) {
				// "Прокурору Киргизской ССР тов. Иванову": to the person
				rcpts = appendEnt(rcpts, m.ent)
			}
			i = m.end - 1
		case m != nil && m.typ == dossier.Place:
			i = m.end - 1
		case v.toks[i].Kind == segment.Punct, v.words[i] == "в", v.words[i] == "во", v.words[i] == "и",
			v.lx.Titles.HasLower(v.words[i]), v.match("salutation", i) > 0:
		default:
			return nil, nil
		}
	}
	if i >= len(v.toks) || len(rcpts) == 0 && (i > 0 || !afterAddress) {
		return nil, nil
	}
	for k := i + 1; k < len(v.toks) && k <= i+4; k++ {
		if m := v.mentionAt(k); m != nil {
			if m.typ == dossier.Person && m.lastCase != morph.Dat {
				from = appendEnt(from, m.ent)
			}
			break
		}
		if v.toks[k].Kind != segment.Punct && !v.lx.Titles.HasLower(v.words[k]) && !strings.HasPrefix(v.words[k], "граждан") {
			break
		}
	}
	if len(from) == 0 {
		return nil, nil
	}
	return rcpts, from
}
