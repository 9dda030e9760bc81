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

// Layout is what the text layer of a PDF holds.
type Layout struct {
	// Pages holds each page's lines in reading order (no lines for a page
	// without a text layer) and its width.
	Pages []layout.Page
	// Title, Author and Date come from the document information
	// dictionary, when set.
	Title, Author, Date string
	// Scanned lists pages (1-based) that draw an image and hold (almost)
	// no text: scans, for OCR. Their text-layer lines, if any, are dropped.
	Scanned []int
	// Broken lists pages (1-based) whose content could not be read; their
	// text is missing unless OCR supplies it.
	Broken []int
}

// minLetters is how many letters a page's text layer must hold to count as
// text when the page draws an image; fewer (a stray page number on a scan)
// means the page is a scan.
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
	pages := pageTree(rd.Trailer().Key("Root").Key("Pages"))
	n := len(pages)
	if n == 0 {
		return nil, fmt.Errorf("%w: no pages", ErrDamaged)
	}
	l = &Layout{Pages: make([]layout.Page, n)}
	info := rd.Trailer().Key("Info")
	l.Title, l.Author = infoString(info, "Title"), infoString(info, "Author")
	l.Date = pdfDate(infoString(info, "CreationDate"))
	for i, pv := range pages {
		lines, width, images, err := pageLines(pv)
		if err != nil {
			l.Broken = append(l.Broken, i+1)
			continue
		}
		l.Pages[i].Width = width
		if images > 0 && letters(lines) < minLetters {
			l.Scanned = append(l.Scanned, i+1)
			continue
		}
		l.Pages[i].Lines = lines
	}
	if len(l.Broken) == n {
		return nil, fmt.Errorf("%w: no page could be read", ErrDamaged)
	}
	return l, nil
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

func letters(lines []layout.Placed) int {
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

// Limits on the page tree, which a damaged or hostile file can make
// cyclic: the library's own walks (Reader.Page, Page.Resources) would loop
// forever on a cycle, so the tree is walked here within bounds and a page
// is read only if its inherited attributes resolve within them.
const (
	maxTreeDepth = 32
	maxTreeNodes = 1 << 14
)

// pageTree lists the leaf pages under the page tree node v in order.
func pageTree(v lpdf.Value) []lpdf.Value {
	var out []lpdf.Value
	budget := maxTreeNodes
	var walk func(v lpdf.Value, depth int)
	walk = func(v lpdf.Value, depth int) {
		if depth > maxTreeDepth || budget <= 0 || v.Kind() != lpdf.Dict {
			return
		}
		budget--
		kids := v.Key("Kids")
		if v.Key("Type").Name() == "Page" || kids.Kind() != lpdf.Array {
			out = append(out, v)
			return
		}
		for i := 0; i < kids.Len(); i++ {
			walk(kids.Index(i), depth+1)
		}
	}
	walk(v, 0)
	return out
}

// inherited looks key up on page v and its ancestors; ok is false when the
// chain of parents does not end within maxTreeDepth (a cycle).
func inherited(v lpdf.Value, key string) (val lpdf.Value, ok bool) {
	for depth := 0; depth <= maxTreeDepth; depth++ {
		if v.IsNull() {
			return lpdf.Value{}, true
		}
		if r := v.Key(key); !r.IsNull() {
			return r, true
		}
		v = v.Key("Parent")
	}
	return lpdf.Value{}, false
}

// pageLines reads page v's glyphs, groups them into lines and returns them
// with the page's width and the number of images it draws.
func pageLines(v lpdf.Value) (lines []layout.Placed, width float64, images int, err error) {
	defer func() {
		if p := recover(); p != nil {
			lines, err = nil, fmt.Errorf("%v", p)
		}
	}()
	if _, ok := inherited(v, "Resources"); !ok {
		return nil, 0, 0, errors.New("a cycle in the page tree")
	}
	if box, _ := inherited(v, "MediaBox"); box.Len() == 4 {
		width = box.Index(2).Float64() - box.Index(0).Float64()
	}
	glyphs, images := pageGlyphs(v)
	return group(glyphs), width, images, nil
}

// group turns glyphs in stream order into lines. A glyph joins one of the
// last few lines when it sits on that line's baseline within (or just
// after) its extent: producers write the letters a font lacks (ө, ү, ң in a
// font without them) in a second run, after the rest of the line or
// paragraph, so stream order is not the order within a line. Otherwise it
// starts a new line. Each line's glyphs are then put in left-to-right order;
// a gap between glyphs becomes a space when it is wider than a fifth of the
// size or, in a file that writes its spaces as characters, wider than most
// of the size (a tab stop, a table column).
func group(glyphs []glyph) []layout.Placed {
	spaces := 0
	for _, g := range glyphs {
		if g.fromSpaces {
			spaces++
		}
	}
	explicitSpaces := spaces*40 >= len(glyphs) // about one glyph in 40 is a space
	type line struct {
		y, x0, x1, size float64
		glyphs          []glyph
	}
	var lines []*line
	const recent = 8 // lines a glyph may join
	for _, g := range glyphs {
		if g.s == "" || strings.ContainsAny(g.s, "\n\r\x00") || !utf8.ValidString(g.s) || !finite(g.x, g.y, g.w, g.size) {
			continue
		}
		g.size = math.Abs(g.size)
		if g.size < 0.5 {
			g.size = 10
		}
		end := g.x + math.Max(g.w, 0)
		var into *line
		for j := len(lines) - 1; j >= 0 && j >= len(lines)-recent; j-- {
			l := lines[j]
			reach := 1.0 // how far right of a line a glyph may still join it
			if j == len(lines)-1 {
				reach = 4 // the line being written: tab stops too
			}
			size := math.Max(g.size, l.size)
			if math.Abs(g.y-l.y) <= size*0.5 && g.x >= l.x0-size && g.x <= l.x1+reach*size {
				into = l
				break
			}
		}
		if into == nil {
			into = &line{y: g.y, x0: g.x, x1: end, size: g.size}
			lines = append(lines, into)
		}
		into.glyphs = append(into.glyphs, g)
		into.x0, into.x1 = math.Min(into.x0, g.x), math.Max(into.x1, end)
		into.size = math.Max(into.size, g.size)
	}
	var out []layout.Placed
	for _, l := range lines {
		sort.SliceStable(l.glyphs, func(a, b int) bool { return l.glyphs[a].x < l.glyphs[b].x })
		var b strings.Builder
		endX, lastX, last := math.Inf(-1), math.Inf(-1), ""
		for _, g := range l.glyphs {
			gap := g.x - endX
			switch {
			case g.s == last && math.Abs(g.x-lastX) < g.size*0.1:
				continue // the same glyph printed twice (fake bold)
			case b.Len() > 0 && !g.fromSpaces && !strings.HasSuffix(b.String(), " ") && (gap > g.size*0.8 || (!explicitSpaces && gap > g.size*0.2)):
				b.WriteByte(' ')
			}
			b.WriteString(g.s)
			last, lastX = g.s, g.x
			endX = math.Max(endX, g.x+math.Max(g.w, 0))
		}
		if text := strings.TrimSpace(b.String()); text != "" {
			out = append(out, layout.Placed{Text: text, X0: l.x0, X1: l.x1, Y: l.y, Size: l.size})
		}
	}
	return out
}

func finite(xs ...float64) bool {
	for _, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
}

// Text renders the document's text (see layout.Paragraphs): pages in
// order, each from its text layer or, for pages given in ocr, from those
// lines. It also returns how many running-header, footer and page-number
// lines it removed.
func (l *Layout) Text(ocr map[int]layout.Page) (string, int) {
	pages := make([]layout.Page, len(l.Pages))
	for i, p := range l.Pages {
		if t, ok := ocr[i+1]; ok {
			pages[i] = t
		} else {
			pages[i] = p
		}
	}
	lines, removed := layout.Paragraphs(pages)
	return layout.Join(lines), removed
}
