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

// DocumentStatements are all the statements of one document.
type DocumentStatements struct {
	ID         string
	Statements []Statement
}

// Store holds the graph.
//
// Contract: after Replace returns nil, the store holds, for each document
// given, exactly the given statements and nothing older. A document is never
// left partly written: on error (or if the process dies) each document is as
// it was, or absent, or complete; an absent document has no state, so the
// next build writes it again. Statements of other documents are never
// touched. Calls may come from several goroutines; the store serialises
// writes, and State may run while a write is in progress.
type Store interface {
	// State returns the recorded state of document id; ok is false if the
	// store does not hold it.
	State(ctx context.Context, id string) (st DocumentState, ok bool, err error)
	// Replace writes the documents' statements in place of any they had. The
	// statements carry each document's state (hash, extractor).
	Replace(ctx context.Context, docs []DocumentStatements) error
	// RemoveDocument deletes every statement of document id.
	RemoveDocument(ctx context.Context, id string) error
	Close() error
}
