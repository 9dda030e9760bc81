package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/gazetteer"
	"github.com/dossier-kg/dossier/extract/lexicon"
	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/extract/names"
	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/extract/textnorm"
	"github.com/dossier-kg/dossier/internal/textcase"
	"github.com/dossier-kg/dossier/internal/translit"
)

// docState is one document in flight.
type docState struct {
	x     *Extractor
	doc   *dossier.Document
	tx    *textnorm.Text
	sents []segment.Sentence
	dates [][]dateMention // per sentence
	ments [][]*mention    // per sentence, sorted by start
	ents  []*entity
	facts []*draft
	major string // majority language
	// topics[i] is the person sentence i is about (for later sentences
	// whose subject is a pronoun or omitted)
	topics   []*entity
	main     *entity
	mainDone bool
	// letterSeen lists the letters stated so far, for sentences that go on
	// about them without naming writer or recipient again
	letterSeen []letterRef
	// frames are the letters the layout states; author is the first
	// frame's sender (the "I" and "we" of the text)
	frames []*frame
	author *entity
	// problems are the sentences the extractor could not handle
	problems dossier.ErrorList
	// views are the sentences' views, made once (see view)
	views []*sview
	// fields[i] is the card field sentence i is, if any; records are the
	// document's archive cards
	fields  [][]field
	records []*record
	// mentSlab holds the mentions newMention hands out next (see
	// allocMention); marks is sentenceMentions' scratch, and drops
	// settle's
	mentSlab  []mention
	mentSlabs int // the size of the last slab
	marks     []bool
	drops     []bool
	// found is the list sentenceMentions builds a sentence's mentions in,
	// reused; lists is the slab their kept lists are copied into (see
	// keepList)
	found []*mention
	lists []*mention
	// cands holds the candidates the recognisers return for a sentence,
	// reused from one sentence to the next (see names.AppendAround)
	cands []names.Candidate
}

// dateMention is a date found in a sentence.
type dateMention struct {
	span       dossier.Span // in the clean text
	start, end int          // token range in the sentence
	date       dossier.Date
	rule       string
}

// mention is a name in a sentence. (The fields that hold pointers come
// first: the collector reads a mention only as far as its last pointer,
// and a document makes hundreds of them.)
type mention struct {
	typ    dossier.EntityType
	rule   string
	text   string
	lang   string
	person names.PersonName
	ent    *entity
	// nkey caches normKey
	nkey string

	// rec is 1 + the index of the record (card, memorial-book entry) whose
	// person this mention names, 0 for other mentions: see findPerson
	rec        int
	sent       int
	start, end int // token range of the name [start, end)
	span       dossier.Span
	entry      int // gazetteer entry, -1 if none
	conf       float64
	lastCase   morph.Case
	// altName marks another name of the person, not the one their
	// preferred name is made from: a woman's maiden name ("(nee Bekova)"),
	// a form in brackets after the name ("Сыдык Карачев (Сыдык Карач уулу)")
	altName bool
	weak    bool // an ambiguous name that needs support
	nested  bool // lies inside a larger mention
	// baseWritten: the name is written in its base form and its case is
	// carried by a word after it (a quoted name before its head noun)
	baseWritten bool
}

func (m *mention) tokens(d *docState) []segment.Token {
	return d.sents[m.sent].Tokens[m.start:m.end]
}

// findDates finds the dates of every sentence, then reconciles the whole
// document's dates (misprinted years, the Julian note).
func (d *docState) findDates() {
	d.dates = make([][]dateMention, len(d.sents))
	b := d.x.dates.Batch()
	// where holds the sentence of each match, in order.
	var whereBuf [256]int32
	where := whereBuf[:0]
	for i := range d.sents {
		s := &d.sents[i]
		ms := b.Find(d.tx.Clean[s.Span.Start:s.Span.End], s.Span.Start)
		for k := range ms {
			if ms[k].Lang == "" && s.Lang == "ru" {
				ms[k].Lang = "ru"
			}
			where = append(where, int32(i))
		}
	}
	all := b.Reconcile()
	// One array holds the dates of every sentence; each sentence's slice
	// ends at its capacity, so that appending to it (sameDay) copies.
	dms := make([]dateMention, len(all))
	for k := 0; k < len(all); {
		i := where[k]
		toks := d.sents[i].Tokens
		first, a := k, 0
		for ; k < len(all) && where[k] == i; k++ {
			m := &all[k]
			// The matches of a sentence are in order and do not overlap, so
			// the first token of each is found by walking on from the last.
			for a < len(toks) && toks[a].Span.End <= m.Span.Start {
				a++
			}
			e := a
			for e < len(toks) && toks[e].Span.Start < m.Span.End {
				e++
			}
			dms[k] = dateMention{span: m.Span, start: a, end: e, date: m.Date, rule: m.Rule}
		}
		d.dates[i] = dms[first:k:k]
	}
	b.Release()
	d.sameDay()
}

// sameDayPhrases say "on the day just named": "the same day", "в тот же
// день", "ошол эле күнү".
var sameDayPhrases = [][]string{
	{"the", "same", "day"}, {"that", "same", "day"}, {"that", "very", "day"},
	{"в", "тот", "же", "день"}, {"в", "этот", "же", "день"}, {"того", "же", "дня"},
	{"ошол", "эле", "күнү"}, {"ошол", "күнү"},
}

// sameDay dates "the same day" with the last full date of the sentence or
// the two before it: "Khodzhaev was shot on 15 March 1938. Ikramov was shot
// the same day."
func (d *docState) sameDay() {
	// last is the last sentence with a date lastDayBefore may return;
	// sentences more than two after it are not read
	last := -3
	for si := range d.sents {
		if slices.ContainsFunc(d.dates[si], dayToRepeat) {
			last = si
		}
		if si-last > 2 {
			continue
		}
		toks := d.sents[si].Tokens
		for ti := range toks {
			if !sameDayOpener(toks[ti].Lower) {
				continue
			}
			n := 0
			for _, p := range sameDayPhrases {
				if phraseAt(toks, ti, p) {
					n = len(p)
					break
				}
			}
			if n == 0 {
				continue
			}
			if dt, ok := d.lastDayBefore(si, ti); ok {
				sp := dossier.Span{Start: toks[ti].Span.Start, End: toks[ti+n-1].Span.End}
				d.dates[si] = append(d.dates[si], dateMention{span: sp, start: ti, end: ti + n, date: dt, rule: "same-day"})
				slices.SortStableFunc(d.dates[si], func(a, b dateMention) int { return cmp.Compare(a.start, b.start) })
			}
		}
	}
}

// sameDayOpener reports a word that begins one of sameDayPhrases, so that
// sameDay tries the phrases only there.
func sameDayOpener(w string) bool {
	switch w {
	case "the", "that", "в", "того", "ошол":
		return true
	}
	return false
}

// phraseAt reports the lower-case words p at token ti.
func phraseAt(toks []segment.Token, ti int, p []string) bool {
	if ti+len(p) > len(toks) {
		return false
	}
	for k, w := range p {
		if toks[ti+k].Lower != w {
			return false
		}
	}
	return true
}

// lastDayBefore returns the last date to the day before token ti of
// sentence si, in it or the two sentences before.
func (d *docState) lastDayBefore(si, ti int) (dossier.Date, bool) {
	for k := si; k >= 0 && k >= si-2; k-- {
		ds := d.dates[k]
		for j := len(ds) - 1; j >= 0; j-- {
			if dm := ds[j]; (k < si || dm.end <= ti) && dayToRepeat(dm) {
				return dm.date, true
			}
		}
	}
	return dossier.Date{}, false
}

// dayToRepeat reports a date "the same day" may repeat: one to the day,
// not a range, not itself a "same day".
func dayToRepeat(dm dateMention) bool {
	return dm.date.Precision == dossier.PrecisionDay && dm.date.End == nil && dm.rule != "same-day"
}

// findMentions collects gazetteer names and names found by shape and
// context, and settles their overlaps.
func (d *docState) findMentions() {
	d.ments = make([][]*mention, len(d.sents))
	count := map[string]int{}
	for i := range d.sents {
		count[d.sents[i].Lang] += len(d.sents[i].Tokens)
	}
	d.major = "en"
	best := -1
	for _, l := range []string{"ky", "ru", "en", "kk"} {
		if count[l] > best {
			d.major, best = l, count[l]
		}
	}
	for i := range d.sents {
		d.guard(i, "names", func() { d.ments[i] = d.sentenceMentions(i) })
	}
	d.findRecords()
	d.findTitles()
	d.eventAnaphora()
	d.kyPartyJoined()
}

// eventAnaphora links an event's head noun used alone ("көтөрүлүштүн",
// "восстания", "the revolt") to the event named before with that head
// ("1916-жылкы көтөрүлүш"), within the last ten sentences.
//
// Only a sentence with a known event named in it or in the ten sentences
// before can hold such a head: the others are not read word by word.
func (d *docState) eventAnaphora() {
	last := -11 // the last sentence so far that names a known event
	for si := range d.sents {
		if namesKnownEvent(d.ments[si]) {
			last = si
		}
		if last < si-10 {
			continue // eventBefore would find nothing
		}
		toks := d.sents[si].Tokens
		lx := d.x.lex.For(d.sents[si].Lang)
		for ti, t := range toks {
			if t.Kind != segment.Word || t.Upper() {
				continue
			}
			stem := d.x.wordMemos.eventStem(d.x, lx, t.Text)
			if stem == "" || d.covered(si, ti) {
				continue
			}
			if ante := d.eventBefore(si, ti, stem); ante != nil {
				m := d.newMention(si, ti, ti+1, "event-anaphora", 0.6)
				m.typ, m.entry = dossier.Event, ante.entry
				d.addMention(si, m)
				last = si
			}
		}
	}
}

// namesKnownEvent reports a mention of a known event among ms, the
// antecedents eventBefore looks for.
func namesKnownEvent(ms []*mention) bool {
	for _, m := range ms {
		if m.typ == dossier.Event && m.entry >= 0 {
			return true
		}
	}
	return false
}

// covered reports a token inside a mention or a date of sentence si.
func (d *docState) covered(si, ti int) bool {
	for _, m := range d.ments[si] {
		if ti >= m.start && ti < m.end {
			return true
		}
	}
	for _, dm := range d.dates[si] {
		if ti >= dm.start && ti < dm.end {
			return true
		}
	}
	return false
}

// eventBefore returns the last known event named before token ti of
// sentence si, in the ten sentences before, whose name has a word with the
// stem's first five letters.
func (d *docState) eventBefore(si, ti int, stem string) *mention {
	prefix := string([]rune(stem)[:5])
	for k := si; k >= 0 && k >= si-10; k-- {
		ms := d.ments[k]
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.typ != dossier.Event || m.entry < 0 || k == si && m.start >= ti {
				continue
			}
			for _, t := range m.tokens(d) {
				if strings.HasPrefix(t.Lower, prefix) {
					return m
				}
			}
		}
	}
	return nil
}

func (d *docState) sentenceMentions(si int) []*mention {
	s := &d.sents[si]
	toks := s.Tokens
	// three marks per token in one allocation: in a date, taken by a
	// gazetteer name, part of a person's name
	marks := d.scratchMarks(3 * len(toks))
	inDate, taken, people := marks[:len(toks)], marks[len(toks):2*len(toks)], marks[2*len(toks):]
	for j := range d.dates[si] {
		dm := &d.dates[si][j]
		for k := dm.start; k < dm.end && k < len(toks); k++ {
			// a lifespan in brackets holds the places of birth and death
			// too ("(1882-жылы, Кочкор болуштугу – 1933-жылы, Ташкен
			// шаары)"): only its numbers are the date's
			if dm.rule == "lifespan-paren" && toks[k].Kind != segment.Number {
				continue
			}
			inDate[k] = true
		}
	}
	out := d.found[:0]
	for _, h := range d.x.gaz.Find(toks) {
		if allIn(inDate, h.Start, h.End) {
			continue
		}
		pk := d.x.people[h.Entries[0]] // the person's name keys, nil for other entries
		h.Start = d.extendPersonLeft(h, toks, taken, pk)
		h.End = d.extendPersonRight(h, toks, pk)
		if d.otherGivenName(h, toks, s.Lang, pk) {
			continue // "Турсун Ходжаев" is not Faizulla Khodzhaev
		}
		entry := d.chooseEntry(si, h, toks)
		if entry < 0 {
			continue // left to the name finders
		}
		if s.Lang == "ru" && d.ruGivenNameSlot(toks, h.Start, h.End) && d.x.gaz.Entry(entry).Type != dossier.Person {
			continue // "Токтогулова Сагына Джумалиевича": a given name, not a body
		}
		m := d.bareMention(si, h.Start, h.End, "gazetteer", 0.95)
		m.lastCase = morph.Nom // written as the gazetteer writes it, unless inflected
		if h.Inflected {
			m.lastCase = d.caseOf(s, h.Start, h.End)
		}
		m.entry = entry
		e := d.x.gaz.Entry(m.entry)
		m.typ = e.Type
		if m.typ != dossier.Person && m.typ != dossier.DocumentType && d.workTitle(si, m, h) {
			// "his book, The Great Terror": a title, whatever else the
			// words name
			out = append(out, m)
			for k := m.start; k < m.end; k++ {
				taken[k] = true
			}
			continue
		}
		// an ambiguous name (Peters, Frunze) is kept, less confidently
		m.weak = len(e.Ambiguous) > 0 && (e.IsAmbiguous(strings.TrimSpace(d.surface(si, h.Start, h.End))) || (h.End-h.Start == 1 && e.IsAmbiguous(d.x.stem0(toks[h.Start].Text))))
		if h.Derived {
			m.conf = 0.9
		}
		if m.weak {
			m.conf = 0.7
		}
		out = append(out, m)
		for k := h.Start; k < h.End; k++ {
			taken[k] = true
		}
	}
	for _, m := range out {
		if m.typ == dossier.Person {
			for k := m.start; k < m.end; k++ {
				people[k] = true
			}
		}
	}
	d.cands = d.x.names.AppendAround(d.cands[:0], toks, s.Lang, taken, people)
	for i := range d.cands {
		c := &d.cands[i]
		if anyIn(inDate, c.NameStart, c.NameEnd) {
			continue
		}
		m := d.bareMention(si, c.NameStart, c.NameEnd, c.Rule, c.Conf)
		m.typ = c.Type
		m.person = c.Person
		// the case the name's own words show, unless the rule says it
		// (the case set below by a place word or the head after quotes
		// overrides whatever is set before it)
		switch {
		case c.Rule == "person-record-head", c.Rule == "person-caps-head" && c.NameStart == 0:
			// a record's head names its person in the nominative
			// ("МАМАТОВА Зулайка, 1910 г. р.": a woman, not Маматов's genitive)
			m.lastCase = morph.Nom
		case placeCueCase(*c, s.Lang, len(toks)), (c.End > c.NameEnd+1 || c.Start < c.NameStart-1) && c.Rule == "quoted-name":
		default:
			m.lastCase = d.caseOf(s, c.NameStart, c.NameEnd)
		}
		if m.lastCase == morph.Gen && s.Lang == "ru" && onlyWords(toks, c.NameStart, c.NameEnd) {
			// a name alone on its line ("А. Бекназарова" under a
			// petition) has no word to govern a genitive: a woman's
			// surname in the nominative
			m.lastCase = morph.Nom
		}
		if m.lastCase == morph.Gen && d.womansName(&c.Person) {
			// "ШЕРАЛИЕВА Нуржан Мукашовна": a woman's surname in the
			// nominative, not a man's in the genitive
			m.lastCase = morph.Nom
		}
		if c.Type == dossier.Place || c.Type == dossier.Organization {
			d.resolveAbbreviation(m, toks)
		}
		if strings.HasSuffix(c.Rule, "-place-cue") {
			// "аул Мене", "кишлак Поршинев", "Охна кыштагында": the name
			// stands in its base form; the place word takes the case
			m.baseWritten = true
			switch {
			case s.Lang == "ru" && c.NameStart > 0:
				m.lastCase = d.caseOf(s, c.NameStart-1, c.NameStart)
			case (s.Lang == "ky" || s.Lang == "kk") && c.NameEnd < len(toks):
				m.lastCase = d.caseOf(s, c.NameEnd, c.NameEnd+1)
			}
		}
		if c.Start < c.NameStart-1 && c.Rule == "quoted-name" {
			// колхоза «Кызыл-Туу»: the head before the quotes takes the case
			m.lastCase = d.caseOf(s, c.Start, c.Start+1)
			m.baseWritten = true
		}
		if c.End > c.NameEnd+1 && c.Rule == "quoted-name" {
			// «“Алаш Ордо” партиясынын»: the head after the quotes takes
			// the case; the name inside them is in its base form
			m.lastCase = d.caseOf(s, c.End-1, c.End)
			m.baseWritten = true
		}
		out = append(out, m)
	}
	out = d.placeBodies(si, out)
	out = d.settle(out)
	if s.Lang == "ru" {
		d.ruKinGivenNames(si, out)
		out = d.ruPlaceCommittees(si, out)
	}
	// bodies named with a place: only a place the gazetteer composes
	// bodies with can make one (see mentionMemos.composes)
	if slices.ContainsFunc(out, d.composingPlace) {
		out = d.composeBodies(si, out)
		out = d.commissariats(si, out)
		if s.Lang == "en" {
			out = d.composeOf(si, out)
		}
	}
	if s.Lang == "en" {
		d.possessiveBodies(si, out)
		out = d.enGovernmentOf(si, out)
		d.enRegionNames(si, out)
		out = d.enNumberedActs(si, out)
		out = d.enKnownTails(si, out)
		d.enOrdinalBodies(si, out)
	}
	slices.SortFunc(out, func(a, b *mention) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		return cmp.Compare(b.end, a.end)
	})
	keep := out[:0]
	for _, m := range out {
		prefix := false
		for _, o := range out {
			if o != m && o.start <= m.start && o.end >= m.end && (o.end-o.start) > (m.end-m.start) && o.rule != "en-numbered-act" {
				// (an act keeps its issuer's name free: "rehabilitated by a
				// decree of the Presidium …" is the Presidium's doing)
				m.nested = true
				// "Военной коллегией Верховного суда" inside the known
				// "Военной коллегией Верховного суда СССР": a guessed chunk
				// that opens a known name of its kind is that name cut short
				if o.start == m.start && o.typ == m.typ && o.entry >= 0 && o.rule == "gazetteer" && isChunk(m) {
					prefix = true
				}
			}
		}
		if !prefix {
			keep = append(keep, m)
		}
	}
	d.found = out[:0]
	return d.keepList(keep)
}

// keepList copies a sentence's mentions out of d.found into a list of
// their own, nil if there are none. The lists of a document's sentences
// share slabs; each list's capacity is its length, so that appending to
// one (addMention) cannot write over the next.
func (d *docState) keepList(ms []*mention) []*mention {
	n := len(ms)
	if n == 0 {
		return nil
	}
	if len(d.lists) < n {
		d.lists = make([]*mention, max(n, 64))
	}
	l := d.lists[:n:n]
	d.lists = d.lists[n:]
	copy(l, ms)
	return l
}

// composingPlace reports a mention of a known place the gazetteer
// composes bodies with: composeBodies, commissariats and composeOf make
// bodies from such places only.
func (d *docState) composingPlace(m *mention) bool {
	return d.x.wordMemos.composes(m.entry) && m.typ == dossier.Place
}

// composeBodies joins an acronym and the place right after it into the
// body the gazetteer knows by both ("СНК" + "Кирг. АССР" → the Sovnarkom
// of the Kyrgyz ASSR); the place stays, nested in the body.
func (d *docState) composeBodies(si int, ms []*mention) []*mention {
	toks := d.sents[si].Tokens
	n := len(ms)
	for i := 0; i < n; i++ {
		a := ms[i]
		if a.typ != dossier.Organization || a.end-a.start != 1 || !toks[a.start].AllCaps() {
			continue
		}
		for _, p := range ms[:n] {
			if p.start != a.end || p.typ != dossier.Place || p.entry < 0 {
				continue
			}
			if !d.x.wordMemos.composes(p.entry) {
				continue
			}
			org := d.x.gaz.Composed(toks[a.start].Text, p.entry)
			if org < 0 {
				continue
			}
			a.end, a.span.End = p.end, p.span.End
			a.text = d.tx.Clean[a.span.Start:a.span.End]
			a.entry, a.rule, a.lastCase = org, "composed", p.lastCase
			break
		}
	}
	// a chunk over the same words gives way to the composed body
	keep := ms[:0]
	for _, m := range ms {
		dup := false
		if isChunk(m) {
			for _, o := range ms {
				if o.rule == "composed" && o.start == m.start && o.end == m.end {
					dup = true
				}
			}
		}
		if !dup {
			keep = append(keep, m)
		}
	}
	return keep
}

// workTitle reports a name right after a word for a work ("the book, The
// Great Terror", "книга «…»"): it is the work's title. The mention becomes
// a Document of its own, taking a leading "The".
func (d *docState) workTitle(si int, m *mention, hit gazHit) bool {
	toks := d.sents[si].Tokens
	k := m.start - 1
	lead := d.enTitleLead(si, m.start) // "the newspaper Egemen Qazaqstan"
	k -= lead
	the := k >= 0 && strings.EqualFold(toks[k].Text, "the") && toks[k].Upper()
	if the {
		k--
	}
	if k >= 0 && toks[k].Text == "," {
		k--
	}
	if k < 0 || toks[k].Kind != segment.Word || d.x.wordMemos.cue(toks[k].Lower)&cueWork == 0 {
		return false
	}
	if the || lead > 0 {
		m.start -= lead
		if the {
			m.start--
		}
		m.span.Start = toks[m.start].Span.Start
		m.text = d.tx.Clean[m.span.Start:m.span.End]
	}
	m.typ, m.entry, m.rule = dossier.DocumentType, -1, "work-title"
	for _, e := range hit.Entries {
		if d.x.gaz.Entry(e).Type == dossier.DocumentType {
			m.entry = e // the work the gazetteer knows by that title
		}
	}
	return true
}

// possessiveBodies reads an English body named after "its" as the body of
// the place named last before ("The Uzbek SSR was formed in 1924. … its
// Council of People's Commissars"), when the gazetteer knows the body of
// that place by that name.
func (d *docState) possessiveBodies(si int, ms []*mention) {
	toks := d.sents[si].Tokens
	for _, m := range ms {
		if m.typ != dossier.Organization || m.entry >= 0 || m.start == 0 || toks[m.start-1].Lower != "its" {
			continue
		}
		place := d.placeBefore(si, m.start, ms)
		if place == nil {
			continue
		}
		words := make([]string, 0, m.end-m.start)
		for _, t := range toks[m.start:m.end] {
			words = append(words, t.Text)
		}
		if org := d.x.gaz.Composed(strings.Join(words, " "), place.entry); org >= 0 {
			m.entry, m.rule = org, "composed-its"
		}
	}
}

// placeBefore returns the known place named last before token ti of
// sentence si (whose mentions, not stored yet, are cur), in it or the two
// sentences before.
func (d *docState) placeBefore(si, ti int, cur []*mention) *mention {
	for k := si; k >= 0 && k >= si-2; k-- {
		ms := cur
		if k < si {
			ms = d.ments[k]
		}
		var last *mention
		for _, m := range ms {
			if m.typ == dossier.Place && m.entry >= 0 && !m.nested && (k < si || m.end <= ti) && (last == nil || m.start > last.start) {
				last = m
			}
		}
		if last != nil {
			return last
		}
	}
	return nil
}

// composeOf finds, in English, a body named by a head and "of (the)" a
// known place whose parts the gazetteer knows together ("the Council of
// People's Commissars of the Kirghiz (Kazakh) ASSR"); the place stays,
// nested in the body.
func (d *docState) composeOf(si int, ms []*mention) []*mention {
	toks := d.sents[si].Tokens
	var added []*mention
	for _, p := range ms {
		if p.typ != dossier.Place || !d.x.wordMemos.composes(p.entry) {
			continue
		}
		k := p.start - 1
		if k >= 0 && strings.EqualFold(toks[k].Text, "the") {
			k--
		}
		if k < 1 || !strings.EqualFold(toks[k].Text, "of") {
			continue
		}
		// the head: capitalised words (with "of" between them) before "of"
		best, bestA := -1, -1
		for a := k - 1; a >= 0 && k-a <= 8; a-- {
			t := toks[a]
			if t.Kind != segment.Word || !(t.Upper() || strings.EqualFold(t.Text, "of")) {
				break
			}
			if !t.Upper() {
				continue
			}
			var words []string
			for j := a; j < k; j++ {
				words = append(words, toks[j].Text)
			}
			if org := d.x.gaz.Composed(strings.Join(words, " "), p.entry); org >= 0 {
				best, bestA = org, a
			}
		}
		if best < 0 {
			continue
		}
		m := d.newMention(si, bestA, p.end, "composed", 0.9)
		m.typ, m.entry = dossier.Organization, best
		added = append(added, m)
	}
	if len(added) == 0 {
		return ms
	}
	keep := ms[:0]
	for _, m := range ms {
		inside := false
		for _, a := range added {
			if m.start >= a.start && m.end <= a.end {
				inside = true
				if m.typ == dossier.Place {
					m.nested = true
				}
			}
		}
		// a chunk the body replaces goes; names inside it stay, nested
		if inside && isChunk(m) {
			continue
		}
		keep = append(keep, m)
	}
	return append(keep, added...)
}

// nearPlaceWords are prepositions that take a place, not a person, before
// a name that may be either ("Frunze", "Фрунзе").
var nearPlaceWords = map[string]bool{"city": true, "in": true, "near": true, "at": true, "outside": true, "в": true, "во": true, "из": true, "под": true, "близ": true, "около": true, "возле": true}

// placeAbbrevs are the abbreviated words for kinds of settlement before a
// place's name ("г. Фрунзе", "с. Аламедин", "д. Елимбетово").
var placeAbbrevs = map[string]bool{"г": true, "с": true, "д": true, "пос": true, "дер": true, "ст": true, "п": true, "к": true, "кишл": true, "ш": true}

// abbrevOpensName reports a settlement's abbreviation at token k with its
// dot and a capitalised name after it ("г. Фрунзе", "с. Ак-Суу").
func abbrevOpensName(toks []segment.Token, k int) bool {
	return k+2 < len(toks) && placeAbbrevs[toks[k].Lower] && toks[k+1].Text == "." &&
		toks[k+2].Kind == segment.Word && toks[k+2].Upper()
}

// abbreviatedHeads are the dictionary abbreviations of administrative
// units.
var abbreviatedHeads = map[string]bool{"обл": true, "губ": true, "у": true, "окр": true, "вол": true}

// resolveAbbreviation links a dictionary-style name ("Семипалат. обл.",
// "Туркест. ЦИК") to the one gazetteer entry it spells out, and marks its
// case unknown: an abbreviation shows none.
func (d *docState) resolveAbbreviation(m *mention, toks []segment.Token) {
	if !abbreviationMarks(toks, m.start, m.end) {
		return // (the reading below finds no abbreviation)
	}
	var buf [8]string
	words := buf[:0]
	abbr := false
	for k := m.start; k < m.end; k++ {
		t := toks[k]
		if names.Raion(toks, k) > 0 && k+2 < m.end {
			words = append(words, "район")
			abbr = true
			k += 2
			continue
		}
		if t.Text == "-" && !t.Space && len(words) > 0 && k+1 < m.end && !toks[k+1].Space && toks[k+1].Kind == segment.Word {
			// a hyphenated word: "Джалал-Абадская обл."
			k++
			words[len(words)-1] += "-" + toks[k].Lower
			continue
		}
		if t.Kind != segment.Word {
			if t.Text != "." {
				return
			}
			continue
		}
		w := t.Lower
		if k+1 < len(toks) && toks[k+1].Text == "." && (k+1 < m.end || abbreviatedHeads[w]) {
			w += "."
			abbr = true
		}
		words = append(words, w)
	}
	if !abbr {
		return
	}
	m.lastCase = morph.Unknown
	if i := d.x.wordMemos.abbreviated(m.typ, words); i >= 0 {
		m.entry = i
	}
}

// abbreviationMarks reports the marks an abbreviated name has in tokens
// [a, b): a dot after one of its words, or "р-н".
func abbreviationMarks(toks []segment.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if k+1 < len(toks) && toks[k+1].Text == "." || toks[k].Lower == "р" {
			return true
		}
	}
	return false
}

func (x *Extractor) stem0(w string) string {
	st := x.memo.Stems(w)
	if len(st) > 1 {
		return st[1]
	}
	return w
}

func allIn(b []bool, a, e int) bool {
	for k := a; k < e; k++ {
		if !b[k] {
			return false
		}
	}
	return e > a
}

func anyIn(b []bool, a, e int) bool {
	for k := a; k < e; k++ {
		if b[k] {
			return true
		}
	}
	return false
}

func (d *docState) newMention(si, a, b int, rule string, conf float64) *mention {
	m := d.bareMention(si, a, b, rule, conf)
	m.lastCase = d.caseOf(&d.sents[si], a, b)
	return m
}

// bareMention is newMention without the case, for a caller that sets it.
func (d *docState) bareMention(si, a, b int, rule string, conf float64) *mention {
	s := &d.sents[si]
	sp := dossier.Span{Start: s.Tokens[a].Span.Start, End: s.Tokens[b-1].Span.End}
	m := d.allocMention() // zero: only the fields set here need writing
	m.sent, m.start, m.end, m.span, m.entry, m.rule, m.conf = si, a, b, sp, -1, rule, conf
	m.text, m.lang = d.tx.Clean[sp.Start:sp.End], s.Lang
	return m
}

// placeCueCase reports a name found by a place word before or after it
// ("аул Мене", "Охна кыштагында") whose case sentenceMentions reads from
// that word, in a sentence of language lang with n tokens.
func placeCueCase(c names.Candidate, lang string, n int) bool {
	if !strings.HasSuffix(c.Rule, "-place-cue") {
		return false
	}
	return lang == "ru" && c.NameStart > 0 || (lang == "ky" || lang == "kk") && c.NameEnd < n
}

// scratchMarks returns n false marks, in a buffer the document's sentences
// share one after the other.
func (d *docState) scratchMarks(n int) []bool {
	if cap(d.marks) < n {
		d.marks = make([]bool, max(n, 256))
	}
	m := d.marks[:n]
	clear(m)
	return m
}

// allocMention returns a new zero mention, from a slab of them that the
// document's mentions share (a document makes hundreds).
func (d *docState) allocMention() *mention {
	if len(d.mentSlab) == 0 {
		// a short document needs few: the slabs grow from 8 to 64
		d.mentSlabs = min(max(2*d.mentSlabs, 8), 64)
		d.mentSlab = make([]mention, d.mentSlabs)
	}
	m := &d.mentSlab[0]
	d.mentSlab = d.mentSlab[1:]
	return m
}

// caseOf is the grammatical case of a name: Kyrgyz marks the last word
// ("Кыргыз АССРнин Эл Комиссарлар Советинин"), Russian the head noun,
// the first word that is not an adjective or an initial ("Совету Народных
// Комиссаров", "В.И. Ленина"). Morphology readings ranked below a Kyrgyz
// one are used for Kyrgyz sentences, Russian ones for Russian sentences.
func (d *docState) caseOf(s *segment.Sentence, a, b int) morph.Case {
	k := b - 1
	if s.Lang == "ru" {
		k = a
		for k < b-1 && (s.Tokens[k].Kind != segment.Word || oneLetter(s.Tokens[k].Text) || ruAdjectiveLower(s.Tokens[k].Lower) || compoundPart(s.Tokens, k)) {
			k++
		}
	}
	t := &s.Tokens[k]
	if t.Kind != segment.Word {
		return morph.Nom
	}
	// a Kyrgyz case ending glued after a bracket: "ВКП(б)нын"
	if k > a && !t.Space && s.Tokens[k-1].Text == ")" {
		if c, ok := gluedCase(t.Lower); ok {
			return c
		}
	}
	// the rest depends on the word alone: a Russian head noun as the
	// lexicon writes it ("комиссия", "область") is in the nominative, any
	// other word has the case of its readings
	c := d.x.wordMemos.wordCase(s.Lang, t.Text)
	if c == morph.Gen && s.Lang == "ru" && k < b-1 && d.isGivenForm(t.Text) {
		// a given name that does not decline ("Баялы", read as the
		// genitive of "Баяла") before a man's surname in -ов/-ев/-ин,
		// which would be "-ова" in the genitive: the nominative
		if l := s.Tokens[b-1]; l.Kind == segment.Word && surnameGender(l.Text) == 'm' && d.x.wordMemos.wordCase(s.Lang, l.Text) == morph.Nom {
			return morph.Nom
		}
	}
	return c
}

// oneLetter reports a word of one letter (an initial): one rune, which
// takes the whole string.
func oneLetter(w string) bool {
	_, n := utf8.DecodeRuneInString(w)
	return n > 0 && n == len(w)
}

// compoundPart reports the first part of a hyphenated adjective written as
// several tokens ("Джалал" in "Джалал-Абадским").
func compoundPart(toks []segment.Token, k int) bool {
	return k+2 < len(toks) && toks[k+1].Text == "-" && !toks[k+1].Space && !toks[k+2].Space && ruCompoundAdjTail(toks[k+2].Text)
}

func ruAdjectiveForm(w string) bool {
	return ruAdjectiveLower(textcase.Lower(w))
}

// ruAdjectiveLower is ruAdjectiveForm of a word already in lower case.
func ruAdjectiveLower(l string) bool {
	// the ending first: most words have none, and counting letters reads
	// the whole word (five letters take five bytes at least); every
	// ending ends in one of eight letters, which most words do not
	if len(l) < 5 {
		return false
	}
	switch l[len(l)-len("й"):] {
	case "й", "я", "е", "о", "у", "ю", "м", "х":
	default:
		return false
	}
	for _, e := range ruAdjectiveEndings {
		if strings.HasSuffix(l, e) {
			return utf8.RuneCountInString(l) >= 5
		}
	}
	return false
}

// ruAdjectiveEndings are the endings ruAdjectiveForm knows.
var ruAdjectiveEndings = [...]string{"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ую", "юю", "ых", "их"}

func (d *docState) surface(si, a, b int) string {
	s := &d.sents[si]
	return d.tx.Clean[s.Tokens[a].Span.Start:s.Tokens[b-1].Span.End]
}

// aloneBeforeDate reports a name that is the whole of sentence si (but for
// its closing punctuation) when the next sentence opens with a date.
func (d *docState) aloneBeforeDate(si int, h gazHit, toks []segment.Token) bool {
	if h.Start != 0 || si+1 >= len(d.sents) || len(d.dates) <= si+1 || len(d.dates[si+1]) == 0 {
		return false
	}
	for _, t := range toks[h.End:] {
		if t.Kind != segment.Punct {
			return false
		}
	}
	return d.dates[si+1][0].span.Start == d.sents[si+1].Span.Start
}

// chooseEntry picks among the entries a gazetteer name may mean, by the
// words around it: a place cue after it (шаары, city) means a place, a title
// or initials before it a person; otherwise the first entry.
// femalePatronymic reports a woman's patronymic in the nominative
// ("Мукашовна", "Ilyinichna", "Төлөн кызы").
func femalePatronymic(p string) bool {
	l := textcase.Lower(p)
	return hasAnySuffix(l, "овна", "евна", "ична", "ovna", "evna", "ichna", "кызы", "kyzy", "qizi")
}

// womansName reports a woman's name by its patronymic ("Мукашовна"), its
// given name ("Анна") or a known given name with a woman's surname ("Айгуль
// Сыдыкова"), each written in its base form.
func (d *docState) womansName(p *names.PersonName) bool {
	if femalePatronymic(p.Patronymic) || d.femaleGivenName(p.First) {
		return true
	}
	return p.First != "" && p.Last != "" && d.isGivenForm(p.First) && surnameGender(p.Last) == 'f'
}

// startsWithEventWord reports tokens that open with the word of a life event
// ("Born", "Родился", "Executed", "Расстрелян", "Exiled"), as a record's
// line does.
func (d *docState) startsWithEventWord(toks []segment.Token) bool {
	if len(toks) == 0 || toks[0].Kind != segment.Word {
		return false
	}
	want := cueEventEn
	if toks[0].Script == segment.Cyrillic {
		want = cueEventCyr
	}
	return d.x.wordMemos.cue(toks[0].Lower)&want != 0
}

// dateEndsAt reports a date of sentence si that ends right before token k.
func (d *docState) dateEndsAt(si, k int) bool {
	if si >= len(d.dates) {
		return false
	}
	for _, dm := range d.dates[si] {
		if dm.end == k {
			return true
		}
	}
	return false
}

// cellStart is where the cell or the field value holding token k starts:
// after the last bar or colon before it ("… | shot 27.11.1937, Frunze |",
// "Fate: shot …"), else 0.
func cellStart(toks []segment.Token, k int) int {
	for j := k - 1; j >= 0; j-- {
		if toks[j].Text == "|" || toks[j].Text == ":" {
			return j + 1
		}
	}
	return 0
}

// hasAnyPrefix reports whether w begins with one of the prefixes.
func hasAnyPrefix(w string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

func (d *docState) chooseEntry(si int, h gazHit, toks []segment.Token) int {
	want := dossier.EntityType("")
	// a dateline's place on a line of its own, the date on the next:
	// "Фрунзе." / "2 март 1927ж."
	if d.aloneBeforeDate(si, h, toks) {
		want = dossier.Place
	}
	// a record's head, surname first: "Бекболотов Токтогул, 1888 г. р."
	// names a man, not the town of Toktogul
	recordHead := h.End == h.Start+1 && d.x.names.RecordHead(toks, d.sents[si].Lang, h.Start)
	// a Kyrgyz attributive locative is said of places only: "Фрунзедеги"
	if kyAttrLocative(toks[h.End-1].Lower) {
		want = dossier.Place
	}
	// and so, nearly always, is the locative: "Фрунзеде атылган" (shot
	// in Frunze), not the man Frunze
	if l := d.sents[si].Lang; h.Inflected && (l == "ky" || l == "kk") && d.caseOf(&d.sents[si], h.Start, h.End) == morph.Loc {
		want = dossier.Place
	}
	if h.End < len(toks) {
		nw := toks[h.End].Lower
		// a word of place after it: "шаары", "city", "жанында"
		// (not a settlement's abbreviation that opens the next name:
		// "Б. Исакеев г. Фрунзе" signs from the town of Frunze)
		if d.x.wordMemos.cue(nw)&cuePlaceAfter != 0 && !abbrevOpensName(toks, h.End) {
			want = dossier.Place
		}
		// a dateline: "Фрунзе, 12 апреля 1933 г."
		if nw == "," && h.End+1 < len(toks) && toks[h.End+1].Kind == segment.Number {
			want = dossier.Place
		}
	}
	settlement := false // a settlement's word or abbreviation before the name
	if h.Start > 0 {
		pw := toks[h.Start-1].Lower
		initial := pw == "." && h.Start >= 2 && toks[h.Start-2].IsInitial()
		abbrev := false // a settlement's abbreviation and its dot: "г. Фрунзе", "с. Аламедин"
		if pw == "." && h.Start >= 2 && placeAbbrevs[toks[h.Start-2].Lower] && !(h.Start >= 3 && toks[h.Start-3].Kind == segment.Number) {
			pw, abbrev = toks[h.Start-2].Lower, true // (not "1927 г. Юсуп …": the year's)
		}
		cue := d.x.wordMemos.cue(pw)
		if initial || cue&cueTitle != 0 {
			want = dossier.Person
		}
		// "в Москве", "из Фрунзе", "под Ташкентом": Russian takes people
		// with other prepositions ("от Фрунзе", "к Фрунзе")
		// "near Frunze", "at Frunze", "близ Фрунзе" are places too
		// "с" (with) takes the instrumental, which is "-ским" for a surname
		// in -ский: "с Пржевальском" is the town Przhevalsk
		if (pw == "с" || pw == "со") && hasAnySuffix(toks[h.End-1].Lower, "ском", "цком") {
			want = dossier.Place
		}
		// (without its dot "с" is "with", "к" "to": "с Иосифом Сталиным")
		if abbrev || cue&cueNearPlace != 0 {
			want = dossier.Place
		}
		settlement = abbrev
		// "аил Шабдан", "кишлак Андижан": a settlement's word names a place
		if cue&cueRuPlace != 0 && !initial {
			want, settlement = dossier.Place, true
		}
		// "the village of Cholpon", "the town of Osh": a kind of place and
		// "of" name a place, whoever else bears the name
		if pw == "of" && h.Start >= 2 && d.x.lex.For("en").PlaceCues.HasLower(toks[h.Start-2].Lower) {
			want, settlement = dossier.Place, true
		}
		// a record's "Born 1894, Frunze", "Executed: 5 November 1937,
		// Frunze": the place of the event after its date
		// (not worked out when a place is wanted already: only a place
		// is wanted after it)
		if want != dossier.Place && pw == "," && h.Start >= 2 && toks[h.Start-2].Kind == segment.Number && (d.startsWithEventWord(toks) || d.startsWithEventWord(toks[cellStart(toks, h.Start):])) {
			want = dossier.Place
		}
		// a catalogue's or a letter's "…, 12 April 1933, Frunze.": the
		// place after the date that ends the sentence, or a lifespan's
		// bracket ("(1895, … – 1938, Фрунзе)")
		if pw == "," && h.Start >= 2 && (toks[h.Start-2].Kind == segment.Number && len(toks[h.Start-2].Text) == 4 || d.dateEndsAt(si, h.Start-1)) &&
			(h.End == len(toks) || toks[h.End].Text == "." || toks[h.End].Text == ";" || toks[h.End].Text == ")") {
			want = dossier.Place // also "1928-жылдын 3-марты, Фрунзе."
		}
	}
	if recordHead {
		// whatever the ", 1888" after it says, and whoever else bore the
		// given name: the name finders read the head whole
		return -1
	}
	if want == "" {
		// a work's title is a title only where something says so (quotes,
		// "the book"): "the Great Terror" is the event, not Conquest's book
		for _, e := range h.Entries {
			if d.x.gaz.Entry(e).Type != dossier.DocumentType {
				return e
			}
		}
		return h.Entries[0]
	}
	for _, e := range h.Entries {
		if d.x.gaz.Entry(e).Type == want {
			return e
		}
	}
	// the context wants a place and the name is only known as a person's
	// ("Шабдан айылында": a village named after Shabdan) or a work's ("с.
	// Манас": a village named after the epic): the gazetteer does not know
	// this place (a work only after the abbreviation: "БСЭ, 3-е изд." is
	// no dateline)
	if t := d.x.gaz.Entry(h.Entries[0]).Type; want == dossier.Place && (t == dossier.Person || t == dossier.DocumentType && settlement) {
		return -1
	}
	return h.Entries[0]
}

// kyAttrLocative reports a lower-case word with an ending of the Kyrgyz
// attributive locative ("Фрунзедеги", "Оштогу"): -дагы, -деги, -догу,
// -дөгү, -тагы, -теги, -тогу, -төгү.
func kyAttrLocative(w string) bool {
	// each ending is four two-byte letters, the third of them "г"
	n := len(w)
	return n >= 8 && w[n-4:n-2] == "г" && hasAnySuffix(w, "дагы", "деги", "догу", "дөгү", "тагы", "теги", "тогу", "төгү")
}

func hasAnySuffix(w string, sufs ...string) bool {
	for _, s := range sufs {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

type gazHit = gazetteer.Hit

func titlesOf(l *lexicon.Lang) lexicon.Set { return l.Titles }

func stopwordsOf(l *lexicon.Lang) lexicon.Set { return l.Stopwords }

func workCuesOf(l *lexicon.Lang) lexicon.Set { return l.WorkCues }

// ruTopicAfter extends a Russian body's name ending at token k over the
// subject of its work after "по" ("комиссия по национальному
// размежеванию", "комитет по делам национальностей"): up to five
// lower-case words, each in the form of a noun or an adjective after a
// preposition (never a verb's) or a link ("с", "и"). It returns the new
// end.
func (d *docState) ruTopicAfter(si, k int) int {
	toks := d.sents[si].Tokens
	if k+1 >= len(toks) || toks[k].Lower != "по" {
		return k
	}
	end := k
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		t := toks[j]
		if t.Kind != segment.Word || t.Upper() {
			break
		}
		if topicLinks[t.Lower] && j > k+1 {
			continue // "по борьбе с неграмотностью"
		}
		if utf8.RuneCountInString(t.Lower) < 4 || !hasAnySuffix(t.Lower, "ому", "ему", "ой", "ей", "ам", "ям", "ию", "ии", "ов", "ий", "ых", "их", "ства", "ству", "ами", "ями", "ью", "ом", "ем", "е") {
			break
		}
		end = j + 1
	}
	return end
}

// topicLinks join the words of a body's subject after "по": "по борьбе с
// неграмотностью", "по делам печати и издательств".
var topicLinks = map[string]bool{"с": true, "со": true, "и": true}

func isChunk(m *mention) bool {
	return strings.HasSuffix(m.rule, "-head-chunk") || m.rule == "en-demonym-head" || m.rule == "ru-named-after"
}

// settle resolves overlaps between the mentions of one sentence:
// an administrative place built on a known name ("Фергана облусунун")
// replaces that name; an organisation or event built around a head keeps
// the names inside it as nested mentions, but not a person at its left edge
// unless the person is in the genitive ("Сталиндин … уюмунун"); the same
// range found twice keeps the gazetteer's reading; crossing ranges keep the
// more confident mention.
//
// It keeps the mentions in ms itself and returns them.
func (d *docState) settle(ms []*mention) []*mention {
	if cap(d.drops) < len(ms) {
		d.drops = make([]bool, max(len(ms), 64))
	}
	drop := d.drops[:len(ms)]
	clear(drop)
	for i, c := range ms {
		if !isChunk(c) && c.rule != "quoted-name" {
			continue
		}
		if c.rule == "ru-head-chunk" && c.typ == dossier.Organization {
			c.end = d.ruTopicAfter(c.sent, c.end)
			c.end = d.ruCommitteeOwner(c.sent, c.end)
		}
		// first the person at (or across) the chunk's left edge goes,
		// unless in the genitive, the body's owner: "Абдыкадыр Орозбеков |
		// Кыргыз АССРинин Борбордук Аткаруу Комитетинин төрагасы"
		for _, h := range ms {
			if h.typ == dossier.Person && h.start <= c.start && h.end > c.start && h.end < c.end && h.lastCase != morph.Gen {
				c.start = h.end
			}
		}
		for j, h := range ms {
			if i == j || drop[j] {
				continue
			}
			contains := c.start <= h.start && c.end >= h.end
			switch {
			case h.start == c.start && h.end == c.end && c.rule == "quoted-name" && c.typ == dossier.Organization && h.typ == dossier.Place:
				// колхоза «Кызыл-Туу»: the head names a farm, not the
				// village the gazetteer knows by the same name
				drop[j] = true
			case h.start == c.start && h.end == c.end:
				if h.entry >= 0 {
					drop[i] = true
				}
			case h.typ == dossier.DocumentType && h.start <= c.start && h.end >= c.end:
				drop[i] = true // "The Great Terror": a title's words name nothing
			case contains && c.typ == dossier.Place && h.typ == dossier.Place && isChunk(c):
				if d.knownPlacesIn(ms, drop, c) > 1 {
					// "Ошской области Киргизии": two known places, each
					// its own mention; the chunk adds nothing
					drop[i] = true
				} else if d.adminEntry(h.entry) {
					// "Кара-Кыргыз областынын": the known oblast, head and all
					h.start, h.end = c.start, c.end
					drop[i] = true
				} else {
					// "Фергана облусунун": an oblast named after a city
					drop[j] = true
				}
			case contains && c.typ == dossier.Organization && h.typ == dossier.Organization && h.end == c.end && c.rule == "ky-head-chunk":
				// "Россиялык Коммунисттик Партиянын Борбордук Комитетинин": the
				// known body the phrase ends with, with its modifiers
				h.start = c.start
				drop[i] = true
			case contains && c.typ == dossier.Organization && h.typ == dossier.Organization && h.end == c.end && h.start > c.start && isChunk(c) && h.entry >= 0 && d.onlyOrdinals(c.sent, c.start, h.start):
				// "Первой Государственной думы", "the Fourth State Duma": a
				// convocation of the known body is the body
				drop[i] = true
			case contains && c.typ == dossier.Organization && h.typ == dossier.Organization && h.end == c.end && h.start > c.start && (c.rule == "en-head-chunk" || c.rule == "ru-head-chunk") && h.entry >= 0 && d.onlyModifiers(c, h):
				// "Bukhara Communist Party", "Russian Red Army": the known
				// body's name is the chunk's head, the chunk names a body of
				// its own; the head is no mention of the known body
				drop[j] = true
			case contains && c.typ == dossier.Organization && h.typ == dossier.Organization && h.start == c.start && h.end < c.end && (c.rule == "en-head-chunk" || c.rule == "ru-head-chunk") && h.entry >= 0 && d.parentAfter(ms, h, c):
				// "Turkestan Commission of the VTsIK", "Туркестанская
				// комиссия ВЦИК": the known body, named with the body it
				// belongs to
				h.end = c.end
				drop[i] = true
			case contains && c.typ == dossier.Organization && h.typ == dossier.Organization && h.start == c.start && h.end < c.end && c.rule == "ru-head-chunk" && h.entry >= 0 && d.placeIn(ms, h.end, c.end):
				// "Народный комиссариат здравоохранения" + "Туркестанской АССР":
				// the body of that republic, not the generic one
				drop[j] = true
			case contains && h.typ == dossier.Person && h.start == c.start && h.lastCase != morph.Gen:
				// trim the person off the chunk's left edge
				c.start = h.end
			}
		}
		if drop[i] {
			continue
		}
		if d.joinsKnownBodies(ms, c) {
			drop[i] = true // "the VTsIK and the Sovnarkom": two bodies, each its own
			continue
		}
		if c.end-c.start < 2 && c.rule != "quoted-name" || c.start >= c.end || !d.hasCapital(c) {
			drop[i] = true
			continue
		}
		s := &d.sents[c.sent]
		c.span = dossier.Span{Start: s.Tokens[c.start].Span.Start, End: s.Tokens[c.end-1].Span.End}
		c.text = d.tx.Clean[c.span.Start:c.span.End]
	}
	// crossing overlaps
	for i, a := range ms {
		for j := i + 1; j < len(ms) && !drop[i]; j++ {
			b := ms[j]
			if drop[j] {
				continue
			}
			cross := a.start < b.end && b.start < a.end && !(a.start <= b.start && a.end >= b.end) && !(b.start <= a.start && b.end >= a.end)
			if !cross {
				continue
			}
			if a.conf >= b.conf {
				drop[j] = true
			} else {
				drop[i] = true
			}
		}
	}
	out := ms[:0] // (i >= len(out) at each step: nothing unread is written over)
	for i, m := range ms {
		if drop[i] {
			continue
		}
		s := &d.sents[m.sent]
		m.span = dossier.Span{Start: s.Tokens[m.start].Span.Start, End: s.Tokens[m.end-1].Span.End}
		m.text = d.tx.Clean[m.span.Start:m.span.End]
		out = append(out, m)
	}
	return out
}

// onlyOrdinals reports tokens [a, b) of sentence si that are all ordinal
// numbers: "Первой", "Fourth", "IV", "үчүнчү".
func (d *docState) onlyOrdinals(si, a, b int) bool {
	toks := d.sents[si].Tokens
	for k := a; k < b; k++ {
		if t := toks[k]; !isOrdinal(t.Lower) && !(t.Kind == segment.Word && isRoman(t.Text)) && t.Text != "." && t.Text != "-" {
			return false
		}
	}
	return a < b
}

// ordinalStems begin the ordinal numbers from first to tenth in Russian
// (any case and gender) and Kyrgyz.
var ordinalStems = []string{"перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят",
	"биринчи", "экинчи", "үчүнчү", "төртүнчү", "бешинчи", "алтынчы", "жетинчи", "сегизинчи", "тогузунчу", "онунчу"}

// isOrdinal reports an ordinal number word, lower case.
func isOrdinal(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth":
		return true
	}
	if !translit.HasCyrillic(w) || utf8.RuneCountInString(w) > 12 {
		return false
	}
	for _, p := range ordinalStems {
		if strings.HasPrefix(w, p) && (ruAdjectiveForm(w) || !strings.HasPrefix(p, "перв") && utf8.RuneCountInString(w) <= utf8.RuneCountInString(p)+3) {
			return true
		}
	}
	return false
}

// isRoman reports a Roman numeral in capitals, as convocations are
// numbered ("IV").
func isRoman(w string) bool {
	if w == "" || len(w) > 5 {
		return false
	}
	for _, r := range w {
		if r != 'I' && r != 'V' && r != 'X' {
			return false
		}
	}
	return true
}

// joinsKnownBodies reports a chunk that is two known bodies joined by
// "and" ("VTsIK and the Sovnarkom", "ВЦИК и СНК").
func (d *docState) joinsKnownBodies(ms []*mention, c *mention) bool {
	toks := d.sents[c.sent].Tokens
	and := -1
	for k := c.start; k < c.end; k++ {
		if toks[k].Lower == "and" || toks[k].Lower == "и" || toks[k].Lower == "жана" {
			and = k
		}
	}
	if and < 0 {
		return false
	}
	before, after := false, false
	for _, m := range ms {
		if m == c || m.entry < 0 || m.typ != dossier.Organization || m.start < c.start || m.end > c.end {
			continue
		}
		before = before || m.end <= and
		after = after || m.start > and
	}
	return before && after
}

// parentAfter reports that chunk c is known body h followed by "of (the)"
// (in Russian, directly: the genitive) and another known body, which c
// ends with.
func (d *docState) parentAfter(ms []*mention, h, c *mention) bool {
	toks := d.sents[c.sent].Tokens
	k := h.end
	switch {
	case c.rule == "ru-head-chunk":
		// Russian names the parent in the genitive, right after:
		// "Туркестанская комиссия ВЦИК"
	case k < c.end && toks[k].Lower == "of":
		k++
		if k < c.end && toks[k].Lower == "the" {
			k++
		}
	default:
		return false
	}
	for _, m := range ms {
		if m != h && m != c && m.typ == dossier.Organization && m.entry >= 0 && m.start == k && m.end == c.end {
			return true
		}
	}
	return false
}

// placeIn reports a known place among the mentions within tokens [a, b).
func (d *docState) placeIn(ms []*mention, a, b int) bool {
	for _, m := range ms {
		if m.typ == dossier.Place && m.start >= a && m.end <= b {
			return true
		}
	}
	return false
}

// onlyModifiers reports whether the words of chunk c before mention h
// only modify it ("Bukhara Communist Party", "Туркестанский ЦИК"), rather
// than h being a complement ("Muslim Bureau of the Communist Party of
// Turkestan", "Турккомиссии ВЦИК").
func (d *docState) onlyModifiers(c, h *mention) bool {
	toks := d.sents[c.sent].Tokens
	for k := c.start; k < h.start; k++ {
		t := toks[k]
		if t.Kind != segment.Word {
			return false
		}
		switch c.rule {
		case "en-head-chunk":
			if !t.Upper() || t.Lower == "of" || t.Lower == "the" || t.Lower == "and" || t.Lower == "for" {
				return false
			}
		default:
			if !ruAdjectiveWord(t.Lower) || d.isOrgHead(t.Lower) {
				return false // "ОБКОМУ ВКП(б)": a head in the dative, not an adjective
			}
		}
	}
	return true
}

// isOrgHead reports a head noun of bodies in any of its forms.
func (d *docState) isOrgHead(w string) bool {
	for _, st := range d.x.memo.LowerStems(w) {
		if d.x.lex.Any(st, func(l *lexicon.Lang) lexicon.Set { return l.OrgHeads }) {
			return true
		}
	}
	return false
}

// ruAdjectiveWord reports a Russian adjective form by its ending.
func ruAdjectiveWord(w string) bool {
	if len([]rune(w)) < 5 {
		return false
	}
	return hasAnySuffix(w, "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ую", "ых", "их", "ыми", "ими")
}

// knownPlacesIn counts the gazetteer places inside chunk c.
func (d *docState) knownPlacesIn(ms []*mention, drop []bool, c *mention) int {
	n := 0
	for j, h := range ms {
		if h != c && !drop[j] && h.typ == dossier.Place && h.entry >= 0 && c.start <= h.start && c.end >= h.end {
			n++
		}
	}
	return n
}

// adminEntry reports a gazetteer place that is itself an administrative
// unit (an oblast, a republic), so a head noun after its name adds nothing.
func (d *docState) adminEntry(entry int) bool {
	if entry < 0 {
		return false
	}
	switch d.x.gaz.Entry(entry).Class {
	case "oblast", "autonomous-oblast", "republic", "uezd", "district", "volost", "country":
		return true
	}
	return false
}

// extendPersonLeft widens a gazetteer person hit to the initials, given
// name and patronymic written before it ("J. X. Peters", "Иосиф
// Виссарионович Жугашвили"), when they agree with the person, whose name
// keys are pk (nil if the hit's first entry is not a person).
func (d *docState) extendPersonLeft(h gazHit, toks []segment.Token, taken []bool, pk *personKeys) int {
	if pk == nil {
		return h.Start
	}
	s := h.Start
	for s > 0 {
		switch {
		case s >= 2 && toks[s-1].Text == "." && toks[s-2].IsInitial() && !taken[s-2]:
			s -= 2
			continue
		case s >= 2 && toks[s-1].Text == "-" && !toks[s-1].Space && !toks[s].Space && toks[s-2].Kind == segment.Word && toks[s-2].Upper() && !taken[s-2]:
			s -= 2
			continue
		case toks[s-1].Kind == segment.Word && toks[s-1].Upper() && !taken[s-1] && len([]rune(toks[s-1].Text)) > 1:
			w := toks[s-1].Text
			if k := translit.Key(w); pk.first[k] || pk.middle[k] || names.PatronymicForm(w, "") {
				s--
				continue
			}
		}
		break
	}
	return s
}

// extendPersonRight widens a gazetteer person hit written surname first to
// the given name and patronymic after it ("ХОДЖАЕВ Файзулла Убайдуллаевич");
// pk is as for extendPersonLeft.
func (d *docState) extendPersonRight(h gazHit, toks []segment.Token, pk *personKeys) int {
	if pk == nil || h.End-h.Start != 1 {
		return h.End
	}
	end := h.End
	if end < len(toks) && toks[end].Kind == segment.Word && toks[end].Upper() && pk.first[translit.Key(toks[end].Text)] {
		end++
		if end < len(toks) && toks[end].Kind == segment.Word && names.PatronymicForm(toks[end].Text, "") {
			end++
		}
	}
	return end
}

// otherGivenName reports a gazetteer person named by surname alone right
// after a given name that is not theirs: the name is someone else's. pk
// is as for extendPersonLeft.
func (d *docState) otherGivenName(h gazHit, toks []segment.Token, lang string, pk *personKeys) bool {
	e := d.x.gaz.Entry(h.Entries[0])
	if e.Type != dossier.Person {
		return false
	}
	// a Kyrgyz text writes a woman's Russian-style surname as it is:
	// "Жапарова Сайрагүл", "С. Жапарова" are not Japarov
	if (lang == "ky" || lang == "kk") && h.Inflected && femaleSurname(toks[h.End-1].Text) {
		return true
	}
	if h.End-h.Start != 1 {
		return false
	}
	// a given name the gazetteer knows alone (Токтогул), or a pen name
	// that is a common given name (Айбек), with another surname after it:
	// another man ("Токтогул Бекболотов", "Айбек Осмонов")
	// (the word after it first: the key of the name is the dearer test)
	if pk != nil && h.End < len(toks) {
		if next := &toks[h.End]; next.Kind == segment.Word && next.Upper() && next.Space && surnameGender(next.Text) != 0 &&
			(pk.first[translit.Key(d.x.stem0(toks[h.Start].Text))] || d.isGivenForm(toks[h.Start].Text)) &&
			!pk.parts[translit.Key(next.Text)] && !pk.parts[translit.Key(d.x.stem0(next.Text))] {
			return true
		}
	}
	// a given name the gazetteer knows alone (Токтогул), between a
	// surname and a patronymic: another man's full name ("по обвинению
	// Бейшеналиева Токтогула Сыдыковича")
	if h.Start > 0 && h.End < len(toks) {
		prev, next := toks[h.Start-1], toks[h.End]
		if prev.Kind == segment.Word && prev.Upper() && surnameGender(prev.Text) != 0 &&
			next.Kind == segment.Word && next.Upper() && (names.PatronymicForm(next.Text, nextWord(toks, h.End+1)) || names.PatronymicInflected(next.Text)) {
			if pk != nil && !pk.parts[translit.Key(prev.Text)] && !pk.parts[translit.Key(d.x.stem0(prev.Text))] {
				return true
			}
		}
	}
	// the given name before the surname, or after it in the order of
	// cards and Kyrgyz usage ("Жапаров Осмонкул")
	for _, k := range []int{h.Start - 1, h.End} {
		if k < 0 || k >= len(toks) || (k == h.Start-1 && h.Inflected && !d.womanBefore(toks, k, h.Start)) {
			continue
		}
		t := toks[k]
		if t.Kind != segment.Word || !t.Upper() {
			continue
		}
		// surname, given name, patronymic: the order of cards and lists
		// ("Сыдыков Садык Сыдыкович"), whatever the given name
		fio := k == h.End && k+1 < len(toks) && toks[k+1].Kind == segment.Word && toks[k+1].Upper() &&
			names.PatronymicForm(toks[k+1].Text, nextWord(toks, k+2))
		if !fio && !d.isGivenName(t.Text) && !(k == h.Start-1 && d.unknownNameBefore(toks, k)) {
			continue
		}
		// after an uninflected surname, a given name in another case
		// belongs to the next phrase ("Сталин Жусуптун каттарын")
		if k == h.End && !h.Inflected && !fio && !d.isGivenForm(t.Text) {
			continue
		}
		if pk != nil && !pk.parts[translit.Key(t.Text)] && !pk.parts[translit.Key(d.x.stem0(t.Text))] {
			return true
		}
	}
	return false
}

// womanBefore reports a known given name as written at k before a surname
// at s with a woman's ending: "Айгуль Сыдыкова" is a woman, not Sydykov in
// the genitive (his given name would be in the genitive too, "Абдыкерима
// Сыдыкова").
func (d *docState) womanBefore(toks []segment.Token, k, s int) bool {
	return d.isGivenForm(toks[k].Text) && surnameGender(toks[s].Text) == 'f'
}

// femaleGivenName reports a woman's given name written in its base form
// ("Анна", "Мария", "Айша"): a Cyrillic known given name ending in -а or
// -я, as written (a man's in the genitive, "Ивана", is not a known name as
// written). The surname beside it is hers, in the nominative ("Анна
// Ильина", not the genitive of Ильин).
func (d *docState) femaleGivenName(w string) bool {
	lw := textcase.Lower(w)
	if !strings.HasSuffix(lw, "а") && !strings.HasSuffix(lw, "я") {
		return false
	}
	return d.x.lex.Any(lw, func(l *lexicon.Lang) lexicon.Set { return l.FirstNames })
}

// unknownNameBefore reports a capitalised word inside a sentence, right
// before a known surname, that no lexicon and no gazetteer knows: a given
// name the lexicons lack ("куратор Ерлан Жумабаев" is not Magzhan
// Zhumabayev).
func (d *docState) unknownNameBefore(toks []segment.Token, k int) bool {
	t := toks[k]
	if k == 0 || toks[k-1].Text == "." || t.AllCaps() || utf8.RuneCountInString(t.Text) < 3 || d.commonWord(t.Lower) || d.enTitleTail(toks, k) {
		return false
	}
	return len(d.x.gaz.Find(toks[k:k+1])) == 0
}

// nextWord is the text of the word token at k, or "".
func nextWord(toks []segment.Token, k int) string {
	if k < len(toks) && toks[k].Kind == segment.Word {
		return toks[k].Text
	}
	return ""
}

// isGivenName reports a known given name in any of its forms.
func (d *docState) isGivenName(w string) bool {
	for _, st := range d.x.memo.Stems(textcase.Lower(w)) {
		if d.x.lex.Any(st, func(l *lexicon.Lang) lexicon.Set { return l.FirstNames }) || d.x.givenNames[st] {
			return true
		}
	}
	return false
}

// isGivenForm reports a known given name written in its base form.
func (d *docState) isGivenForm(w string) bool {
	l := textcase.Lower(w)
	return d.x.lex.Any(l, func(l *lexicon.Lang) lexicon.Set { return l.FirstNames }) || d.x.givenNames[l]
}

// onlyWords reports whether tokens [a, b) hold every word of toks.
func onlyWords(toks []segment.Token, a, b int) bool {
	for i := range toks {
		if (i < a || i >= b) && toks[i].Kind == segment.Word {
			return false
		}
	}
	return true
}

// femaleSurname reports a Russian-style woman's surname (Жапарова,
// Исакеева, Сыдыкова, Ахматова).
func femaleSurname(w string) bool {
	l := textcase.Lower(w)
	for _, e := range []string{"ова", "ева", "ёва", "ина", "ына", "ская", "цкая"} {
		if strings.HasSuffix(l, e) && len([]rune(l)) > len([]rune(e))+2 {
			return true
		}
	}
	return false
}

// hasCapital reports a capitalised word or an abbreviation in a mention.
func (d *docState) hasCapital(m *mention) bool {
	for _, t := range d.sents[m.sent].Tokens[m.start:m.end] {
		if t.Kind == segment.Word && t.Upper() {
			return true
		}
	}
	return false
}

// placeBodies makes "the Turkestan Autonomy government", "the Kyrgyz
// parliament"-like names in English from a known place followed by a
// lower-case body noun; the place stays as a name inside.
func (d *docState) placeBodies(si int, ms []*mention) []*mention {
	s := &d.sents[si]
	if s.Lang != "en" {
		return ms
	}
	lx := d.x.lex.For("en")
	var extra []*mention
	for _, m := range ms {
		if m.typ != dossier.Place || m.end >= len(s.Tokens) {
			continue
		}
		end := m.end + 1
		if t := s.Tokens[m.end]; end < len(s.Tokens) && enBodyModifiers[t.Lower] && !t.Upper() {
			end++ // "the Pishpek district executive committee", any place
		} else if m.entry < 0 {
			continue // a body noun right after: only a known place's
		}
		t := s.Tokens[end-1]
		if t.Kind != segment.Word || t.Upper() || !lx.OrgHeads.HasLower(t.Lower) {
			continue
		}
		b := d.newMention(si, m.start, end, "en-place-body", 0.7)
		b.typ = dossier.Organization
		extra = append(extra, b)
	}
	return append(ms, extra...)
}

// enBodyModifiers are the lower-case words between a place and the head
// noun of its body: "executive committee", "party committee".
var enBodyModifiers = map[string]bool{"executive": true, "revolutionary": true, "military": true, "party": true, "regional": true, "provincial": true, "central": true}

// gluedCase is the case of a Kyrgyz case ending written on its own after
// a bracket or a digit.
func gluedCase(suffix string) (morph.Case, bool) {
	switch {
	case kyAttrLocative(suffix):
		return morph.AttrLoc, true
	case hasAnySuffix(suffix, "дын", "дин", "дун", "дүн", "нын", "нин", "нун", "нүн", "тын", "тин", "тун", "түн"):
		return morph.Gen, true
	case hasAnySuffix(suffix, "дан", "ден", "дон", "дөн", "тан", "тен", "тон", "төн", "нан", "нен", "нон", "нөн"):
		return morph.Abl, true
	}
	switch suffix {
	case "га", "ге", "го", "гө", "ка", "ке", "ко", "кө":
		return morph.Dat, true
	case "да", "де", "до", "дө", "та", "те", "то", "тө":
		return morph.Loc, true
	case "ны", "ни", "ну", "нү", "ды", "ди", "ду", "дү":
		return morph.Acc, true
	}
	return morph.Nom, false
}

// ruGivenNameSlot reports a single title-case word [a, b) of a Russian
// sentence that stands right before a patronymic, in any case
// ("Токтогулова Сагына Джумалиевича", "Сагын Джумалиевич"): the person's
// given name, whatever body or place the gazetteer knows by a like word.
func (d *docState) ruGivenNameSlot(toks []segment.Token, a, b int) bool {
	if b != a+1 || b >= len(toks) || toks[a].AllCaps() || !toks[a].Upper() || !toks[b].Upper() {
		return false
	}
	return names.PatronymicForm(toks[b].Text, "") || names.PatronymicInflected(toks[b].Text)
}
