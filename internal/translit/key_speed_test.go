package translit

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier/internal/textcase"
)

// latinBefore is Latin as it was written before it read its runes in
// place: the reference the fast Latin must agree with.
func latinBefore(s string) string {
	hasCyrillic := false
	for _, r := range s {
		hasCyrillic = hasCyrillic || unicode.Is(unicode.Cyrillic, r)
	}
	if !hasCyrillic {
		return s
	}
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		lr := unicode.ToLower(r)
		t, ok := table[lr]
		if !ok {
			b.WriteRune(r)
			continue
		}
		if t == "" {
			continue
		}
		if lr == 'ң' && i+1 < len(rs) && (unicode.ToLower(rs[i+1]) == 'г' || unicode.ToLower(rs[i+1]) == 'к') {
			t = "n"
		}
		if unicode.IsUpper(r) {
			allCaps := (i+1 < len(rs) && unicode.IsUpper(rs[i+1])) || (i > 0 && unicode.IsUpper(rs[i-1]) && (i+1 == len(rs) || !unicode.IsLetter(rs[i+1])))
			if allCaps {
				t = strings.ToUpper(t)
			} else {
				first, n := utf8.DecodeRuneInString(t)
				t = string(unicode.ToUpper(first)) + t[n:]
			}
		}
		b.WriteString(t)
	}
	return b.String()
}

// slugBefore is Slug as it was written before it shared Key's first pass.
func slugBefore(s string) string {
	s = textcase.Lower(ASCII(latinBefore(s)))
	var b strings.Builder
	dash := false
	for _, r := range s {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		if r == '\'' {
			continue
		}
		dash = true
	}
	return b.String()
}

// keyBefore is Key as it was written before its letters were read rune by
// rune and its folds applied in place: the reference the fast Key must
// agree with.
func keyBefore(s string) string {
	s = textcase.Lower(ASCII(latinBefore(s)))
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

// agreesBefore reports the first of Key, Latin and Slug that does not
// give on s what it gave before, as an error.
func agreesBefore(t *testing.T, s string) {
	t.Helper()
	if got, want := Key(s), keyBefore(s); got != want {
		t.Fatalf("Key(%q) = %q, was %q", s, got, want)
	}
	if got, want := Latin(s), latinBefore(s); got != want {
		t.Fatalf("Latin(%q) = %q, was %q", s, got, want)
	}
	if got, want := Slug(s), slugBefore(s); got != want {
		t.Fatalf("Slug(%q) = %q, was %q", s, got, want)
	}
}

// TestRomanOfCyrillicOnly pins what Latin assumes of its table: only
// Cyrillic letters and their capitals romanise.
func TestRomanOfCyrillicOnly(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if _, ok := romanOf(r); ok && !unicode.Is(unicode.Cyrillic, r) {
			t.Fatalf("romanOf(%U) romanises a rune that is not Cyrillic", r)
		}
	}
}

// TestKeyAgrees holds Key, Latin and Slug to keyBefore, latinBefore and
// slugBefore on random names and on every word of the sample documents
// and the gazetteers.
func TestKeyAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for range 50000 {
		b.Reset()
		for n := rng.IntN(14); n > 0; n-- {
			b.WriteString(keyAlphabet[rng.IntN(len(keyAlphabet))])
		}
		agreesBefore(t, b.String())
	}
	words := 0
	for _, pat := range []string{"../../data/corpus/*.txt", "../../data/gazetteer/*.yaml", "../../data/lexicon/*"} {
		paths, _ := filepath.Glob(pat)
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				continue
			}
			for _, w := range append(strings.Fields(string(raw)), strings.Split(string(raw), "\n")...) {
				words++
				agreesBefore(t, w)
			}
		}
	}
	if words < 10000 {
		t.Fatalf("only %d words read: the sample data moved", words)
	}
}

// FuzzKey holds Key, Latin and Slug to what they were on any string.
func FuzzKey(f *testing.F) {
	for _, s := range []string{"Жусуп Абдрахманов", "Чыңгыз", "Khodzhaev", "Jēkabs", "Ђалган", "Шчх", "x", "ЖАМУ", "Ж. Абдрахманов", "a\xffЖ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		agreesBefore(t, s)
	})
}

// TestJaroWinklerBound holds JaroWinklerBound at or above JaroWinkler on
// random keys, near ones among them, and checks that it rules most
// unrelated pairs out.
func TestJaroWinklerBound(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	word := func() string {
		b := make([]byte, 1+rng.IntN(14))
		for i := range b {
			b[i] = "abdeiklmnorstuv"[rng.IntN(15)]
		}
		return string(b)
	}
	below := 0
	const n = 200000
	for i := range n {
		a, b := word(), word()
		if i%3 == 0 {
			// b a typo of a: near pairs, where the bound must hold
			k := []byte(a)
			k[rng.IntN(len(k))] = 'z'
			b = string(k)
		}
		jw, bound := JaroWinkler(a, b), JaroWinklerBound(a, b)
		if bound < jw {
			t.Fatalf("JaroWinklerBound(%q, %q) = %v, below JaroWinkler %v", a, b, bound, jw)
		}
		if bound < 0.9 {
			below++
		}
	}
	if below < n/3 {
		t.Errorf("the bound rules out %d pairs of %d", below, n)
	}
}

// FuzzJaroWinklerBound holds the bound at or above JaroWinkler on any
// strings.
func FuzzJaroWinklerBound(f *testing.F) {
	f.Add("abdramanov", "abdrahmanov")
	f.Add("sokolov", "sokolnikov")
	f.Fuzz(func(t *testing.T, a, b string) {
		if jw, bound := JaroWinkler(a, b), JaroWinklerBound(a, b); bound < jw {
			t.Fatalf("JaroWinklerBound(%q, %q) = %v, below JaroWinkler %v", a, b, bound, jw)
		}
	})
}

// TestRomanBlockIsTable pins romanBlock to table: every letter of the
// table is in the block, with its romanisation.
func TestRomanBlockIsTable(t *testing.T) {
	for r, want := range table {
		if r < 0x400 || r >= 0x500 {
			t.Fatalf("table letter %U is outside the Cyrillic block", r)
		}
		if got, ok := romanOf(r); !ok || got != want {
			t.Errorf("romanOf(%U) = %q, %v; table says %q", r, got, ok, want)
		}
	}
}
