package gazetteer

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/dossier-kg/dossier/extract/segment"
	"github.com/dossier-kg/dossier/extract/textnorm"
	"github.com/dossier-kg/dossier/internal/testenv"
	"github.com/dossier-kg/dossier/internal/textcase"
	"github.com/dossier-kg/dossier/internal/translit"
)

// keyBefore is Key as it was before strings that are their own key were
// answered without a copy: the reference TestKey compares Key with.
func keyBefore(s string) string {
	s = textcase.Lower(s)
	s = strings.ReplaceAll(s, "ё", "е")
	if !translit.HasCyrillic(s) {
		s = translit.ASCII(s)
	}
	return s
}

// TestKey: Key makes the keys it made before, for every word of the sample
// collection and of the gazetteer, in either case, and for random strings
// of Latin, Cyrillic and other letters, invalid bytes among them.
func TestKey(t *testing.T) {
	words := []string{"", "ё", "Ё", "ёлка", "jēkabs", "ѐџ", "ң", "ө", "ү", "Ң", "\xd0", "\xd1\x91", "\xd2\xa3x", "ǅemal", "İstanbul"}
	for _, doc := range testenv.BenchDocs(t) {
		for _, s := range segment.Split(textnorm.Normalize(doc)) {
			for _, tok := range s.Tokens {
				words = append(words, tok.Text, tok.Lower)
			}
		}
	}
	g := loadData(t)
	for _, e := range g.Entries {
		for _, n := range e.Names() {
			words = append(words, strings.Fields(n.Text)...)
		}
	}
	alphabet := []string{"a", "Z", "1", "-", ".", "а", "я", "Я", "р", "ё", "Ё", "ѐ", "џ", "Ђ", "ң", "Ң", "ө", "Ө", "ү", "Ү", "ә", "é", "ß", "\xd0", "\xd1", "\xd2", "\xd3", "\x91", "\xa3", "\xaf", "\xa9", "\xb0"}
	words = randomStrings(words, 3, 6, alphabet)
	for _, w := range words {
		if got, want := Key(w), keyBefore(w); got != want {
			t.Fatalf("Key(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestHasCyrillic: hasCyrillic answers as translit.HasCyrillic on every
// name of the gazetteer and on random strings, invalid ones among them.
func TestHasCyrillic(t *testing.T) {
	var words []string
	for _, e := range loadData(t).Entries {
		for _, n := range e.Names() {
			words = append(words, n.Text)
		}
	}
	alphabet := []string{"a", " ", "-", "я", "Ѐ", "ѿ", "Ҁ", "\u0485", "\u0486", "ә", "Ӱ", "ԯ", "\u2de0", "ꙁ", "é", "\xd0", "\xd1", "\x80", "\xbf", "\xc0"}
	words = randomStrings(words, 5, 5, alphabet)
	for _, w := range words {
		if got, want := hasCyrillic(w), translit.HasCyrillic(w); got != want {
			t.Fatalf("hasCyrillic(%q) = %v, want %v", w, got, want)
		}
	}
}

// randomStrings appends to dst 50,000 strings of up to max-1 pieces of
// alphabet each, drawn from a generator seeded with seed.
func randomStrings(dst []string, seed uint64, max int, alphabet []string) []string {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	for range 50000 {
		var b strings.Builder
		for n := rng.IntN(max); n > 0; n-- {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		dst = append(dst, b.String())
	}
	return dst
}
