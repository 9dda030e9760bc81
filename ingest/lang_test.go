package ingest

import (
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/dossier-kg/dossier/ingest/charset"
)

// languagesByRunes is Languages as first written: a rune loop over each
// paragraph and a map of counts. The byte-level fast paths must agree
// with it.
func languagesByRunes(text string) []string {
	count := map[string]int{}
	total := 0
	for _, p := range strings.Split(text, "\n\n") {
		latin, cyr, ky, kk := 0, 0, 0, 0
		for _, r := range p {
			if unicode.IsLetter(r) && unicode.Is(unicode.Latin, r) {
				latin++
			}
			if !unicode.IsLetter(r) || unicode.Is(unicode.Latin, r) || !unicode.Is(unicode.Cyrillic, r) {
				continue
			}
			cyr++
			if strings.ContainsRune("өүңӊҥ", unicode.ToLower(r)) {
				ky++
			} else if strings.ContainsRune("әғқұһ", unicode.ToLower(r)) {
				kk++
			}
		}
		lang := "ru"
		switch {
		case kk > ky && kk*100 >= cyr:
			lang = "kk"
		case ky > 0 && ky*100 >= cyr:
			lang = "ky"
		}
		count["en"] += latin
		count[lang] += cyr
		total += latin + cyr
	}
	var out []string
	for l, n := range count {
		if n > 0 && n*20 >= total {
			out = append(out, l)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if count[out[i]] != count[out[j]] {
			return count[out[i]] > count[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

func TestLanguagesAgreesWithRuneLoop(t *testing.T) {
	paras := []string{
		"Турар Рыскулов родился в 1894 году.",
		"Жусуп Абдрахманов 1925-жылы 5-майда Москвадан Сталинге кат жазган. Өкмөт үчүн иштеген.",
		"Әлихан Бөкейхан қазақ зиялысы болған. Ұлт-азаттық қозғалысы.",
		"On April 3, 1922, Jekabs Peters wrote to Stalin from Bukhara.",
		"Crème brûlée, naïve, JĒKABS; ЁЖ ёж Ђ ђ Ѣѣ; ΣΑΣ; 大; \xff\xfe bad bytes \xd0",
		"", "\n", "1937 — 1938", "ӨЗГӨН ҮРКҮН ҢҢ ӊҥ Ӊ Ҥ",
		// the bytes around the letters, in runs read eight at a time
		"AZaz@[`{ ZZZZZZZZzzzzzzzz@@@@@@@@[[[[[[[[````````{{{{{{{{ AAAAAAAAAAAAAAAAAAAAAA Ж abcdefg",
	}
	var ascii []byte
	for c := byte(1); c < 0x80; c++ {
		ascii = append(ascii, c)
	}
	paras = append(paras, string(ascii), string(ascii[7:])+"ө"+string(ascii[3:]))
	// every pair and triple of the paragraphs, and each one alone
	var texts []string
	for _, a := range paras {
		texts = append(texts, a)
		for _, b := range paras {
			texts = append(texts, a+"\n\n"+b, a+"\n"+b, a+" "+b)
			for _, c := range paras {
				texts = append(texts, a+"\n\n"+b+"\n\n"+c)
			}
		}
	}
	for _, s := range texts {
		if got, want := strings.Join(Languages(s), ","), strings.Join(languagesByRunes(s), ","); got != want {
			t.Errorf("Languages(%q) = %s, the rune loop says %s", s, got, want)
		}
	}
}

// tallyByRunes is letterTally's counts the rune loop of languagesByRunes
// makes.
func tallyByRunes(text string) (count [len(tallyLangs)]int, total int) {
	for _, p := range strings.Split(text, "\n\n") {
		latin, cyr, ky, kk := 0, 0, 0, 0
		for _, r := range p {
			switch {
			case !unicode.IsLetter(r):
			case unicode.Is(unicode.Latin, r):
				latin++
			case unicode.Is(unicode.Cyrillic, r):
				cyr++
				if strings.ContainsRune("өүңӊҥ", unicode.ToLower(r)) {
					ky++
				} else if strings.ContainsRune("әғқұһ", unicode.ToLower(r)) {
					kk++
				}
			}
		}
		lang := tallyRU
		switch {
		case kk > ky && kk*100 >= cyr:
			lang = tallyKK
		case ky > 0 && ky*100 >= cyr:
			lang = tallyKY
		}
		count[tallyEN] += latin
		count[lang] += cyr
		total += latin + cyr
	}
	return count, total
}

// TestTallyEveryRune puts each rune of U+0000-U+052F and a few beyond,
// and each byte, at each place of runs of ASCII letters and of Cyrillic
// ones longer than the eight bytes read at a time, and compares the
// counts with the rune loop's; with strict, a text is passed exactly when
// charset.Detect finds it UTF-8 without a mark.
func TestTallyEveryRune(t *testing.T) {
	var odd []string
	for r := rune(0); r < 0x530; r++ {
		odd = append(odd, string(r))
	}
	for c := 0x80; c < 0x100; c++ {
		odd = append(odd, string([]byte{byte(c)}))
	}
	odd = append(odd, "\n\n", "\n\n\n", "é", "大", "\u2028", "\U0001F600", "\xd0", "\xd1\xff", "\xed\xa0\x80", "ңңң\n\nы")
	for _, run := range []string{"ab", "ы", "ө", "a ы", "ы1", "Ж.ё,"} {
		for _, x := range odd {
			for at := 0; at < 12; at++ {
				s := strings.Repeat(run, at) + x + strings.Repeat(run, 12-at)
				wantCount, wantTotal := tallyByRunes(s)
				got, ok := tallyLetters(s, false)
				if !ok || got.count != wantCount || got.total != wantTotal {
					t.Fatalf("tally of %q: %v %d, the rune loop counts %v %d", s, got.count, got.total, wantCount, wantTotal)
				}
				enc, err := charset.Detect([]byte(s))
				utf8 := err == nil && enc.Name == charset.UTF8 && enc.BOM == 0
				strict, ok := tallyLetters(s, true)
				if ok != utf8 || ok && strict != got {
					t.Fatalf("strict tally of %q: ok %v (%v), charset.Detect: %+v, %v", s, ok, strict, enc, err)
				}
			}
		}
	}
}

// TestTallyParagraphBreakEverywhere puts a paragraph break between a
// Kyrgyz and a Russian paragraph (counted together they would be
// Russian) at every place of the runs read eight bytes at a time.
func TestTallyParagraphBreakEverywhere(t *testing.T) {
	for _, run := range []string{"a", "ы", " ", "\n", "\t"} {
		for k := 0; k < 20; k++ {
			for _, brk := range []string{"\n\n", "\n\n\n", "\n \n", "\r\n\r\n"} {
				s := "өөөө" + strings.Repeat(run, k) + brk + strings.Repeat("ыa", 300)
				wantCount, wantTotal := tallyByRunes(s)
				if got, _ := tallyLetters(s, false); got.count != wantCount || got.total != wantTotal {
					t.Fatalf("tally of %q: %v %d, the rune loop counts %v %d", s, got.count, got.total, wantCount, wantTotal)
				}
			}
		}
	}
}

// TestTallyMixedRuns compares the tally with the rune loop's on random
// mixtures of ASCII and Cyrillic pieces, so that runs of each start and
// end at every place of the eight bytes read at once.
func TestTallyMixedRuns(t *testing.T) {
	pieces := []string{"ы", "Ж", "ё", "ab", "Z", " ", ", ", "\n", "\n\n", "ө", "Ң", "ә", "1", ".", "\t", "\x00", "é", "\xd0", "\xbf", "ѐ", "\u0483"}
	rng := rand.New(rand.NewPCG(7, 7))
	var b strings.Builder
	for range 20000 {
		b.Reset()
		for range rng.IntN(40) {
			p := pieces[rng.IntN(len(pieces))]
			b.WriteString(strings.Repeat(p, 1+rng.IntN(6)))
		}
		s := b.String()
		wantCount, wantTotal := tallyByRunes(s)
		got, _ := tallyLetters(s, false)
		if got.count != wantCount || got.total != wantTotal {
			t.Fatalf("tally of %q: %v %d, the rune loop counts %v %d", s, got.count, got.total, wantCount, wantTotal)
		}
		enc, err := charset.Detect([]byte(s))
		utf8 := err == nil && enc.Name == charset.UTF8 && enc.BOM == 0
		if strict, ok := tallyLetters(s, true); ok != utf8 || ok && strict != got {
			t.Fatalf("strict tally of %q: ok %v (%v), charset.Detect: %+v, %v", s, ok, strict, enc, err)
		}
	}
}
