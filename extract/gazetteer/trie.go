package gazetteer

import (
	"slices"
	"strings"
)

// trie is the name index in the form Find searches it. The index is built
// as a tree of nodes keyed by word keys (node); once loaded it is frozen into
// numbers: every key on an edge gets a word number, every node a node
// number, so that a token's keys are looked up by string once and the search
// then steps by numbers. A key on no edge can match nothing and gets no
// number.
type trie struct {
	words map[string]int32 // key -> word number
	root  []int32          // the root's child per word number (the root has thousands)
	nodes []tnode          // by node number; 0 is the root, so 0 also means "no child"
}

type tnode struct {
	kids []kid // children, ordered by word number; the root's are in trie.root
	// hit is the Hit a name ending here makes, less its span and
	// Inflected; Entries is nil when no name ends here
	hit Hit
	// derivedOnly: every name ending here is an initials form
	derivedOnly bool
	// lowerEvent: the names ending here may be found in lower case (see
	// Gazetteer.lowerEvent)
	lowerEvent bool
	// eventBelow: a node below this one has names that may be found in
	// lower case
	eventBelow bool
}

type kid struct{ word, node int32 }

// wordKey is one key of a token: its word number, and whether it is a
// stem's key rather than the token's own.
type wordKey struct {
	word int32
	stem bool
}

// freeze numbers the index built by add.
func (g *Gazetteer) freeze() {
	t := &trie{words: map[string]int32{}}
	var number func(n *node) int32
	number = func(n *node) int32 {
		id := int32(len(t.nodes))
		t.nodes = append(t.nodes, tnode{})
		keys := make([]string, 0, len(n.next))
		for k := range n.next {
			keys = append(keys, k)
		}
		// word numbers in order of first use, found depth first in key order:
		// the same index always gets the same numbers
		slices.Sort(keys)
		var kids []kid
		for _, k := range keys {
			w, ok := t.words[k]
			if !ok {
				w = int32(len(t.words))
				t.words[k] = w
			}
			kids = append(kids, kid{word: w, node: number(n.next[k])})
		}
		slices.SortFunc(kids, func(a, b kid) int { return int(a.word - b.word) })
		tn := &t.nodes[id]
		tn.kids = kids
		for _, k := range kids {
			c := &t.nodes[k.node]
			tn.eventBelow = tn.eventBelow || c.eventBelow || c.hit.Entries != nil && c.lowerEvent
		}
		if len(n.ends) > 0 {
			tn.hit = hitFrom(n.ends)
			tn.derivedOnly = derivedOnly(n.ends)
			tn.lowerEvent = g.lowerEvent(&tn.hit)
		}
		return id
	}
	number(g.root)
	t.root = make([]int32, len(t.words))
	for _, k := range t.nodes[0].kids {
		t.root[k.word] = k.node
	}
	t.nodes[0].kids = nil
	g.trie, g.root = t, nil
}

// child returns the child of node n by word w, or 0.
func (t *trie) child(n, w int32) int32 {
	if n == 0 {
		return t.root[w]
	}
	kids := t.nodes[n].kids
	lo, hi := 0, len(kids)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch {
		case kids[m].word < w:
			lo = m + 1
		case kids[m].word > w:
			hi = m
		default:
			return kids[m].node
		}
	}
	return 0
}

// leaf reports a node without children.
func (t *trie) leaf(n int32) bool { return n != 0 && len(t.nodes[n].kids) == 0 }

// numbered returns the word numbers of keys, in order, leaving out the keys
// on no edge; the i-th key (i > 0) is a stem's.
func (t *trie) numbered(keys []string) []wordKey {
	var out []wordKey
	for i, k := range keys {
		if w, ok := t.words[k]; ok {
			out = append(out, wordKey{word: w, stem: i > 0})
		}
	}
	return out
}

// maxCachedKeys bounds each of a scratch's key caches; when full it starts
// afresh.
const maxCachedKeys = 1 << 15

// findScratch is Find's working memory, kept between calls: a sentence's
// keys per token, and caches of the numbered keys of the words seen, so
// that a word already met costs one lookup and no lock.
type findScratch struct {
	keys  [][]wordKey
	known []bool // keys[i] is set
	found []found
	// byText: a word's keys with its stems', by its text; byLower: the
	// one key of a token by its lower-case text
	byText, byLower map[string][]wordKey
}

// take returns the scratch cleared for n tokens.
func (sc *findScratch) take(n int) {
	if cap(sc.keys) < n {
		sc.keys, sc.known = make([][]wordKey, n), make([]bool, n)
	}
	sc.keys, sc.known = sc.keys[:n], sc.known[:n]
	clear(sc.keys)
	clear(sc.known)
	sc.found = sc.found[:0]
	if sc.byText == nil {
		sc.byText, sc.byLower = map[string][]wordKey{}, map[string][]wordKey{}
	}
}

// cached returns m[s], computing and remembering it on a miss.
func cached(m map[string][]wordKey, s string, compute func(string) []wordKey) []wordKey {
	if ks, ok := m[s]; ok {
		return ks
	}
	if len(m) >= maxCachedKeys {
		clear(m)
	}
	ks := compute(s)
	m[strings.Clone(s)] = ks // not a slice of the document: the cache outlives it
	return ks
}
