package extract

import (
	"testing"

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
