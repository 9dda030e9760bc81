// Package graph is Dossier's adapter to Cayley: it opens the configured
// backend (bolt by default, leveldb, memstore), writes each document's
// statements atomically in the document's named graph, answers Gizmo queries
// with a deadline that reaches the iterator and a result limit, and exports
// the graph as quads.
//
// Only this package and server/ import Cayley. Cayley's own graph package is
// imported as cgraph.
package graph
