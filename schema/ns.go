package schema

// Namespaces Dossier writes.
const (
	// Base is the root of every IRI Dossier mints.
	Base = "https://w3id.org/dossier/"
	// NS is Dossier's own vocabulary.
	NS = Base + "ns#"
	// ID is where entity IRIs live ("…/id/person/joseph-stalin").
	ID = Base + "id/"
	// Doc is where source-document IRIs (and their named graphs) live.
	Doc = Base + "doc/"
	// Stmt is where statement (reified fact) IRIs live.
	Stmt = Base + "stmt/"

	RDF    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	RDFS   = "http://www.w3.org/2000/01/rdf-schema#"
	XSD    = "http://www.w3.org/2001/XMLSchema#"
	OWL    = "http://www.w3.org/2002/07/owl#"
	SDO    = "http://schema.org/"
	PROV   = "http://www.w3.org/ns/prov#"
	SEM    = "http://semanticweb.cs.vu.nl/2009/11/sem/"
	WD     = "http://www.wikidata.org/entity/"
	DCTERM = "http://purl.org/dc/terms/"
)

// Prefix pairs a short prefix with its namespace.
type Prefix struct{ Name, IRI string }

// Prefixes lists the prefixes used in readable exports, in a fixed order.
var Prefixes = []Prefix{
	{"dossier", NS},
	{"id", ID},
	{"doc", Doc},
	{"stmt", Stmt},
	{"rdf", RDF},
	{"rdfs", RDFS},
	{"xsd", XSD},
	{"owl", OWL},
	{"schema", SDO},
	{"prov", PROV},
	{"sem", SEM},
	{"wd", WD},
	{"dcterms", DCTERM},
}

// ReadablePrefixes is Prefixes followed by one prefix per kind of minted IRI
// ("person:" for …/id/person/, "execution:" for …/id/execution/, …): the
// prefixes Turtle, TriG, JSON-LD and the documentation use to keep IRIs
// short. Expand and Compact do not use the kind prefixes, so an IRI such as
// "person:x" read from outside is never rewritten.
func ReadablePrefixes() []Prefix {
	out := append([]Prefix(nil), Prefixes...)
	for _, k := range Kinds() {
		out = append(out, Prefix{k, ID + k + "/"})
	}
	return out
}

// CompactWith is Compact over the given prefixes.
func CompactWith(ps []Prefix, iri string) string {
	best := -1
	for i, p := range ps {
		if len(iri) > len(p.IRI) && iri[:len(p.IRI)] == p.IRI {
			if best < 0 || len(p.IRI) > len(ps[best].IRI) {
				best = i
			}
		}
	}
	if best < 0 {
		return iri
	}
	return ps[best].Name + ":" + iri[len(ps[best].IRI):]
}

// ExpandWith is Expand over the given prefixes.
func ExpandWith(ps []Prefix, s string) string {
	for _, p := range ps {
		if len(s) > len(p.Name) && s[len(p.Name)] == ':' && s[:len(p.Name)] == p.Name {
			rest := s[len(p.Name)+1:]
			if len(rest) >= 2 && rest[:2] == "//" {
				return s // a URL, not a prefixed name
			}
			return p.IRI + rest
		}
	}
	return s
}

// Expand turns a prefixed name ("rdf:type") into a full IRI; anything else is
// returned unchanged.
func Expand(s string) string { return ExpandWith(Prefixes, s) }

// Compact turns a full IRI into a prefixed name when a prefix covers it.
func Compact(iri string) string { return CompactWith(Prefixes, iri) }
