package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest/charset"
	"github.com/dossier-kg/dossier/ingest/docx"
	"github.com/dossier-kg/dossier/ingest/html"
	"github.com/dossier-kg/dossier/ingest/layout"
	"github.com/dossier-kg/dossier/ingest/ocr"
	"github.com/dossier-kg/dossier/ingest/pdf"
)

// Defaults of a Reader's limits.
const (
	DefaultMaxSize = 256 << 20
	DefaultTimeout = 2 * time.Minute
)

// Reader reads files into Documents, choosing the reader by the file's
// content (its first bytes), not only its name.
//
// Contract: Read returns a Document with non-empty Text, or one error that
// names the file, says what was being done and why it failed (a
// *dossier.TextError, positioned when the fault has a place in the text);
// errors wrap dossier.ErrEmpty, ErrNotText, ErrUnsupported or ErrDamaged
// where one applies. Read never reads more than MaxSize bytes of a file into
// memory and is safe for concurrent use.
type Reader struct {
	// MaxSize is the largest file accepted, in bytes (0: DefaultMaxSize).
	MaxSize int64
	// OCR reads images and PDF pages without a text layer; nil turns OCR
	// off (such files then fail with a message saying so).
	OCR *ocr.Tesseract
	// Timeout bounds the parsing of one PDF or HTML file (0:
	// DefaultTimeout); OCR has its own limit per page. The parsers are
	// third-party code that a damaged file might send into a loop: past
	// the limit the file fails with a clear error and the build goes on
	// (the stuck parser is abandoned and dies with the process).
	Timeout time.Duration
	// NoHash leaves Document.Hash empty, for a caller that never compares
	// a file with what was read of it before (dossier extract --format
	// facts): hashing is a sizeable part of reading a text file.
	NoHash bool
}

// NewReader returns a Reader with the default size limit and OCR by
// Tesseract when it is installed.
func NewReader() *Reader { return &Reader{OCR: &ocr.Tesseract{}} }

// Read reads one file with NewReader's settings.
func Read(it Item) (*dossier.Document, error) {
	return NewReader().Read(context.Background(), it)
}

// guard runs fn within r's parse timeout. A parse that ends after the
// timeout counts as timed out even when its result and the timer arrive
// together, so the outcome does not depend on which channel select picks.
func (r *Reader) guard(ctx context.Context, fn func() error) error {
	d := r.Timeout
	if d <= 0 {
		d = DefaultTimeout
	}
	gaveUp := func() error {
		return tag(dossier.ErrDamaged, fmt.Errorf("gave up after %s: the parser did not finish (a damaged file?)", d))
	}
	start := time.Now()
	done := make(chan error, 1)
	go func() { done <- fn() }()
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case err := <-done:
		if time.Since(start) > d {
			return gaveUp()
		}
		return err
	case <-timer.C:
		return gaveUp()
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (r *Reader) maxSize() int64 {
	if r.MaxSize > 0 {
		return r.MaxSize
	}
	return DefaultMaxSize
}

// Read reads one file.
func (r *Reader) Read(ctx context.Context, it Item) (*dossier.Document, error) {
	info, err := os.Stat(it.Path)
	if err != nil {
		return nil, fileError(it.Path, "read", explain(err))
	}
	if !info.Mode().IsRegular() {
		return nil, fileError(it.Path, "read", fmt.Errorf("not a regular file (%s)", modeName(info.Mode())))
	}
	f, err := os.Open(it.Path)
	if err != nil {
		return nil, fileError(it.Path, "read", explain(err))
	}
	defer f.Close()
	if info, err = f.Stat(); err != nil {
		return nil, fileError(it.Path, "read", explain(err))
	}
	size := info.Size()
	if size > r.maxSize() {
		return nil, fileError(it.Path, "read", fmt.Errorf("file is %s, larger than the %s limit (ingest.max_size)", megabytes(size), megabytes(r.maxSize())))
	}
	head := make([]byte, headSize)
	n, err := f.ReadAt(head, 0)
	if err != nil && err != io.EOF {
		return nil, fileError(it.Path, "read", explain(err))
	}
	head = head[:n]
	s := sniff(head, it.Path, f, size)
	var doc *dossier.Document
	switch s.kind {
	case kindText, kindMarkdown:
		doc, err = r.readText(it, f, size, s.kind == kindMarkdown)
	case kindHTML:
		doc, err = r.readHTML(ctx, it, f, size)
	case kindPDF:
		doc, err = r.readPDF(ctx, it, f, size)
	case kindDOCX:
		doc, err = r.readDOCX(it, f, size)
	case kindImage:
		doc, err = r.readImage(ctx, it, f, s.what)
	default:
		err = fileError(it.Path, "read", fmt.Errorf("%w: %s", dossier.ErrUnsupported, s.what))
	}
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(doc.Text) == "" || (doc.Format != "text" && doc.Format != "markdown" && strings.IndexFunc(doc.Text, unicode.IsLetter) < 0) {
		return nil, fileError(it.Path, "read "+doc.Format, fmt.Errorf("%w: the %s holds no words", dossier.ErrEmpty, doc.Format))
	}
	doc.ID = it.ID
	doc.Name = path.Base(strings.ReplaceAll(it.ID, "\\", "/"))
	doc.Path = it.Path
	if doc.Languages == nil {
		doc.Languages = Languages(doc.Text)
	}
	return doc, nil
}

// readAll reads the whole (size-checked) file and hashes it (unless
// r.NoHash). size is the file's size when it was checked: the buffer is
// made that large at once (plus the byte that sees the end), and grows
// only if the file did.
func (r *Reader) readAll(it Item, f *os.File, size int64) ([]byte, string, error) {
	lr := io.LimitReader(f, r.maxSize()+1)
	raw := make([]byte, 0, min(size, r.maxSize())+1)
	for {
		if len(raw) == cap(raw) {
			raw = append(raw, 0)[:len(raw)]
		}
		n, err := lr.Read(raw[len(raw):cap(raw)])
		raw = raw[:len(raw)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, "", fileError(it.Path, "read", explain(err))
		}
	}
	if int64(len(raw)) > r.maxSize() {
		return nil, "", fileError(it.Path, "read", fmt.Errorf("file grew past the %s limit while being read", megabytes(r.maxSize())))
	}
	if r.NoHash {
		return raw, "", nil
	}
	sum := sha256.Sum256(raw)
	return raw, hex.EncodeToString(sum[:]), nil
}

// hashFile hashes a file read in place, streaming, unless r.NoHash.
func (r *Reader) hashFile(it Item, f *os.File, size int64) (string, error) {
	if r.NoHash {
		return "", nil
	}
	h := sha256.New()
	if _, err := io.Copy(h, io.NewSectionReader(f, 0, size)); err != nil {
		return "", fileError(it.Path, "read", explain(err))
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func (r *Reader) readText(it Item, f *os.File, size int64, markdown bool) (*dossier.Document, error) {
	raw, hash, err := r.readAll(it, f, size)
	if err != nil {
		return nil, err
	}
	format := "text"
	if markdown {
		format = "markdown"
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf")))) == 0 {
		return nil, fileError(it.Path, "read", dossier.ErrEmpty)
	}
	var (
		text  string
		enc   charset.Result
		langs []string
	)
	if !bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")) {
		// nearly every file: UTF-8 without a mark, which one pass finds
		// while it counts the letters
		text = string(raw)
		if t, ok := tallyLetters(text, true); ok {
			enc = charset.Result{Name: charset.UTF8, Confidence: 1}
			langs = t.languages()
		} else {
			text = ""
		}
	}
	if enc.Name == "" {
		if enc, err = charset.Detect(raw); err != nil {
			return nil, decodeError(it.Path, raw, err)
		}
		if enc.Name == charset.UTF8 {
			// Detect has checked every byte after the mark: Decode would
			// only check them again
			text = string(raw[enc.BOM:])
		} else if text, err = charset.Decode(raw, enc.Name); err != nil {
			return nil, decodeError(it.Path, raw, err)
		}
	}
	if markdown {
		text = markdownText(text)
		langs = nil
	}
	doc := &dossier.Document{Text: text, Format: format, Encoding: enc.Name, Hash: hash, Languages: langs}
	if enc.Detected {
		doc.Notes = append(doc.Notes, fmt.Sprintf("encoding %s detected (confidence %.2f)", enc.Name, enc.Confidence))
	}
	if strings.TrimSpace(text) == "" {
		return nil, fileError(it.Path, "read", dossier.ErrEmpty)
	}
	return doc, nil
}

// decodeError reports where decoding failed, with line and column when the
// text before the fault is readable.
func decodeError(p string, raw []byte, err error) error {
	var ce *charset.Error
	if !errors.As(err, &ce) {
		return fileError(p, "read", fmt.Errorf("%w: %w", dossier.ErrNotText, err))
	}
	e := &dossier.TextError{Path: p, Offset: ce.Offset, Op: "read", Err: fmt.Errorf("%w: %s", dossier.ErrNotText, ce.Reason)}
	if prefix := raw[:min(ce.Offset, len(raw))]; utf8.Valid(prefix) {
		e.Line, e.Col = dossier.Position(string(prefix), len(prefix))
	}
	return e
}

func (r *Reader) readHTML(ctx context.Context, it Item, f *os.File, size int64) (*dossier.Document, error) {
	raw, hash, err := r.readAll(it, f, size)
	if err != nil {
		return nil, err
	}
	var h *html.Document
	err = r.guard(ctx, func() (err error) {
		h, err = html.Read(raw)
		return err
	})
	switch {
	case errors.Is(err, html.ErrNoText):
		return nil, fileError(it.Path, "read html", fmt.Errorf("%w: the page has no main text (only navigation, scripts or images)", dossier.ErrEmpty))
	case errors.Is(err, charset.ErrNotText):
		return nil, decodeError(it.Path, raw, err)
	case err != nil:
		return nil, fileError(it.Path, "read html", err)
	}
	doc := &dossier.Document{Text: norm.NFC.String(h.Text), Format: "html", Encoding: h.Encoding, Hash: hash,
		Title: h.Title, Author: h.Author, Date: h.Date}
	if h.Detected {
		doc.Notes = append(doc.Notes, "encoding "+h.Encoding+" detected (the page's label was missing or wrong)")
	}
	return doc, nil
}

func (r *Reader) readDOCX(it Item, f *os.File, size int64) (*dossier.Document, error) {
	hash, err := r.hashFile(it, f, size)
	if err != nil {
		return nil, err
	}
	d, err := docx.Read(f, size, r.maxSize())
	if err != nil {
		return nil, fileError(it.Path, "read docx", tag(dossier.ErrDamaged, err))
	}
	return &dossier.Document{Text: norm.NFC.String(d.Text), Format: "docx", Hash: hash, Title: d.Title, Author: d.Author, Date: d.Date}, nil
}

func (r *Reader) readPDF(ctx context.Context, it Item, f *os.File, size int64) (*dossier.Document, error) {
	hash, err := r.hashFile(it, f, size)
	if err != nil {
		return nil, err
	}
	var l *pdf.Layout
	err = r.guard(ctx, func() (err error) {
		l, err = pdf.Read(f, size)
		return err
	})
	if err != nil {
		return nil, fileError(it.Path, "read pdf", tag(dossier.ErrDamaged, err))
	}
	doc := &dossier.Document{Format: "pdf", Hash: hash, Title: l.Title, Author: l.Author, Date: l.Date}
	texts, err := r.ocrPages(ctx, it, l, doc)
	if err != nil {
		return nil, err
	}
	text, removed := l.Text(texts)
	if removed > 0 {
		doc.Notes = append(doc.Notes, fmt.Sprintf("%d running header, footer and page-number lines removed", removed))
	}
	doc.Text = text
	return doc, nil
}

// ocrPages passes a PDF's scanned pages, and pages that could not be read,
// through OCR when it is on and installed; otherwise it notes what is
// missing, and fails when that is every page.
func (r *Reader) ocrPages(ctx context.Context, it Item, l *pdf.Layout, doc *dossier.Document) (map[int]layout.Page, error) {
	pages := append(append([]int(nil), l.Scanned...), l.Broken...)
	sort.Ints(pages)
	if len(pages) == 0 {
		return nil, nil
	}
	all := len(l.Scanned) == len(l.Pages)
	var why error
	switch {
	case r.OCR == nil:
		why = errors.New("OCR is off (ingest.ocr)")
	default:
		if _, err := r.OCR.Check(ctx); err != nil {
			why = err
		}
	}
	if why != nil {
		if all {
			return nil, fileError(it.Path, "read pdf", tag(dossier.ErrUnsupported, fmt.Errorf("a scanned PDF without a text layer, and %w", why)))
		}
		if len(l.Scanned) > 0 {
			doc.Notes = append(doc.Notes, fmt.Sprintf("scanned pages %s skipped: %v", pageList(l.Scanned), why))
		}
		if len(l.Broken) > 0 {
			doc.Notes = append(doc.Notes, "pages "+pageList(l.Broken)+" could not be read and are missing")
		}
		return nil, nil
	}
	texts := map[int]layout.Page{}
	var failed []int
	for _, p := range pages {
		page, err := r.OCR.PDFPage(ctx, it.Path, p)
		if err != nil {
			if all || ctx.Err() != nil {
				return nil, fileError(it.Path, "read pdf", fmt.Errorf("OCR: %w", err))
			}
			failed = append(failed, p)
			continue
		}
		texts[p] = page
	}
	info, _ := r.OCR.Check(ctx)
	if len(l.Scanned) > 0 {
		doc.Format = "pdf-ocr"
	}
	doc.Notes = append(doc.Notes, fmt.Sprintf("pages %s: %s", pageList(pages), info.Describe()))
	if len(failed) > 0 {
		doc.Notes = append(doc.Notes, "pages "+pageList(failed)+" could not be read, even by OCR, and are missing")
	}
	return texts, nil
}

func (r *Reader) readImage(ctx context.Context, it Item, f *os.File, what string) (*dossier.Document, error) {
	info, err := f.Stat()
	if err != nil {
		return nil, fileError(it.Path, "read", explain(err))
	}
	hash, err := r.hashFile(it, f, info.Size())
	if err != nil {
		return nil, err
	}
	if r.OCR == nil {
		return nil, fileError(it.Path, "read image", tag(dossier.ErrUnsupported, fmt.Errorf("a %s needs OCR, and OCR is off (ingest.ocr)", what)))
	}
	oi, err := r.OCR.Check(ctx)
	if err != nil {
		return nil, fileError(it.Path, "read image", tag(dossier.ErrUnsupported, fmt.Errorf("a %s needs OCR: %w", what, err)))
	}
	pages, err := r.OCR.Image(ctx, it.Path)
	if err != nil {
		return nil, fileError(it.Path, "read image", fmt.Errorf("OCR: %w", err))
	}
	lines, _ := layout.Paragraphs(pages)
	text := layout.Join(lines)
	if strings.IndexFunc(text, unicode.IsLetter) < 0 {
		return nil, fileError(it.Path, "read image", fmt.Errorf("%w: OCR found no text in the %s", dossier.ErrEmpty, what))
	}
	return &dossier.Document{Text: text, Format: "image-ocr", Hash: hash, Notes: []string{oi.Describe()}}, nil
}

// tagged is an error that also matches a sentinel (errors.Is) without
// repeating the sentinel's words in its message.
type tagged struct {
	sentinel, err error
}

func (t *tagged) Error() string   { return t.err.Error() }
func (t *tagged) Unwrap() []error { return []error{t.sentinel, t.err} }

func tag(sentinel, err error) error {
	if errors.Is(err, sentinel) {
		return err
	}
	return &tagged{sentinel, err}
}

// explain turns file-system errors into words a user acts on.
func explain(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("the file is gone (deleted or moved while the build ran?)")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied (the file is not readable by this user)")
	case errors.Is(err, syscall.ELOOP):
		return errors.New("a loop of symbolic links")
	case errors.Is(err, syscall.EISDIR):
		return errors.New("a directory, not a file")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func modeName(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m.IsDir():
		return "a directory"
	}
	return m.String()
}

func megabytes(n int64) string {
	if n < 1<<20 {
		return strconv.FormatInt(n, 10) + " bytes"
	}
	return strconv.FormatInt(n>>20, 10) + " MB"
}

func pageList(pages []int) string {
	s := make([]string, len(pages))
	for i, p := range pages {
		s[i] = strconv.Itoa(p)
	}
	return strings.Join(s, ", ")
}
