package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-kg/dossier/internal/fixture"
)

var paragraphs = []string{
	"Жусуп Абдрахманов 1925-жылы 5-майда Москвадан Сталинге кат жазган.",
	"Турар Рыскулов родился в 1894 году.",
	"On April 3, 1922, Jekabs Peters wrote to Stalin from Bukhara.",
}

func read(t *testing.T, raw []byte) *Document {
	t.Helper()
	d, err := Read(bytes.NewReader(raw), int64(len(raw)), 0)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return d
}

func TestRead(t *testing.T) {
	plain := strings.Join(paragraphs, "\n") + "\n"
	cases := []struct {
		name string
		doc  fixture.DOCX
		want string
	}{
		{"plain", fixture.DOCX{Paragraphs: paragraphs}, plain},
		{"header and page numbers are not body text", fixture.DOCX{Paragraphs: paragraphs, Header: "Архив, фонд 12", PageNumbers: true}, plain},
		{"split runs, deletions, field codes, a footnote", fixture.DOCX{Paragraphs: paragraphs, Noisy: true, Footnote: "ЦГА КР, ф. 10, оп. 1, д. 2."}, plain + "\nЦГА КР, ф. 10, оп. 1, д. 2.\n"},
		{"two columns", fixture.DOCX{Paragraphs: paragraphs, Columns: 2}, plain},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := read(t, c.doc.Bytes()).Text; got != c.want {
				t.Fatalf("text %q, want %q", got, c.want)
			}
		})
	}
}

func TestProperties(t *testing.T) {
	d := read(t, fixture.DOCX{Paragraphs: paragraphs, Title: "Кат", Author: "Ж. Абдрахманов", Created: "1998-11-02"}.Bytes())
	if d.Title != "Кат" || d.Author != "Ж. Абдрахманов" || d.Date != "1998-11-02" {
		t.Fatalf("properties %q %q %q", d.Title, d.Author, d.Date)
	}
}

func TestDamaged(t *testing.T) {
	raw := fixture.DOCX{Paragraphs: paragraphs}.Bytes()
	var other bytes.Buffer
	z := zip.NewWriter(&other)
	w, _ := z.Create("content.xml")
	w.Write([]byte("<office:document/>"))
	z.Close()
	var badXML bytes.Buffer
	z = zip.NewWriter(&badXML)
	w, _ = z.Create("word/document.xml")
	w.Write([]byte(`<w:document><w:body><w:p><w:r><w:t>text</w:r></w:p>`))
	z.Close()
	for name, b := range map[string][]byte{
		"truncated":    raw[:len(raw)/2],
		"not a zip":    []byte("PK\x03\x04 but nothing else"),
		"no main part": other.Bytes(),
		"broken XML":   badXML.Bytes(),
		"empty":        nil,
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Read(bytes.NewReader(b), int64(len(b)), 0)
			if !errors.Is(err, ErrDamaged) {
				t.Fatalf("Read = %v, want ErrDamaged", err)
			}
		})
	}
}

func TestZipBomb(t *testing.T) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.Create("word/document.xml")
	w.Write([]byte(`<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>`))
	w.Write(bytes.Repeat([]byte("a"), 1<<20))
	w.Write([]byte(`</w:t></w:r></w:p></w:body></w:document>`))
	z.Close()
	_, err := Read(bytes.NewReader(buf.Bytes()), int64(buf.Len()), 64<<10)
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "larger than") {
		t.Fatalf("Read = %v, want a size error", err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(fixture.DOCX{Paragraphs: paragraphs, Noisy: true, Footnote: "note"}.Bytes())
	f.Add(fixture.DOCX{Paragraphs: paragraphs[:1]}.Bytes())
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Read(bytes.NewReader(b), int64(len(b)), 1<<20)
		if err != nil {
			if !errors.Is(err, ErrDamaged) || err.Error() == "" {
				t.Fatalf("error %v is not a clear ErrDamaged", err)
			}
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("text is not UTF-8: %q", d.Text)
		}
	})
}
