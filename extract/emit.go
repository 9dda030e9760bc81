package extract

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/internal/swar"
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

// quote returns the text under a source span with white space collapsed:
// strings.Join(strings.Fields(s), " "). Text that is already so (most
// names, many sentences) is returned as it is; other text is copied from
// its first odd white space on.
func quote(s string) string {
	if s == "" {
		return s
	}
	k := 0
	if s[0] != ' ' {
		k = oddSpace(s, 0)
		if k == len(s) {
			if s[k-1] != ' ' {
				return s
			}
			k-- // a lone space at the end
		}
	}
	return squeezeFrom(s, k)
}

// squeeze is strings.Join(strings.Fields(s), " ").
func squeeze(s string) string { return squeezeFrom(s, 0) }

// squeezeFrom is squeeze for text whose first k bytes are words apart by
// single spaces, with no space before them and at most one after. The
// text is copied in runs: from a word to the next odd white space.
func squeezeFrom(s string, k int) string {
	if k > 0 && s[k-1] == ' ' {
		k--
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:k])
	space := false // white space seen since the last word
	for i := k; i < len(s); {
		if n := spaceAt(s, i); n > 0 {
			space = true
			i += n
			continue
		}
		e := oddSpace(s, i+1)
		run := s[i:e]
		trail := run[len(run)-1] == ' ' // before odd white space or the end
		if trail {
			run = run[:len(run)-1]
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(run)
		space = trail
		i = e
	}
	return b.String()
}

// spaceAt returns the length of the white space rune at s[i], 0 if there
// is none. Only the lead bytes 0xC2, 0xE1, 0xE2 and 0xE3 begin Unicode
// spaces (U+0085, U+00A0, U+1680, U+2000…, U+3000).
func spaceAt(s string, i int) int {
	c := s[i]
	switch {
	case c == ' ' || '\t' <= c && c <= '\r':
		return 1
	case c == 0xC2 || 0xE1 <= c && c <= 0xE3:
		if r, n := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
			return n
		}
	}
	return 0
}

// oddAt reports white space at s[i] other than a lone ' '.
func oddAt(s string, i int) bool {
	if c := s[i]; c == ' ' {
		return i+1 < len(s) && s[i+1] == ' '
	}
	return spaceAt(s, i) > 0
}

// Bytes of a word, for oddSpace.
const (
	ones   = 0x0101010101010101
	highs  = 0x8080808080808080
	spaces = 0x2020202020202020
)

// zeroBytes returns the high bit of each zero byte of x, and maybe of some
// bytes above a zero byte (a borrow), never of one below all of them.
func zeroBytes(x uint64) uint64 {
	return (x - ones) &^ x & highs
}

// oddSpace returns the index of the first white space in s from i on that
// is not a lone ' ' (a control from '\t' to '\r', a Unicode space or the
// first of two spaces), len(s) if there is none. It reads eight bytes at
// a time, the last eight of s last, and looks closer only at the bytes it
// flags: among the lead bytes flagged are those of all Unicode spaces and
// none of a Cyrillic letter.
func oddSpace(s string, i int) int {
	if len(s) < 8 {
		for ; i < len(s); i++ {
			// only spaces, controls and lead bytes from 0xC2 may begin
			// white space
			if c := s[i]; (c <= ' ' || c >= 0xC2) && oddAt(s, i) {
				return i
			}
		}
		return len(s)
	}
	for ; i+8 <= len(s); i += 8 {
		if m := oddFlags(s, i, swar.Load8(s[i:i+8])); m != 0 {
			if j := flaggedOdd(s, i, m); j >= 0 {
				return j
			}
		}
	}
	if i < len(s) {
		// the last eight bytes, less those looked at before
		seen := i + 8 - len(s)
		i = len(s) - 8
		if m := oddFlags(s, i, swar.Load8(s[i:])) >> (8 * seen) << (8 * seen); m != 0 {
			if j := flaggedOdd(s, i, m); j >= 0 {
				return j
			}
		}
	}
	return len(s)
}

// oddFlags returns the high bit of every byte of x, s[i:i+8], that may
// begin odd white space (and of some others): a control, a space before
// a space, a lead byte 0xC0–0xCF or 0xE0–0xEF.
func oddFlags(s string, i int, x uint64) uint64 {
	m := wordFlags(x)
	if x>>56 == ' ' && i+8 < len(s) && s[i+8] == ' ' {
		m |= 1 << 63
	}
	return m
}

// wordFlags is oddFlags without the byte after x: a space last is not
// flagged.
func wordFlags(x uint64) uint64 {
	sp := zeroBytes(x ^ spaces)
	return sp&(sp>>8) | (x-spaces)&^x&highs | zeroBytes(x&0xd0d0d0d0d0d0d0d0^0xc0c0c0c0c0c0c0c0)
}

// flaggedOdd returns the first byte of s[i:i+8] flagged in m (by oddFlags)
// that begins odd white space, -1 if none does.
func flaggedOdd(s string, i int, m uint64) int {
	for ; m != 0; m &= m - 1 {
		if j := i + bits.TrailingZeros64(m)/8; oddAt(s, j) {
			return j
		}
	}
	return -1
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
