package textnorm

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-kg/dossier/internal/swar"
	"github.com/dossier-kg/dossier/internal/textcase"
)

// edit replaces the bytes [start, end) of the input with repl.
type edit struct {
	start, end int
	repl       string
}

// chunk is a run of non-space bytes; the empty chunk stands for none.
type chunk struct{ start, end int }

func (c chunk) none() bool { return c.end == c.start }

// wordPass makes per-word repairs: editorial brackets, homoglyphs,
// pre-1918 spellings, and footnote numbers glued to or wedged between words.
//
// Most chunks need none of them, and it looks only at those that may: a
// line is read eight bytes at a time for the bytes that can make a chunk
// need a repair (see suspects), and only the chunks holding such a byte
// are measured and tried, in order. A chunk's repairs read no chunk but
// itself and its neighbours, so the edits are those of trying every chunk.
func wordPass(in string) (string, *offmap) {
	edits := wordEdits(in)
	if len(edits) == 0 {
		return identity(in)
	}
	// edits are produced per chunk in order; within a chunk they may
	// interleave, so sort by start.
	sortEdits(edits)
	var b builder
	b.grow(len(in))
	pos := 0
	for _, e := range edits {
		if e.start < pos {
			continue // overlapping edit: keep the first
		}
		b.copy(in, pos, e.start)
		b.replace(e.repl, e.start, e.end)
		pos = e.end
	}
	b.copy(in, pos, len(in))
	return b.finish(len(in))
}

// wordEdits returns the repairs of the chunks of in, chunk by chunk in
// order. It reads in eight bytes at a time for the bytes that may make a
// chunk need a repair (see suspect), and tries only the chunks that hold
// one: a chunk of ASCII, or of ASCII marks and Cyrillic, with no digit at
// an edge, no '[' and no І, і, ъ or Ъ needs none (a chunk of ASCII
// letters and Cyrillic may, but a text has such a chunk only if it holds
// both: mixedScripts).
func wordEdits(in string) []edit {
	var edits []edit
	brackets := strings.IndexByte(in, '[') >= 0
	cyrillic := hasCyrillic(in)
	mixed := cyrillic && hasASCIILetter(in)
	done := 0 // the chunks before it are tried
	for i := 0; i < len(in); i += 8 {
		var w uint64
		if i+8 <= len(in) {
			w = swar.Load8(in[i:])
		} else {
			w = loadTail(in, i)
		}
		w7 := w & lowBits
		hits := (w7 + oneBytes*(0x80-'0')) &^ (w7 + oneBytes*(0x80-'9'-1)) &^ w & highBits // digits
		if w&highBits != 0 {
			leads := w & (w << 1) & highBits // 11xxxxxx
			if cyrillic {
				cyr := leads & zeroBytes((w^oneBytes*0xD0)&(oneBytes*0xFC)) // D0-D3
				// 86, 96, 8A, AA: the second bytes of І, і, ъ, Ъ (and of others)
				dotted := zeroBytes((w&^(oneBytes*0x10))^(oneBytes*0x86)) | zeroBytes((w&^(oneBytes*0x20))^(oneBytes*0x8A))
				hits |= leads&^cyr | dotted
				if mixed {
					hits |= cyr
				}
			} else {
				hits |= leads
			}
		}
		if brackets {
			hits |= zeroBytes(w ^ oneBytes*'[')
		}
		for ; hits != 0; hits &= hits - 1 {
			p := i + bits.TrailingZeros64(hits)/8
			if p < done || p >= len(in) || !suspect(in, p, mixed) {
				continue
			}
			s, e := p, p
			for s > 0 && !isSpace(in[s-1]) {
				s--
			}
			for e < len(in) && !isSpace(in[e]) {
				e++
			}
			edits = chunkEdits(edits, in, chunk{s, e}, brackets)
			done = e
		}
	}
	return edits
}

// hasCyrillic reports whether in holds a byte that leads a rune of
// U+0400-U+04FF (D0-D3).
func hasCyrillic(in string) bool {
	for c := byte(0xD0); c <= 0xD3; c++ {
		if strings.IndexByte(in, c) >= 0 {
			return true
		}
	}
	return false
}

// hasASCIILetter reports whether in holds an ASCII letter: it looks
// eight bytes at a time for bytes of 0x40-0x7F, which a text in Cyrillic
// seldom has but for its letters.
func hasASCIILetter(in string) bool {
	i := 0
	for ; i+8 <= len(in); i += 8 {
		if w := swar.Load8(in[i:]); w<<1&^w&highBits != 0 && asciiLetterIn(in[i:i+8]) {
			return true
		}
	}
	return asciiLetterIn(in[i:])
}

func asciiLetterIn(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; 'a' <= c && c <= 'z' {
			return true
		}
	}
	return false
}

func sortEdits(e []edit) {
	for i := 1; i < len(e); i++ {
		for j := i; j > 0 && e[j].start < e[j-1].start; j-- {
			e[j], e[j-1] = e[j-1], e[j]
		}
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' }

// SWAR constants: a byte's high bit, its other bits, and one in each byte.
const (
	highBits = 0x8080808080808080
	lowBits  = 0x7F7F7F7F7F7F7F7F
	oneBytes = 0x0101010101010101
)

// loadTail reads the bytes of in from i, fewer than eight, the first
// lowest, with zeros for the bytes past the end of in.
func loadTail(in string, i int) uint64 {
	var w uint64
	for k := i; k < len(in); k++ {
		w |= uint64(in[k]) << (8 * (k - i))
	}
	return w
}

// zeroBytes has the high bit of each byte of x that is zero, exactly (no
// sum reaches past its byte).
func zeroBytes(x uint64) uint64 { return ^((x&lowBits + lowBits) | x) & highBits }

// suspect reports whether the byte at p, one of wordEdits' hits, may
// make its chunk need a repair: a digit at the chunk's start, at its end
// or before its last byte; a '['; a lead of Cyrillic in a line with
// ASCII letters (mixed); the second byte of І, і, ъ or Ъ; or the lead of
// a rune that is neither Cyrillic nor punctuation of U+2000-U+203F or №
// (which are no letters).
func suspect(in string, p int, mixed bool) bool {
	c := in[p]
	switch {
	case isDigit(c):
		return p == 0 || isSpace(in[p-1]) || p+1 == len(in) || isSpace(in[p+1]) ||
			p+2 == len(in) || isSpace(in[p+2])
	case c == '[':
		return true
	case c < 0xC0: // 86, 8A, 96, AA
		return p > 0 && (in[p-1] == 0xD0 && (c == 0x86 || c == 0xAA) || in[p-1] == 0xD1 && (c == 0x8A || c == 0x96))
	case c&0xFC == 0xD0:
		return mixed
	case c == 0xE2 && p+1 < len(in) && (in[p+1] == 0x80 || in[p+1] == 0x84 && p+2 < len(in) && in[p+2] == 0x96):
		return false
	}
	return true
}

// chunkEdits appends the repairs of the chunk c.
func chunkEdits(edits []edit, in string, c chunk, brackets bool) []edit {
	if brackets {
		edits = appendBracketEdits(edits, in, c)
	}
	if needsWordEdits(in[c.start:c.end]) {
		edits = appendWordEdits(edits, in, c)
	}
	if edgeDigits(in[c.start:c.end]) {
		edits = appendFootnoteEdits(edits, in, prevChunk(in, c.start), c, nextChunk(in, c.end))
	}
	return edits
}

// needsWordEdits reports whether appendWordEdits may repair s: whether
// it holds a rune that is not ASCII, nor of U+0400-U+04FF but І, і, ъ
// and Ъ, nor of U+2000-U+203F, nor №, or holds both an ASCII letter and
// a rune of U+0400-U+04FF. A chunk of ASCII and such Cyrillic alone has
// no letter run with both Latin and Cyrillic letters (no homoglyph to
// repair), nor a pre-1918 і or final ъ.
func needsWordEdits(s string) bool {
	letter, cyr := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			letter = letter || 'a' <= c|0x20 && c|0x20 <= 'z'
			continue
		}
		if i+1 >= len(s) {
			return true
		}
		d := s[i+1]
		switch {
		case d&0xC0 != 0x80:
			return true
		case c == 0xD0 && (d == 0x86 || d == 0xAA), c == 0xD1 && (d == 0x8A || d == 0x96):
			return true
		case c&0xFC == 0xD0:
			cyr = true
			i++
		case c == 0xE2 && (d == 0x80 || d == 0x84 && i+2 < len(s) && s[i+2] == 0x96):
			i += 2
		default:
			return true
		}
	}
	return letter && cyr
}

// prevChunk returns the chunk before the byte at, or none.
func prevChunk(in string, at int) chunk {
	j := at
	for j > 0 && isSpace(in[j-1]) {
		j--
	}
	end := j
	for j > 0 && !isSpace(in[j-1]) {
		j--
	}
	return chunk{j, end}
}

// nextChunk returns the first chunk of in at or after from, or none.
func nextChunk(in string, from int) chunk {
	i := from
	for i < len(in) && isSpace(in[i]) {
		i++
	}
	j := i
	for j < len(in) && !isSpace(in[j]) {
		j++
	}
	return chunk{i, j}
}

// appendBracketEdits removes editorial brackets around letters that are part
// of a word (P[olit]b[yuro]) or that stand as a single inserted word
// ("[In] the centre"). "[...]" and citations like "[1.101-106]" stay.
func appendBracketEdits(edits []edit, in string, c chunk) []edit {
	s := in[c.start:c.end]
	if strings.IndexByte(s, '[') < 0 {
		return edits
	}
	for k := 0; k < len(s); k++ {
		if s[k] != '[' {
			continue
		}
		close := strings.IndexByte(s[k:], ']')
		if close < 2 {
			continue
		}
		inner := s[k+1 : k+close]
		if !allLetters(inner) || utf8.RuneCountInString(inner) > 15 {
			continue
		}
		before := k > 0 && isLetterAt(s, k-1, true)
		after := k+close+1 < len(s) && isLetterAt(s, k+close+1, false)
		alone := (k == 0 || !isLetterAt(s, k-1, true)) && (k+close+1 == len(s) || !isLetterAt(s, k+close+1, false))
		if before || after || alone {
			edits = append(edits, edit{c.start + k, c.start + k + 1, ""}, edit{c.start + k + close, c.start + k + close + 1, ""})
		}
		k += close
	}
	return edits
}

func allLetters(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// isLetterAt reports whether the rune ending at (back) or starting at byte i is a letter.
func isLetterAt(s string, i int, back bool) bool {
	var r rune
	if back {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	} else {
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return unicode.IsLetter(r)
}

var latinToCyr = map[rune]rune{
	'a': 'а', 'c': 'с', 'e': 'е', 'o': 'о', 'p': 'р', 'x': 'х', 'y': 'у', 'k': 'к',
	'A': 'А', 'B': 'В', 'C': 'С', 'E': 'Е', 'H': 'Н', 'K': 'К', 'M': 'М', 'O': 'О',
	'P': 'Р', 'T': 'Т', 'X': 'Х', 'Y': 'У',
}

var cyrToLatin = map[rune]rune{
	'а': 'a', 'с': 'c', 'е': 'e', 'о': 'o', 'р': 'p', 'х': 'x', 'у': 'y', 'к': 'k',
	'А': 'A', 'В': 'B', 'С': 'C', 'Е': 'E', 'Н': 'H', 'К': 'K', 'М': 'M', 'О': 'O',
	'Р': 'P', 'Т': 'T', 'Х': 'X', 'У': 'Y', 'і': 'i', 'І': 'I',
}

const kazakhLetters = "әғқңөұүһӘҒҚҢӨҰҮҺ"

// appendWordEdits repairs letters inside each letter run of the chunk:
// homoglyphs (a Latin "о" inside a Cyrillic word, decided by majority
// script), the pre-1918 word-final ъ, and the pre-1918 і before a vowel.
func appendWordEdits(edits []edit, in string, c chunk) []edit {
	i := c.start
	for i < c.end {
		r, n := utf8.DecodeRuneInString(in[i:])
		if !textcase.IsLetter(r) {
			i += n
			continue
		}
		j := i
		cyr, lat := 0, 0
		dotted := false // an і or І: a pre-1918 spelling may be
		for j < c.end {
			if b := in[j]; b < utf8.RuneSelf {
				if !('a' <= b && b <= 'z' || 'A' <= b && b <= 'Z') {
					break // not a letter, nor a mark
				}
				lat++
				j++
				continue
			}
			r, n := textcase.DecodeRune(in[j:])
			if 0x410 <= r && r <= 0x44F { // А–я
				cyr++
				j += n
				continue
			}
			if !textcase.IsLetter(r) && !(r >= 0x300 && unicode.Is(unicode.Mn, r)) {
				break
			}
			if textcase.IsCyrillic(r) {
				cyr++
			} else if textcase.IsLatin(r) {
				lat++
			}
			dotted = dotted || r == 'і' || r == 'І'
			j += n
		}
		word := in[i:j]
		if cyr > 0 && lat > 0 && cyr != lat {
			table, keep := latinToCyr, unicode.Cyrillic
			if lat > cyr {
				table, keep = cyrToLatin, unicode.Latin
			}
			for k := i; k < j; {
				r, n := utf8.DecodeRuneInString(in[k:])
				if !unicode.Is(keep, r) {
					if to, ok := table[r]; ok {
						edits = append(edits, edit{k, k + n, string(to)})
					}
				}
				k += n
			}
		}
		// a pre-1918 spelling has a final hard sign or the letter і
		if cyr > 0 && lat == 0 && (dotted || strings.HasSuffix(word, "ъ") || strings.HasSuffix(word, "Ъ")) && !strings.ContainsAny(word, kazakhLetters) {
			edits = appendPreReformEdits(edits, word, i)
		}
		i = j
	}
	return edits
}

func appendPreReformEdits(edits []edit, word string, at int) []edit {
	rs := []rune(word)
	n := len(rs)
	preReform := n >= 3 && (rs[n-1] == 'ъ' || rs[n-1] == 'Ъ') && !isCyrVowel(rs[n-2])
	for k := 0; k+1 < n; k++ {
		if (rs[k] == 'і' || rs[k] == 'І') && isCyrVowel(rs[k+1]) {
			preReform = true
		}
	}
	if !preReform {
		return edits
	}
	off := at
	for k, r := range rs {
		w := utf8.RuneLen(r)
		switch {
		case r == 'і':
			edits = append(edits, edit{off, off + w, "и"})
		case r == 'І':
			edits = append(edits, edit{off, off + w, "И"})
		case k == n-1 && (r == 'ъ' || r == 'Ъ'):
			edits = append(edits, edit{off, off + w, ""})
		}
		off += w
	}
	return edits
}

func isCyrVowel(r rune) bool {
	return strings.ContainsRune("аеёиоуыэюяөүАЕЁИОУЫЭЮЯӨҮ", r)
}

var ordinalSuffixes = map[string]bool{"st": true, "nd": true, "rd": true, "th": true, "s": true, "x": true, "km": true, "kg": true, "mm": true, "cm": true, "am": true, "pm": true, "th.": true}

var notFootnoteBefore = map[string]bool{
	"no": true, "vol": true, "volume": true, "article": true, "art": true, "chapter": true, "part": true,
	"page": true, "book": true, "section": true, "item": true, "point": true, "grade": true, "class": true,
	"room": true, "level": true, "war": true, "number": true, "fig": true, "figure": true, "table": true,
	"статья": true, "статьи": true, "пункт": true, "том": true, "часть": true, "глава": true, "бап": true,
}

// appendFootnoteEdits drops footnote numbers: glued to the start of an
// English word after a word ("front 3and" → "front and"), glued to the start
// of a line ("2The" → "The"), glued to the end of a Cyrillic word
// ("Сталинге1" → "Сталинге"), or standing alone between a capitalised word
// and a lower-case word or a spaced full stop ("Enver Pasha 2 were",
// "Peters 5 .").
func appendFootnoteEdits(edits []edit, in string, prev, c, next chunk) []edit {
	s := in[c.start:c.end]
	d := 0
	for d < len(s) && d < 3 && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	if d >= 1 && d <= 2 && d < len(s) {
		rest := s[d:]
		r, _ := utf8.DecodeRuneInString(rest)
		word := strings.TrimRight(rest, ".,;:!?)\"'")
		switch {
		case unicode.IsLower(r) && unicode.Is(unicode.Latin, r) && len(word) >= 2 && !ordinalSuffixes[textcase.Lower(word)] && !prev.none() && endsWithLetter(in[prev.start:prev.end]):
			edits = append(edits, edit{c.start, c.start + d, ""})
		case unicode.IsUpper(r) && (c.start == 0 || in[c.start-1] == '\n') && len(word) >= 3:
			r2, _ := utf8.DecodeRuneInString(word[utf8.RuneLen(r):])
			if unicode.IsLower(r2) {
				edits = append(edits, edit{c.start, c.start + d, ""})
			}
		}
	}
	if d >= 1 && d <= 2 && d == len(s) && !prev.none() && !next.none() {
		prevEnd, nextStart := prev.end, next.start
		prev := in[prev.start:prev.end]
		next := in[next.start:next.end]
		pr, _ := utf8.DecodeRuneInString(prev)
		nr, _ := utf8.DecodeRuneInString(next)
		sameLine := !strings.Contains(in[prevEnd:nextStart], "\n")
		// Latin text only: in Kyrgyz and Russian a bare number between words
		// is usually a count ("Сталинге 3 жолу").
		if sameLine && unicode.IsUpper(pr) && unicode.Is(unicode.Latin, pr) && endsWithLetter(prev) && !isMonthWord(prev) && !notFootnoteBefore[textcase.Lower(prev)] &&
			((unicode.IsLower(nr) && unicode.Is(unicode.Latin, nr) && endsWithLetterOrPunct(next)) || next == ".") {
			edits = append(edits, edit{prevEnd, c.end, ""})
		}
	}
	// a word with glued trailing digits: a Cyrillic one of three letters or
	// more, or a Latin one of four or more not written in capitals
	// ("Pasha2 were"; not "B52", "SU100")
	if k := trailingDigits(s); k > 0 && k <= 2 {
		body := s[:len(s)-k]
		body = strings.TrimLeft(body, "\"'(")
		if utf8.RuneCountInString(body) >= 3 && allCyrillicLetters(body) || utf8.RuneCountInString(body) >= 4 && latinWord(body) {
			edits = append(edits, edit{c.end - k, c.end, ""})
		}
	} else if k := trailingDigitsBeforePunct(s); k > 0 && k <= 2 {
		p := len(s) - 1
		body := strings.TrimLeft(s[:p-k], "\"'(")
		if utf8.RuneCountInString(body) >= 3 && allCyrillicLetters(body) {
			edits = append(edits, edit{c.start + p - k, c.start + p, ""})
		}
	}
	return edits
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// edgeDigits is appendFootnoteEdits' quick test of a chunk: a footnote
// number opens it, or ends it, or stands before its last byte.
func edgeDigits(s string) bool {
	return isDigit(s[0]) || isDigit(s[len(s)-1]) || len(s) >= 2 && isDigit(s[len(s)-2])
}

func endsWithLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

func endsWithLetterOrPunct(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsPunct(r)
}

func trailingDigits(s string) int {
	k := 0
	for k < len(s) && s[len(s)-1-k] >= '0' && s[len(s)-1-k] <= '9' {
		k++
	}
	if k == len(s) {
		return 0
	}
	return k
}

func trailingDigitsBeforePunct(s string) int {
	if len(s) < 2 {
		return 0
	}
	switch s[len(s)-1] {
	case '.', ',', ';', ':':
	default:
		return 0
	}
	return trailingDigits(s[:len(s)-1])
}

// latinWord reports a word of Latin letters with a lower-case letter
// after its first.
func latinWord(s string) bool {
	lower := false
	for i, r := range s {
		if !textcase.IsLatin(r) {
			return false
		}
		if i > 0 && unicode.IsLower(r) {
			lower = true
		}
	}
	return lower
}

func allCyrillicLetters(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.Cyrillic, r) || !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

var monthWords = []string{
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec",
}

func isMonthWord(s string) bool {
	s = textcase.Lower(strings.TrimRight(s, ".,"))
	for _, m := range monthWords {
		if s == m {
			return true
		}
	}
	for _, stem := range []string{"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"} {
		if strings.HasPrefix(s, stem) && (stem != "ма" || len([]rune(s)) <= 5) {
			return true
		}
	}
	return false
}
