// Package facts reads and writes Dossier's "facts" format: JSON Lines with
// one line per entity and one per relation, the format `dossier extract
// --format facts` and `dossier export --format facts` write and `dossier
// eval` scores.
//
//	{"kind":"entity","id":…,"type":"Person","name":…,"names":[…],"docs":[…]}
//	{"kind":"relation","subject_id":…,"subject":…,"predicate":"wroteTo","object_id":…,"object":…,
//	 "date":"1925-05-05","place":…,"source":"000.txt","span":[s,e],"evidence":…,"confidence":0.9,"rule":…}
//
// "object" is a name, or an ISO date for date-valued predicates; "source" is
// the document's file name; "span" is a pair of byte offsets into the
// document's text.
package facts

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/internal/asciirun"
)

// Line is one line of the facts format; Kind says which fields are used.
type Line struct {
	Kind string `json:"kind"` // "entity" or "relation"

	// entity lines
	ID       string   `json:"id,omitempty"`
	Type     string   `json:"type,omitempty"`
	Name     string   `json:"name,omitempty"`
	Names    []string `json:"names,omitempty"`
	Docs     []string `json:"docs,omitempty"`
	Wikidata string   `json:"wikidata,omitempty"`

	// relation lines
	SubjectID  string  `json:"subject_id,omitempty"`
	Subject    string  `json:"subject,omitempty"`
	Predicate  string  `json:"predicate,omitempty"`
	ObjectID   string  `json:"object_id,omitempty"`
	Object     string  `json:"object,omitempty"`
	Date       string  `json:"date,omitempty"`
	Place      string  `json:"place,omitempty"`
	PlaceID    string  `json:"place_id,omitempty"`
	Stance     string  `json:"stance,omitempty"`
	Source     string  `json:"source,omitempty"`
	DocID      string  `json:"doc_id,omitempty"`
	Span       []int   `json:"span,omitempty"`
	Evidence   string  `json:"evidence,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
	Rule       string  `json:"rule,omitempty"`
}

// FromExtraction turns one document's extraction into lines: its entities
// (with docs = [the document]) then one relation line per fact and evidence.
// Hedged, negated and alleged facts are included with their stance unless
// assertedOnly is set.
func FromExtraction(x *dossier.Extraction, assertedOnly bool) []Line {
	n := len(x.Entities)
	for _, f := range x.Facts {
		n += len(f.Evidence)
	}
	out := make([]Line, 0, n)
	eachLine(x, assertedOnly, func(l *Line) error {
		// the line's slices are eachLine's, reused for the next line
		l.Names = slices.Clone(l.Names)
		l.Docs = slices.Clone(l.Docs)
		l.Span = slices.Clone(l.Span)
		out = append(out, *l)
		return nil
	})
	return out
}

// eachLine calls fn with each line of FromExtraction(x, assertedOnly), in
// order, and stops at fn's first error. The line and its slices are fn's
// to read until it returns; then they are reused.
func eachLine(x *dossier.Extraction, assertedOnly bool, fn func(*Line) error) error {
	docs := []string{x.Doc.Name}
	var names []string
	var l Line // one line at a time, made once: fn may keep no pointer to it
	nameOf := make(map[string]string, len(x.Entities))
	for _, e := range x.Entities {
		names = names[:0]
		for _, n := range e.Names {
			if !slices.Contains(names, n.Text) {
				names = append(names, n.Text)
			}
		}
		l = Line{Kind: "entity", ID: e.ID, Type: string(e.Type), Name: e.Name, Names: names, Docs: docs, Wikidata: e.Wikidata}
		if len(names) == 0 {
			l.Names = nil
		}
		nameOf[e.ID] = e.Name
		if err := fn(&l); err != nil {
			return err
		}
	}
	var span [2]int
	for _, f := range x.Facts {
		stance := f.Stance
		if stance == "" {
			stance = dossier.Asserted
		}
		if assertedOnly && stance != dossier.Asserted {
			continue
		}
		base := Line{Kind: "relation", SubjectID: f.Subject, Subject: nameOf[f.Subject], Predicate: string(f.Predicate), Source: x.Doc.Name, DocID: x.Doc.ID}
		if stance != dossier.Asserted {
			base.Stance = string(stance)
		}
		if f.ObjectDate != nil {
			base.Object = f.ObjectDate.ISO()
		} else {
			base.ObjectID, base.Object = f.Object, nameOf[f.Object]
		}
		if f.Date != nil {
			base.Date = f.Date.ISO()
		}
		if f.Place != "" {
			base.PlaceID, base.Place = f.Place, nameOf[f.Place]
		}
		for _, ev := range f.Evidence {
			l = base
			span = [2]int{ev.Span.Start, ev.Span.End}
			l.Span = span[:]
			l.Evidence = ev.Quote
			l.Confidence = ev.Confidence
			l.Rule = ev.Rule
			if err := fn(&l); err != nil {
				return err
			}
		}
	}
	return nil
}

// Writer writes lines as JSON Lines, byte for byte as encoding/json would
// (fields in Line's order, omitempty honoured, HTML characters not
// escaped), without its reflection: extraction writes a line per fact.
type Writer struct {
	out io.Writer
	buf []byte // written to out 64 KB at a time, and by Flush
	err error  // the first error out gave: every later write fails with it

	doc docQuotes // WriteExtraction's scratch, kept for the next document
}

// flushAt is how much output Writer gathers before it writes to out: a
// document's lines come in one or two writes.
const flushAt = 64 << 10

// NewWriter returns a Writer on w. Call Flush when done.
func NewWriter(w io.Writer) *Writer {
	return &Writer{out: w, buf: make([]byte, 0, flushAt+flushAt/4)}
}

// Write writes one line.
func (w *Writer) Write(l Line) error { return w.write(&l) }

func (w *Writer) write(l *Line) error {
	if w.err != nil {
		return w.err
	}
	if math.IsNaN(l.Confidence) || math.IsInf(l.Confidence, 0) {
		return fmt.Errorf("facts: confidence %v is not a JSON number", l.Confidence)
	}
	w.buf = appendLine(w.buf, l)
	return w.spill()
}

// spill writes the gathered output once there is enough of it.
func (w *Writer) spill() error {
	if len(w.buf) < flushAt {
		return nil
	}
	return w.Flush()
}

// Flush writes what is gathered.
func (w *Writer) Flush() error {
	if w.err != nil {
		return w.err
	}
	if len(w.buf) > 0 {
		n, err := w.out.Write(w.buf)
		if err == nil && n < len(w.buf) {
			err = io.ErrShortWrite
		}
		w.err = err
		w.buf = w.buf[:0]
	}
	return w.err
}

// appendLine appends l as one line of JSON and a newline.
func appendLine(b []byte, l *Line) []byte {
	b = append(b, `{"kind":`...)
	b = appendString(b, l.Kind)
	b = appendField(b, "id", l.ID)
	b = appendField(b, "type", l.Type)
	b = appendField(b, "name", l.Name)
	b = appendStrings(b, "names", l.Names)
	b = appendStrings(b, "docs", l.Docs)
	b = appendField(b, "wikidata", l.Wikidata)
	b = appendField(b, "subject_id", l.SubjectID)
	b = appendField(b, "subject", l.Subject)
	b = appendField(b, "predicate", l.Predicate)
	b = appendField(b, "object_id", l.ObjectID)
	b = appendField(b, "object", l.Object)
	b = appendField(b, "date", l.Date)
	b = appendField(b, "place", l.Place)
	b = appendField(b, "place_id", l.PlaceID)
	b = appendField(b, "stance", l.Stance)
	b = appendField(b, "source", l.Source)
	b = appendField(b, "doc_id", l.DocID)
	if len(l.Span) > 0 {
		b = append(b, `,"span":[`...)
		for i, v := range l.Span {
			if i > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendInt(b, int64(v), 10)
		}
		b = append(b, ']')
	}
	b = appendField(b, "evidence", l.Evidence)
	if l.Confidence != 0 {
		b = append(b, `,"confidence":`...)
		b = appendFloat(b, l.Confidence)
	}
	b = appendField(b, "rule", l.Rule)
	return append(b, "}\n"...)
}

// appendField appends ,"key":"v" unless v is empty (omitempty).
func appendField(b []byte, key, v string) []byte {
	if v == "" {
		return b
	}
	b = append(b, ',', '"')
	b = append(b, key...)
	b = append(b, '"', ':')
	return appendString(b, v)
}

// appendStrings appends ,"key":[…] unless vs is empty (omitempty).
func appendStrings(b []byte, key string, vs []string) []byte {
	if len(vs) == 0 {
		return b
	}
	b = append(b, ',', '"')
	b = append(b, key...)
	b = append(b, `":[`...)
	for i, v := range vs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, v)
	}
	return append(b, ']')
}

// appendString appends s quoted as encoding/json quotes it without HTML
// escaping: \" and \\, the short escapes of control characters and \u00XX
// for the others, U+FFFD for invalid UTF-8, and \u2028, \u2029 escaped.
// Runs of bytes that need none of this (ASCII read eight bytes at a time,
// Latin and Cyrillic letters of two bytes) are copied whole.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				// a run of them, read eight bytes at a time (called
				// here only: a call a Cyrillic letter would cost more
				// than it saves)
				i += asciirun.Printable(s[i:], '"', '\\')
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		if 0xC2 <= c && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2 // a valid rune of two bytes, U+0080-U+07FF: as it is
			// and then runs of four Cyrillic letters (U+0400-U+04FF:
			// lead bytes D0-D3), eight bytes at a time
			for i+8 <= len(s) {
				e := s[i : i+8]
				w := uint64(e[0]) | uint64(e[1])<<8 | uint64(e[2])<<16 | uint64(e[3])<<24 |
					uint64(e[4])<<32 | uint64(e[5])<<40 | uint64(e[6])<<48 | uint64(e[7])<<56
				if w&0xC0FC_C0FC_C0FC_C0FC != 0x80D0_80D0_80D0_80D0 {
					break
				}
				i += 8
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += n
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += n
			start = i
			continue
		}
		i += n
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendFloat appends f as encoding/json writes a float64: the shortest
// decimal that reads back as f, in exponent form only for very small or
// very large magnitudes.
func appendFloat(b []byte, f float64) []byte {
	// a confidence in hundredths (0.7, 0.75): the digits of k/100, the
	// shortest decimal that reads back as the double nearest to it (no
	// shorter one does: a tenth or a unit is another double)
	if k := int(f*100 + 0.5); 0 < k && k < 100 && float64(k)/100 == f {
		b = append(b, '0', '.', byte('0'+k/10))
		if k%10 != 0 {
			b = append(b, byte('0'+k%10))
		}
		return b
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9, as encoding/json does
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// Read reads JSON Lines of the facts format, calling fn for each. Errors name
// the line number.
func Read(r io.Reader, fn func(Line) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		b := sc.Bytes()
		if len(b) == 0 {
			continue
		}
		var l Line
		if err := json.Unmarshal(b, &l); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		if err := fn(l); err != nil {
			return err
		}
	}
	return sc.Err()
}
