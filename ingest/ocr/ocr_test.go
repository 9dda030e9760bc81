package ocr

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-kg/dossier/ingest/layout"
	"github.com/dossier-kg/dossier/internal/fixture"
	"github.com/dossier-kg/dossier/internal/testenv"
)

var paragraphs = []string{
	"Жусуп Абдрахманов 1925-жылы 5-майда Москвадан Сталинге кат жазган.",
	"Турар Рыскулов родился в 1894 году. В 1937 году Рыскулов был арестован в Кисловодске, а в феврале 1938 года расстрелян. Реабилитирован в 1956 году.",
	"On April 3, 1922, Jekabs Peters wrote to Stalin from Bukhara.",
}

func TestUnavailable(t *testing.T) {
	ts := &Tesseract{Command: filepath.Join(t.TempDir(), "no-tesseract")}
	_, err := ts.Image(context.Background(), "card.png")
	if !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), "apt-get install tesseract-ocr") {
		t.Fatalf("Image = %v, want ErrUnavailable naming the packages", err)
	}
}

func TestMissingLanguages(t *testing.T) {
	testenv.Tool(t, "tesseract", "tesseract-ocr")
	ts := &Tesseract{Languages: []string{"xx1", "xx2"}}
	if _, err := ts.Check(context.Background()); !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), "none of the languages") {
		t.Fatalf("Check = %v, want ErrUnavailable for missing languages", err)
	}
	ts = &Tesseract{Languages: []string{"eng", "xx1"}}
	info, err := ts.Check(context.Background())
	if err != nil || strings.Join(info.Missing, ",") != "xx1" || !strings.Contains(info.Describe(), "install tesseract-ocr-xx1") {
		t.Fatalf("Check = %+v, %v; want xx1 reported missing", info, err)
	}
}

// scan prints paragraphs with LibreOffice and renders the page at 300 dpi.
func scan(t *testing.T, dir string) (pdfPath, pngPath string) {
	t.Helper()
	testenv.Tool(t, "tesseract", "tesseract-ocr tesseract-ocr-kir tesseract-ocr-rus tesseract-ocr-eng")
	src := filepath.Join(dir, "letter.docx")
	if err := os.WriteFile(src, fixture.DOCX{Paragraphs: paragraphs, SpaceAfter: 200}.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	pdfPath = fixture.Convert(t, "pdf", dir, src)[0]
	return pdfPath, fixture.RenderPNG(t, pdfPath, 1, 300, filepath.Join(dir, "letter.png"))
}

func TestImageAndScannedPage(t *testing.T) {
	dir := t.TempDir()
	pdfPath, pngPath := scan(t, dir)
	ts := &Tesseract{}
	info, err := ts.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(info.Missing) > 0 {
		t.Fatalf("language data missing: %v", info.Missing)
	}
	want := strings.Join(paragraphs, "\n\n")
	pages, err := ts.Image(context.Background(), pngPath)
	if err != nil {
		t.Fatal(err)
	}
	if got := text(pages); len(pages) != 1 || got != want {
		t.Fatalf("OCR of the image (%d pages):\n%q\nwant:\n%q", len(pages), got, want)
	}
	page, err := ts.PDFPage(context.Background(), pdfPath, 1)
	if err != nil {
		t.Fatal(err)
	}
	if got := text([]layout.Page{page}); got != want {
		t.Fatalf("OCR of the PDF page:\n%q\nwant:\n%q", got, want)
	}
	if _, err := ts.PDFPage(context.Background(), pdfPath, 7); err == nil || !strings.Contains(err.Error(), "render page 7") {
		t.Fatalf("PDFPage(7) = %v, want a render error", err)
	}
}

func text(pages []layout.Page) string {
	lines, _ := layout.Paragraphs(pages)
	return layout.Join(lines)
}

func TestParseTSV(t *testing.T) {
	tsv := "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
		"1\t1\t0\t0\t0\t0\t0\t0\t2000\t3000\t-1\t\n" +
		"4\t1\t1\t1\t1\t0\t300\t300\t1500\t50\t-1\t\n" +
		"5\t1\t1\t1\t1\t1\t300\t300\t200\t50\t95.1\tЖусуп\n" +
		"5\t1\t1\t1\t1\t2\t520\t300\t300\t50\t94.0\tАбдрахманов\n" +
		"4\t1\t1\t1\t2\t0\t300\t360\t600\t40\t-1\t\n" +
		"5\t1\t1\t1\t2\t1\t300\t360\t600\t40\t90.0\tkat\n" +
		"4\t2\t1\t1\t1\t0\t300\t300\t100\t60\t-1\t\n" +
		"5\t2\t1\t1\t1\t1\t300\t300\t100\t60\t-1\t \n" +
		"broken\trow\n"
	pages := parseTSV(tsv, 0.5)
	if len(pages) != 2 || len(pages[0].Lines) != 2 || len(pages[1].Lines) != 0 || pages[0].Width != 1000 {
		t.Fatalf("pages %+v", pages)
	}
	first := pages[0].Lines[0]
	want := layout.Placed{Text: "Жусуп Абдрахманов", X0: 150, X1: 900, Y: -175, Size: 25}
	if first != want {
		t.Fatalf("line %+v, want %+v", first, want)
	}
}

func FuzzImage(f *testing.F) {
	var blank bytes.Buffer
	png.Encode(&blank, image.NewGray(image.Rect(0, 0, 40, 20)))
	f.Add(blank.Bytes())
	f.Add([]byte("\x89PNG\r\n\x1a\ntruncated"))
	f.Add([]byte("\xff\xd8\xff\xe0 not a jpeg"))
	dir := f.TempDir()
	ts := &Tesseract{}
	f.Fuzz(func(t *testing.T, raw []byte) {
		p := filepath.Join(dir, "scan.png")
		if err := os.WriteFile(p, raw, 0o644); err != nil {
			t.Fatal(err)
		}
		pages, err := ts.Image(context.Background(), p)
		if err != nil {
			if err.Error() == "" || strings.Contains(err.Error(), "\n") {
				t.Fatalf("error %q is not one clear line", err)
			}
			return
		}
		if s := text(pages); !utf8.ValidString(s) {
			t.Fatalf("text %q is not UTF-8", s)
		}
	})
}
