package graph

import (
	"context"
	"fmt"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier/schema"
)

// The methods in this file are the read side the export formats walk (they
// make *Store an export.Source). Every quad they pass on is normalised
// (NormalizeQuad). None holds more than one subject's, or one named graph's,
// quads at a time; memory does not grow with the store.

// defaultGraphChunk bounds how many quads without a label EachGraph hands
// over at once.
const defaultGraphChunk = 4096

// EachQuad calls fn for every quad, in the store's order. Memory: constant.
func (s *Store) EachQuad(ctx context.Context, fn func(quad.Quad) error) error {
	return s.AllQuads(ctx, func(q quad.Quad) error { return fn(NormalizeQuad(q)) })
}

// EachGraph calls fn once per named graph, graphs sorted by label, with the
// graph's quads sorted by subject, predicate and object (schema.SortQuads). Quads
// without a label (the default graph; Dossier writes none, but a loaded
// file may hold some) come first, in chunks of at most 4096 with label nil:
// fn may be called several times for the default graph.
//
// Cost: one full scan to find the labels and the default graph, then one
// label-index lookup per graph. Memory: the set of labels plus the largest
// named graph (a document's quads).
func (s *Store) EachGraph(ctx context.Context, fn func(label quad.Value, quads []quad.Quad) error) error {
	labels := map[string]quad.Value{}
	var chunk []quad.Quad
	flush := func() error {
		if len(chunk) == 0 {
			return nil
		}
		schema.SortQuads(chunk)
		err := fn(nil, chunk)
		chunk = chunk[:0]
		return err
	}
	err := s.AllQuads(ctx, func(q quad.Quad) error {
		q = NormalizeQuad(q)
		if q.Label == nil {
			chunk = append(chunk, q)
			if len(chunk) == defaultGraphChunk {
				return flush()
			}
			return nil
		}
		k := q.Label.String()
		if _, ok := labels[k]; !ok {
			labels[k] = q.Label
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return fmt.Errorf("graphs: %w", err)
	}
	keys := make([]string, 0, len(labels))
	for k := range labels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		qs, err := s.graphQuads(ctx, labels[k])
		if err != nil {
			return fmt.Errorf("graph %s: %w", k, err)
		}
		if err := fn(labels[k], qs); err != nil {
			return err
		}
	}
	return nil
}

// graphQuads returns the quads labelled g, normalised and sorted.
func (s *Store) graphQuads(ctx context.Context, g quad.Value) ([]quad.Quad, error) {
	ref, err := s.lookup(g)
	if err != nil || ref == nil {
		return nil, err
	}
	var out []quad.Quad
	err = s.eachQuad(ctx, quad.Label, ref, func(q quad.Quad) error {
		out = append(out, NormalizeQuad(q))
		return nil
	})
	schema.SortQuads(out)
	return out, err
}

// EachSubject calls fn once for every node that is the subject of a quad,
// with all the quads it is the subject of (in every graph), sorted. Subjects
// come in the store's node order. Memory: one subject's quads.
func (s *Store) EachSubject(ctx context.Context, fn func(subject quad.Value, quads []quad.Quad) error) error {
	it := s.qs.NodesAllIterator().Iterate()
	defer it.Close()
	var qs []quad.Quad
	for it.Next(ctx) {
		qs = qs[:0]
		err := s.eachQuad(ctx, quad.Subject, it.Result(), func(q quad.Quad) error {
			qs = append(qs, NormalizeQuad(q))
			return nil
		})
		if err != nil {
			return fmt.Errorf("subjects: %w", err)
		}
		if len(qs) == 0 {
			continue
		}
		schema.SortQuads(qs)
		if err := fn(qs[0].Subject, qs); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("subjects: %w", err)
	}
	return nil
}

// QuadsWith calls fn for every quad that has v in direction d (v as
// subject, predicate, object or label). Memory: constant.
func (s *Store) QuadsWith(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	ref, err := s.lookup(v)
	if err != nil || ref == nil {
		return err
	}
	return s.eachQuad(ctx, d, ref, func(q quad.Quad) error { return fn(NormalizeQuad(q)) })
}

// lookup finds a value's node; nil if the store does not hold it.
func (s *Store) lookup(v quad.Value) (cgraph.Ref, error) { return s.qs.ValueOf(v) }

// Document returns a read-only in-memory store holding only the quads of
// document id's named graph, so that every export can be made of one
// document exactly as of the whole store. Memory: that document's quads.
// The caller closes it.
func (s *Store) Document(ctx context.Context, id string) (*Store, error) {
	g := quad.IRI(schema.DocIRI(id))
	qs, err := s.graphQuads(ctx, g)
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	if len(qs) == 0 {
		return nil, fmt.Errorf("document %s: %w", id, ErrNoDocument)
	}
	mem, err := Open(Config{Backend: Memstore})
	if err != nil {
		return nil, err
	}
	deltas := make([]cgraph.Delta, len(qs))
	for i, q := range qs {
		deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Add}
	}
	if err := mem.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		mem.Close()
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	mem.cfg.ReadOnly = true
	return mem, nil
}
