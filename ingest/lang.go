package ingest

import (
	"math/bits"
	"sort"
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
	t, _ := tallyLetters(text, false)
	return t.languages()
}

// The languages a tally counts for, in the order of the tie-break (by
// name).
var tallyLangs = [...]string{"en", "kk", "ky", "ru"}

const (
	tallyEN = iota
	tallyKK
	tallyKY
	tallyRU
)

// letterTally counts a text's letters for Languages as it is read.
type letterTally struct {
	count [len(tallyLangs)]int // letters counting for each language
	total int
	// the Cyrillic letters of the paragraph being read, and of them the
	// Kyrgyz and the Kazakh ones
	cyr, ky, kk int
}

// endParagraph gives the paragraph's Cyrillic letters to its language.
// Ending a paragraph without Cyrillic letters changes nothing, so a break
// of three or more line breaks may end several.
func (t *letterTally) endParagraph() {
	lang := tallyRU
	switch {
	case t.kk > t.ky && t.kk*100 >= t.cyr:
		lang = tallyKK
	case t.ky > 0 && t.ky*100 >= t.cyr:
		lang = tallyKY
	}
	t.count[lang] += t.cyr
	t.total += t.cyr
	t.cyr, t.ky, t.kk = 0, 0, 0
}

// languages lists the languages with at least a twentieth of the letters,
// the largest share first, ties in name order.
func (t *letterTally) languages() []string {
	var keep []int // indices of tallyLangs, kept in name order
	for k, n := range t.count {
		if n > 0 && n*20 >= t.total {
			keep = append(keep, k)
		}
	}
	sort.SliceStable(keep, func(i, j int) bool { return t.count[keep[i]] > t.count[keep[j]] })
	var out []string
	for _, k := range keep {
		out = append(out, tallyLangs[k])
	}
	return out
}

// SWAR constants: a byte repeated in each byte of a word.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// tallyLetters counts the letters of s for Languages in one pass. With
// strict it also checks what charset.Detect checks of a file without a
// byte-order mark: ok is false at the first byte that is not valid UTF-8
// or is a control byte no text holds (NUL included), and then the tally
// is incomplete. ok true means Detect finds s UTF-8, at confidence 1.
//
// Runs of printable ASCII and of the Cyrillic letters U+0400-U+047F (А-я
// among them) are read up to eight bytes at a time (the ASCII bytes or
// the whole such letters that lead the next eight); the rest a byte or a
// rune at a time.
func tallyLetters(s string, strict bool) (t letterTally, ok bool) {
	latin := 0
	for i := 0; i < len(s); {
		for i+8 <= len(s) {
			e := s[i : i+8]
			w := uint64(e[0]) | uint64(e[1])<<8 | uint64(e[2])<<16 | uint64(e[3])<<24 |
				uint64(e[4])<<32 | uint64(e[5])<<40 | uint64(e[6])<<48 | uint64(e[7])<<56
			n := 8 // the ASCII bytes that lead w
			if h := w & highs; h != 0 {
				if n = bits.TrailingZeros64(h) >> 3; n == 0 {
					k := cyrillicPairs(w)
					if k == 0 {
						break
					}
					t.cyr += k
					i += 2 * k
					continue
				}
				// the bytes from the first non-ASCII one on read
				// as spaces: neither letters nor breaks
				m := uint64(1)<<(8*n) - 1
				w = w&m | ones*' '&^m
			}
			if (w-ones*0x20)&^w&highs != 0 {
				// 7 only when n is 8: a padded byte is no break
				if n = min(n, asciiBreaks(w)); n == 0 {
					break
				}
			}
			// ASCII bytes, no control bytes but lone line breaks:
			// the letters are the bytes that, lower-cased, are
			// from 'a' to 'z' (no byte carries into the next: all
			// are below 0x80)
			x := w | ones*0x20
			letters := (x + ones*(0x80-'a')) &^ (x + ones*(0x80-'z'-1)) & highs
			latin += bits.OnesCount64(letters)
			i += n
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c|0x20 >= 'a' && c|0x20 <= 'z':
				latin++
			case c == '\n':
				if i+1 < len(s) && s[i+1] == '\n' {
					t.endParagraph()
				}
			case c < 0x20 && strict && !textControl(c):
				return t, false
			}
			i++
			continue
		}
		if c&0xFC == 0xD0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// the Cyrillic block, U+0400-U+04FF: letters but for
			// U+0482-U+0489 (a sign and combining marks)
			if r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F); r < 0x482 || r > 0x489 {
				t.cyr++
				switch r { // the Kyrgyz and Kazakh letters, U+0492-U+04E9
				case 'ө', 'Ө', 'ү', 'Ү', 'ң', 'Ң', 'ӊ', 'Ӊ', 'ҥ', 'Ҥ':
					t.ky++
				case 'ә', 'Ә', 'ғ', 'Ғ', 'қ', 'Қ', 'ұ', 'Ұ', 'һ', 'Һ':
					t.kk++
				}
			}
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if strict && r == utf8.RuneError && n == 1 {
			return t, false
		}
		i += n
		switch {
		case !unicode.IsLetter(r):
		case unicode.Is(unicode.Latin, r):
			latin++
		case unicode.Is(unicode.Cyrillic, r):
			t.cyr++
			switch unicode.ToLower(r) {
			case 'ө', 'ү', 'ң', 'ӊ', 'ҥ':
				t.ky++
			case 'ә', 'ғ', 'қ', 'ұ', 'һ':
				t.kk++
			}
		}
	}
	t.endParagraph()
	t.count[tallyEN] += latin
	t.total += latin
	return t, true
}

// cyrillicPairs returns how many Cyrillic letters of U+0400-U+047F (two
// bytes each, D0 80 to D1 BF: all letters, none of them Kyrgyz or Kazakh)
// lead the eight bytes of w (read little-endian), from 0 to 4.
func cyrillicPairs(w uint64) int {
	// in each pair, a lead byte D0 or D1 and a continuation byte
	const shape, pair = 0xC0FE_C0FE_C0FE_C0FE, 0x80D0_80D0_80D0_80D0
	// the first pair that differs has a set bit in its 16; none: 64
	return bits.TrailingZeros64(w&shape^pair) >> 4
}

// asciiBreaks is how many of the eight ASCII bytes of w (read
// little-endian), some of them control bytes, tallyLetters may read at
// once: 8 when the control bytes are line breaks and no two are together,
// 7 when the last is one (the caller sees whether the next byte makes it
// a paragraph break), else 0.
func asciiBreaks(w uint64) int {
	// exact for each byte: all are below 0x80, so no sum carries
	ctrl := ^(w + ones*0x60) & highs             // bytes below 0x20
	nl := ^((w ^ ones*'\n') + ones*0x7F) & highs // line breaks
	switch {
	case ctrl != nl || nl&(nl<<8) != 0:
		return 0
	case nl&(0x80<<56) != 0:
		return 7
	}
	return 8
}

// textControl reports whether the control byte c (below 0x20) is one a
// text file holds, as charset.Detect allows them: tab, line and page
// breaks, and the DOS end-of-file mark.
func textControl(c byte) bool {
	switch c {
	case '\t', '\n', '\r', '\f', '\v', 0x1a:
		return true
	}
	return false
}
