package gazetteer

import (
	"testing"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/segment"
)

// TestBatchTokens pins what indexing in batches rests on: a name's tokens
// on its line of a batch are the tokens it has alone.
func TestBatchTokens(t *testing.T) {
	names := []string{"", " ", "O'", "O'Connor", "Stalin's", "Жети-Суу", "ВКП(б)", "1916-жылкы көтөрүлүш",
		"two\nlines", "  padded  ", "Jēkabs Peters", "ǅemal", "İstanbul", "Σ", "«Туран»", "a'", "'"}
	g := loadData(t)
	for i := range g.Entries {
		for _, n := range g.Entries[i].Names() {
			names = append(names, nameForms(g.Entries[i].Type, n.Text)...)
		}
	}
	var b nameBatch
	check := func(n queuedName, got []segment.Token) {
		name := names[n.entry]
		want := segment.Tokenize(name, dossier.Span{Start: 0, End: len(name)})
		if len(got) != len(want) {
			t.Fatalf("%q: %d tokens in a batch, %d alone", name, len(got), len(want))
		}
		for k := range want {
			g, w := got[k], want[k]
			if g.Text != w.Text || g.Kind != w.Kind || g.Space != w.Space || g.Script != w.Script || g.Upper() != w.Upper() || g.AllCaps() != w.AllCaps() {
				t.Fatalf("%q: token %d is %+v in a batch, %+v alone", name, k, g, w)
			}
		}
	}
	for i, n := range names {
		b.queue(n, i, "", false)
		if b.full() {
			b.each(check)
		}
	}
	b.each(check)
}
