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

	"github.com/dossier-kg/dossier"
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
	var out []Line
	names := map[string]string{}
	for _, e := range x.Entities {
		l := Line{Kind: "entity", ID: e.ID, Type: string(e.Type), Name: e.Name, Docs: []string{x.Doc.Name}, Wikidata: e.Wikidata}
		seen := map[string]bool{}
		for _, n := range e.Names {
			if !seen[n.Text] {
				seen[n.Text] = true
				l.Names = append(l.Names, n.Text)
			}
		}
		names[e.ID] = e.Name
		out = append(out, l)
	}
	for _, f := range x.Facts {
		stance := f.Stance
		if stance == "" {
			stance = dossier.Asserted
		}
		if assertedOnly && stance != dossier.Asserted {
			continue
		}
		base := Line{Kind: "relation", SubjectID: f.Subject, Subject: names[f.Subject], Predicate: string(f.Predicate), Source: x.Doc.Name, DocID: x.Doc.ID}
		if stance != dossier.Asserted {
			base.Stance = string(stance)
		}
		if f.ObjectDate != nil {
			base.Object = f.ObjectDate.ISO()
		} else {
			base.ObjectID, base.Object = f.Object, names[f.Object]
		}
		if f.Date != nil {
			base.Date = f.Date.ISO()
		}
		if f.Place != "" {
			base.PlaceID, base.Place = f.Place, names[f.Place]
		}
		for _, ev := range f.Evidence {
			l := base
			l.Span = []int{ev.Span.Start, ev.Span.End}
			l.Evidence = ev.Quote
			l.Confidence = ev.Confidence
			l.Rule = ev.Rule
			out = append(out, l)
		}
	}
	return out
}

// Writer writes lines as JSON Lines.
type Writer struct {
	w   *bufio.Writer
	enc *json.Encoder
}

// NewWriter returns a Writer on w. Call Flush when done.
func NewWriter(w io.Writer) *Writer {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &Writer{w: bw, enc: enc}
}

// Write writes one line.
func (w *Writer) Write(l Line) error { return w.enc.Encode(l) }

// Flush flushes buffered output.
func (w *Writer) Flush() error { return w.w.Flush() }

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
