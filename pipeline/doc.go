// Package pipeline builds a graph from documents: it walks the given paths,
// reads each file, skips documents the store already holds unchanged,
// extracts and encodes the rest on several workers, and writes them to the
// store in batches, each document all or nothing. One bad file or one failed
// document never stops the others; every failure is reported with its file.
package pipeline
