package extract

import (
	"strings"
	"testing"
)

// TestQuote checks the fast path of quote against squeezing every time.
func TestQuote(t *testing.T) {
	for _, s := range []string{
		"", " ", "Сталин", "Жусуп Абдрахманов", " Жусуп", "Жусуп ", "Жусуп  Абдрахманов",
		"Жусуп\nАбдрахманов", "Жусуп\u00a0Абдрахманов", "«Алаш» — партия", "a\u2009b", "a\u3000b",
		"Турар\tРыскулов", "Х. Р. х", "\u1680x",
	} {
		if got, want := quote(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("quote(%q) = %q, want %q", s, got, want)
		}
	}
}
