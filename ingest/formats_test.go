package ingest_test

import (
	"context"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract"
	"github.com/dossier-kg/dossier/facts"
	"github.com/dossier-kg/dossier/ingest"
	"github.com/dossier-kg/dossier/internal/fixture"
	"github.com/dossier-kg/dossier/internal/testenv"
)

// The short text every format carries, written for this test: a Kyrgyz
// letter, a Russian biography, an English letter header.
var (
	kyPara = "Жусуп Абдрахманов 1925-жылы 5-майда Москвадан Сталинге кат жазган. Ал катында областтын чарбасы жөнүндө кеңири баяндап, жардам сураган."
	ruPara = "Турар Рыскулов родился в 1894 году. В 1937 году Рыскулов был арестован в Кисловодске, а в феврале 1938 года расстрелян. Реабилитирован в 1956 году."
	enPara = "On April 3, 1922, Jekabs Peters wrote to Stalin from Bukhara. The letter described the state of the republic and asked for instructions."

	trilingual = []string{kyPara, ruPara, enPara}
	// Windows-1251, KOI8-R and IBM866 have no Kyrgyz letters.
	russian = []string{ruPara, enPara}
)

func plain(paras []string) string { return strings.Join(paras, "\n\n") + "\n" }

// factSet is what a document yields, spans aside: its entities and its
// facts. It also checks that every fact's span points at its evidence in
// the document's text, the text `dossier show` prints.
func factSet(t *testing.T, ex *extract.Extractor, doc *dossier.Document) []string {
	t.Helper()
	x, err := ex.Extract(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range facts.FromExtraction(x, false) {
		switch l.Kind {
		case "entity":
			out = append(out, "entity "+l.Type+" "+l.ID)
		case "relation":
			obj := l.ObjectID
			if obj == "" {
				obj = l.Object
			}
			out = append(out, strings.Join([]string{"fact", l.SubjectID, l.Predicate, obj, l.Date, l.PlaceID, l.Stance}, " "))
			s := dossier.Span{Start: l.Span[0], End: l.Span[1]}
			if !s.Valid(len(doc.Text)) || collapse(doc.Slice(s)) != collapse(l.Evidence) {
				t.Errorf("%s: span %v does not hold the evidence %q", doc.Name, l.Span, l.Evidence)
			}
		}
	}
	sort.Strings(out)
	return out
}

// collapse joins words with single spaces: Markdown keeps its offsets by
// leaving spaces where markup was.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func htmlPage(paras []string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Letters from the archives</title>
<meta name="author" content="A. Researcher"></head><body>
<nav><a href="/">Home</a> <a href="/news">Leon Trotsky in Alma-Ata</a> <a href="/x">Frunze</a></nav>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a></div>
<article><h1>Letters from the archives</h1>`)
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString(`</article><footer><p>© Archive News. Contact: editor@example.org</p></footer></body></html>`)
	return b.String()
}

func markdown(paras []string) string {
	s := plain(paras)
	for _, r := range []struct{ from, to string }{
		{"Жусуп Абдрахманов", "**Жусуп Абдрахманов**"},
		{"Сталинге", "[Сталинге](https://example.org/stalin)"},
		{"Турар Рыскулов родился", "_Турар Рыскулов_ родился"},
		{"On April 3, 1922,", "> On April 3, 1922,"},
	} {
		s = strings.Replace(s, r.from, r.to, 1)
	}
	return s
}

type format struct {
	name   string
	want   string // the Format the reader must report
	paras  []string
	write  func(t *testing.T, dir string) string // writes the file, returns its path
	prefix string                                // text the .txt baseline starts with
}

func TestSameFactsInEveryFormat(t *testing.T) {
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	file := func(name string, b []byte) func(*testing.T, string) string {
		return func(t *testing.T, dir string) string {
			p := filepath.Join(dir, name)
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
			return p
		}
	}
	typeset := fixture.Typeset{Header: "Архив жана коом, 2024, № 1", PageNumbers: true, Hyphenate: true, LinesPerCol: 6}
	formats := []format{
		{name: "utf-16le", want: "text", paras: trilingual, write: file("a.txt", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), plain(trilingual)))},
		{name: "utf-16be", want: "text", paras: trilingual, write: file("a.txt", encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), plain(trilingual)))},
		{name: "windows-1251", want: "text", paras: russian, write: file("a.txt", encode(t, charmap.Windows1251, plain(russian)))},
		{name: "koi8-r", want: "text", paras: russian, write: file("a.txt", encode(t, charmap.KOI8R, plain(russian)))},
		{name: "ibm866", want: "text", paras: russian, write: file("a.txt", encode(t, charmap.CodePage866, plain(russian)))},
		{name: "markdown", want: "markdown", paras: trilingual, write: file("a.md", []byte(markdown(trilingual)))},
		{name: "html", want: "html", paras: trilingual, write: file("a.html", []byte(htmlPage(trilingual))), prefix: "Letters from the archives\n\n"},
		{name: "docx", want: "docx", paras: trilingual, write: file("a.docx", fixture.DOCX{Paragraphs: trilingual, Noisy: true, Header: "Архив", PageNumbers: true}.Bytes())},
		{name: "pdf", want: "pdf", paras: trilingual, write: file("a.pdf", typeset.PDF(trilingual).Bytes())},
		{name: "pdf by LibreOffice", want: "pdf", paras: trilingual, write: func(t *testing.T, dir string) string {
			return officePDF(t, dir, trilingual)
		}},
		{name: "docx by LibreOffice", want: "docx", paras: trilingual, write: func(t *testing.T, dir string) string {
			src := file("a.txt", []byte(plain(trilingual)))(t, dir)
			return fixture.Convert(t, "docx", filepath.Join(dir, "out"), src)[0]
		}},
		{name: "scanned image", want: "image-ocr", paras: trilingual, write: func(t *testing.T, dir string) string {
			testenv.Tool(t, "tesseract", "tesseract-ocr")
			return fixture.RenderPNG(t, officePDF(t, dir, trilingual), 1, 300, filepath.Join(dir, "scan.png"))
		}},
		{name: "scanned PDF", want: "pdf-ocr", paras: trilingual, write: func(t *testing.T, dir string) string {
			testenv.Tool(t, "tesseract", "tesseract-ocr")
			scan := fixture.RenderPNG(t, officePDF(t, dir, trilingual), 1, 150, filepath.Join(dir, "scan.png"))
			return file("scan.pdf", fixture.PDF{Pages: []fixture.PDFPage{{Image: grey(t, scan)}}}.Bytes())(t, dir)
		}},
	}
	reader := ingest.NewReader()
	for _, f := range formats {
		t.Run(f.name, func(t *testing.T) {
			dir := t.TempDir()
			txt := filepath.Join(dir, "baseline.txt")
			if err := os.WriteFile(txt, []byte(f.prefix+plain(f.paras)), 0o644); err != nil {
				t.Fatal(err)
			}
			base, err := reader.Read(context.Background(), ingest.Item{Path: txt, ID: "t/baseline.txt"})
			if err != nil {
				t.Fatal(err)
			}
			p := f.write(t, dir)
			doc, err := reader.Read(context.Background(), ingest.Item{Path: p, ID: "t/" + filepath.Base(p), Explicit: true})
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if doc.Format != f.want {
				t.Fatalf("format %q, want %q", doc.Format, f.want)
			}
			want, got := factSet(t, ex, base), factSet(t, ex, doc)
			if len(want) < 8 {
				t.Fatalf("the baseline yields only %d entities and facts: %v", len(want), want)
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Fatalf("%s text:\n%s\n\nfacts:\n%s\n\nwant (from the .txt):\n%s", f.name, doc.Text, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// officePDF prints paragraphs with LibreOffice: a Word file with a running
// header and page numbers, converted to PDF.
func officePDF(t *testing.T, dir string, paras []string) string {
	t.Helper()
	src := filepath.Join(dir, "print.docx")
	if err := os.WriteFile(src, fixture.DOCX{Paragraphs: paras, Header: "Архив жана коом", PageNumbers: true, SpaceAfter: 200}.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return fixture.Convert(t, "pdf", filepath.Join(dir, "out"), src)[0]
}

func grey(t *testing.T, p string) *image.Gray {
	t.Helper()
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	g := image.NewGray(img.Bounds())
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			g.Set(x, y, img.At(x, y))
		}
	}
	return g
}

// TestCleanupKeepsFactsAndOffsets: the same text as OCR, old typewriters
// and PDF copies give it yields the facts of the clean text, and every span
// still points at its evidence in the text as read.
func TestCleanupKeepsFactsAndOffsets(t *testing.T) {
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	replace := func(old, new string) func(string) string {
		return func(s string) string { return strings.Replace(s, old, new, 1) }
	}
	cases := []struct {
		name  string
		dirty func(string) string
	}{
		{"Latin letters inside Cyrillic words (OCR)", replace("Сталинге", "Cтaлинге")},
		{"legacy Kyrgyz letter", replace("кеңири", "кеӊири")},
		{"pre-1918 spelling", replace("родился в 1894", "родился въ 1894")},
		{"decomposed letters (PDF)", replace("й", "и\u0306")},
		{"no-break spaces and curly quotes", func(s string) string {
			return strings.Replace(strings.Replace(s, "1894 году", "1894\u00a0году", 1), "The letter", "\u201cThe letter\u201d", 1)
		}},
		{"footnote number glued to a word", replace("from Bukhara.", "from Bukhara.2")},
		{"hard-wrapped lines with a blank line between every line", wrapLines},
	}
	reader := ingest.NewReader()
	dir := t.TempDir()
	read := func(name, text string) *dossier.Document {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		doc, err := reader.Read(context.Background(), ingest.Item{Path: p, ID: "t/" + name})
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	want := factSet(t, ex, read("clean.txt", plain(trilingual)))
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := c.dirty(plain(trilingual))
			if text == plain(trilingual) {
				t.Fatal("the case changed nothing")
			}
			got := factSet(t, ex, read("messy.txt", text))
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Fatalf("facts:\n%s\n\nwant (clean text):\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// wrapLines hard-wraps every paragraph at 70 characters with a blank line
// after every line, as text copied from PDFs often comes.
func wrapLines(s string) string {
	var b strings.Builder
	for _, p := range strings.Split(strings.TrimSpace(s), "\n\n") {
		line := 0
		for i, w := range strings.Fields(p) {
			n := utf8.RuneCountInString(w)
			if i > 0 && line+1+n > 70 {
				b.WriteString("\n\n")
				line = 0
			} else if i > 0 {
				b.WriteByte(' ')
				line++
			}
			b.WriteString(w)
			line += n
		}
		b.WriteString("\n\n")
	}
	return b.String()
}
