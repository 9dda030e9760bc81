package textnorm

import (
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/internal/textcase"
)

// prose returns the clean text's prose paragraphs.
func prose(t *Text) []string {
	var out []string
	for _, p := range t.Paras {
		if p.Kind == Prose {
			out = append(out, t.Clean[p.Span.Start:p.Span.End])
		}
	}
	return out
}

func TestNormalize(t *testing.T) {
	wrapped := func(lines ...string) string { return strings.Join(lines, "\n") }
	tests := []struct {
		name, in string
		want     []string
	}{
		{"capital after a line-end hyphen keeps it",
			"Абдрахманов 1924-жылы түзүлгөн Кара-\nКыргыз автономиялуу облусунда иштеген.",
			[]string{"Абдрахманов 1924-жылы түзүлгөн Кара-Кыргыз автономиялуу облусунда иштеген."}},
		{"a typesetting hyphen in Latin text goes",
			"The commission met in Tash-\nkent in the spring of 1920.",
			[]string{"The commission met in Tashkent in the spring of 1920."}},
		{"blank lines end paragraphs",
			wrapped("Бул биринчи абзацтын сүйлөмү, ал узун жана толук жазылган текст болуп саналат", "", "Экинчи абзац башка нерсе жөнүндө айтат жана ал да узун сүйлөм менен жазылган"),
			[]string{"Бул биринчи абзацтын сүйлөмү, ал узун жана толук жазылган текст болуп саналат", "Экинчи абзац башка нерсе жөнүндө айтат жана ал да узун сүйлөм менен жазылган"}},
		{"a field line starts a line of its own",
			wrapped("1. SEIFULLIN Saken (Sadvakas), poet and writer, chairman of the", "Council of People's Commissars of the Kazakh ASSR in the early 1920s", "Born: 1894, Akmola uyezd.", "Arrested: 1937."),
			[]string{"1. SEIFULLIN Saken (Sadvakas), poet and writer, chairman of the Council of People's Commissars of the Kazakh ASSR in the early 1920s", "Born: 1894, Akmola uyezd.", "Arrested: 1937."}},
		{"a sentence cut before a number goes on",
			wrapped("Историки напомнили, что Рыскулов был арестован в 1937 году и расстрелян 10 февраля", "1938 года. Реабилитирован в 1956 году."),
			[]string{"Историки напомнили, что Рыскулов был арестован в 1937 году и расстрелян 10 февраля 1938 года. Реабилитирован в 1956 году."}},
		{"a place alone before a date line stays a line of its own",
			wrapped("Moscow", "12 March 1933", "Dear Comrade Stalin, I write to you about the herds of the steppe."),
			[]string{"Moscow", "12 March 1933", "Dear Comrade Stalin, I write to you about the herds of the steppe."}},
		{"a letter's short lines are not a wrapped text's when its body is one long line",
			wrapped("Нарын округдук комитетинин катчысы Болот Осмоновго", "", "Ат-Башы болушунан", "", "Кат", "",
				"Урматтуу жолдош! Быйыл жайлоого чыккан малдын жарымы кырылды, калганына чөп жетпейт. Болуштук комитет эки ай мурда кантонго жазган, бирок эч ким келген жок. Сизден тез арада жардам берүүнү суранабыз.", "",
				"Ат-Башы болуштук аткаруу комитетинин төрагасы Ыскак Жумабаев", "", "Ат-Башы, 1932-жылдын 5-майы"),
			[]string{"Нарын округдук комитетинин катчысы Болот Осмоновго", "Ат-Башы болушунан", "Кат",
				"Урматтуу жолдош! Быйыл жайлоого чыккан малдын жарымы кырылды, калганына чөп жетпейт. Болуштук комитет эки ай мурда кантонго жазган, бирок эч ким келген жок. Сизден тез арада жардам берүүнү суранабыз.",
				"Ат-Башы болуштук аткаруу комитетинин төрагасы Ыскак Жумабаев", "Ат-Башы, 1932-жылдын 5-майы"}},
		{"footnote digits glued to words",
			"Enver Pasha2 and Ibrahim Bek 3 were on the front 4and in the hills.",
			[]string{"Enver Pasha and Ibrahim Bek were on the front and in the hills."}},
		{"footnote digits glued to Kyrgyz words",
			"Ал гимназиясында1 окуган, Арабаев2 менен бирге иштеген.",
			[]string{"Ал гимназиясында окуган, Арабаев менен бирге иштеген."}},
		{"counts are not footnotes",
			"Сталинге 3 жолу кат жазган; the B52 flew 12 times.",
			[]string{"Сталинге 3 жолу кат жазган; the B52 flew 12 times."}},
		{"editorial brackets inside a word",
			"The P[olit]b[yuro] discussed the letter.",
			[]string{"The Politbyuro discussed the letter."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := prose(Normalize(tt.in))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Normalize(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestBoilerplate(t *testing.T) {
	in := "Home | News | Archive | Contacts\n\nThe archive of the NKVD was opened in 2021 to researchers from several countries.\n\nShare: Facebook Twitter Telegram"
	got := prose(Normalize(in))
	if len(got) != 1 || !strings.HasPrefix(got[0], "The archive") {
		t.Errorf("prose = %q, want only the article's sentence", got)
	}
}

// TestTableRowsAreNotFurniture: the lines of a table written with bars are
// kept, one line each, in one paragraph or one per paragraph; a menu of
// links joined by bars is not a table (one line, no numbers).
func TestTableRowsAreNotFurniture(t *testing.T) {
	for _, in := range []string{
		"Surname | Born | Shot\n\nAsanov | 1899 | 1937\n\nUsenov | 1902 | 1938",
		"Surname | Born | Shot\nAsanov | 1899 | 1937\nUsenov | 1902 | 1938",
	} {
		got := strings.Join(prose(Normalize(in)), "\n")
		for _, w := range []string{"Surname", "Asanov | 1899", "Usenov | 1902"} {
			if !strings.Contains(got, w) {
				t.Errorf("Normalize(%q) lost %q: %q", in, w, got)
			}
		}
	}
	if got := prose(Normalize("Home | News | Archive | Contacts\n\nMenu | Search | Login | Help\n\nA text.")); len(got) != 1 {
		t.Errorf("menus kept: %q", got)
	}
}

// TestSourceSpan: every span of the clean text maps back inside the
// original, on rune boundaries, to the words it came from.
func TestSourceSpan(t *testing.T) {
	in := "Кара-\nКыргыз облусунун1 төрагасы  Ж.  Абдрахманов\n\nThe P[olit]b[yuro] met."
	tx := Normalize(in)
	for _, w := range []string{"Кара-Кыргыз", "облусунун", "Абдрахманов", "Politbyuro", "met"} {
		i := strings.Index(tx.Clean, w)
		if i < 0 {
			t.Fatalf("%q not in the clean text %q", w, tx.Clean)
		}
		sp := tx.SourceSpan(dossier.Span{Start: i, End: i + len(w)})
		if sp.Start < 0 || sp.End > len(in) || !utf8.ValidString(in[sp.Start:sp.End]) {
			t.Fatalf("%q maps to %v, outside or cutting runes", w, sp)
		}
		orig := strings.NewReplacer("\n", "", "[", "", "]", "", "-", "").Replace(in[sp.Start:sp.End])
		if strings.ReplaceAll(w, "-", "") != orig {
			t.Errorf("%q maps back to %q", w, in[sp.Start:sp.End])
		}
	}
}

// TestPlainScriptsAreNFC checks that every rune plainScripts lets through
// unchecked is in NFC on its own and after each Cyrillic and Latin letter.
func TestPlainScriptsAreNFC(t *testing.T) {
	for r := rune(0); r < 0x2200; r++ {
		s := string(r)
		if !plainScripts(s) {
			continue
		}
		for _, base := range []string{"", "a", "и", "Е", "ө"} {
			if !norm.NFC.IsNormalString(base + s) {
				t.Errorf("plainScripts lets %U through after %q, which is not NFC", r, base)
			}
		}
	}
}

func TestBoilerLinesAreShort(t *testing.T) {
	for l := range boilerLines {
		if len(l) > boilerMaxLen {
			t.Errorf("boiler line %q is longer than boilerMaxLen (%d): raise it", l, boilerMaxLen)
		}
		if !menuWordLike(l) || textcase.Lower(l) != l || strings.Trim(l, " •·*-") != l {
			t.Errorf("boiler line %q fails isBoiler's quick test (menuWordLike), is not in lower case or is not trimmed", l)
		}
	}
}

// TestLowerCaseKeepsMarks: isBoiler reads bars, bullets, spaces, digits
// and rune counts in a part as in its lower case, which holds when lower
// case changes no such rune and makes none.
func TestLowerCaseKeepsMarks(t *testing.T) {
	mark := func(r rune) bool {
		return r < utf8.RuneSelf && !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') || r == '•' || r == '·' || unicode.IsSpace(r)
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if l := textcase.ToLower(r); l != r && (mark(r) || mark(l)) {
			t.Errorf("the lower case of %U is %U", r, l)
		}
	}
}

func TestTrimMenu(t *testing.T) {
	for _, s := range []string{"", " ", "•", "• Share •", "*-· Menu ·-*", "·", "a•b", " \xe2\x80", "\xb7", "\xc2\xb7x\xc2\xb7", "-•-", "Улуту: кыргыз", "з•", "·з", "\xe2\xa2", "x\xe2\x80\xa2"} {
		if got, want := trimMenu(s), strings.Trim(s, " •·*-"); got != want {
			t.Errorf("trimMenu(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLastWord: lastWord cuts where strings.LastIndexFunc finds the last
// rune that is neither a letter nor a hyphen, plus one byte.
func TestLastWord(t *testing.T) {
	for _, s := range []string{"", "и", "Средней Азии и", "1937 —и", "«Сталин»", "a\xffb", "Кара-Кыргыз", "x - y", "№5", "word."} {
		want := s[strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })+1:]
		if got := lastWord(s); got != want {
			t.Errorf("lastWord(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestPlainScriptsTwoBytes: plainScripts' byte test of two-byte runes
// lets through the Latin letters below U+0300 and the Cyrillic block but
// its combining marks, and nothing broken.
func TestPlainScriptsTwoBytes(t *testing.T) {
	for a := 0x80; a < 0x100; a++ {
		for b := 0; b < 0x100; b++ {
			s := string([]byte{byte(a), byte(b)})
			r, n := utf8.DecodeRuneInString(s)
			want := n == 2 && (r < 0x300 || 0x400 <= r && r <= 0x4FF && !(0x483 <= r && r <= 0x489))
			if got := plainScripts(s); got != want {
				t.Errorf("plainScripts(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// TestNormalizeKnownJoinsKnownWords: a word hyphenated across a line break
// loses its hyphen when the caller knows the joined word, and keeps it
// otherwise (a compound the document writes nowhere else).
func TestNormalizeKnownJoinsKnownWords(t *testing.T) {
	known := func(w string) bool { return w == "июля" }
	for _, c := range []struct{ in, want string }{
		{"от 14 ию-\nля 1927 г.\n", "от 14 июля 1927 г."},
		{"тарыхый-\nмаданий мурас\n", "тарыхый-маданий мурас"},
	} {
		if got := NormalizeKnown(c.in, known).Clean; got != c.want {
			t.Errorf("NormalizeKnown(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := Normalize("от 14 ию-\nля 1927 г.\n").Clean; got != "от 14 ию-ля 1927 г." {
		t.Errorf("Normalize without a dictionary joined the word: %q", got)
	}
}

// TestIdentityMap: the map of a pass that changed nothing maps offsets as
// its one exact run does, out-of-range ones included.
func TestIdentityMap(t *testing.T) {
	_, m := identity("Жусуп Абдрахманов")
	general := *m
	general.same = false
	for off := -3; off <= m.in+3; off++ {
		if got, want := m.start(off), general.start(off); got != want {
			t.Errorf("start(%d) = %d, the run says %d", off, got, want)
		}
		if got, want := m.end(off), general.end(off); got != want {
			t.Errorf("end(%d) = %d, the run says %d", off, got, want)
		}
	}
}

// TestLineMeasures checks the quick line measures against their plain
// definitions: the rune count of valid UTF-8 and two spaces in a row
// (lineStats, eight bytes at a time), and a heading's nine
// capitals in ten letters with the scan cut short.
func TestLineMeasures(t *testing.T) {
	for _, s := range []string{
		"", "a", "LETTER TO STALIN", "Письмо Сталину", "ПИСЬМО СТАЛИНУ", "ПИСЬМО СТАЛИНУ от 5 мая",
		"ӨЗГӨН ҮРКҮН ҢҢ — 1916", "A B C D e", "ABCDEFGHIj", "ABCDEFGHIJKLMNOPQRSTu", "Ab", "x" + strings.Repeat("Y", 59),
		"Фамилия, имя, отчество: Алыбаев Исмаил Омурбекович", "€ 𝐀 大 ﬁ ǅ İSTANBUL", strings.Repeat("Жж", 40),
		"abcdefg  h", "abcdefg h  ", "a  b", "a ! ! ! ! !! ! !", "a\x00 \x00 \u00a0 \u00a0 \u2020  ", " ! ! ! !  ", "abcdefghijklmno  p",
		"Жж Жж Жж ! Жж ! ", "Жж Жж Жж Жж Жж  ", "x !!!!!!!!!!! ! !!!", "1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1",
	} {
		runes, double := lineStats(s)
		if want := utf8.RuneCountInString(s); runes != want {
			t.Errorf("lineStats(%q) counts %d runes, want %d", s, runes, want)
		}
		if want := strings.Contains(s, "  "); double != want {
			t.Errorf("lineStats(%q) says two spaces in a row %v, want %v", s, double, want)
		}
		letters := len([]rune(strings.Map(func(r rune) rune {
			if !unicode.IsLetter(r) {
				return -1
			}
			return r
		}, s)))
		upper := strings.Count(strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) && unicode.IsUpper(r) {
				return 'U'
			}
			return -1
		}, s), "U")
		want := utf8.RuneCountInString(s) <= 60 && letters >= 4 && upper*10 >= letters*9
		if got := looksLikeHeading(s); got != want {
			t.Errorf("looksLikeHeading(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTrimSpaceAndLastWord checks the quick paths against strings'
// functions: trimSpace against TrimSpace, lastWord against its
// definition by LastIndexFunc.
func TestTrimSpaceAndLastWord(t *testing.T) {
	for _, s := range []string{
		"", " ", "Москва", " Москва ", "Москва\u00a0", "\u3000Москва", "\u1680x\u1680", "x\u2029", "Фрунзе\u0085",
		"Ѐлка џ", "Казахстана и", "тарабынан-", "Ak-Suu Ысык-Көл", "x\xd0", "\xd1\xa0\xd1", "abc\xe2\x80", "ш\u200a", "word.",
	} {
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
		want := s[strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })+1:]
		if got := lastWord(s); got != want {
			t.Errorf("lastWord(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFind checks the maps' binary search against sort.Search at every
// offset of every pass of a text that each pass changes.
func TestFind(t *testing.T) {
	tx := Normalize("Й\u0306ОЛ «Москва»\t—  1937\r\nрасстре-\nлян   P[olit]b[yuro]  Сталинге1 \n\n\n  BOOK OF MEMORY\nVolume 1, page 2\n")
	for k, m := range tx.maps {
		for off := -2; off <= m.out+2; off++ {
			want := sort.Search(len(m.segs), func(i int) bool { return m.segs[i].out+m.segs[i].outLen > off })
			if got := m.find(off); got != want {
				t.Errorf("pass %d: find(%d) = %d, sort.Search says %d", k, off, got, want)
			}
		}
	}
}

// TestOffmapSpan: span(a, b) is start(a), end(b) for every pair of offsets
// of every pass's output, beyond its ends included.
func TestOffmapSpan(t *testing.T) {
	for _, in := range []string{
		"Кара-\nКыргыз облусунун1 төрагасы  Ж.  Абдрахманов\n\nThe P[olit]b[yuro] met.",
		"Arrested in\nNovember 1938. Sentenced on 5 Feb-\nruary 1939 by the Special Board.\n\n22. BAYSER-\nKEEV",
		"", "x", "a\u0301b  c\r\nd",
	} {
		tx := Normalize(in)
		for k, m := range tx.maps {
			for a := -1; a <= m.out+1; a++ {
				for b := -1; b <= m.out+1; b++ {
					ga, gb := m.span(a, b)
					if wa, wb := m.start(a), m.end(b); ga != wa || gb != wb {
						t.Fatalf("%q, map %d: span(%d, %d) = %d, %d; want %d, %d", in, k, a, b, ga, gb, wa, wb)
					}
				}
			}
		}
	}
}
