package textnorm

import (
	"math/rand"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier/internal/testenv"
	"github.com/dossier-kg/dossier/internal/textcase"
)

// oldWordPass is the word pass as it was before it skipped the chunks
// that cannot need a repair: every chunk tried, its plainness told by
// oldNextChunk. TestWordPassSkipsOnlyQuietChunks holds the two together.
func oldWordPass(in string) []edit {
	var edits []edit
	var prev chunk
	brackets := strings.IndexByte(in, '[') >= 0
	c, plain := oldNextChunk(in, 0)
	for !c.none() {
		next, nextPlain := oldNextChunk(in, c.end)
		if brackets {
			edits = appendBracketEdits(edits, in, c)
		}
		if !plain {
			edits = appendWordEdits(edits, in, c)
		}
		if edgeDigits(in[c.start:c.end]) {
			edits = appendFootnoteEdits(edits, in, prev, c, next)
		}
		prev, c, plain = c, next, nextPlain
	}
	return edits
}

// oldNextChunk is nextChunk with the old test of a plain chunk: ASCII
// alone, or Cyrillic letters А–я but ъ and Ъ between ASCII marks.
func oldNextChunk(in string, from int) (chunk, bool) {
	i := from
	for i < len(in) && isSpace(in[i]) {
		i++
	}
	j := i
	latin, cyrillic, other := false, false, false
	for j < len(in) {
		c := in[j]
		if c < utf8.RuneSelf {
			if isSpace(c) {
				break
			}
			latin = latin || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
			j++
			continue
		}
		if j+1 < len(in) {
			if d := in[j+1]; c == 0xD0 && 0x90 <= d && d <= 0xBF && d != 0xAA || c == 0xD1 && 0x80 <= d && d <= 0x8F && d != 0x8A {
				cyrillic = true
				j += 2
				continue
			}
		}
		other = true
		j++
	}
	return chunk{i, j}, !other && !(cyrillic && latin)
}

// TestWordPassSkipsOnlyQuietChunks checks that the word pass, which tries
// only the chunks that hold a byte that may ask for a repair, makes the
// same edits in the same order as trying every chunk: on random texts of
// the letters and marks the repairs look at, and on the sample collection
// (or DOSSIER_BENCH_DIR's documents).
func TestWordPassSkipsOnlyQuietChunks(t *testing.T) {
	pieces := []string{
		" ", " ", " ", "\n", "\n\n", "a", "o", "e", "Pasha", "front", "The", "x", "1", "2", "3", "19", "1937", "[", "]", "[olit]",
		"о", "а", "Москва", "е", "ъ", "Ъ", "і", "І", "ц", "Ж", "ё", "ң", "ө", "ү", "қ", "ж", "—", "–", "№", "…", "é", "\u0483",
		".", ",", "-", ")", "(", "\"", "'", "ⁱ", "\u2071", "Σ", "中", "🙂", "Сталинге", "подъ", "мір", "Enver", "were",
	}
	r := rand.New(rand.NewSource(7))
	check := func(in string) {
		t.Helper()
		if want, got := oldWordPass(in), wordEdits(in); !slices.Equal(want, got) {
			t.Fatalf("%q: edits %v, want %v", in, got, want)
		}
	}
	for n := 0; n < 200000; n++ {
		check(randomText(r, pieces, 24))
	}
	for _, p := range testenv.BenchFiles(t) {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		in, _ := runePass(string(raw))
		check(in)
	}
}

// TestConnectorTail checks that the connector test on the tail of a line
// answers as on the whole line, on random lines of connectors, long and
// short words, and marks of one to four bytes before them.
func TestConnectorTail(t *testing.T) {
	pieces := []string{" ", "-", "и", "and", "The", "менен", "жана", "Москва", "abcdefghij", "—", "–", "·", "€", "𝔸", "\u0301", "ъ", "x", ",", "1937", "\xe2\x80"}
	r := rand.New(rand.NewSource(11))
	for n := 0; n < 100000; n++ {
		s := randomText(r, pieces, 8)
		if got, want := isConnector(lastWord(connectorTail(s))), isConnector(lastWord(s)); got != want {
			t.Fatalf("%q: connector %v on the tail, %v on the line", s, got, want)
		}
	}
}

// TestLineStatsRandom checks lineStats, which reads the last bytes of a
// line as its last eight, against counting rune by rune on random lines
// of every length up to 40 bytes.
func TestLineStatsRandom(t *testing.T) {
	pieces := []string{" ", " ", "  ", "a", "Ж", "ң", "€", "𝐀", "1", "-", "\u0301"}
	r := rand.New(rand.NewSource(12))
	for n := 0; n < 100000; n++ {
		s := randomText(r, pieces, 20)
		runes, double := lineStats(s)
		if want := utf8.RuneCountInString(s); runes != want {
			t.Fatalf("lineStats(%q) counts %d runes, want %d", s, runes, want)
		}
		if want := strings.Contains(s, "  "); double != want {
			t.Fatalf("lineStats(%q) says two spaces in a row %v, want %v", s, double, want)
		}
	}
}

// randomText joins one to n pieces picked at random.
func randomText(r *rand.Rand, pieces []string, n int) string {
	var b strings.Builder
	for k := r.Intn(n); k >= 0; k-- {
		b.WriteString(pieces[r.Intn(len(pieces))])
	}
	return b.String()
}

// TestParagraphsKeepFurniture checks that paragraphs, which keeps the
// answer of isTable and isBoiler for each short part it has seen, marks
// the parts as asking every part afresh does: on texts whose lines and
// parts repeat, furniture and not, and on the sample collection.
func TestParagraphsKeepFurniture(t *testing.T) {
	fresh := func(clean string) []Para {
		out := paragraphs(clean)
		table := tableRows(clean, out)
		var scratch []byte
		prev := ""
		for i, p := range out {
			text := clean[p.Span.Start:p.Span.End]
			out[i].Kind = Prose
			switch {
			case text == prev:
				out[i].Kind = Repeat
			case !(table != nil && table[i]) && !isTable(text) && isBoiler(text, table != nil, &scratch):
				out[i].Kind = Boiler
			}
			prev = text
		}
		return out
	}
	pieces := []string{"Share", "Party: non-party", "Menu", "Home", "Read more", "• Print", "Facebook Twitter", "Born: 1910",
		"a | b | 1937", "c | d | 1938", "Surname | Born | Shot", "\n\n", "\n\n", "\n", " ", strings.Repeat("long text ", 20)}
	r := rand.New(rand.NewSource(13))
	texts := []string{}
	for n := 0; n < 3000; n++ {
		texts = append(texts, Normalize(randomText(r, pieces, 30)).Clean)
	}
	for _, p := range testenv.BenchFiles(t) {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, Normalize(string(raw)).Clean)
	}
	for _, clean := range texts {
		if got, want := paragraphs(clean), fresh(clean); !slices.Equal(got, want) {
			t.Fatalf("%q: parts %v, asked afresh %v", clean, got, want)
		}
	}
}

// TestCyrillicLettersTwoBytes checks what fieldLine takes for granted:
// the runes of U+0400-U+047F and U+048A-U+04FF are letters all.
func TestCyrillicLettersTwoBytes(t *testing.T) {
	for r := rune(0x400); r <= 0x4FF; r++ {
		if 0x480 <= r && r < 0x48A {
			continue
		}
		if !unicode.IsLetter(r) || !textcase.IsLetter(r) {
			t.Errorf("%U %c is no letter", r, r)
		}
	}
}
