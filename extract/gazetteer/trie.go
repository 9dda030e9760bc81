package gazetteer

import (
	"slices"
	"strings"

	"github.com/dossier-kg/dossier/extract/segment"
)

// trie is the name index in the form Find searches it: every key on an
// edge has a word number, every node a node number, so that a token's keys
// are looked up by string once and the search then steps by numbers. A key
// on no edge can match nothing and has no number.
type trie struct {
	words map[string]int32 // key -> word number
	root  []int32          // the root's child per word number (the root has thousands)
	nodes []tnode          // by node number; 0 is the root, so 0 also means "no child"
	// rootNumbers has bit numberSlot(k) set for each short number k that
	// begins a name (a year: "1916-жылкы көтөрүлүш")
	rootNumbers [(numberSlots + 63) / 64]uint64
}

// numberSlots is the count of numberSlot's slots: the numbers of one to
// four ASCII digits, as strings ("07" and "7" are two).
const numberSlots = 10 + 100 + 1000 + 10000

// numberSlot numbers a string of one to four ASCII digits; -1 for any
// other string.
func numberSlot(s string) int {
	if len(s) == 0 || len(s) > 4 {
		return -1
	}
	v, base := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return -1
		}
		v = v*10 + int(c-'0')
		if i > 0 {
			base = base*10 + 10
		}
	}
	return base + v
}

// beginsNoName reports a number token that no name begins with, found
// without a lookup: a number's one key is its text (see Key).
func (t *trie) beginsNoName(tok *segment.Token) bool {
	if tok.Kind != segment.Number {
		return false
	}
	k := numberSlot(tok.Text)
	return k >= 0 && t.rootNumbers[k/64]&(1<<(k%64)) == 0
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

// builder is the index as add builds it, numbered as it grows: words and
// nodes get their numbers in order of first use (the same names in the
// same order make the same numbers), a child always a greater number than
// its parent.
type builder struct {
	words map[string]int32 // key -> word number
	kids  map[edge]int32   // a node's child by word
	ends  [][]ref          // the names ending at each node, by node number
}

// edge is a node's edge by a word, as numbers.
type edge struct{ from, word int32 }

func newBuilder() *builder {
	return &builder{words: map[string]int32{}, kids: map[edge]int32{}, ends: make([][]ref, 1)}
}

// child returns the child of node n by key k, made if new.
func (b *builder) child(n int32, k string) int32 {
	w, ok := b.words[k]
	if !ok {
		w = int32(len(b.words))
		b.words[strings.Clone(k)] = w
	}
	e := edge{from: n, word: w}
	c, ok := b.kids[e]
	if !ok {
		c = int32(len(b.ends))
		b.ends = append(b.ends, nil)
		b.kids[e] = c
	}
	return c
}

// freeze makes the trie of the index built by add.
func (g *Gazetteer) freeze() {
	b := g.build
	t := &trie{words: b.words, root: make([]int32, len(b.words)), nodes: make([]tnode, len(b.ends))}
	type edgeTo struct{ from, word, to int32 }
	edges := make([]edgeTo, 0, len(b.kids))
	for e, c := range b.kids {
		edges = append(edges, edgeTo{from: e.from, word: e.word, to: c})
	}
	slices.SortFunc(edges, func(a, b edgeTo) int {
		if a.from != b.from {
			return int(a.from - b.from)
		}
		return int(a.word - b.word)
	})
	kids := make([]kid, len(edges))
	for i := 0; i < len(edges); {
		from, j := edges[i].from, i
		for ; j < len(edges) && edges[j].from == from; j++ {
			kids[j] = kid{word: edges[j].word, node: edges[j].to}
			if from == 0 {
				t.root[edges[j].word] = edges[j].to
			}
		}
		if from != 0 {
			t.nodes[from].kids = kids[i:j:j]
		}
		i = j
	}
	for k, w := range t.words {
		if n := numberSlot(k); n >= 0 && t.root[w] != 0 {
			t.rootNumbers[n/64] |= 1 << (n % 64)
		}
	}
	for id, ends := range b.ends {
		if len(ends) > 0 {
			tn := &t.nodes[id]
			tn.hit = hitFrom(ends)
			tn.derivedOnly = derivedOnly(ends)
			tn.lowerEvent = g.lowerEvent(&tn.hit)
		}
	}
	// children after their parents: each node's are done when it is
	for id := len(t.nodes) - 1; id > 0; id-- {
		tn := &t.nodes[id]
		for _, k := range tn.kids {
			c := &t.nodes[k.node]
			tn.eventBelow = tn.eventBelow || c.eventBelow || c.hit.Entries != nil && c.lowerEvent
		}
	}
	g.trie, g.build = t, nil
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
