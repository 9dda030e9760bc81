package dates

import (
	"math/rand"
	"strings"
	"testing"
)

// nextAnchorByteWise is what nextAnchor finds, read one byte at a time
// and "century" found at its "e", as nextAnchor read it before it went
// eight bytes at a time.
func nextAnchorByteWise(text string, i int) int {
	for ; i < len(text); i++ {
		rest := text[i:]
		if c := rest[0]; '0' <= c && c <= '9' ||
			strings.ContainsRune("XVI", rune(c)) && romanWordAt(text, i) ||
			strings.HasPrefix(rest, "entur") || strings.HasPrefix(rest, "ENTUR") {
			return i
		}
		if i > 0 && text[i-1] == 0xD0 && (rest[0] == 0xA5 || rest[0] == 0x86) && romanWordAt(text, i-1) {
			return i - 1
		}
	}
	return -1
}

// TestNextAnchorSameAsByteWise compares nextAnchor with the byte-wise scan
// on random texts made of the pieces anchors are made of, from every start.
func TestNextAnchorSameAsByteWise(t *testing.T) {
	pieces := []string{
		"entur", "ENTUR", "Entur", "centuries", "CENTURY", "ent", "ur", "u", "U", "e",
		"1", "19", "XX", "XIX", "IV", "I", "V", "X", "ХХ", "Х", "І", "ІІ", "ц", "век",
		"a", "the", "Surname", " ", "  ", "\n", ",", "-", "(", "\xd0", "\xa5", "\x86", "ӯ",
	}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.Intn(24); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		text := b.String()
		for i := 0; i <= len(text); i++ {
			if got, want := nextAnchor(text, i), nextAnchorByteWise(text, i); got != want {
				t.Fatalf("nextAnchor(%q, %d) = %d, want %d", text, i, got, want)
			}
		}
	}
}
