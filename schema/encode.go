package schema

import (
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier"
)

// EncodingVersion identifies what Encode writes; bump it whenever the quads
// of the same extraction change, so that builds rewrite stored documents
// (it is part of the version recorded on each document).
const EncodingVersion = "2"

// Encoder turns extractions into statements.
type Encoder struct {
	// ExtractorVersion is recorded on each source document so a rebuild can
	// tell statements made by an older extractor.
	ExtractorVersion string
	// StoreText records the document's full text on its node, so the graph
	// alone can show the passage behind every fact.
	StoreText bool
	// Labels, if set, returns an entity's standard names (the gazetteer's),
	// at most one per language counts: the first of each language becomes
	// its rdfs:label in that language. Names as written in the documents are
	// often inflected ("Тыныстановдун"), so they are only alternate names.
	// Labels must be deterministic and safe for concurrent use.
	Labels func(e *dossier.Entity) []dossier.Name
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
	names := make(map[string]string, len(ents))
	for i := range ents {
		en := &ents[i]
		names[en.ID] = en.Name
		e.encodeEntity(w, en)
	}

	// Facts, sorted by key.
	facts := make([]dossier.Fact, len(x.Facts))
	copy(facts, x.Facts)
	sort.Slice(facts, func(i, j int) bool { return facts[i].Key() < facts[j].Key() })
	for i := range facts {
		e.encodeFact(w, doc, &facts[i], names)
	}
	return w.err
}

func (e Encoder) encodeEntity(w *stmtWriter, en *dossier.Entity) {
	s := quad.IRI(en.ID)
	w.add(s, RDFType, quad.IRI(ClassOf(en.Type)))
	// A refining class is written only when the vocabulary defines it, so
	// every class in the graph is documented.
	if en.Class != "" {
		if t, ok := TermByIRI(NS + en.Class); ok && t.Kind == Class {
			w.add(s, RDFType, quad.IRI(t.IRI))
		}
	}
	pref := quad.LangString{Value: quad.String(en.Name), Lang: "en"}
	w.add(s, Name, pref)
	w.add(s, RDFSLabel, pref)
	if e.Labels != nil {
		done := map[string]bool{"en": true}
		for _, n := range e.Labels(en) {
			if n.Lang == "" || done[n.Lang] || n.Text == "" {
				continue
			}
			done[n.Lang] = true
			w.add(s, RDFSLabel, quad.LangString{Value: quad.String(n.Text), Lang: n.Lang})
		}
	}
	// Every form the document writes, the preferred name included when the
	// document writes it, so that the names can be read back as written.
	for _, n := range en.Names {
		w.add(s, AltName, langString(n.Text, n.Lang))
	}
	if en.Wikidata != "" {
		w.add(s, SameAs, quad.IRI(WD+en.Wikidata))
	}
	w.add(w.label, PMentions, s)
}

func (e Encoder) encodeFact(w *stmtWriter, doc *dossier.Document, f *dossier.Fact, names map[string]string) {
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
	// The statement's date is the fact's date, or for a date-valued
	// predicate its object (the extractor never gives both; if it did, the
	// object would keep only what its literal says).
	if f.Date != nil {
		encodeDate(w, st, *f.Date)
	} else if f.ObjectDate != nil {
		encodeDate(w, st, *f.ObjectDate)
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
		w.add(evi, PConfidence, quad.TypedString{Value: quad.String(strconv.FormatFloat(ev.Confidence, 'f', 2, 64)), Type: quad.IRI(XSDDecimal)})
		if ev.Lang != "" {
			w.add(evi, PLang, quad.String(ev.Lang))
		}
	}
	if stance != dossier.Asserted {
		return
	}
	if f.Predicate == dossier.WroteTo {
		encodeLetter(w, doc, f, names)
	} else if r, ok := eventRuleFor(f.Predicate); ok {
		encodeEvent(w, r, f, names)
	}
}

// encodeDate describes date d on node s so that it can be read back whole:
// the literal at its precision, the precision the literal cannot show
// (decade, century), the end of a range, the qualifier, the day bounds, the
// calendar and the doubts.
func encodeDate(w *stmtWriter, s quad.Value, d dossier.Date) {
	w.add(s, PDate, DateLiteral(d))
	if d.Precision == dossier.PrecisionDecade || d.Precision == dossier.PrecisionCentury {
		w.add(s, PDatePrec, quad.String(d.Precision.String()))
	}
	if d.End != nil && d.End.ISO() != "" {
		w.add(s, PEndDate, DateLiteral(*d.End))
	}
	if d.Qualifier != "" {
		w.add(s, PDateQual, quad.String(d.Qualifier))
	}
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

// eventTime gives a minted event its time in the Simple Event Model shape:
// sem:hasTimeStamp (and dossier:date, which every dated node has) at the
// date's precision, and for anything looser than one day the earliest and
// latest days it can mean.
func eventTime(w *stmtWriter, ev quad.Value, d dossier.Date) {
	lit := DateLiteral(d)
	w.add(ev, HasTime, lit)
	w.add(ev, PDate, lit)
	if lo, hi := d.Bounds(); lo != "" && (lo != hi || d.Precision != dossier.PrecisionDay) {
		w.add(ev, HasEarliest, dateOnly(lo))
		w.add(ev, HasLatest, dateOnly(hi))
	}
}

// eventHead writes what every minted event has: its classes, its name and
// label (English), and the document it comes from.
func eventHead(w *stmtWriter, ev quad.Value, class, name string) {
	w.add(ev, RDFType, quad.IRI(ClassEvent))
	w.add(ev, RDFType, quad.IRI(ClassSEMEvent))
	w.add(ev, RDFType, quad.IRI(class))
	n := quad.LangString{Value: quad.String(name), Lang: "en"}
	w.add(ev, Name, n)
	w.add(ev, RDFSLabel, n)
	w.add(ev, DerivedFrom, w.label)
}

// encodeLetter writes the letter as an event in the Simple Event Model shape:
// its actors (sender, recipient), its time and place, and the document.
func encodeLetter(w *stmtWriter, doc *dossier.Document, f *dossier.Fact, names map[string]string) {
	l := quad.IRI(LetterIRI(f.Subject, f.Object, f.Date, doc.ID))
	name := "Letter from " + nameOf(names, f.Subject) + " to " + nameOf(names, f.Object)
	if f.Date != nil {
		name += ", " + f.Date.String()
	}
	eventHead(w, l, ClassLetter, name)
	w.add(l, PSender, quad.IRI(f.Subject))
	w.add(l, PRecipient, quad.IRI(f.Object))
	w.add(l, HasActor, quad.IRI(f.Subject))
	w.add(l, HasActor, quad.IRI(f.Object))
	if f.Date != nil {
		eventTime(w, l, *f.Date)
	}
	if f.Place != "" {
		w.add(l, HasPlace, quad.IRI(f.Place))
	}
}

// objectRole is the part the object of a fact plays in the event it
// describes.
type objectRole uint8

const (
	roleTime  objectRole = iota // the object is the event's date
	rolePlace                   // the object is where it happened
	roleActor                   // the object took part (the rehabilitating court, the body appointed to)
)

// eventRule says which event an asserted fact describes.
type eventRule struct {
	kind  string // segment of Kinds
	class string
	noun  string
	role  objectRole
	// keyObject: the object is part of the event's identity (one exile per
	// place, one appointment per body); keyDate: the date is (one arrest
	// per date). Otherwise a person has one event of the kind.
	keyObject, keyDate bool
}

func eventRuleFor(p dossier.Predicate) (eventRule, bool) {
	switch p {
	case dossier.BornOn:
		return eventRule{kind: "birth", class: ClassBirth, noun: "Birth", role: roleTime}, true
	case dossier.BornIn:
		return eventRule{kind: "birth", class: ClassBirth, noun: "Birth", role: rolePlace}, true
	case dossier.DiedOn:
		return eventRule{kind: "death", class: ClassDeath, noun: "Death", role: roleTime}, true
	case dossier.DiedIn:
		return eventRule{kind: "death", class: ClassDeath, noun: "Death", role: rolePlace}, true
	case dossier.ExecutedOn:
		return eventRule{kind: "execution", class: ClassExecution, noun: "Execution", role: roleTime}, true
	case dossier.ExecutedIn:
		return eventRule{kind: "execution", class: ClassExecution, noun: "Execution", role: rolePlace}, true
	case dossier.ArrestedOn:
		return eventRule{kind: "arrest", class: ClassArrest, noun: "Arrest", role: roleTime, keyDate: true}, true
	case dossier.ExiledTo:
		return eventRule{kind: "exile", class: ClassExile, noun: "Exile", role: rolePlace, keyObject: true}, true
	case dossier.RehabilitatedOn:
		return eventRule{kind: "rehabilitation", class: ClassRehabilitation, noun: "Rehabilitation", role: roleTime}, true
	case dossier.RehabilitatedBy:
		return eventRule{kind: "rehabilitation", class: ClassRehabilitation, noun: "Rehabilitation", role: roleActor}, true
	case dossier.AppointedTo:
		return eventRule{kind: "appointment", class: ClassAppointment, noun: "Appointment", role: roleActor, keyObject: true}, true
	}
	return eventRule{}, false
}

// encodeEvent writes the event an asserted fact describes, in the Simple
// Event Model shape: the subject as actor, the object in its role, the
// fact's date and place. The event's IRI is minted from the facts that
// identify it, so the execution date and the execution place, stated
// apart, describe one event, in every document that states them.
func encodeEvent(w *stmtWriter, r eventRule, f *dossier.Fact, names map[string]string) {
	var to string
	var key *dossier.Date
	name := r.noun + " of " + nameOf(names, f.Subject)
	if r.keyObject {
		to = f.Object
		name += " to " + nameOf(names, f.Object)
	}
	if r.keyDate {
		key = f.ObjectDate
		if key == nil {
			key = f.Date
		}
		if key != nil {
			name += ", " + key.String()
		}
	}
	ev := quad.IRI(EventIRI(r.kind, f.Subject, to, key))
	eventHead(w, ev, r.class, name)
	w.add(ev, HasActor, quad.IRI(f.Subject))
	switch {
	case r.role == roleTime && f.ObjectDate != nil:
		eventTime(w, ev, *f.ObjectDate)
	case r.role == rolePlace && f.Object != "":
		w.add(ev, HasPlace, quad.IRI(f.Object))
	case r.role == roleActor && f.Object != "":
		w.add(ev, HasActor, quad.IRI(f.Object))
	}
	if f.Date != nil {
		eventTime(w, ev, *f.Date)
	}
	if f.Place != "" {
		w.add(ev, HasPlace, quad.IRI(f.Place))
	}
}

// nameOf is the preferred name of an entity of the extraction, or the last
// segment of its IRI.
func nameOf(names map[string]string, id string) string {
	if n := names[id]; n != "" {
		return n
	}
	return lastSeg(id)
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
	seen  map[tripleKey]struct{}
	err   error
}

// tripleKey identifies a statement of one document's graph.
type tripleKey struct {
	s quad.Value
	p string
	o quad.Value
}

func (w *stmtWriter) add(s quad.Value, p string, o quad.Value) {
	if w.err != nil {
		return
	}
	q := quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o, Label: w.label}
	// the values themselves are the key (every quad value type Dossier
	// writes is comparable): no N-Quads formatting per statement
	k := tripleKey{s, p, o}
	if w.seen == nil {
		w.seen = make(map[tripleKey]struct{})
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

// SortQuads orders quads by subject, predicate, object and label, comparing
// their N-Quads forms: the order every grouped export uses, so the same
// graph gives the same bytes whatever order the store returns it in.
func SortQuads(qs []quad.Quad) {
	// Each quad's key is made once; comparing values' string forms inside
	// the sort would make them O(n log n) times.
	keyed := make([]struct {
		key string
		q   quad.Quad
	}, len(qs))
	var b strings.Builder
	for i, q := range qs {
		b.Reset()
		for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			b.WriteString(quad.StringOf(v))
			b.WriteByte(0)
		}
		keyed[i].key, keyed[i].q = b.String(), q
	}
	sort.Slice(keyed, func(i, j int) bool { return keyed[i].key < keyed[j].key })
	for i := range keyed {
		qs[i] = keyed[i].q
	}
}
