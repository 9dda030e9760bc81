// Package translit romanises Cyrillic names (Russian, Kyrgyz, Kazakh) and
// computes loose match keys under which the romanisations different
// traditions use (Zh/J/Ž, Kh/H, Yu/Iu, -iy/-ii) compare equal.
//
// Latin is for display and IRIs: a BGN/PCGN-like scheme (Жусуп Абдрахманов →
// Zhusup Abdrakhmanov, Өзбекстан → Özbekstan). Key is for comparison only.
package translit

import (
	"github.com/dossier-kg/dossier/internal/textcase"
	"strings"
	"unicode"
	"unicode/utf8"
)

// table maps lower-case Cyrillic letters to their romanisation.
var table = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "yo",
	'ж': "zh", 'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m",
	'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u",
	'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	// Kyrgyz, Kazakh, Uzbek, Tatar, legacy letters
	'ө': "ö", 'ү': "ü", 'ң': "ng", 'ә': "ä", 'ғ': "gh", 'қ': "q", 'ұ': "u",
	'һ': "h", 'і': "i", 'ӊ': "ng", 'ҥ': "ng", 'ў': "o", 'ҳ': "h", 'ҷ': "j",
	'ӣ': "i", 'ӯ': "u", 'ѣ': "e", 'ѳ': "f", 'ѵ': "i", 'є': "ye", 'ї': "yi",
	'ґ': "g", 'ӑ': "a", 'ӗ': "e", 'ҫ': "s", 'ӳ': "u", 'ҙ': "z", 'ҡ': "q",
}

// IsCyrillic reports whether r is a Cyrillic letter.
func IsCyrillic(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }

// HasCyrillic reports whether s contains a Cyrillic letter.
func HasCyrillic(s string) bool {
	for _, r := range s {
		if IsCyrillic(r) {
			return true
		}
	}
	return false
}

// Latin romanises s, keeping case shape (Жусуп → Zhusup, ЖАМУ → ZHAMU) and
// leaving non-Cyrillic characters as they are. Е at the start of a word or
// after a vowel is "Ye" in Russian practice, but Kyrgyz and most catalogues
// write it "E"; Latin writes "E" everywhere, which is what the gazetteers use.
func Latin(s string) string {
	if !HasCyrillic(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	rs := []rune(s)
	for i, r := range rs {
		lr := unicode.ToLower(r)
		t, ok := table[lr]
		if !ok {
			b.WriteRune(r)
			continue
		}
		if t == "" {
			continue
		}
		if lr == 'ң' && i+1 < len(rs) && (unicode.ToLower(rs[i+1]) == 'г' || unicode.ToLower(rs[i+1]) == 'к') {
			t = "n" // Чыңгыз → Chyngyz, not Chynggyz
		}
		if unicode.IsUpper(r) {
			// all-caps word: upper the whole romanisation; otherwise title-case it
			allCaps := (i+1 < len(rs) && unicode.IsUpper(rs[i+1])) || (i > 0 && unicode.IsUpper(rs[i-1]) && (i+1 == len(rs) || !unicode.IsLetter(rs[i+1])))
			if allCaps {
				t = strings.ToUpper(t)
			} else {
				first, n := utf8.DecodeRuneInString(t)
				t = string(unicode.ToUpper(first)) + t[n:]
			}
		}
		b.WriteString(t)
	}
	return b.String()
}

// ASCII folds a Latin string to plain ASCII letters and digits for slugs:
// diacritics dropped (ö → o, Ē → E), other characters kept.
func ASCII(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s // ASCII already: no copy
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	s = s[i:]
	for _, r := range s {
		if r < utf8.RuneSelf {
			b.WriteRune(r)
			continue
		}
		if f, ok := fold[r]; ok {
			b.WriteString(f)
			continue
		}
		if IsCyrillic(r) {
			// a Cyrillic letter the table does not romanise (Serbian Ђ)
			// stays as it is
			if l := Latin(string(r)); l != string(r) {
				b.WriteString(ASCII(l))
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

var fold = map[rune]string{
	'ö': "o", 'ü': "u", 'ä': "a", 'Ö': "O", 'Ü': "U", 'Ä': "A", 'é': "e", 'è': "e",
	'ē': "e", 'Ē': "E", 'ā': "a", 'Ā': "A", 'ī': "i", 'ū': "u", 'ō': "o", 'ž': "zh",
	'Ž': "Zh", 'š': "sh", 'Š': "Sh", 'č': "ch", 'Č': "Ch", 'ğ': "g", 'ş': "s",
	'Ş': "S", 'ı': "i", 'İ': "I", 'ç': "c", 'Ç': "C", 'ñ': "n", 'á': "a", 'í': "i",
	'ó': "o", 'ú': "u", 'à': "a", 'â': "a", 'ê': "e", 'î': "i", 'ô': "o", 'û': "u",
	'ß': "ss", 'ø': "o", 'å': "a", 'æ': "ae", 'œ': "oe", 'ł': "l", 'Ł': "L",
	'ʼ': "", '’': "", 'ʻ': "", 'ʹ': "",
}

// Slug makes a lower-case ASCII slug: letters and digits, words joined by '-'.
func Slug(s string) string {
	s = textcase.Lower(ASCII(Latin(s)))
	var b strings.Builder
	dash := false
	for _, r := range s {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		if r == '\'' {
			continue
		}
		dash = true
	}
	return b.String()
}
