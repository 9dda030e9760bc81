package layout

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Placed is a line of a page with its place on the page: X0 and X1 its left
// and right ends, Y its baseline (growing upwards), Size its font size, all
// in points.
type Placed struct {
	Text   string
	X0, X1 float64
	Y      float64
	Size   float64
}

// Page is one page's lines in reading order and the page's width (0 when
// not known).
type Page struct {
	Lines []Placed
	Width float64
}

// Paragraphs lays out pages of placed lines (in reading order): running
// headers, footers and page numbers dropped (see Running), and each line
// marked where a paragraph starts: after a blank line's worth of space,
// after a line that ends short of its column although the next word would
// have fit, at a first-line indent or a change of font size; across a page
// break, when the page ended that way or with a sentence before a capital.
// It returns the lines and how many it dropped.
func Paragraphs(pages []Page) ([]Line, int) {
	texts := make([][]string, len(pages))
	for i, p := range pages {
		for _, ln := range p.Lines {
			texts[i] = append(texts[i], ln.Text)
		}
	}
	drop := Running(texts)
	removed := 0
	var out []Line
	var prev *Placed
	prevRight := 0.0 // right edge of the column prev is in
	for i, p := range pages {
		kept := make([]Placed, 0, len(p.Lines))
		for j, ln := range p.Lines {
			if drop[i][j] {
				removed++
				continue
			}
			kept = append(kept, ln)
		}
		spacing := lineSpacing(kept)
		for j := range kept {
			ln := &kept[j]
			brk := false
			switch {
			case prev == nil:
			case j == 0:
				brk = pageBreak(*prev, *ln, prevRight)
			default:
				brk = paragraphBreak(*prev, *ln, rightEdge(kept, p.Width, *prev), spacing)
			}
			out = append(out, Line{Text: ln.Text, Break: brk})
			prev = ln
		}
		if len(kept) > 0 {
			prevRight = rightEdge(kept, p.Width, kept[len(kept)-1])
		}
	}
	return out, removed
}

// rightEdge is where full lines of a's column end: the right end most lines
// starting near a's left end reach (the 80th percentile), so a short line
// stands out. On a page of a few lines in one column, which may hold no
// full line at all, the right margin is taken to mirror the left one.
func rightEdge(lines []Placed, width float64, a Placed) float64 {
	var xs []float64
	left := math.Inf(1)
	oneColumn := true
	for _, l := range lines {
		left = math.Min(left, l.X0)
		if math.Abs(l.X0-a.X0) <= 6*a.Size {
			xs = append(xs, l.X1)
		} else {
			oneColumn = false
		}
	}
	if len(xs) == 0 {
		return 0
	}
	sort.Float64s(xs)
	right := xs[len(xs)*4/5]
	if len(xs) < 5 && oneColumn && width > 2*left {
		right = math.Max(right, width-left)
	}
	return right
}

// lineSpacing is the usual distance between consecutive baselines of a
// paragraph: a low percentile of the gaps, since on a page of short
// paragraphs the wider gaps between them may be half of all gaps; and no
// more than 1.3 times the font size, since text copied with an empty line
// after every line (as PDFs of hard-wrapped text are) has only wide gaps,
// each of which is a blank line. (Extraction decides later which of those
// lines belong together, as it does for the same text in a .txt file.)
func lineSpacing(lines []Placed) float64 {
	var ds, sizes []float64
	for i := 1; i < len(lines); i++ {
		if d := lines[i-1].Y - lines[i].Y; d > 0 && lines[i].Size > 0 {
			ds = append(ds, d)
			sizes = append(sizes, lines[i].Size)
		}
	}
	if len(ds) == 0 {
		return 0
	}
	sort.Float64s(ds)
	sort.Float64s(sizes)
	return math.Min(ds[len(ds)*3/10], 1.3*sizes[len(sizes)/2])
}

// paragraphBreak decides whether b starts a new paragraph after a on the
// same page.
func paragraphBreak(a, b Placed, right, spacing float64) bool {
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
func wouldNotFit(a, b Placed, right float64) bool {
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
func pageBreak(a, b Placed, right float64) bool {
	if a.Size > 0 && b.Size > 0 {
		if math.Abs(a.Size-b.Size) > 0.15*math.Max(a.Size, b.Size) || (a.X1 < right-2*a.Size && !wouldNotFit(a, b, right)) {
			return true
		}
	}
	last, _ := utf8.DecodeLastRuneInString(a.Text)
	first, _ := utf8.DecodeRuneInString(b.Text)
	return strings.ContainsRune(".!?:»\"", last) && !unicode.IsLower(first)
}
