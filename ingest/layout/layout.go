// Package layout turns the lines a page reader found — a PDF's text layer,
// Tesseract's output for a scan — into text a person can read: running
// headers, running footers and page numbers dropped, the lines of a
// paragraph joined with spaces, words hyphenated across lines re-joined,
// paragraphs separated by one blank line, and the result in Unicode NFC
// (PDFs often spell й and ё as a letter and a combining mark).
//
// It decides nothing about geometry: the reader says where paragraphs break
// (it sees gaps, indents and short lines); layout does the rest, the same way
// for every reader.
package layout

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Line is one line of text in reading order.
type Line struct {
	Text string
	// Break is true when a new paragraph starts at this line.
	Break bool
}

// Join renders lines as paragraphs. A line ending in a hyphen joins the next
// without a space: the hyphen is dropped when it only split a word for
// typesetting (a soft hyphen always; a hard one between two small letters
// unless the hyphenated form occurs elsewhere in the text or the second
// part is a particle such as -то or -либо) and kept otherwise (1933-жылы,
// Кара-Кыргыз).
func Join(lines []Line) string {
	words := wordSet(lines)
	var b []byte
	for _, l := range lines {
		t := collapseSpaces(l.Text)
		if t == "" {
			continue
		}
		switch {
		case len(b) == 0:
		case l.Break:
			b = append(b, "\n\n"...)
		default:
			if cut, keep, ok := hyphenation(string(b[max(0, len(b)-64):]), t, words); ok {
				if !keep {
					b = b[:len(b)-cut]
				}
			} else {
				b = append(b, ' ')
			}
		}
		b = append(b, t...)
	}
	return norm.NFC.String(string(b))
}

func collapseSpaces(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\r' || r == '\n' || r == '\f' || r == '\v'
	}), " ")
}

// particles follow a hyphen in Russian and Kyrgyz words that keep it.
var particles = map[string]bool{"то": true, "либо": true, "нибудь": true, "ка": true, "таки": true, "де": true}

// hyphenation looks at the text so far and the next line: ok reports that
// the text ends in a word hyphenated across the break, cut is the byte
// length of the hyphen, keep whether it stays.
func hyphenation(prev, next string, words map[string]bool) (cut int, keep, ok bool) {
	h, n := utf8.DecodeLastRuneInString(prev)
	if h != '-' && h != '\u00ad' && h != '\u2010' {
		return 0, false, false
	}
	body := prev[:len(prev)-n]
	before, _ := utf8.DecodeLastRuneInString(body)
	after, _ := utf8.DecodeRuneInString(next)
	if !isWordRune(before) || !isWordRune(after) {
		return 0, false, false
	}
	if h == '\u00ad' {
		return n, false, true
	}
	if unicode.IsDigit(before) || unicode.IsDigit(after) || unicode.IsUpper(after) {
		return n, true, true
	}
	first, second := trailingWord(body), leadingWord(next)
	if particles[strings.ToLower(second)] || words[strings.ToLower(first+"-"+second)] {
		return n, true, true
	}
	return n, false, true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func trailingWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !isWordRune(r) && r != '-' })
	return s[i+1:]
}

func leadingWord(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !isWordRune(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// wordSet holds the hyphenated words that occur inside lines (not across a
// break), lower-cased: the evidence that a hyphen at a break is real.
func wordSet(lines []Line) map[string]bool {
	m := map[string]bool{}
	for _, l := range lines {
		for _, w := range strings.Fields(l.Text) {
			w = strings.TrimFunc(w, func(r rune) bool { return !isWordRune(r) })
			if strings.Contains(w, "-") {
				m[strings.ToLower(w)] = true
			}
		}
	}
	return m
}

// pageNumber matches a line that is only a page number: "12", "- 12 -",
// "Page 12", "12 of 30", "Стр. 12", "Бет 12", "xii".
var pageNumber = regexp.MustCompile(`(?i)^[\s\-–—(\[]*(?:page|p\.|pp\.|стр\.?|страница|с\.|бет|б\.)?\s*(\d{1,5}|x{0,3}(?:ix|iv|v?i{0,3}))(?:\s*(?:of|из|/)\s*\d{1,5})?[\s\-–—)\]]*$`)

// Running finds running headers, running footers and page numbers: lines
// among the first two or last two of a page whose text, with digits
// ignored, recurs at the same edge of at least two pages and of two pages in
// five. A line that is only a number counts when the number rises with the
// page on three pages in five (a year that ends every archive card is not a
// page number). The
// result marks, for each page, the lines to drop. A single page is left as
// it is.
func Running(pages [][]string) [][]bool {
	drop := make([][]bool, len(pages))
	for i, p := range pages {
		drop[i] = make([]bool, len(p))
	}
	if len(pages) < 2 {
		return drop
	}
	need := max(2, (len(pages)*2+4)/5)
	needNumbers := max(2, (len(pages)*3+4)/5)
	for _, top := range []bool{true, false} {
		count := map[string]int{}
		numbers := map[int]int{} // page number minus page index -> pages
		for pi, p := range pages {
			seen := map[string]bool{}
			for _, li := range edge(len(p), top) {
				k := key(p[li])
				if k != "" && !seen[k] {
					seen[k] = true
					count[k]++
				}
				if n, ok := number(p[li]); ok {
					numbers[n-pi]++
				}
			}
		}
		for pi, p := range pages {
			for _, li := range edge(len(p), top) {
				k := key(p[li])
				if k == "" {
					continue
				}
				if n, ok := number(p[li]); ok {
					drop[pi][li] = drop[pi][li] || numbers[n-pi] >= needNumbers
					continue
				}
				drop[pi][li] = drop[pi][li] || count[k] >= need
			}
		}
	}
	return drop
}

// edge lists the indexes of the two lines at the top or bottom of a page of
// n lines.
func edge(n int, top bool) []int {
	switch {
	case n == 0:
		return nil
	case n == 1:
		return []int{0}
	case top:
		return []int{0, 1}
	}
	return []int{n - 1, n - 2}
}

// key is a line with digits replaced by '#', spaces collapsed, lower-cased.
func key(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsDigit(r):
			r = '#'
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// number returns the page number a line consists of, if it is one (roman
// numerals count as their value).
func number(s string) (int, bool) {
	m := pageNumber.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || m[1] == "" {
		return 0, false
	}
	v := 0
	if c := m[1][0]; c >= '0' && c <= '9' {
		for _, d := range m[1] {
			v = v*10 + int(d-'0')
		}
		return v, true
	}
	return roman(strings.ToLower(m[1]))
}

func roman(s string) (int, bool) {
	val := map[byte]int{'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100}
	total := 0
	for i := 0; i < len(s); i++ {
		v := val[s[i]]
		if i+1 < len(s) && val[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total, total > 0
}
