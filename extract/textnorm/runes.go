package textnorm

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/dossier-kg/dossier/internal/asciirun"
	"github.com/dossier-kg/dossier/internal/textcase"
)

// nfcPass composes the text to NFC (PDF text often has й and ё decomposed).
func nfcPass(in string) (string, *offmap) {
	var b builder
	if plainScripts(in) || norm.NFC.IsNormalString(in) {
		return identity(in)
	}
	b.grow(len(in))
	var it norm.Iter
	it.InitString(norm.NFC, in)
	prev := 0
	for !it.Done() {
		out := it.Next()
		pos := it.Pos()
		if string(out) == in[prev:pos] {
			b.copy(in, prev, pos)
		} else {
			b.replace(string(out), prev, pos)
		}
		prev = pos
	}
	return b.finish(len(in))
}

// runeMap gives the replacement of single runes; "" deletes.
var runeMap = map[rune]string{
	// quotes
	'“': `"`, '”': `"`, '„': `"`, '‟': `"`, '«': `"`, '»': `"`, '″': `"`,
	'‘': "'", '’': "'", '‚': "'", '‛': "'", 'ʼ': "'", '′': "'", '`': "'",
	// dashes (the em dash stays: it is punctuation, not a hyphen)
	'‐': "-", '‑': "-", '‒': "-", '–': "-", '−': "-", '﹣': "-", '－': "-",
	// spaces
	'\u00a0': " ", '\u2000': " ", '\u2001': " ", '\u2002': " ", '\u2003': " ",
	'\u2004': " ", '\u2005': " ", '\u2006': " ", '\u2007': " ", '\u2008': " ",
	'\u2009': " ", '\u200a': " ", '\u202f': " ", '\u205f': " ", '\u3000': " ",
	'\t': " ", '\v': " ", '\f': "\n", '\u2028': "\n", '\u2029': "\n\n", '\u0085': "\n",
	// invisible
	'\u00ad': "", '\u200b': "", '\u200c': "", '\u200d': "", '\u2060': "", '\ufeff': "",
	'\r': "",
	// legacy Kyrgyz letters
	'ӊ': "ң", 'Ӊ': "Ң", 'ҥ': "ң", 'Ҥ': "Ң",
	// pre-1918 Russian orthography
	'ѣ': "е", 'Ѣ': "Е", 'ѳ': "ф", 'Ѳ': "Ф", 'ѵ': "и", 'Ѵ': "И",
	// ellipsis
	'…': "...",
}

// runePass replaces single runes: quotes, dashes, spaces, invisible
// characters, legacy letters. Invalid UTF-8 bytes become U+FFFD.
func runePass(in string) (string, *offmap) {
	var b builder
	start := 0 // start of the pending exact run
	for i := 0; i < len(in); {
		c := in[i]
		if c < utf8.RuneSelf && c != '\t' && c != '\r' && c != '\v' && c != '\f' && c != '`' {
			if i+1 < len(in) && in[i+1] >= utf8.RuneSelf {
				i++ // a lone space between words of another script
			} else {
				i += max(asciirun.Printable(in[i:], '`', '`'), 1) // 1 for '\n' and other controls
			}
			continue
		}
		if i+1 < len(in) && keptCyrillic(c, in[i+1]) {
			// a word's letters: skip them two bytes at a time
			for i += 2; i+1 < len(in) && keptCyrillic(in[i], in[i+1]); i += 2 {
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(in[i:])
		repl, ok := runeMap[r]
		if r == utf8.RuneError && n == 1 {
			repl, ok = "\ufffd", true
		}
		if !ok {
			i += n
			continue
		}
		if start == 0 && len(b.segs) == 0 {
			b.grow(len(in))
		}
		b.copy(in, start, i)
		b.replace(repl, i, i+n)
		i += n
		start = i
	}
	if len(b.segs) == 0 {
		return identity(in)
	}
	b.copy(in, start, len(in))
	return b.finish(len(in))
}

// keptCyrillic reports a two-byte rune, lead byte c and continuation d, of
// the Cyrillic block U+0400–U+04FF (leads D0–D3) that runeMap leaves alone:
// all but the legacy letters it replaces (TestKeptCyrillic holds the two
// lists together).
func keptCyrillic(c, d byte) bool {
	if c < 0xD0 || c > 0xD3 || d&0xC0 != 0x80 {
		return false
	}
	switch rune(c&0x1F)<<6 | rune(d&0x3F) {
	case 'ѣ', 'Ѣ', 'ѳ', 'Ѳ', 'ѵ', 'Ѵ', 'ҥ', 'Ҥ', 'ӊ', 'Ӊ':
		return false
	}
	return true
}

// plainScripts reports a text of Latin letters below U+0300, the Cyrillic
// block, and the general punctuation of U+2010–U+205F (dashes, quotes,
// ellipsis) and №, which is in NFC already (no combining marks, no
// singletons), without running the normaliser's check.
func plainScripts(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if i+1 < len(s) && s[i+1] >= utf8.RuneSelf {
				i++ // a lone space between words of another script
			} else {
				i += textcase.ASCIIPrefix(s[i:])
			}
			continue
		}
		if i+1 < len(s) && plainPair(c, s[i+1]) {
			// a word's letters: skip them two bytes at a time
			for i += 2; i+1 < len(s) && plainPair(s[i], s[i+1]); i += 2 {
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r < 0x300:
		case 0x400 <= r && r <= 0x4FF && !(0x483 <= r && r <= 0x489):
		case 0x2010 <= r && r <= 0x205F, r == 0x2116:
		default:
			return false
		}
	}
	return true
}

// plainPair reports a two-byte rune, lead byte c and continuation d, of
// plainScripts' letters: U+0080–U+02FF are led by C2–CB, U+0400–U+04FF by
// D0–D3 (less U+0483–U+0489, D2 83–89).
func plainPair(c, d byte) bool {
	return d&0xC0 == 0x80 && (0xC2 <= c && c <= 0xCB || 0xD0 <= c && c <= 0xD3 && !(c == 0xD2 && 0x83 <= d && d <= 0x89))
}
