package segment

import (
	"unicode"
	"unicode/utf8"

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
}

const (
	capFirst = 1 << iota // the first rune is an upper-case letter
	capAll               // every letter is upper case, and there is one
)

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
	toks := tokenize(text, span, make([]Token, 0, (span.End-span.Start)/5+1))
	return toks[:len(toks):len(toks)]
}

// tokenize appends the tokens of text[span] to out.
func tokenize(text string, span dossier.Span, out []Token) []Token {
	// one lower-case copy of the whole span; words take slices of it
	low, aligned := textcase.LowerAligned(text[span.Start:span.End])
	space := true
	i := span.Start
	for i < span.End {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == ' ' || r == '\n' || r == '\t':
			space = true
			i += n
			continue
		case isLetter(r):
			j := i + n
			lat, cyr, letters, upper := 0, 0, 0, 0
			count := func(r rune) {
				switch {
				case r < 0x80:
					lat++ // an ASCII letter
				case 0x400 <= r && r <= 0x4FF:
					cyr++
				case unicode.Is(unicode.Latin, r):
					lat++
				case unicode.Is(unicode.Cyrillic, r):
					cyr++
				}
				letters++
				if textcase.IsUpper(r) {
					upper++
				}
			}
			count(r)
			var flags uint8
			if upper > 0 {
				flags = capFirst
			}
			for j < span.End {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if isLetter(r2) {
					count(r2)
					j += n2
					continue
				}
				if r2 >= 0x300 && unicode.Is(unicode.Mn, r2) {
					j += n2
					continue
				}
				if r2 == '\'' && j+1 < span.End {
					r3, _ := utf8.DecodeRuneInString(text[j+1:])
					if unicode.IsLetter(r3) {
						j++
						continue
					}
				}
				break
			}
			sc := Other
			switch {
			case lat > 0 && cyr > 0:
				sc = Mixed
			case lat > 0:
				sc = Latin
			case cyr > 0:
				sc = Cyrillic
			}
			if upper == letters {
				flags |= capAll
			}
			lower := text[i:j]
			switch {
			case upper == 0:
			case aligned:
				lower = low[i-span.Start : j-span.Start]
			default:
				lower = textcase.Lower(lower)
			}
			out = append(out, Token{Span: dossier.Span{Start: i, End: j}, Text: text[i:j], Lower: lower, Kind: Word, Space: space, Script: sc, cap: flags})
			i = j
		case unicode.IsDigit(r):
			j := i + n
			for j < span.End {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsDigit(r2) {
					break
				}
				j += n2
			}
			out = append(out, NewToken(text[i:j], dossier.Span{Start: i, End: j}, Number, space, Other))
			i = j
		default:
			out = append(out, NewToken(text[i:i+n], dossier.Span{Start: i, End: i + n}, Punct, space, Other))
			i += n
		}
		space = false
	}
	return out
}

func isLetter(r rune) bool { return textcase.IsLetter(r) }
