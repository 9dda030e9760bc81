package dossier

// Predicate names a relation between entities, or between an entity and a date.
type Predicate string

// The predicates of the evaluation scheme (../shared/eval/README.md).
const (
	WroteTo         Predicate = "wroteTo"
	ReportedFrom    Predicate = "reportedFrom"
	ReportedTo      Predicate = "reportedTo"
	AlliedWith      Predicate = "alliedWith"
	MemberOf        Predicate = "memberOf"
	HeadOf          Predicate = "headOf"
	LocatedIn       Predicate = "locatedIn"
	BornIn          Predicate = "bornIn"
	BornOn          Predicate = "bornOn"
	DiedIn          Predicate = "diedIn"
	DiedOn          Predicate = "diedOn"
	ExecutedIn      Predicate = "executedIn"
	ExecutedOn      Predicate = "executedOn"
	ExiledTo        Predicate = "exiledTo"
	RehabilitatedOn Predicate = "rehabilitatedOn"
	RehabilitatedBy Predicate = "rehabilitatedBy"
	AppointedTo     Predicate = "appointedTo"
	ParticipatedIn  Predicate = "participatedIn"
	// ArrestedOn is not in the evaluation scheme but archive cards state it
	// and historians ask for it.
	ArrestedOn Predicate = "arrestedOn"
)

// Predicates lists every predicate in a fixed order.
var Predicates = []Predicate{
	// correspondence
	WroteTo, ReportedFrom, ReportedTo,
	// offices, bodies and sides
	HeadOf, MemberOf, AppointedTo, AlliedWith, ParticipatedIn,
	// where things are
	LocatedIn,
	// a life and its repression
	BornOn, BornIn, DiedOn, DiedIn, ArrestedOn, ExecutedOn, ExecutedIn, ExiledTo,
	RehabilitatedOn, RehabilitatedBy,
}

// DateValued reports whether the predicate's object is a date, not an entity.
func (p Predicate) DateValued() bool {
	switch p {
	case BornOn, DiedOn, ExecutedOn, RehabilitatedOn, ArrestedOn:
		return true
	}
	return false
}

// Symmetric reports whether p(a, b) implies p(b, a).
func (p Predicate) Symmetric() bool { return p == AlliedWith }

// Valid reports whether p is one of Predicates.
func (p Predicate) Valid() bool {
	for _, q := range Predicates {
		if p == q {
			return true
		}
	}
	return false
}

// Stance is how a text commits to a statement.
type Stance string

// Stances. Only Asserted facts are facts; the others are kept, marked, for
// the historian who wants to see what was claimed or doubted.
const (
	Asserted Stance = "asserted"
	Hedged   Stance = "hedged"  // "may have", "болушу мүмкүн", "возможно"
	Negated  Stance = "negated" // "did not", "эмес", "не"
	Alleged  Stance = "alleged" // accusations: "accused of spying", "якобы"
)

// Evidence ties a fact to the words that state it.
type Evidence struct {
	// Doc is the Document.ID the words are in.
	Doc string `json:"doc"`
	// Span locates the quote in Document.Text.
	Span Span `json:"span"`
	// Quote is the text under Span, whitespace collapsed.
	Quote string `json:"quote"`
	// Rule names the extraction rule that fired.
	Rule string `json:"rule"`
	// Confidence is the rule's confidence in [0, 1].
	Confidence float64 `json:"confidence"`
	// Lang is the language of the passage ("ky", "ru", "en").
	Lang string `json:"lang,omitempty"`
}

// Fact is one statement a document makes: subject, predicate, and an entity
// or a date as object, with the date and place the text attaches to it.
type Fact struct {
	Subject   string    `json:"subject"` // entity ID
	Predicate Predicate `json:"predicate"`
	// Object is an entity ID, unless the predicate is date-valued.
	Object string `json:"object,omitempty"`
	// ObjectDate is the object of a date-valued predicate.
	ObjectDate *Date `json:"object_date,omitempty"`
	// Date is when the fact held or happened, if the text says.
	Date *Date `json:"date,omitempty"`
	// Place is the entity ID of where it happened, if the text says.
	Place  string `json:"place,omitempty"`
	Stance Stance `json:"stance"`
	// Evidence lists every passage that states the fact (the Kyrgyz, Russian
	// and English abstracts of one article are one fact with three evidences).
	Evidence []Evidence `json:"evidence"`
}

// Key identifies the fact irrespective of its evidence: two facts with equal
// keys are the same statement.
func (f *Fact) Key() string {
	// The object goes first into a stack buffer, since a symmetric predicate
	// may put it before the subject; the key is built after it, and the
	// string conversion of that part is the one allocation.
	var buf [256]byte
	b := buf[:0]
	if f.ObjectDate != nil {
		b = f.ObjectDate.appendString(b)
	} else {
		b = append(b, f.Object...)
	}
	n := len(b)
	obj := b[:n:n]
	if f.Predicate.Symmetric() && string(obj) < f.Subject {
		b = append(b, obj...)
		b = append(append(b, 0), f.Predicate...)
		b = append(append(b, 0), f.Subject...)
	} else {
		b = append(b, f.Subject...)
		b = append(append(b, 0), f.Predicate...)
		b = append(append(b, 0), obj...)
	}
	b = append(b, 0)
	if f.Date != nil {
		b = f.Date.appendString(b)
	}
	b = append(append(b, 0), f.Place...)
	b = append(append(b, 0), f.Stance...)
	return string(b[n:])
}

// Confidence is the highest confidence of the fact's evidence.
func (f *Fact) Confidence() float64 {
	c := 0.0
	for _, e := range f.Evidence {
		if e.Confidence > c {
			c = e.Confidence
		}
	}
	return c
}
