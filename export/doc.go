// Package export writes Dossier's graph in the formats other tools read:
// N-Quads, N-Triples, Turtle, TriG and JSON-LD for RDF tools and triple
// stores; GraphML, GEXF and CSV tables for network tools (Gephi, Palladio,
// spreadsheets).
//
// Every writer streams from a Source: the RDF writers hold at most one
// subject's or one named graph's quads; the network writers make two passes
// (nodes, then edges) and hold one subject's quads plus a bounded cache.
// Output is deterministic for a given store: grouped formats sort what they
// group. No writer emits a blank node of its own; blank nodes read from
// outside keep their labels.
package export
