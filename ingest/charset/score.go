package charset

import (
	"math"
	"unicode"

	"golang.org/x/text/encoding/charmap"
)

// ruLogFreq is the natural log of the approximate share of each
// lower-case letter in Russian prose. Only the shape matters: frequent
// letters, rare letters.
var ruLogFreq = logShares(map[rune]float64{
	'о': 10.97, 'е': 8.45, 'а': 8.01, 'и': 7.35, 'н': 6.70, 'т': 6.26, 'с': 5.47,
	'р': 4.73, 'в': 4.54, 'л': 4.40, 'к': 3.49, 'м': 3.21, 'д': 2.98, 'п': 2.81,
	'у': 2.62, 'я': 2.01, 'ы': 1.90, 'ь': 1.74, 'г': 1.70, 'з': 1.65, 'б': 1.59,
	'ч': 1.44, 'й': 1.21, 'х': 0.97, 'ж': 0.94, 'ш': 0.73, 'ю': 0.64, 'ц': 0.48,
	'щ': 0.36, 'э': 0.32, 'ф': 0.26, 'ъ': 0.04, 'ё': 0.04,
})

func logShares(percent map[rune]float64) map[rune]float64 {
	out := make(map[rune]float64, len(percent))
	for r, p := range percent {
		out[r] = math.Log(p / 100)
	}
	return out
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

// class is what a decoded character is, for scoring.
type class uint8

const (
	ascii class = iota
	asciiLetter
	cyrLower
	cyrUpper
	latinAccented
	punct
	symbol
)

func classify(r rune) class {
	switch {
	case r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z'):
		return asciiLetter
	case r < 0x80:
		return ascii
	case unicode.Is(unicode.Cyrillic, r) && unicode.IsLetter(r):
		if unicode.IsUpper(r) {
			return cyrUpper
		}
		return cyrLower
	case unicode.IsLetter(r) && r < 0x0250:
		return latinAccented
	case unicode.IsPunct(r) || r == '№' || r == '\u00a0' || r == '°' || r == '§':
		return punct
	}
	return symbol
}

// score is the mean log-probability of the characters cm decodes from the
// non-ASCII bytes of b: higher is more plausible. Each character scores by
// its frequency in Russian (Cyrillic letters) or a flat rate (accented
// Latin letters, punctuation), less penalties for a capital after a small
// letter, for Cyrillic glued to Latin, and for runs of accented letters.
func score(b []byte, cm *charmap.Charmap) float64 {
	var cls [256]class
	var base [256]float64
	for i := 0; i < 256; i++ {
		r := rune(i)
		if i >= 0x80 {
			r = cm.DecodeByte(byte(i))
		}
		cls[i] = classify(r)
		switch cls[i] {
		case cyrLower, cyrUpper:
			base[i] = logOtherCyrillic
			if f, ok := ruLogFreq[unicode.ToLower(r)]; ok {
				base[i] = f
			}
			if cls[i] == cyrUpper {
				base[i] -= upperPenalty
			}
		case latinAccented:
			base[i] = logLatinAccented
		case punct:
			base[i] = logPunct
		default:
			base[i] = logSymbol
		}
	}
	total, n := 0.0, 0
	prev := ascii
	run := 0 // accented Latin letters in a row
	for i, x := range b {
		c := cls[x]
		if x < 0x80 {
			prev, run = c, 0
			continue
		}
		next := ascii
		if i+1 < len(b) {
			next = cls[b[i+1]]
		}
		s := base[x]
		switch c {
		case cyrLower, cyrUpper:
			run = 0
			if c == cyrUpper && prev == cyrLower {
				s -= casePenalty
			}
			if prev == asciiLetter || next == asciiLetter {
				s -= scriptPenalty
			}
		case latinAccented:
			run++
			if run >= 3 {
				s -= runPenalty
			}
			if prev == cyrLower || prev == cyrUpper || next == cyrLower || next == cyrUpper {
				s -= scriptPenalty
			}
		default:
			run = 0
		}
		total += s
		n++
		prev = c
		if n >= 1<<16 { // plenty to decide on
			break
		}
	}
	if n == 0 {
		return 0
	}
	return total / float64(n)
}
