package translit

import (
	"unicode/utf8"

	"github.com/dossier-kg/dossier/internal/textcase"
)

// Key is a loose match key for a name in any of the three scripts: the name
// romanised, lower-cased, stripped to letters, with the spellings that
// romanisation traditions disagree on folded together (dzh/zh/j/ž, kh/h,
// yu/iu/u after a consonant, ya/ia, ts/c, final -iy/-ii/-yi/-y, doubled
// letters, y/i, e/ye). Two spellings of one name usually share a key or have
// keys within a small edit distance; see Similarity.
func Key(s string) string {
	// the letters of the name, then the folds, in two buffers on the stack
	// for names of common length
	var bufA, bufB [64]byte
	low, ok := appendRomanLower(bufA[:0], s)
	if !ok {
		low = append(bufA[:0], textcase.Lower(ASCII(Latin(s)))...)
	}
	k := keepLetters(low)
	return string(foldKey(k, bufB[:0]))
}

// appendRomanLower appends to dst textcase.Lower(ASCII(Latin(s))), the
// start of Key and Slug, for names in ASCII and Cyrillic, rune by rune,
// except that a Cyrillic rune the table lacks (Ђ, which stays as it is)
// is the one byte 0xFF: its consumers only need to know it is no letter a
// to z, digit or apostrophe. It reports false, and dst is to be dropped,
// for a name with any other rune (ö, ž), which takes the long way.
func appendRomanLower(dst []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			dst = append(dst, lowerASCII(s[i]))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r < 0x400 || r >= 0x530 {
			return dst, false
		}
		i += n
		// Latin romanises a Cyrillic letter by its lower case
		t, ok := romanOf(r)
		if !ok {
			dst = append(dst, 0xFF)
			continue
		}
		if t == "ng" && textcase.ToLower(r) == 'ң' && i < len(s) {
			if next, _ := utf8.DecodeRuneInString(s[i:]); textcase.ToLower(next) == 'г' || textcase.ToLower(next) == 'к' {
				t = "n" // as Latin: Чыңгыз → Chyngyz
			}
		}
		for j := 0; j < len(t); j++ {
			if c := t[j]; c < utf8.RuneSelf {
				dst = append(dst, c)
				continue
			}
			// ö, ü, ä, which ASCII folds to o, u, a in either case
			f, m := utf8.DecodeRuneInString(t[j:])
			dst = append(dst, fold[f]...)
			j += m - 1
		}
	}
	return dst, true
}

// lowerASCII is the lower case of an ASCII byte.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// keepLetters keeps the letters a to z of b, in place.
func keepLetters(b []byte) []byte {
	w := 0
	for _, c := range b {
		if 'a' <= c && c <= 'z' {
			b[w] = c
			w++
		}
	}
	return b[:w]
}

// letterBits is the set of the letters a to z of s, a bit per letter.
func letterBits[T string | []byte](s T) uint32 {
	var m uint32
	for i := 0; i < len(s); i++ {
		m |= 1 << (s[i] - 'a')
	}
	return m
}

// foldKey applies keyFolds, the final -iy, y → i and squeeze to the
// letters k, as Key does; spare is a second buffer for the folds that
// lengthen the key. It may reuse the memory of k and spare.
func foldKey(k, spare []byte) []byte {
	// a fold whose letters the key lacks cannot apply: the set of letters
	// present skips most of them, and only grows as folds apply
	have := letterBits(k)
	for _, p := range keyFolds {
		old, repl := p[0], p[1]
		if letterBits(old)&^have != 0 {
			continue
		}
		if len(repl) <= len(old) {
			k = replaceInPlace(k, old, repl)
		} else {
			out := replaceInto(spare[:0], k, old, repl)
			k, spare = out, k
		}
		have |= letterBits(repl)
	}
	for _, suf := range []string{"iy", "ii", "yi", "ij"} {
		if len(k) > 3 && len(k) >= len(suf) && string(k[len(k)-2:]) == suf {
			k = append(k[:len(k)-2], 'i')
			break
		}
	}
	for i, c := range k {
		if c == 'y' {
			k[i] = 'i'
		}
	}
	if len(k) < 2 {
		return k
	}
	w := 1
	for i := 1; i < len(k); i++ {
		if k[i] != k[i-1] {
			k[w] = k[i]
			w++
		}
	}
	k = k[:w]
	if k[w-1] == 'h' {
		k = k[:w-1] // Abdullah ~ Abdulla
	}
	return k
}

// replaceInPlace is strings.ReplaceAll(k, old, repl) over k itself, for a
// repl no longer than old.
func replaceInPlace(k []byte, old, repl string) []byte {
	w := 0
	for i := 0; i < len(k); {
		if k[i] == old[0] && len(k)-i >= len(old) && string(k[i:i+len(old)]) == old {
			w += copy(k[w:], repl)
			i += len(old)
			continue
		}
		k[w] = k[i]
		w++
		i++
	}
	return k[:w]
}

// replaceInto appends strings.ReplaceAll(k, old, repl) to dst.
func replaceInto(dst, k []byte, old, repl string) []byte {
	for i := 0; i < len(k); {
		if k[i] == old[0] && len(k)-i >= len(old) && string(k[i:i+len(old)]) == old {
			dst = append(dst, repl...)
			i += len(old)
			continue
		}
		dst = append(dst, k[i])
		i++
	}
	return dst
}

var keyFolds = [][2]string{
	{"shch", "sh"}, {"dzh", "j"}, {"dj", "j"}, {"zh", "j"}, {"kh", "h"}, {"gh", "g"},
	{"tsh", "ch"}, {"ts", "c"}, {"tz", "c"}, {"yu", "u"}, {"iu", "u"}, {"ya", "a"},
	{"ia", "a"}, {"yo", "o"}, {"ye", "e"}, {"ck", "k"}, {"q", "k"}, {"x", "ks"},
	{"w", "v"}, {"ph", "f"}, {"ng", "n"},
}

// Similarity is the Jaro-Winkler similarity of the keys of a and b, in [0, 1].
// On tested name pairs a threshold near 0.9 separated spellings of one name
// from different names.
func Similarity(a, b string) float64 {
	return JaroWinkler(Key(a), Key(b))
}

// JaroWinklerBound is an upper bound of JaroWinkler(a, b), never below it,
// that costs a pass over each string: a pair whose bound is under a
// threshold need not be compared. It takes every letter the two share, as
// often as both have it, for a match, and no transposition.
func JaroWinklerBound(a, b string) float64 {
	la, lb := len(a), len(b)
	if la == 0 || lb == 0 {
		return 0
	}
	if la > 255 {
		return 1 // beyond the counts below; no bound
	}
	// the letters in 32 counts (by the low five bits: a-z apart), which
	// can only overcount the shared letters
	var count [32]uint8
	for i := 0; i < la; i++ {
		count[a[i]&31]++
	}
	shared := 0
	for i := 0; i < lb; i++ {
		if c := &count[b[i]&31]; *c > 0 {
			*c--
			shared++
		}
	}
	if shared == 0 {
		return 1e-9 // JaroWinkler is 0, or 1 for equal strings, which share letters
	}
	m := float64(shared)
	jaro := (m/float64(la) + m/float64(lb) + 1) / 3
	prefix := 0
	for i := 0; i < min(4, min(la, lb)); i++ {
		if a[i] != b[i] {
			break
		}
		prefix++
	}
	// a margin for rounding: the two are computed alike but not equally
	return jaro + float64(prefix)*0.1*(1-jaro) + 1e-9
}

// JaroWinkler computes the Jaro-Winkler similarity of two ASCII strings.
func JaroWinkler(a, b string) float64 {
	if a == b {
		return 1
	}
	la, lb := len(a), len(b)
	if la == 0 || lb == 0 {
		return 0
	}
	window := max(la, lb)/2 - 1
	if window < 0 {
		window = 0
	}
	// the matched marks, on the stack for names of common length
	var bufA, bufB [64]bool
	var ma, mb []bool
	if la <= len(bufA) && lb <= len(bufB) {
		ma, mb = bufA[:la], bufB[:lb]
	} else {
		ma, mb = make([]bool, la), make([]bool, lb)
	}
	matches := 0
	for i := 0; i < la; i++ {
		lo := max(0, i-window)
		hi := min(lb, i+window+1)
		for j := lo; j < hi; j++ {
			if mb[j] || a[i] != b[j] {
				continue
			}
			ma[i], mb[j] = true, true
			matches++
			break
		}
	}
	if matches == 0 {
		return 0
	}
	trans := 0
	k := 0
	for i := 0; i < la; i++ {
		if !ma[i] {
			continue
		}
		for !mb[k] {
			k++
		}
		if a[i] != b[k] {
			trans++
		}
		k++
	}
	m := float64(matches)
	jaro := (m/float64(la) + m/float64(lb) + (m-float64(trans)/2)/m) / 3
	prefix := 0
	for i := 0; i < min(4, min(la, lb)); i++ {
		if a[i] != b[i] {
			break
		}
		prefix++
	}
	return jaro + float64(prefix)*0.1*(1-jaro)
}
