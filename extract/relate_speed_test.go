package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestHasPhraseJoined pins hasPhrase to what it replaced: finding the
// phrase, spaces around it, in the words joined by spaces.
func TestHasPhraseJoined(t *testing.T) {
	vocab := []string{"at", "that", "time", "the", "same", "year", "в", "то", "время", "тот", "же", "ошол", "эле", "жылы", "then", "thenceforth", "a", "year", "later", ",", ".", "1937"}
	var phrases []string
	for _, r := range relativeYears {
		phrases = append(phrases, r.phrase)
	}
	phrases = append(phrases, thatTime...)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		words := make([]string, rng.IntN(9))
		for k := range words {
			words[k] = vocab[rng.IntN(len(vocab))]
		}
		text := " " + strings.Join(words, " ") + " "
		for _, p := range phrases {
			if got, want := hasPhrase(words, p), strings.Contains(text, " "+p+" "); got != want {
				t.Fatalf("hasPhrase(%q, %q) = %v, want %v", words, p, got, want)
			}
		}
	}
}

// TestStanceFilters pins the stance index's filters: every word of its
// table and every negation of its language passes, so a word that fails
// is in neither.
func TestStanceFilters(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for l, idx := range x.stance {
		for w := range idx.words {
			if !idx.inWords.may(w) {
				t.Errorf("%s: stance word %q fails the filter", l.Lang, w)
			}
		}
		for w := range l.Negations {
			if !idx.inNegations.may(w) {
				t.Errorf("%s: negation %q fails the filter", l.Lang, w)
			}
		}
	}
}
