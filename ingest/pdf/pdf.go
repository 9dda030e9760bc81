// Package pdf reads the text layer of PDF files with
// github.com/ledongthuc/pdf: glyphs in content-stream order (the order the
// producer wrote, which is the reading order for columns and footnotes of
// born-digital files) grouped into lines by their baselines, words split by
// explicit spaces or by gaps, paragraphs found from vertical gaps, short
// lines, indents and font changes, running headers, footers and page
// numbers removed (package layout). Pages without a text layer (scans) are
// reported so the caller can pass them through OCR and give their text to
// Text.
//
// The library panics on some damaged files; every call into it is guarded,
// so a bad file is an error, never a crash.
package pdf

import (
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/dossier-kg/dossier/ingest/layout"
)

// ErrDamaged means the file is not a readable PDF (truncated, corrupt,
// encrypted with a password).
var ErrDamaged = errors.New("damaged or unreadable PDF")

// Line is one line of a page: its text and where it sits (points, origin
// at the bottom left of the page).
type Line struct {
	Text   string
	X0, X1 float64 // left and right ends
	Y      float64 // baseline
	Size   float64 // font size
}

// Layout is what the text layer of a PDF holds.
type Layout struct {
	// Pages holds each page's lines in reading order; nil for a page
	// without a text layer.
	Pages [][]Line
	// Title, Author and Date come from the document information
	// dictionary, when set.
	Title, Author, Date string
	// Broken lists pages (1-based) whose content could not be read; their
	// text is missing.
	Broken []int
}

// minLetters is how many letters a page's text layer must hold to count as
// text; fewer (a stray page number on a scan) means the page needs OCR.
const minLetters = 16

// Read extracts the text layer of the PDF in r.
func Read(r io.ReaderAt, size int64) (l *Layout, err error) {
	defer func() {
		if p := recover(); p != nil {
			l, err = nil, fmt.Errorf("%w: %v", ErrDamaged, p)
		}
	}()
	rd, err := lpdf.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrDamaged, err)
	}
	n := rd.NumPage()
	if n == 0 {
		return nil, fmt.Errorf("%w: no pages", ErrDamaged)
	}
	l = &Layout{Pages: make([][]Line, n)}
	info := rd.Trailer().Key("Info")
	l.Title, l.Author = infoString(info, "Title"), infoString(info, "Author")
	l.Date = pdfDate(infoString(info, "CreationDate"))
	for i := 1; i <= n; i++ {
		lines, err := pageLines(rd, i)
		if err != nil {
			l.Broken = append(l.Broken, i)
			continue
		}
		if letters(lines) >= minLetters {
			l.Pages[i-1] = lines
		}
	}
	if len(l.Broken) == n {
		return nil, fmt.Errorf("%w: no page could be read", ErrDamaged)
	}
	return l, nil
}

// NoText lists the pages (1-based) without a text layer, broken pages
// excepted.
func (l *Layout) NoText() []int {
	var out []int
	for i, p := range l.Pages {
		if p == nil && !contains(l.Broken, i+1) {
			out = append(out, i+1)
		}
	}
	return out
}

func contains(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func infoString(info lpdf.Value, key string) (s string) {
	defer func() {
		if recover() != nil {
			s = ""
		}
	}()
	return strings.TrimSpace(strings.ToValidUTF8(info.Key(key).Text(), ""))
}

// pdfDate turns "D:19370805120000+03'00'" into "1937-08-05".
func pdfDate(s string) string {
	s = strings.TrimPrefix(s, "D:")
	if len(s) < 4 || !allDigits(s[:4]) {
		return ""
	}
	out := s[:4]
	if len(s) >= 6 && allDigits(s[4:6]) {
		out += "-" + s[4:6]
		if len(s) >= 8 && allDigits(s[6:8]) {
			out += "-" + s[6:8]
		}
	}
	return out
}

func allDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func letters(lines []Line) int {
	n := 0
	for _, l := range lines {
		for _, r := range l.Text {
			if unicode.IsLetter(r) {
				n++
			}
		}
	}
	return n
}

// pageLines reads page i's glyphs and groups them into lines.
func pageLines(rd *lpdf.Reader, i int) (lines []Line, err error) {
	defer func() {
		if p := recover(); p != nil {
			lines, err = nil, fmt.Errorf("page %d: %v", i, p)
		}
	}()
	p := rd.Page(i)
	if p.V.IsNull() {
		return nil, fmt.Errorf("page %d: missing", i)
	}
	return group(p.Content().Text), nil
}

// group turns glyphs in stream order into lines. A glyph starts a new line
// when its baseline moves by more than half its size or it jumps back to the
// left; a gap wider than a third of the size (or any gap, in a file with
// no space glyphs) becomes a space.
func group(glyphs []lpdf.Text) []Line {
	spaces := 0
	for _, g := range glyphs {
		if g.S == " " {
			spaces++
		}
	}
	explicitSpaces := spaces*40 >= len(glyphs) // about one glyph in 40 is a space
	var (
		out   []Line
		cur   *Line
		b     strings.Builder
		endX  float64 // where the last glyph ended
		lastX float64
	)
	flush := func() {
		if cur != nil {
			cur.Text = strings.TrimSpace(b.String())
			if cur.Text != "" {
				out = append(out, *cur)
			}
		}
		cur = nil
		b.Reset()
	}
	for _, g := range glyphs {
		if g.S == "" || g.S == "\n" || g.S == "\r" || !utf8.ValidString(g.S) {
			continue
		}
		size := math.Abs(g.FontSize)
		if size == 0 || math.IsNaN(size) || math.IsInf(size, 0) {
			size = 10
		}
		w := g.W
		if w <= 0 || math.IsNaN(w) {
			w = size * 0.5 // unknown width (CID fonts): a typical advance
		}
		if cur != nil {
			sameLine := math.Abs(g.Y-cur.Y) <= size*0.5 && g.X >= lastX-size
			if !sameLine {
				flush()
			} else if gap := g.X - endX; g.S != " " && !strings.HasSuffix(b.String(), " ") &&
				(gap > size*1.5 || (!explicitSpaces && gap > size*0.3)) {
				b.WriteByte(' ')
			} else if g.S == b.String()[max(0, b.Len()-len(g.S)):] && math.Abs(g.X-lastX) < size*0.1 {
				continue // the same glyph printed twice (fake bold)
			}
		}
		if cur == nil {
			cur = &Line{X0: g.X, Y: g.Y, Size: size}
		}
		b.WriteString(g.S)
		lastX = g.X
		endX = g.X + w
		cur.X1 = math.Max(cur.X1, endX)
		if size > cur.Size {
			cur.Size = size
		}
	}
	flush()
	return out
}

// Text renders the document's text: pages in order, each page's lines from
// its text layer or, for pages listed in ocr, from that text (paragraphs
// separated by blank lines, as Tesseract writes them). It also returns how
// many running-header, footer and page-number lines it removed.
func (l *Layout) Text(ocr map[int]string) (string, int) {
	pages := make([][]Line, len(l.Pages))
	for i, p := range l.Pages {
		if t, ok := ocr[i+1]; ok {
			pages[i] = ocrLines(t)
		} else {
			pages[i] = p
		}
	}
	texts := make([][]string, len(pages))
	for i, p := range pages {
		for _, ln := range p {
			texts[i] = append(texts[i], ln.Text)
		}
	}
	drop := layout.Running(texts)
	removed := 0
	var out []layout.Line
	var prev *Line
	prevRight := 0.0 // right edge of the page prev is on
	for i, p := range pages {
		kept := make([]Line, 0, len(p))
		for j, ln := range p {
			if drop[i][j] {
				removed++
				continue
			}
			kept = append(kept, ln)
		}
		spacing := lineSpacing(kept)
		for j := range kept {
			ln := &kept[j]
			brk := ln.Size < 0 // an OCR paragraph start (see ocrLines)
			switch {
			case prev == nil:
			case j == 0:
				brk = brk || pageBreak(*prev, *ln, prevRight)
			case ln.Size > 0 && prev.Size > 0:
				brk = paragraphBreak(*prev, *ln, rightEdge(kept, *prev), spacing)
			}
			out = append(out, layout.Line{Text: ln.Text, Break: brk})
			prev = ln
		}
		if len(kept) > 0 {
			prevRight = rightEdge(kept, kept[len(kept)-1])
		}
	}
	return layout.Join(out), removed
}

// ocrLines turns OCR text into lines without geometry; a line that starts a
// paragraph carries Size -1, the others Size 0.
func ocrLines(t string) []Line {
	var out []Line
	for _, l := range layout.Lines(t) {
		size := 0.0
		if l.Break {
			size = -1
		}
		out = append(out, Line{Text: l.Text, Size: size})
	}
	return out
}

// rightEdge is where full lines of a's column end: the right end most lines
// starting near a's left end reach (the 80th percentile), so a short line
// stands out.
func rightEdge(lines []Line, a Line) float64 {
	var xs []float64
	for _, l := range lines {
		if l.Size > 0 && math.Abs(l.X0-a.X0) <= 6*a.Size {
			xs = append(xs, l.X1)
		}
	}
	if len(xs) == 0 {
		return 0
	}
	sort.Float64s(xs)
	return xs[len(xs)*4/5]
}

// lineSpacing is the usual distance between consecutive baselines.
func lineSpacing(lines []Line) float64 {
	var ds []float64
	for i := 1; i < len(lines); i++ {
		if d := lines[i-1].Y - lines[i].Y; d > 0 && lines[i].Size > 0 {
			ds = append(ds, d)
		}
	}
	if len(ds) == 0 {
		return 0
	}
	sort.Float64s(ds)
	return ds[len(ds)/2]
}

// paragraphBreak decides whether b starts a new paragraph after a on the
// same page.
func paragraphBreak(a, b Line, right, spacing float64) bool {
	size := math.Max(a.Size, b.Size)
	short := a.X1 < right-2*size && !wouldNotFit(a, b, right)
	switch {
	case math.Abs(a.Size-b.Size) > 0.15*size:
		return true // a heading, a caption, a footnote
	case b.Y > a.Y+size*0.5:
		return short // moved up: the next column continues the paragraph unless a ended it
	case spacing > 0 && a.Y-b.Y > spacing*1.6:
		return true // a blank line's worth of space
	case short:
		return true
	case b.X0 > a.X0+size && b.X0 < a.X0+8*size:
		return true // a first-line indent
	}
	return false
}

// wouldNotFit reports whether b's first word is too long for the room left
// at the end of a: then a ragged-right line ended only because the word
// did not fit, not because the paragraph did.
func wouldNotFit(a, b Line, right float64) bool {
	n := utf8.RuneCountInString(a.Text)
	if n == 0 {
		return false
	}
	perRune := (a.X1 - a.X0) / float64(n)
	words := strings.Fields(b.Text)
	if len(words) == 0 {
		return false
	}
	word := words[0]
	return a.X1+perRune*float64(utf8.RuneCountInString(word)+1) > right+perRune/2
}

// pageBreak decides whether the first line of a page starts a new
// paragraph: yes when the page before ended with a short line (right is
// that page's right edge) or with the end of a sentence before a capital.
func pageBreak(a, b Line, right float64) bool {
	if b.Size < 0 {
		return true
	}
	if a.Size > 0 && b.Size > 0 {
		if math.Abs(a.Size-b.Size) > 0.15*math.Max(a.Size, b.Size) || (a.X1 < right-2*a.Size && !wouldNotFit(a, b, right)) {
			return true
		}
	}
	last, _ := utf8.DecodeLastRuneInString(a.Text)
	first, _ := utf8.DecodeRuneInString(b.Text)
	return strings.ContainsRune(".!?:»\"", last) && !unicode.IsLower(first)
}
