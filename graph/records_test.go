package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/facts"
	"github.com/dossier-kg/dossier/internal/fixture"
	"github.com/dossier-kg/dossier/schema"
)

func fixtureStore(t *testing.T, backend string) *Store {
	t.Helper()
	s := openTest(t, backend)
	t.Cleanup(func() { s.Close() })
	docs, err := fixture.Statements(schema.Encoder{ExtractorVersion: "test"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Replace(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestEntityRecord(t *testing.T) {
	for _, b := range Backends {
		t.Run(b, func(t *testing.T) {
			s := fixtureStore(t, b)
			e, err := s.Entity(context.Background(), quad.IRI(fixture.Tynystanov))
			if err != nil {
				t.Fatal(err)
			}
			if len(e.Types) != 1 || string(e.Types[0]) != schema.ClassPerson {
				t.Errorf("types %v", e.Types)
			}
			if len(e.MentionedIn) != 2 {
				t.Errorf("mentioned in %v, want both documents", e.MentionedIn)
			}
			alt := map[string]bool{}
			for _, n := range e.AltNames {
				alt[schema.Lit(n)] = true
			}
			if !alt[fixture.KyrgyzName] || !alt["Kasym Tynystanov"] {
				t.Errorf("alternate names %v", e.AltNames)
			}
			if len(e.Statements) != 9 {
				t.Fatalf("%d statements, want 9 (8 in one document, 1 in the other)", len(e.Statements))
			}
			stances := map[string]int{}
			for _, st := range e.Statements {
				stances[st.Stance]++
				if len(st.Evidence) != 1 || st.Evidence[0].Quote == "" || st.Evidence[0].Span == "" {
					t.Errorf("statement %s evidence %+v", st.ID, st.Evidence)
				}
				if st.Predicate == quad.IRI(schema.PredicateIRI(dossier.WroteTo)) && st.Source == quad.IRI(schema.DocIRI(fixture.DocA)) {
					if st.Evidence[0].Quote != fixture.Quote || st.Place != quad.IRI(fixture.ChongTash) {
						t.Errorf("wroteTo statement read back as %+v", st)
					}
				}
			}
			if stances["hedged"] != 1 || stances["asserted"] != 8 {
				t.Errorf("stances %v", stances)
			}
		})
	}
}

func TestRecordNotFound(t *testing.T) {
	s := fixtureStore(t, Memstore)
	for _, iri := range []string{schema.ID + "person/nobody", schema.DocIRI(fixture.DocB)} {
		if _, err := s.Entity(context.Background(), quad.IRI(iri)); !errors.Is(err, ErrNotFound) {
			t.Errorf("Entity(%s) = %v, want ErrNotFound", iri, err)
		}
	}
	if _, err := s.Statement(context.Background(), quad.IRI(fixture.Tynystanov)); !errors.Is(err, ErrNotFound) {
		t.Errorf("Statement(an entity) = %v, want ErrNotFound", err)
	}
}

// TestRecordTagsAreVocabulary checks every IRI in the records' struct tags
// against the vocabulary, so a typo cannot silently load nothing.
func TestRecordTagsAreVocabulary(t *testing.T) {
	for _, v := range []any{EntityRecord{}, StatementRecord{}, EvidenceRecord{}} {
		rt := reflect.TypeOf(v)
		for i := 0; i < rt.NumField(); i++ {
			tag := strings.Split(rt.Field(i).Tag.Get("quad"), ",")[0]
			if tag == "@id" {
				continue
			}
			for _, part := range strings.FieldsFunc(tag, func(r rune) bool { return r == '<' || r == '>' }) {
				iri := strings.TrimSpace(part)
				if iri == "*" {
					continue
				}
				if _, ok := schema.TermByIRI(iri); !ok && iri != schema.ClassStatement && iri != schema.ClassEvidence {
					t.Errorf("%s.%s: %q is not in the vocabulary", rt.Name(), rt.Field(i).Name, iri)
				}
			}
		}
	}
}

// TestFactsReadBack: the facts lines read back from the store are the lines
// the extraction gives, entities merged across documents.
func TestFactsReadBack(t *testing.T) {
	s := fixtureStore(t, Bolt)
	var got []facts.Line
	if err := s.Facts(context.Background(), func(l facts.Line) error { got = append(got, l); return nil }); err != nil {
		t.Fatal(err)
	}
	var want []facts.Line
	for _, x := range fixture.Extractions() {
		want = append(want, facts.FromExtraction(x, false)...)
	}
	if g, w := relationLines(got), relationLines(want); g != w {
		t.Errorf("relations read back:\n%s\nwant:\n%s", g, w)
	}
	if g, w := entityLines(got), entityLines(want); g != w {
		t.Errorf("entities read back:\n%s\nwant:\n%s", g, w)
	}
	for _, l := range got {
		if l.Predicate == "bornOn" && l.Object != "190" {
			t.Errorf("a decade read back as %q, want 190", l.Object)
		}
	}
}

func relationLines(ls []facts.Line) string {
	var out []string
	for _, l := range ls {
		if l.Kind == "relation" {
			b, _ := json.Marshal(l)
			out = append(out, string(b))
		}
	}
	sort.Strings(out)
	return strings.Join(out, "\n")
}

// entityLines merges entity lines by ID (names and documents united).
func entityLines(ls []facts.Line) string {
	byID := map[string]*facts.Line{}
	for _, l := range ls {
		if l.Kind != "entity" {
			continue
		}
		m := byID[l.ID]
		if m == nil {
			c := l
			c.Names, c.Docs = nil, nil
			m = &c
			byID[l.ID] = m
		}
		m.Names = union(m.Names, l.Names)
		m.Docs = union(m.Docs, l.Docs)
	}
	var out []string
	for _, m := range byID {
		out = append(out, fmt.Sprintf("%s %s %q %q %q %s", m.ID, m.Type, m.Name, m.Names, m.Docs, m.Wikidata))
	}
	sort.Strings(out)
	return strings.Join(out, "\n")
}

func union(a, b []string) []string {
	set := map[string]bool{}
	for _, s := range append(append([]string{}, a...), b...) {
		set[s] = true
	}
	var out []string
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}
