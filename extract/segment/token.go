package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/internal/textcase"
)

// Kind is the kind of a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // letters (may contain an inner apostrophe: Stalin's)
	Number             // digits
	Punct              // one punctuation or symbol rune
)

// Script of a word.
type Script uint8

// Scripts.
const (
	Other Script = iota
	Latin
	Cyrillic
	Mixed
)

// Token is a word, a number or a punctuation mark.
type Token struct {
	Span dossier.Span
	Text string
	// Lower is Text in lower case (Text itself when it has no capital).
	Lower string
	Kind  Kind
	// Space is true when whitespace precedes the token.
	Space  bool
	Script Script
	cap    uint8 // capFirst, capAll
	// alpha says which alphabets' own letters a word has (alphaKy,
	// alphaKk, alphaRu: alphabets of its lower case); set by the
	// tokenizer, for langOf
	alpha uint8
}

const (
	capFirst = 1 << iota // the first rune is an upper-case letter
	capAll               // every letter is upper case, and there is one
)

// Token.alpha's bits.
const (
	alphaKy = 1 << iota // ө, ү, ң
	alphaKk             // ә, ғ, қ, ұ, һ, і
	alphaRu             // щ, ё, э
)

// alphaOf gives Token.alpha's bit of a letter in either case: the
// alphabet whose own letter its lower case is (TestAlphaOf holds it to
// alphabets).
func alphaOf(r rune) uint8 {
	switch r {
	case 'ө', 'Ө', 'ү', 'Ү', 'ң', 'Ң':
		return alphaKy
	case 'ә', 'Ә', 'ғ', 'Ғ', 'қ', 'Қ', 'ұ', 'Ұ', 'һ', 'Һ', 'і', 'І':
		return alphaKk
	case 'щ', 'Щ', 'ё', 'Ё', 'э', 'Э':
		return alphaRu
	}
	return 0
}

// Upper reports whether the token starts with an upper-case letter.
func (t Token) Upper() bool { return t.cap&capFirst != 0 }

// AllCaps reports whether every letter of the token is upper case (and it has at least one).
func (t Token) AllCaps() bool { return t.cap&capAll != 0 }

// IsInitial reports a word that can be an initial before a full stop: one
// capital letter (И., J.), or a romanised digraph (Sh., Ya., Kh.).
func (t Token) IsInitial() bool {
	if t.Kind != Word || !t.Upper() {
		return false
	}
	return utf8.RuneCountInString(t.Text) == 1 || latinDigraphInitials[t.Text]
}

// NewToken makes a token of text, with its lower-case form and case flags.
func NewToken(text string, span dossier.Span, kind Kind, space bool, script Script) Token {
	t := Token{Span: span, Text: text, Lower: text, Kind: kind, Space: space, Script: script}
	if kind != Word {
		return t
	}
	t.Lower = textcase.Lower(text)
	ky, kk, ru := alphabets(t.Lower)
	if ky {
		t.alpha |= alphaKy
	}
	if kk {
		t.alpha |= alphaKk
	}
	if ru {
		t.alpha |= alphaRu
	}
	first, letters, upper := true, 0, 0
	for _, r := range text {
		up := textcase.IsUpper(r)
		if first && up {
			t.cap |= capFirst
		}
		first = false
		if up {
			letters++
			upper++
		} else if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters > 0 && upper == letters {
		t.cap |= capAll
	}
	return t
}

// Is reports whether the token is the punctuation or word s.
func (t Token) Is(s string) bool { return t.Text == s }

// Tokenize splits text[span] into tokens. Words are maximal runs of letters
// and combining marks, with an apostrophe kept inside when letters follow
// (Stalin's, Stalin’s after clean-up, O'Connor); numbers are runs of digits;
// every other non-space rune is a punctuation token.
func Tokenize(text string, span dossier.Span) []Token {
	toks := TokenizeAppend(make([]Token, 0, (span.End-span.Start)/5+1), text, span)
	return toks[:len(toks):len(toks)]
}

// TokenizeAppend appends the tokens of text[span] (as Tokenize makes them)
// to dst and returns it: a caller tokenizing many short texts reuses one
// slice.
func TokenizeAppend(dst []Token, text string, span dossier.Span) []Token {
	// the arena's lower case of words is at most as long as the span
	// (words of other runes lower apart): one block of that size, not
	// the block of kilobytes a paragraph's words share
	arena := lowerArena{size: max(span.End-span.Start, 1)}
	return tokenize(text, span, dst, &arena)
}

// Classes of ASCII bytes, for tokenize.
const (
	clPunct = iota
	clSpace
	clLetter
	clDigit
	clMark // punctuation that opens or closes a bracket or may end a sentence
)

// asciiClasses gives the class of every ASCII byte.
var asciiClasses = func() (cl [utf8.RuneSelf]uint8) {
	for c := range cl {
		switch {
		case c == ' ' || c == '\n' || c == '\t':
			cl[c] = clSpace
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			cl[c] = clLetter
		case '0' <= c && c <= '9':
			cl[c] = clDigit
		case strings.IndexByte("()[]{}.!?", byte(c)) >= 0:
			cl[c] = clMark
		}
	}
	return cl
}()

// tokenize appends the tokens of text[span] to out; the lower case of
// words is written in arena.
func tokenize(text string, span dossier.Span, out []Token, arena *lowerArena) []Token {
	arena.spanLow, arena.spanLowered = "", false
	if !arena.copyAll {
		arena.copy = nil
	}
	arena.marks, arena.words = arena.marks[:0], [Mixed + 1]int32{}
	space := true
	i := span.Start
	s := text[:span.End] // the span's bytes, without checks of their bounds
	for i < len(s) {
		c := s[i]
		n := 1 // bytes of the rune at i
		var cl uint8
		if c < utf8.RuneSelf {
			cl = asciiClasses[c]
		} else if e, ok := cyrillicAt(text, i); ok {
			n = 2
			if e&crLetter != 0 {
				cl = clLetter
			}
		} else {
			var r rune
			r, n = textcase.DecodeRune(text[i:])
			switch {
			case isLetter(r):
				cl = clLetter
			case unicode.IsDigit(r):
				cl = clDigit
			case r == '…':
				cl = clMark
			}
		}
		switch cl {
		case clSpace:
			space = true
			i++
			continue
		case clLetter:
			j, w := scanWord(text, i, span.End)
			var flags uint8
			if w&wCapFirst != 0 {
				flags = capFirst
			}
			if w&wLower == 0 {
				flags |= capAll
			}
			upper := w >> wUpperShift
			lower := text[i:j]
			switch {
			case upper == 0:
			case w&wComplex == 0:
				// runes of ASCII and the Cyrillic block only, whose
				// lower case keeps their length: lowered in place in a
				// copy of the span; a capitalised word has its first
				// letter lowered only (no rune of these blocks but a
				// capital has another lower case)
				lower = arena.lowerCopy(text, i, j, span.End, upper == 1 && flags&capFirst != 0)
			default:
				lower = arena.spanLower(text, span, i, j)
			}
			out = grown(out)
			t := &out[len(out)-1]
			t.Span, t.Text, t.Lower = dossier.Span{Start: i, End: j}, text[i:j], lower
			t.Kind, t.Space, t.Script, t.cap, t.alpha = Word, space, Script(w&(wLat|wCyr)), flags, uint8(w>>wAlphaShift)&(alphaKy|alphaKk|alphaRu)
			arena.words[w&(wLat|wCyr)]++
			i = j
		case clDigit:
			j := i + n
			for j < len(s) {
				if c := s[j]; c < utf8.RuneSelf {
					if c < '0' || c > '9' {
						break
					}
					j++
					continue
				}
				r2, n2 := textcase.DecodeRune(text[j:])
				if !unicode.IsDigit(r2) {
					break
				}
				j += n2
			}
			out = grown(out)
			t := &out[len(out)-1]
			t.Span, t.Text = dossier.Span{Start: i, End: j}, text[i:j]
			t.Lower = t.Text
			t.Kind, t.Space, t.Script, t.cap, t.alpha = Number, space, Other, 0, 0
			i = j
		default:
			out = grown(out)
			t := &out[len(out)-1]
			t.Span, t.Text = dossier.Span{Start: i, End: i + n}, text[i:i+n]
			t.Lower = t.Text
			t.Kind, t.Space, t.Script, t.cap, t.alpha = Punct, space, Other, 0, 0
			if cl == clMark && arena.marking {
				arena.marks = append(arena.marks, mark{tok: int32(len(out) - 1), words: arena.words})
			}
			i += n
		}
		// the space after a word, a number or a mark, without going
		// round the loop for it
		space = false
		if i < len(s) && s[i] == ' ' {
			space = true
			i++
		}
	}
	return out
}

// mark is a token that may open or close a bracket or end a sentence
// (of class clMark), as tokenize notes it for SplitInto: its index in
// tokenize's out, and the span's words of each script before it.
type mark struct {
	tok   int32
	words [Mixed + 1]int32
}

// What scanWord learns of a word, in the bits of a uint64.
const (
	wLat      = 1 << iota // a Latin letter (Latin, as a Script; TestWordBits)
	wCyr                  // a Cyrillic letter (Cyrillic; both are Mixed)
	wLower                // a letter that is not upper case
	wCapFirst             // the first letter is upper case
	wComplex              // a rune neither ASCII nor of the Cyrillic block, or a mark
	wNonASCII             // a rune that is not ASCII

	wAlphaShift = 8  // Token.alpha's bits, from this bit on
	wUpperShift = 32 // the number of capitals, from this bit on
	wUpper      = 1 << wUpperShift
)

// scanWord returns the end of the word that starts with a letter at
// text[i] and ends by end, and what it learnt of its runes (wLat and the
// rest, the alphabets' bits from wAlphaShift, the capitals counted from
// wUpperShift).
func scanWord(text string, i, end int) (int, uint64) {
	var w uint64
	j := i + 1
	if c := text[i]; c < utf8.RuneSelf {
		if c <= 'Z' {
			w = wLat | wCapFirst | wUpper
		} else {
			w = wLat | wLower
		}
	} else if e, ok := cyrillicAt(text, i); ok {
		// a letter of the Cyrillic block
		j = i + 2
		w = wNonASCII | wCyr | uint64(e&crAlpha)<<wAlphaShift
		if e&crUpper != 0 {
			w |= wCapFirst | wUpper
		} else {
			w |= wLower
		}
	} else {
		r, n := textcase.DecodeRune(text[i:])
		j = i + n
		w = wNonASCII | letterBits(r)
		if w&wLower == 0 {
			w |= wCapFirst
		}
		if r < 0x400 || r > 0x4FF {
			w |= wComplex
		}
	}
	s := text[:end] // the word's bytes, without checks of their bounds
	for j < len(s) {
		c := s[j]
		if c-'a' < 26 {
			// a run of small ASCII letters, most of the bytes of a
			// Latin text
			j++
			for j < len(s) && s[j]-'a' < 26 {
				j++
			}
			w |= wLat | wLower
			continue
		}
		if c-'A' < 26 {
			w = (w | wLat) + wUpper
			j++
			continue
		}
		if c < utf8.RuneSelf {
			if c == '\'' && j+1 < len(s) {
				if r3, _ := utf8.DecodeRuneInString(text[j+1:]); unicode.IsLetter(r3) {
					j++
					continue
				}
			}
			break
		}
		w |= wNonASCII
		if j+1 < len(s) {
			// а–я and А–Я, most letters of a Cyrillic text, without
			// decoding: D0 B0–BF (а–п), D1 80–8F (р–я), D0 90–AF (А–Я)
			// (щ, э, Щ and Э among them, of Russian's own letters)
			if v := uint(c)<<8 | uint(s[j+1]); v-0xD0B0 < 16 || v-0xD180 < 16 {
				if v == 0xD189 || v == 0xD18D {
					w |= alphaRu << wAlphaShift
				}
				// and the small letters that follow, but щ and э
				j += 2
				for j+1 < len(s) {
					v := uint(s[j])<<8 | uint(s[j+1])
					if v-0xD0B0 >= 16 && (v-0xD180 >= 16 || v == 0xD189 || v == 0xD18D) {
						break
					}
					j += 2
				}
				w |= wCyr | wLower
				continue
			} else if v-0xD090 < 32 {
				if v == 0xD0A9 || v == 0xD0AD {
					w |= alphaRu << wAlphaShift
				}
				w = (w | wCyr) + wUpper
				j += 2
				continue
			}
		}
		if e, ok := cyrillicAt(text, j); ok {
			// another rune of the Cyrillic block
			switch {
			case e&crUpper != 0:
				w = (w | wCyr | uint64(e&crAlpha)<<wAlphaShift) + wUpper
			case e&crLetter != 0:
				w |= wCyr | wLower | uint64(e&crAlpha)<<wAlphaShift
			case e&crMark != 0:
				w |= wComplex
			default:
				return j, w
			}
			j += 2
			continue
		}
		r2, n2 := textcase.DecodeRune(text[j:])
		switch {
		case isLetter(r2):
			b := letterBits(r2)
			w = (w | b&(wUpper-1)) + b&^(wUpper-1) // capitals add up
			if r2 < 0x400 || r2 > 0x4FF {
				w |= wComplex
			}
		case r2 >= 0x300 && unicode.Is(unicode.Mn, r2):
			w |= wComplex
		default:
			return j, w
		}
		j += n2
	}
	return j, w
}

// What cyrillicRunes says of a rune.
const (
	crAlpha  = alphaKy | alphaKk | alphaRu // Token.alpha's bit of a letter
	crLetter = 1 << 3                      // a letter (textcase.IsLetter)
	crUpper  = 1 << 4                      // a capital letter (textcase.IsUpper)
	crMark   = 1 << 5                      // a non-spacing mark (Mn)
)

// cyrillicRunes says what every rune of the Cyrillic block (U+0400 to
// U+04FF, indexed from U+0400) is.
var cyrillicRunes = func() (t [0x100]uint8) {
	for k := range t {
		r := rune(0x400 + k)
		switch {
		case textcase.IsLetter(r):
			t[k] = crLetter | alphaOf(r)
			if textcase.IsUpper(r) {
				t[k] |= crUpper
			}
		case unicode.Is(unicode.Mn, r):
			t[k] = crMark
		}
	}
	return t
}()

// cyrillicAt returns cyrillicRunes' entry of the rune at text[i] and
// true when it is of the Cyrillic block (two bytes, led by D0 to D3).
func cyrillicAt(text string, i int) (uint8, bool) {
	if c := text[i]; 0xD0 <= c && c <= 0xD3 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
		return cyrillicRunes[(uint(c)-0xD0)<<6|uint(text[i+1]&0x3F)], true
	}
	return 0, false
}

// letterBits gives scanWord's bits of a letter that is not ASCII: its
// script, its case (one capital, or wLower) and its alphabet.
func letterBits(r rune) uint64 {
	var w uint64
	switch {
	case 0x400 <= r && r <= 0x4FF:
		w = wCyr
	case unicode.Is(unicode.Latin, r):
		w = wLat
	case unicode.Is(unicode.Cyrillic, r):
		w = wCyr
	}
	if textcase.IsUpper(r) {
		w += wUpper
	} else {
		w |= wLower
	}
	return w | uint64(alphaOf(r))<<wAlphaShift
}

func isLetter(r rune) bool { return textcase.IsLetter(r) }

// grown returns toks with one more token, whose every field the caller
// sets: written field by field in place, a token is not first made aside
// and then copied whole into the slab.
func grown(toks []Token) []Token {
	if len(toks) < cap(toks) {
		return toks[:len(toks)+1]
	}
	return append(toks, Token{})
}

// lowerArena keeps the lower case of words in blocks of a few kilobytes,
// each byte written once and never changed: a token's Lower is a slice of
// a block instead of a string of its own.
type lowerArena struct {
	block []byte
	size  int // of a new block (0: 4096)

	// the lower case of the span tokenize is at, made when a word
	// needs it (spanLower): words take slices of it; kept here, not in
	// tokenize's registers, as few words need it
	spanLow     string
	spanAligned bool // spanLow has the span's runes where it has them
	spanLowered bool // spanLow is made

	// a copy of the span's bytes from copyAt on, made in the block when
	// a word of ASCII and Cyrillic runes first has a capital (lowerCopy);
	// each word's capitals are lowered in it before a token refers to
	// it, and never changed after
	copy    []byte
	copyAt  int
	copyAll bool // copy is of all the text, made once for its spans

	// the span's marks, noted when marking (for SplitInto), and its
	// words of each script
	marking bool
	marks   []mark
	words   [Mixed + 1]int32
}

// copyText makes the arena's copy of all of text, for tokenize's calls on
// spans of text that follow (one copy, not one a span).
func (a *lowerArena) copyText(text string) {
	a.copy, a.copyAt, a.copyAll = []byte(text), 0, true
}

// spanLower returns the lower case of text[i:j], a word in text[span]
// (textcase.Lower), from the lower case of the span when that keeps the
// span's runes in place.
func (a *lowerArena) spanLower(text string, span dossier.Span, i, j int) string {
	if !a.spanLowered {
		a.spanLow, a.spanAligned = textcase.LowerAligned(text[span.Start:span.End])
		a.spanLowered = true
	}
	if a.spanAligned {
		return a.spanLow[i-span.Start : j-span.Start]
	}
	return textcase.Lower(text[i:j])
}

// room makes room for n more bytes in the block.
func (a *lowerArena) room(n int) {
	if cap(a.block)-len(a.block) < n {
		size := a.size
		if size == 0 {
			size = 4096
		}
		a.block = make([]byte, 0, max(size, n))
	}
}

// lowerCopy returns the lower case of text[i:j], a word of ASCII and
// Cyrillic-block runes in a span that ends at end, from the copy of the
// span: only its first rune lowered when first says no other is a
// capital.
func (a *lowerArena) lowerCopy(text string, i, j, end int, first bool) string {
	if a.copy == nil {
		a.room(end - i)
		start := len(a.block)
		a.block = append(a.block, text[i:end]...)
		a.copy, a.copyAt = a.block[start:len(a.block):len(a.block)], i
	}
	if j-a.copyAt > len(a.copy) {
		// the last word of a span cut inside a rune, which it runs on
		// into
		return textcase.Lower(text[i:j])
	}
	b := a.copy[i-a.copyAt : j-a.copyAt]
	for k := 0; k < len(b); {
		if c := b[k]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[k] = c + 'a' - 'A'
			}
			k++
		} else {
			// two bytes, led by D0 to D3 (the word's runes are of the
			// block)
			low := cyrillicLower[(uint(c)-0xD0)<<6|uint(b[k+1]&0x3F)]
			b[k], b[k+1] = byte(low>>8), byte(low)
			k += 2
		}
		if first {
			break
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// cyrillicLower gives the UTF-8 bytes (lead, then continuation) of the
// lower case of every rune of the Cyrillic block, indexed as
// cyrillicRunes; each is of the block too (TestCyrillicLower).
var cyrillicLower = func() (t [0x100]uint16) {
	for k := range t {
		var b [4]byte
		utf8.EncodeRune(b[:], textcase.ToLower(rune(0x400+k)))
		t[k] = uint16(b[0])<<8 | uint16(b[1])
	}
	return t
}()
