// Package textcase gives the upper and lower case of letters quickly for
// the scripts Dossier reads most (ASCII Latin and Cyrillic with its
// Kyrgyz and Kazakh letters), falling back to package unicode for others.
// Its answers are those of unicode.IsUpper and unicode.ToLower.
package textcase

import (
	"unicode"
	"unicode/utf8"
	"unsafe"
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
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return lowerFrom(s, i)
			}
			i++
			continue
		}
		if i+1 < len(s) && lowerCyrillic2(c, s[i+1]) {
			i += 2 // а–я, ё and the like: most letters of a Cyrillic text
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if IsUpper(r) {
			return lowerFrom(s, i)
		}
		i += n
	}
	return s, true
}

// lowerCyrillic2 reports the two bytes of a lower-case letter of the basic
// Cyrillic block, U+0430–U+045F (а–я, ѐ–џ), written as UTF-8: lead D0 with
// B0–BF, or lead D1 with 80–9F.
func lowerCyrillic2(lead, next byte) bool {
	return lead == 0xD0 && next >= 0xB0 && next <= 0xBF || lead == 0xD1 && next >= 0x80 && next <= 0x9F
}

// LowerAligned is Lower that also reports whether every rune kept its
// length in bytes, so that offsets into s are offsets into the result and
// the lower case of s[i:j] is the result's [i:j] for any rune boundaries i
// and j.
func LowerAligned(s string) (string, bool) {
	return lowerScan(s)
}

func lowerFrom(s string, i int) (string, bool) {
	aligned := true
	b := make([]byte, i, len(s)+utf8.UTFMax)
	copy(b, s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
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
	return unsafe.String(unsafe.SliceData(b), len(b)), aligned // b is not written again
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
