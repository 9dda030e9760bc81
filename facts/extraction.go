package facts

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/dossier-kg/dossier"
)

// docQuotes holds what WriteExtraction quotes once per document and copies
// wherever it recurs: each entity's ID and name (an entity's line, then
// every fact naming it), the document's source and doc_id fields (every
// relation line), a fact's fields before its span (every evidence) and the
// last evidence quote (a sentence's facts share it).
type docQuotes struct {
	slab  []byte         // the quoted strings, end to end
	ents  []entQuotes    // by index in Extraction.Entities
	index map[string]int // entity ID -> the last entity with it, as nameOf
	names []string       // an entity's distinct names, in order
	doc   span           // the document's name, quoted (its entities' docs)
	tail  span           // ,"source":…,"doc_id":… (either may be omitted)
	fact  []byte         // the current fact's line up to its span
	last  string         // the last evidence quote …
	lastQ []byte         // … quoted
}

// span is a run of docQuotes.slab.
type span struct{ start, end int }

// empty: a quoted string is never empty, so this is the span of none.
func (s span) empty() bool { return s.end == s.start }

// entQuotes is one entity's quoted ID and name; name is empty when the
// entity's name is (omitempty).
type entQuotes struct{ id, name span }

func (d *docQuotes) bytes(s span) []byte { return d.slab[s.start:s.end] }

// quote appends s quoted to the slab.
func (d *docQuotes) quote(s string) span {
	start := len(d.slab)
	d.slab = appendString(d.slab, s)
	return span{start, len(d.slab)}
}

// prepare quotes x's entities and document fields.
func (d *docQuotes) prepare(x *dossier.Extraction) {
	d.slab = d.slab[:0]
	d.ents = d.ents[:0]
	if d.index == nil || len(d.index) > 4096 {
		// a map cleared for every document costs its largest size each
		// time: a huge document's map is not kept
		d.index = make(map[string]int, max(len(x.Entities), 64))
	} else {
		clear(d.index)
	}
	d.last = ""
	d.doc = d.quote(x.Doc.Name)
	start := len(d.slab)
	if x.Doc.Name != "" {
		d.slab = append(d.slab, `,"source":`...)
		d.slab = append(d.slab, d.bytes(d.doc)...)
	}
	d.slab = appendKeyed(d.slab, `,"doc_id":`, x.Doc.ID)
	d.tail = span{start, len(d.slab)}
	for i := range x.Entities {
		e := &x.Entities[i]
		q := entQuotes{id: d.quote(e.ID)}
		if e.Name != "" {
			q.name = d.quote(e.Name)
		}
		d.ents = append(d.ents, q)
		d.index[e.ID] = i
	}
}

// WriteExtraction writes FromExtraction(x, assertedOnly), line by line,
// without making the lines first and quoting each string once (see
// docQuotes): what recurs in a document's lines is copied.
func (w *Writer) WriteExtraction(x *dossier.Extraction, assertedOnly bool) error {
	if w.err != nil {
		return w.err
	}
	d := &w.doc
	d.prepare(x)
	for i := range x.Entities {
		w.buf = d.appendEntity(w.buf, &x.Entities[i], d.ents[i])
		if err := w.spill(); err != nil {
			return err
		}
	}
	for i := range x.Facts {
		f := &x.Facts[i]
		stance := f.Stance
		if stance == "" {
			stance = dossier.Asserted
		}
		if assertedOnly && stance != dossier.Asserted || len(f.Evidence) == 0 {
			continue
		}
		d.fact = d.appendFact(d.fact[:0], f, stance)
		for k := range f.Evidence {
			ev := &f.Evidence[k]
			if math.IsNaN(ev.Confidence) || math.IsInf(ev.Confidence, 0) {
				return fmt.Errorf("facts: confidence %v is not a JSON number", ev.Confidence)
			}
			w.buf = d.appendEvidence(append(w.buf, d.fact...), ev)
			if err := w.spill(); err != nil {
				return err
			}
		}
	}
	return nil
}

// appendEntity appends e's line, as appendLine writes it.
func (d *docQuotes) appendEntity(b []byte, e *dossier.Entity, q entQuotes) []byte {
	b = append(b, `{"kind":"entity"`...)
	if e.ID != "" {
		b = append(b, `,"id":`...)
		b = append(b, d.bytes(q.id)...)
	}
	b = appendKeyed(b, `,"type":`, string(e.Type))
	if e.Name != "" {
		b = append(b, `,"name":`...)
		b = append(b, d.bytes(q.name)...)
	}
	d.names = d.names[:0]
	for _, n := range e.Names {
		if !slices.Contains(d.names, n.Text) {
			d.names = append(d.names, n.Text)
		}
	}
	b = appendStrings(b, "names", d.names)
	b = append(b, `,"docs":[`...)
	b = append(b, d.bytes(d.doc)...)
	b = append(b, ']')
	b = appendKeyed(b, `,"wikidata":`, e.Wikidata)
	return append(b, "}\n"...)
}

// appendFact appends the fields of f's relation lines before the span.
func (d *docQuotes) appendFact(b []byte, f *dossier.Fact, stance dossier.Stance) []byte {
	b = append(b, `{"kind":"relation"`...)
	b = d.appendRef(b, `,"subject_id":`, `,"subject":`, f.Subject)
	b = appendKeyed(b, `,"predicate":`, string(f.Predicate))
	if f.ObjectDate != nil {
		b = appendKeyed(b, `,"object":`, f.ObjectDate.ISO())
	} else {
		b = d.appendRef(b, `,"object_id":`, `,"object":`, f.Object)
	}
	if f.Date != nil {
		b = appendKeyed(b, `,"date":`, f.Date.ISO())
	}
	if f.Place != "" {
		i, ok := d.index[f.Place]
		if ok && !d.ents[i].name.empty() {
			b = append(b, `,"place":`...)
			b = append(b, d.bytes(d.ents[i].name)...)
		}
		b = append(b, `,"place_id":`...)
		if ok {
			b = append(b, d.bytes(d.ents[i].id)...)
		} else {
			b = appendString(b, f.Place)
		}
	}
	if stance != dossier.Asserted {
		b = appendKeyed(b, `,"stance":`, string(stance))
	}
	return append(b, d.bytes(d.tail)...)
}

// appendRef appends idKey id nameKey name for an entity ID, the keys
// written whole (,"subject_id":), each pair omitted when empty (the name
// when no entity has the ID, as nameOf).
func (d *docQuotes) appendRef(b []byte, idKey, nameKey, id string) []byte {
	i, ok := d.index[id]
	if id != "" {
		b = append(b, idKey...)
		if ok {
			b = append(b, d.bytes(d.ents[i].id)...)
		} else {
			b = appendString(b, id)
		}
	}
	if ok && !d.ents[i].name.empty() {
		b = append(b, nameKey...)
		b = append(b, d.bytes(d.ents[i].name)...)
	}
	return b
}

// appendKeyed appends key, written whole (,"type":), and v quoted,
// unless v is empty (omitempty): appendField with one copy for the key.
func appendKeyed(b []byte, key, v string) []byte {
	if v == "" {
		return b
	}
	return appendString(append(b, key...), v)
}

// appendEvidence appends the rest of an evidence's line: span, quote,
// confidence and rule.
func (d *docQuotes) appendEvidence(b []byte, ev *dossier.Evidence) []byte {
	b = append(b, `,"span":[`...)
	b = strconv.AppendInt(b, int64(ev.Span.Start), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(ev.Span.End), 10)
	b = append(b, ']')
	if ev.Quote != "" {
		b = append(b, `,"evidence":`...)
		if ev.Quote != d.last {
			start := len(b)
			b = appendString(b, ev.Quote)
			d.last, d.lastQ = ev.Quote, append(d.lastQ[:0], b[start:]...)
		} else {
			b = append(b, d.lastQ...)
		}
	}
	if ev.Confidence != 0 {
		b = append(b, `,"confidence":`...)
		b = appendFloat(b, ev.Confidence)
	}
	b = appendKeyed(b, `,"rule":`, ev.Rule)
	return append(b, "}\n"...)
}
