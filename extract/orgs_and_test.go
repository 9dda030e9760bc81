package extract

import (
	"slices"
	"testing"

	"github.com/dossier-kg/dossier"
)

// TestFieldsJoinedByAnd: "and" between the fields of one body's name
// ("Institute of History and Ethnology") stays inside the name; between two
// bodies it still parts them.
func TestFieldsJoinedByAnd(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Scholars met at the Institute of Language and Literature in Frunze.", []string{"Institute of Language and Literature"}},
		{"He headed the Ministry of Culture and Information from 2005.", []string{"Ministry of Culture and Information"}},
		{"The People's Commissariat of Agriculture and Commissariat of Justice merged.", []string{"People's Commissariat of Agriculture", "Commissariat of Justice"}},
	} {
		orgs := namesOf(t, "and.txt", c.text+"\n", dossier.Organization)
		for _, w := range c.want {
			if !slices.Contains(orgs, w) {
				t.Errorf("%q: no organisation %q; got %q", c.text, w, orgs)
			}
		}
	}
}

// TestKnownWordsOfNames: a word the gazetteer's names hold, in any form
// the morphology relates to them, is a word, so that normalization joins
// it across a line-end hyphen ("ком-" / "мунистической"); a fragment is not.
func TestKnownWordsOfNames(t *testing.T) {
	x := testExtractor(t)
	for w, want := range map[string]bool{"коммунистической": true, "туркестанского": true, "мунистической": false, "ком": false} {
		if got := x.knownWord(w); got != want {
			t.Errorf("knownWord(%q) = %v, want %v", w, got, want)
		}
	}
}
