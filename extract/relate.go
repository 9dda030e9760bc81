package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/lexicon"
	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/extract/segment"
)

// sview is one sentence prepared for the relation rules.
type sview struct {
	d     *docState
	si    int
	s     *segment.Sentence
	toks  []segment.Token
	words []string // lower-cased token texts
	ms    []*mention
	ds    []dateMention
	lang  string
	lx    *lexicon.Lang
	// allegeable is set while a rule states something an accusation can
	// claim (membership, alliance, participation, a letter): "accused of
	// belonging to …" makes such a statement alleged, but "shot on a false
	// charge" does not make the shooting alleged
	allegeable bool
	// quoteStop[k] is set for a quotation mark that bounds a clause: one of
	// a pair around more than a name (quoted speech, a quoted charge)
	quoteStop []bool
	// spacedDash is set for a sentence with a dash that has a space
	// before it (see dashHeader)
	spacedDash bool
	// pronoun is where the first subject pronoun is (see
	// subjectOfSentence), or len(words)
	pronoun int
	// hits are the sentence's trigger phrases of every family, found once
	// (see find)
	hits     []lexicon.Hit
	hitFrom  []int32 // hits[hitFrom[i]:hitFrom[i+1]] are word i's
	hitsDone bool
	// hitFams has famBit's bit of every family among hits: a family whose
	// bit is clear has no hit in the sentence
	hitFams uint64
	// marks[k] says, once stanceAt has looked, whether a hedge or an
	// accusation phrase starts at word k (see stanceMark)
	marks      []stanceMark
	marksReady bool
	stanceIdx  *stanceIndex // the language's, once marksReady
	// puncts[k] says what token k is to clauses and brackets, once
	// punctMarks has looked (see tokenPunct); puncts is empty until then
	puncts []tokenPunct
	// anyPunct is the union of puncts: a sentence without a "|" or a "("
	// need not be searched for one
	anyPunct    tokenPunct
	punctsReady bool
	// ctxDate is the sentence's date from its context, once ctxDone (none
	// unless ctxOK; see contextDate)
	ctxDate        dossier.Date
	ctxOK, ctxDone bool
	// tops is topMentions' scratch
	tops []*mention
	// drafts holds the facts put by the sentence's rules (see put), kept
	// with the view for the next document's
	drafts []draft
	// made is set once the view holds sentence si (a view of the
	// Extractor's scratch, kept from an earlier document, is not)
	made bool
}

// viewSlab holds the views of one document, for the next document to
// reuse: their structs and the capacity of their slices.
type viewSlab struct {
	ptrs  []*sview
	store []sview
}

// maxPooledViews bounds the views a slab keeps for reuse: one very long
// document does not keep its views for ever.
const maxPooledViews = 1 << 12

// viewsFor returns n views (none made yet) from a slab of the Extractor's
// scratch, and the slab.
func (x *Extractor) viewsFor(n int) ([]*sview, *viewSlab) {
	slab, _ := x.viewSlabs.Get().(*viewSlab)
	if slab == nil {
		slab = &viewSlab{}
	}
	if n > len(slab.store) {
		// the views made before keep their slices' capacity
		slab.store = append(slab.store, make([]sview, n-len(slab.store))...)
		slab.ptrs = make([]*sview, len(slab.store))
		for i := range slab.store {
			slab.ptrs[i] = &slab.store[i]
		}
	}
	for i := range n {
		slab.store[i].made = false
	}
	return slab.ptrs[:n], slab
}

// putViews gives a document's views back to the Extractor's scratch; they
// must not be used after.
func (x *Extractor) putViews(slab *viewSlab) {
	if len(slab.store) > maxPooledViews {
		return
	}
	for i := range slab.store {
		if v := &slab.store[i]; v.made {
			v.clean()
		}
		// a view not made is clean already
	}
	x.viewSlabs.Put(slab)
}

// clean makes v as putViews leaves a view: zero but for its slices'
// capacity, nothing kept that points into the document. Field by field:
// cheaper than writing the whole struct (TestViewClean holds the two to
// the same).
func (v *sview) clean() {
	clear(v.tops) // mentions of the document
	clear(v.drafts)
	v.d, v.si, v.s, v.toks, v.ms, v.ds, v.lang, v.lx = nil, 0, nil, nil, nil, nil, "", nil
	v.words, v.quoteStop, v.hits, v.hitFrom = v.words[:0], v.quoteStop[:0], v.hits[:0], v.hitFrom[:0]
	v.marks, v.puncts, v.tops, v.drafts = v.marks[:0], v.puncts[:0], v.tops[:0], v.drafts[:0]
	v.allegeable, v.hitsDone, v.hitFams, v.marksReady, v.stanceIdx = false, false, 0, false, nil
	v.anyPunct, v.punctsReady, v.ctxDate, v.ctxOK, v.ctxDone, v.made = 0, false, dossier.Date{}, false, false, false
	v.spacedDash, v.pronoun = false, 0
}

func (d *docState) view(si int) *sview {
	if d.views == nil {
		d.views = make([]*sview, len(d.sents))
	}
	v := d.views[si]
	if v != nil && v.made {
		// made before: its words, quotes and phrases stand; the mentions
		// may have changed since (resolution merges and adds some)
		v.ms, v.ds = d.ments[si], d.dates[si]
		return v
	}
	if v == nil {
		v = &sview{}
		d.views[si] = v
	}
	s := &d.sents[si]
	var lx *lexicon.Lang
	if si > 0 {
		// most sentences are in the language of the one before
		if p := d.views[si-1]; p != nil && p.made && p.lang == s.Lang {
			lx = p.lx
		}
	}
	if lx == nil {
		lx = d.x.lex.For(s.Lang)
	}
	// a view not made is clean (zero but for its slices' capacity; see
	// putViews): only what points into the document is set
	v.d, v.si, v.s, v.toks, v.ms, v.ds, v.lang, v.lx, v.made = d, si, s, s.Tokens, d.ments[si], d.dates[si], s.Lang, lx, true
	// a sentence's words and quotes, made once for every use of its view
	toks := s.Tokens
	words := slices.Grow(v.words[:0], len(toks))[:len(toks)]
	quotes, dash, pronoun := false, false, len(words)
	for k := range words {
		t := &toks[k]
		w := t.Lower
		words[k] = w
		// what other readers of the words look for, noted in this pass
		switch len(w) {
		case 1:
			quotes = quotes || w[0] == '"'
			dash = dash || w[0] == '-' && t.Space
		case 2, 4, 6:
			if pronoun == len(words) && subjectPronoun(w) {
				pronoun = k
			}
		case 3:
			if pronoun == len(words) && subjectPronoun(w) {
				pronoun = k
			}
			dash = dash || t.Space && (w == "—" || w == "–")
		}
	}
	v.words, v.spacedDash, v.pronoun = words, dash, pronoun
	if quotes {
		// only a quotation mark's own entry is ever read
		v.quoteStop = quoteStops(v.quoteStop, v.words)
	}
	return v
}

// relate runs the relation rules over every sentence, then the document's
// letter frame, then the conventions (headOf implies memberOf; an undated
// letter fact gives way to dated ones).
func (d *docState) relate() {
	d.frames = d.detectFrames()
	for _, f := range d.frames {
		if len(f.senders) > 0 {
			d.author = f.senders[0]
			break
		}
	}
	d.topics = make([]*entity, len(d.sents))
	for si := 0; si < len(d.sents); {
		si = d.relateFrom(si)
	}
	d.emitFrames()
	d.conventions()
}

// relateSentence runs the relation rules over sentence si.
func (d *docState) relateSentence(si int) {
	{
		v := d.view(si)
		v.allegeable = true
		v.letters()
		v.roles()
		v.headVerbs()
		v.memberLists()
		v.alliance()
		v.participation()
		v.kyJoinedParty()
		v.allegeable = false
		if fs := d.fields[si]; len(fs) > 0 {
			// a card's field line: its own dates and places only
			for _, f := range fs {
				v.cardFacts(d.recordAt(si), f)
			}
		} else {
			v.lifeEvents()
			v.eventLists()
			v.rehabilitation()
		}
		v.location()
		v.kyBelongsTo()
		v.english()
		d.topics[si] = v.subjectOfSentence()
	}
}

// relateFrom runs the relation rules over the sentences from si on, and
// returns where it stopped: at the end, or after a sentence whose rules
// panicked, which it makes a problem of the document as guard does (that
// sentence loses its own facts and nothing else). One deferred recovery
// serves every sentence that does not panic.
func (d *docState) relateFrom(si int) (next int) {
	defer func() {
		if r := recover(); r != nil {
			d.internalError(si, "relate", r)
			next = si + 1
		}
	}()
	for ; si < len(d.sents); si++ {
		d.relateSentence(si)
	}
	return si
}

// guard runs f for sentence si and turns a panic into a problem of the
// document at that sentence: a sentence the rules cannot handle loses its
// own facts and nothing else.
func (d *docState) guard(si int, op string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			d.internalError(si, op, r)
		}
	}()
	f()
}

// internalError records panic r of stage op at sentence si as a problem
// of the document.
func (d *docState) internalError(si int, op string, r any) {
	off := d.tx.SourceOffset(d.sents[si].Span.Start)
	d.problems = append(d.problems, dossier.NewTextError(d.doc, off, op, fmt.Errorf("internal error: %v", r)))
}

// --- finding things in a sentence ---

// match returns the length of the longest phrase of family at token i.
func (v *sview) match(family string, i int) int {
	if v.hitsDone && v.hitFams == 0 {
		return 0 // most sentences: no hit of any family
	}
	return v.matchSome(family, i)
}

// matchSome is match in a sentence that may have hits.
func (v *sview) matchSome(family string, i int) int {
	if i < 0 || i >= len(v.words) {
		return 0
	}
	if v.findHits(); v.hitFams == 0 || v.hitFams&famBit(family) == 0 {
		return 0
	}
	for _, h := range v.hits[v.hitFrom[i]:v.hitFrom[i+1]] {
		if h.Family == family {
			return h.N
		}
	}
	return 0
}

// firstHit returns the first word at or after from where a phrase of
// family starts, and the phrase's length; -1 when none does. It reads the
// sentence's hits, not its words: most sentences have none.
func (v *sview) firstHit(family string, from int) (int, int) {
	if v.hitsDone && v.hitFams == 0 {
		return -1, 0 // most sentences: no hit of any family
	}
	return v.firstHitSome(family, from)
}

// firstHitSome is firstHit in a sentence that may have hits.
func (v *sview) firstHitSome(family string, from int) (int, int) {
	if v.findHits(); v.hitFams == 0 || v.hitFams&famBit(family) == 0 {
		return -1, 0
	}
	for _, h := range v.hits[v.hitFrom[min(max(from, 0), len(v.words))]:] {
		if h.Family == family {
			return h.At, h.N
		}
	}
	return -1, 0
}

// findHits finds, once per view, the trigger phrases of every family at
// every word (the longest per family and word, as MatchAny would), and
// where each word's hits begin.
func (v *sview) findHits() {
	if !v.hitsDone {
		v.makeHits()
	}
}

// makeHits is findHits' work, done once per view.
func (v *sview) makeHits() {
	v.hits, v.hitsDone = v.lx.AppendMatchAll(v.hits[:0], v.words), true
	v.hitFrom = slices.Grow(v.hitFrom[:0], len(v.words)+1)[:len(v.words)+1]
	v.hitFams = 0
	if len(v.hits) == 0 {
		// most sentences: every word's hits begin (and end) at 0
		clear(v.hitFrom)
		return
	}
	k := 0
	for i := range v.words {
		v.hitFrom[i] = int32(k)
		for k < len(v.hits) && v.hits[k].At == i {
			v.hitFams |= famBit(v.hits[k].Family)
			k++
		}
	}
	v.hitFrom[len(v.words)] = int32(k)
}

// famBit is a trigger family's bit in a view's hitFams, from its name's
// length and its first and last bytes: families may share a bit, so a set
// bit says only that the family may have hits. Most sentences have no hit
// at all: their readers test hitFams for zero first, and need no famBit.
func famBit(family string) uint64 {
	if family == "" {
		return 1
	}
	return 1 << ((uint(len(family))*7 + uint(family[0])*3 + uint(family[len(family)-1])) & 63)
}

// find returns the token indexes where family matches (and the lengths).
// Every family's matches are found in one pass over the sentence, at the
// first find.
func (v *sview) find(family string) [][2]int {
	if v.hitsDone && v.hitFams == 0 {
		return nil // most sentences: no hit of any family
	}
	return v.findSome(family)
}

// findSome is find in a sentence that may have hits.
func (v *sview) findSome(family string) [][2]int {
	if v.findHits(); v.hitFams == 0 || v.hitFams&famBit(family) == 0 {
		return nil
	}
	return v.findAll(family)
}

// findAll is find in a sentence that may have hits of family.
func (v *sview) findAll(family string) [][2]int {
	var out [][2]int
	for _, h := range v.hits {
		if h.Family == family && !v.insideName(h.At) {
			out = append(out, [2]int{h.At, h.N})
		}
	}
	return out
}

// hasHit reports a trigger phrase of one of families anywhere in the
// sentence (inside a name too): a rule that reads only those phrases has
// nothing to do in a sentence without one.
func (v *sview) hasHit(families []string) bool {
	v.findHits()
	if v.hitFams == 0 {
		return false
	}
	for _, h := range v.hits {
		if slices.Contains(families, h.Family) {
			return true
		}
	}
	return false
}

// insideName reports a token inside an organisation's, event's or work's
// name ("State Commission for the Full Rehabilitation …"): a trigger word
// there states nothing.
func (v *sview) insideName(i int) bool {
	for _, m := range v.ms {
		if m.ent != nil && i >= m.start && i < m.end && m.end-m.start > 1 && (m.typ == dossier.Organization || m.typ == dossier.Event || m.typ == dossier.DocumentType) {
			return true
		}
	}
	return false
}

// nearestBefore returns the closest mention of one of the types ending at or
// before token i (not crossing a clause boundary if bounded).
func (v *sview) nearestBefore(i int, bounded bool, types ...dossier.EntityType) *mention {
	var best *mention
	for _, m := range v.ms {
		if m.ent == nil || m.end > i || !hasType(m, types) || m.nested && m.typ == dossier.Person {
			continue // (nor a person inside a body's name: "колхоза им. Сталина")
		}
		if bounded && v.boundaryBetween(m.end, i) {
			continue
		}
		if best == nil || m.end > best.end || (m.end == best.end && m.start < best.start) {
			best = m
		}
	}
	return best
}

// nearestAfter returns the closest mention of one of the types starting at
// or after token i, within limit tokens.
func (v *sview) nearestAfter(i, limit int, types ...dossier.EntityType) *mention {
	var best *mention
	for _, m := range v.ms {
		if m.ent == nil || m.start < i || m.start-i > limit || !hasType(m, types) {
			continue
		}
		if best == nil || m.start < best.start || (m.start == best.start && m.end > best.end) {
			best = m
		}
	}
	return best
}

func hasType(m *mention, types []dossier.EntityType) bool {
	if len(types) == 0 {
		return true
	}
	for _, t := range types {
		if m.typ == t {
			return true
		}
	}
	return false
}

// boundaryBetween reports a clause boundary (";", a sentence-internal full
// stop, the quotation mark of a quotation, not of a name) between tokens a
// and b.
func (v *sview) boundaryBetween(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for k := a; k < b && k < len(v.toks); k++ {
		switch v.toks[k].Text {
		case ";", "—":
			return true
		case `"`:
			if v.quoteStop[k] {
				return true // a quotation, not the quotes around a name
			}
		}
	}
	return false
}

// eventFamilies are the trigger families of events a date right after
// them belongs to.
var eventFamilies = []string{"born", "died", "executed", "rehabilitated", "exiled"}

// dateOfAnotherEvent reports a date that follows, right after it or after
// "в"/"in"/"on", the trigger of an event other than the one at token i.
func (v *sview) dateOfAnotherEvent(dm *dateMention, i int) bool {
	// the hits of every event family, as find has them, in one pass
	v.findHits()
	for _, h := range v.hits {
		if !slices.Contains(eventFamilies, h.Family) || v.insideName(h.At) {
			continue
		}
		if h.At <= i && i < h.At+h.N {
			continue // the event being dated
		}
		end := h.At + h.N
		if end < len(v.words) && end < dm.start && (v.words[end] == "в" || v.words[end] == "in" || v.words[end] == "on") {
			end++
		}
		if end == dm.start {
			return true
		}
	}
	return false
}

// attributiveYear reports a year that modifies the noun after it, "the"
// before it: "the 1916 uprising", "the 1938 Chong-Tash executions".
func (v *sview) attributiveYear(dm *dateMention) bool {
	return dm.date.Precision == dossier.PrecisionYear && dm.date.End == nil && dm.start > 0 && dm.end < len(v.toks) &&
		v.words[dm.start-1] == "the" && v.toks[dm.end].Kind == segment.Word && !yearJoiners[v.words[dm.end]]
}

// yearJoiners join a year to another one, not to a noun: "the 1937 and
// 1938 purges" is no attribute of the first year alone.
var yearJoiners = map[string]bool{"and": true, "or": true, "to": true, "through": true, "until": true}

// relativePronouns open a relative clause.
var relativePronouns = map[string]bool{"who": true, "whom": true, "which": true, "который": true, "которая": true, "которое": true, "которые": true, "которых": true, "которым": true, "кто": true}

// relativeClauseBetween reports a relative pronoun between tokens a and b
// (a < b): what follows it up to b is the relative clause's.
func (v *sview) relativeClauseBetween(a, b int) bool {
	for k := a + 1; k < b && k < len(v.words); k++ {
		if relativePronouns[v.words[k]] {
			return true
		}
	}
	return false
}

// outsideApposition reports a date outside the apposition that holds
// token i, a phrase set off by commas right after a person's name
// ("X, the leader of Y, …"); false when i is in none.
func (v *sview) outsideApposition(i int, dm *dateMention) bool {
	open := -1
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if v.toks[k].Text == "," {
			open = k
			break
		}
	}
	if open <= 0 {
		return false
	}
	if m := v.mentionEndingAt(open); m == nil || m.typ != dossier.Person {
		return false
	}
	closing := -1
	for k := i + 1; k < len(v.toks) && k <= i+12; k++ {
		if v.toks[k].Text == "," {
			closing = k
			break
		}
	}
	if closing < 0 {
		return false
	}
	return dm.end <= open || dm.start >= closing
}

// mentionEndingAt returns a mention whose last token is right before k.
func (v *sview) mentionEndingAt(k int) *mention {
	for _, m := range v.ms {
		if m.ent != nil && m.end == k {
			return m
		}
	}
	return nil
}

// semicolonBetween reports a ";" between tokens a and b (either order).
func (v *sview) semicolonBetween(a, b int) bool {
	return v.punctBetween(min(a, b), max(a, b), ";")
}

// dateNear returns the date that dates a statement at token i: the closest
// date in the sentence, a date in the same clause preferred; in Kyrgyz and
// Russian, whose verbs come late, one before i; never one inside brackets
// that do not hold i (a birth date in parentheses dates nothing else);
// decades and centuries are too coarse to date an act. A sentence without a
// date takes a dateline standing right before it ("24-ноябрь 1929-жыл."
// before a signature) or, when it says "at that time", the last date of the
// sentence before.
func (v *sview) dateNear(i int) *dossier.Date { return v.dateFor(i, false) }

// roleDate dates an office or membership: like dateNear, but "from 1933"
// ("1933-жылдан", "с 1933 г.") is the start of the role, not a bound to skip.
func (v *sview) roleDate(i int) *dossier.Date { return v.dateFor(i, true) }

func (v *sview) dateFor(i int, bounds bool) *dossier.Date {
	if d := v.enRelativeYearBefore(i); d != nil {
		return d // "in 1920 …, and in the same year he sat on …"
	}
	var best *dateMention
	bd := 1 << 30
	for k := range v.ds {
		dm := &v.ds[k]
		if dm.rule == "lifespan-paren" || dm.date.Precision < dossier.PrecisionYear {
			continue
		}
		if dm.date.End != nil && dm.date.End.Year-dm.date.Year > 15 {
			continue
		}
		if !bounds && v.isBound(dm) {
			continue
		}
		if dm.end <= i && v.coordinatedBetween(dm.end, i) && (v.lang == "en" || v.lang == "ru" && v.dateRightAfter(i)) {
			// "repressed in 1930 and died"; in Russian only when the verb
			// has a date of its own ("арестован в 1937 году и расстрелян 10
			// февраля 1938 года"): "в 1937 г. арестован и расстрелян"
			// dates both
			continue
		}
		if v.lang == "en" && dm.start > i && v.opensConjunct(dm.start) {
			continue // "a member of X and in 1922 became chairman of Y"
		}
		if i == 0 && v.participleOpening() && dm.start > v.participleEnd() {
			// "Born in Khujand, he joined the party in 1919": the date
			// after the participle's comma is the main clause's
			continue
		}
		if v.lang == "en" && v.attributiveYear(dm) && (i < dm.end || i > dm.end+4) {
			// "rehabilitated the victims of the 1938 Chong-Tash
			// executions": the year names the executions, it does not
			// date the rehabilitation
			continue
		}
		if v.dateOfAnotherEvent(dm, i) {
			// "Расстрелян 28 окт. 1938 г. Реабилитирован 12 дек. 1956 г.":
			// the first date is the shooting's
			continue
		}
		if dm.start > i && v.relativeClauseBetween(i, dm.start) {
			// "rehabilitated 38 people who were repressed in 1937-1938",
			// "реабилитировал тех, кто был осужден в 1938 г.": the date
			// of the relative clause
			continue
		}
		if bounds && v.outsideApposition(i, dm) {
			// "Ibrahim Bek, the leader of the Lokai Basmachi, was captured
			// in June 1931": the capture's date, not the leadership's
			continue
		}
		if bounds && v.semicolonBetween(dm.start, i) {
			// a record's fields: "Родился в 1902 г., аил Кочкор; киргиз;
			// член ВКП(б)" — the year is the birth's, not the membership's
			continue
		}
		dist := abs(dm.start - i)
		if dm.end <= i {
			dist = i - dm.end
		} else if v.lang == "ky" || v.lang == "kk" {
			dist += 12 // a Kyrgyz verb comes after its date
		}
		if v.lang == "ru" && v.ruDashDated(dm.end, i) {
			dist = 0 // "В 1927–1937 гг. — председатель ЦИК": the dash joins the date to the role
		} else if v.boundaryBetween(dm.start, i) {
			dist += 50
		}
		if (v.lang == "ru" || v.lang == "en") && dm.end <= i && v.commaBetween(dm.end, i) {
			dist += 3 // "Арестован в 1937 г., расстрелян в 1938 г.": another clause's date
			if v.lang == "en" && v.participleOpening() {
				dist += 50 // "Born … in 1889, he joined … in 1920": the participle's date
			}
		}
		if v.bracketed(dm.start) && !v.bracketed(i) && !(dm.start-i >= 0 && dm.start-i <= 4) {
			dist += 100 // but "төрагасы (1927-1937)" dates the role
		}
		if dist < bd {
			best, bd = dm, dist
		}
	}
	if best != nil {
		dt := best.date
		return &dt
	}
	return v.contextDate()
}

// contextDate is the docState's contextDate of the view's sentence, worked
// out once: the sentences and dates it reads do not change while the rules
// run. Each call has its own copy.
func (v *sview) contextDate() *dossier.Date {
	if !v.ctxDone {
		v.ctxDone = true
		if dt := v.d.contextDate(v.si, v); dt != nil {
			v.ctxDate, v.ctxOK = *dt, true
		}
	}
	if !v.ctxOK {
		return nil
	}
	dt := v.ctxDate
	return &dt
}

// bracketed reports whether token k lies inside parentheses.
func (v *sview) bracketed(k int) bool {
	depth := 0
	for j := 0; j < k && j < len(v.toks); j++ {
		switch v.toks[j].Text {
		case "(":
			depth++
		case ")":
			if depth > 0 {
				depth--
			}
		}
	}
	return depth > 0
}

var thatTime = []string{"ал мезгилде", "ошол мезгилде", "ошол учурда", "ал учурда", "ошондо", "ошол эле күнү", "в то время", "тогда же", "в тот же день", "в тот же день", "в тот же год", "at that time", "at the time", "then", "the same day", "on the same day", "that same day", "that day", "the same month"}

// relativeYears are the phrases that date a sentence by the year of the
// last date before it: the same year (offset 0) or the next (1).
var relativeYears = []struct {
	phrase string
	offset int
}{
	{"the same year", 0}, {"that same year", 0}, {"that year", 0}, {"в том же году", 0}, {"в этом же году", 0}, {"ошол эле жылы", 0}, {"ошол жылы", 0},
	{"the following year", 1}, {"the next year", 1}, {"a year later", 1}, {"в следующем году", 1}, {"через год", 1}, {"на следующий год", 1},
	{"кийинки жылы", 1}, {"бир жылдан кийин", 1}, {"эртеси жылы", 1},
}

// relativeYear finds a phrase of relativeYears among words, with its
// offset.
func relativeYear(words []string) (offset int, ok bool) {
	for _, r := range relativeYears {
		if hasPhrase(words, r.phrase) {
			return r.offset, true
		}
	}
	return 0, false
}

// hasPhrase reports whether phrase, words joined by single spaces, is a run
// of words: what finding " "+phrase+" " in the words joined by spaces
// finds, for words without spaces (tokens never hold one), with no string
// built.
func hasPhrase(words []string, phrase string) bool {
	for k := range words {
		if wordsRunAt(words, k, phrase) {
			return true
		}
	}
	return false
}

// wordsRunAt reports whether phrase, words joined by single spaces, is the
// run of words starting at word k.
func wordsRunAt(words []string, k int, phrase string) bool {
	p := phrase
	for ; k < len(words); k++ {
		w := words[k]
		// the first byte first: most words do not begin the phrase
		if w == "" || len(w) > len(p) || w[0] != p[0] || !strings.HasPrefix(p, w) {
			return false
		}
		p = p[len(w):]
		if p == "" {
			return true
		}
		if p[0] != ' ' {
			return false
		}
		p = p[1:]
	}
	return false
}

// contextDate dates a sentence that has no date of its own.
func (d *docState) contextDate(si int, v *sview) *dossier.Date {
	if si > 0 && len(d.sents[si-1].Tokens) <= 8 && len(d.dates[si-1]) == 1 && d.dates[si-1][0].date.Precision >= dossier.PrecisionDay {
		dt := d.dates[si-1][0].date
		return &dt
	}
	// the phrases below take the last date of one of the two sentences
	// before: without one, there is nothing to look for
	usable := false
	for k := si - 1; k >= 0 && k >= si-2; k-- {
		if n := len(d.dates[k]); n > 0 && (d.dates[k][n-1].date.HasYear() || d.dates[k][n-1].date.Precision >= dossier.PrecisionYear) {
			usable = true
		}
	}
	if !usable {
		return nil
	}
	// "the same year", "the following year", "через год": the year of the
	// last date before, or the one after it
	if offset, ok := relativeYear(v.words); ok {
		for k := si - 1; k >= 0 && k >= si-2; k-- {
			if n := len(d.dates[k]); n > 0 && d.dates[k][n-1].date.HasYear() {
				y := d.dates[k][n-1].date.Year
				if e := d.dates[k][n-1].date.End; e != nil && e.Year > 0 {
					y = e.Year // "in 1937–1938 … the following year": after the range
				}
				return &dossier.Date{Year: y + offset, Precision: dossier.PrecisionYear}
			}
		}
	}
	for _, p := range thatTime {
		if hasPhrase(v.words, p) {
			for k := si - 1; k >= 0 && k >= si-2; k-- {
				if n := len(d.dates[k]); n > 0 {
					dt := d.dates[k][n-1].date
					if dt.Precision >= dossier.PrecisionYear {
						return &dt
					}
				}
			}
		}
	}
	return nil
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// subjectOfSentence is the person the sentence is about: its first person
// mention in the nominative (or any case in English), or the referent of a
// subject pronoun before it ("He was arrested … alongside Bukharin and
// Rykov" is about "he", not Bukharin).
func (v *sview) subjectOfSentence() *entity {
	pronoun := v.pronoun // the first subject pronoun, found by view
	var object *entity   // an English name after a preposition
	for _, m := range v.ms {
		if m.ent == nil || m.typ != dossier.Person {
			continue
		}
		if m.start > pronoun {
			if r := v.pronounReferent(); r != nil {
				return r
			}
		}
		if v.lang == "en" && m.start > 0 && objectPrepositions[v.words[m.start-1]] {
			// "Together with Akmal Ikramov, …, he ran the republic"
			if object == nil {
				object = m.ent
			}
			continue
		}
		if v.lang == "en" || m.lastCase == morph.Nom || m.lastCase == morph.Unknown {
			return m.ent
		}
	}
	if pronoun < len(v.words) {
		if r := v.pronounReferent(); r != nil {
			return r
		}
	}
	return object
}

// objectPrepositions take an English name as their object, never as the
// sentence's subject.
var objectPrepositions = map[string]bool{"with": true, "alongside": true, "to": true, "by": true, "from": true, "against": true, "than": true, "among": true, "including": true, "under": true}

// topic is the person a sentence without a subject of its own is about:
// the subject of a recent sentence of the same paragraph, else the
// document's main person.
func (v *sview) topic() *entity {
	if r := v.d.recordAt(v.si); r != nil && r.subject != nil {
		return r.subject
	}
	for k := v.si - 1; k >= 0 && k >= v.si-4; k-- {
		if v.d.sents[k].Para != v.s.Para && k < v.si-1 {
			break
		}
		if e := v.d.topics[k]; e != nil {
			return e
		}
	}
	// in a document of records, the record just before (a note after a
	// card is about its person), never the document's "main" person
	if len(v.d.records) > 1 {
		for k := len(v.d.records) - 1; k >= 0; k-- {
			if r := v.d.records[k]; r.last < v.si {
				if v.si-r.last <= 3 && r.subject != nil {
					return r.subject
				}
				break
			}
		}
		return nil
	}
	// the document's main person, once the document has named them
	if mp := v.d.mainPerson(); mp != nil {
		for _, m := range mp.ments {
			if m.sent <= v.si {
				return mp
			}
		}
	}
	return nil
}

// mainPerson is the person the document is mostly about: the most
// mentioned, ties broken by first mention.
func (d *docState) mainPerson() *entity {
	if d.main != nil || d.mainDone {
		return d.main
	}
	d.mainDone = true
	best, n := (*entity)(nil), 0
	for _, e := range d.ents {
		if e.typ != dossier.Person {
			continue
		}
		if len(e.ments) > n || (len(e.ments) == n && best != nil && e.order < best.order) {
			best, n = e, len(e.ments)
		}
	}
	d.main = best
	return best
}

// participleOpening reports an English sentence that opens with a
// participle clause ("Born in …, he …", "Arrested in 1937, he …").
func (v *sview) participleOpening() bool {
	if len(v.words) == 0 || v.lang != "en" || !v.toks[0].Upper() {
		return false
	}
	w := v.words[0]
	return w == "born" || w == "educated" || strings.HasSuffix(w, "ed") && len(w) > 4 && w != "united"
}

// participleEnd returns the comma that ends an opening participle's
// clause (the one before the subject: a third-person pronoun or a person),
// or len(toks) when there is none.
func (v *sview) participleEnd() int {
	for k := 1; k < len(v.toks) && k < 20; k++ {
		if v.toks[k].Text != "," {
			continue
		}
		if k+1 < len(v.words) && thirdPerson[v.words[k+1]] {
			return k
		}
		if m := v.mentionAt(k + 1); m != nil && m.typ == dossier.Person {
			return k
		}
	}
	return len(v.toks)
}

// participleSubject finds the subject of an English participle that opens
// its sentence: "Born in the village of Uch-Korgon in 1889, he joined …",
// "Arrested in 1937, Tynystanov was shot …": the person or the pronoun
// right after the participle clause's comma.
func (v *sview) participleSubject(i int) *entity {
	if v.lang != "en" || i != 0 {
		return nil
	}
	k := v.participleEnd() // past the commas of a place's province or a date
	if k+1 >= len(v.words) {
		return nil
	}
	if thirdPerson[v.words[k+1]] {
		return v.pronounReferent()
	}
	if m := v.mentionAt(k + 1); m != nil && m.typ == dossier.Person && m.ent != nil {
		return m.ent
	}
	return nil
}

// ruParticipleHolder returns the person a Russian participle at token i
// agrees with, after a comma: "дело Юсупа Абдрахманова, бывшего
// председателя Совнаркома, расстрелянного 5 ноября 1938 года" (the
// genitive participle goes with the genitive name, not with the sentence's
// subject). Nil unless the nearest person before it, within its sentence,
// stands in the participle's case.
func (v *sview) ruParticipleHolder(i int) *mention {
	if i == 0 || v.toks[i-1].Text != "," {
		return nil
	}
	var cases []morph.Case
	switch w := v.words[i]; {
	case strings.HasSuffix(w, "нного"):
		cases = []morph.Case{morph.Gen}
	case strings.HasSuffix(w, "нному"):
		cases = []morph.Case{morph.Dat}
	case strings.HasSuffix(w, "нным"):
		cases = []morph.Case{morph.Ins}
	case strings.HasSuffix(w, "нной"):
		cases = []morph.Case{morph.Gen, morph.Dat, morph.Ins}
	default:
		return nil
	}
	var near *mention
	for _, m := range v.ms {
		if m.ent != nil && !m.nested && m.typ == dossier.Person && m.end <= i && i-m.end <= 14 && (near == nil || m.end > near.end) {
			near = m
		}
	}
	if near == nil || !slices.Contains(cases, near.lastCase) {
		return nil
	}
	return near
}

// collectiveBetween reports a plural subject of unnamed people ("многие
// узники", "hundreds of peasants", "көп адам") between tokens a and b,
// after a comma or a clause's start.
func (v *sview) collectiveBetween(a, b int) bool {
	comma := false
	for k := a; k < b; k++ {
		if v.toks[k].Text == "," || v.toks[k].Text == "—" || v.toks[k].Text == ":" {
			comma = true
		}
		if comma && v.match("collective", k) > 0 {
			return true
		}
	}
	return false
}

// personFor finds the person a predicate at token i is about: a person in
// the clause before it (nominative in Kyrgyz and Russian); the letter's
// author for "I" and "we"; a pronoun's referent; in Kyrgyz and Russian,
// which drop subjects, the topic.
func (v *sview) personFor(i int) *entity {
	if v.lang == "ru" {
		if m := v.ruParticipleHolder(i); m != nil {
			return m.ent // "дело Юсупа Абдрахманова, …, расстрелянного в 1938 году"
		}
	}
	if m := v.nearestBefore(i, true, dossier.Person); m != nil && v.collectiveBetween(m.end, i) {
		// "Как рассказал куратор X, многие узники лагеря погибли …": the
		// event is the unnamed many's, not the speaker's
		return nil
	}
	if m := v.nearestBefore(i, true, dossier.Person); m != nil && v.subjectCase(m) {
		if v.lang != "en" || (!hasPossessive(v.toks[m.end-1].Text) && !v.relativeBetween(m.end, i)) {
			return m.ent
		}
	}
	lo, _ := v.clause(i)
	for k := max(lo, i-8); k < i; k++ {
		if firstPerson[v.words[k]] && v.d.author != nil {
			return v.d.author
		}
	}
	if e := v.ruKinSubject(i); e != nil {
		return e // "отец был расстрелян": the father the petition named
	}
	if v.kinSubjectBefore(lo, i) {
		return nil // "His widow wrote to Kalinin": the widow, whom the text does not name
	}
	if v.pronounBefore(i) {
		return v.pronounReferent()
	}
	if subj := v.sharedSubject(i); subj != nil {
		return subj
	}
	if subj := v.participleSubject(i); subj != nil {
		return subj
	}
	if v.lang == "en" {
		// a record's line without a subject is about the record's person
		// ("Occupation: poet; headed the Union of Writers …")
		if r := v.d.recordAt(v.si); r != nil && r.subject != nil && (!r.bio || v.d.opensWithLifeEvent(v.si)) {
			return r.subject // also a memorial entry's "Shot 8 November 1937."
		}
		return nil
	}
	// a Kyrgyz sentence chains its verbs on one subject, the nominative
	// person it opens with ("Орозбеков 1937-жылы … кабылып, … "…" деген
	// жалган айып менен атып өлтүрүлгөн"), across quotes and commas
	if v.lang == "ky" || v.lang == "kk" {
		for _, m := range v.ms {
			if m.start >= i {
				break
			}
			if m.ent != nil && m.typ == dossier.Person && !m.nested && (m.lastCase == morph.Nom || m.lastCase == morph.Unknown) {
				return m.ent
			}
		}
		if len(v.words) > 0 && v.words[0] == "ал" {
			// "Ал 1937-жылы камакка алынып, … атылган жана … акталган":
			// the pronoun opening the chain is every verb's subject
			return v.pronounReferent()
		}
	}
	// Russian puts the subject after a passive verb as often as before it:
	// "5-6 ноября 1938 г. в урочище Чон-Таш был расстрелян Касым
	// Тыныстанов"
	if v.lang == "ru" {
		if m := v.subjectAfter(i); m != nil {
			return m
		}
	}
	// Kyrgyz and Russian drop subjects, but only a record, or a telegraphic
	// clause that starts with the predicate ("Реабилитирован в 1956 г.", "В
	// 1928-29 гг. – секретарь обкома"), takes its person from the context
	if r := v.d.recordAt(v.si); r != nil && r.subject != nil {
		return r.subject
	}
	if v.telegraphic(i) {
		return v.topic()
	}
	// Kyrgyz drops the subject the paragraph is about: a sentence with no
	// person of its own in the nominative whose predicate ends it
	// ("1916-жылдагы көтөрүлүштүн башталышына жигердүү катышкан.")
	if (v.lang == "ky" || v.lang == "kk") && v.endsSentence(i) && v.subjectOfSentence() == nil {
		return v.topic()
	}
	return nil
}

// endsSentence reports whether the words from token i on reach the end of
// the sentence (what follows is at most one more word and punctuation).
func (v *sview) endsSentence(i int) bool {
	words := 0
	for k := i + 1; k < len(v.toks); k++ {
		if v.toks[k].Kind == segment.Word {
			words++
		}
	}
	return words <= 1
}

// subjectCase reports whether a person mention can be a subject: any case
// in English, the nominative (or an ending the morphology could not place)
// in Kyrgyz and Russian.
func (v *sview) subjectCase(m *mention) bool {
	if v.lang == "en" {
		return true
	}
	return m.lastCase == morph.Nom || m.lastCase == morph.Unknown
}

// telegraphic reports a predicate that opens its clause, after at most a
// date, a dash or a colon: the clause has no subject of its own.
func (v *sview) telegraphic(i int) bool {
	lo, _ := v.clause(i)
	for k := lo; k < i; k++ {
		t := v.toks[k]
		if v.inDate(k) || t.Kind == segment.Number || t.Kind == segment.Punct || v.words[k] == "в" || v.words[k] == "с" || v.words[k] == "по" || v.words[k] == "in" {
			continue
		}
		if t.Kind == segment.Word && (v.match("head_roles", k) > 0 || v.match("member_roles", k) > 0 || v.headQualifier(k+1) || v.deputyBefore(k+1)) {
			continue
		}
		return false
	}
	return true
}

// inDate reports a token inside one of the sentence's dates.
func (v *sview) inDate(k int) bool {
	for _, dm := range v.ds {
		if k >= dm.start && k < dm.end {
			return true
		}
	}
	return false
}

// pronounReferent is the person "he", "she", "он", "ал" refers to: the
// subject of a recent sentence, or the document's main person when the
// document is mostly about them.
func (v *sview) pronounReferent() *entity {
	if m := v.clauseSubjectBefore(v.firstPronoun()); m != nil {
		return m.ent // "Dulatov was not executed; he died in 1935"
	}
	t := v.topic()
	if t == nil {
		t = v.d.mainPerson()
	}
	// "он" is a man, "она" a woman: a topic of the other gender yields to
	// the last person of the pronoun's named before it ("Моя мать, Айша …,
	// рассказывала, что отец, Асанбек …, написал … он был расстрелян")
	if g := v.pronounGender(); g != 0 && t != nil && v.d.x.entityGender(t) != 0 && v.d.x.entityGender(t) != g {
		if o := v.lastPersonOfGender(g); o != nil {
			return o
		}
	}
	return t
}

// clauseSubjectBefore returns the person who opens this sentence when an
// earlier clause of it, closed by a semicolon, stands before the pronoun
// at token p: "Dulatov was not executed; he died in the camp", "Исакеев
// не был в Москве; он писал из Фрунзе". Nil otherwise, or when the
// person's gender is not the pronoun's.
func (v *sview) clauseSubjectBefore(p int) *mention {
	if p >= len(v.words) || p == 0 {
		return nil
	}
	m := v.mentionAt(0)
	if m == nil || m.typ != dossier.Person || m.nested || m.end >= p || (v.lang != "en" && m.lastCase != morph.Nom) {
		return nil
	}
	if v.toks[p-1].Text != ";" {
		return nil
	}
	if g := v.pronounGender(); g != 0 && v.d.x.entityGender(m.ent) != 0 && v.d.x.entityGender(m.ent) != g {
		return nil
	}
	return m
}

// pronounGender is the gender of the sentence's first gendered
// third-person pronoun ('m' for he/он, 'f' for she/она), or 0.
func (v *sview) pronounGender() byte {
	for _, w := range v.words {
		switch w {
		case "he", "он":
			return 'm'
		case "she", "она":
			return 'f'
		}
	}
	return 0
}

// lastPersonOfGender returns the person of gender g named last before
// this sentence's first pronoun, in it or the three sentences before.
func (v *sview) lastPersonOfGender(g byte) *entity {
	m := v.lastMentionBefore(v.firstPronoun(), dossier.Person, func(_ int, m *mention) bool { return v.d.x.entityGender(m.ent) == g })
	if m == nil {
		return nil
	}
	return m.ent
}

// firstPronoun returns the token index of the sentence's first
// third-person pronoun, or len(words).
func (v *sview) firstPronoun() int {
	for k, w := range v.words {
		if thirdPerson[w] {
			return k
		}
	}
	return len(v.words)
}

// pronounBefore reports a third-person pronoun in the clause before token
// i, at most eight tokens away.
func (v *sview) pronounBefore(i int) bool {
	lo, _ := v.clause(i)
	for k := max(lo, i-8); k < i; k++ {
		if thirdPerson[v.words[k]] {
			return true
		}
	}
	return false
}

// kinSubjectBefore reports a relative named only through a pronoun
// between tokens lo and i: "his widow", "her son", "его вдова", "её
// сын". What the clause states is that relative's, not the pronoun's
// referent's.
func (v *sview) kinSubjectBefore(lo, i int) bool {
	for k := max(lo, i-8); k+1 < i; k++ {
		switch v.words[k] {
		case "his", "her", "their", "его", "её", "ее", "их":
			if kinWords[v.words[k+1]] || ruKinWords[v.words[k+1]] {
				return true
			}
		}
	}
	return false
}

// ruKinWords are Russian kinship nouns in the nominative, the subject's
// form.
var ruKinWords = map[string]bool{"жена": true, "вдова": true, "муж": true, "сын": true, "дочь": true, "брат": true, "сестра": true,
	"мать": true, "отец": true, "внук": true, "внучка": true, "родственники": true, "родные": true}

// enIrregularParticiples are English past participles not in -ed that
// share a subject after "and": "sentenced to death … and shot on …".
var enIrregularParticiples = map[string]bool{"shot": true, "sent": true, "held": true, "taken": true, "given": true, "put": true, "hung": true, "thrown": true, "brought": true, "kept": true}

// roleCopulas stand right before an office: "became chairman of", "стал
// председателем".
var roleCopulas = map[string]bool{"became": true, "becomes": true, "стал": true, "стала": true}

// subjectAfter returns the person named in the nominative right after the
// verb at i (a word or two may stand between: "был расстрелян в Москве
// Х"), with no comma before it; nil when the verb's clause names none.
func (v *sview) subjectAfter(i int) *entity {
	for _, m := range v.ms {
		if m.start <= i || m.start > i+4 {
			continue
		}
		if m.ent == nil || m.typ != dossier.Person || m.nested || m.lastCase != morph.Nom || v.commaBetween(i, m.start) {
			return nil
		}
		return m.ent
	}
	return nil
}

// footnoteAfterDate reports a footnote's number of one or two digits right
// after a date: "shot on 3 November 1937 4 and rehabilitated in 1958".
func (v *sview) footnoteAfterDate(k int) bool {
	return k > 0 && v.toks[k].Kind == segment.Number && len(v.toks[k].Text) <= 2 && v.inDate(k-1) && !v.inDate(k)
}

// datePrepositions stand before a date: "in 1925", "on 4 May", "в 1925 г.".
var datePrepositions = map[string]bool{"in": true, "on": true, "by": true, "в": true, "во": true}

// sharedSubject finds the subject of a verb phrase joined by "and", "but",
// "и" or "но" to the sentence's first one ("He was arrested on 9 September 1937 and
// was shot on 5 November 1938"; "Он был арестован в 1937 году в Москве и
// расстрелян 8 февраля 1938 года"): between the conjunction and the verb
// at i stand only auxiliaries and adverbs, and the sentence opens with its
// subject, a person in the nominative or "he"/"she"/"он"/"она", before its
// first verb.
func (v *sview) sharedSubject(i int) *entity {
	if v.lang != "en" && v.lang != "ru" {
		return nil
	}
	k := i - 1
	// skip auxiliaries, adverbs, commas, and a date with its preposition:
	// "and in 1925 became chairman of …", "и в 1925 г. стал председателем"
	for k >= 0 && (coordAux[v.words[k]] || roleCopulas[v.words[k]] && k == i-1 || v.toks[k].Kind == segment.Punct && v.toks[k].Text == "," || v.inDate(k) || v.footnoteAfterDate(k) ||
		k+1 < len(v.toks) && v.inDate(k+1) && datePrepositions[v.words[k]]) {
		k--
	}
	if k <= 0 || v.words[k] != "and" && v.words[k] != "but" && v.words[k] != "и" && v.words[k] != "но" && v.words[k] != "а" {
		return nil
	}
	if v.lang == "en" && k == i-1 && !strings.HasSuffix(v.words[i], "ed") && !coordAux[v.words[i]] && !enIrregularParticiples[v.words[i]] {
		return nil // "and Stalin", "and the party"
	}
	// the opening subject, maybe after an introductory phrase ("In 1937, …")
	// or an opening participle ("Born in Khujand, he joined …")
	from := 0
	if v.participleOpening() {
		from = min(v.participleEnd()+1, k)
	}
	for j := from; j < k; j++ {
		if thirdPerson[v.words[j]] && v.words[j] != "his" {
			return v.pronounReferent()
		}
		if m := v.mentionAt(j); m != nil && m.ent != nil {
			if m.typ == dossier.Person && v.subjectCase(m) && !hasPossessive(v.toks[m.end-1].Text) {
				return m.ent
			}
			if m.typ == dossier.Person || v.lang == "en" {
				return nil // the sentence is about something else
			}
			j = m.end - 1 // "В Москве он был арестован …"
			continue
		}
		if coordAux[v.words[j]] || v.negationAt(j) {
			return nil // the first verb came before any subject
		}
	}
	return nil
}

// coordAux are the words that may stand between "and" ("и") and a verb
// sharing the sentence's subject.
var coordAux = map[string]bool{
	"was": true, "were": true, "had": true, "has": true, "been": true, "later": true, "then": true, "subsequently": true, "also": true, "soon": true, "eventually": true, "finally": true,
	"был": true, "была": true, "были": true, "затем": true, "позже": true, "позднее": true, "впоследствии": true, "вскоре": true, "тогда": true, "также": true,
}

var (
	firstPerson = map[string]bool{"i": true, "we": true, "my": true, "our": true, "я": true, "мы": true, "мен": true, "биз": true}
	// "аны" is the Kyrgyz accusative (never a possessive): "Аны 1937-жылы
	// камакка алышып, 1938-жылы атып салышкан" — him, whom they shot
	thirdPerson = map[string]bool{"he": true, "she": true, "his": true, "он": true, "она": true, "ал": true, "аны": true}
)

// subjectPronoun reports the third-person pronouns that are only ever
// subjects ("ал" is also "that"); a switch, since every word of every
// sentence asks.
func subjectPronoun(w string) bool {
	switch w {
	case "he", "she", "он", "она":
		return true
	}
	return false
}

// stance decides how the text commits to the statement at tokens [i,
// i+n): hedged ("may have", "возможно", "болушу мүмкүн"), alleged
// ("accused of", "якобы"), negated ("did not", "не", "эмес", or a Kyrgyz
// negative verb in -баган). English looks over the clause; Kyrgyz and
// Russian, whose clauses this splitter does not see, over a window around
// the predicate. Kyrgyz "сыяктуу" hedges only after a verb (жазган
// сыяктуу); after a noun it means "such as".
func (v *sview) stance(i, n int) dossier.Stance {
	lo, hi := v.clause(i)
	if v.lang != "en" {
		lo, hi = max(lo, i-6), min(hi, i+n+4)
	}
	// a table's cell is a clause of its own: "not stated" in the next
	// cell negates nothing here
	if v.anyPunct&pipe != 0 {
		for k := i - 1; k >= lo; k-- {
			if v.puncts[k]&pipe != 0 {
				lo = k + 1
				break
			}
		}
		for k := i + n; k < hi; k++ {
			if v.puncts[k]&pipe != 0 {
				hi = k
				break
			}
		}
	}
	// inside brackets, a hedge anywhere before the trigger in them: "(по
	// другим данным, он выжил и умер в 1955 году)"
	if open := v.openBracket(i); open >= 0 {
		lo = min(lo, open+1)
	}
	// a question asserts nothing: "Did he write to Stalin?"
	if n := len(v.toks); n > 0 && v.toks[n-1].Text == "?" || v.questionAfter(i+n) {
		return dossier.Hedged
	}
	if v.noStanceWords(lo, hi) {
		// no word of the clause marks a hedge, an accusation or a
		// negation
		return v.kyNegated(i, n)
	}
	for k := lo; k < hi; k++ {
		if v.inDate(k) {
			continue // "12 May 1958" is no "may"
		}
		at := v.stanceAt(k)
		if at&startsHedge != 0 {
			if (v.words[k] == "сыяктуу" || v.words[k] == "окшойт" || v.words[k] == "сыяктуудай") && (k == 0 || !participle(v.words[k-1])) {
				continue
			}
			return dossier.Hedged
		}
		if v.allegeable && at&startsAllegation != 0 {
			return dossier.Alleged
		}
	}
	for k := max(lo, i-3); k < min(hi, i+n+2); k++ {
		if v.negationAt(k) {
			return dossier.Negated
		}
	}
	return v.kyNegated(i, n)
}

// kyNegated is the end of stance: Negated for a Kyrgyz trigger of n words
// at i whose last word is a negative form ("барбаган", "келбеди"),
// Asserted otherwise.
func (v *sview) kyNegated(i, n int) dossier.Stance {
	if v.lang == "ky" || v.lang == "kk" {
		w := v.words[min(i+n-1, len(v.words)-1)]
		for _, neg := range []string{"баган", "беген", "боган", "бөгөн", "паган", "пеген", "поган", "пөгөн", "бады", "беди"} {
			if strings.Contains(w, neg) {
				return dossier.Negated
			}
		}
	}
	return dossier.Asserted
}

// noStanceWords reports words lo to hi of which none passes the stance
// index's filters: none starts a hedge or an accusation phrase or is a
// negation, so stance need not read them one by one.
func (v *sview) noStanceWords(lo, hi int) bool {
	if lo >= hi {
		return true
	}
	v.readyMarks()
	idx := v.stanceIdx
	if idx == nil {
		return false
	}
	for _, w := range v.words[lo:hi] {
		if idx.inEither.may(w) {
			return false
		}
	}
	return true
}

// questionAfter reports a question mark that ends the clause after token
// k ("возглавил ли он комиссию? Нет: …").
func (v *sview) questionAfter(k int) bool {
	for ; k < len(v.toks); k++ {
		switch v.toks[k].Text {
		case "?":
			return true
		case ".", "!", ";", ":":
			return false
		}
	}
	return false
}

// openBracket is the "(" that token i stands inside, or -1.
func (v *sview) openBracket(i int) int {
	if v.punctMarks(); v.anyPunct&openParen == 0 {
		return -1
	}
	depth := 0
	for k := i - 1; k >= 0; k-- {
		switch v.toks[k].Text {
		case ")":
			depth++
		case "(":
			if depth == 0 {
				return k
			}
			depth--
		}
	}
	return -1
}

// participle reports a Kyrgyz participle or finite verb form (жазган,
// келген, окуган).
func participle(w string) bool {
	for _, s := range []string{"ган", "ген", "гон", "гөн", "кан", "кен", "кон", "көн", "ды", "ди", "ду", "дү", "ты", "ти", "ту", "тү"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// stanceMark says whether a hedge or an accusation phrase starts at a
// word, once stanceAt has looked (markKnown), and whether the word is a
// negation, once negationAt has (negationKnown).
type stanceMark uint8

const (
	startsHedge stanceMark = 1 << iota
	startsAllegation
	markKnown // startsHedge and startsAllegation are known
	negation
	negationKnown // negation is known
)

// stanceAt says whether a hedge or an accusation phrase starts at word k
// (see phraseIn), looking once per word of the view and only at the words
// asked about: one look-up in the language's stanceIndex, more only after
// a word that begins a longer phrase.
func (v *sview) stanceAt(k int) stanceMark {
	v.readyMarks()
	at := v.marks[k]
	if at&markKnown != 0 {
		return at
	}
	at |= markKnown
	if idx := v.stanceIdx; idx == nil {
		if v.phraseIn(v.lx.Hedges, nil, k) {
			at |= startsHedge
		}
		if v.phraseIn(v.lx.Allegations, nil, k) {
			at |= startsAllegation
		}
	} else {
		var f stanceWord
		if w := v.words[k]; idx.inWords.may(w) {
			f = idx.words[w]
		}
		if f&hedgeWord != 0 || f&hedgeStart != 0 && v.longerPhrase(v.lx.Hedges, idx.hedges, k) {
			at |= startsHedge
		}
		if f&allegationWord != 0 || f&allegationStart != 0 && v.longerPhrase(v.lx.Allegations, idx.allegations, k) {
			at |= startsAllegation
		}
	}
	v.marks[k] = at
	return at
}

// negationAt reports a negation at word k ("not", "не", "эмес"), looked up
// once per word of the view.
func (v *sview) negationAt(k int) bool {
	v.readyMarks()
	at := v.marks[k]
	if at&negationKnown == 0 {
		at |= negationKnown
		if w := v.words[k]; (v.stanceIdx == nil || v.stanceIdx.inNegations.may(w)) && v.lx.Negations.HasLower(w) {
			at |= negation
		}
		v.marks[k] = at
	}
	return at&negation != 0
}

// readyMarks makes the view's marks, none known yet, and finds its
// language's stanceIndex, at the first look.
func (v *sview) readyMarks() {
	if v.marksReady {
		return
	}
	v.marksReady = true
	v.marks = slices.Grow(v.marks[:0], len(v.words))[:len(v.words)]
	clear(v.marks)
	v.stanceIdx = v.d.x.stance[v.lx]
}

// phraseIn reports whether a phrase of set starts at token k (phrases of up
// to three words). pre holds the runs of words set's phrases begin with (nil
// when unknown: every run may begin one).
func (v *sview) phraseIn(set lexicon.Set, pre phrasePrefixes, k int) bool {
	if set[v.words[k]] {
		return true
	}
	if pre != nil && !pre[v.words[k]] {
		return false
	}
	return v.longerPhrase(set, pre, k)
}

// longerPhrase reports whether a phrase of set of two or three words starts
// at token k, whose word begins one. The phrases of three words are
// looked up only after two words that begin one (see phraseIn), and
// neither without building a string.
func (v *sview) longerPhrase(set lexicon.Set, pre phrasePrefixes, k int) bool {
	if k+1 >= len(v.words) {
		return false
	}
	var buf [96]byte
	b := append(append(append(buf[:0], v.words[k]...), ' '), v.words[k+1]...)
	if set[string(b)] {
		return true
	}
	if k+2 >= len(v.words) || pre != nil && !pre[string(b)] {
		return false
	}
	b = append(append(b, ' '), v.words[k+2]...)
	return set[string(b)]
}

// phrasePrefixes holds every run of whole words that a phrase of a set
// begins with and goes on after ("may" and "may have" for "may have
// been"): a phrase of set can start with words w only if w is one.
type phrasePrefixes map[string]bool

func prefixesOf(set lexicon.Set) phrasePrefixes {
	pre := phrasePrefixes{}
	for p := range set {
		for i := 0; i < len(p); i++ {
			if p[i] == ' ' {
				pre[p[:i]] = true
			}
		}
	}
	return pre
}

// stanceIndex holds a language's hedges and accusation phrases for
// stanceAt: what each word is to them, and their prefixes; and filters of
// the words and of the language's negations.
type stanceIndex struct {
	words               map[string]stanceWord
	hedges, allegations phrasePrefixes
	// a word that passes no filter is no key of words (of Negations):
	// most words are not, and need no look-up
	inWords, inNegations wordFilter
	// inEither is the union of the two: a word that fails it is neither
	inEither wordFilter
}

// wordFilter holds the fingerprints of a set of words: a word whose
// fingerprint it lacks is not in the set.
type wordFilter [64]uint64

// fingerprint hashes a word's length and three of its bytes to one of
// wordFilter's 4096 bits.
func fingerprint(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(n)*0x9E3779B1 ^ uint32(w[0])<<16 ^ uint32(w[n-1])<<8 ^ uint32(w[n/2])
	return (h * 0x85EBCA6B) >> 20
}

func (f *wordFilter) add(w string) {
	b := fingerprint(w)
	f[b>>6] |= 1 << (b & 63)
}

// may reports whether w may be in the set.
func (f *wordFilter) may(w string) bool {
	b := fingerprint(w)
	return f[b>>6]&(1<<(b&63)) != 0
}

// stanceWord says what a word is to the hedges and accusation phrases: a
// phrase of one word, the first word of a longer one, or both.
type stanceWord uint8

const (
	hedgeWord stanceWord = 1 << iota
	hedgeStart
	allegationWord
	allegationStart
)

func newStanceIndex(l *lexicon.Lang) *stanceIndex {
	idx := &stanceIndex{words: map[string]stanceWord{}, hedges: prefixesOf(l.Hedges), allegations: prefixesOf(l.Allegations)}
	for _, c := range []struct {
		set       lexicon.Set
		pre       phrasePrefixes
		one, more stanceWord
	}{{l.Hedges, idx.hedges, hedgeWord, hedgeStart}, {l.Allegations, idx.allegations, allegationWord, allegationStart}} {
		for w := range c.set {
			idx.words[w] |= c.one
		}
		for w := range c.pre {
			idx.words[w] |= c.more
		}
	}
	for w := range idx.words {
		idx.inWords.add(w)
		idx.inEither.add(w)
	}
	for w := range l.Negations {
		idx.inNegations.add(w)
		idx.inEither.add(w)
	}
	return idx
}

// clause returns the token range of the clause around token i: bounded by
// ";", a dash between spaces, or a sentence-internal quotation.
func (v *sview) clause(i int) (int, int) {
	ps := v.punctMarks()
	en := v.lang == "en"
	lo, hi := 0, len(ps)
	if stops := clauseStop | comma; v.anyPunct&stops == 0 || !en && v.anyPunct&clauseStop == 0 {
		return lo, hi // nothing in the sentence bounds a clause
	}
	for k := i - 1; k >= 0; k-- {
		if p := ps[k]; p&clauseStop != 0 || en && p&comma != 0 && k < i-6 {
			lo = k + 1
			break
		}
	}
	for k := i; k < len(ps); k++ {
		if p := ps[k]; p&clauseStop != 0 || en && p&comma != 0 && k > i+6 {
			hi = k
			break
		}
	}
	return lo, hi
}

// tokenPunct says what a token is to clause, stance and openBracket.
type tokenPunct uint8

const (
	// clauseStop: a ";", a quotation mark that bounds a quotation, or a
	// Kyrgyz finite verb's comma (kyFiniteComma)
	clauseStop tokenPunct = 1 << iota
	comma                 // any ","
	pipe                  // a table's "|"
	openParen             // "("
	closeParen            // ")"
)

// punctMarks returns what each token of the sentence is to clauses and
// brackets, found once per view.
func (v *sview) punctMarks() []tokenPunct {
	if !v.punctsReady {
		v.makePuncts()
	}
	return v.puncts
}

// makePuncts is punctMarks' work, done once per view.
func (v *sview) makePuncts() {
	ps := slices.Grow(v.puncts[:0], len(v.toks))[:len(v.toks)]
	var all tokenPunct
	for k := range v.toks {
		var p tokenPunct
		// every mark asked about is one byte long
		if t := v.toks[k].Text; len(t) == 1 {
			switch t[0] {
			case ';':
				p = clauseStop
			case '"':
				if v.quoteStop[k] {
					p = clauseStop
				}
			case ',':
				p = comma
				if v.kyFiniteComma(k) {
					p |= clauseStop
				}
			case '|':
				p = pipe
			case '(':
				p = openParen
			case ')':
				p = closeParen
			}
		}
		ps[k] = p
		all |= p
	}
	v.puncts, v.anyPunct, v.punctsReady = ps, all, true
}

// kyFiniteComma reports a comma after a Kyrgyz finite verb in the past
// (-ган, -ген, …: "Кытайга качып кеткен, ошол жакта каза болгон"): the
// clause before it is done, and its date is its own.
func (v *sview) kyFiniteComma(k int) bool {
	if v.lang != "ky" || k == 0 || v.toks[k].Text != "," {
		return false
	}
	return hasAnySuffix(v.words[k-1], "ган", "ген", "гон", "гөн", "кан", "кен", "кон", "көн")
}

// quoteStops marks the quotation marks that bound clauses among a
// sentence's lower-case words: marks are paired in order, and a pair
// around at most five words is a name ("Туран", “Медресе Галия”), not a
// clause; a mark left without a pair bounds nothing. The marks go in
// stop[:0], reused.
func quoteStops(stop []bool, words []string) []bool {
	stop = slices.Grow(stop[:0], len(words))[:len(words)]
	clear(stop)
	open := -1
	for k, w := range words {
		if w != `"` {
			continue
		}
		if open < 0 {
			open = k
			continue
		}
		if n := k - open - 1; n > 5 {
			stop[open], stop[k] = true, true
		}
		open = -1
	}
	return stop
}

// ruleLangs are the languages whose names of rules are made ahead (see
// langRule).
var ruleLangs = [...]string{"en", "ru", "ky", "kk"}

// langRule is a rule's name in every language of ruleLangs: the language,
// "-" and name ("en-born-date"), made once rather than per fact.
type langRule struct {
	name   string
	byLang [len(ruleLangs)]string
}

func newLangRule(name string) langRule {
	r := langRule{name: name}
	for k, l := range ruleLangs {
		r.byLang[k] = l + "-" + name
	}
	return r
}

// rule returns v.lang + "-" + r.name.
func (v *sview) rule(r *langRule) string {
	switch v.lang {
	case "en":
		return r.byLang[0]
	case "ru":
		return r.byLang[1]
	case "ky":
		return r.byLang[2]
	case "kk":
		return r.byLang[3]
	}
	return v.lang + "-" + r.name
}

// put records a fact as add does, the draft kept in the view's scratch
// rather than allocated on its own. A document's facts are read until its
// extraction is made, before its views serve another (see putViews).
func (v *sview) put(f draft) {
	if f.subj == nil || (f.obj == nil && f.objDate == nil) || f.subj == f.obj {
		return
	}
	if len(v.drafts) == cap(v.drafts) {
		// a new array: the drafts put before stay where they are
		v.drafts = make([]draft, 0, max(4, 2*cap(v.drafts)))
	}
	v.drafts = append(v.drafts, f)
	v.add(&v.drafts[len(v.drafts)-1])
}

// add records a fact.
func (v *sview) add(f *draft) {
	if f.subj == nil || (f.obj == nil && f.objDate == nil) || f.subj == f.obj {
		return
	}
	if f.stance == "" {
		f.stance = dossier.Asserted
	}
	f.sent = v.si
	if f.span == (dossier.Span{}) {
		f.span = v.s.Span
	}
	v.d.facts = append(v.d.facts, f)
}

// isBound reports a date written as a bound: "after 1933", "since 1919",
// "1933-жылдан кийин", "1933-жылдан баштап", "до 1937", "после 1933".
func (v *sview) isBound(dm *dateMention) bool {
	if dm.start > 0 {
		switch v.words[dm.start-1] {
		case "after", "since", "until", "till", "before", "после", "до", "с", "со":
			return true
		}
	}
	if dm.end < len(v.words) {
		switch v.words[dm.end] {
		case "кийин", "кийинки", "баштап", "чейин", "тартып", "onwards", "onward":
			return true
		}
	}
	return false
}

// coordinatedBetween reports "and", "but", "then" (or Russian "и", "но",
// "затем") between tokens a and b:
// a date before it dates another verb ("repressed in 1930 and died").
func (v *sview) coordinatedBetween(a, b int) bool {
	for k := a; k < b && k < len(v.words); k++ {
		switch v.words[k] {
		case "then", "затем":
			if v.roleAt(k+1) || v.roleAt(k+2) {
				continue // "Ryskulov, then deputy chairman of …, wrote": an apposition's office
			}
			return true
		case "and", "but", "и", "но":
			if v.namesJoined(k) {
				continue // "the bands of X and Y joined": names, not verb phrases
			}
			return true
		}
	}
	return false
}

// namesJoined reports a conjunction at token k between two names.
func (v *sview) namesJoined(k int) bool {
	before, after := false, false
	for _, m := range v.ms {
		before = before || m.end == k && m.typ != dossier.Place
		after = after || m.start == k+1 && m.typ != dossier.Place
	}
	return before && after
}

// roleAt reports an office's word at token k ("chairman", "секретарь").
func (v *sview) roleAt(k int) bool {
	return k < len(v.words) && (v.match("head_roles", k) > 0 || v.match("member_roles", k) > 0 || v.lx.Roles.HasLower(v.words[k]))
}

// dateRightAfter reports a date that starts within three tokens after
// token i.
func (v *sview) dateRightAfter(i int) bool {
	for _, dm := range v.ds {
		if dm.start > i && dm.start <= i+3 {
			return true
		}
		// past the verb's place: "расстрелянный в Джалал-Абаде в январе 1938 года"
		if dm.start > i && dm.start <= i+7 && !v.commaBetween(i, dm.start) {
			if p := v.nearestAfter(i+1, 3, dossier.Place); p != nil && p.end <= dm.start && dm.start-p.end <= 2 {
				return true
			}
		}
	}
	return false
}

// commaBetween reports a comma among tokens [a, b).
func (v *sview) commaBetween(a, b int) bool { return v.punctBetween(a, b, ",") }

// punctBetween reports the punctuation mark p among tokens [a, b).
func (v *sview) punctBetween(a, b int, p string) bool {
	for k := max(a, 0); k < b && k < len(v.toks); k++ {
		if v.toks[k].Text == p {
			return true
		}
	}
	return false
}

// opensConjunct reports an English date that opens a new verb phrase:
// "and in 1922", "and on 4 May" (the date, or its preposition, right
// after "and").
func (v *sview) opensConjunct(k int) bool {
	if k > 0 && v.words[k-1] == "and" {
		return true
	}
	if k > 1 && v.words[k-2] == "and" {
		switch v.words[k-1] {
		case "in", "on", "from", "since", "by":
			return true
		}
	}
	return false
}

// appositionBetween reports tokens [a, k) that are an apposition set off
// by commas after a person's name: "Kerimbek Usenov, chairman of a
// collective farm, who …", with no other person named in it.
func (v *sview) appositionBetween(a, k int) bool {
	if k-a < 3 || v.toks[a].Text != "," || v.toks[k-1].Text != "," {
		return false
	}
	for _, m := range v.ms {
		if m.typ == dossier.Person && m.start > a && m.start < k {
			return false
		}
	}
	return true
}

// relativeBetween reports a relative pronoun between tokens a and b that
// does not attach to the person ending at a ("the victims of X's purge who
// … died"); "X (aka Y), who … died" attaches to X.
func (v *sview) relativeBetween(a, b int) bool {
	for k := a; k < b && k < len(v.words); k++ {
		switch v.words[k] {
		case "who", "which", "whom", "whose", "that":
			if v.appositionBetween(a, k) {
				return false // "X, a teacher, who … died": X's
			}
			for j := a; j < k; j++ {
				if v.toks[j].Kind == segment.Word && !v.bracketed(j) {
					return true // a word of its own between the person and "who"
				}
			}
			return false
		}
	}
	return false
}
