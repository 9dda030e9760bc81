package extract

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract/gazetteer"
	"github.com/dossier-kg/dossier/internal/translit"
)

// personKeysBefore is newPersonKeys as it was before it took its keys from
// the extractor's memo: the reference TestPersonKeys compares with.
func personKeysBefore(e *gazetteer.Entry) *personKeys {
	k := &personKeys{first: map[string]bool{}, middle: map[string]bool{}, last: map[string]bool{}, parts: map[string]bool{}, initials: map[byte]bool{}}
	for _, n := range e.Names() {
		ps := strings.Fields(n.Text)
		for _, p := range ps {
			k.parts[translit.Key(p)] = true
		}
		if len(ps) == 0 || strings.Contains(n.Text, ".") {
			continue
		}
		k.last[translit.Key(ps[len(ps)-1])] = true
		if len(ps) >= 2 {
			k.first[translit.Key(ps[0])] = true
			if b := firstLetterKey(ps[0]); b != 0 {
				k.initials[b] = true
			}
		}
		if len(ps) == 3 {
			k.middle[translit.Key(ps[1])] = true
		}
	}
	return k
}

// TestPersonKeys: every person of the gazetteer has the name keys it had
// when they were worked out without the memo.
func TestPersonKeys(t *testing.T) {
	x := testExtractor(t)
	n := 0
	for i := range x.gaz.Entries {
		e := &x.gaz.Entries[i]
		if e.Type != dossier.Person {
			continue
		}
		n++
		if got, want := x.people[i], personKeysBefore(e); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: keys %+v, want %+v", e.ID, got, want)
		}
	}
	if n == 0 {
		t.Fatal("no people in the gazetteer")
	}
}
