package gazetteer

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/data"
	"github.com/dossier-kg/dossier/extract/morph"
	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/extract/textnorm"
	"github.com/dossier-kg/dossier/internal/testenv"
)

// TestBeginsNoName: for every number of one to four digits, the trie's bits
// say what looking its key up says: whether a name begins with it.
func TestBeginsNoName(t *testing.T) {
	g := loadData(t)
	seen := make([]bool, numberSlots)
	begin := 0
	for n := 1; n <= 4; n++ {
		for v := 0; v < 10000; v++ {
			s := fmt.Sprintf("%0*d", n, v)
			if len(s) != n {
				break
			}
			k := numberSlot(s)
			if k < 0 || k >= numberSlots || seen[k] {
				t.Fatalf("numberSlot(%q) = %d: out of range or taken", s, k)
			}
			seen[k] = true
			toks := segment.Tokenize(s, dossier.Span{Start: 0, End: len(s)})
			if len(toks) != 1 || toks[0].Kind != segment.Number || Key(toks[0].Lower) != s {
				t.Fatalf("%q: tokens %+v", s, toks)
			}
			w, ok := g.trie.words[s]
			begins := ok && g.trie.root[w] != 0
			if begins {
				begin++
			}
			if g.trie.beginsNoName(&toks[0]) == begins {
				t.Fatalf("%q: beginsNoName %v, a name begins with it %v", s, !begins, begins)
			}
		}
	}
	if begin == 0 {
		t.Error("no name begins with a number")
	}
	for _, s := range []string{"", "12345", "1a", "١٩١٦"} {
		if numberSlot(s) != -1 {
			t.Errorf("numberSlot(%q) = %d, want -1", s, numberSlot(s))
		}
	}
}

// loadData loads the project's gazetteers, without morphology.
func loadData(t testing.TB) *Gazetteer {
	t.Helper()
	gfs, err := fs.Sub(data.Files, "gazetteer")
	if err != nil {
		t.Fatal(err)
	}
	g, err := Load(gfs, nil)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestSameStem checks sameStem, which walks the bytes, against the same
// comparison of the words as rune slices, on words that share stems, and
// on invalid UTF-8.
func TestSameStem(t *testing.T) {
	byRunes := func(a, b string) bool {
		ra, rb := []rune(a), []rune(b)
		n := 0
		for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
			n++
		}
		return n >= 5 && len(ra)-n <= 3 && len(rb)-n <= 3
	}
	words := []string{"", "закаспийская", "закаспийской", "закаспийскими", "закас", "закасп", "semipalatinsk", "semipalatinskaya",
		"abcde", "abcdefgh", "abcde\xff", "abcde\xffz", "abcde\ufffd", "abcd\xffe", "abcd\ufffde", "\xff\xff\xff\xff\xffab", "\ufffd\ufffd\ufffd\ufffd\ufffd"}
	for _, a := range words {
		for _, b := range words {
			if got, want := sameStem(a, b), byRunes(a, b); got != want {
				t.Errorf("sameStem(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

func TestAbbreviated(t *testing.T) {
	g := loadData(t)
	for _, c := range []struct {
		t     dossier.EntityType
		words []string
		want  string // the entry's id; "" for none
	}{
		{dossier.Organization, []string{"туркест.", "ЦИК"}, "tsik-turkestan"},
		{dossier.Place, []string{"семипалат.", "обл."}, "semipalatinsk-oblast"},
		{dossier.Place, []string{"Закаспийской", "обл."}, "transcaspian-oblast"},
		{dossier.Place, []string{"закаспийск.", "области"}, "transcaspian-oblast"},
		{dossier.Organization, []string{"семипалат.", "обл."}, ""},
		{dossier.Place, []string{"обл."}, ""},
	} {
		got := ""
		if i := g.Abbreviated(c.t, c.words); i >= 0 {
			got = g.Entries[i].ID
		}
		if got != c.want {
			t.Errorf("Abbreviated(%s, %q) = %q, want %q", c.t, c.words, got, c.want)
		}
	}
}

// TestKeyCache: a key cache answers every word of the sample collection,
// asked again and again (from its front table or its map, after either
// started afresh), with the run computed for the word alone: the same
// keys, and flags that say what the keys say.
func TestKeyCache(t *testing.T) {
	g := loadWithStems(t)
	var words []string
	for _, doc := range testenv.BenchDocs(t) {
		for _, s := range segment.Split(textnorm.Normalize(doc)) {
			for _, tok := range s.Tokens {
				words = append(words, tok.Text)
			}
		}
	}
	words = append(words, "", strings.Repeat("ж", frontWord), strings.Repeat("ж", frontWord/2), strings.Repeat("x", frontWord+1))
	want := func(w string) ([]wordKey, uint8) {
		var c keyCache
		c.reset()
		r := c.add(g.trie, w, 0, g.wordKeys)
		return c.arena[r.off : r.off+uint32(r.n)], r.flags
	}
	var c keyCache
	c.reset()
	for pass := 0; pass < 2; pass++ {
		for i, w := range words {
			if i%5000 == 0 {
				clear(c.front[:]) // now and then only the map knows the words
			}
			r := c.run(g.trie, w, 0, g.wordKeys)
			keys, flags := want(w)
			if got := c.arena[r.off : r.off+uint32(r.n)]; !slices.Equal(got, keys) || r.flags != flags {
				t.Fatalf("%q: keys %v flags %b, want %v %b", w, got, r.flags, keys, flags)
			}
			begins, event := false, false
			for _, k := range keys {
				if root := g.trie.root[k.word]; root != 0 {
					begins = true
					event = event || g.trie.nodes[root].flags&nodeEventBelow != 0
				}
			}
			if begins != (r.flags&runBegins != 0) || event != (r.flags&runEventAt != 0) {
				t.Fatalf("%q: flags %b, but begins %v, event %v", w, r.flags, begins, event)
			}
		}
	}
}

// loadWithStems loads the project's gazetteers with morphology, as the
// extractor does.
func loadWithStems(t testing.TB) *Gazetteer {
	t.Helper()
	gfs, err := fs.Sub(data.Files, "gazetteer")
	if err != nil {
		t.Fatal(err)
	}
	g, err := Load(gfs, morph.NewMemo(0).Stems)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestFrozenTrie: the trie frozen from the builder's threaded lists has
// every node's children in order of word (as child's search needs), each
// word once; every name in the gazetteer is found whole, from its node's
// hit, with its entry; and a hit's entries end at their capacity, so that
// appending to one cannot write over the next hit's.
func TestFrozenTrie(t *testing.T) {
	g := loadData(t)
	tr := g.trie
	for id := 1; id < len(tr.nodes); id++ {
		kids := tr.kidsOf(&tr.nodes[id])
		for k := 1; k < len(kids); k++ {
			if kids[k-1].word >= kids[k].word {
				t.Fatalf("node %d: children out of order: %v", id, kids)
			}
		}
	}
	for i, h := range tr.hits {
		if len(h.Entries) == 0 || cap(h.Entries) != len(h.Entries) {
			t.Fatalf("hit %d: entries %v, capacity %d", i, h.Entries, cap(h.Entries))
		}
	}
	for i := range g.Entries {
		e := &g.Entries[i]
		name := e.Name
		toks := segment.Tokenize(name, dossier.Span{Start: 0, End: len(name)})
		n := int32(0)
		for _, tok := range toks {
			w, ok := tr.words[Key(tok.Lower)]
			if !ok {
				t.Fatalf("%s: word %q not indexed", name, tok.Text)
			}
			if n = tr.child(n, w); n == 0 {
				t.Fatalf("%s: no node at %q", name, tok.Text)
			}
		}
		if len(toks) == 0 || tr.nodes[n].flags&nodeEnds == 0 || !slices.Contains(tr.hits[tr.nodes[n].hit].Entries, i) {
			t.Fatalf("%s: entry %d does not end at its node", name, i)
		}
	}
}
