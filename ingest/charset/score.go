package charset

import (
	"math"
	"unicode"

	"golang.org/x/text/encoding/charmap"
)

// ruFreq is the approximate share (per cent) of each lower-case letter in
// Russian prose. Only the shape matters: frequent letters, rare letters.
var ruFreq = map[rune]float64{
	'о': 10.97, 'е': 8.45, 'а': 8.01, 'и': 7.35, 'н': 6.70, 'т': 6.26, 'с': 5.47,
	'р': 4.73, 'в': 4.54, 'л': 4.40, 'к': 3.49, 'м': 3.21, 'д': 2.98, 'п': 2.81,
	'у': 2.62, 'я': 2.01, 'ы': 1.90, 'ь': 1.74, 'г': 1.70, 'з': 1.65, 'б': 1.59,
	'ч': 1.44, 'й': 1.21, 'х': 0.97, 'ж': 0.94, 'ш': 0.73, 'ю': 0.64, 'ц': 0.48,
	'щ': 0.36, 'э': 0.32, 'ф': 0.26, 'ъ': 0.04, 'ё': 0.04,
}

// Log-probabilities for what is not a Russian letter.
var (
	logOtherCyrillic = math.Log(0.0002) // і, ў, ђ …: possible, rare
	logPunct         = math.Log(0.004)  // « » — „ “ № …
	logLatinAccented = math.Log(0.004)  // é, ü in an English or French name
	logSymbol        = -14.0            // box drawing, currency, controls
	upperPenalty     = 1.5              // capitals are rarer than small letters
	casePenalty      = 4.0              // a capital after a small letter in one word
	scriptPenalty    = 4.0              // a Cyrillic letter glued to a Latin one
	runPenalty       = 3.0              // three accented Latin letters in a row
)

// score is the mean log-probability of the characters cm decodes from the
// non-ASCII bytes of b: higher is more plausible.
func score(b []byte, cm *charmap.Charmap) float64 {
	total, n := 0.0, 0
	prev := rune(' ') // decoded character before the current byte
	accentedRun := 0
	for i, x := range b {
		if x < 0x80 {
			prev = rune(x)
			accentedRun = 0
			continue
		}
		r := cm.DecodeByte(x)
		next := rune(' ')
		if i+1 < len(b) {
			if b[i+1] < 0x80 {
				next = rune(b[i+1])
			} else {
				next = cm.DecodeByte(b[i+1])
			}
		}
		total += charScore(r, prev, next, &accentedRun)
		n++
		prev = r
		if n >= 1<<16 { // plenty to decide on
			break
		}
	}
	if n == 0 {
		return 0
	}
	return total / float64(n)
}

func charScore(r, prev, next rune, accentedRun *int) float64 {
	switch {
	case unicode.Is(unicode.Cyrillic, r) && unicode.IsLetter(r):
		*accentedRun = 0
		lower := unicode.ToLower(r)
		s := logOtherCyrillic
		if f, ok := ruFreq[lower]; ok {
			s = math.Log(f / 100)
		}
		if r != lower {
			s -= upperPenalty
			if unicode.IsLower(prev) && unicode.Is(unicode.Cyrillic, prev) {
				s -= casePenalty
			}
		}
		if isASCIILetter(prev) || isASCIILetter(next) {
			s -= scriptPenalty
		}
		return s
	case unicode.IsLetter(r) && r < 0x0250:
		*accentedRun++
		s := logLatinAccented
		if *accentedRun >= 3 {
			s -= runPenalty
		}
		if unicode.Is(unicode.Cyrillic, prev) || unicode.Is(unicode.Cyrillic, next) {
			s -= scriptPenalty
		}
		return s
	case unicode.IsPunct(r) || r == '№' || r == '\u00a0' || r == '°' || r == '§':
		*accentedRun = 0
		return logPunct
	}
	*accentedRun = 0
	return logSymbol
}

func isASCIILetter(r rune) bool { return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') }
