package names

import (
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/segment"
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
	lf.mu.Lock()
	if len(lf.m) >= lf.max {
		lf.m = map[string]factSet{}
	}
	fs := lf.m[w]
	fs.known |= 1 << q
	if v {
		fs.val |= 1 << q
	}
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
	lowered             // Token.Lower
)

// tokenState is what the finder has learnt of one token of its sentence.
type tokenState struct {
	// facts holds the facts known of the token as written and in lower
	// case (facts[0] serves both when the two are the same word); read is
	// set once they hold what the memos knew
	facts [2]factSet
	read  bool
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
		{shapeRuAdjective, ruAdjective(t.Text)},
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
type wordTable struct {
	ids   map[string]int32 // word as written -> index in words
	words []tableWord
}

// tableWord is what a word table knows of one word.
type tableWord struct {
	facts [2]factSet
	shape shape
	// letters and upper count the word's letters and the capitals among
	// them (see capitalLetters)
	letters, upper int32
}

// maxTableWords bounds a wordTable.
const maxTableWords = 1 << 16

// table returns the scratch's word table for lang, made on first use and
// emptied when full. (A finder's tokens keep their places in the table:
// it is emptied only here, before a finder starts.)
func (s *scratch) table(lang string) *wordTable {
	if s.tables == nil {
		s.tables = map[string]*wordTable{}
	}
	wt := s.tables[lang]
	if wt == nil {
		wt = &wordTable{ids: map[string]int32{}}
		s.tables[lang] = wt
	}
	if len(wt.words) >= maxTableWords {
		clear(wt.ids)
		wt.words = wt.words[:0]
	}
	return wt
}

// read fills st with what the memos know of token k: the word table's
// entry, or the shared memo's answers, then kept in the table.
func (f *finder) read(k int, st *tokenState) {
	t := &f.toks[k]
	st.read = true
	if f.words != nil {
		if id, ok := f.words.ids[t.Text]; ok {
			st.facts = f.words.words[id].facts
			st.id = id
			return
		}
	}
	lf := f.langFacts()
	st.facts[0] = lf.get(t.Text)
	if !sameString(t.Lower, t.Text) {
		st.facts[1] = lf.get(t.Lower)
	}
	if wt := f.words; wt != nil {
		st.id = int32(len(wt.words))
		wt.ids[strings.Clone(t.Text)] = st.id // the table outlives the document
		wt.words = append(wt.words, tableWord{facts: st.facts})
	}
}

// tokenIs is is for token k's string of form fm. The rules ask several
// questions of one token, often more than once: the memos are read once
// per token, and the answers are kept with the token.
func (f *finder) tokenIs(q fact, k int, fm form, compute func(string) bool) bool {
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
	v := compute(w) // may itself learn facts of this token
	st.facts[slot].add(f.langFacts().learn(q, w, v))
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
	slot := 0
	if t := &f.toks[k]; fm == lowered && !sameString(t.Lower, t.Text) {
		slot = 1
	}
	fs := f.states[k].facts[slot]
	return fs.known&qs == qs && fs.val&qs == 0
}

// headFacts are the facts headKind asks.
const headFacts = 1<<factOrgHead | 1<<factEventHead | 1<<factPlaceHead

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

func (f *finder) orgHead(w string) bool   { return f.inSet(w, f.lx.OrgHeads) }
func (f *finder) eventHead(w string) bool { return f.inSet(w, f.lx.EventHeads) }
func (f *finder) placeHead(w string) bool { return f.inSet(w, f.lx.PlaceHeads) }
