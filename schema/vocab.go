package schema

import (
	"github.com/dossier-kg/dossier"
)

// TermKind says whether a term is a class or a property.
type TermKind string

// Term kinds.
const (
	Class    TermKind = "Class"
	Property TermKind = "Property"
)

// Term is one class or predicate of Dossier's vocabulary. docs/vocabulary.md
// is generated from Terms, so the documentation cannot drift from the code.
type Term struct {
	IRI        string
	Kind       TermKind
	Label      string
	Definition string
	// SubOf lists superclasses (for classes) or superproperties (for properties).
	SubOf  []string
	Domain string
	Range  string
	// Example is a Turtle-ish example quad using prefixed names.
	Example string
}

// Classes Dossier writes.
var (
	ClassPerson       = SDO + "Person"
	ClassPlace        = SDO + "Place"
	ClassOrganization = SDO + "Organization"
	ClassEvent        = SDO + "Event"
	ClassWork         = SDO + "CreativeWork"
	ClassSource       = NS + "Source"
	ClassStatement    = NS + "Statement"
	ClassEvidence     = NS + "Evidence"
	ClassLetter       = NS + "Letter"
)

// Predicates Dossier writes besides the fact predicates.
var (
	RDFType      = RDF + "type"
	RDFSubject   = RDF + "subject"
	RDFPredicate = RDF + "predicate"
	RDFObject    = RDF + "object"
	RDFSLabel    = RDFS + "label"
	Name         = SDO + "name"
	AltName      = SDO + "alternateName"
	SameAs       = OWL + "sameAs"
	DerivedFrom  = PROV + "wasDerivedFrom"
	Value        = PROV + "value"
	HasActor     = SEM + "hasActor"
	HasPlace     = SEM + "hasPlace"
	HasTime      = SEM + "hasTimeStamp"
	PDate        = NS + "date"
	NotBefore    = NS + "notBefore"
	NotAfter     = NS + "notAfter"
	PPlace       = NS + "place"
	PStance      = NS + "stance"
	PEvidence    = NS + "evidence"
	PSpan        = NS + "span"
	PRule        = NS + "rule"
	PConfidence  = NS + "confidence"
	PLang        = NS + "lang"
	PMentions    = NS + "mentions"
	PSender      = NS + "sender"
	PRecipient   = NS + "recipient"
	PFileName    = NS + "fileName"
	PPath        = NS + "path"
	PHash        = NS + "contentHash"
	PFormat      = NS + "format"
	PEncoding    = NS + "encoding"
	PExtractor   = NS + "extractor"
	PText        = NS + "text"
	PSourcePath  = NS + "sourcePath"
	DCTitle      = DCTERM + "title"
	DCCreator    = DCTERM + "creator"
	DCDate       = DCTERM + "date"
	DCLanguage   = DCTERM + "language"
	PDateFlag    = NS + "dateFlag"
	PCalendar    = NS + "calendar"
	PQuadCount   = NS + "quadCount"
)

// ClassOf maps an entity type to its schema.org class.
func ClassOf(t dossier.EntityType) string {
	switch t {
	case dossier.Person:
		return ClassPerson
	case dossier.Place:
		return ClassPlace
	case dossier.Organization:
		return ClassOrganization
	case dossier.Event:
		return ClassEvent
	case dossier.DocumentType:
		return ClassWork
	}
	return ""
}

// TypeOfClass is the inverse of ClassOf.
func TypeOfClass(iri string) (dossier.EntityType, bool) {
	for _, t := range dossier.EntityTypes {
		if ClassOf(t) == iri {
			return t, true
		}
	}
	return "", false
}

// PredicateIRI is the IRI of a fact predicate.
func PredicateIRI(p dossier.Predicate) string { return NS + string(p) }

// PredicateOf is the inverse of PredicateIRI.
func PredicateOf(iri string) (dossier.Predicate, bool) {
	if len(iri) <= len(NS) || iri[:len(NS)] != NS {
		return "", false
	}
	p := dossier.Predicate(iri[len(NS):])
	return p, p.Valid()
}
