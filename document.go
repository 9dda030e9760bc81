package dossier

import (
	"crypto/sha256"
	"encoding/hex"
	"path"
	"strings"
)

// Document is one source text: a letter, an article, a news page, an archive
// card. Text is what every Span indexes.
type Document struct {
	// ID identifies the document across builds: the name of the folder the
	// build was given followed by the path below it ("seeds/000.txt"), with
	// forward slashes. Two builds of the same folder give the same IDs on any
	// machine, so the IRIs minted from them are stable.
	ID string
	// Name is the file's base name ("000.txt"); facts cite it as their source.
	Name string
	// Path is where the document was read from, as given to the reader.
	Path string
	// Text is the document's text in UTF-8: for plain text the file's text
	// decoded, byte for byte; for other formats the text a reader rendered
	// (main text only, paragraphs separated by blank lines). Every Span
	// indexes it, so it is what `dossier show` prints.
	Text string
	// Format names the reader that produced Text: "text", "markdown",
	// "html", "pdf", "docx", "pdf-ocr" (a scanned PDF), "image-ocr".
	Format string
	// Encoding is the encoding Text was decoded from ("utf-8", "utf-16le",
	// "windows-1251", "koi8-r", "ibm866"), empty for formats that carry
	// their own (PDF, DOCX, images).
	Encoding string
	// Languages are the languages the reader detected ("ky", "ru", "en",
	// "kk"), the language of most text first.
	Languages []string
	// Hash is the SHA-256 of the bytes read, hex encoded. A build skips a
	// document whose hash it has already stored.
	Hash string
	// Title, Author and Date are metadata a reader found (HTML, DOCX, PDF),
	// as the file gives them, if any.
	Title, Author, Date string
	// Notes say what a reader did that a user should know about: an
	// encoding it detected, pages it passed through OCR, running headers it
	// removed. They are reported, not stored.
	Notes []string
}

// NewDocument builds a Document from raw UTF-8 bytes read from file p, whose
// identity below the build root is id.
func NewDocument(id, p string, raw []byte) *Document {
	sum := sha256.Sum256(raw)
	return &Document{
		ID:       id,
		Name:     path.Base(strings.ReplaceAll(id, "\\", "/")),
		Path:     p,
		Text:     string(raw),
		Format:   "text",
		Encoding: "utf-8",
		Hash:     hex.EncodeToString(sum[:]),
	}
}

// Slice returns the text under s, clamped to the document.
func (d *Document) Slice(s Span) string {
	s = s.Clamp(len(d.Text))
	return d.Text[s.Start:s.End]
}

// Position converts a byte offset into a 1-based line and column (in runes),
// for error messages a person can follow to the spot.
func (d *Document) Position(off int) (line, col int) {
	return Position(d.Text, off)
}

// Position converts a byte offset in text into a 1-based line and a 1-based
// column counted in runes.
func Position(text string, off int) (line, col int) {
	if off > len(text) {
		off = len(text)
	}
	if off < 0 {
		off = 0
	}
	line = 1 + strings.Count(text[:off], "\n")
	start := strings.LastIndexByte(text[:off], '\n') + 1
	col = 1 + len([]rune(text[start:off]))
	return line, col
}
