package translit

import (
	"strings"

	"github.com/dossier-kg/dossier/internal/textcase"
)

// Key is a loose match key for a name in any of the three scripts: the name
// romanised, lower-cased, stripped to letters, with the spellings that
// romanisation traditions disagree on folded together (dzh/zh/j/ž, kh/h,
// yu/iu/u after a consonant, ya/ia, ts/c, final -iy/-ii/-yi/-y, doubled
// letters, y/i, e/ye). Two spellings of one name usually share a key or have
// keys within a small edit distance; see Similarity.
func Key(s string) string {
	s = textcase.Lower(ASCII(Latin(s)))
	var b strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	k := b.String()
	for _, p := range keyFolds {
		k = strings.ReplaceAll(k, p[0], p[1])
	}
	// final -iy/-ii/-yi → i
	for _, suf := range []string{"iy", "ii", "yi", "ij"} {
		if strings.HasSuffix(k, suf) && len(k) > 3 {
			k = k[:len(k)-len(suf)] + "i"
			break
		}
	}
	k = strings.ReplaceAll(k, "y", "i")
	return squeeze(k)
}

var keyFolds = [][2]string{
	{"shch", "sh"}, {"dzh", "j"}, {"dj", "j"}, {"zh", "j"}, {"kh", "h"}, {"gh", "g"},
	{"tsh", "ch"}, {"ts", "c"}, {"tz", "c"}, {"yu", "u"}, {"iu", "u"}, {"ya", "a"},
	{"ia", "a"}, {"yo", "o"}, {"ye", "e"}, {"ck", "k"}, {"q", "k"}, {"x", "ks"},
	{"w", "v"}, {"ph", "f"}, {"ng", "n"},
}

// squeeze drops doubled letters (Mukhitdinov/Mukhiddinov stay apart, but
// Ikramov/Ikkramov and Abdullah/Abdulla fold).
func squeeze(s string) string {
	if len(s) < 2 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i] == s[i-1] {
			continue
		}
		b = append(b, s[i])
	}
	out := string(b)
	out = strings.TrimSuffix(out, "h") // Abdullah ~ Abdulla
	return out
}

// Similarity is the Jaro-Winkler similarity of the keys of a and b, in [0, 1].
// On tested name pairs a threshold near 0.9 separated spellings of one name
// from different names.
func Similarity(a, b string) float64 {
	return JaroWinkler(Key(a), Key(b))
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
