package schema

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
)

// VocabularyIRI names the vocabulary itself (the owl:Ontology of
// docs/vocabulary.ttl); its terms live in NS.
const VocabularyIRI = Base + "ns"

// WriteVocabularyMarkdown writes docs/vocabulary.md: the prefixes, the
// shapes of the IRIs Dossier mints, then every term of Terms with its
// definition, domain, range, super-terms and an example quad.
func WriteVocabularyMarkdown(w io.Writer) error {
	b := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	p("# Dossier's vocabulary\n\n")
	p("<!-- Generated from schema/vocab.go by `go generate ./schema`. Do not edit: a test fails when this file\n")
	p("     differs from what the code generates. -->\n\n")
	p("Dossier writes its graph with its own namespace, `%s` (prefix `dossier:`), for the\n", NS)
	p("classes and predicates no standard vocabulary has, and with standard terms wherever one fits:\n")
	p("schema.org classes and names, the Simple Event Model for events, PROV-O for provenance, RDF\n")
	p("reification for statements, XML Schema datatypes for dates, `owl:sameAs` for Wikidata.\n")
	p("The same vocabulary as RDF (Turtle) is in [vocabulary.ttl](vocabulary.ttl).\n\n")
	p("## How the graph is laid out\n\n")
	p("- Every source document is a `dossier:Source`, and its IRI is also the **named graph** holding every\n")
	p("  quad extracted from it; statements, evidence and events point to it with `prov:wasDerivedFrom`.\n")
	p("- Entities are typed with a schema.org class, named with `schema:name` and `rdfs:label` (the\n")
	p("  preferred Latin-script name `@en`, and the gazetteer's standard Kyrgyz and Russian names `@ky`, `@ru`\n")
	p("  where known) and `schema:alternateName` (every form a source writes, tagged with its language).\n")
	p("- A fact is a direct edge (`person:… dossier:wroteTo person:…`) and a `dossier:Statement` node\n")
	p("  (`rdf:subject`, `rdf:predicate`, `rdf:object`, date, place, stance) with its `dossier:Evidence`\n")
	p("  (the quote as `prov:value`, its byte span, rule and confidence). Hedged, negated and alleged\n")
	p("  statements have no direct edge.\n")
	p("- Letters, births, deaths, executions, arrests, exiles, rehabilitations and appointments are also\n")
	p("  events in the Simple Event Model shape: `sem:hasActor`, `sem:hasPlace`, `sem:hasTimeStamp`.\n")
	p("- Dates are `xsd:date`, `xsd:gYearMonth` or `xsd:gYear` by the precision the source gives, with\n")
	p("  `dossier:notBefore`/`dossier:notAfter` (on events `sem:hasEarliestBeginTimeStamp`/\n")
	p("  `sem:hasLatestEndTimeStamp`) for anything looser than a day.\n")
	p("- No blank nodes: every node has an IRI minted from its content, the same on every run and machine.\n\n")
	p("## IRIs\n\n")
	p("| node | IRI | example |\n|---|---|---|\n")
	p("| entity | `%s<kind>/<slug of the preferred Latin-script name>`; a short hash is appended only when two entities would share one | `%sperson/joseph-stalin` |\n", ID, ID)
	p("| event | `%s<kind>/<slug of the person>[-to-<slug of the place or body>][-<date>]` | `%sexecution/kasym-tynystanov` |\n", ID, ID)
	p("| letter | `%sletter/<sender>-to-<recipient>-<date>-<hash>` | `%sletter/jekabs-peters-to-joseph-stalin-1922-04-03-2ba8bc` |\n", ID, ID)
	p("| document, named graph | `%s<folder>/<file>` | `%sseeds/000.txt` |\n", Doc, Doc)
	p("| statement | `%s<hash of document, subject, predicate, object, date, place, stance>` | `%s8f2c41d07a9e3b65` |\n", Stmt, Stmt)
	p("| evidence | `<statement>/ev/<hash of document, span, rule>` | `%s8f2c41d07a9e3b65/ev/0c1d2e3f4a` |\n\n", Stmt)
	p("Kinds: %s.\n\n", "`"+strings.Join(Kinds(), "`, `")+"`")
	p("## Prefixes\n\n| prefix | namespace |\n|---|---|\n")
	for _, pr := range ReadablePrefixes() {
		p("| `%s:` | `%s` |\n", pr.Name, pr.IRI)
	}
	sections := []struct {
		title string
		keep  func(Term) bool
	}{
		{"Dossier's classes", func(t Term) bool { return t.Own() && t.Kind == Class }},
		{"Fact predicates", func(t Term) bool { _, ok := PredicateOf(t.IRI); return ok }},
		{"Dossier's other properties", func(t Term) bool { _, fact := PredicateOf(t.IRI); return t.Own() && t.Kind == Property && !fact }},
		{"Standard terms Dossier uses, and how", func(t Term) bool { return !t.Own() }},
	}
	for _, s := range sections {
		p("\n## %s\n", s.title)
		for _, t := range Terms() {
			if !s.keep(t) {
				continue
			}
			p("\n### `%s`\n\n%s\n\n", CompactWith(ReadablePrefixes(), t.IRI), t.Definition)
			if len(t.SubOf) > 0 {
				rel := "subclass of"
				if t.Kind == Property {
					rel = "subproperty of"
				}
				p("- %s: %s\n", rel, codeList(t.SubOf, ", "))
			}
			if len(t.Domain) > 0 {
				p("- domain: %s\n", codeList(t.Domain, " or "))
			}
			if len(t.Range) > 0 {
				p("- range: %s\n", codeList(t.Range, " or "))
			}
			p("- example: `%s`\n", t.Example())
		}
	}
	return b.Flush()
}

// Example renders the term's example as a Turtle triple (with the
// prefixes of ReadablePrefixes).
func (t Term) Example() string {
	s := turtleToken(t.ExampleSubject)
	if t.Kind == Class {
		return s + " a " + TurtleName(t.IRI) + " ."
	}
	return s + " " + TurtleName(t.IRI) + " " + turtleToken(t.ExampleObject) + " ."
}

// turtleToken renders an example's prefixed name in Turtle; literals are
// written as they are.
func turtleToken(s string) string {
	if strings.HasPrefix(s, `"`) {
		return s
	}
	return TurtleName(ExpandWith(ReadablePrefixes(), s))
}

// TurtleName writes an IRI as a prefixed name of ReadablePrefixes when its
// local part is safe in every Turtle parser (SafeLocalName), else as <iri>.
func TurtleName(iri string) string {
	if c := CompactWith(ReadablePrefixes(), iri); c != iri {
		if i := strings.IndexByte(c, ':'); SafeLocalName(c[i+1:]) {
			return c
		}
	}
	return "<" + iri + ">"
}

// SafeLocalName reports whether s can follow "prefix:" unescaped in any
// Turtle parser: a letter or underscore, then letters, digits, '_' or '-'.
// (Turtle allows more, but older parsers do not, and "/" needs escaping.)
func SafeLocalName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_':
		case (c >= '0' && c <= '9') || c == '-':
			if i == 0 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func codeList(items []string, sep string) string {
	return "`" + strings.Join(items, "`"+sep+"`") + "`"
}

// VocabularyQuads describes Dossier's own terms in RDF (docs/vocabulary.ttl):
// each an rdfs:Class or rdf:Property with its label and definition, its
// super-terms, and schema:domainIncludes / schema:rangeIncludes (which,
// unlike rdfs:domain with owl:unionOf, need no blank nodes). Standard terms
// are not redescribed.
func VocabularyQuads() []quad.Quad {
	v := quad.IRI(VocabularyIRI)
	var out []quad.Quad
	add := func(s quad.Value, p string, o quad.Value) {
		out = append(out, quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o})
	}
	en := func(s string) quad.Value { return quad.LangString{Value: quad.String(s), Lang: "en"} }
	iri := func(s string) quad.Value { return quad.IRI(ExpandWith(ReadablePrefixes(), s)) }
	add(v, RDFType, quad.IRI(OWL+"Ontology"))
	add(v, RDFSLabel, en("Dossier's vocabulary"))
	add(v, RDFS+"comment", en("Classes and predicates of the knowledge graph Dossier builds from historical documents: sources, statements and their evidence, events, and the facts the documents state."))
	for _, t := range Terms() {
		if !t.Own() {
			continue
		}
		s := quad.IRI(t.IRI)
		sub := RDFS + "subClassOf"
		if t.Kind == Class {
			add(s, RDFType, quad.IRI(RDFS+"Class"))
		} else {
			add(s, RDFType, quad.IRI(RDF+"Property"))
			sub = RDFS + "subPropertyOf"
		}
		add(s, RDFSLabel, en(t.Label))
		add(s, RDFS+"comment", en(t.Definition))
		add(s, RDFS+"isDefinedBy", v)
		for _, x := range t.SubOf {
			add(s, sub, iri(x))
		}
		for _, x := range t.Domain {
			add(s, SDO+"domainIncludes", iri(x))
		}
		for _, x := range t.Range {
			add(s, SDO+"rangeIncludes", iri(x))
		}
	}
	return out
}
