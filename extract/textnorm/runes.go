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
			i += max(asciirun.Printable(in[i:], '`', '`'), 1) // 1 for '\n' and other controls
			continue
		}
		if i+1 < len(in) && (c == 0xD0 && in[i+1] >= 0x80 && in[i+1] <= 0xBF || c == 0xD1 && in[i+1] >= 0x80 && in[i+1] <= 0x9F) {
			i += 2 // U+0400–U+045F, Cyrillic letters runeMap leaves alone
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

// plainScripts reports a text of Latin letters below U+0300, the Cyrillic
// block, and the general punctuation of U+2010–U+205F (dashes, quotes,
// ellipsis) and №, which is in NFC already (no combining marks, no
// singletons), without running the normaliser's check.
func plainScripts(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i += textcase.ASCIIPrefix(s[i:])
			continue
		}
		if i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// two bytes: U+0080–U+02FF are led by C2–CB, U+0400–U+04FF
			// by D0–D3 (U+0483–U+0489 are D2 83–89)
			if 0xC2 <= c && c <= 0xCB || 0xD0 <= c && c <= 0xD3 && !(c == 0xD2 && 0x83 <= s[i+1] && s[i+1] <= 0x89) {
				i += 2
				continue
			}
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
