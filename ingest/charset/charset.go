// Package charset decides which encoding a text file is in and decodes it to
// UTF-8. It knows what Dossier's sources come in: UTF-8 (with or without a
// byte-order mark), UTF-16 (with a mark, or without one when the bytes leave
// no doubt), and the single-byte encodings of old Russian files — Windows-1251,
// KOI8-R, IBM866 (DOS) — plus Windows-1252 for old English files.
//
// A byte-order mark or valid UTF-8 decides at once. Otherwise every
// single-byte candidate is scored by how plausible the letters it yields are
// (Russian letter frequencies, lower case inside words, one script per word)
// and the best one wins; Result says so (Detected) with a confidence, so the
// caller can report the guess. Bytes no candidate makes plausible are
// refused as not text.
package charset

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Encoding names, as Result.Name and Decode use them.
const (
	UTF8        = "utf-8"
	UTF16LE     = "utf-16le"
	UTF16BE     = "utf-16be"
	Windows1251 = "windows-1251"
	KOI8R       = "koi8-r"
	IBM866      = "ibm866"
	Windows1252 = "windows-1252"
)

// ErrNotText means the bytes are binary or in no encoding this package
// recognises. Errors wrapping it carry the offset of the first bad byte.
var ErrNotText = errors.New("not text")

// Result is what Detect decided.
type Result struct {
	Name string
	// BOM is the length of the byte-order mark at the start (0 if none);
	// Decode skips it.
	BOM int
	// Detected is true when the encoding was guessed from letter statistics
	// rather than given by a byte-order mark or by valid UTF-8.
	Detected bool
	// Confidence is 1 for a mark or valid UTF-8; for a guess, how far the
	// winner scored above the runner-up, from 0 (a coin toss) to 1.
	Confidence float64
}

// Error is a decoding failure at a byte offset of the input.
type Error struct {
	Offset int
	Reason string
}

func (e *Error) Error() string { return fmt.Sprintf("%s at byte %d", e.Reason, e.Offset) }

// Unwrap makes every Error an ErrNotText.
func (e *Error) Unwrap() error { return ErrNotText }

var singleByte = []struct {
	name string
	cm   *charmap.Charmap
}{
	{Windows1251, charmap.Windows1251},
	{KOI8R, charmap.KOI8R},
	{IBM866, charmap.CodePage866},
	{Windows1252, charmap.Windows1252},
}

// Detect decides the encoding of b (a whole file, or a long enough prefix of
// it). It fails with an *Error (an ErrNotText) for binary data. A UTF8
// result means every byte of b after the mark is valid UTF-8: Decode's
// check of them cannot fail.
func Detect(b []byte) (Result, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xef, 0xbb, 0xbf}):
		if i := invalidUTF8(b[3:]); i >= 0 {
			return Result{}, &Error{Offset: 3 + i, Reason: "invalid UTF-8 after a UTF-8 byte-order mark"}
		}
		return Result{Name: UTF8, BOM: 3, Confidence: 1}, nil
	case bytes.HasPrefix(b, []byte{0xff, 0xfe}):
		return Result{Name: UTF16LE, BOM: 2, Confidence: 1}, nil
	case bytes.HasPrefix(b, []byte{0xfe, 0xff}):
		return Result{Name: UTF16BE, BOM: 2, Confidence: 1}, nil
	}
	if nul := bytes.IndexByte(b, 0); nul >= 0 {
		if name, ok := unmarkedUTF16(b); ok {
			return Result{Name: name, Detected: true, Confidence: 1}, nil
		}
		return Result{}, &Error{Offset: nul, Reason: "NUL byte (a binary file?)"}
	}
	if i := controlByte(b); i >= 0 {
		return Result{}, &Error{Offset: i, Reason: fmt.Sprintf("control byte 0x%02x (a binary file?)", b[i])}
	}
	i := invalidUTF8(b)
	if i < 0 {
		return Result{Name: UTF8, Confidence: 1}, nil
	}
	best, second := math.Inf(-1), math.Inf(-1)
	name := ""
	for _, c := range singleByte {
		s := score(b, c.cm)
		switch {
		case s > best:
			best, second, name = s, best, c.name
		case s > second:
			second = s
		}
	}
	if best < minScore {
		return Result{}, &Error{Offset: i, Reason: fmt.Sprintf("byte 0x%02x is not UTF-8 and no Cyrillic or Latin encoding makes sense of the text", b[i])}
	}
	conf := 1.0
	if !math.IsInf(second, -1) {
		conf = math.Min(1, (best-second)/2)
	}
	return Result{Name: name, Detected: true, Confidence: conf}, nil
}

// minScore is the lowest mean log-probability per non-ASCII byte a guess may
// have: below it the "letters" are symbols and the file is not text.
const minScore = -9.0

// Decode converts b, in the encoding named (as Detect names them), to UTF-8,
// skipping a byte-order mark. Invalid sequences fail with an *Error.
func Decode(b []byte, name string) (string, error) {
	switch name {
	case UTF8:
		b = bytes.TrimPrefix(b, []byte{0xef, 0xbb, 0xbf})
		if i := invalidUTF8(b); i >= 0 {
			return "", &Error{Offset: i, Reason: fmt.Sprintf("invalid UTF-8 byte 0x%02x", b[i])}
		}
		return string(b), nil
	case UTF16LE, UTF16BE:
		return decodeUTF16(b, name == UTF16BE)
	}
	for _, c := range singleByte {
		if c.name == name {
			var sb strings.Builder
			sb.Grow(len(b) * 2)
			for _, x := range b {
				if x < 0x80 {
					sb.WriteByte(x)
				} else {
					sb.WriteRune(c.cm.DecodeByte(x))
				}
			}
			return sb.String(), nil
		}
	}
	return "", fmt.Errorf("decode: unknown encoding %q", name)
}

// Label maps an encoding label as HTML and MIME headers write it
// ("cp1251", "KOI8-R", "latin1") to the name Decode takes; ok is false for
// labels outside this package's set.
func Label(label string) (name string, ok bool) {
	l := strings.ToLower(strings.TrimSpace(label))
	l = strings.Trim(l, `"'`)
	switch l {
	case "utf-8", "utf8", "unicode-1-1-utf-8":
		return UTF8, true
	case "utf-16", "utf-16le":
		return UTF16LE, true
	case "utf-16be":
		return UTF16BE, true
	case "windows-1251", "cp1251", "x-cp1251", "win-1251", "cp-1251":
		return Windows1251, true
	case "koi8-r", "koi8r", "koi", "koi8", "cskoi8r":
		return KOI8R, true
	case "ibm866", "cp866", "866", "csibm866", "dos-866":
		return IBM866, true
	case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "iso_8859-1":
		return Windows1252, true
	}
	return "", false
}

// invalidUTF8 returns the offset of the first byte that is not valid
// UTF-8, or -1. Valid text, nearly all of it, is checked by utf8.Valid,
// which reads ASCII eight bytes at a time; only invalid text is walked
// rune by rune to find the place.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// controlByte returns the offset of the first byte no text file holds (C0
// controls other than tab, line and page breaks, and the DOS end-of-file
// mark), or -1.
func controlByte(b []byte) int {
	for i, c := range b {
		if c < 0x20 {
			switch c {
			case '\t', '\n', '\r', '\f', '\v', 0x1a:
			default:
				return i
			}
		}
	}
	return -1
}

func decodeUTF16(b []byte, bigEndian bool) (string, error) {
	if len(b) >= 2 && ((bigEndian && b[0] == 0xfe && b[1] == 0xff) || (!bigEndian && b[0] == 0xff && b[1] == 0xfe)) {
		b = b[2:]
	}
	if len(b)%2 != 0 {
		return "", &Error{Offset: len(b) - 1, Reason: "odd number of bytes in UTF-16 text (truncated?)"}
	}
	var sb strings.Builder
	sb.Grow(len(b))
	for i := 0; i < len(b); i += 2 {
		u := unit(b, i, bigEndian)
		switch {
		case utf16.IsSurrogate(rune(u)):
			if u >= 0xdc00 || i+3 >= len(b) {
				return "", &Error{Offset: i, Reason: "unpaired UTF-16 surrogate"}
			}
			r := utf16.DecodeRune(rune(u), rune(unit(b, i+2, bigEndian)))
			if r == unicode.ReplacementChar {
				return "", &Error{Offset: i, Reason: "unpaired UTF-16 surrogate"}
			}
			sb.WriteRune(r)
			i += 2
		case u == 0:
			return "", &Error{Offset: i, Reason: "NUL character in UTF-16 text (a binary file?)"}
		default:
			sb.WriteRune(rune(u))
		}
	}
	return sb.String(), nil
}

func unit(b []byte, i int, bigEndian bool) uint16 {
	if bigEndian {
		return uint16(b[i])<<8 | uint16(b[i+1])
	}
	return uint16(b[i+1])<<8 | uint16(b[i])
}

// plausibleUnit reports whether r is what Dossier's texts are made of:
// Latin, Greek or Cyrillic letters, digits, spaces and punctuation. (The
// wrong byte order turns such text into CJK ideographs, which are letters
// too, hence the explicit ranges.)
func plausibleUnit(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20 || (r >= 0x7f && r < 0xa0):
		return false
	case r < 0x0530, r >= 0x2000 && r <= 0x206f, r == 0x2116:
		return true
	}
	return false
}

// unmarkedUTF16 recognises UTF-16 without a byte-order mark: one byte of
// each pair is nearly always 0x00 (Latin text) or 0x04 (Cyrillic), and the
// text decodes to letters, digits, spaces and punctuation.
func unmarkedUTF16(b []byte) (string, bool) {
	if len(b) < 8 || len(b)%2 != 0 {
		return "", false
	}
	sample := b[:min(len(b), 8192)&^1]
	for _, be := range []bool{false, true} {
		s, err := decodeUTF16(sample, be)
		if err != nil {
			continue
		}
		good, all := 0, 0
		for _, r := range s {
			all++
			if plausibleUnit(r) {
				good++
			}
		}
		if all > 0 && good*100 >= all*97 {
			if be {
				return UTF16BE, true
			}
			return UTF16LE, true
		}
	}
	return "", false
}
