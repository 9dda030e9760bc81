// Package schema is Dossier's vocabulary: the namespaces it writes, its
// classes and predicates with their definitions, the deterministic minting of
// IRIs from content, and the encoding of an Extraction as quads.
//
// Every IRI is absolute (Cayley does not expand prefixes when it stores
// values). IRIs are minted from what they name (entity type + slug of the
// preferred Latin-script name; statements from a hash of their content), never
// from counters or map order, so the same input gives the same IRIs on any
// machine. No blank nodes are written.
package schema

//go:generate go run ./cmd/vocabdoc -dir ../docs
