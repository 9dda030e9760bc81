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
func IsCyrillic(r rune) bool { return textcase.IsCyrillic(r) }

// HasCyrillic reports whether s contains a Cyrillic letter.
func HasCyrillic(s string) bool { return firstCyrillic(s) < len(s) }

// firstCyrillic is the index in s of its first Cyrillic letter, len(s) for
// none.
func firstCyrillic(s string) int {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++ // ASCII, a byte at a time
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if textcase.IsCyrillic(r) {
			return i
		}
		i += n
	}
	return len(s)
}

// Latin romanises s, keeping case shape (Жусуп → Zhusup, ЖАМУ → ZHAMU) and
// leaving non-Cyrillic characters as they are. Е at the start of a word or
// after a vowel is "Ye" in Russian practice, but Kyrgyz and most catalogues
// write it "E"; Latin writes "E" everywhere, which is what the gazetteers use.
// (A byte that is not UTF-8 comes out as U+FFFD once there is a Cyrillic
// letter to romanise.)
func Latin(s string) string {
	first := firstCyrillic(s)
	if first == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	// the runes before the first Cyrillic letter are none the table
	// romanises: copied, but for broken bytes
	prev, hasPrev := rune(0), false
	for i := 0; i < first; {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if n == 1 && r >= utf8.RuneSelf {
			b.WriteRune(r)
		} else {
			b.WriteString(s[i : i+n])
		}
		prev, hasPrev = r, true
		i += n
	}
	for i := first; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		t, ok := romanOf(r)
		if !ok {
			b.WriteRune(r)
			prev, hasPrev = r, true
			continue
		}
		if t == "" {
			prev, hasPrev = r, true
			continue
		}
		next, hasNext := rune(0), i < len(s)
		if hasNext {
			next, _ = utf8.DecodeRuneInString(s[i:])
		}
		if t == "ng" && textcase.ToLower(r) == 'ң' && hasNext && (textcase.ToLower(next) == 'г' || textcase.ToLower(next) == 'к') {
			t = "n" // Чыңгыз → Chyngyz, not Chynggyz
		}
		if textcase.IsUpper(r) {
			// all-caps word: upper the whole romanisation; otherwise title-case it
			allCaps := hasNext && textcase.IsUpper(next) || hasPrev && textcase.IsUpper(prev) && (!hasNext || !textcase.IsLetter(next))
			for j, c := range t {
				if j == 0 || allCaps {
					c = unicode.ToUpper(c)
				}
				b.WriteRune(c)
			}
		} else {
			b.WriteString(t)
		}
		prev, hasPrev = r, true
	}
	return b.String()
}

// romanOf is the romanisation of the Cyrillic letter r in the table, by
// its lower case; false for a rune the table lacks.
func romanOf(r rune) (string, bool) {
	if r < 0x400 {
		return "", false // the table's letters and their capitals are all above
	}
	lr := textcase.ToLower(r)
	if 0x400 <= lr && lr < 0x500 {
		// the whole table is in the Cyrillic block
		e := &romanBlock[lr-0x400]
		return e.roman, e.ok
	}
	return "", false
}

// romanEntry is table's answer for one rune: its romanisation, and
// whether the table has it (ъ and ь have it, as "").
type romanEntry struct {
	roman string
	ok    bool
}

// romanBlock is table as an array over the Cyrillic block U+0400–U+04FF,
// where all its letters are, read without hashing; it is never written
// after it is made.
var romanBlock = func() (block [0x100]romanEntry) {
	for r, t := range table {
		block[r-0x400] = romanEntry{t, true}
	}
	return block
}()

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
	var buf [64]byte
	low, ok := appendRomanLower(buf[:0], s)
	if !ok {
		low = append(buf[:0], textcase.Lower(ASCII(Latin(s)))...)
	}
	var outBuf [64]byte
	out := outBuf[:0] // the slug is never longer than low but for its dashes
	dash := false
	for _, c := range low {
		if (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
			if dash && len(out) > 0 {
				out = append(out, '-')
			}
			dash = false
			out = append(out, c)
			continue
		}
		if c == '\'' {
			continue
		}
		// any other byte, of a rune of any length, is a gap (a rune
		// spans several bytes, all of them ≥ 0x80)
		dash = true
	}
	return string(out)
}
