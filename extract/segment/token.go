package segment

import (
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
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
	Kind Kind
	// Space is true when whitespace precedes the token.
	Space  bool
	Script Script
}

// Upper reports whether the token starts with an upper-case letter.
func (t Token) Upper() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// AllCaps reports whether every letter of the token is upper case (and it has at least one).
func (t Token) AllCaps() bool {
	n := 0
	for _, r := range t.Text {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// Is reports whether the token is the punctuation or word s.
func (t Token) Is(s string) bool { return t.Text == s }

// Tokenize splits text[span] into tokens. Words are maximal runs of letters
// and combining marks, with an apostrophe kept inside when letters follow
// (Stalin's, Stalin’s after clean-up, O'Connor); numbers are runs of digits;
// every other non-space rune is a punctuation token.
func Tokenize(text string, span dossier.Span) []Token {
	var out []Token
	space := true
	i := span.Start
	for i < span.End {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == ' ' || r == '\n' || r == '\t':
			space = true
			i += n
			continue
		case unicode.IsLetter(r):
			j := i + n
			lat, cyr := 0, 0
			count := func(r rune) {
				if unicode.Is(unicode.Latin, r) {
					lat++
				} else if unicode.Is(unicode.Cyrillic, r) {
					cyr++
				}
			}
			count(r)
			for j < span.End {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.Is(unicode.Mn, r2) {
					count(r2)
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
			out = append(out, Token{Span: dossier.Span{Start: i, End: j}, Text: text[i:j], Kind: Word, Space: space, Script: sc})
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
			out = append(out, Token{Span: dossier.Span{Start: i, End: j}, Text: text[i:j], Kind: Number, Space: space})
			i = j
		default:
			out = append(out, Token{Span: dossier.Span{Start: i, End: i + n}, Text: text[i : i+n], Kind: Punct, Space: space})
			i += n
		}
		space = false
	}
	return out
}
