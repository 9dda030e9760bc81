package segment

import (
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/internal/textcase"
)

// tokenizeOld is the tokenizer before its word scan was its own
// function, kept to hold the new one to it; it appends the tokens of text[span] to out; the lower case of
// words is written in arena.
func tokenizeOld(text string, span dossier.Span, out []Token, arena *lowerArena) []Token {
	// the lower case of the whole span, made when a word needs it; words
	// take slices of it
	var low string
	var aligned, lowered bool
	space := true
	i := span.Start
	for i < span.End {
		r, n := rune(text[i]), 1
		var letter bool
		if r < utf8.RuneSelf {
			letter = 'a' <= r|0x20 && r|0x20 <= 'z' // an ASCII letter, without a call
		} else {
			r, n = textcase.DecodeRune(text[i:])
			letter = isLetter(r)
		}
		switch {
		case r == ' ' || r == '\n' || r == '\t':
			space = true
			i += n
			continue
		case letter:
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
			alpha := alphaOf(r)
			var flags uint8
			if upper > 0 {
				flags = capFirst
			}
			// every rune ASCII or of the Cyrillic block, whose lower case
			// has its length and is made rune by rune
			simple := r < 0x80 || 0x400 <= r && r <= 0x4FF
			ascii := r < 0x80
			for j < span.End {
				if c := text[j]; c < utf8.RuneSelf {
					switch {
					case 'a' <= c && c <= 'z':
						lat++
						letters++
						j++
						continue
					case 'A' <= c && c <= 'Z':
						lat++
						letters++
						upper++
						j++
						continue
					case c == '\'' && j+1 < span.End:
						r3, _ := utf8.DecodeRuneInString(text[j+1:])
						if unicode.IsLetter(r3) {
							j++
							continue
						}
					}
					break
				}
				ascii = false
				if j+1 < span.End {
					// а–я and А–Я, most letters of a Cyrillic text,
					// without decoding: D0 90–BF (А–п), D1 80–8F (р–я)
					// (щ, э, Щ and Э among them, of Russian's own letters)
					switch c, d := text[j], text[j+1]; {
					case c == 0xD0 && 0xB0 <= d && d <= 0xBF:
						cyr++
						letters++
						j += 2
						continue
					case c == 0xD1 && 0x80 <= d && d <= 0x8F:
						if d == 0x89 || d == 0x8D {
							alpha |= alphaRu
						}
						cyr++
						letters++
						j += 2
						continue
					case c == 0xD0 && 0x90 <= d && d <= 0xAF:
						if d == 0xA9 || d == 0xAD {
							alpha |= alphaRu
						}
						cyr++
						letters++
						upper++
						j += 2
						continue
					}
				}
				r2, n2 := textcase.DecodeRune(text[j:])
				switch {
				case 0x430 <= r2 && r2 <= 0x44F: // а–я
					cyr++
					letters++
				case 0x410 <= r2 && r2 <= 0x42F: // А–Я
					cyr++
					letters++
					upper++
				case isLetter(r2):
					count(r2)
					simple = simple && 0x400 <= r2 && r2 <= 0x4FF
				case r2 >= 0x300 && unicode.Is(unicode.Mn, r2):
					simple = false
				default:
					r2 = -1
				}
				if r2 < 0 {
					break
				}
				alpha |= alphaOf(r2)
				j += n2
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
			case simple && upper == 1 && flags&capFirst != 0:
				// a capitalised word: its first letter lowered, then
				// the rest as it is (no rune of these blocks but a
				// capital has another lower case)
				lower = arena.lowerFirst(lower, r, n)
			case simple && j <= span.End:
				// what the span's lower case holds here, as its runes
				// keep their length
				lower = arena.lower(lower, ascii)
			default:
				if !lowered {
					low, aligned = textcase.LowerAligned(text[span.Start:span.End])
					lowered = true
				}
				if aligned {
					lower = low[i-span.Start : j-span.Start]
				} else {
					lower = textcase.Lower(lower)
				}
			}
			out = grown(out)
			t := &out[len(out)-1]
			t.Span, t.Text, t.Lower = dossier.Span{Start: i, End: j}, text[i:j], lower
			t.Kind, t.Space, t.Script, t.cap, t.alpha = Word, space, sc, flags, alpha
			i = j
		case unicode.IsDigit(r):
			j := i + n
			for j < span.End {
				if c := text[j]; c < utf8.RuneSelf {
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
			i += n
		}
		space = false
	}
	return out
}

// lowerFirst (of the tokenizer before lowerCopy) returns w, whose first rune r of n bytes is its only
// capital, with r in lower case (of n bytes too).
func (a *lowerArena) lowerFirst(w string, r rune, n int) string {
	a.room(len(w))
	start := len(a.block)
	if n == 1 {
		a.block = append(a.block, byte(r)+'a'-'A') // r is an ASCII capital
	} else {
		a.block = utf8.AppendRune(a.block, textcase.ToLower(r))
	}
	a.block = append(a.block, w[n:]...)
	b := a.block[start:]
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// lower (of the tokenizer before lowerCopy) returns w in lower case (textcase.Lower); ascii says w is ASCII.
func (a *lowerArena) lower(w string, ascii bool) string {
	a.room(len(w))
	start := len(a.block)
	if ascii {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			a.block = append(a.block, c)
		}
	} else {
		a.block = textcase.AppendLower(a.block, w) // a new block, should it not fit
	}
	b := a.block[start:]
	return unsafe.String(unsafe.SliceData(b), len(b))
}
