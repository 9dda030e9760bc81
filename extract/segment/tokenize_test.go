package segment

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/internal/textcase"
)

// TestWordBits: scanWord's script bits are the Script they make.
func TestWordBits(t *testing.T) {
	if Script(wLat) != Latin || Script(wCyr) != Cyrillic || Script(wLat|wCyr) != Mixed {
		t.Fatal("wLat and wCyr are not Latin and Cyrillic")
	}
}

// TestTokenizeAgreesWithOld holds tokenize to tokenizeOld, token for
// token and field for field, on the sample collection, on tricky words
// and on random strings of letters, marks, digits and punctuation.
func TestTokenizeAgreesWithOld(t *testing.T) {
	texts := []string{
		"ВКП(б)нын Сталин's ӨЗГӨН жыл", "O'Connor Stalin’s d'Artagnan x' 'y",
		"ЩЁЛКОВО щёлково Эхо ЭХО Ёж Щи iPhone McDONALD ABC abc Abc",
		"Қазақстан ӘЛІ Ұлы һ ғ і Іле ӨЗ ү ң", "Ἀθῆναι ΣΊΣΥΦΟΣ Ǆemal ǅemal ǆ",
		"e\u0301te\u0301 Е\u0301лка а\u0300", "١٢٣ ٤ abc١٢ x²", "Straße İstanbul ǅ",
		"ab\xffcd \xd0 \xd0\x41 \xd1", "日本語 العربية עברית",
	}
	files, _ := filepath.Glob("../../data/corpus/*")
	for _, f := range files {
		if raw, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(raw))
		}
	}
	pieces := []string{"a", "Z", "q", "ж", "Ж", "щ", "Щ", "ё", "Ё", "э", "Э", "ө", "Ү", "ң", "ә", "Қ", "і", "І",
		"ї", "Ѣ", "é", "É", "ß", "ǅ", "Σ", "ς", "\u0301", "\u0483", "'", "’", " ", "\n", "\t", ".", ",", "-", "1", "٣",
		"日", "\xd0", "\xff", "ǈ", "ℌ", "ﬁ", "İ", "Ω"}
	for r := rune(0x400); r < 0x500; r++ {
		pieces = append(pieces, string(r))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(12) + 1 {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		spans := []dossier.Span{{Start: 0, End: len(text)}}
		if len(text) > 2 && utf8.RuneStart(text[1]) && utf8.RuneStart(text[len(text)-1]) {
			// the spans of paragraphs, which start and end on runes
			spans = append(spans, dossier.Span{Start: 1, End: len(text) - 1})
		}
		for _, sp := range spans {
			var a1, a2 lowerArena
			got := tokenize(text, sp, nil, &a1)
			want := tokenizeOld(text, sp, nil, &a2)
			if len(got) != len(want) {
				t.Fatalf("%q: %d tokens, want %d", text[sp.Start:sp.End], len(got), len(want))
			}
			for k := range got {
				if got[k] != want[k] {
					t.Fatalf("%q: token %d is %+v, want %+v", text[sp.Start:sp.End], k, got[k], want[k])
				}
			}
		}
	}
}

// TestCyrillicLower: the lower case of every rune of the Cyrillic block
// is of the block, as lowerCopy, which lowers words in place, needs.
func TestCyrillicLower(t *testing.T) {
	for r := rune(0x400); r < 0x500; r++ {
		l := textcase.ToLower(r)
		if l < 0x400 || l > 0x4FF {
			t.Fatalf("%U lowers to %U, outside the block", r, l)
		}
		var b [4]byte
		utf8.EncodeRune(b[:], l)
		if got := cyrillicLower[r-0x400]; got != uint16(b[0])<<8|uint16(b[1]) {
			t.Fatalf("%U: table has %04x", r, got)
		}
	}
}

// TestFunctionWordFilters: every function word passes langOf's filters
// (by its length, its last byte and its second byte), so none is missed.
func TestFunctionWordFilters(t *testing.T) {
	for w := range functionWords {
		if len(w) >= len(functionWordEnds) || functionWordEnds[len(w)]&(1<<(w[len(w)-1]&63)) == 0 || functionWordSeconds[len(w)]&(1<<(w[1]&63)) == 0 {
			t.Errorf("%q does not pass the filters", w)
		}
	}
}
