package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// spaceAt reports whether s has a space (unicode.IsSpace) at byte i, and
// the bytes to step over: the rune's when it is ASCII or may be a space,
// one otherwise. Only runes led by C2, E1, E2 or E3 can be spaces beyond
// ASCII (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
// U+205F, U+3000), so the two-byte letters of Cyrillic and the like are
// passed by their lead byte alone, and a continuation byte is never a
// space.
func spaceAt(s string, i int) (space bool, n int) {
	switch c := s[i]; {
	case c < utf8.RuneSelf:
		return c == ' ' || c-'\t' <= '\r'-'\t', 1
	case c == 0xC2 || c-0xE1 <= 2:
		return runeSpace(s[i:])
	}
	return false, 1
}

// runeSpace reports whether s begins with a space rune, and its length.
func runeSpace(s string) (bool, int) {
	r, n := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r), n
}

// fields is strings.Fields without decoding the runes that cannot be
// spaces (see spaceAt), in one pass: the fields are gathered on the stack
// and copied out.
func fields(s string) []string {
	var buf [16]string
	out := buf[:0]
	start := -1 // of the field being read
	for i := 0; i < len(s); {
		sp, w := false, 1
		if c := s[i]; c <= ' ' || c == 0xC2 || c-0xE1 <= 2 { // else no space
			sp, w = spaceAt(s, i)
		}
		switch {
		case sp && start >= 0:
			out = append(out, s[start:i])
			start = -1
		case !sp && start < 0:
			start = i
		}
		i += w
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return append(make([]string, 0, len(out)), out...)
}

// trimSpace is strings.TrimSpace, which returns s itself when it neither
// begins nor ends with a space: the usual case, found without decoding
// more than the last rune.
func trimSpace(s string) string {
	if s == "" {
		return s
	}
	if sp, _ := spaceAt(s, 0); sp {
		return strings.TrimSpace(s)
	}
	if r, _ := utf8.DecodeLastRuneInString(s); unicode.IsSpace(r) {
		return strings.TrimSpace(s)
	}
	return s
}
