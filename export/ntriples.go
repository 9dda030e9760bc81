package export

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"
)

// WriteNQuads writes every quad as N-Quads, one line each, in the source's
// order. Memory: constant.
func WriteNQuads(ctx context.Context, src Source, w io.Writer) (Count, error) {
	bw := bufio.NewWriter(w)
	var c Count
	var line []byte
	err := src.EachQuad(ctx, func(q quad.Quad) error {
		var err error
		line, err = appendNQuad(line[:0], q, true)
		if err != nil {
			return err
		}
		c.Statements++
		_, err = bw.Write(line)
		return err
	})
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return c, fmt.Errorf("nquads: %w", err)
	}
	return c, nil
}

// WriteNTriples writes every distinct triple as N-Triples: the named graphs
// are merged, so a triple two documents state is written once. Triples come
// grouped by subject. Memory: one subject's quads.
func WriteNTriples(ctx context.Context, src Source, w io.Writer) (Count, error) {
	bw := bufio.NewWriter(w)
	var c Count
	var line []byte
	err := src.EachSubject(ctx, func(_ quad.Value, qs []quad.Quad) error {
		for _, q := range distinctTriples(qs) {
			var err error
			line, err = appendNQuad(line[:0], q, false)
			if err != nil {
				return err
			}
			c.Statements++
			if _, err := bw.Write(line); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return c, fmt.Errorf("ntriples: %w", err)
	}
	return c, nil
}

// distinctTriples returns sorted quads without their labels and without
// the duplicates that leaves.
func distinctTriples(qs []quad.Quad) []quad.Quad {
	out := make([]quad.Quad, 0, len(qs))
	for _, q := range qs {
		q.Label = nil
		if n := len(out); n > 0 && out[n-1] == q {
			continue
		}
		out = append(out, q)
	}
	return out
}

// appendNQuad appends one N-Quads (or, without label, N-Triples) line.
func appendNQuad(b []byte, q quad.Quad, label bool) ([]byte, error) {
	var err error
	for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object} {
		if b, err = appendNTerm(b, v); err != nil {
			return b, fmt.Errorf("quad %s: %w", q.NQuad(), err)
		}
		b = append(b, ' ')
	}
	if label && q.Label != nil {
		if b, err = appendNTerm(b, q.Label); err != nil {
			return b, fmt.Errorf("quad %s: %w", q.NQuad(), err)
		}
		b = append(b, ' ')
	}
	return append(b, ".\n"...), nil
}
