package extract

import (
	"testing"
	"unicode"

	"github.com/dossier-kg/dossier/internal/translit"
)

// TestShortcutsAgree pins the shortcuts of resolution to what they stand
// for: cleanASCII names cleanLatin leaves alone, inCapitals is isCapitals
// of the text with a space after it.
func TestShortcutsAgree(t *testing.T) {
	for _, s := range []string{"Gafur Sultanov", "Sultanov's", "Karlag)", "(Karlag", "Okbulok kishlak,", "Zhusup'", "Жусуп", "Karkar. uezd", "Ö. Bek", "1937", "A", "", "TOKTORBAEV", "Tashkent oblast"} {
		if cleanASCII(s) && cleanName(translit.Latin(s)) != s {
			t.Errorf("cleanASCII(%q), but cleanLatin makes %q", s, cleanName(translit.Latin(s)))
		}
		if got, want := inCapitals(s), isCapitals(s+" "); got != want {
			t.Errorf("inCapitals(%q) = %v, isCapitals says %v", s, got, want)
		}
	}
}

// TestInitialsSet pins the bit set of a person's initials to the set of
// bytes it stands for.
func TestInitialsSet(t *testing.T) {
	var e entity
	want := map[byte]bool{}
	if e.hasInitials() {
		t.Fatal("a new person has initials")
	}
	e.addInitial(0) // a word with no key adds nothing
	if e.hasInitials() {
		t.Fatal("0 added an initial")
	}
	for _, b := range []byte{'a', 'z', '0', 63, 64, 127, 128, 200, 255} {
		e.addInitial(b)
		want[b] = true
		for c := 0; c < 256; c++ {
			if got := e.hasInitial(byte(c)); got != want[byte(c)] {
				t.Fatalf("after adding %d: hasInitial(%d) = %v", b, c, got)
			}
		}
	}
}

// TestIsLowerAgrees pins isLower to unicode.IsLower on every rune.
func TestIsLowerAgrees(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isLower(r), unicode.IsLower(r); got != want {
			t.Fatalf("isLower(%U) = %v, unicode.IsLower says %v", r, got, want)
		}
	}
}
