package dossier

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentinel errors for conditions callers branch on.
var (
	// ErrNotText means a file is binary or in an encoding no reader handles.
	ErrNotText = errors.New("not a text document")
	// ErrUnsupported means no reader knows the file's format.
	ErrUnsupported = errors.New("unsupported format")
	// ErrEmpty means a document has no text.
	ErrEmpty = errors.New("no text")
	// ErrDamaged means a file of a known format cannot be read: a truncated
	// PDF, a Word file whose package is broken.
	ErrDamaged = errors.New("damaged file")
)

// TextError is a problem at a place in a document.
type TextError struct {
	Path   string // file the text came from
	Offset int    // byte offset in Document.Text; -1 if not known
	Line   int    // 1-based; 0 if not known
	Col    int    // 1-based, in runes; 0 if not known
	Op     string // what was being done ("read", "decode", "date")
	Err    error
}

// NewTextError builds a positioned error for doc at byte offset off.
func NewTextError(doc *Document, off int, op string, err error) *TextError {
	line, col := doc.Position(off)
	return &TextError{Path: doc.Path, Offset: off, Line: line, Col: col, Op: op, Err: err}
}

// Error is one line: a path holding a line break or another control
// character, or bytes that are not UTF-8, is written quoted, and line breaks
// inside the underlying error become spaces.
func (e *TextError) Error() string {
	var b strings.Builder
	b.WriteString(printablePath(e.Path))
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Col)
	}
	b.WriteString(": ")
	if e.Op != "" {
		b.WriteString(e.Op)
		b.WriteString(": ")
	}
	if e.Err != nil {
		b.WriteString(oneLine(e.Err.Error()))
	}
	return b.String()
}

// printablePath returns p as is when every rune of it prints on one line, and
// Go-quoted otherwise, so "a\nb.txt" cannot pass for two messages.
func printablePath(p string) string {
	if !utf8.ValidString(p) || strings.IndexFunc(p, func(r rune) bool { return !unicode.IsPrint(r) && r != ' ' }) >= 0 {
		return strconv.Quote(p)
	}
	return p
}

// oneLine replaces line breaks and other control characters with spaces.
func oneLine(s string) string {
	if strings.IndexFunc(s, unicode.IsControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}

func (e *TextError) Unwrap() error { return e.Err }

// ErrorList collects positioned errors so one bad spot does not stop a whole
// document or corpus.
type ErrorList []*TextError

// Add appends an error.
func (l *ErrorList) Add(e *TextError) { *l = append(*l, e) }

// Sort orders the list by path, then offset.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].Path != l[j].Path {
			return l[i].Path < l[j].Path
		}
		return l[i].Offset < l[j].Offset
	})
}

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns the list as an error, or nil if it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
