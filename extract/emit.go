package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
)

// draft is a fact before emission.
type draft struct {
	subj, obj *entity
	objDate   *dossier.Date
	pred      dossier.Predicate
	date      *dossier.Date
	place     *entity
	stance    dossier.Stance
	sent      int
	span      dossier.Span // clean-text span of the evidence
	rule      string
	conf      float64
}

// quote returns the text under a source span with whitespace collapsed.
func quote(s string) string {
	if !needsSqueeze(s) {
		return s
	}
	return squeeze(s)
}

// squeeze is strings.Join(strings.Fields(s), " ") in one pass: runs of
// white space become one space, none at the ends. The words between are
// copied whole: only the lead bytes of Unicode spaces (see needsSqueeze)
// are decoded, as no other byte of a word starts a space.
func squeeze(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // white space seen since the last word
	for i := 0; i < len(s); {
		j := i // the end of the word at i
		for j < len(s) {
			c := s[j]
			if c == ' ' || '\t' <= c && c <= '\r' {
				break
			}
			if c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3 {
				r, n := utf8.DecodeRuneInString(s[j:])
				if unicode.IsSpace(r) {
					break
				}
				j += n
				continue
			}
			j++
		}
		if j == i { // white space at i
			space = true
			if s[i] < utf8.RuneSelf {
				i++
			} else {
				_, n := utf8.DecodeRuneInString(s[i:])
				i += n
			}
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(s[i:j])
		i = j
	}
	return b.String()
}

// needsSqueeze reports text with white space other than single spaces
// between words.
func needsSqueeze(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return true
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if s[i+1] == ' ' {
				return true
			}
		case c < 0x20:
			return true // newlines, tabs
		case c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3:
			// the lead bytes of Unicode spaces (U+0085, U+00A0, U+1680,
			// U+2000…, U+3000)
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return true
			}
		}
	}
	return false
}

// emit builds the Extraction: entities with their names as written in the
// original text and their mentions, facts merged by key with all their
// evidence, every span mapped back to the original text.
func (d *docState) emit() *dossier.Extraction {
	x := &dossier.Extraction{Doc: d.doc, Problems: d.problems}
	slices.SortStableFunc(d.ents, func(a, b *entity) int { return cmp.Compare(a.order, b.order) })
	x.Entities = make([]dossier.Entity, 0, len(d.ents))
	x.Facts = make([]dossier.Fact, 0, len(d.facts))
	for _, e := range d.ents {
		en := dossier.Entity{ID: e.id, Type: e.typ, Name: e.name}
		if e.entry >= 0 {
			g := d.x.gaz.Entry(e.entry)
			en.Wikidata = g.Wikidata
			en.Class = ""
		}
		ms := append([]*mention(nil), e.ments...)
		slices.SortFunc(ms, func(a, b *mention) int { return cmp.Compare(a.span.Start, b.span.Start) })
		en.Mentions = make([]dossier.Mention, 0, len(ms))
		for _, m := range ms {
			sp := d.tx.SourceSpan(m.span)
			text := quote(d.doc.Text[sp.Start:sp.End])
			en.AddName(dossier.Name{Text: text, Lang: m.lang})
			en.Mentions = append(en.Mentions, dossier.Mention{Span: sp, Text: text, Lang: m.lang})
		}
		x.Entities = append(x.Entities, en)
	}
	byKey := make(map[string]int, len(d.facts))
	// the facts of a sentence come together, and most have its span for
	// evidence: its quote is made once
	lastClean, sp, q := dossier.Span{Start: -1}, dossier.Span{}, ""
	for _, f := range d.withoutCoarserDates() {
		if f.span != lastClean {
			lastClean, sp = f.span, d.tx.SourceSpan(f.span)
			q = quote(d.doc.Text[sp.Start:sp.End])
		}
		ev := dossier.Evidence{
			Doc: d.doc.ID, Span: sp, Quote: q,
			Rule: f.rule, Confidence: f.conf, Lang: d.sents[f.sent].Lang,
		}
		fact := dossier.Fact{Subject: f.subj.id, Predicate: f.pred, Date: f.date, Stance: f.stance, ObjectDate: f.objDate}
		if f.obj != nil {
			fact.Object = f.obj.id
		}
		if f.place != nil {
			fact.Place = f.place.id
		}
		if fact.Stance == "" {
			fact.Stance = dossier.Asserted
		}
		k := fact.Key()
		if i, ok := byKey[k]; ok {
			dup := false
			for _, e := range x.Facts[i].Evidence {
				if e.Span == ev.Span {
					dup = true
				}
			}
			if !dup {
				x.Facts[i].Evidence = append(x.Facts[i].Evidence, ev)
			}
			continue
		}
		fact.Evidence = []dossier.Evidence{ev}
		byKey[k] = len(x.Facts)
		x.Facts = append(x.Facts, fact)
	}
	return x
}

// withoutCoarserDates returns the facts without those whose date a more
// precise fact of the same subject, predicate and stance refines: "cleared
// that year" (1956) beside "rehabilitated on December 12, 1956" states
// one rehabilitation, dated 1956-12-12.
func (d *docState) withoutCoarserDates() []*draft {
	type group struct {
		subj   string // the entity's IRI: entities merged late share it
		pred   dossier.Predicate
		stance dossier.Stance
	}
	var dated map[group][]*draft
	for _, f := range d.facts {
		if f.objDate == nil {
			continue
		}
		if dated == nil {
			dated = map[group][]*draft{}
		}
		g := group{f.subj.id, f.pred, f.stance}
		dated[g] = append(dated[g], f)
	}
	// coarser reports a fact refined by one of its group
	coarser := func(f *draft, same []*draft) bool {
		for _, o := range same {
			if o.objDate.Precision > f.objDate.Precision && strings.HasPrefix(o.objDate.ISO(), f.objDate.ISO()) {
				return true
			}
		}
		return false
	}
	out := make([]*draft, 0, len(d.facts))
	for _, f := range d.facts {
		if f.objDate != nil {
			if same := dated[group{f.subj.id, f.pred, f.stance}]; len(same) > 1 && coarser(f, same) {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}
