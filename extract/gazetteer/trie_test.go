package gazetteer

import (
	"fmt"
	"io/fs"
	"testing"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/data"
	"github.com/dossier-kg/dossier/extract/segment"
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
