package dossier

import (
	"context"

	"github.com/cayleygraph/quad"
)

// Extraction is what an Extractor found in one document.
type Extraction struct {
	Doc      *Document
	Entities []Entity
	Facts    []Fact
	// Problems are passages the extractor could not read (a bad date, a
	// broken line); they never stop the rest of the document.
	Problems ErrorList
}

// Entity returns the entity with the given ID, or nil.
func (x *Extraction) Entity(id string) *Entity {
	for i := range x.Entities {
		if x.Entities[i].ID == id {
			return &x.Entities[i]
		}
	}
	return nil
}

// Extractor reads one document and reports the entities and facts it states.
//
// Contract: Extract is safe for concurrent use on different documents; it is
// deterministic (the same document gives an equal Extraction); every Span it
// returns lies within doc.Text. A passage it cannot read is recorded in
// Extraction.Problems and does not fail the document; an error return means
// the document as a whole could not be processed (or ctx ended).
type Extractor interface {
	Extract(ctx context.Context, doc *Document) (*Extraction, error)
}

// Statement is a quad with its provenance: the document whose named graph
// holds it and, for quads that encode a fact, the span that states the fact.
type Statement struct {
	Quad quad.Quad
	Doc  string
	Span Span
}

// DocumentState is what a Store remembers of a document it holds.
type DocumentState struct {
	ID   string
	Hash string
	// Extractor identifies the extractor version that produced the statements;
	// a new version rebuilds documents even if their text did not change.
	Extractor string
}

// Store holds the graph.
//
// Contract: ReplaceDocument is atomic: after it returns, the store holds
// exactly the given statements for that document and nothing older, or, on
// error, exactly what it held before. Statements of other documents are never
// touched. Calls may come from several goroutines; the store serialises them.
type Store interface {
	// State returns the recorded state of document id; ok is false if the
	// store does not hold it.
	State(ctx context.Context, id string) (st DocumentState, ok bool, err error)
	// ReplaceDocument writes the statements of document id in place of any it
	// had. The statements carry the document's state (hash, extractor).
	ReplaceDocument(ctx context.Context, id string, stmts []Statement) error
	// RemoveDocument deletes every statement of document id.
	RemoveDocument(ctx context.Context, id string) error
	Close() error
}
