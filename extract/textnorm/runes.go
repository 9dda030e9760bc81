package textnorm

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/dossier-kg/dossier/internal/asciirun"
)

// nfcCompose composes a text that is not in NFC to NFC (PDF text often
// has й and ё decomposed). NormalizeKnown calls it when runePlain has not
// found the text plain and the normaliser's check finds it not in NFC.
func nfcCompose(in string) (string, *offmap) {
	var b builder
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
	out, m, _ := runePlain(in)
	return out, m
}

// runePlain is runePass, and reports in the same scan whether in is of
// plain scripts: Latin letters below U+0300, the Cyrillic block, and the
// general punctuation of U+2010–U+205F (dashes, quotes, ellipsis) and №,
// which is in NFC already (no combining marks, no singletons): such a
// text needs no composing, nor the normaliser's check.
func runePlain(in string) (string, *offmap, bool) {
	var b builder
	plain := true
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
		if i+1 < len(in) && keptPlain(c, in[i+1]) {
			// a word's letters: skip them two bytes at a time, those of
			// U+0400–U+045F (D0 80–BF, D1 80–9F: no legacy letter, no
			// mark) without a look at which letter they are
			for i += 2; i+1 < len(in); i += 2 {
				if c, d := in[i], in[i+1]; !(c == 0xD0 && d&0xC0 == 0x80 || c == 0xD1 && d-0x80 < 0x20) && !keptPlain(c, d) {
					break
				}
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(in[i:])
		plain = plain && plainRune(r) // U+FFFD, an invalid byte, is not
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
		out, m := identity(in)
		return out, m, plain
	}
	b.copy(in, start, len(in))
	out, m := b.finish(len(in))
	return out, m, plain
}

// plainRune reports a rune of runePlain's plain scripts.
func plainRune(r rune) bool {
	switch {
	case r < 0x300:
	case 0x400 <= r && r <= 0x4FF && !(0x483 <= r && r <= 0x489):
	case 0x2010 <= r && r <= 0x205F, r == 0x2116:
	default:
		return false
	}
	return true
}

// keptPlain is keptCyrillic less the combining marks U+0483–U+0489 (D2
// 83–89), which are not plain.
func keptPlain(c, d byte) bool {
	return keptCyrillic(c, d) && !(c == 0xD2 && 0x83 <= d && d <= 0x89)
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
