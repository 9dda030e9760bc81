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
	kids  []kid            // the nodes' children, each node's a run ordered by word number
	hits  []Hit            // the hits of the nodes where names end, by tnode.hit
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

// tnode is a node of the trie, small so that the search reads few cache
// lines: its children are kids[kid0:kid0+nkids] (the root's are in
// trie.root) and the hit of the names ending here hits[hit].
type tnode struct {
	kid0, nkids int32
	// hit indexes trie.hits: the Hit a name ending here makes, less its
	// span and Inflected; no name ends here when the node lacks nodeEnds
	hit   int32
	flags uint8
}

// The flags of a tnode.
const (
	// nodeEnds: names end here
	nodeEnds = 1 << iota
	// nodeDerivedOnly: every name ending here is an initials form
	nodeDerivedOnly
	// nodeLowerEvent: the names ending here may be found in lower case
	// (see Gazetteer.lowerEvent)
	nodeLowerEvent
	// nodeEventBelow: a node below this one has names that may be found in
	// lower case
	nodeEventBelow
)

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
// its parent. A node's children and ends are lists threaded through kids
// and ends, so that the tens of thousands of nodes take a few slices
// rather than two each.
type builder struct {
	words map[string]int32 // key -> word number
	root  []int32          // the root's child per word number, 0 for none
	nodes []bnode          // by node number
	kids  []bkid           // the children's lists; 0 ends a list
	ends  []bend           // the ends' lists, each in order made; 0 ends a list
}

// bnode is a node as the builder grows it: the first of its children
// (of a node other than the root) and the first and last of the names
// ending at it, as indexes of builder.kids and builder.ends, 0 for none.
type bnode struct {
	kid, end, lastEnd int32
}

// bkid is a child in a builder's list of a node's children.
type bkid struct {
	kid
	next int32
}

// bend is a name ending at a node, in a builder's list of them.
type bend struct {
	ref
	next int32
}

func newBuilder() *builder {
	// room for the words of the project's gazetteers (about 9,500), so
	// that the map is not grown and copied step by step
	return &builder{words: make(map[string]int32, 1<<14), nodes: make([]bnode, 1, 1<<12), kids: make([]bkid, 1, 1<<12), ends: make([]bend, 1, 1<<12)}
}

// child returns the child of node n by key k, made if new.
func (b *builder) child(n int32, k string) int32 {
	w, ok := b.words[k]
	if !ok {
		w = int32(len(b.words))
		b.words[strings.Clone(k)] = w
		b.root = append(doubled(b.root), 0)
	}
	if n == 0 {
		if b.root[w] == 0 {
			b.root[w] = b.node()
		}
		return b.root[w]
	}
	for c := b.nodes[n].kid; c != 0; c = b.kids[c].next {
		if b.kids[c].word == w {
			return b.kids[c].node
		}
	}
	c := b.node()
	b.kids = append(doubled(b.kids), bkid{kid: kid{word: w, node: c}, next: b.nodes[n].kid})
	b.nodes[n].kid = int32(len(b.kids) - 1)
	return c
}

// node makes a node and returns its number.
func (b *builder) node() int32 {
	b.nodes = append(doubled(b.nodes), bnode{})
	return int32(len(b.nodes) - 1)
}

// doubled returns s with room for one more element: when full, twice its
// capacity. append grows a large slice by a quarter, so that the copies
// of a slice grown one by one to tens of thousands come to five times its
// size; doubling keeps them to twice.
func doubled[T any](s []T) []T {
	if len(s) < cap(s) {
		return s
	}
	return slices.Grow(s, max(len(s), 16))
}

// endAt returns the name of entry ending at node n, or nil.
func (b *builder) endAt(n int32, entry int) *ref {
	for e := b.nodes[n].end; e != 0; e = b.ends[e].next {
		if int(b.ends[e].entry) == entry {
			return &b.ends[e].ref
		}
	}
	return nil
}

// addEnd records r as the last name ending at node n.
func (b *builder) addEnd(n int32, r ref) {
	b.ends = append(doubled(b.ends), bend{ref: r})
	e := int32(len(b.ends) - 1)
	if nd := &b.nodes[n]; nd.end == 0 {
		nd.end = e
	} else {
		b.ends[nd.lastEnd].next = e
	}
	b.nodes[n].lastEnd = e
}

// freeze makes the trie of the index built by add.
func (g *Gazetteer) freeze() {
	b := g.build
	t := &trie{words: b.words, root: b.root, nodes: make([]tnode, len(b.nodes))}
	ends := 0
	for _, bn := range b.nodes {
		if bn.end != 0 {
			ends++
		}
	}
	t.kids, t.hits = make([]kid, 0, len(b.kids)-1), make([]Hit, 0, ends)
	for id, bn := range b.nodes {
		from := len(t.kids)
		for c := bn.kid; c != 0; c = b.kids[c].next {
			t.kids = append(t.kids, b.kids[c].kid)
		}
		run := t.kids[from:]
		slices.SortFunc(run, func(a, b kid) int { return int(a.word - b.word) })
		t.nodes[id].kid0, t.nodes[id].nkids = int32(from), int32(len(run))
	}
	for k, w := range t.words {
		if n := numberSlot(k); n >= 0 && t.root[w] != 0 {
			t.rootNumbers[n/64] |= 1 << (n % 64)
		}
	}
	// every hit's entries in one array
	entries := make([]int, 0, len(b.ends)-1)
	var refs []ref
	for id, bn := range b.nodes {
		if bn.end == 0 {
			continue
		}
		refs = refs[:0]
		for e := bn.end; e != 0; e = b.ends[e].next {
			refs = append(refs, b.ends[e].ref)
		}
		tn := &t.nodes[id]
		tn.hit, tn.flags = int32(len(t.hits)), nodeEnds
		var h Hit
		h, entries = hitFrom(refs, entries)
		t.hits = append(t.hits, h)
		if derivedOnly(refs) {
			tn.flags |= nodeDerivedOnly
		}
		if g.lowerEvent(&t.hits[tn.hit]) {
			tn.flags |= nodeLowerEvent
		}
	}
	// children after their parents: each node's are done when it is
	for id := len(t.nodes) - 1; id > 0; id-- {
		tn := &t.nodes[id]
		for _, k := range t.kidsOf(tn) {
			c := &t.nodes[k.node]
			if c.flags&nodeEventBelow != 0 || c.flags&(nodeEnds|nodeLowerEvent) == nodeEnds|nodeLowerEvent {
				tn.flags |= nodeEventBelow
			}
		}
	}
	g.trie, g.build = t, nil
}

// kidsOf returns the children of node n (not the root).
func (t *trie) kidsOf(n *tnode) []kid { return t.kids[n.kid0 : n.kid0+n.nkids] }

// child returns the child of node n by word w, or 0.
func (t *trie) child(n, w int32) int32 {
	if n == 0 {
		return t.root[w]
	}
	kids := t.kidsOf(&t.nodes[n])
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
func (t *trie) leaf(n int32) bool { return n != 0 && t.nodes[n].nkids == 0 }

// maxCachedKeys bounds each of a scratch's key caches; Find starts one
// afresh when it is full.
const maxCachedKeys = 1 << 15

// findScratch is Find's working memory, kept between calls: a sentence's
// keys per token, and caches of the numbered keys of the words seen, so
// that a word already met costs one lookup and no lock.
type findScratch struct {
	keys  []keyRun // by token; the zero keyRun is not yet known
	found []found
	// frontier and next: longest's states, kept for their room
	frontier, next []state
	// byText: a word's keys with its stems', by its text; byLower: the
	// one key of a token by its lower-case text
	byText, byLower keyCache
}

// keyRun is the keys of a token, as a run of its cache's arena, with what
// they say about the names that begin with them, so that a word that
// begins no name is answered without reading its keys.
type keyRun struct {
	off   uint32 // the keys are arena[off:off+n]
	n     uint16
	flags uint8
}

// The flags of a keyRun.
const (
	runKnown   = 1 << iota // the run is set
	runLower               // the run is of byLower's arena, not byText's
	runBegins              // a key begins a name
	runEventAt             // a key begins a name that may be found in lower case (eventBelow)
)

// keyCache is a cache of tokens' keys: runs by string, into one arena. A
// small table in front of the map holds the runs of short words by a hash
// of the word, the word's bytes in the slot, so that the frequent words of
// a text are found in a few kilobytes rather than across the map.
type keyCache struct {
	runs  map[string]keyRun
	arena []wordKey
	front *[frontSlots]frontSlot
}

// frontSlots is the size of a keyCache's front table; frontWord the
// longest word, in bytes, it holds.
const (
	frontSlots = 1 << 10
	frontWord  = 23
)

// frontSlot is a slot of a keyCache's front table: a word and its run.
type frontSlot struct {
	n    uint8 // the word is word[:n]; 0 for an empty slot
	word [frontWord]byte
	run  keyRun
}

// take returns the scratch cleared for n tokens, a full cache started
// afresh (never during a Find: the runs of its sentence stay valid).
func (sc *findScratch) take(n int) {
	if cap(sc.keys) < n {
		sc.keys = make([]keyRun, n)
	}
	sc.keys = sc.keys[:n]
	clear(sc.keys)
	sc.found = sc.found[:0]
	sc.byText.reset()
	sc.byLower.reset()
}

// reset makes the cache if new and empties it if full.
func (c *keyCache) reset() {
	switch {
	case c.runs == nil:
		c.runs, c.front = map[string]keyRun{}, new([frontSlots]frontSlot)
	case len(c.runs) >= maxCachedKeys:
		clear(c.runs)
		c.arena = c.arena[:0]
		clear(c.front[:])
	}
}

// run returns the run of s, computing its keys and remembering them on a
// miss; flags are the run's own flags (runLower or none).
func (c *keyCache) run(t *trie, s string, flags uint8, compute func(string) []string) keyRun {
	var f *frontSlot
	if len(s) > 0 && len(s) <= frontWord {
		f = &c.front[frontHash(s)]
		if int(f.n) == len(s) && string(f.word[:len(s)]) == s {
			return f.run
		}
	}
	r, ok := c.runs[s]
	if !ok {
		r = c.add(t, s, flags, compute)
	}
	if f != nil {
		f.n = uint8(copy(f.word[:], s))
		f.run = r
	}
	return r
}

// frontHash returns the front table's slot of a word of 1 to frontWord
// bytes, from its length and its first and last eight bytes (all of a
// shorter word's): cheaper than hashing every byte, and a collision only
// costs a look into the map.
func frontHash(s string) uint32 {
	var a, b uint64
	if n := len(s); n >= 8 {
		a = le64(s[:8])
		b = le64(s[n-8:])
	} else {
		for i := 0; i < n; i++ {
			a = a<<8 | uint64(s[i])
		}
	}
	h := (a^uint64(len(s)))*0x9E3779B97F4A7C15 ^ b*0xC2B2AE3D27D4EB4F
	return uint32(h>>(64-10)) & (frontSlots - 1)
}

// le64 reads the first eight bytes of s as a little-endian number.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// add computes the run of s and remembers it.
func (c *keyCache) add(t *trie, s string, flags uint8, compute func(string) []string) keyRun {
	r := keyRun{off: uint32(len(c.arena)), flags: flags | runKnown}
	for i, k := range compute(s) {
		w, ok := t.words[k]
		if !ok {
			continue
		}
		c.arena = append(c.arena, wordKey{word: w, stem: i > 0})
		if root := t.root[w]; root != 0 {
			r.flags |= runBegins
			if t.nodes[root].flags&nodeEventBelow != 0 {
				r.flags |= runEventAt
			}
		}
	}
	r.n = uint16(len(c.arena) - int(r.off))
	c.runs[strings.Clone(s)] = r // not a slice of the document: the cache outlives it
	return r
}

// keysOfRun returns the keys of run r.
func (sc *findScratch) keysOfRun(r keyRun) []wordKey {
	a := sc.byText.arena
	if r.flags&runLower != 0 {
		a = sc.byLower.arena
	}
	return a[r.off : r.off+uint32(r.n) : r.off+uint32(r.n)]
}
