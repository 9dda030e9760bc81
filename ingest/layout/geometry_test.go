package layout

import (
	"reflect"
	"testing"
)

func TestParagraphs(t *testing.T) {
	// Points on an A4 page; 10-point text with 12-point leading, a
	// 14-point heading, a one-line paragraph that nearly fills its line
	// (only the space after it tells), a first-line indent, and a
	// paragraph that goes on to the next page.
	line := func(text string, x0, x1, y, size float64) Placed {
		return Placed{Text: text, X0: x0, X1: x1, Y: y, Size: size}
	}
	pages := []Page{
		{Width: 595, Lines: []Placed{
			line("Heading", 60, 140, 780, 14),
			line("A paragraph of one line that almost fills it.", 60, 520, 760, 10),
			line("Then a paragraph that runs over", 60, 535, 740, 10),
			line("two lines.", 60, 120, 728, 10),
			line("An indented paragraph starts", 72, 535, 716, 10),
			line("here and runs on to the next", 60, 535, 704, 10),
		}},
		{Width: 595, Lines: []Placed{
			line("page, where it ends.", 60, 200, 780, 10),
		}},
	}
	got, removed := Paragraphs(pages)
	want := []Line{
		{Text: "Heading"},
		{Text: "A paragraph of one line that almost fills it.", Break: true},
		{Text: "Then a paragraph that runs over", Break: true},
		{Text: "two lines."},
		{Text: "An indented paragraph starts", Break: true},
		{Text: "here and runs on to the next"},
		{Text: "page, where it ends."},
	}
	if removed != 0 || !reflect.DeepEqual(got, want) {
		t.Fatalf("Paragraphs = %+v (removed %d)\nwant %+v", got, removed, want)
	}
}
