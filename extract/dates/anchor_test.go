package dates

import (
	"math/rand"
	"slices"
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
		text := randomText(r, pieces, 24)
		for i := 0; i <= len(text); i++ {
			if got, want := nextAnchor(text, i), nextAnchorByteWise(text, i); got != want {
				t.Fatalf("nextAnchor(%q, %d) = %d, want %d", text, i, got, want)
			}
		}
	}
}

// tokenizeByStep is tokenize without tokenizeFast: tokenizeStep alone,
// which is the tokenizer's loop body as it was before the fast loop.
func tokenizeByStep(dst []token, text string, start, end int, gap gapKind) ([]token, gapKind, int) {
	for i := start; i < end; {
		dst, i, gap, end = tokenizeStep(dst, text, i, end, gap)
	}
	return dst, gap, end
}

// TestTokenizeSameAsByStep compares tokenize with tokenizeStep alone on
// random texts of words, numbers, Roman numerals, spaces and punctuation
// in the three scripts, over random windows.
func TestTokenizeSameAsByStep(t *testing.T) {
	pieces := []string{
		"Card", "century", "Century", "centuries", "CENTURY", "Criminal", "custody", "XX", "XIX", "Ivan", "I",
		"VKP", "Х", "ХХ", "ХІХ", "Харьков", "І", "Ӏ", "ӀӀ", "август", "ноябрда", "жылы", "Өмүр", "ҥ", "҂",
		"1", "19", "1937", "12345678901", "58-10", " ", "  ", "\n", "\n\n", "\t", "\r", "\v", "\f", ",", ".",
		"(", ")", "-", "–", "«", "»", "\u00a0", "\u00ad", "\u2028", "\u2029", "\u200b", "é", "naïve", "x",
		"abcdefghijklmnop", "абвгдежзийклмноп", "\xd0", "\xff", "’", "'",
	}
	r := rand.New(rand.NewSource(2))
	for n := 0; n < 30000; n++ {
		text := randomText(r, pieces, 40)
		start := r.Intn(len(text) + 1)
		end := start + r.Intn(len(text)-start+1)
		gap := gapKind(r.Intn(4))
		got, gotGap, gotEnd := tokenize(nil, text, start, end, gap)
		want, wantGap, wantEnd := tokenizeByStep(nil, text, start, end, gap)
		if !slices.Equal(got, want) || gotGap != wantGap || gotEnd != wantEnd {
			t.Fatalf("tokenize(%q, %d, %d, %d) = %v, %d, %d\nwant %v, %d, %d",
				text, start, end, gap, got, gotGap, gotEnd, want, wantGap, wantEnd)
		}
	}
}

// randomText joins up to max pieces, picked at random.
func randomText(r *rand.Rand, pieces []string, max int) string {
	var b strings.Builder
	for k := r.Intn(max); k >= 0; k-- {
		b.WriteString(pieces[r.Intn(len(pieces))])
	}
	return b.String()
}
