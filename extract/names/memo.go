package names

import (
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/lexicon"
	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/internal/swar"
)

// A fact is something the recognisers ask about a word in a language:
// whether it is a given name, a role, a head noun of some kind, …. Each
// answer depends only on the language and the word as written, so it is
// computed once and remembered.
type fact uint8

const (
	factFirstName fact = iota
	factSurname
	factPatronymic
	factRole
	factHeadNoun
	factDemonym
	factOrgHead
	factEventHead
	factPlaceHead
	factCapStop  // a stopword, role or title: not a name's word
	factTitle    // a title before a name (тов., Com.)
	factRoleWord // an occupation before a name (historian, акын)
	factCompoundOrg
	factKyPlaceCue     // a Kyrgyz word for a settlement or an area
	factKyBoundary     // a word that ends a Kyrgyz body's name on its left
	factPatronymicForm // a patronymic in its base form
	numFacts
)

// factSet holds the facts known of a word: known has a bit for each fact
// computed, val the answers.
type factSet struct{ known, val uint32 }

// add merges in facts known of the same word.
func (fs *factSet) add(o factSet) {
	fs.known |= o.known
	fs.val |= o.val
}

// wordFacts remembers facts per language and word.
type wordFacts struct {
	mu    sync.RWMutex
	langs map[string]*langFacts
}

// langFacts remembers one language's facts per word. Bounded: when it
// holds max words it starts afresh.
type langFacts struct {
	mu  sync.RWMutex
	m   map[string]factSet
	max int
}

func (r *Recognizer) facts() *wordFacts {
	r.once.Do(func() { r.memo = &wordFacts{langs: map[string]*langFacts{}} })
	return r.memo
}

// forLang returns the facts of a language, made on first use.
func (wf *wordFacts) forLang(lang string) *langFacts {
	wf.mu.RLock()
	lf := wf.langs[lang]
	wf.mu.RUnlock()
	if lf != nil {
		return lf
	}
	wf.mu.Lock()
	defer wf.mu.Unlock()
	if lf = wf.langs[lang]; lf == nil {
		lf = &langFacts{m: map[string]factSet{}, max: 1 << 18}
		wf.langs[lang] = lf
	}
	return lf
}

// get returns the facts known of w.
func (lf *langFacts) get(w string) factSet {
	lf.mu.RLock()
	fs := lf.m[w]
	lf.mu.RUnlock()
	return fs
}

// learn records that fact q of w is v, and returns all the facts known of
// w.
func (lf *langFacts) learn(q fact, w string, v bool) factSet {
	var val uint32
	if v {
		val = 1 << q
	}
	return lf.learnAll(factSet{known: 1 << q, val: val}, w)
}

// learnAll records the facts of w in o (several at once), and returns all
// the facts known of w.
func (lf *langFacts) learnAll(o factSet, w string) factSet {
	lf.mu.Lock()
	if len(lf.m) >= lf.max {
		lf.m = map[string]factSet{}
	}
	fs := lf.m[w]
	fs.add(o)
	lf.m[w] = fs
	lf.mu.Unlock()
	return fs
}

// langFacts returns the remembered facts of the finder's language.
func (f *finder) langFacts() *langFacts {
	if f.lf == nil {
		f.lf = f.r.facts().forLang(f.lang)
	}
	return f.lf
}

// is answers fact q about word w in the finder's language, computing it
// with compute the first time.
func (f *finder) is(q fact, w string, compute func(string) bool) bool {
	lf := f.langFacts()
	if fs := lf.get(w); fs.known&(1<<q) != 0 {
		return fs.val&(1<<q) != 0
	}
	v := compute(w)
	lf.learn(q, w, v)
	return v
}

// A form is the string of a token a question is about.
type form uint8

const (
	written form = iota // Token.Text
	lowered             // Token.Lower (1: see tokenState.lower)
)

// tokenState is what the finder has learnt of one token of its sentence.
type tokenState struct {
	// facts holds the facts known of the token as written and in lower
	// case (facts[0] serves both when the two are the same word); read is
	// set once they hold what the memos knew
	facts [2]factSet
	read  bool
	// lower is 1 when the token's Lower is another string than its Text
	// (set by read): facts[uint8(fm)&lower] are form fm's
	lower uint8
	// capWord is set for a capitalised word (see finder.capWord)
	capWord bool
	// shape is what the word's form says (see shape), for a word token
	// once classify has read it; zero for other tokens
	shape shape
	// id is the token's word in the finder's word table, once read
	id int32
}

// A shape is a set of things a word's form says that the rules ask of
// many tokens, each costing a scan of the word or a lookup in a list: read
// once per word and kept in the word table.
type shape uint32

const (
	shapeKnown        shape = 1 << iota // the other bits are set
	shapeRunes2                         // two letters or more
	shapeRunes4                         // four or more
	shapeRunes5                         // five or more
	shapeStopword                       // the language's Stopwords hold its lower case
	shapeTitle                          // Titles do
	shapeHedge                          // Hedges do
	shapePlaceCue                       // PlaceCues do
	shapePlaceHead                      // PlaceHeads do
	shapeWorkCue                        // WorkCues do
	shapeConnector                      // an English connector ("of", "the")
	shapeChunkSkip                      // a function word that begins no name
	shapeSettlement                     // an English settlement word after a name ("aul")
	shapeDottedCue                      // a Russian abbreviated settlement kind ("с", "пос")
	shapeKyPatronymic                   // the Turkic patronymic word ("уулу", "кызы")
	shapeLifePrep                       // "in", "at", "near"
	shapeRuAdjective                    // a Russian adjective's ending (see ruAdjective)
	shapeHead                           // isHead(lowered), outside English (the chunk rules that use it)
	shapeRuAbbrev                       // "у", "губ", "окр", "вол", "р": may start ruAbbrevPlaceHead
	shapeInitial                        // Token.IsInitial
	shapeKyPlaceCue                     // kyPlaceCue, in a Kyrgyz or Kazakh sentence's table
)

// shapeOf works out the shape of a word token.
func (f *finder) shapeOf(t *segment.Token) shape {
	w := t.Lower
	sh := shapeKnown
	switch n := utf8.RuneCountInString(t.Text); {
	case n >= 5:
		sh |= shapeRunes2 | shapeRunes4 | shapeRunes5
	case n >= 4:
		sh |= shapeRunes2 | shapeRunes4
	case n >= 2:
		sh |= shapeRunes2
	}
	for _, m := range [...]struct {
		bit shape
		in  bool
	}{
		{shapeStopword, f.lx.Stopwords.HasLower(w)},
		{shapeTitle, f.lx.Titles.HasLower(w)},
		{shapeHedge, f.lx.Hedges.HasLower(w)},
		{shapePlaceCue, f.lx.PlaceCues.HasLower(w)},
		{shapePlaceHead, f.lx.PlaceHeads.HasLower(w)},
		{shapeWorkCue, f.lx.WorkCues.HasLower(w)},
		{shapeConnector, connectors[w]},
		{shapeChunkSkip, chunkSkip[w]},
		{shapeSettlement, enSettlementAfter[w]},
		{shapeDottedCue, dottedPlaceCues[w]},
		{shapeKyPatronymic, kyPatronymicLower(w)},
		{shapeLifePrep, w == "in" || w == "at" || w == "near"},
		{shapeRuAdjective, ruAdjective(w)},
		{shapeRuAbbrev, w == "у" || w == "губ" || w == "окр" || w == "вол" || w == "р"},
		{shapeInitial, t.IsInitial()},
	} {
		if m.in {
			sh |= m.bit
		}
	}
	return sh
}

// has reports whether token k is a word whose form says all of want.
// classify must have read the sentence.
func (f *finder) has(k int, want shape) bool {
	return uint(k) < uint(len(f.states)) && f.states[k].shape&want == want
}

// state returns the finder's state of token k, made for the whole
// sentence on first use.
func (f *finder) state(k int) *tokenState {
	if f.states == nil {
		f.states = make([]tokenState, len(f.toks))
	}
	return &f.states[k]
}

// wordTable is a scratch's own memory of the words it has seen in one
// language: their facts, after the shared memo, and their shapes. It is
// read without a lock, and a word's facts as written and in lower case are
// kept under one key (the word as written), so that a token costs one
// lookup. Bounded: when it holds maxTableWords words it starts afresh.
//
// It is an open-addressed table of its own rather than a Go map: every
// word token of every sentence is looked up in it, and the lookup mostly
// waits for memory. A word is keyed by its length and its first and last
// eight bytes (see keyOf), which are the whole word up to 16 bytes, and a
// slot holds the key beside what is known of the word, in 64 bytes: most
// words are found in the first slot looked at, without comparing strings.
type wordTable struct {
	// words are the slots, a word's index being its slot's; their number is
	// a power of two, at least twice the words' (see room)
	words []tableWord
	count int // the words held
}

// tableWord is what a word table knows of one word: one slot.
type tableWord struct {
	head, tail uint64 // of the word's key
	n          uint32 // the key's length plus one; 0 for a free slot
	shape      shape
	facts      [2]factSet
	// letters and upper count the word's letters and the capitals among
	// them (see capitalLetters)
	letters, upper int32
	text           string // the word as written (the table's own copy)
}

// A wordKey is a word's length and its first and last eight bytes; a
// word shorter than eight bytes has its first and last four in head, or
// its bytes when shorter than four. Two words of at most 16 bytes with one
// key are one word.
type wordKey struct {
	n          int
	head, tail uint64
}

// keyOf returns w's key.
func keyOf(w string) wordKey {
	k := wordKey{n: len(w)}
	switch {
	case len(w) >= 8:
		k.head = swar.Load8(w)
		k.tail = swar.Load8(w[len(w)-8:])
	case len(w) >= 4:
		k.head = load4(w) | load4(w[len(w)-4:])<<32
	default:
		for i := len(w) - 1; i >= 0; i-- {
			k.head = k.head<<8 | uint64(w[i])
		}
	}
	return k
}

// load4 reads the first four bytes of s, little-endian.
func load4(s string) uint64 {
	_ = s[3]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
}

// hash mixes a key's parts into a slot's hash.
func (k wordKey) hash() uint64 {
	h := (k.head ^ uint64(k.n)*0x9E3779B97F4A7C15) * 0xBF58476D1CE4E5B9
	h = (h ^ h>>31 ^ k.tail) * 0x94D049BB133111EB
	return h ^ h>>29
}

// maxTableWords bounds a wordTable.
const maxTableWords = 1 << 16

// minTableSlots is the number of slots a new word table starts with.
const minTableSlots = 1 << 10

func newWordTable() *wordTable {
	return &wordTable{words: make([]tableWord, minTableSlots)}
}

// find returns the index of w, or -1 and the free slot where it belongs;
// k is w's key.
func (wt *wordTable) find(w string) (id int32, free int32, k wordKey) {
	k = keyOf(w)
	mask := uint64(len(wt.words) - 1)
	n := uint32(k.n) + 1
	for i := k.hash() & mask; ; i = (i + 1) & mask {
		e := &wt.words[i]
		if e.n == 0 {
			return -1, int32(i), k
		}
		if e.n == n && e.head == k.head && e.tail == k.tail && (k.n <= 16 || e.text == w) {
			return int32(i), -1, k
		}
	}
}

// insert puts word w, whose key is k, with the facts fs, in the free slot
// find gave for it, and returns its index.
func (wt *wordTable) insert(w string, k wordKey, free int32, fs [2]factSet) int32 {
	wt.words[free] = tableWord{head: k.head, tail: k.tail, n: uint32(k.n) + 1, facts: fs, text: strings.Clone(w)} // the table outlives the document
	wt.count++
	return free
}

// room makes the table ready for a sentence of n tokens: emptied when they
// could take it past maxTableWords words (so that it stays within 2 ×
// maxTableWords slots, 8 MB, unless one sentence needs more), grown so
// that it stays at most half full however many of them are new. (Words
// keep their slots while a finder works: the table changes size only
// here, before it starts.)
func (wt *wordTable) room(n int) {
	if wt.count > 0 && wt.count+n > maxTableWords {
		clear(wt.words) // no hold on the words' copies
		wt.count = 0
	}
	size := len(wt.words)
	for 2*(wt.count+n) > size {
		size *= 2
	}
	if size == len(wt.words) {
		return
	}
	old := wt.words
	wt.words = make([]tableWord, size)
	mask := uint64(size - 1)
	for _, e := range old {
		if e.n == 0 {
			continue
		}
		i := wordKey{n: int(e.n - 1), head: e.head, tail: e.tail}.hash() & mask
		for wt.words[i].n != 0 {
			i = (i + 1) & mask
		}
		wt.words[i] = e
	}
}

// table returns the scratch's word table for lang, made on first use,
// with room for a sentence of n tokens (see wordTable.room). The table of
// the last sentence is tried first: a document's sentences are mostly of
// one language.
func (s *scratch) table(r *Recognizer, lang string, n int) *langTable {
	lt := s.last
	if lt == nil || lt.lang != lang {
		lt = nil
		for _, t := range s.tables {
			if t.lang == lang {
				lt = t
				break
			}
		}
		if lt == nil {
			lt = &langTable{lang: strings.Clone(lang), words: newWordTable(), lx: r.Lex.For(lang)}
			s.tables = append(s.tables, lt)
		}
		s.last = lt
	}
	lt.words.room(n)
	return lt
}

// langTable is a scratch's word table of one language, with the
// language's lists.
type langTable struct {
	lang  string
	words *wordTable
	lx    *lexicon.Lang
}

// read fills st with what the memos know of token k: the word table's
// entry, or the shared memo's answers, then kept in the table.
func (f *finder) read(k int, st *tokenState) {
	t := &f.toks[k]
	st.read = true
	if !sameString(t.Lower, t.Text) {
		st.lower = 1
	}
	var (
		free int32
		key  wordKey
	)
	if f.words != nil {
		var id int32
		if id, free, key = f.words.find(t.Text); id >= 0 {
			st.facts = f.words.words[id].facts
			st.id = id
			return
		}
	}
	f.readNew(k, st, free, key)
}

// readNew is read for a word the word table does not hold (or without a
// table): the shared memo's answers, then kept in the table in the free
// slot find gave, for the key.
func (f *finder) readNew(k int, st *tokenState, free int32, key wordKey) {
	t := &f.toks[k]
	st.read = true
	if !sameString(t.Lower, t.Text) {
		st.lower = 1
	}
	lf := f.langFacts()
	st.facts[0] = lf.get(t.Text)
	if !sameString(t.Lower, t.Text) {
		st.facts[1] = lf.get(t.Lower)
	}
	if wt := f.words; wt != nil {
		st.id = wt.insert(t.Text, key, free, st.facts)
	}
}

// tokenIs is is for token k's string of form fm. The rules ask several
// questions of one token, often more than once: the memos are read once
// per token, and the answers are kept with the token. (A known answer is
// found here, inlined; askToken does the rest.)
func (f *finder) tokenIs(q fact, k int, fm form, compute func(string) bool) bool {
	// (a token not read yet knows no fact: its state is zero)
	if uint(k) < uint(len(f.states)) {
		st := &f.states[k]
		if fs := st.facts[uint8(fm)&st.lower&1]; fs.known>>q&1 != 0 {
			return fs.val>>q&1 != 0
		}
	}
	return f.askToken(q, k, fm, compute)
}

// fact is what st knows of fact q about its token's form fm: the answer,
// and whether it is known. (tokenIs without a call, for the loops that ask
// one fact of many tokens.)
func (st *tokenState) fact(q fact, fm form) (v, known bool) {
	fs := st.facts[uint8(fm)&st.lower&1]
	return fs.val>>q&1 != 0, fs.known>>q&1 != 0
}

// askToken is tokenIs for an answer not known yet.
func (f *finder) askToken(q fact, k int, fm form, compute func(string) bool) bool {
	t := &f.toks[k]
	w, slot := t.Text, 0
	if fm == lowered && !sameString(t.Lower, t.Text) {
		w, slot = t.Lower, 1
	}
	st := f.state(k)
	if !st.read {
		f.read(k, st)
	}
	if fs := st.facts[slot]; fs.known&(1<<q) != 0 {
		return fs.val&(1<<q) != 0
	}
	var v bool
	if headGroup>>q&1 != 0 {
		// the head facts come from one list of stems: all are learnt
		// when one is asked
		fs := f.headFacts(w)
		v = fs.val>>q&1 != 0
		st.facts[slot].add(f.langFacts().learnAll(fs, w))
	} else {
		v = compute(w) // may itself learn facts of this token
		st.facts[slot].add(f.langFacts().learn(q, w, v))
	}
	if f.words != nil {
		f.words.words[st.id].facts = st.facts
	}
	return v
}

// sameString reports whether a and b are one string in memory, as a
// token's Lower is its Text when the word has no capital. (Comparing the
// bytes would cost more than it saves: two slots for one word only ask
// the memo once more.)
func sameString(a, b string) bool {
	return len(a) == len(b) && unsafe.StringData(a) == unsafe.StringData(b)
}

// knownFalse reports that the facts qs of token k's string of form fm are
// known, and all false: one look where tokenIs would take several.
func (f *finder) knownFalse(qs uint32, k int, fm form) bool {
	if uint(k) >= uint(len(f.states)) || !f.states[k].read {
		return false
	}
	fs := f.states[k].facts[uint8(fm)&f.states[k].lower&1]
	return fs.known&qs == qs && fs.val&qs == 0
}

// headFacts are the facts headKind asks.
const headFacts = 1<<factOrgHead | 1<<factEventHead | 1<<factPlaceHead

// headGroup are the facts headFacts works out together: headKind's and
// headNoun's.
const headGroup = headFacts | 1<<factHeadNoun

// headFacts answers the facts of headGroup about w: whether a stem of w is
// in OrgHeads (orgHead), EventHeads (eventHead), PlaceHeads (placeHead),
// and in any of them or WorkCues (headNoun), reading w's stems once.
func (f *finder) headFacts(w string) factSet {
	var org, event, place, work bool
	f.anyStem(w, func(s string) bool {
		org = org || f.lx.OrgHeads[s]
		event = event || f.lx.EventHeads[s]
		place = place || f.lx.PlaceHeads[s]
		work = work || f.lx.WorkCues[s]
		return false // every stem
	})
	fs := factSet{known: headGroup}
	for _, b := range [...]struct {
		q  fact
		in bool
	}{{factOrgHead, org}, {factEventHead, event}, {factPlaceHead, place}, {factHeadNoun, org || event || place || work}} {
		if b.in {
			fs.val |= 1 << b.q
		}
	}
	return fs
}

// headKind is headType's answer as a fact lookup.
func (f *finder) headKind(k int, fm form) (dossier.EntityType, bool) {
	if f.knownFalse(headFacts, k, fm) {
		return "", false // most words, once they have been asked
	}
	switch {
	case f.tokenIs(factOrgHead, k, fm, f.orgHead):
		return dossier.Organization, true
	case f.tokenIs(factEventHead, k, fm, f.eventHead):
		return dossier.Event, true
	case f.tokenIs(factPlaceHead, k, fm, f.placeHead):
		return dossier.Place, true
	}
	return "", false
}

// orgHead, eventHead, placeHead and headNounWord answer one fact of
// headFacts each (askToken learns them all at once).
func (f *finder) orgHead(w string) bool      { return f.headFacts(w).val>>factOrgHead&1 != 0 }
func (f *finder) eventHead(w string) bool    { return f.headFacts(w).val>>factEventHead&1 != 0 }
func (f *finder) placeHead(w string) bool    { return f.headFacts(w).val>>factPlaceHead&1 != 0 }
func (f *finder) headNounWord(w string) bool { return f.headFacts(w).val>>factHeadNoun&1 != 0 }
