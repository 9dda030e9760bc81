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
	numFacts
)

// factSet holds the facts known of a word: known has a bit for each fact
// computed, val the answers.
type factSet struct{ known, val uint16 }

// wordFacts remembers facts per language and word. Bounded: when a
// language holds max words it starts afresh.
type wordFacts struct {
	mu  sync.RWMutex
	m   map[string]map[string]factSet // language -> word -> facts
	max int
}

func (r *Recognizer) facts() *wordFacts {
	r.once.Do(func() { r.memo = &wordFacts{m: map[string]map[string]factSet{}, max: 1 << 18} })
	return r.memo
}

// is answers fact q about word w in the finder's language, computing it
// with compute the first time.
func (f *finder) is(q fact, w string, compute func() bool) bool {
	wf := f.r.facts()
	wf.mu.RLock()
	fs := wf.m[f.lang][w]
	wf.mu.RUnlock()
	bit := uint16(1) << q
	if fs.known&bit != 0 {
		return fs.val&bit != 0
	}
	v := compute()
	wf.mu.Lock()
	lm := wf.m[f.lang]
	if lm == nil || len(lm) >= wf.max {
		lm = map[string]factSet{}
		wf.m[f.lang] = lm
	}
	fs = lm[w]
	fs.known |= bit
	if v {
		fs.val |= bit
	}
	lm[w] = fs
	wf.mu.Unlock()
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
