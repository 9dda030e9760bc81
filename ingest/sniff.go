package ingest

import (
	"archive/zip"
	"bytes"
	"io"
	"path/filepath"
	"strings"
)

// kind is what a file holds, as far as reading it goes.
type kind int

const (
	kindText kind = iota
	kindMarkdown
	kindHTML
	kindPDF
	kindDOCX
	kindImage
	// kindOther is a recognised format Dossier does not read; sniffed.what
	// says which and what to do about it.
	kindOther
)

// sniffed is the verdict on a file.
type sniffed struct {
	kind kind
	// what names the format for messages ("PNG image", "old Word .doc
	// file: save it as .docx or PDF").
	what string
}

// headSize is how much of a file sniffing looks at.
const headSize = 8192

var magics = []struct {
	prefix string
	kind   kind
	what   string
}{
	{"\x89PNG\r\n\x1a\n", kindImage, "PNG image"},
	{"\xff\xd8\xff", kindImage, "JPEG image"},
	{"GIF87a", kindImage, "GIF image"},
	{"GIF89a", kindImage, "GIF image"},
	{"II*\x00", kindImage, "TIFF image"},
	{"MM\x00*", kindImage, "TIFF image"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", kindOther, "an old binary Office file (.doc, .xls): save it as .docx or PDF"},
	{"{\\rtf", kindOther, "an RTF file: save it as .docx or PDF"},
	{"\x1f\x8b", kindOther, "a gzip archive: unpack it first"},
	{"7z\xbc\xaf\x27\x1c", kindOther, "a 7-Zip archive: unpack it first"},
	{"Rar!\x1a\x07", kindOther, "a RAR archive: unpack it first"},
	{"\x7fELF", kindOther, "a program, not a document"},
	{"AT&TFORM", kindOther, "a DjVu file: convert it to PDF"},
}

// sniff decides what a file holds from its first bytes (head), its name,
// and for ZIP packages the list of parts (r, size). Content wins over the
// name: a PDF called .txt is read as a PDF.
func sniff(head []byte, name string, r io.ReaderAt, size int64) sniffed {
	ext := strings.ToLower(filepath.Ext(name))
	for _, m := range magics {
		if bytes.HasPrefix(head, []byte(m.prefix)) {
			return sniffed{m.kind, m.what}
		}
	}
	switch {
	case bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n\x00"), []byte("%PDF-")),
		ext == ".pdf" && bytes.Contains(head[:min(len(head), 1024)], []byte("%PDF-")):
		return sniffed{kindPDF, "PDF"}
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return sniffZip(r, size)
	case bytes.HasPrefix(head, []byte("RIFF")) && len(head) >= 12 && string(head[8:12]) == "WEBP":
		return sniffed{kindImage, "WebP image"}
	case bytes.HasPrefix(head, []byte("BM")) && ext == ".bmp":
		return sniffed{kindImage, "BMP image"}
	case len(head) >= 3 && head[0] == 'P' && head[1] >= '1' && head[1] <= '6' && (ext == ".pnm" || ext == ".pbm" || ext == ".pgm" || ext == ".ppm"):
		return sniffed{kindImage, "PNM image"}
	case looksLikeHTML(head, ext):
		return sniffed{kindHTML, "HTML"}
	case ext == ".md" || ext == ".markdown":
		return sniffed{kindMarkdown, "Markdown"}
	}
	return sniffed{kindText, "text"}
}

// sniffZip tells a Word document from other ZIP packages.
func sniffZip(r io.ReaderAt, size int64) sniffed {
	z, err := zip.NewReader(r, size)
	if err != nil {
		// A broken package: let the Word reader say what is wrong if it
		// could be one; it fails with a clear error either way.
		return sniffed{kindDOCX, "Word document"}
	}
	for _, f := range z.File {
		switch {
		case f.Name == "word/document.xml" || f.Name == "[Content_Types].xml" && hasPart(z, "word/"):
			return sniffed{kindDOCX, "Word document"}
		case f.Name == "mimetype":
			return sniffed{kindOther, "an OpenDocument file (.odt): save it as .docx or PDF"}
		}
	}
	return sniffed{kindOther, "a ZIP archive: unpack it first"}
}

func hasPart(z *zip.Reader, prefix string) bool {
	for _, f := range z.File {
		if strings.HasPrefix(f.Name, prefix) {
			return true
		}
	}
	return false
}

// looksLikeHTML: a page starts (after a byte-order mark, spaces and
// comments) with a doctype or an <html>, <head> or <body> tag; a file
// named .html need only start with a tag.
func looksLikeHTML(head []byte, ext string) bool {
	h := bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	for {
		h = bytes.TrimLeft(h, " \t\r\n")
		if !bytes.HasPrefix(h, []byte("<!--")) {
			break
		}
		end := bytes.Index(h, []byte("-->"))
		if end < 0 {
			return false
		}
		h = h[end+3:]
	}
	lower := bytes.ToLower(h[:min(len(h), 64)])
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return true
		}
	}
	if bytes.HasPrefix(lower, []byte("<?xml")) && bytes.Contains(bytes.ToLower(head), []byte("<html")) {
		return true
	}
	return (ext == ".html" || ext == ".htm" || ext == ".xhtml") && bytes.HasPrefix(h, []byte("<"))
}
