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

// FuzzSqueeze: squeeze is strings.Join(strings.Fields(s), " ") on any
// text, invalid UTF-8 included.
func FuzzSqueeze(f *testing.F) {
	for _, s := range []string{"", "a  b", "\u00a0x\u2029y\x85", "\xff \xfe\t\n", "Жусуп\n\nАбдрахманов ",
		"\xe2\xc2\xa0x", "x\xe2\x80\x80y\xe2\x80", "\xe1\x9a\x80\xe3\x80\x80\xc2",
		// odd white space at and across the edges of oddSpace's eight-byte words
		"abcdefg  hijklmn", "abcdefgh  ijklmno ", "abcdef \nghijklmnop", "abcdefghijklmnop\x1f q",
		"Жусуп Абдрахманов «Алаш» —\u00a0партия  ", "abcdefghijklmno\u3000p", "abcdefghijklmnop \u2028",
		"abcdefghij  k", "abcdefghi\u00a0j", "abcdefgh\tij", "abc\x1c defghij"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Join(strings.Fields(s), " ")
		if got := squeeze(s); got != want {
			t.Fatalf("squeeze(%q) = %q, want %q", s, got, want)
		}
		if got := quote(s); got != want { // needsSqueeze tells every text squeeze changes
			t.Fatalf("quote(%q) = %q, want %q", s, got, want)
		}
	})
}
