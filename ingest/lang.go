package ingest

import (
	"sort"
	"strings"
	"unicode"
)

// Languages guesses which of Dossier's languages a text is in, from its
// letters, paragraph by paragraph: Latin letters count for English;
// a paragraph's Cyrillic letters count for Kyrgyz when ө, ү, ң make at least
// one letter in a hundred (Kyrgyz prose has them every few words), for
// Kazakh when ә, ғ, қ, ұ, һ do, and for Russian otherwise. Languages with
// at least a twentieth of the letters are listed, the largest share first.
func Languages(text string) []string {
	count := map[string]int{}
	total := 0
	for _, p := range strings.Split(text, "\n\n") {
		latin, cyr, lang := paragraphLetters(p)
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

// paragraphLetters counts a paragraph's Latin and Cyrillic letters and
// decides the language of the Cyrillic ones.
func paragraphLetters(p string) (latin, cyr int, lang string) {
	ky, kk := 0, 0
	for _, r := range p {
		switch {
		case r < 0x80: // the common cases first, without table lookups
			if r|0x20 >= 'a' && r|0x20 <= 'z' {
				latin++
			}
			continue
		case r >= 0x410 && r <= 0x44f: // А-я
			cyr++
			continue
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
