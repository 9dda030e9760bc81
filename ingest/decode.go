package ingest

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
)

// Decode turns a file's bytes into a Document. Only UTF-8 text is accepted
// here (with or without a byte-order mark); anything else is refused with an
// error that says where the first offending byte is.
func Decode(it Item, raw []byte) (*dossier.Document, error) {
	body := bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, fileError(it.Path, "read", dossier.ErrEmpty)
	}
	if i := bytes.IndexByte(body, 0); i >= 0 {
		return nil, posError(it.Path, body, i, fmt.Errorf("%w: NUL byte (a binary file?)", dossier.ErrNotText))
	}
	if !utf8.Valid(body) {
		i := firstInvalid(body)
		return nil, posError(it.Path, body, i, fmt.Errorf("%w: invalid UTF-8 byte 0x%02x (a different encoding?)", dossier.ErrNotText, body[i]))
	}
	doc := dossier.NewDocument(it.ID, it.Path, body)
	doc.Hash = dossier.NewDocument(it.ID, it.Path, raw).Hash
	if isMarkdown(it.Path) {
		doc.Format = "markdown"
	}
	return doc, nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

func posError(path string, text []byte, off int, err error) *dossier.TextError {
	line, col := dossier.Position(string(text[:off]), off)
	return &dossier.TextError{Path: path, Offset: off, Line: line, Col: col, Op: "read", Err: err}
}

func isMarkdown(p string) bool {
	n := len(p)
	return (n > 3 && p[n-3:] == ".md") || (n > 9 && p[n-9:] == ".markdown")
}
