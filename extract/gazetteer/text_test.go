package gazetteer

import (
	"slices"
	"strings"
	"testing"
)

// TestFieldsTrimSpace: fields and trimSpace answer as strings.Fields and
// strings.TrimSpace on every name of the gazetteer and on random strings
// of letters, every kind of space and invalid bytes.
func TestFieldsTrimSpace(t *testing.T) {
	texts := []string{"", " ", "a", " a ", "\u00a0a\u3000", "a\u2028b", "\xe2\x80", "\xe2\x80\x80", "\xf0\xe2\x80\x80x"}
	for _, e := range loadData(t).Entries {
		for _, n := range e.Names() {
			texts = append(texts, n.Text)
		}
		texts = append(texts, e.En...)
		texts = append(texts, e.Ru...)
	}
	alphabet := []string{"a", "Я", "ң", "é", " ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u1680", "\u2000", "\u200a", "\u200b",
		"\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u3001", "\u00a1", "\u1681", "😀", "\xc2", "\xe1", "\xe2", "\xe3", "\x80", "\x85", "\xa0", "\xf0"}
	texts = randomStrings(texts, 7, 7, alphabet)
	for _, s := range texts {
		if got, want := fields(s), strings.Fields(s); !slices.Equal(got, want) {
			t.Fatalf("fields(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Fatalf("trimSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
