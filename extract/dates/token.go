package dates

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The grammar works on tokens of a window of text: runs of ASCII digits,
// runs of letters, and single punctuation runes. Whitespace is not a token;
// each token records the kind of gap before it instead, so rules can demand
// that two parts touch ("1926ж.", "4and"), sit on one line, or at least not be
// separated by a blank line.

type tokKind uint8

const (
	tkNum tokKind = iota + 1
	tkWord
	tkPunct
)

type gapKind uint8

const (
	gapNone  gapKind = iota // touches the token before
	gapSpace                // spaces or tabs
	gapLine                 // one line break
	gapPara                 // a blank line, or nothing before it in the window
)

// token holds no pointers, so that growing and reusing the token slice
// costs no write barriers; lower-cased words live in parser.lows.
type token struct {
	start, end int     // byte offsets in the whole text
	val        int     // value of a number of at most 9 digits, else -1
	nd         int     // number of digits of a number
	r          rune    // the rune of a punctuation token
	low        int32   // 1 + index of the lower-cased word in parser.lows; 0 before parser.lw
	kind       tokKind //
	gap        gapKind // whitespace before the token
	title      int8    // 1 capitalised, 2 all capitals, 0 otherwise; set by parser.lw
	anchor     bool    // a number, a Roman numeral of two or more letters, "century"
	// mon is the month of a month word, -1 for another word, 0 before
	// parser.monthWordAt; monForm its form, monAbbr an English abbreviation
	mon     int8
	monForm monthForm
	monAbbr bool
	// ref is 2 when a reference word comes before the number (see
	// parser.refBefore), 1 when none does, 0 before refBefore
	ref int8
}

// tokenize appends the tokens of text[start:end] to dst; gap is the
// whitespace seen before start. Every anchor token moves end on to
// windowEnd of that anchor, so a window grows over the anchors inside it
// without a second scan. It returns the tokens, the gap after the last one
// and the final end.
//
// tokenizeFast reads the common tokens in a loop that calls nothing (so
// its state stays in registers); what it leaves, it leaves to
// tokenizeStep, one token or one space at a time.
func tokenize(dst []token, text string, start, end int, gap gapKind) ([]token, gapKind, int) {
	i := start
	for i < end {
		// a token takes at least one byte
		if room := end - i; cap(dst)-len(dst) < room {
			dst = slices.Grow(dst, room)
		}
		dst, i, gap, end = tokenizeFast(dst, text, i, end, gap)
		if i < end {
			dst, i, gap, end = tokenizeStep(dst, text, i, end, gap)
		}
	}
	return dst, gap, end
}

// tokenizeFast tokenizes text[i:end] as tokenizeStep would, as long as
// dst has room and the text is spaces, line breaks, ASCII punctuation,
// words of ASCII and two-byte Cyrillic letters that cannot be anchors, and
// numbers whose window reaches the end of text anyway (so end becomes
// len(text) without windowEnd). It returns at the first token it leaves to
// tokenizeStep.
func tokenizeFast(dst []token, text string, i, end int, gap gapKind) ([]token, int, gapKind, int) {
	for i < end && len(dst) < cap(dst) {
		c := text[i]
		if c < utf8.RuneSelf {
			if uint8(c|0x20-'a') >= 26 {
				kind, j, v := tkPunct, i+1, 0
				switch {
				case c == ' ':
					gap, i = max(gap, gapSpace), i+1
					continue
				case uint8(c-'0') < 10:
					if i+windowAfter < len(text) {
						return dst, i, gap, end // windowEnd is not len(text)
					}
					for ; j < end && '0' <= text[j] && text[j] <= '9'; j++ {
					}
					if j-i > 9 {
						v = -1
					} else {
						for k := i; k < j; k++ {
							v = v*10 + int(text[k]-'0')
						}
					}
					kind, end = tkNum, len(text)
				case c == '\n':
					gap, i = lineBreak(gap), i+1
					continue
				case c == '\t' || c == '\r' || c == '\f' || c == '\v':
					gap, i = max(gap, gapSpace), i+1
					continue
				}
				dst = dst[:len(dst)+1]
				t := &dst[len(dst)-1]
				*t = token{}
				t.start, t.end, t.kind, t.gap = i, j, kind, gap
				if kind == tkNum {
					t.val, t.nd, t.anchor = v, j-i, true
				} else {
					t.r = rune(c)
				}
				gap, i = spaceAfter(text, j, end)
				continue
			}
			// a word that may be a Roman numeral: tokenizeStep asks anchorWord
			if (c == 'X' || c == 'V' || c == 'I') && i+1 < end {
				switch text[i+1] {
				case 'X', 'V', 'I', 0xD0, 0xD3:
					return dst, i, gap, end
				}
			}
		} else if 0xD0 <= c && c <= 0xD3 && i+1 < end && text[i+1]&0xC0 == 0x80 && !(c == 0xD2 && text[i+1] == 0x82) {
			if c == 0xD0 && (text[i+1] == 0xA5 || text[i+1] == 0x86) {
				return dst, i, gap, end // Х or І: perhaps a Roman numeral
			}
		} else {
			return dst, i, gap, end
		}
		// A word: scanWord, but for the runes it decodes.
		j := i
		for j < end {
			if j+8 <= end {
				e := text[j : j+8]
				x := uint64(e[0]) | uint64(e[1])<<8 | uint64(e[2])<<16 | uint64(e[3])<<24 |
					uint64(e[4])<<32 | uint64(e[5])<<40 | uint64(e[6])<<48 | uint64(e[7])<<56
				if x&0x80 == 0 {
					// n is 0 only when the first byte stops the word
					n, stop := asciiLetters(x)
					j += n
					if stop {
						break
					}
					continue
				}
				// the whole letters D0 80 to D1 BF that lead x
				if k := bits.TrailingZeros64(x&cyrShape^cyrPair) >> 4; k > 0 {
					j += 2 * k
					continue
				}
			}
			if b := text[j]; b < utf8.RuneSelf {
				if l := b | 0x20; 'a' <= l && l <= 'z' {
					j++
					continue
				}
				break
			} else if j+1 < end && isCyrPair(b, text[j+1]) {
				j += 2
				continue
			}
			return dst, i, gap, end
		}
		if (c == 'c' || c == 'C') && (j-i == len("century") || j-i == len("centuries")) {
			return dst, i, gap, end // perhaps "century": tokenizeStep asks anchorWord
		}
		dst = dst[:len(dst)+1]
		t := &dst[len(dst)-1]
		*t = token{}
		t.start, t.end, t.kind, t.gap = i, j, tkWord, gap
		gap, i = spaceAfter(text, j, end)
	}
	return dst, i, gap, end
}

// spaceAfter returns the gap after a token that ends at j and where the
// next one may start: past the one space that most often follows.
func spaceAfter(text string, j, end int) (gapKind, int) {
	if j < end && text[j] == ' ' {
		return gapSpace, j + 1
	}
	return gapNone, j
}

// tokenizeStep reads one token, or one space or line break, at i and
// returns the tokens, where it stopped, the gap and the end.
func tokenizeStep(dst []token, text string, i, end int, gap gapKind) ([]token, int, gapKind, int) {
	c := text[i]
	if c < utf8.RuneSelf {
		// the cases are disjoint: the commonest come first
		switch {
		case uint8(c|0x20-'a') < 26:
			j := scanWord(text, i, end)
			anchor := (c == 'X' || c == 'V' || c == 'I' || c == 'c' || c == 'C') && anchorWord(text[i:j])
			dst = append(dst, token{start: i, end: j, kind: tkWord, gap: gap, anchor: anchor})
			if anchor {
				end = max(end, windowEnd(text, i))
			}
			gap, i = gapNone, j
		case c == ' ':
			gap, i = max(gap, gapSpace), i+1
		case uint8(c-'0') < 10:
			j, v := i, 0
			for j < end && '0' <= text[j] && text[j] <= '9' {
				if j-i < 9 {
					v = v*10 + int(text[j]-'0')
				} else {
					v = -1
				}
				j++
			}
			dst = append(dst, token{start: i, end: j, kind: tkNum, gap: gap, val: v, nd: j - i, anchor: true})
			end = max(end, windowEnd(text, i))
			gap, i = gapNone, j
		case c == '\n':
			gap, i = lineBreak(gap), i+1
		case c == '\t' || c == '\r' || c == '\f' || c == '\v':
			gap, i = max(gap, gapSpace), i+1
		default:
			dst = append(dst, token{start: i, end: i + 1, kind: tkPunct, gap: gap, r: rune(c)})
			gap, i = gapNone, i+1
		}
		return dst, i, gap, end
	}
	if 0xD0 <= c && c <= 0xD3 && i+1 < end && text[i+1]&0xC0 == 0x80 && !(c == 0xD2 && text[i+1] == 0x82) {
		// A Cyrillic letter.
		j := scanWord(text, i, end)
		anchor := c == 0xD0 && (text[i+1] == 0xA5 || text[i+1] == 0x86) && anchorWord(text[i:j])
		dst = append(dst, token{start: i, end: j, kind: tkWord, gap: gap, anchor: anchor})
		if anchor {
			end = max(end, windowEnd(text, i))
		}
		return dst, j, gapNone, end
	}
	r, size := utf8.DecodeRuneInString(text[i:end])
	switch {
	case isLetterRune(r):
		j := scanWord(text, i, end)
		dst = append(dst, token{start: i, end: j, kind: tkWord, gap: gap})
		gap, i = gapNone, j
	case r == 0x2029:
		gap, i = gapPara, i+size
	case r == 0x2028 || r == 0x85:
		gap, i = lineBreak(gap), i+size
	case unicode.IsSpace(r):
		if gap < gapSpace {
			gap = gapSpace
		}
		i += size
	case unicode.Is(unicode.Cf, r):
		// Zero-width characters between tokens are neither space nor text.
		i += size
	default:
		dst = append(dst, token{start: i, end: i + size, kind: tkPunct, gap: gap, r: r})
		gap, i = gapNone, i+size
	}
	return dst, i, gap, end
}

// lineBreak returns the gap after a line break that follows gap: a second
// line break makes a blank line.
func lineBreak(gap gapKind) gapKind {
	if gap >= gapLine {
		return gapPara
	}
	return gapLine
}

// anchorWord reports whether w anchors a window: a Roman numeral of two or
// more letters (XX, XIX, ХХ) or "century"/"centuries" in any case.
func anchorWord(w string) bool {
	switch len(w) {
	case len("century"), len("centuries"):
		if strings.EqualFold(w, "century") || strings.EqualFold(w, "centuries") {
			return true
		}
	}
	return len(w) >= 2 && romanValue(w) != 0
}

// scanWord returns the end of the run of letters that starts at i, one
// letter at a time; ASCII letters and Cyrillic two-byte sequences
// (U+0400..U+04FF, Kyrgyz letters included) take fast paths; combining
// marks and format characters (soft hyphens) stay inside a word.
// tokenizeFast reads most words eight bytes at a time and leaves scanWord
// only the words it cannot read.
func scanWord(text string, i, end int) int {
	w := text[:end] // indexes below len(w) need no bounds checks
	for i < len(w) {
		c := w[i]
		if c < utf8.RuneSelf {
			if l := c | 0x20; 'a' <= l && l <= 'z' {
				i++
				continue
			}
			return i
		}
		if i+1 < len(w) && isCyrPair(c, w[i+1]) {
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if !isLetterRune(r) && !unicode.Is(unicode.Cf, r) {
			return i
		}
		i += size
	}
	return i
}

// cyrShape and cyrPair find the two-byte letters D0 80 to D1 BF that lead
// eight bytes read little-endian: x&cyrShape^cyrPair has zero bits for
// each of them.
const cyrShape, cyrPair = 0xC0FE_C0FE_C0FE_C0FE, 0x80D0_80D0_80D0_80D0

// isCyrPair reports whether c, c2 is a letter of U+0400..U+04FF but U+0482
// (a sign).
func isCyrPair(c, c2 byte) bool {
	return c2&0xC0 == 0x80 && (c == 0xD0 || c == 0xD1 || c == 0xD3 || c == 0xD2 && c2 != 0x82)
}

// asciiLetters looks at the ASCII bytes that lead the eight bytes of x
// (read little-endian): n of them are letters, and stop is true when the
// byte after those is an ASCII byte that is not a letter (the word ends
// there).
func asciiLetters(x uint64) (n int, stop bool) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	hi := x & highs
	l := x&^hi | ones*0x20 // lower case; no sum on it carries into the next byte
	others := highs &^ ((l + ones*(0x80-'a')) &^ (l + ones*(0x80-'z'-1))) &^ hi
	// the high bit of the first byte that is no ASCII letter, if any
	first := others | hi
	first &= -first
	return bits.TrailingZeros64(first) >> 3, others&first != 0
}

func isLetterRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// isDash reports whether r joins the parts of a range or a Kyrgyz suffix.
func isDash(r rune) bool {
	switch r {
	case '-', '–', '—', '‐', '‑', '‒', '−':
		return true
	}
	return false
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }
