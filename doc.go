// Package dossier holds the domain of Dossier: documents, the entities and
// facts extracted from them, dates with their precision, the evidence that
// ties every fact to the words of its source, and the interfaces the adapters
// implement (Extractor, Store).
//
// Offsets: every Span in Dossier is a pair of byte offsets into
// Document.Text, the UTF-8 text of the document as it was read (after
// decoding from its file encoding, before any clean-up the extractor does).
// Byte offsets are what Go strings index; tools that need character offsets
// (the browser pages) convert at the edge.
//
// Imports point one way: cmd -> server -> graph -> schema -> dossier, and
// extract -> schema -> dossier. This package imports none of them.
package dossier
