package ingest

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/internal/fixture"
)

const sample = "Турар Рыскулов родился в 1894 году. On April 3, 1922, Jekabs Peters wrote to Stalin from Bukhara.\n"

func write(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func readFile(t *testing.T, r *Reader, p string) (*dossier.Document, error) {
	t.Helper()
	return r.Read(context.Background(), Item{Path: p, ID: "d/" + filepath.Base(p), Explicit: true})
}

func TestReadChoosesByContent(t *testing.T) {
	dir := t.TempDir()
	cp1251, _ := charmap.Windows1251.NewEncoder().Bytes([]byte(sample))
	koi8, _ := charmap.KOI8R.NewEncoder().Bytes([]byte(sample))
	pdfBytes := fixture.Typeset{}.PDF([]string{strings.TrimSpace(sample)}).Bytes()
	docxBytes := fixture.DOCX{Paragraphs: []string{strings.TrimSpace(sample)}}.Bytes()
	cases := []struct {
		name, file string
		raw        []byte
		format     string
		encoding   string
		notes      bool
	}{
		{"utf-8 text", "a.txt", []byte(sample), "text", "utf-8", false},
		{"windows-1251 text", "b.txt", cp1251, "text", "windows-1251", true},
		{"koi8-r text", "c.txt", koi8, "text", "koi8-r", true},
		{"markdown", "d.md", []byte("# Title\n\n" + sample), "markdown", "utf-8", false},
		{"a PDF named .txt", "e.txt", pdfBytes, "pdf", "", false},
		{"a Word file without extension", "f", docxBytes, "docx", "", false},
		{"HTML named .txt", "g.txt", []byte("<!DOCTYPE html><html><body><article><p>" + sample + "</p></article></body></html>"), "html", "utf-8", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := write(t, dir, c.file, c.raw)
			doc, err := readFile(t, &Reader{}, p)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if doc.Format != c.format || doc.Encoding != c.encoding {
				t.Fatalf("format %q encoding %q, want %q %q", doc.Format, doc.Encoding, c.format, c.encoding)
			}
			if (len(doc.Notes) > 0) != c.notes {
				t.Fatalf("notes %q", doc.Notes)
			}
			if !strings.Contains(strings.Join(strings.Fields(doc.Text), " "), strings.TrimSpace(sample)) {
				t.Fatalf("text %q lacks the sample", doc.Text)
			}
			if got := strings.Join(doc.Languages, ","); got != "en,ru" {
				t.Fatalf("languages %s, want en,ru", got)
			}
			if len(doc.Hash) != 64 || doc.ID != "d/"+c.file || doc.Name != c.file || doc.Path != p {
				t.Fatalf("identity: %+v", doc)
			}
			// NoHash: the same document, but for the hash
			nohash, err := readFile(t, &Reader{NoHash: true}, p)
			if err != nil {
				t.Fatalf("Read without the hash: %v", err)
			}
			if nohash.Hash != "" {
				t.Fatalf("NoHash read a hash %q", nohash.Hash)
			}
			if nohash.Hash = doc.Hash; !reflect.DeepEqual(nohash, doc) {
				t.Fatalf("without the hash, read\n%+v\nwith it\n%+v", nohash, doc)
			}
		})
	}
}

func TestHashIsOfTheBytesRead(t *testing.T) {
	dir := t.TempDir()
	a, _ := readFile(t, &Reader{}, write(t, dir, "a.txt", []byte(sample)))
	b, _ := readFile(t, &Reader{}, write(t, dir, "b.txt", append([]byte("\xef\xbb\xbf"), sample...)))
	if a.Text != b.Text || a.Hash == b.Hash {
		t.Fatal("a byte-order mark must change the hash, not the text")
	}
}

// TestBadInput: every bad file gets one error naming the file, what was
// done and why, matching the sentinel callers branch on.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	pdfBytes := fixture.Typeset{}.PDF([]string{sample}).Bytes()
	var zipped bytes.Buffer
	z := zip.NewWriter(&zipped)
	w, _ := z.Create("notes.txt")
	w.Write([]byte(sample))
	z.Close()
	big := filepath.Join(dir, "huge.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(2 << 30); err != nil { // sparse: no disk used, nothing read
		t.Fatal(err)
	}
	f.Close()
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		path     string
		sentinel error
		why      string
	}{
		{"empty file", write(t, dir, "empty.txt", nil), dossier.ErrEmpty, "no text"},
		{"only spaces", write(t, dir, "spaces.txt", []byte(" \n\t\n")), dossier.ErrEmpty, "no text"},
		{"binary", write(t, dir, "photo.txt", []byte("\x00\x01\x02binary\x00")), dossier.ErrNotText, "NUL byte"},
		{"bad UTF-16", write(t, dir, "odd.txt", []byte("\xff\xfeA")), dossier.ErrNotText, "odd number of bytes"},
		{"truncated PDF", write(t, dir, "cut.pdf", pdfBytes[:len(pdfBytes)/3]), dossier.ErrDamaged, "damaged or unreadable PDF"},
		{"broken Word file", write(t, dir, "cut.docx", []byte("PK\x03\x04\x14\x00broken")), dossier.ErrDamaged, "damaged or unreadable Word"},
		{"HTML without text", write(t, dir, "nav.html", []byte(`<html><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>`)), dossier.ErrEmpty, "no main text"},
		{"2 GB file", big, nil, "larger than the 256 MB limit"},
		{"named pipe", fifo, nil, "not a regular file (a named pipe)"},
		{"missing file", filepath.Join(dir, "gone.txt"), nil, "the file is gone"},
		{"zip archive", write(t, dir, "notes.zip", zipped.Bytes()), dossier.ErrUnsupported, "a ZIP archive"},
		{"old Word file", write(t, dir, "old.doc", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest")), dossier.ErrUnsupported, "save it as .docx"},
		{"image with OCR off", write(t, dir, "scan.png", []byte("\x89PNG\r\n\x1a\nrest")), dossier.ErrUnsupported, "OCR is off"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := readFile(t, &Reader{}, c.path)
			if err == nil {
				t.Fatalf("Read succeeded: %q", doc.Text)
			}
			var te *dossier.TextError
			if !errors.As(err, &te) || te.Path != c.path {
				t.Fatalf("error %v is not a TextError for %s", err, c.path)
			}
			msg := err.Error()
			if strings.Count(msg, "\n") > 0 || !strings.HasPrefix(msg, c.path+":") || !strings.Contains(msg, c.why) {
				t.Fatalf("message %q: want one line starting with the path and saying %q", msg, c.why)
			}
			if c.sentinel != nil && !errors.Is(err, c.sentinel) {
				t.Fatalf("error %v does not match %v", err, c.sentinel)
			}
		})
	}
}

func TestPermissionDenied(t *testing.T) {
	if os.Geteuid() == 0 {
		// Root reads files whatever their mode; cmd/dossier's
		// TestBuildReportsBadFiles covers this case by running the build as
		// an unprivileged user.
		t.Skip("skipping: running as root, which ignores file permissions")
	}
	p := write(t, t.TempDir(), "secret.txt", []byte(sample))
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	_, err := readFile(t, &Reader{}, p)
	if err == nil || !strings.Contains(err.Error(), "permission denied") {
		t.Fatalf("Read = %v, want permission denied", err)
	}
}

func TestSniff(t *testing.T) {
	cases := []struct {
		head, name string
		want       kind
	}{
		{"%PDF-1.7\n", "x.txt", kindPDF},
		{"  \n%PDF-1.4", "x", kindPDF},
		{"A note on the %PDF-1.4 header", "x.txt", kindText},
		{"\x89PNG\r\n\x1a\n", "scan", kindImage},
		{"\xff\xd8\xff\xe0", "card.jpg", kindImage},
		{"II*\x00", "card.tif", kindImage},
		{"BMxx", "card.bmp", kindImage},
		{"BMW drove to Bishkek", "note.txt", kindText},
		{"<!-- saved -->\n<!DOCTYPE html><html>", "page.txt", kindHTML},
		{"<p>fragment</p>", "page.html", kindHTML},
		{"<p>fragment</p>", "page.txt", kindText},
		{"# Title", "a.md", kindMarkdown},
		{"{\\rtf1\\ansi", "a.rtf", kindOther},
		{"plain", "a.txt", kindText},
	}
	for _, c := range cases {
		if got := sniff([]byte(c.head), c.name, bytes.NewReader([]byte(c.head)), int64(len(c.head))); got.kind != c.want {
			t.Errorf("sniff(%q, %s) = %v (%s), want %v", c.head, c.name, got.kind, got.what, c.want)
		}
	}
}

func TestMarkdown(t *testing.T) {
	cases := []struct{ in, want string }{
		{"# Letters\n", "  Letters\n"},
		{"## Письма ##\n", "   Письма   \n"},
		{"> quoted *text*\n", "  quoted  text \n"},
		{"- item one\n* item two\n", "  item one\n  item two\n"},
		{"**Жусуп** wrote to [Stalin](https://example.org/stalin \"t\").", "  Жусуп   wrote to  Stalin                                 ."},
		{"![card](img.png) `code` snake_case_name \\*", "  card            code  snake_case_name  *"},
		{"---\n", "   \n"},
		{"```\nraw *text*\n```\n", "   \nraw *text*\n   \n"},
		{"[ref]: https://example.org\ntext <!-- hidden\nstill --> after\n", "                          \ntext            \n          after\n"},
		{"5 * 3 and ~~old~~", "5 * 3 and   old  "},
	}
	for _, c := range cases {
		got := markdownText(c.in)
		if got != c.want {
			t.Errorf("markdownText(%q) = %q, want %q", c.in, got, c.want)
		}
		if len(got) != len(c.in) {
			t.Errorf("markdownText(%q) changed the length", c.in)
		}
	}
}

func TestLanguages(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Жусуп Абдрахманов Сталинге кат жазган. Бул кат өтө маанилүү болгон.", "ky"},
		{"Турар Рыскулов родился в 1894 году в Семиречье.", "ru"},
		{"On April 3, 1922, Peters wrote to Stalin.", "en"},
		{"Қазақ халқының тарихы туралы мақала.", "kk"},
		{"Турар Рыскулов родился в 1894 году в Семиречье, учился в Ташкенте.\n\nHe was shot in 1938.", "ru,en"},
		{"12 345", ""},
	}
	for _, c := range cases {
		if got := strings.Join(Languages(c.text), ","); got != c.want {
			t.Errorf("Languages(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add("a.txt", []byte(sample))
	f.Add("a.md", []byte("# T\n\n**x** [y](z)"))
	f.Add("a.html", []byte("<html><body><p>Текст</p></body></html>"))
	f.Add("a", []byte("%PDF-1.4\n%%EOF"))
	f.Add("a.txt", []byte("\xff\xfe\x00"))
	f.Add("a.docx", fixture.DOCX{Paragraphs: []string{"x"}}.Bytes())
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, name string, raw []byte) {
		ext := filepath.Ext(name)
		if len(ext) > 10 || strings.ContainsAny(ext, "/\\\x00") {
			ext = ""
		}
		p := filepath.Join(dir, "f"+ext)
		if err := os.WriteFile(p, raw, 0o644); err != nil {
			t.Fatal(err)
		}
		doc, err := (&Reader{}).Read(context.Background(), Item{Path: p, ID: "d/f" + ext, Explicit: true})
		if err != nil {
			var te *dossier.TextError
			if !errors.As(err, &te) || te.Path != p || strings.Contains(err.Error(), "\n") {
				t.Fatalf("error %q is not one clear line about %s", err, p)
			}
			return
		}
		if strings.TrimSpace(doc.Text) == "" || !utf8.ValidString(doc.Text) {
			t.Fatalf("document text %q is empty or not UTF-8", doc.Text)
		}
	})
}

func TestParserTimeout(t *testing.T) {
	p := write(t, t.TempDir(), "slow.pdf", fixture.Typeset{}.PDF([]string{sample}).Bytes())
	_, err := readFile(t, &Reader{Timeout: time.Nanosecond}, p)
	if !errors.Is(err, dossier.ErrDamaged) || !strings.Contains(err.Error(), "gave up after 1ns") {
		t.Fatalf("Read = %v, want the parser given up", err)
	}
}
