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
			if wordByte(c) {
				j++
				continue
			}
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

// wordByte reports a byte that is part of a word and no lead byte of a
// Unicode space: any but ASCII spaces and control characters, 0xC2, 0xE1,
// 0xE2 and 0xE3 (the common case, told in three comparisons).
func wordByte(c byte) bool {
	return c > ' ' && c != 0xC2 && (c < 0xE1 || c > 0xE3)
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
		c := s[i]
		if wordByte(c) {
			continue
		}
		switch {
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
	byOrder := func(a, b *entity) int { return cmp.Compare(a.order, b.order) }
	if !slices.IsSortedFunc(d.ents, byOrder) {
		slices.SortStableFunc(d.ents, byOrder)
	}
	x.Entities = make([]dossier.Entity, 0, len(d.ents))
	x.Facts = make([]dossier.Fact, 0, len(d.facts))
	// the entities' mentions and names come out of one array each: an
	// entity has at most as many names as mentions
	total := 0
	for _, e := range d.ents {
		total += len(e.ments)
	}
	mentions := make([]dossier.Mention, 0, total)
	names := make([]dossier.Name, 0, total)
	var sorted []*mention
	for _, e := range d.ents {
		en := dossier.Entity{ID: e.id, Type: e.typ, Name: e.name}
		if e.entry >= 0 {
			g := d.x.gaz.Entry(e.entry)
			en.Wikidata = g.Wikidata
			en.Class = ""
		}
		ms := e.ments
		if !startsIncrease(ms) {
			sorted = append(sorted[:0], ms...)
			slices.SortFunc(sorted, func(a, b *mention) int { return cmp.Compare(a.span.Start, b.span.Start) })
			ms = sorted
		}
		n := len(mentions)
		en.Mentions = mentions[n : n : n+len(ms)]
		if len(ms) > 0 {
			en.Names = names[n : n : n+len(ms)] // (none stays nil)
		}
		for _, m := range ms {
			sp := d.tx.SourceSpan(m.span)
			text := quote(d.doc.Text[sp.Start:sp.End])
			en.AddName(dossier.Name{Text: text, Lang: m.lang})
			en.Mentions = append(en.Mentions, dossier.Mention{Span: sp, Text: text, Lang: m.lang})
		}
		mentions = mentions[:n+len(ms)]
		x.Entities = append(x.Entities, en)
	}
	byKey := make(map[string]int, len(d.facts))
	// the facts of a sentence come together, and most have its span for
	// evidence: its quote is made once
	lastClean, sp, q := dossier.Span{Start: -1}, dossier.Span{}, ""
	// a fact's first evidence comes out of one array
	evidence := make([]dossier.Evidence, len(d.facts))
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
		n := len(x.Facts)
		evidence[n] = ev
		fact.Evidence = evidence[n : n+1 : n+1]
		byKey[k] = n
		x.Facts = append(x.Facts, fact)
	}
	return x
}

// startsIncrease reports mentions in the order of their starts, no two at
// one: the order emit puts them in.
func startsIncrease(ms []*mention) bool {
	for i := 1; i < len(ms); i++ {
		if ms[i].span.Start <= ms[i-1].span.Start {
			return false
		}
	}
	return true
}

// withoutCoarserDates returns the facts without those whose date a more
// precise fact of the same subject, predicate and stance refines: "cleared
// that year" (1956) beside "rehabilitated on December 12, 1956" states
// one rehabilitation, dated 1956-12-12.
func (d *docState) withoutCoarserDates() []*draft {
	// the dated facts (their indices), grouped by subject (its IRI:
	// entities merged late share it), predicate and stance
	var dated []int
	for i, f := range d.facts {
		if f.objDate != nil {
			dated = append(dated, i)
		}
	}
	if len(dated) < 2 {
		return d.facts
	}
	group := func(i, j int) int {
		a, b := d.facts[i], d.facts[j]
		if c := cmp.Compare(a.pred, b.pred); c != 0 {
			return c
		}
		if c := cmp.Compare(a.stance, b.stance); c != 0 {
			return c
		}
		return strings.Compare(a.subj.id, b.subj.id)
	}
	slices.SortFunc(dated, group)
	// coarser marks the facts a more precise one of their group refines
	var coarser []bool
	for i := 0; i < len(dated); {
		j := i + 1
		for j < len(dated) && group(dated[i], dated[j]) == 0 {
			j++
		}
		for _, k := range dated[i:j] {
			if j-i > 1 && d.refined(k, dated[i:j]) {
				if coarser == nil {
					coarser = make([]bool, len(d.facts))
				}
				coarser[k] = true
			}
		}
		i = j
	}
	if coarser == nil {
		return d.facts
	}
	out := make([]*draft, 0, len(d.facts))
	for k, f := range d.facts {
		if !coarser[k] {
			out = append(out, f)
		}
	}
	return out
}

// refined reports fact k, whose date one of the facts same (of its group)
// states more precisely.
func (d *docState) refined(k int, same []int) bool {
	f := d.facts[k]
	for _, i := range same {
		if o := d.facts[i]; o.objDate.Precision > f.objDate.Precision && strings.HasPrefix(o.objDate.ISO(), f.objDate.ISO()) {
			return true
		}
	}
	return false
}
