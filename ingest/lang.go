package ingest

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Languages guesses which of Dossier's languages a text is in, from its
// letters, paragraph by paragraph: Latin letters count for English;
// a paragraph's Cyrillic letters count for Kyrgyz when ө, ү, ң make at least
// one letter in a hundred (Kyrgyz prose has them every few words), for
// Kazakh when ә, ғ, қ, ұ, һ do, and for Russian otherwise. Languages with
// at least a twentieth of the letters are listed, the largest share first.
func Languages(text string) []string {
	// the languages a paragraph's letters count for, in the order of the
	// tie-break (by name)
	langs := [...]string{"en", "kk", "ky", "ru"}
	var count [len(langs)]int
	total := 0
	for rest := text; ; {
		p, next, more := strings.Cut(rest, "\n\n")
		latin, cyr, lang := paragraphLetters(p)
		count[0] += latin
		for k := range langs {
			if langs[k] == lang {
				count[k] += cyr
			}
		}
		total += latin + cyr
		if !more {
			break
		}
		rest = next
	}
	var keep []int // indices of langs, kept in name order
	for k, n := range count {
		if n > 0 && n*20 >= total {
			keep = append(keep, k)
		}
	}
	// the largest share first, ties in name order
	sort.SliceStable(keep, func(i, j int) bool { return count[keep[i]] > count[keep[j]] })
	var out []string
	for _, k := range keep {
		out = append(out, langs[k])
	}
	return out
}

// paragraphLetters counts a paragraph's Latin and Cyrillic letters and
// decides the language of the Cyrillic ones.
func paragraphLetters(p string) (latin, cyr int, lang string) {
	ky, kk := 0, 0
	for i := 0; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf { // the common cases first, without decoding
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				latin++
			}
			i++
			continue
		}
		if i+1 < len(p) && (c == 0xD0 && 0x90 <= p[i+1] && p[i+1] <= 0xBF || c == 0xD1 && 0x80 <= p[i+1] && p[i+1] <= 0x8F) {
			cyr++ // А-я, U+0410-U+044F
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(p[i:])
		i += n
		switch {
		case !unicode.IsLetter(r):
		case unicode.Is(unicode.Latin, r):
			latin++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
			switch unicode.ToLower(r) {
			case 'ө', 'ү', 'ң', 'ӊ', 'ҥ':
				ky++
			case 'ә', 'ғ', 'қ', 'ұ', 'һ':
				kk++
			}
		}
	}
	switch {
	case kk > ky && kk*100 >= cyr:
		return latin, cyr, "kk"
	case ky > 0 && ky*100 >= cyr:
		return latin, cyr, "ky"
	}
	return latin, cyr, "ru"
}
