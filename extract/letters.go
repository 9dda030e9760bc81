package extract

import (
	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/extract/segment"
)

// frame is a letter as the document's layout states it: a header ("J. X.
// Peters to I. V. Stalin"), an address ("TO THE … CONGRESS, FOR IBRAHIMOV
// AND KLEVLEYEV", "Тов. Петерсу."), a signature ("Lenin and Stalin";
// "Коммунисттик саламым менен. Ж. Абдрахманов.") and a dateline ("Moscow,
// April 22, 1918"; "Москва. 5 май 1925ж.").
type frame struct {
	senders, recipients []*entity
	date                *dossier.Date
	place               *entity
	span                dossier.Span // evidence: header or signature
	si                  int
	rule                string
}

const shortSentence = 16 // tokens

// detectFrames finds the document's letters from its layout.
func (d *docState) detectFrames() []*frame {
	var frames []*frame
	global := &frame{si: -1}
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
		if len(v.toks) <= 40 && si < 10 {
			if rs := v.addressLine(); len(rs) > 0 {
				global.recipients = appendEnt(global.recipients, rs...)
				if global.span == (dossier.Span{}) {
					global.span, global.si = v.s.Span, si
				}
			}
		}
		if f := v.signature(); f != nil {
			frames = append(frames, f)
		}
	}
	// a signature of names ("Lenin and Stalin", "Секретарь ЦК Л. Каганович")
	// near a dateline
	if len(global.recipients) > 0 {
		for si := len(d.sents) - 1; si >= 0 && si >= len(d.sents)-12; si-- {
			v := d.view(si)
			if ps := v.signatureNames(); len(ps) > 0 && d.hasDatelineNear(si) {
				global.senders = ps
				d.fillDateline(global, si, -3)
				global.span = dossier.Span{Start: global.span.Start, End: v.s.Span.End}
				if global.span.Start == 0 && global.si < 0 {
					global.span = v.s.Span
				}
				global.si = si
				break
			}
		}
		if len(global.senders) > 0 {
			frames = append(frames, global)
		}
	}
	return frames
}

// emitFrames states the letters of the layout: each sender wrote to each
// recipient (at the dateline's date and place) and reported from its place.
func (d *docState) emitFrames() {
	for _, f := range d.frames {
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
		case v.toks[i].Kind == segment.Word && len([]rune(v.toks[i].Text)) == 1 && v.toks[i].Upper():
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

// addressLine reads an address: "To the X, to the Y, for A and B" (English,
// nothing but the addressees), or a dative addressee after a title or an
// office ("Тов. Петерсу.", "Ответственному Секретарю ЦК КПТ", "Копия
// Секретариату ЦК РКП и Ср. Аз. Бюро ЦК РКП.").
func (v *sview) addressLine() []*entity {
	if len(v.toks) == 0 || v.match("salutation", 0) == 0 {
		return nil
	}
	var out []*entity
	for i := 0; i < len(v.toks); i++ {
		m := v.mentionAt(i)
		if m != nil && m.typ != dossier.Place && m.typ != dossier.DocumentType {
			if v.lang != "en" && m.lastCase != morph.Dat && m.lastCase != morph.Unknown && !v.toks[m.end-1].AllCaps() {
				return nil
			}
			out = appendEnt(out, m.ent)
			i = m.end - 1
			continue
		}
		if v.toks[i].Kind == segment.Punct || v.match("salutation", i) > 0 || v.words[i] == "the" || v.words[i] == "and" || v.words[i] == "и" || v.words[i] == "жана" {
			continue
		}
		if v.lang != "en" && v.match("member_roles", i)+v.match("head_roles", i) > 0 {
			continue
		}
		return nil
	}
	return out
}

// signatureNames returns the people of a sentence that holds nothing but
// people with their offices: "Lenin and Stalin", "Секретарь ЦК ВКП(б) Л.
// Каганович", "Председатель СНК В. Молотов".
func (v *sview) signatureNames() []*entity {
	var out []*entity
	for i := 0; i < len(v.toks); i++ {
		m := v.mentionAt(i)
		if m != nil && m.typ == dossier.Person {
			out = appendEnt(out, m.ent)
			i = m.end - 1
			continue
		}
		if m != nil && m.typ == dossier.Organization {
			i = m.end - 1
			continue
		}
		switch {
		case v.words[i] == "and" || v.words[i] == "и" || v.words[i] == "жана" || v.toks[i].Kind == segment.Punct:
			continue
		case v.match("head_roles", i) > 0 || v.match("member_roles", i) > 0 || v.lx.Titles.Has(v.words[i]) || v.headQualifier(i+1):
			continue
		}
		return nil
	}
	return out
}

// titleLetter reads a letter's title: "Телеграмма В.И. Ленина и И.В.
// Сталина Совету Народных Комиссаров Туркестанского края", "Письмо
// председателя … тов. X в ЦК", "Letter from X to Y", "X-дын Y-ге каты".
// The writers are the people in the genitive after the noun (Russian) or
// before it (Kyrgyz), or after "from"; the addressees are in the dative, or
// after "to" or "в".
func (v *sview) titleLetter() *frame {
	at, n := -1, 0
	for i := 0; i < len(v.toks) && i <= 3; i++ {
		if k := v.match("letter_nouns", i); k > 0 {
			at, n = i, k
			break
		}
	}
	if at < 0 || len(v.toks) > 40 {
		return nil
	}
	var senders, rcpts []*entity
	for _, m := range v.ms {
		if m.ent == nil || m.nested {
			continue
		}
		switch {
		case v.lang == "en":
			if m.start > 0 && v.words[m.start-1] == "from" && m.typ == dossier.Person {
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
	if len(senders) == 0 || len(rcpts) == 0 {
		return nil
	}
	return &frame{senders: senders, recipients: rcpts, span: v.s.Span, si: v.si, rule: "letter-title"}
}

// signature reads a closing formula and the sender, place and date after
// it: "Коммунисттик саламым менен. Ж. Абдрахманов. Москва. 5 май 1925ж.",
// "With communist greetings, Peters".
func (v *sview) signature() *frame {
	at := -1
	for i := range v.toks {
		if v.match("signature", i) > 0 {
			at = i
			break
		}
	}
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
		// inside a longer sentence: only "Place. Date" in a signature block
		return m.end < len(toks) && toks[m.end].Text == "." && m.end+1 < len(toks) && d.dateStartsAt(si, m.end+1)
	}
	extra := 0
	for i, t := range toks {
		if i >= m.start && i < m.end {
			continue
		}
		if t.Kind == segment.Punct || d.inDate(si, i) {
			continue
		}
		// "Old Bukhara", "Эски Ош": a capitalised word with the place
		if t.Kind == segment.Word && t.Upper() && (i == m.start-1 || i == m.end) && extra == 0 {
			extra++
			continue
		}
		return false
	}
	return true
}

func (d *docState) inDate(si, i int) bool {
	for _, dm := range d.dates[si] {
		if i >= dm.start && i < dm.end {
			return true
		}
	}
	return false
}

func (d *docState) dateStartsAt(si, i int) bool {
	for _, dm := range d.dates[si] {
		if dm.start == i {
			return true
		}
	}
	return false
}

func (d *docState) hasDatelineNear(si int) bool {
	for k := si - 2; k <= si+1; k++ {
		if k >= 0 && k < len(d.sents) && len(d.dates[k]) > 0 && len(d.sents[k].Tokens) <= shortSentence {
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
	merge := map[dossier.Predicate]bool{dossier.HeadOf: true, dossier.MemberOf: true, dossier.LocatedIn: true, dossier.AlliedWith: true, dossier.ParticipatedIn: true, dossier.ExiledTo: true, dossier.RehabilitatedBy: true}
	earliest := map[key]*dossier.Date{}
	for _, f := range d.facts {
		k := key{f.subj, f.obj, f.pred}
		if merge[f.pred] && f.obj != nil && f.date != nil {
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
		if merge[f.pred] && f.obj != nil {
			// one fact, dated by its earliest date; the statements become its evidence
			f.date = earliest[k]
		}
		out = append(out, f)
	}
	d.facts = out
}
