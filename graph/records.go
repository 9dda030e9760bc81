package graph

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	cschema "github.com/cayleygraph/cayley/schema"
	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier/schema"
)

// The main classes of Dossier's graph as Go structs, read back from the store
// with Cayley's schema package. The struct tags are full IRIs (the schema
// package does not expand prefixes), every struct has an @id field (so no
// blank node is ever made up) and the nested structs carry an rdf:type
// constraint (so two struct types never match the same node). Slices are
// optional; other fields are required unless tagged optional. A test checks
// every tag against the vocabulary in schema/.

// EntityRecord is an entity as the whole store (or a document view) knows
// it: its classes, names and Wikidata item from every document that
// mentions it, those documents, and every statement whose subject it is,
// with their evidence.
type EntityRecord struct {
	ID          quad.IRI          `quad:"@id"`
	Types       []quad.IRI        `quad:"http://www.w3.org/1999/02/22-rdf-syntax-ns#type"`
	Names       []quad.Value      `quad:"http://schema.org/name"`
	Labels      []quad.Value      `quad:"http://www.w3.org/2000/01/rdf-schema#label"`
	AltNames    []quad.Value      `quad:"http://schema.org/alternateName"`
	SameAs      []quad.IRI        `quad:"http://www.w3.org/2002/07/owl#sameAs"`
	MentionedIn []quad.IRI        `quad:"https://w3id.org/dossier/ns#mentions < *,required"`
	Statements  []StatementRecord `quad:"http://www.w3.org/1999/02/22-rdf-syntax-ns#subject < *"`
}

// StatementRecord is one statement node: a fact as one document states it.
type StatementRecord struct {
	ID        quad.IRI   `quad:"@id"`
	Class     struct{}   `quad:"http://www.w3.org/1999/02/22-rdf-syntax-ns#type > https://w3id.org/dossier/ns#Statement"`
	Subject   quad.IRI   `quad:"http://www.w3.org/1999/02/22-rdf-syntax-ns#subject"`
	Predicate quad.IRI   `quad:"http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate"`
	Object    quad.Value `quad:"http://www.w3.org/1999/02/22-rdf-syntax-ns#object"`
	Source    quad.IRI   `quad:"http://www.w3.org/ns/prov#wasDerivedFrom"`
	Stance    string     `quad:"https://w3id.org/dossier/ns#stance,optional"`
	Date      quad.Value `quad:"https://w3id.org/dossier/ns#date,optional"`
	Precision string     `quad:"https://w3id.org/dossier/ns#datePrecision,optional"`
	Place     quad.IRI   `quad:"https://w3id.org/dossier/ns#place,optional"`
	// Evidence is the passages that state the statement.
	Evidence []EvidenceRecord `quad:"https://w3id.org/dossier/ns#evidence"`
}

// EvidenceRecord is one passage that states a statement.
type EvidenceRecord struct {
	ID         quad.IRI   `quad:"@id"`
	Class      struct{}   `quad:"http://www.w3.org/1999/02/22-rdf-syntax-ns#type > https://w3id.org/dossier/ns#Evidence"`
	Quote      string     `quad:"http://www.w3.org/ns/prov#value"`
	Span       string     `quad:"https://w3id.org/dossier/ns#span"`
	Rule       string     `quad:"https://w3id.org/dossier/ns#rule,optional"`
	Confidence quad.Value `quad:"https://w3id.org/dossier/ns#confidence,optional"`
	Lang       string     `quad:"https://w3id.org/dossier/ns#lang,optional"`
}

// ErrNotFound means the store holds no node of the kind asked for under
// that IRI.
var ErrNotFound = errors.New("not found in the store")

// Entity reads the entity iri with its statements and their evidence. It
// returns an error wrapping ErrNotFound if no document mentions iri.
// Memory: the entity's statements.
func (s *Store) Entity(ctx context.Context, iri quad.IRI) (*EntityRecord, error) {
	var e EntityRecord
	if err := s.load(ctx, &e, iri); err != nil {
		return nil, fmt.Errorf("entity %s: %w", iri, err)
	}
	return &e, nil
}

// Statement reads one statement node with its evidence.
func (s *Store) Statement(ctx context.Context, iri quad.IRI) (*StatementRecord, error) {
	var st StatementRecord
	if err := s.load(ctx, &st, iri); err != nil {
		return nil, fmt.Errorf("statement %s: %w", iri, err)
	}
	return &st, nil
}

// load reads the node iri into dst with a fresh schema configuration (no
// global state, IRIs as written).
func (s *Store) load(ctx context.Context, dst any, iri quad.IRI) error {
	ref, err := s.qs.ValueOf(iri)
	if err != nil {
		return err
	}
	if ref == nil {
		return ErrNotFound
	}
	qs := s.qs
	if s.cfg.Backend == Postgres {
		// Cayley's SQL optimizer turns the schema package's query into SQL
		// that finds nothing (its iterators unoptimized are right but make
		// a query per step: 12 s for one entity). Load the node's own
		// subgraph into memory instead, and read the struct from there.
		mem, err := s.subgraph(ctx, reflect.TypeOf(dst).Elem(), iri)
		if err != nil {
			return err
		}
		defer mem.Close()
		qs = mem.qs
	}
	err = cschema.NewConfig().LoadTo(ctx, qs, dst, iri)
	if cschema.IsNotFound(err) {
		return ErrNotFound
	}
	return err
}

// subgraph returns an in-memory store holding what reading node iri into a
// struct of type t needs: the node's quads, the quads pointing to it with
// the predicates t reads inbound ("p < *" tags), and the same for every
// node a field of struct type points to, recursively. The caller closes it.
func (s *Store) subgraph(ctx context.Context, t reflect.Type, iri quad.IRI) (*Store, error) {
	mem, err := Open(Config{Backend: Memstore})
	if err != nil {
		return nil, err
	}
	seen := map[quad.Quad]bool{}
	var deltas []cgraph.Delta
	add := func(q quad.Quad) {
		if !seen[q] {
			seen[q] = true
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	var walk func(t reflect.Type, node quad.Value) error
	walk = func(t reflect.Type, node quad.Value) error {
		var out []quad.Quad
		if err := s.QuadsWith(ctx, quad.Subject, node, func(q quad.Quad) error {
			add(q)
			out = append(out, q)
			return nil
		}); err != nil {
			return err
		}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			tag, _, _ := strings.Cut(f.Tag.Get("quad"), ",")
			pred, inbound := strings.CutSuffix(tag, " < *")
			pred, _, _ = strings.Cut(pred, " > ")
			if pred == "" || pred == "@id" {
				continue
			}
			ft := f.Type
			if ft.Kind() == reflect.Slice {
				ft = ft.Elem()
			}
			nested := ft.Kind() == reflect.Struct && ft.NumField() > 0 && ft.PkgPath() == t.PkgPath()
			var next []quad.Value
			if inbound {
				if err := s.QuadsWith(ctx, quad.Object, node, func(q quad.Quad) error {
					if schema.IRIString(q.Predicate) == pred {
						add(q)
						next = append(next, q.Subject)
					}
					return nil
				}); err != nil {
					return err
				}
			} else {
				for _, q := range out {
					if schema.IRIString(q.Predicate) == pred {
						next = append(next, q.Object)
					}
				}
			}
			if !nested {
				continue
			}
			for _, v := range next {
				if err := walk(ft, v); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if err := walk(t, iri); err != nil {
		mem.Close()
		return nil, err
	}
	if err := mem.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		mem.Close()
		return nil, err
	}
	return mem, nil
}
