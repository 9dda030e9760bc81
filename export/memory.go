package export

import (
	"context"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier/schema"
)

// Quads is a Source over quads held in memory: for a document view, a
// generated file such as the vocabulary, and tests. Build it with NewQuads.
type Quads struct{ qs []quad.Quad }

var _ Source = Quads{}

// NewQuads returns a Source over a copy of qs, which must be normalised
// (typed values as typed strings, full IRIs); duplicates are dropped.
func NewQuads(qs []quad.Quad) Quads {
	cp := append([]quad.Quad(nil), qs...)
	schema.SortQuads(cp)
	out := cp[:0]
	for _, q := range cp {
		if n := len(out); n == 0 || out[n-1] != q {
			out = append(out, q)
		}
	}
	return Quads{qs: out}
}

// EachQuad implements Source.
func (m Quads) EachQuad(ctx context.Context, fn func(quad.Quad) error) error {
	for _, q := range m.qs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return nil
}

// EachGraph implements Source.
func (m Quads) EachGraph(ctx context.Context, fn func(quad.Value, []quad.Quad) error) error {
	byLabel := map[string][]quad.Quad{}
	labels := map[string]quad.Value{}
	for _, q := range m.qs {
		k := ""
		if q.Label != nil {
			k = q.Label.String()
		}
		byLabel[k] = append(byLabel[k], q)
		labels[k] = q.Label
	}
	keys := make([]string, 0, len(byLabel))
	for k := range byLabel {
		keys = append(keys, k)
	}
	sort.Strings(keys) // "" (the default graph) first
	for _, k := range keys {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(labels[k], byLabel[k]); err != nil {
			return err
		}
	}
	return nil
}

// EachSubject implements Source.
func (m Quads) EachSubject(ctx context.Context, fn func(quad.Value, []quad.Quad) error) error {
	for i := 0; i < len(m.qs); {
		if err := ctx.Err(); err != nil {
			return err
		}
		j := nextSubject(m.qs, i)
		if err := fn(m.qs[i].Subject, m.qs[i:j:j]); err != nil {
			return err
		}
		i = j
	}
	return nil
}

// QuadsWith implements Source.
func (m Quads) QuadsWith(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	for _, q := range m.qs {
		if q.Get(d) == v {
			if err := fn(q); err != nil {
				return err
			}
		}
	}
	return ctx.Err()
}
