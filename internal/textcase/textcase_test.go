package textcase

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestAgreesWithUnicode checks every rune of the ranges the fast paths
// cover, and a few beyond them, against package unicode.
func TestAgreesWithUnicode(t *testing.T) {
	check := func(r rune) {
		if got, want := IsUpper(r), unicode.IsUpper(r); got != want {
			t.Errorf("IsUpper(%U %c) = %v, unicode says %v", r, r, got, want)
		}
		if got, want := IsLetter(r), unicode.IsLetter(r); got != want {
			t.Errorf("IsLetter(%U) = %v, unicode says %v", r, got, want)
		}
		if got, want := IsCyrillic(r), unicode.Is(unicode.Cyrillic, r); got != want {
			t.Errorf("IsCyrillic(%U) = %v, unicode says %v", r, got, want)
		}
		if got, want := IsLatin(r), unicode.Is(unicode.Latin, r); got != want {
			t.Errorf("IsLatin(%U) = %v, unicode says %v", r, got, want)
		}
		if got, want := ToLower(r), unicode.ToLower(r); got != want {
			t.Errorf("ToLower(%U %c) = %c, unicode says %c", r, r, got, want)
		}
	}
	for r := rune(0); r < 0x600; r++ {
		check(r)
	}
	for _, r := range "ĀāŞşǅÅΣσ大ＡＢ𝐀" {
		check(r)
	}
}

func TestLower(t *testing.T) {
	for _, s := range []string{"", "москва", "Москва", "МОСКВА", "Сталинге", "ӨЗГӨН Үркүн Ңң", "Stalin's", "JĒKABS", "қазақ ҚАЗАҚ Әли", "1916-жылы"} {
		if got, want := Lower(s), strings.ToLower(s); got != want {
			t.Errorf("Lower(%q) = %q, want %q", s, got, want)
		}
	}
	if got, want := Lower("Б\xffQ"), "б\xffq"; got != want {
		t.Errorf("Lower keeps invalid bytes: got %q, want %q", got, want)
	}
	for _, c := range []struct {
		s       string
		aligned bool
	}{{"Москва ӨЗГӨН", true}, {"строчные", true}, {"\u212Aelvin", false}, {"İZMIR", false}} {
		low, ok := LowerAligned(c.s)
		if ok != c.aligned || low != Lower(c.s) {
			t.Errorf("LowerAligned(%q) = %q, %v; want %q, %v", c.s, low, ok, Lower(c.s), c.aligned)
		}
	}
	// every rune of the fast paths' blocks, alone and between others
	// (titlecase letters, ǅ, are not capitals: Lower leaves them), and
	// truncated or broken sequences after a Cyrillic lead byte
	for r := rune(0x80); r < 0x600; r++ {
		if unicode.IsTitle(r) {
			continue
		}
		for _, s := range []string{string(r), "Аб" + string(r) + "вГ", "аб" + string(r), string(r) + "Я"} {
			if got, want := Lower(s), strings.ToLower(s); got != want {
				t.Errorf("Lower(%q) = %q, want %q", s, got, want)
			}
		}
	}
	for s, want := range map[string]string{"аб\xd0": "аб\xd0", "Аб\xd1": "аб\xd1", "\xd0A": "\xd0a", "\xd1\xd0\xb0": "\xd1\xd0\xb0", "Я\xd0\xc0": "я\xd0\xc0"} {
		if got := Lower(s); got != want {
			t.Errorf("Lower(%q) = %q, want %q", s, got, want)
		}
	}
	s := "уже строчные"
	if got := Lower(s); got != s {
		t.Errorf("Lower(%q) = %q", s, got)
	}
}

func BenchmarkLower(b *testing.B) {
	words := strings.Fields("Жусуп Абдрахманов 1925-жылы Москвадан Сталинге кат жазган председатель СНК Кирг . АССР")
	for b.Loop() {
		for _, w := range words {
			Lower(w)
		}
	}
}

// TestLowerAlignedEveryRune: LowerAligned reports a change of length
// exactly when some rune's lower case has another length in UTF-8.
func TestLowerAlignedEveryRune(t *testing.T) {
	for r := rune(0); r < 0x2200; r++ {
		for _, s := range []string{string(r), "Аб" + string(r) + "Z"} {
			want := true
			for _, c := range s {
				if l := unicode.ToLower(c); l != c && unicode.IsUpper(c) && utf8.RuneLen(l) != utf8.RuneLen(c) {
					want = false
				}
			}
			low, ok := LowerAligned(s)
			if low != Lower(s) || ok != want || ok && len(low) != len(s) {
				t.Errorf("LowerAligned(%q) = %q, %v; want %q, %v", s, low, ok, Lower(s), want)
			}
		}
	}
}

// TestLowerIsIdempotent: a word in lower case is its own lower case, for
// every rune alone, after letters of either case, and in broken UTF-8.
// Callers that hold a word's lower case (segment.Token.Lower) rely on it
// to skip lowering it again (lexicon.Set.HasLower).
func TestLowerIsIdempotent(t *testing.T) {
	check := func(s string) {
		if l := Lower(s); Lower(l) != l {
			t.Errorf("Lower(%q) = %q, whose lower case is %q", s, l, Lower(l))
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, s := range []string{string(r), "A" + string(r), "я" + string(r) + "Z", string(r) + "Б"} {
			check(s)
		}
	}
	for _, s := range []string{"\xd0", "А\xd1Б", "\xe2\x82Z", "\xd0\xc0Я", "Ǆǅǆ", "ⒶB"} {
		check(s)
	}
}

// TestDecodeAndCount: DecodeRune and RuneCount agree with package utf8
// on every pair of bytes and on broken sequences.
func TestDecodeAndCount(t *testing.T) {
	check := func(s string) {
		r, n := DecodeRune(s)
		wr, wn := utf8.DecodeRuneInString(s)
		if r != wr || n != wn {
			t.Errorf("DecodeRune(%q) = %U, %d; utf8 says %U, %d", s, r, n, wr, wn)
		}
		if got, want := RuneCount(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("RuneCount(%q) = %d, want %d", s, got, want)
		}
	}
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			check(string([]byte{byte(a), byte(b)}))
			check(string([]byte{byte(a), byte(b), 0x80}))
			check(string([]byte{'x', byte(a), byte(b)}))
		}
		check(string([]byte{byte(a)}))
	}
	check("")
	check("Жусуп \xe2\x80 Ӊ\xf0\x9f\x98\x80 ǅ")
	check("eight bytes, then more: Ж and \xff and ascii again to the end")
	for _, s := range []string{"", "abc", "abcdefgh", "abcdefghЖ", "abcdefghijklmnopq\x80", "Ж"} {
		want := strings.IndexFunc(s, func(r rune) bool { return r >= utf8.RuneSelf })
		if want < 0 {
			want = len(s)
		}
		if got := ASCIIPrefix(s); got != want {
			t.Errorf("ASCIIPrefix(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestAppendLower: AppendLower appends what Lower returns.
func TestAppendLower(t *testing.T) {
	for _, s := range []string{"", "abc", "Москва ӨЗГӨН", "\u212Aelvin", "İZMIR", "aǅ", "ǅ", "Б\xffQ", "уже строчные"} {
		if got := string(AppendLower([]byte("x"), s)); got != "x"+Lower(s) {
			t.Errorf("AppendLower(%q) = %q, want %q", s, got, "x"+Lower(s))
		}
	}
}

// TestLowerRandom checks Lower, LowerAligned and AppendLower on random
// mixes of ASCII, Cyrillic (all of U+0400–U+04FF), other runes and broken
// bytes (no titlecase letters: see TestLower), long enough for the words
// of eight bytes, against a rune-by-rune
// reference over package unicode.
func TestLowerRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"a", "Z", "q", " ", "\n", "Я", "я", "Ё", "ё", "Ѣ", "ѣ", "Ө", "ө", "ҥ", "Ҥ", "İ", "\u212A", "Σ", "大", "\xd0", "\xd1", "\xff", "\xd0\xc0"}
	ref := func(s string) (string, bool) {
		var b []byte
		aligned := true
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if lr := unicode.ToLower(r); lr != r {
				aligned = aligned && utf8.RuneLen(lr) == n
				b = utf8.AppendRune(b, lr)
			} else {
				b = append(b, s[i:i+n]...)
			}
			i += n
		}
		return string(b), aligned
	}
	for range 30000 {
		var sb strings.Builder
		for n := rng.IntN(24); n > 0; n-- {
			switch k := rng.IntN(10); {
			case k < 4: // a run of one kind
				sb.WriteString(strings.Repeat(pieces[rng.IntN(len(pieces))], 1+rng.IntN(9)))
			case k < 7:
				sb.WriteRune(rune(0x400 + rng.IntN(0x100)))
			default:
				sb.WriteString(pieces[rng.IntN(len(pieces))])
			}
		}
		s := sb.String()
		want, wantAligned := ref(s)
		if got := Lower(s); got != want {
			t.Fatalf("Lower(%q) = %q, want %q", s, got, want)
		}
		if got, ok := LowerAligned(s); got != want || ok != wantAligned {
			t.Fatalf("LowerAligned(%q) = %q, %v; want %q, %v", s, got, ok, want, wantAligned)
		}
		if got := string(AppendLower([]byte("x"), s)); got != "x"+want {
			t.Fatalf("AppendLower(%q) = %q, want x%q", s, got, want)
		}
	}
}

// TestRuneCountRandom: RuneCount agrees with utf8.RuneCountInString on
// random mixes of ASCII, runes of two, three and four bytes, overlong
// leads and broken sequences, at every alignment.
func TestRuneCountRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"a", " ", "Я", "ё", "é", "ӊ", "大", "𝐀", "\xc0\xaf", "\xc1\x80", "\xd0", "\x80", "\xff", "\xe2\x80", "\xdf\xbf"}
	for range 50000 {
		var sb strings.Builder
		for n := rng.IntN(30); n > 0; n-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := sb.String()
		if got, want := RuneCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("RuneCount(%q) = %d, want %d", s, got, want)
		}
	}
}
