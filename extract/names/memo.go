package names

import (
	"sync"

	"github.com/dossier-kg/dossier"
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
	numFacts
)

// factSet holds the facts known of a word: known has a bit for each fact
// computed, val the answers.
type factSet struct{ known, val uint16 }

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

// is answers fact q about word w in the finder's language, computing it
// with compute the first time.
func (f *finder) is(q fact, w string, compute func() bool) bool {
	lf := f.lf
	if lf == nil {
		lf = f.r.facts().forLang(f.lang)
		f.lf = lf
	}
	bit := uint16(1) << q
	var fs factSet
	if f.lastOK && f.lastW == w {
		fs = f.lastFS // the rules ask several facts of one word in a row
	} else {
		lf.mu.RLock()
		fs = lf.m[w]
		lf.mu.RUnlock()
		f.lastW, f.lastFS, f.lastOK = w, fs, true
	}
	if fs.known&bit != 0 {
		return fs.val&bit != 0
	}
	v := compute()
	lf.mu.Lock()
	if len(lf.m) >= lf.max {
		lf.m = map[string]factSet{}
	}
	fs = lf.m[w]
	fs.known |= bit
	if v {
		fs.val |= bit
	}
	lf.m[w] = fs
	lf.mu.Unlock()
	f.lastW, f.lastFS, f.lastOK = w, fs, true
	return v
}

// headKind is headType's answer as a fact lookup.
func (f *finder) headKind(w string) (dossier.EntityType, bool) {
	switch {
	case f.is(factOrgHead, w, func() bool { return f.inSet(w, f.lx.OrgHeads) }):
		return dossier.Organization, true
	case f.is(factEventHead, w, func() bool { return f.inSet(w, f.lx.EventHeads) }):
		return dossier.Event, true
	case f.is(factPlaceHead, w, func() bool { return f.inSet(w, f.lx.PlaceHeads) }):
		return dossier.Place, true
	}
	return "", false
}
