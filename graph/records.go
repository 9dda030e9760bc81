package graph

import (
	"context"
	"errors"
	"fmt"

	cschema "github.com/cayleygraph/cayley/schema"
	"github.com/cayleygraph/quad"
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
	err = cschema.NewConfig().LoadTo(ctx, s.qs, dst, iri)
	if cschema.IsNotFound(err) {
		return ErrNotFound
	}
	return err
}
