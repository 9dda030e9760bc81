package schema_test

import (
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/internal/fixture"
	"github.com/dossier-kg/dossier/schema"
)

func TestTermsAreComplete(t *testing.T) {
	iris, labels := map[string]bool{}, map[string]bool{}
	prefixed := func(where, s string) {
		if strings.HasPrefix(s, `"`) {
			return
		}
		if full := schema.ExpandWith(schema.ReadablePrefixes(), s); full == s {
			t.Errorf("%s: %q uses no known prefix", where, s)
		}
	}
	for _, term := range schema.Terms() {
		if iris[term.IRI] || labels[term.Label] {
			t.Errorf("%s (%s) is listed twice", term.IRI, term.Label)
		}
		iris[term.IRI], labels[term.Label] = true, true
		if term.Definition == "" || term.ExampleSubject == "" || (term.Kind == schema.Property && term.ExampleObject == "") {
			t.Errorf("%s lacks a definition or an example", term.IRI)
		}
		for _, s := range append(append(append([]string{term.ExampleSubject}, term.SubOf...), term.Domain...), term.Range...) {
			prefixed(term.IRI, s)
		}
		if term.ExampleObject != "" {
			prefixed(term.IRI, term.ExampleObject)
		}
	}
	for _, p := range dossier.Predicates {
		if !iris[schema.PredicateIRI(p)] {
			t.Errorf("fact predicate %s has no term", p)
		}
	}
}

// TestEncoderWritesOnlyDocumentedTerms: every predicate and class the
// encoder writes is in Terms, so docs/vocabulary.md covers the graph.
func TestEncoderWritesOnlyDocumentedTerms(t *testing.T) {
	for _, q := range encodeFixture(t) {
		if _, ok := schema.TermByIRI(schema.IRIString(q.Predicate)); !ok {
			t.Errorf("predicate %s is not documented", q.Predicate)
		}
		if schema.IRIString(q.Predicate) == schema.RDFType {
			if term, ok := schema.TermByIRI(schema.IRIString(q.Object)); !ok || term.Kind != schema.Class {
				t.Errorf("class %s is not documented", q.Object)
			}
		}
		for _, v := range []quad.Value{q.Subject, q.Object, q.Label} {
			if _, ok := v.(quad.BNode); ok {
				t.Errorf("blank node in %s", q.NQuad())
			}
		}
	}
}

func encodeFixture(t *testing.T) []quad.Quad {
	t.Helper()
	docs, err := fixture.Statements(schema.Encoder{ExtractorVersion: "test", StoreText: true})
	if err != nil {
		t.Fatal(err)
	}
	var out []quad.Quad
	for _, d := range docs {
		for _, s := range d.Statements {
			out = append(out, s.Quad)
		}
	}
	return out
}

func TestIRIsAreReadableAndStable(t *testing.T) {
	for _, c := range []struct {
		typ  dossier.EntityType
		name string
		want string
	}{
		{dossier.Person, "Zhusup Abdrakhmanov", "https://w3id.org/dossier/id/person/zhusup-abdrakhmanov"},
		{dossier.Person, "Joseph Stalin", "https://w3id.org/dossier/id/person/joseph-stalin"},
		{dossier.Place, "Chong-Tash", "https://w3id.org/dossier/id/place/chong-tash"},
		{dossier.Organization, "People's Commissariat", "https://w3id.org/dossier/id/organization/peoples-commissariat"},
	} {
		if got := schema.EntityIRI(c.typ, c.name); got != c.want {
			t.Errorf("EntityIRI(%s, %q) = %s, want %s", c.typ, c.name, got, c.want)
		}
	}
	d := &dossier.Date{Year: 1937, Month: 8, Precision: dossier.PrecisionMonth}
	if got := schema.EventIRI("arrest", fixture.Tynystanov, "", d); got != schema.ID+"arrest/kasym-tynystanov-1937-08" {
		t.Errorf("EventIRI = %s", got)
	}
	if got := schema.EventIRI("exile", schema.ID+"person/leon-trotsky", schema.ID+"place/alma-ata", nil); got != schema.ID+"exile/leon-trotsky-to-alma-ata" {
		t.Errorf("EventIRI = %s", got)
	}
}
