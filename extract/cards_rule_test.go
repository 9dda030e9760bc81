package extract

import "testing"

// TestCardRule checks that cardRule names a field's rule as "card-" and
// the key, for the keys it spells out and for any other.
func TestCardRule(t *testing.T) {
	for _, key := range []string{"birth", "death", "execution", "rehabilitation", "rehabilitation_by", "exile",
		"fullname", "surname", "given", "patronymic", "alias", "party", "arrest", ""} {
		if got, want := cardRule(key), "card-"+key; got != want {
			t.Errorf("cardRule(%q) = %q, want %q", key, got, want)
		}
	}
}

// BenchmarkCardRule measures naming a card fact's rule.
func BenchmarkCardRule(b *testing.B) {
	keys := []string{"birth", "death", "execution", "exile", "rehabilitation", "surname"}
	n := 0
	for i := 0; b.Loop(); i++ {
		n += len(cardRule(keys[i%len(keys)]))
	}
	if n == 0 {
		b.Fatal("no rule")
	}
}
