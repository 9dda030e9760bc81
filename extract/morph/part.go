package morph

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// maxRunes is the longest part (in runes) that is analysed; a longer one is
// not a name and gets the identity reading only. It must stay below 64: the
// letter-case and vowel sets of a part are bit masks.
const maxRunes = 48

// part is the analysed part of a word (after its last hyphen or space),
// lower-cased rune by rune, with byte offsets into the whole word and bit
// sets (bit i = rune i) of its upper-case letters, lower-case letters and
// vowels.
type part struct {
	n      int
	r      [maxRunes]rune
	off    [maxRunes + 1]int32 // off[i]: byte offset of rune i in the word
	upper  uint64
	lower  uint64
	vowels uint64
	cyr    bool // has a Cyrillic letter
	lat    bool // has a Latin letter
	kyOnly bool // has a letter only Kyrgyz uses (ө ү ң)
	digit  bool // has an ASCII digit
	hyphen bool // the part follows a hyphen
	marked bool // the word before the part has a capital or a digit
}

// Results of part.load.
const (
	loadOK      = iota
	loadTooLong // the part is longer than maxRunes: not a name
	loadInvalid // the word is not valid UTF-8
)

// load fills p from the part of word after its last hyphen or space, in
// one pass over the word.
func (p *part) load(word string) int {
	n := 0
	over, bad := false, false
	for i, w := 0, 0; i < len(word); i += w {
		c := rune(word[i])
		w = 1
		if c >= 0x80 {
			c, w = decodeRune(word, i)
		}
		if c == utf8.RuneError {
			bad = true // or a genuine U+FFFD: checked below
		}
		if c < 0x80 && (c == '-' || c == ' ' || (c >= '\t' && c <= '\r')) || c >= 0x80 && isSepSlow(c) {
			p.marked = p.marked || p.upper != 0 || p.digit
			p.upper, p.lower, p.vowels = 0, 0, 0
			p.cyr, p.lat, p.kyOnly, p.digit = false, false, false, false
			p.hyphen = c != ' ' && !unicode.IsSpace(c)
			n, over = 0, false
			continue
		}
		if n == maxRunes {
			over = true
			continue
		}
		p.off[n] = int32(i)
		bit := uint64(1) << n
		lc := c
		switch {
		case c >= 'а' && c <= 'я':
			p.lower |= bit
			p.cyr = true
		case c >= 'А' && c <= 'Я':
			lc = c + ('а' - 'А')
			p.upper |= bit
			p.cyr = true
		case c >= 'a' && c <= 'z':
			p.lower |= bit
			p.lat = true
		case c >= 'A' && c <= 'Z':
			lc = c + ('a' - 'A')
			p.upper |= bit
			p.lat = true
		case c >= '0' && c <= '9':
			p.digit = true
		case c < 0x80:
			// punctuation: no case, no script
		default:
			if unicode.IsUpper(c) {
				lc = unicode.ToLower(c)
				p.upper |= bit
			} else if unicode.IsLower(c) {
				p.lower |= bit
			}
			if c >= 0x400 && c <= 0x52F {
				p.cyr = true
			} else if unicode.Is(unicode.Latin, c) {
				p.lat = true
			}
			if lc == 'ө' || lc == 'ү' || lc == 'ң' {
				p.kyOnly = true
			}
		}
		if vowelClass(lc) != vNone {
			p.vowels |= bit
		}
		p.r[n] = lc
		n++
	}
	p.off[n] = int32(len(word))
	p.n = n
	switch {
	case bad && !utf8.ValidString(word):
		return loadInvalid
	case over:
		return loadTooLong
	}
	return loadOK
}

// decodeRune decodes the rune at word[i], inline for the two-byte
// sequences of Cyrillic.
func decodeRune(word string, i int) (rune, int) {
	if b := word[i]; b >= 0xC2 && b < 0xE0 && i+1 < len(word) && word[i+1]&0xC0 == 0x80 {
		return rune(b&0x1F)<<6 | rune(word[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(word[i:])
}

// isSepSlow reports the non-ASCII hyphens and spaces that split a word.
func isSepSlow(c rune) bool {
	return c == 0x85 || c == 0xA0 || c >= 0x1680 && (c == '\u2010' || c == '\u2011' || unicode.IsSpace(c))
}

// below returns the bit set of runes 0..k-1.
func below(k int) uint64 { return uint64(1)<<uint(k) - 1 }

func (p *part) isUpper(i int) bool { return p.upper>>uint(i)&1 != 0 }
func (p *part) isLower(i int) bool { return p.lower>>uint(i)&1 != 0 }

// allUpper reports a word written in capitals (two or more, no lower case).
func (p *part) allUpper() bool {
	return p.lower == 0 && bits.OnesCount64(p.upper) >= 2
}

// hasLetter reports whether r[:k] contains a cased letter.
func (p *part) hasLetter(k int) bool { return (p.upper|p.lower)&below(k) != 0 }

// boundary reports an abbreviation stem r[:k] with a lower-case suffix
// after it: two or more capitals in the stem, which ends in a capital or a
// closing bracket (ВКП(б)), and a lower-case letter at k (АССР|нин).
func (p *part) boundary(k int) bool {
	if k <= 0 || k >= p.n || !p.isLower(k) {
		return false
	}
	if !p.isUpper(k-1) && p.r[k-1] != ')' {
		return false
	}
	return bits.OnesCount64(p.upper&below(k)) >= 2
}

// upperSuffix reports a cut at k that would strip an upper-case letter from
// a word that also has lower-case ones: in such a word (Сталинге, АССРнин,
// ОГПУнун) suffixes are written in lower case, so ОГП+Унун is no reading.
func (p *part) upperSuffix(k int) bool { return p.lower != 0 && k < p.n && p.isUpper(k) }

// lenient reports whether a Kyrgyz suffix after r[:k] may take any
// allomorph: the left part is an abbreviation, read by letter names whose
// last sound the spelling does not show. That is a boundary stem, a short
// stem of a word in capitals (СССРДИН) or a vowelless stem in one case.
func (p *part) lenient(k int) bool {
	if p.boundary(k) {
		return true
	}
	noVowel := p.vowels&below(k) == 0
	if p.allUpper() {
		return k <= 5 || noVowel
	}
	if noVowel {
		m := below(k)
		return p.upper&m == 0 || p.lower&m == 0
	}
	return false
}

// lastVowel returns the harmony class of the last vowel in r[:k].
func (p *part) lastVowel(k int) uint8 {
	m := p.vowels & below(k)
	if m == 0 {
		return vNone
	}
	return vowelClass(p.r[bits.Len64(m)-1])
}

// finalSound returns the sound class of the end of r[:k], looking through a
// soft or hard sign (Кремль+де is judged on л).
func (p *part) finalSound(k int) uint8 {
	i := k - 1
	for i >= 0 && (p.r[i] == 'ь' || p.r[i] == 'ъ') {
		i--
	}
	if i < 0 {
		return sOther
	}
	return soundClass(p.r[i])
}

// endsWith reports whether r[:k] ends with the runes e.
func (p *part) endsWith(k int, e []rune) bool {
	if k < len(e) {
		return false
	}
	for i, c := range e {
		if p.r[k-len(e)+i] != c {
			return false
		}
	}
	return true
}

// Vowel harmony classes, by the vowel's row and rounding.
const (
	vNone uint8 = iota
	vA          // а ы я: back unrounded
	vE          // е и э: front unrounded
	vO          // о ё: back rounded, low
	vU          // у ю: back rounded, high (takes а, tolerates о)
	vOE         // ө: front rounded, low
	vUE         // ү: front rounded, high
)

// cyrVowels maps а..я to harmony classes.
var cyrVowels = [32]uint8{
	0: vA /* а */, 'ы' - 'а': vA, 'я' - 'а': vA,
	'е' - 'а': vE, 'и' - 'а': vE, 'э' - 'а': vE,
	'о' - 'а': vO,
	'у' - 'а': vU, 'ю' - 'а': vU,
}

func vowelClass(c rune) uint8 {
	if c >= 'а' && c <= 'я' {
		return cyrVowels[c-'а']
	}
	switch c {
	case 'а', 'ы', 'я':
		return vA
	case 'е', 'и', 'э':
		return vE
	case 'о', 'ё':
		return vO
	case 'у', 'ю':
		return vU
	case 'ө':
		return vOE
	case 'ү':
		return vUE
	}
	return vNone
}

// harmonic reports whether the suffix vowel v may follow a syllable of
// harmony class cl; low selects the low archiphoneme A (а е о ө), otherwise
// the high one I (ы и у ү).
func harmonic(cl uint8, v rune, low bool) bool {
	if low {
		switch cl {
		case vA:
			return v == 'а'
		case vE:
			return v == 'е'
		case vO:
			return v == 'о'
		case vU:
			return v == 'а' || v == 'о'
		case vOE, vUE:
			return v == 'ө'
		}
		return false
	}
	switch cl {
	case vA:
		return v == 'ы'
	case vE:
		return v == 'и'
	case vO, vU:
		return v == 'у'
	case vOE, vUE:
		return v == 'ү'
	}
	return false
}

// Sound classes that decide the first consonant of a Kyrgyz suffix.
const (
	sOther     uint8 = iota // not a letter (")" of ВКП(б), digits)
	sVowel                  // н-, г-, д-, л- allomorphs
	sVoiced                 // д-, г-, д-, д-
	sRJ                     // р й: voiced, but plural л-
	sVoiceless              // т-, к-, т-, т-
)

func soundClass(c rune) uint8 {
	if vowelClass(c) != vNone {
		return sVowel
	}
	switch c {
	case 'б', 'в', 'г', 'д', 'ж', 'з', 'л', 'м', 'н', 'ң':
		return sVoiced
	case 'р', 'й':
		return sRJ
	case 'к', 'п', 'с', 'т', 'ф', 'х', 'ц', 'ч', 'ш', 'щ':
		return sVoiceless
	}
	return sOther
}

func isCons(c rune) bool { s := soundClass(c); return s == sVoiced || s == sVoiceless || c == 'р' }

// affix names a text a rule adds to a stem; affixText spells it in lower
// and upper case. Readings carry the small id, not the strings.
type affix uint8

const (
	noAffix affix = iota
	affixSoft
	affixK
	affixP
	addA
	addJa
	addJ
	addIj
	addYj
	addOj
	addOe
	addEe
	addAja
	addJaj
	addE
)

var affixText = [...][2]string{
	noAffix:   {"", ""},
	affixSoft: {"ь", "Ь"},
	affixK:    {"к", "К"},
	affixP:    {"п", "П"},
	addA:      {"а", "А"},
	addJa:     {"я", "Я"},
	addJ:      {"й", "Й"},
	addIj:     {"ий", "ИЙ"},
	addYj:     {"ый", "ЫЙ"},
	addOj:     {"ой", "ОЙ"},
	addOe:     {"ое", "ОЕ"},
	addEe:     {"ее", "ЕЕ"},
	addAja:    {"ая", "АЯ"},
	addJaj:    {"яя", "ЯЯ"},
	addE:      {"е", "Е"},
}
