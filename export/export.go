package export

import (
	"context"
	"io"

	"github.com/cayleygraph/quad"
)

// Source is the read side of a graph that the formats walk.
//
// Contract: every quad passed on is normalised (typed values as typed
// strings with full datatype IRIs, no prefixed IRIs); each call makes a new
// pass over the same quads; ctx ends a pass early with ctx.Err(); an error
// returned by fn stops the pass and is returned. Implementations hold at
// most what each method's comment allows, so that writers stream.
type Source interface {
	// EachQuad calls fn for every quad. Memory: constant.
	EachQuad(ctx context.Context, fn func(quad.Quad) error) error
	// EachGraph calls fn once per named graph, sorted by label, with the
	// graph's quads sorted; quads without a label come first, label nil,
	// possibly in several chunks. Memory: one named graph.
	EachGraph(ctx context.Context, fn func(label quad.Value, quads []quad.Quad) error) error
	// EachSubject calls fn once per subject with all its quads, sorted.
	// Memory: one subject's quads.
	EachSubject(ctx context.Context, fn func(subject quad.Value, quads []quad.Quad) error) error
	// QuadsWith calls fn for every quad holding v in direction d.
	QuadsWith(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad) error) error
}

// Count is what a writer wrote.
type Count struct {
	// Statements is the number of quads (N-Quads, TriG, JSON-LD) or
	// triples (N-Triples, Turtle) written.
	Statements int
	// Nodes and Edges are the sizes of a network export.
	Nodes, Edges int
}

// Format is one export format.
type Format struct {
	Name string
	// Ext is the usual file extension, with its dot.
	Ext string
	// Summary says in a line what the format holds.
	Summary string
	// Write writes src to w. Nil for Tables formats.
	Write func(ctx context.Context, src Source, w io.Writer) (Count, error)
	// Tables writes the node and edge tables (csv). Nil for the others.
	Tables func(ctx context.Context, src Source, nodes, edges io.Writer) (Count, error)
}

// Formats lists the formats of this package in a fixed order.
func Formats() []Format {
	return []Format{
		{Name: "nquads", Ext: ".nq", Summary: "N-Quads: every quad, with its document's named graph", Write: WriteNQuads},
		{Name: "ntriples", Ext: ".nt", Summary: "N-Triples: every distinct triple (named graphs merged)", Write: WriteNTriples},
		{Name: "turtle", Ext: ".ttl", Summary: "Turtle: every distinct triple, with prefixes, grouped by subject", Write: WriteTurtle},
		{Name: "trig", Ext: ".trig", Summary: "TriG: Turtle with one block per named graph (document)", Write: WriteTriG},
		{Name: "jsonld", Ext: ".jsonld", Summary: "JSON-LD: one named graph per document, with a context that makes it plain JSON", Write: WriteJSONLD},
		{Name: "graphml", Ext: ".graphml", Summary: "GraphML network: entities, events and documents as nodes, links as edges", Write: WriteGraphML},
		{Name: "gexf", Ext: ".gexf", Summary: "GEXF 1.3 network for Gephi", Write: WriteGEXF},
		{Name: "csv", Ext: ".csv", Summary: "nodes.csv and edges.csv tables (Gephi, Palladio, spreadsheets)", Tables: WriteCSV},
	}
}

// FormatByName returns the format called name.
func FormatByName(name string) (Format, bool) {
	for _, f := range Formats() {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}
