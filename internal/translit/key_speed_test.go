package translit

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-kg/dossier/internal/textcase"
)

// keyBefore is Key as it was written before its letters were read rune by
// rune and its folds applied in place: the reference the fast Key must
// agree with.
func keyBefore(s string) string {
	s = textcase.Lower(ASCII(Latin(s)))
	var b strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	k := b.String()
	for _, p := range keyFolds {
		k = strings.ReplaceAll(k, p[0], p[1])
	}
	for _, suf := range []string{"iy", "ii", "yi", "ij"} {
		if strings.HasSuffix(k, suf) && len(k) > 3 {
			k = k[:len(k)-len(suf)] + "i"
			break
		}
	}
	k = strings.ReplaceAll(k, "y", "i")
	if len(k) < 2 {
		return k
	}
	b.Reset()
	for i := 0; i < len(k); i++ {
		if i > 0 && k[i] == k[i-1] {
			continue
		}
		b.WriteByte(k[i])
	}
	return strings.TrimSuffix(b.String(), "h")
}

// keyAlphabet is what the random names of TestKeyAgrees are made of: the
// letters the folds look at, Cyrillic of every table row in both cases,
// letters the table lacks, diacritics, marks and a broken byte.
var keyAlphabet = []string{
	"a", "b", "c", "d", "e", "g", "h", "i", "j", "k", "n", "o", "p", "q", "s", "t", "u", "w", "x", "y", "z",
	"A", "D", "H", "K", "S", "T", "X", "Y", "Z",
	"а", "г", "д", "ж", "и", "й", "к", "н", "о", "с", "т", "у", "х", "ц", "ч", "ш", "щ", "ъ", "ы", "ь", "ю", "я", "ё",
	"А", "Г", "Ж", "К", "Х", "Ц", "Щ", "Ю", "Я", "Ё", "Ң", "ң", "ө", "Ө", "ү", "Ү", "ә", "ғ", "қ", "һ", "ӊ", "ҥ", "є", "ї",
	"Ђ", "ђ", "Ћ", "ԁ", "\u0483", "\u0485",
	"ö", "ü", "ž", "Ž", "ē", "ß", "æ", "ʼ", "’", "K", "İ", "ı",
	" ", "-", ".", "'", "1", "\xff",
}

// TestKeyAgrees holds Key to keyBefore on random names and on every word of
// the sample documents and the gazetteers.
func TestKeyAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for range 50000 {
		b.Reset()
		for n := rng.IntN(14); n > 0; n-- {
			b.WriteString(keyAlphabet[rng.IntN(len(keyAlphabet))])
		}
		s := b.String()
		if got, want := Key(s), keyBefore(s); got != want {
			t.Fatalf("Key(%q) = %q, was %q", s, got, want)
		}
	}
	words := 0
	for _, pat := range []string{"../../data/corpus/*.txt", "../../data/gazetteer/*.yaml", "../../data/lexicon/*"} {
		paths, _ := filepath.Glob(pat)
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				continue
			}
			for _, w := range strings.Fields(string(raw)) {
				words++
				if got, want := Key(w), keyBefore(w); got != want {
					t.Fatalf("%s: Key(%q) = %q, was %q", p, w, got, want)
				}
			}
		}
	}
	if words < 10000 {
		t.Fatalf("only %d words read: the sample data moved", words)
	}
}

// FuzzKey holds Key to keyBefore on any string.
func FuzzKey(f *testing.F) {
	for _, s := range []string{"Жусуп Абдрахманов", "Чыңгыз", "Khodzhaev", "Jēkabs", "Ђалган", "Шчх", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Key(s), keyBefore(s); got != want {
			t.Fatalf("Key(%q) = %q, was %q", s, got, want)
		}
	})
}
