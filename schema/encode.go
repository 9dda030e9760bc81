package schema

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier"
)

// DateLiteral renders a date as a typed literal at its precision: xsd:date,
// xsd:gYearMonth or xsd:gYear; decades and centuries as the xsd:gYear of
// their first year (their bounds say the rest); dates without a year as
// xsd:gMonthDay or xsd:gMonth.
func DateLiteral(d dossier.Date) quad.Value {
	switch d.Precision {
	case dossier.PrecisionDay:
		if d.Year == 0 {
			return quad.TypedString{Value: quad.String(d.ISO()), Type: quad.IRI(XSD + "gMonthDay")}
		}
		return quad.TypedString{Value: quad.String(d.ISO()), Type: quad.IRI(XSD + "date")}
	case dossier.PrecisionMonth:
		if d.Year == 0 {
			return quad.TypedString{Value: quad.String(d.ISO()), Type: quad.IRI(XSD + "gMonth")}
		}
		return quad.TypedString{Value: quad.String(d.ISO()), Type: quad.IRI(XSD + "gYearMonth")}
	case dossier.PrecisionYear, dossier.PrecisionDecade, dossier.PrecisionCentury:
		y := d.Year
		switch d.Precision {
		case dossier.PrecisionDecade:
			y = y / 10 * 10
		case dossier.PrecisionCentury:
			y = y / 100 * 100
		}
		return quad.TypedString{Value: quad.String(fmt.Sprintf("%04d", y)), Type: quad.IRI(XSD + "gYear")}
	}
	return quad.String(d.String())
}

func dateOnly(iso string) quad.Value {
	return quad.TypedString{Value: quad.String(iso), Type: quad.IRI(XSD + "date")}
}

// Encoder turns extractions into statements.
type Encoder struct {
	// ExtractorVersion is recorded on each source document so a rebuild can
	// tell statements made by an older extractor.
	ExtractorVersion string
	// StoreText records the document's full text on its node, so the graph
	// alone can show the passage behind every fact.
	StoreText bool
}

// Encode emits the statements of one extraction in a deterministic order.
// Every quad is labelled with the document's graph IRI.
func (e Encoder) Encode(x *dossier.Extraction, emit func(dossier.Statement) error) error {
	doc := x.Doc
	g := quad.IRI(DocIRI(doc.ID))
	w := &stmtWriter{label: g, doc: doc.ID, emit: emit}

	// The source document.
	w.add(g, RDFType, quad.IRI(ClassSource))
	w.add(g, RDFType, quad.IRI(ClassWork))
	w.add(g, Name, quad.String(doc.Name))
	w.add(g, PFileName, quad.String(doc.Name))
	w.add(g, PPath, quad.String(doc.ID))
	w.add(g, PHash, quad.String(doc.Hash))
	if doc.Format != "" {
		w.add(g, PFormat, quad.String(doc.Format))
	}
	if doc.Encoding != "" {
		w.add(g, PEncoding, quad.String(doc.Encoding))
	}
	if doc.Path != "" {
		w.add(g, PSourcePath, quad.String(doc.Path))
	}
	for _, l := range doc.Languages {
		w.add(g, DCLanguage, quad.String(l))
	}
	for _, m := range []struct{ p, v string }{{DCTitle, doc.Title}, {DCCreator, doc.Author}, {DCDate, doc.Date}} {
		if m.v != "" {
			w.add(g, m.p, quad.String(m.v))
		}
	}
	if e.ExtractorVersion != "" {
		w.add(g, PExtractor, quad.String(e.ExtractorVersion))
	}
	if e.StoreText {
		w.add(g, PText, quad.String(doc.Text))
	}

	// Entities, sorted by ID.
	ents := make([]dossier.Entity, len(x.Entities))
	copy(ents, x.Entities)
	sort.Slice(ents, func(i, j int) bool { return ents[i].ID < ents[j].ID })
	for _, en := range ents {
		s := quad.IRI(en.ID)
		w.add(s, RDFType, quad.IRI(ClassOf(en.Type)))
		if en.Class != "" {
			w.add(s, RDFType, quad.IRI(NS+en.Class))
		}
		w.add(s, Name, quad.LangString{Value: quad.String(en.Name), Lang: "en"})
		w.add(s, RDFSLabel, quad.LangString{Value: quad.String(en.Name), Lang: "en"})
		for _, n := range en.Names {
			if n.Text == en.Name {
				continue
			}
			w.add(s, AltName, langString(n.Text, n.Lang))
		}
		if en.Wikidata != "" {
			w.add(s, SameAs, quad.IRI(WD+en.Wikidata))
		}
		w.add(g, PMentions, s)
	}

	// Facts, sorted by key.
	facts := make([]dossier.Fact, len(x.Facts))
	copy(facts, x.Facts)
	sort.Slice(facts, func(i, j int) bool { return facts[i].Key() < facts[j].Key() })
	for i := range facts {
		e.encodeFact(w, doc, &facts[i])
	}
	return w.err
}

func (e Encoder) encodeFact(w *stmtWriter, doc *dossier.Document, f *dossier.Fact) {
	g := w.label
	span := dossier.Span{}
	if len(f.Evidence) > 0 {
		span = f.Evidence[0].Span
	}
	w.span = span
	defer func() { w.span = dossier.Span{} }()

	s := quad.IRI(f.Subject)
	pred := PredicateIRI(f.Predicate)
	var o quad.Value
	objKey := f.Object
	if f.ObjectDate != nil {
		o = DateLiteral(*f.ObjectDate)
		objKey = f.ObjectDate.String()
	} else {
		o = quad.IRI(f.Object)
	}
	stance := f.Stance
	if stance == "" {
		stance = dossier.Asserted
	}
	// Only asserted facts become direct edges; hedged, negated and alleged
	// statements live on their statement node, marked with their stance.
	if stance == dossier.Asserted {
		w.add(s, pred, o)
	}
	date := ""
	if f.Date != nil {
		date = f.Date.String()
	}
	stIRI := StatementIRI(doc.ID, f.Subject, string(f.Predicate), objKey, date, f.Place, string(stance))
	st := quad.IRI(stIRI)
	w.add(st, RDFType, quad.IRI(ClassStatement))
	w.add(st, RDFSubject, s)
	w.add(st, RDFPredicate, quad.IRI(pred))
	w.add(st, RDFObject, o)
	w.add(st, PStance, quad.String(string(stance)))
	w.add(st, DerivedFrom, g)
	if f.Date != nil {
		e.encodeDate(w, st, *f.Date)
	} else if f.ObjectDate != nil {
		e.encodeDate(w, st, *f.ObjectDate)
	}
	if f.Place != "" {
		w.add(st, PPlace, quad.IRI(f.Place))
	}
	for _, ev := range f.Evidence {
		evi := quad.IRI(EvidenceIRI(stIRI, ev))
		w.add(st, PEvidence, evi)
		w.add(evi, RDFType, quad.IRI(ClassEvidence))
		w.add(evi, DerivedFrom, g)
		w.add(evi, Value, quad.String(ev.Quote))
		w.add(evi, PSpan, quad.String(ev.Span.String()))
		w.add(evi, PRule, quad.String(ev.Rule))
		w.add(evi, PConfidence, quad.TypedString{Value: quad.String(strconv.FormatFloat(ev.Confidence, 'f', 2, 64)), Type: quad.IRI(XSD + "decimal")})
		if ev.Lang != "" {
			w.add(evi, PLang, quad.String(ev.Lang))
		}
	}
	if f.Predicate == dossier.WroteTo && stance == dossier.Asserted {
		e.encodeLetter(w, doc, f)
	}
}

func (e Encoder) encodeDate(w *stmtWriter, s quad.Value, d dossier.Date) {
	w.add(s, PDate, DateLiteral(d))
	if lo, hi := d.Bounds(); lo != "" {
		w.add(s, NotBefore, dateOnly(lo))
		w.add(s, NotAfter, dateOnly(hi))
	}
	if d.Calendar != "" {
		w.add(s, PCalendar, quad.String(d.Calendar))
	}
	for _, fl := range d.Flags {
		w.add(s, PDateFlag, quad.String(fl))
	}
}

// encodeLetter writes the letter as an event in the Simple Event Model shape:
// its actors (sender, recipient), its time and place, and the document.
func (e Encoder) encodeLetter(w *stmtWriter, doc *dossier.Document, f *dossier.Fact) {
	l := quad.IRI(LetterIRI(f.Subject, f.Object, f.Date, doc.ID))
	w.add(l, RDFType, quad.IRI(ClassEvent))
	w.add(l, RDFType, quad.IRI(ClassLetter))
	name := "Letter from " + lastSeg(f.Subject) + " to " + lastSeg(f.Object)
	if f.Date != nil {
		name += ", " + f.Date.String()
	}
	w.add(l, Name, quad.String(name))
	w.add(l, PSender, quad.IRI(f.Subject))
	w.add(l, PRecipient, quad.IRI(f.Object))
	w.add(l, HasActor, quad.IRI(f.Subject))
	w.add(l, HasActor, quad.IRI(f.Object))
	if f.Date != nil {
		w.add(l, HasTime, DateLiteral(*f.Date))
		w.add(l, PDate, DateLiteral(*f.Date))
	}
	if f.Place != "" {
		w.add(l, HasPlace, quad.IRI(f.Place))
	}
	w.add(l, DerivedFrom, w.label)
}

func langString(text, lang string) quad.Value {
	if lang == "" {
		return quad.String(text)
	}
	return quad.LangString{Value: quad.String(text), Lang: lang}
}

// stmtWriter emits statements, dropping exact duplicates within a document
// and remembering the first error.
type stmtWriter struct {
	label quad.IRI
	doc   string
	span  dossier.Span
	emit  func(dossier.Statement) error
	seen  map[string]struct{}
	err   error
}

func (w *stmtWriter) add(s quad.Value, p string, o quad.Value) {
	if w.err != nil {
		return
	}
	q := quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o, Label: w.label}
	k := q.NQuad()
	if w.seen == nil {
		w.seen = make(map[string]struct{})
	}
	if _, ok := w.seen[k]; ok {
		return
	}
	w.seen[k] = struct{}{}
	w.err = w.emit(dossier.Statement{Quad: q, Doc: w.doc, Span: w.span})
}

// IsIRI reports whether v is an IRI value.
func IsIRI(v quad.Value) bool {
	_, ok := v.(quad.IRI)
	return ok
}

// IRIString returns the IRI text of v without angle brackets, or "".
func IRIString(v quad.Value) string {
	if i, ok := v.(quad.IRI); ok {
		return string(i)
	}
	return ""
}

// Lit returns the string content of a literal value, or "".
func Lit(v quad.Value) string {
	switch x := v.(type) {
	case quad.String:
		return string(x)
	case quad.LangString:
		return string(x.Value)
	case quad.TypedString:
		return string(x.Value)
	case nil:
		return ""
	}
	return strings.Trim(v.String(), "\"")
}
