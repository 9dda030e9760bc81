package morph

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzAnalyze checks the contract on arbitrary input: no panic, the
// identity reading first, every stem non-empty and valid UTF-8, every
// suffix an ending of the (repaired) word, and Stems consistent.
func FuzzAnalyze(f *testing.F) {
	for _, w := range []string{
		"Сталинге", "АССРнин", "ВКП(б)нын", "Кара-Кыргызстандан", "Stalin’s", "Soviets'",
		"Каменского", "Москвадагылардын", "облусунун", "Ошто", "дан", "-", "а-", "\xff\xfe",
		"Орто Азиядагы", "ӨҮҢ", "ССССССССССССССССССССССССССССССССССССССССССССССССССССССССС",
		"Ъь", ")нын", "1925-жылы", "Кремлдеги", "x's", "'s",
	} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, word string) {
		as := Analyze(word)
		if word == "" {
			if as != nil {
				t.Fatalf("Analyze(\"\") = %v", as)
			}
			return
		}
		valid := strings.ToValidUTF8(word, "\uFFFD")
		if len(as) == 0 || as[0].Stem != valid || as[0].Suffix != "" {
			t.Fatalf("Analyze(%q): identity reading missing: %v", word, as)
		}
		if len(as) > MaxReadings {
			t.Fatalf("Analyze(%q): %d readings", word, len(as))
		}
		for _, a := range as {
			if a.Stem == "" || !utf8.ValidString(a.Stem) || !utf8.ValidString(a.Suffix) {
				t.Fatalf("Analyze(%q): bad reading %+v", word, a)
			}
			if !strings.HasSuffix(valid, a.Suffix) {
				t.Fatalf("Analyze(%q): suffix %q is not an ending", word, a.Suffix)
			}
		}
		stems := Stems(word)
		if len(stems) == 0 || stems[0] != valid {
			t.Fatalf("Stems(%q) = %q", word, stems)
		}
		for _, s := range stems {
			if s == "" || !utf8.ValidString(s) {
				t.Fatalf("Stems(%q): bad stem %q", word, s)
			}
		}
	})
}
