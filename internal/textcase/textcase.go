// Package textcase gives the upper and lower case of letters quickly for
// the scripts Dossier reads most (ASCII Latin and Cyrillic with its
// Kyrgyz and Kazakh letters), falling back to package unicode for others.
// Its answers are those of unicode.IsUpper and unicode.ToLower.
package textcase

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/dossier-kg/dossier/internal/swar"
)

// IsUpper reports whether r is an upper-case letter.
func IsUpper(r rune) bool {
	switch {
	case r < 0x80:
		return 'A' <= r && r <= 'Z'
	case 0x400 <= r && r <= 0x42F:
		return true
	case 0x430 <= r && r <= 0x45F:
		return false
	case 0x460 <= r && r <= 0x4BF:
		return r%2 == 0 && r != 0x482 && !(0x483 <= r && r <= 0x489)
	}
	return unicode.IsUpper(r)
}

// ToLower maps r to lower case.
func ToLower(r rune) rune {
	switch {
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	case 0x410 <= r && r <= 0x42F:
		return r + 0x20
	case 0x400 <= r && r <= 0x40F:
		return r + 0x50
	case 0x430 <= r && r <= 0x45F:
		return r
	}
	return unicode.ToLower(r)
}

// Lower returns s in lower case; s itself, without a copy, when it has no
// upper-case letter. Invalid UTF-8 bytes are kept as they are
// (strings.ToLower would replace them).
func Lower(s string) string {
	low, _ := lowerScan(s)
	return low
}

// lowerScan is Lower and LowerAligned: s in lower case, and whether every
// rune kept its length in bytes.
func lowerScan(s string) (string, bool) {
	i := firstUpper(s)
	if i == len(s) {
		return s, true
	}
	b := make([]byte, i, len(s)+utf8.UTFMax)
	copy(b, s[:i])
	b, aligned := appendLower(b, s[i:])
	return unsafe.String(unsafe.SliceData(b), len(b)), aligned // b is not written again
}

// AppendLower appends Lower(s) to dst: the lower case without a string
// allocated for it, for a caller that only looks at it.
func AppendLower(dst []byte, s string) []byte {
	i := firstUpper(s)
	dst = append(dst, s[:i]...)
	if i < len(s) {
		dst, _ = appendLower(dst, s[i:])
	}
	return dst
}

// firstUpper returns the offset of the first upper-case letter of s, or
// len(s). Runs of ASCII are read eight bytes at a time, runs of small
// Cyrillic letters two bytes at a time.
func firstUpper(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return i
			}
			if i+8 > len(s) {
				i++
				continue
			}
			// c and the seven bytes after it, up to a capital or a
			// byte of a rune
			w := swar.Load8(s[i : i+8])
			if stop := upperASCII(w) | w&highs; stop != 0 {
				i += bits.TrailingZeros64(stop) >> 3
			} else {
				i += 8
			}
			continue
		}
		if i+1 < len(s) && lowerCyrillic2(c, s[i+1]) {
			// а–я, ё and the like: most letters of a Cyrillic text,
			// read four at a time while they last
			for i += 2; i+8 <= len(s) && smallCyrillic4(swar.Load8(s[i:i+8])); i += 8 {
			}
			for ; i+1 < len(s) && lowerCyrillic2(s[i], s[i+1]); i += 2 {
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if IsUpper(r) {
			return i
		}
		i += n
	}
	return len(s)
}

// SWAR constants: a byte repeated in each byte of a word.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// upperASCII returns the high bit of each byte of w that is an ASCII
// capital, 'A' to 'Z', exactly (no byte carries into the next: the sums
// are of bytes below 0x80).
func upperASCII(w uint64) uint64 {
	low7 := w &^ highs
	return (low7 + ones*(0x80-'A')) &^ (low7 + ones*(0x80-'Z'-1)) &^ w & highs
}

// lowerCyrillic2 reports the two bytes of a lower-case letter of the basic
// Cyrillic block, U+0430–U+045F (а–я, ѐ–џ), written as UTF-8: lead D0 with
// B0–BF, or lead D1 with 80–9F.
func lowerCyrillic2(lead, next byte) bool {
	return lead == 0xD0 && next >= 0xB0 && next <= 0xBF || lead == 0xD1 && next >= 0x80 && next <= 0x9F
}

// Four Cyrillic letters in eight bytes, read as a word (the first byte
// lowest): a lane of 16 bits is a letter, its lead byte low. lane1 is bit
// 0 of each lane, the lead byte's lowest bit (0 for D0, 1 for D1); a
// continuation byte 10xx_yyyy has its bits 4 and 5 at 12 and 13.
const lane1 = 0x0001_0001_0001_0001

// cyrillic4 reports four letters of U+0400–U+045F (D0 80–BF, D1 80–9F),
// each lowered by lowerCyrillic4.
func cyrillic4(w uint64) bool {
	if w&0xC0FE_C0FE_C0FE_C0FE != 0x80D0_80D0_80D0_80D0 {
		return false // not four leads D0 or D1 each with a continuation
	}
	return (w&lane1)<<13&w == 0 // no D1 A0–BF (U+0460…)
}

// lowerCyrillic4 lowers the four letters of w (cyrillic4): a letter
// D0 10xx_yyyy is a capital unless xx is 11, and its small letter is
// (xx 00) D1 1001_yyyy, (01) D0 1011_yyyy, (10) D1 1000_yyyy: bit 5
// becomes bit 4, bit 4 becomes bit 4 or not bit 5, and the lead's bit 0
// becomes not bit 4. Letters of D1 are small.
func lowerCyrillic4(w uint64) uint64 {
	b4, b5 := w>>12&lane1, w>>13&lane1
	low := w&^(lane1<<13|lane1<<12|lane1) | b4<<13 | (b4|(b5^lane1))<<12 | (b4 ^ lane1)
	d0 := (w&lane1 ^ lane1) * 0xFFFF // the lanes of D0
	return w ^ (w^low)&d0
}

// smallCyrillic4 reports four small letters of U+0430–U+045F (D0 B0–BF,
// D1 80–9F) in w, as lowerCyrillic2 reports one.
func smallCyrillic4(w uint64) bool {
	if w&0xC0FE_C0FE_C0FE_C0FE != 0x80D0_80D0_80D0_80D0 {
		return false
	}
	b4, b5 := w>>12&lane1, w>>13&lane1
	d1 := w & lane1
	return (d1^lane1)&^(b4&b5)|d1&b5 == 0
}

// LowerAligned is Lower that also reports whether every rune kept its
// length in bytes, so that offsets into s are offsets into the result and
// the lower case of s[i:j] is the result's [i:j] for any rune boundaries i
// and j.
func LowerAligned(s string) (string, bool) {
	return lowerScan(s)
}

// appendLower appends s in lower case to b (every rune, titlecase ones
// too), and reports whether every rune kept its length in bytes. Runs of
// ASCII are lowered eight bytes at a time.
func appendLower(b []byte, s string) ([]byte, bool) {
	aligned := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if i+8 <= len(s) {
				if w := swar.Load8(s[i : i+8]); w&highs == 0 {
					// capitals, 0x41–0x5A, gain 0x20
					b = binary.LittleEndian.AppendUint64(b, w|upperASCII(w)>>2)
					i += 8
					continue
				}
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		if i+8 <= len(s) {
			if w := swar.Load8(s[i : i+8]); cyrillic4(w) {
				b = binary.LittleEndian.AppendUint64(b, lowerCyrillic4(w))
				i += 8
				continue
			}
		}
		if c == 0xD0 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0xBF {
			// U+0400–U+043F in two bytes, their small letters too
			switch n := s[i+1]; {
			case n <= 0x8F: // Ѐ–Џ → ѐ–џ (U+0450…)
				b = append(b, 0xD1, n+0x10)
			case n <= 0x9F: // А–П → а–п
				b = append(b, 0xD0, n+0x20)
			case n <= 0xAF: // Р–Я → р–я (U+0440…)
				b = append(b, 0xD1, n-0x20)
			default: // а–п
				b = append(b, 0xD0, n)
			}
			i += 2
			continue
		}
		if i+1 < len(s) && lowerCyrillic2(c, s[i+1]) {
			b = append(b, c, s[i+1])
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if lr := ToLower(r); lr != r {
			if utf8.RuneLen(lr) != n {
				aligned = false
			}
			b = utf8.AppendRune(b, lr)
		} else {
			b = append(b, s[i:i+n]...) // invalid bytes too, as they are
		}
		i += n
	}
	return b, aligned
}

// IsLetter is unicode.IsLetter, with ASCII and the basic Cyrillic block
// answered first.
func IsLetter(r rune) bool {
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case 0x410 <= r && r <= 0x44F:
		return true
	}
	return unicode.IsLetter(r)
}

// IsCyrillic is unicode.Is(unicode.Cyrillic, r), quickly for the Cyrillic
// block and ASCII.
func IsCyrillic(r rune) bool {
	switch {
	case r < 0x80:
		return false
	case 0x400 <= r && r <= 0x4FF && r != 0x485 && r != 0x486:
		return true // (U+0485, U+0486 are inherited combining marks)
	}
	return unicode.Is(unicode.Cyrillic, r)
}

// IsLatin is unicode.Is(unicode.Latin, r), quickly for ASCII and Cyrillic.
func IsLatin(r rune) bool {
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case 0x400 <= r && r <= 0x4FF:
		return false
	}
	return unicode.Is(unicode.Latin, r)
}

// DecodeRune is utf8.DecodeRuneInString with the runes of two bytes
// (U+0080–U+07FF: Latin letters with marks, Cyrillic) decoded inline.
func DecodeRune(s string) (rune, int) {
	if len(s) >= 2 && 0xC2 <= s[0] && s[0] < 0xE0 && s[1]&0xC0 == 0x80 {
		return rune(s[0]&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s)
}

// RuneCount is utf8.RuneCountInString (an invalid byte counts as one
// rune), quickly for ASCII and runes of two bytes: eight bytes at a time
// while they hold nothing else.
func RuneCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// ASCII and whole runes of two bytes (C2–DF and a
			// continuation byte), the last byte perhaps the lead of one
			w := swar.Load8(s[i : i+8])
			hi := w & highs
			b6, b5 := w<<1&highs, w<<2&highs // bits 6 and 5 of each byte, at 7
			lead, cont := hi&b6&^b5, hi&^b6
			size := 8
			if lead>>63 != 0 {
				lead &^= 1 << 63
				size = 7
			}
			// no lead of three or four bytes or invalid byte, no C0 or
			// C1 (never in UTF-8), each lead before its continuation
			if hi&b6&b5 == 0 && lead&^(w<<3|w<<4|w<<5|w<<6) == 0 && cont == lead<<8 {
				n += size - bits.OnesCount64(cont)
				i += size
				continue
			}
		}
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case 0xC2 <= c && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2
		default:
			_, k := utf8.DecodeRuneInString(s[i:])
			i += k
		}
		n++
	}
	return n
}

// ASCIIPrefix returns the length of the run of ASCII bytes s starts with,
// read eight bytes at a time.
func ASCIIPrefix(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}
