package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/internal/testenv"
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

// TestMayEndWithKeepsEveryLongerName holds mergeShortForms' filter to what
// it stands for on the sample documents: a mention whose key is longer than
// a short key and ends with it always passes mayEndWith, for every name's
// key and its tails as short keys.
func TestMayEndWithKeepsEveryLongerName(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	paths, err := filepath.Glob(filepath.Join(testenv.RepoRoot(t), "data", "corpus", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no sample documents: %v", err)
	}
	extends, dropped := 0, 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, _ := mentionsFound(x, dossier.NewDocument(filepath.Base(p), p, raw))
		all := d.allMentions()
		var shorts []shortForm
		for _, m := range all {
			k := d.computeNormKey(m)
			for i := 0; i+6 <= len(k); i += 2 {
				shorts = append(shorts, shortForm{sk: k[i:]})
			}
		}
		for _, m := range all {
			k := d.computeNormKey(m)
			for _, sf := range shorts {
				one := newShortForms([]shortForm{sf})
				if len(k) > len(sf.sk) && strings.HasSuffix(k, sf.sk) {
					extends++
					if !d.mayEndWith(m, one) {
						t.Fatalf("%s: %q (key %q) ends with %q, but mayEndWith drops it", p, m.text, k, sf.sk)
					}
				} else if !d.mayEndWith(m, one) {
					dropped++
				}
			}
		}
	}
	if extends == 0 || dropped == 0 {
		t.Fatalf("%d names extend a short key, %d are dropped: the test tests nothing", extends, dropped)
	}
}
