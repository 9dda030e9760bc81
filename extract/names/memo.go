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

// factKey is a language and a word.
type factKey struct{ lang, word string }

// factSet holds the facts known of a word: known has a bit for each fact
// computed, val the answers.
type factSet struct{ known, val uint16 }

// wordFacts remembers facts per language and word. Bounded: when it holds
// max words it starts afresh.
type wordFacts struct {
	mu  sync.RWMutex
	m   map[factKey]factSet
	max int
}

func (r *Recognizer) facts() *wordFacts {
	r.once.Do(func() { r.memo = &wordFacts{m: map[factKey]factSet{}, max: 1 << 18} })
	return r.memo
}

// is answers fact q about word w in the finder's language, computing it
// with compute the first time.
func (f *finder) is(q fact, w string, compute func() bool) bool {
	wf := f.r.facts()
	key := factKey{f.lang, w}
	wf.mu.RLock()
	fs := wf.m[key]
	wf.mu.RUnlock()
	bit := uint16(1) << q
	if fs.known&bit != 0 {
		return fs.val&bit != 0
	}
	v := compute()
	wf.mu.Lock()
	if len(wf.m) >= wf.max {
		wf.m = map[factKey]factSet{}
	}
	fs = wf.m[key]
	fs.known |= bit
	if v {
		fs.val |= bit
	}
	wf.m[key] = fs
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
