package dossier

import "context"

// Indexer keeps a view derived from the stored documents (the name index)
// in step with a build: the build tells it of every document the Store has
// just committed.
//
// Contract: IndexDocuments is called after Store.Replace returned nil for
// docs, with the same statements. For each document, its statements take the
// place of whatever the indexer recorded for it before; a document with no
// statements is forgotten. Calls come one at a time. An error means the
// indexer did not record the batch (it may have recorded part of it): the
// store is unaffected, and the indexer must be brought up to date from the
// store later (the name index's Sync does that).
type Indexer interface {
	IndexDocuments(ctx context.Context, docs []DocumentStatements) error
}
