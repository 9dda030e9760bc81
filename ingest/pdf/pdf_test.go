package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"strings"
	"testing"
	"time"

	"github.com/dossier-kg/dossier/ingest/layout"
	"github.com/dossier-kg/dossier/internal/fixture"
)

// paragraphs written for these tests: long enough to fill pages, with long
// lower-case words that the typesetter hyphenates.
var paragraphs = []string{
	"Жусуп Абдрахманов 1925-жылы 5-майда Москвадан Сталинге кат жазган. Ал катында областтын чарбасындагы оорчулуктар жөнүндө кеңири баяндаган жана жардам сураган.",
	"Турар Рыскулов родился в 1894 году. В 1937 году Рыскулов был арестован в Кисловодске, а в феврале 1938 года расстрелян. Реабилитирован в 1956 году постановлением суда.",
	"On April 3, 1922, Jekabs Peters wrote to Stalin from Bukhara about the administrative reorganisation of the republic and the extraordinary difficulties of communication.",
	"Архивные карточки репрессированных хранились десятилетиями в закрытых фондах, и только после реабилитации родственники получили возможность ознакомиться с материалами уголовных дел.",
	"Кийинки жылдары архивдик документтер жарыяланып, изилдөөчүлөр репрессиянын курмандыктарынын тизмелерин түзүштү жана алардын тагдырларын калыбына келтиришти.",
}

func want() string { return strings.Join(paragraphs, "\n\n") }

func layoutOf(t *testing.T, doc fixture.PDF) *Layout {
	t.Helper()
	raw := doc.Bytes()
	l, err := Read(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return l
}

func TestTextLayer(t *testing.T) {
	cases := []struct {
		name        string
		ts          fixture.Typeset
		wantRemoved bool
	}{
		{"one column", fixture.Typeset{LinesPerCol: 12}, false},
		{"running header and page numbers", fixture.Typeset{LinesPerCol: 12, Header: "Вестник архивов Кыргызстана, 1998, № 3", PageNumbers: true}, true},
		{"hyphenated", fixture.Typeset{LinesPerCol: 12, Hyphenate: true, PageNumbers: true}, true},
		{"two columns", fixture.Typeset{Columns: 2, LinesPerCol: 8, Hyphenate: true, Header: "Journal of Central Asian Archives", PageNumbers: true}, true},
		{"one long page", fixture.Typeset{LinesPerCol: 200, Hyphenate: true}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := c.ts.PDF(paragraphs)
			if len(doc.Pages) < 2 && c.wantRemoved {
				t.Fatalf("fixture has %d page(s); the case needs several", len(doc.Pages))
			}
			l := layoutOf(t, doc)
			got, removed := l.Text(nil)
			if got != want() {
				t.Fatalf("text:\n%s\n\nwant:\n%s", got, want())
			}
			if (removed > 0) != c.wantRemoved {
				t.Fatalf("removed %d lines, want removal %v", removed, c.wantRemoved)
			}
		})
	}
}

// TestFallbackRuns: when the font lacks ө, ү, ң, producers write those
// letters in a second run after the rest of the paragraph, each at its
// place: the line must still read in order.
func TestFallbackRuns(t *testing.T) {
	lines := []string{"Өткөн кылымдын 20-30 жылдарында кыргыз мамлекетинин", "түзгөнгө катышкан билимдүү кызматкерлердин ичинен"}
	const size, x0, advance = 10.0, 60.0, 5.0 // the fixture's fonts are monospaced
	var main, fallback []fixture.PDFText
	for i, l := range lines {
		y := 700 - float64(i)*12.5
		start := -1
		for j, r := range append([]rune(l), ' ') {
			kyrgyz := strings.ContainsRune("өүңӨҮҢ", r)
			if kyrgyz || j == len([]rune(l)) {
				if start >= 0 {
					main = append(main, fixture.PDFText{X: x0 + float64(start)*advance, Y: y, Size: size, Text: string([]rune(l)[start:j])})
					start = -1
				}
				if kyrgyz {
					fallback = append(fallback, fixture.PDFText{X: x0 + float64(j)*advance, Y: y, Size: size, Text: string(r)})
				}
				continue
			}
			if start < 0 {
				start = j
			}
		}
	}
	doc := fixture.PDF{Pages: []fixture.PDFPage{{Texts: append(main, fallback...)}}}
	got, _ := layoutOf(t, doc).Text(nil)
	if want := strings.Join(lines, " "); strings.Join(strings.Fields(got), " ") != want {
		t.Fatalf("text %q, want %q", got, want)
	}
}

func TestMetadata(t *testing.T) {
	doc := fixture.Typeset{Title: "Письма к Сталину", Author: "А. Исследователь"}.PDF(paragraphs[:1])
	l := layoutOf(t, doc)
	if l.Title != "Письма к Сталину" || l.Author != "А. Исследователь" {
		t.Fatalf("title %q, author %q", l.Title, l.Author)
	}
}

func TestScannedPagesAndOCRText(t *testing.T) {
	img := image.NewGray(image.Rect(0, 0, 40, 60))
	doc := fixture.Typeset{LinesPerCol: 12}.PDF(paragraphs[:2])
	doc.Pages = append([]fixture.PDFPage{{Image: img, Texts: []fixture.PDFText{{X: 300, Y: 40, Size: 8, Text: "1"}}}}, doc.Pages...)
	l := layoutOf(t, doc)
	if got := l.Scanned; len(got) != 1 || got[0] != 1 {
		t.Fatalf("Scanned = %v, want [1]", got)
	}
	// What OCR would give for the scanned page: a short heading line, then
	// a paragraph of two lines.
	scanned := layout.Page{Width: 595, Lines: []layout.Placed{
		{Text: "Письмо из архива", X0: 60, X1: 160, Y: 780, Size: 10},
		{Text: "Первая строка письма, которая доходит до правого края", X0: 60, X1: 535, Y: 765, Size: 10},
		{Text: "и продолжается здесь.", X0: 60, X1: 200, Y: 752, Size: 10},
	}}
	text, _ := l.Text(map[int]layout.Page{1: scanned})
	wantText := "Письмо из архива\n\nПервая строка письма, которая доходит до правого края и продолжается здесь.\n\n" + strings.Join(paragraphs[:2], "\n\n")
	if text != wantText {
		t.Fatalf("text:\n%q\nwant:\n%q", text, wantText)
	}
}

func TestDamaged(t *testing.T) {
	raw := fixture.Typeset{}.PDF(paragraphs).Bytes()
	for name, b := range map[string][]byte{
		"truncated":   raw[:len(raw)/2],
		"empty":       nil,
		"header only": []byte("%PDF-1.4\n"),
		"garbage":     []byte("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Read(bytes.NewReader(b), int64(len(b)))
			if !errors.Is(err, ErrDamaged) {
				t.Fatalf("Read = %v, want ErrDamaged", err)
			}
		})
	}
}

func TestCyclicPageTree(t *testing.T) {
	// A page tree that contains itself, and a page whose parent chain is a
	// cycle without resources: the library alone would loop forever.
	for name, src := range map[string]string{
		"pages contain themselves": "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [2 0 R 2 0 R] /Count 3 >> endobj\n",
		"parent cycle":             "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 /Parent 3 0 R >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n4 0 obj << /Length 0 >> stream\n\nendstream endobj\n",
	} {
		t.Run(name, func(t *testing.T) {
			raw := withXref(src)
			done := make(chan error, 1)
			go func() {
				_, err := Read(bytes.NewReader(raw), int64(len(raw)))
				done <- err
			}()
			select {
			case err := <-done:
				if !errors.Is(err, ErrDamaged) {
					t.Fatalf("Read = %v, want ErrDamaged", err)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("Read did not return")
			}
		})
	}
}

// withXref wraps numbered objects into a PDF with a correct cross-reference
// table.
func withXref(objs string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	var offsets []int
	for _, line := range strings.SplitAfter(objs, "endobj\n") {
		if line == "" {
			continue
		}
		offsets = append(offsets, b.Len())
		b.WriteString(line)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	return b.Bytes()
}

func TestPDFDate(t *testing.T) {
	for in, want := range map[string]string{"D:19370805120000+03'00'": "1937-08-05", "D:1998": "1998", "D:199811": "1998-11", "": "", "yesterday": ""} {
		if got := pdfDate(in); got != want {
			t.Errorf("pdfDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzRead(f *testing.F) {
	raw := fixture.Typeset{LinesPerCol: 10, Header: "H", PageNumbers: true, Hyphenate: true}.PDF(paragraphs[:2]).Bytes()
	f.Add(raw)
	f.Add(raw[:len(raw)*3/4])
	f.Add(bytes.Replace(raw, []byte("/Length"), []byte("/Lenght"), 1))
	f.Add(bytes.Replace(raw, []byte("Tj"), []byte("Q Q"), 1))
	f.Add([]byte("%PDF-1.4\ntrailer << /Root << /Pages << /Kids [<< /Type /Page /Contents 5 >>] /Count 1 >> >> >>\n%%EOF"))
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := Read(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			if !errors.Is(err, ErrDamaged) || err.Error() == "" {
				t.Fatalf("error %v is not a clear ErrDamaged", err)
			}
			return
		}
		text, _ := l.Text(nil)
		if strings.Contains(text, "\n\n\n") {
			t.Fatalf("text has more than one blank line in a row: %q", text)
		}
	})
}
