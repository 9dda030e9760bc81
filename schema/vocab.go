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

// Term is one class or predicate Dossier writes. docs/vocabulary.md and
// docs/vocabulary.ttl are generated from Terms (go generate ./schema), and a
// test fails when they differ from what the code would generate, so the
// documentation cannot drift from the code.
type Term struct {
	IRI  string
	Kind TermKind
	// Label is the term's short name: its local name for Dossier's own terms
	// and the key the JSON-LD context gives it.
	Label      string
	Definition string
	// SubOf lists superclasses (for classes) or superproperties (for properties).
	SubOf []string
	// Domain and Range list the classes (or datatypes) the property's subject
	// and object belong to; several entries mean "any of these".
	Domain, Range []string
	// ExampleSubject and ExampleObject, in prefixed form, make the example
	// quad: "s <term> o" for properties, "s rdf:type <term>" for classes.
	ExampleSubject, ExampleObject string
}

// Own reports whether the term is in Dossier's namespace.
func (t Term) Own() bool { return len(t.IRI) > len(NS) && t.IRI[:len(NS)] == NS }

// Classes Dossier writes.
var (
	ClassPerson       = SDO + "Person"
	ClassPlace        = SDO + "Place"
	ClassOrganization = SDO + "Organization"
	ClassEvent        = SDO + "Event"
	ClassWork         = SDO + "CreativeWork"
	ClassSEMEvent     = SEM + "Event"

	ClassSource         = NS + "Source"
	ClassStatement      = NS + "Statement"
	ClassEvidence       = NS + "Evidence"
	ClassLetter         = NS + "Letter"
	ClassBirth          = NS + "Birth"
	ClassDeath          = NS + "Death"
	ClassExecution      = NS + "Execution"
	ClassArrest         = NS + "Arrest"
	ClassExile          = NS + "Exile"
	ClassRehabilitation = NS + "Rehabilitation"
	ClassAppointment    = NS + "Appointment"
)

// Predicates Dossier writes besides the fact predicates.
var (
	RDFType       = RDF + "type"
	RDFSubject    = RDF + "subject"
	RDFPredicate  = RDF + "predicate"
	RDFObject     = RDF + "object"
	RDFSLabel     = RDFS + "label"
	Name          = SDO + "name"
	AltName       = SDO + "alternateName"
	SameAs        = OWL + "sameAs"
	DerivedFrom   = PROV + "wasDerivedFrom"
	Value         = PROV + "value"
	HasActor      = SEM + "hasActor"
	HasPlace      = SEM + "hasPlace"
	HasTime       = SEM + "hasTimeStamp"
	HasEarliest   = SEM + "hasEarliestBeginTimeStamp"
	HasLatest     = SEM + "hasLatestEndTimeStamp"
	PDate         = NS + "date"
	PEndDate      = NS + "endDate"
	PDatePrec     = NS + "datePrecision"
	PDateQual     = NS + "dateQualifier"
	NotBefore     = NS + "notBefore"
	NotAfter      = NS + "notAfter"
	PPlace        = NS + "place"
	PStance       = NS + "stance"
	PEvidence     = NS + "evidence"
	PSpan         = NS + "span"
	PRule         = NS + "rule"
	PConfidence   = NS + "confidence"
	PLang         = NS + "lang"
	PMentions     = NS + "mentions"
	PSender       = NS + "sender"
	PRecipient    = NS + "recipient"
	PFileName     = NS + "fileName"
	PPath         = NS + "path"
	PHash         = NS + "contentHash"
	PFormat       = NS + "format"
	PEncoding     = NS + "encoding"
	PExtractor    = NS + "extractor"
	PText         = NS + "text"
	PDateFlag     = NS + "dateFlag"
	PCalendar     = NS + "calendar"
	XSDDate       = XSD + "date"
	XSDGYear      = XSD + "gYear"
	XSDGYearMonth = XSD + "gYearMonth"
	XSDDecimal    = XSD + "decimal"
	PSourcePath   = NS + "sourcePath"
	DCTitle       = DCTERM + "title"
	DCCreator     = DCTERM + "creator"
	DCDate        = DCTERM + "date"
	DCLanguage    = DCTERM + "language"
	PQuadCount    = NS + "quadCount"
)

// entityClasses are the ranges written for "any entity".
var anyEntity = []string{"schema:Person", "schema:Place", "schema:Organization", "schema:Event", "schema:CreativeWork"}

// dateTypes are the datatypes a Dossier date literal may have.
var dateTypes = []string{"xsd:date", "xsd:gYearMonth", "xsd:gYear"}

// Terms lists every class and property Dossier writes, Dossier's own first
// (classes, then fact predicates, then the rest), then the standard terms it
// reuses, each with the use Dossier makes of it. The order is the order of
// docs/vocabulary.md.
func Terms() []Term {
	var ts []Term
	ts = append(ts, ownClasses()...)
	ts = append(ts, factTerms()...)
	ts = append(ts, ownProperties()...)
	ts = append(ts, reusedTerms()...)
	return ts
}

// TermByIRI returns the term with the given IRI.
func TermByIRI(iri string) (Term, bool) {
	for _, t := range Terms() {
		if t.IRI == iri {
			return t, true
		}
	}
	return Term{}, false
}

func class(local, def string, sub []string, exS string) Term {
	return Term{IRI: NS + local, Kind: Class, Label: local, Definition: def, SubOf: sub, ExampleSubject: exS}
}

func prop(iri, label, def string, domain, rng []string, exS, exO string) Term {
	return Term{IRI: iri, Kind: Property, Label: label, Definition: def, Domain: domain, Range: rng, ExampleSubject: exS, ExampleObject: exO}
}

func ownClasses() []Term {
	events := []string{"schema:Event", "sem:Event"}
	return []Term{
		class("Source", "A document Dossier read: a letter, article, news page or archive card. Its IRI is also the name of the named graph that holds every quad extracted from it.",
			[]string{"schema:CreativeWork", "prov:Entity"}, "doc:seeds/000.txt"),
		class("Statement", "One fact as one document states it: the rdf:subject, rdf:predicate and rdf:object of the fact, with its date, place and stance, derived from the document and supported by evidence. Hedged, negated and alleged facts exist only as statements.",
			[]string{"rdf:Statement", "prov:Entity"}, "stmt:8f2c41d07a9e3b65"),
		class("Evidence", "The words of a source that state a statement: the quote (prov:value), its byte span in the document, the extraction rule and its confidence.",
			[]string{"prov:Entity"}, "stmt:8f2c41d07a9e3b65/ev/0c1d2e3f4a"),
		class("Letter", "The writing of a letter, telegram or note, as an event: its sender and recipient (both also sem:hasActor), date and place of writing.",
			events, "letter:zhusup-abdrakhmanov-to-joseph-stalin-1925-05-05-1a2b3c"),
		class("Birth", "A person's birth, as an event: the person (sem:hasActor), date and place.", events, "birth:kasym-tynystanov"),
		class("Death", "A person's death, as an event: the person (sem:hasActor), date and place.", events, "death:kasym-tynystanov"),
		class("Execution", "The execution of a person, as an event: the person (sem:hasActor), date and place.", events, "execution:kasym-tynystanov"),
		class("Arrest", "An arrest of a person on a given date, as an event. A person arrested twice has two arrests.", events, "arrest:kasym-tynystanov-1937"),
		class("Exile", "The exile or deportation of a person to a place, as an event.", events, "exile:leon-trotsky-to-alma-ata"),
		class("Rehabilitation", "The posthumous or later rehabilitation of a person, as an event: the person and the body that rehabilitated them (both sem:hasActor), and the date.",
			events, "rehabilitation:kasym-tynystanov"),
		class("Appointment", "The appointment or election of a person to a body, as an event: the person and the body (both sem:hasActor), date and place.",
			events, "appointment:zhusup-abdrakhmanov-to-kirghiz-sovnarkom"),
	}
}

// factTerms describes the fact predicates of dossier.Predicates.
func factTerms() []Term {
	person := []string{"schema:Person"}
	place := []string{"schema:Place"}
	org := []string{"schema:Organization"}
	def := map[dossier.Predicate]struct {
		def           string
		domain, rng   []string
		subject, obj  string
		subPropertyOf []string
	}{
		dossier.WroteTo:         {"The subject wrote a letter, telegram or note to the object. The letter itself is a dossier:Letter event.", person, []string{"schema:Person", "schema:Organization"}, "person:zhusup-abdrakhmanov", "person:joseph-stalin", nil},
		dossier.ReportedFrom:    {"The subject sent a letter or report from the place.", person, place, "person:jekabs-peters", "place:bukhara", nil},
		dossier.ReportedTo:      {"The subject reported to the object (a superior person or body).", person, []string{"schema:Person", "schema:Organization"}, "person:jekabs-peters", "organization:central-committee", nil},
		dossier.AlliedWith:      {"The subject and the object acted together; symmetric.", []string{"schema:Person", "schema:Organization"}, []string{"schema:Person", "schema:Organization"}, "person:enver-pasha", "person:ibrahim-bek", nil},
		dossier.MemberOf:        {"The subject belonged to the organisation.", person, org, "person:kasym-tynystanov", "organization:alash", nil},
		dossier.HeadOf:          {"The subject led the organisation (chairman, first secretary, head); implies dossier:memberOf.", person, org, "person:zhusup-abdrakhmanov", "organization:kirghiz-sovnarkom", []string{"dossier:memberOf"}},
		dossier.LocatedIn:       {"The subject (a place or an organisation) lies or sits in the place.", []string{"schema:Place", "schema:Organization"}, place, "place:chong-tash", "place:kyrgyzstan", nil},
		dossier.BornIn:          {"The person was born in the place.", person, place, "person:kasym-tynystanov", "place:issyk-kul", nil},
		dossier.BornOn:          {"The person was born on the date, at the precision the source gives.", person, dateTypes, "person:kasym-tynystanov", `"1901"^^xsd:gYear`, nil},
		dossier.DiedIn:          {"The person died in the place.", person, place, "person:torekul-aitmatov", "place:chong-tash", nil},
		dossier.DiedOn:          {"The person died on the date.", person, dateTypes, "person:torekul-aitmatov", `"1938-11-05"^^xsd:date`, nil},
		dossier.ExecutedIn:      {"The person was executed in the place; implies dossier:diedIn.", person, place, "person:torekul-aitmatov", "place:chong-tash", []string{"dossier:diedIn"}},
		dossier.ExecutedOn:      {"The person was executed on the date; implies dossier:diedOn.", person, dateTypes, "person:kasym-tynystanov", `"1938-11-06"^^xsd:date`, []string{"dossier:diedOn"}},
		dossier.ExiledTo:        {"The person was exiled or deported to the place.", person, place, "person:leon-trotsky", "place:alma-ata", nil},
		dossier.RehabilitatedOn: {"The person was rehabilitated on the date.", person, dateTypes, "person:kasym-tynystanov", `"1958"^^xsd:gYear`, nil},
		dossier.RehabilitatedBy: {"The person was rehabilitated by the body (a court, a commission).", person, org, "person:kasym-tynystanov", "organization:supreme-court-of-the-ussr", nil},
		dossier.AppointedTo:     {"The person was appointed or elected to the body (the body, not the post title).", person, org, "person:zhusup-abdrakhmanov", "organization:kirghiz-sovnarkom", nil},
		dossier.ParticipatedIn:  {"The subject took part in the event.", []string{"schema:Person", "schema:Organization"}, []string{"schema:Event"}, "person:ibrahim-bek", "event:basmachi-movement", nil},
		dossier.ArrestedOn:      {"The person was arrested on the date.", person, dateTypes, "person:kasym-tynystanov", `"1937-08"^^xsd:gYearMonth`, nil},
	}
	var out []Term
	for _, p := range dossier.Predicates {
		d := def[p]
		t := prop(PredicateIRI(p), string(p), d.def, d.domain, d.rng, d.subject, d.obj)
		t.SubOf = d.subPropertyOf
		out = append(out, t)
	}
	return out
}

func ownProperties() []Term {
	stmt := []string{"dossier:Statement"}
	ev := []string{"dossier:Evidence"}
	src := []string{"dossier:Source"}
	str := []string{"xsd:string"}
	datedThings := []string{"dossier:Statement", "schema:Event"}
	const (
		st  = "stmt:8f2c41d07a9e3b65"
		evi = "stmt:8f2c41d07a9e3b65/ev/0c1d2e3f4a"
		doc = "doc:seeds/000.txt"
	)
	p := func(local, def string, domain, rng []string, exS, exO string) Term {
		return prop(NS+local, local, def, domain, rng, exS, exO)
	}
	return []Term{
		p("date", "When the statement's fact held or happened, or when the event took place: a typed literal at the precision the source gives (day, month or year; decades and centuries as the gYear of their first year, with dossier:datePrecision).",
			datedThings, dateTypes, st, `"1925-05-05"^^xsd:date`),
		p("endDate", "The end of a date range (\"1937-1938\"), at its own precision; dossier:date is its start.", datedThings, dateTypes, st, `"1938"^^xsd:gYear`),
		p("datePrecision", "\"decade\" or \"century\" when the source dates the fact that loosely (\"in the 1920s\"); absent otherwise, the datatype of dossier:date then says the precision.", datedThings, str, st, `"decade"`),
		p("dateQualifier", "How the source hedges the date: \"early\", \"mid\", \"late\" or \"circa\".", datedThings, str, st, `"circa"`),
		p("notBefore", "The first day the date can mean (for \"1937\", 1937-01-01).", datedThings, []string{"xsd:date"}, st, `"1937-01-01"^^xsd:date`),
		p("notAfter", "The last day the date can mean (for \"1937-1938\", 1938-12-31).", datedThings, []string{"xsd:date"}, st, `"1938-12-31"^^xsd:date`),
		p("calendar", "\"julian\" when the source gives the date in the old style (Russian dates before February 1918).", datedThings, str, st, `"julian"`),
		p("dateFlag", "A doubt about the date: \"implausible-year\", \"corrected-year:1329\", \"year-from-context\".", datedThings, str, st, `"year-from-context"`),
		p("place", "Where the statement's fact happened, if the source says.", stmt, []string{"schema:Place"}, st, "place:tashkent"),
		p("stance", "How the source commits to the statement: \"asserted\", \"hedged\", \"negated\" or \"alleged\". Only asserted statements also get a direct edge.", stmt, str, st, `"asserted"`),
		p("evidence", "A passage that states the statement.", stmt, ev, st, evi),
		p("span", "Where the quote lies in the document's text: \"start:end\", byte offsets into the UTF-8 text.", ev, str, evi, `"120:245"`),
		p("rule", "The extraction rule that found the statement in this passage.", ev, str, evi, `"ky-letter-header"`),
		p("confidence", "The rule's confidence in the statement, from 0 to 1.", ev, []string{"xsd:decimal"}, evi, `"0.90"^^xsd:decimal`),
		p("lang", "The language of the passage: \"ky\", \"ru\" or \"en\".", ev, str, evi, `"ky"`),
		p("mentions", "The document names the entity.", src, anyEntity, doc, "person:zhusup-abdrakhmanov"),
		p("sender", "Who wrote the letter.", []string{"dossier:Letter"}, []string{"schema:Person", "schema:Organization"}, "letter:zhusup-abdrakhmanov-to-joseph-stalin-1925-05-05-1a2b3c", "person:zhusup-abdrakhmanov"),
		p("recipient", "To whom the letter was written.", []string{"dossier:Letter"}, []string{"schema:Person", "schema:Organization"}, "letter:zhusup-abdrakhmanov-to-joseph-stalin-1925-05-05-1a2b3c", "person:joseph-stalin"),
		p("fileName", "The document's file name, which facts cite as their source.", src, str, doc, `"000.txt"`),
		p("path", "The document's ID: the folder the build was given, then the path below it.", src, str, doc, `"seeds/000.txt"`),
		p("sourcePath", "The file the document was read from, as the build was given it.", src, str, doc, `"../shared/corpus/seeds/000.txt"`),
		p("contentHash", "SHA-256 of the document's bytes, hex; a rebuild skips a document whose hash is unchanged.", src, str, doc, `"acf753f1…"`),
		p("format", "The reader that produced the text (\"text\", \"markdown\").", src, str, doc, `"text"`),
		p("encoding", "The encoding the document was decoded from.", src, str, doc, `"utf-8"`),
		p("extractor", "The versions of the extractor and of the encoding that produced the document's statements; a build rewrites a document made by other versions.", src, str, doc, `"3.0+bfc24e417151/encoding-2"`),
		p("text", "The document's full text, so the graph alone can show the passage behind every fact (omitted with build --store-text=false).", src, str, doc, `"…"`),
	}
}

func reusedTerms() []Term {
	std := func(iri, label, def string, domain, rng []string, exS, exO string) Term {
		return prop(iri, label, def, domain, rng, exS, exO)
	}
	cls := func(iri, label, def, exS string) Term {
		return Term{IRI: iri, Kind: Class, Label: label, Definition: def, ExampleSubject: exS}
	}
	ents := append(append([]string{}, anyEntity...), "dossier:Source")
	return []Term{
		cls(ClassPerson, "Person", "A person.", "person:kasym-tynystanov"),
		cls(ClassPlace, "Place", "A place: a city, village, region, country.", "place:chong-tash"),
		cls(ClassOrganization, "Organization", "A party body, government body, court, movement or newspaper.", "organization:memorial"),
		cls(ClassEvent, "Event", "An event: a revolt, purge, congress; and every event Dossier mints from facts (letters, births, executions, …).", "event:great-purge"),
		cls(ClassWork, "CreativeWork", "A written work (a book, a poem, a newspaper issue) and every source document.", "work:kasym-yrlarynyn-zhyynak"),
		cls(ClassSEMEvent, "SEMEvent", "The Simple Event Model's event: written on every event Dossier mints from facts, which carry sem:hasActor, sem:hasPlace and sem:hasTimeStamp.", "execution:kasym-tynystanov"),
		std(DCTitle, "title", "The document's title, when its format states one (an HTML page, a Word file's properties).", []string{"dossier:Source"}, []string{"xsd:string"}, "doc:seeds/000.txt", `"Сталинге кат"`),
		std(DCCreator, "creator", "The document's author, when its format states one.", []string{"dossier:Source"}, []string{"xsd:string"}, "doc:seeds/000.txt", `"A. S. Ormushev"`),
		std(DCDate, "dcterms date", "The document's date, when its format states one, as written there.", []string{"dossier:Source"}, []string{"xsd:string"}, "doc:seeds/000.txt", `"2024"`),
		std(DCLanguage, "language", "A language the document is written in (\"ky\", \"ru\", \"en\"), one value per language.", []string{"dossier:Source"}, []string{"xsd:string"}, "doc:seeds/000.txt", `"ky"`),
		std(RDFType, "type", "The entity's classes: a schema.org class, and for minted events also sem:Event and a Dossier event class.", nil, nil, "person:kasym-tynystanov", "schema:Person"),
		std(RDFSubject, "subject", "The subject of the fact a statement states.", []string{"dossier:Statement"}, anyEntity, "stmt:8f2c41d07a9e3b65", "person:zhusup-abdrakhmanov"),
		std(RDFPredicate, "predicate", "The fact predicate of a statement (a Dossier fact predicate).", []string{"dossier:Statement"}, []string{"rdf:Property"}, "stmt:8f2c41d07a9e3b65", "dossier:wroteTo"),
		std(RDFObject, "object", "The object of the fact: an entity, or a date literal for date-valued predicates.", []string{"dossier:Statement"}, append(append([]string{}, anyEntity...), dateTypes...), "stmt:8f2c41d07a9e3b65", "person:joseph-stalin"),
		std(Name, "name", "The preferred name, in Latin script, tagged @en; for documents, the file name.", ents, []string{"rdf:langString", "xsd:string"}, "person:zhusup-abdrakhmanov", `"Zhusup Abdrakhmanov"@en`),
		std(RDFSLabel, "label", "A display name per language: the preferred name @en, and the gazetteer's standard Kyrgyz and Russian forms @ky and @ru where known.", anyEntity, []string{"rdf:langString"}, "person:joseph-stalin", `"Иосиф Виссарионович Сталин"@ru`),
		std(AltName, "alternateName", "Every other form a source writes the name in, as written (inflected, abbreviated, in another script), tagged with the language of the passage.", anyEntity, []string{"rdf:langString"}, "person:kasym-tynystanov", `"Тыныстановдун"@ky`),
		std(SameAs, "sameAs", "The entity's Wikidata item (an IRI under wd:), where the gazetteer knows it.", anyEntity, nil, "person:joseph-stalin", "wd:Q855"),
		std(DerivedFrom, "wasDerivedFrom", "The source document a statement, piece of evidence or minted event comes from (the same document whose named graph holds it).", []string{"dossier:Statement", "dossier:Evidence", "schema:Event"}, []string{"dossier:Source"}, "stmt:8f2c41d07a9e3b65", "doc:seeds/000.txt"),
		std(Value, "value", "The quote: the words of the source under dossier:span, whitespace collapsed.", []string{"dossier:Evidence"}, []string{"xsd:string"}, "stmt:8f2c41d07a9e3b65/ev/0c1d2e3f4a", `"Сталин жолдошко …"`),
		std(HasActor, "hasActor", "A person or body taking part in a minted event: the letter's sender and recipient, the person born, executed, exiled, the body that rehabilitated or appointed them.", []string{"sem:Event"}, []string{"schema:Person", "schema:Organization"}, "execution:kasym-tynystanov", "person:kasym-tynystanov"),
		std(HasPlace, "hasPlace", "Where a minted event happened.", []string{"sem:Event"}, []string{"schema:Place"}, "execution:torekul-aitmatov", "place:chong-tash"),
		std(HasTime, "hasTimeStamp", "When a minted event happened, as the same typed literal as dossier:date.", []string{"sem:Event"}, dateTypes, "execution:kasym-tynystanov", `"1938-11-06"^^xsd:date`),
		std(HasEarliest, "hasEarliestBeginTimeStamp", "For an event dated less precisely than a day: the first day it can have happened.", []string{"sem:Event"}, []string{"xsd:date"}, "arrest:kasym-tynystanov-1937", `"1937-01-01"^^xsd:date`),
		std(HasLatest, "hasLatestEndTimeStamp", "For an event dated less precisely than a day: the last day it can have happened.", []string{"sem:Event"}, []string{"xsd:date"}, "arrest:kasym-tynystanov-1937", `"1937-12-31"^^xsd:date`),
	}
}

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
