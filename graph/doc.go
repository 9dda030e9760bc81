// Package graph is Dossier's adapter to Cayley: it opens the configured
// backend (bolt by default, leveldb, memstore, or a PostgreSQL server
// through Cayley's SQL backend, postgres.go), writes each document's
// statements atomically in the document's named graph, answers Gizmo queries
// with a deadline that reaches the iterator and a result limit, and gives
// the exports their read side: every quad, every named graph, every subject
// with its quads (streamed, see source.go), one document as a store of its
// own, entities and statements read into Go structs with Cayley's schema
// package (records.go), and the facts format read back from them.
//
// Only this package and server/ import Cayley. Cayley's own graph package is
// imported as cgraph.
package graph
