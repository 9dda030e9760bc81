package morph

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// stemCase asserts that want is among Stems(word) and, if top is set, that
// it is the first non-identity reading of Analyze(word).
type stemCase struct {
	word string
	want string
	top  bool
}

func runStemCases(t *testing.T, cases []stemCase) {
	t.Helper()
	for _, tc := range cases {
		stems := Stems(tc.word)
		if !slices.Contains(stems, tc.want) {
			t.Errorf("Stems(%q) = %q, want it to contain %q", tc.word, stems, tc.want)
			continue
		}
		if !tc.top {
			continue
		}
		as := Analyze(tc.word)
		if len(as) < 2 || as[1].Stem != tc.want {
			t.Errorf("Analyze(%q): first non-identity reading %s, want %q", tc.word, describe(as), tc.want)
		}
	}
}

func describe(as []Analysis) string {
	var b strings.Builder
	for i, a := range as {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(a.Stem + "+" + a.Suffix + "/" + a.Lang + "/" + a.Case.String())
	}
	return b.String()
}

// negCase is a base form that ends in a suffix-like sequence: none of the
// bad stems may be its first non-identity reading; with none set, it must
// have no other reading at all.
type negCase struct {
	word string
	bad  []string
}

func TestBaseFormsNotMangled(t *testing.T) {
	cases := []negCase{
		// No reading at all: the rules that keep these intact are named in
		// the package documentation (Ranking).
		{word: "Москва"},      // Москв+а: no nominative ends in кв
		{word: "Ташкент"},     // Ташкен+т is no suffix
		{word: "Сталин"},      // Стал+и+н: capitalised bare possessive
		{word: "Ленин"},       // Ле+нин: two-letter stem in a vowel
		{word: "Нарын"},       // Нар+ы+н
		{word: "Кемин"},       // Кем+и+н
		{word: "Кыргызстан"},  // Кыргызс+тан: -стан formant
		{word: "Казакстан"},   // Казакс+тан
		{word: "Туркестан"},   // Туркес+тан breaks harmony
		{word: "Узбекистан"},  // Узбекис+тан breaks harmony
		{word: "Каракол"},     // no suffix
		{word: "Бишкек"},      // no suffix
		{word: "Абдрахманов"}, // genitive plural is out of scope
		{word: "Каменский"},   // nominative adjective
		{word: "Центральный"}, // nominative adjective
		{word: "Кремль"},      // nominative soft stem
		{word: "Ибрагим"},     // -им only after an adjective stem
		{word: "Касым"},       // -ым only after a surname or adjective stem
		{word: "Андрей"},      // -ей only after -и or soft н
		{word: "Орджоникидзе"},
		{word: "Джугашвили"},
		{word: "Мамбетимин-уулу"}, // possessive of a hyphenated name's head
		{word: "Ат-Башы"},
		{word: "Тоголок"},
		{word: "Ош"},
		{word: "Stalin"},
		{word: "Soviets"}, // English words are not stemmed
		{word: "Moses"},
		// Readings exist, but not these first.
		{word: "Алматы", bad: []string{"Алмат"}},
		{word: "Фрунзе", bad: []string{"Фрунз"}},
		{word: "Ташкенте", bad: []string{"Ташкен", "Ташкента"}},
		{word: "Бухара", bad: []string{"Бух", "Бухарь"}},
		{word: "Азиясы", bad: []string{"Азияс", "Азияса"}},
		{word: "облусунун", bad: []string{"облу", "облусу"}},
		{word: "Каменского", bad: []string{"Каменско"}},
		{word: "Сталиным", bad: []string{"Сталиный"}},
		{word: "Центральном", bad: []string{"Центральн"}},
		{word: "ОГПУнун", bad: []string{"ОГП"}},
	}
	for _, tc := range cases {
		as := Analyze(tc.word)
		if len(tc.bad) == 0 {
			if len(as) != 1 {
				t.Errorf("Analyze(%q) = %s, want the identity reading only", tc.word, describe(as))
			}
			continue
		}
		if len(as) > 1 && slices.Contains(tc.bad, as[1].Stem) {
			t.Errorf("Analyze(%q): first non-identity reading is %q (%s)", tc.word, as[1].Stem, describe(as))
		}
	}
}

func TestContract(t *testing.T) {
	words := []string{
		"Сталинге", "СТАЛИНГЕ", "кыргыздардын", "Москвадагылардын", "АССРнин", "Каменского",
		"Stalin’s", "Кара-Кыргызстандан", "Москва", "дан", "а", "Ош", "1925-жылы", "Орто Азиядагы",
		"Кремлдеги", "-", "Сталин-", "x", "ВКП(б)нын",
	}
	for _, w := range words {
		as := Analyze(w)
		if len(as) == 0 || as[0].Stem != w || as[0].Suffix != "" || as[0].Lang != "" || as[0].Case != Nom {
			t.Errorf("Analyze(%q): identity reading missing or not first: %s", w, describe(as))
			continue
		}
		if len(as) > MaxReadings {
			t.Errorf("Analyze(%q): %d readings, more than MaxReadings", w, len(as))
		}
		for _, a := range as[1:] {
			if a.Stem == "" || a.Suffix == "" || a.Lang == "" {
				t.Errorf("Analyze(%q): incomplete reading %+v", w, a)
			}
			if utf8.RuneCountInString(a.Stem) < 2 {
				t.Errorf("Analyze(%q): stem %q shorter than two letters", w, a.Stem)
			}
			if !strings.HasSuffix(w, a.Suffix) {
				t.Errorf("Analyze(%q): suffix %q is not the word's ending", w, a.Suffix)
			}
		}
		if !slices.Equal(as, Analyze(w)) {
			t.Errorf("Analyze(%q) is not deterministic", w)
		}
		stems := Stems(w)
		if stems[0] != w {
			t.Errorf("Stems(%q)[0] = %q", w, stems[0])
		}
		seen := map[string]bool{}
		for _, s := range stems {
			if seen[s] {
				t.Errorf("Stems(%q) repeats %q", w, s)
			}
			seen[s] = true
		}
		for _, a := range as {
			if !seen[a.Stem] {
				t.Errorf("Stems(%q) lacks %q", w, a.Stem)
			}
		}
	}
	// A word that is only a suffix, or too short for a two-letter stem.
	for _, w := range []string{"дан", "нын", "га", "ны", "а", "'s", "Кара-дан", "Ошко-"} {
		if as := Analyze(w); len(as) != 1 {
			t.Errorf("Analyze(%q) = %s, want the identity reading only", w, describe(as))
		}
	}
	if Analyze("") != nil || Stems("") != nil {
		t.Error("the empty word must have no readings")
	}
}

func TestInvalidUTF8(t *testing.T) {
	w := "Сталин\xffге"
	for _, a := range Analyze(w) {
		if !utf8.ValidString(a.Stem) || !utf8.ValidString(a.Suffix) {
			t.Errorf("Analyze(%q): invalid UTF-8 in %+v", w, a)
		}
	}
}

func TestPerLanguage(t *testing.T) {
	for _, a := range Kyrgyz("Каменского")[1:] {
		if a.Lang != LangKyrgyz {
			t.Errorf("Kyrgyz: reading from %q", a.Lang)
		}
	}
	if got := Russian("Сталинге"); len(got) > 1 && got[1].Stem == "Сталин" {
		t.Errorf("Russian(Сталинге) read the Kyrgyz dative: %s", describe(got))
	}
	if got := Russian("Каменского"); len(got) < 2 || got[1].Stem != "Каменский" {
		t.Errorf("Russian(Каменского) = %s", describe(got))
	}
	if got := English("Сталинге"); len(got) != 1 {
		t.Errorf("English(Сталинге) = %s", describe(got))
	}
	if got := Kyrgyz("Stalin's"); len(got) != 1 {
		t.Errorf("Kyrgyz(Stalin's) = %s", describe(got))
	}
}

// TestLabels checks the whole first non-identity reading for a sample.
func TestLabels(t *testing.T) {
	cases := []struct {
		word string
		want Analysis
	}{
		{"Сталинге", Analysis{Stem: "Сталин", Suffix: "ге", Case: Dat, Lang: LangKyrgyz}},
		{"СТАЛИНГЕ", Analysis{Stem: "СТАЛИН", Suffix: "ГЕ", Case: Dat, Lang: LangKyrgyz}},
		{"кыргыздардын", Analysis{Stem: "кыргыз", Suffix: "дардын", Case: Gen, Plural: true, Lang: LangKyrgyz}},
		{"комитетинин", Analysis{Stem: "комитет", Suffix: "инин", Case: Gen, Poss: true, Lang: LangKyrgyz}},
		{"Республикасын", Analysis{Stem: "Республика", Suffix: "сын", Case: Acc, Poss: true, Lang: LangKyrgyz}},
		{"Москвадагылардын", Analysis{Stem: "Москва", Suffix: "дагылардын", Case: AttrLoc, Plural: true, Lang: LangKyrgyz}},
		{"Бухарадан", Analysis{Stem: "Бухара", Suffix: "дан", Case: Abl, Lang: LangKyrgyz}},
		{"Ташкентте", Analysis{Stem: "Ташкент", Suffix: "те", Case: Loc, Lang: LangKyrgyz}},
		{"Абдрахмановду", Analysis{Stem: "Абдрахманов", Suffix: "ду", Case: Acc, Lang: LangKyrgyz}},
		{"кыргыздар", Analysis{Stem: "кыргыз", Suffix: "дар", Case: Nom, Plural: true, Lang: LangKyrgyz}},
		{"Азиясы", Analysis{Stem: "Азия", Suffix: "сы", Case: Nom, Poss: true, Lang: LangKyrgyz}},
		{"Кремлдеги", Analysis{Stem: "Кремль", Suffix: "деги", Case: AttrLoc, Lang: LangKyrgyz}},
		{"Кара-Кыргызстандан", Analysis{Stem: "Кара-Кыргызстан", Suffix: "дан", Case: Abl, Lang: LangKyrgyz}},
		{"Сталину", Analysis{Stem: "Сталин", Suffix: "у", Case: Dat, Lang: LangRussian}},
		{"Сталиным", Analysis{Stem: "Сталин", Suffix: "ым", Case: Ins, Lang: LangRussian}},
		{"Москвы", Analysis{Stem: "Москва", Suffix: "ы", Case: Gen, Lang: LangRussian}},
		{"МОСКВЫ", Analysis{Stem: "МОСКВА", Suffix: "Ы", Case: Gen, Lang: LangRussian}},
		{"Каменского", Analysis{Stem: "Каменский", Suffix: "ого", Case: Gen, Lang: LangRussian}},
		{"Персию", Analysis{Stem: "Персия", Suffix: "ю", Case: Acc, Lang: LangRussian}},
		{"Ташкенте", Analysis{Stem: "Ташкент", Suffix: "е", Case: Prep, Lang: LangRussian}},
		{"Stalin’s", Analysis{Stem: "Stalin", Suffix: "’s", Case: Gen, Lang: LangEnglish}},
		{"Soviets'", Analysis{Stem: "Soviets", Suffix: "'", Case: Gen, Lang: LangEnglish}},
	}
	for _, tc := range cases {
		as := Analyze(tc.word)
		if len(as) < 2 || as[1] != tc.want {
			t.Errorf("Analyze(%q) = %s, want first %+v", tc.word, describe(as), tc.want)
		}
	}
}

func TestCaseString(t *testing.T) {
	if Gen.String() != "Gen" || AttrLoc.String() != "AttrLoc" || Case(200).String() != "Case(200)" {
		t.Errorf("Case.String: %s %s %s", Gen, AttrLoc, Case(200))
	}
}

// TestModest checks that over-generation stays modest on a mixed word list:
// on average at most three readings besides the identity.
func TestModest(t *testing.T) {
	total, words := 0, 0
	for _, w := range benchWords {
		total += len(Analyze(w)) - 1
		words++
	}
	if avg := float64(total) / float64(words); avg > 3 {
		t.Errorf("%.2f non-identity readings per word, want at most 3", avg)
	}
}
