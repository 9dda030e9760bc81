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
