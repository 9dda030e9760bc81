package export

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier/schema"
)

// WriteTurtle writes every distinct triple as Turtle: the prefixes of
// schema.ReadablePrefixes, Dossier's base IRI, then one block per subject
// ("a" for rdf:type first, then predicates in order, objects joined by
// commas). Named graphs are merged. Memory: one subject's quads.
func WriteTurtle(ctx context.Context, src Source, w io.Writer) (Count, error) {
	bw := bufio.NewWriter(w)
	p := newPrefixed()
	var c Count
	b := appendHeader(nil, p)
	err := src.EachSubject(ctx, func(_ quad.Value, qs []quad.Quad) error {
		ts := distinctTriples(qs)
		var err error
		if b, err = p.appendBlock(b, ts, ""); err != nil {
			return err
		}
		c.Statements += len(ts)
		_, err = bw.Write(b)
		b = b[:0]
		return err
	})
	if err == nil {
		_, err = bw.Write(b) // the header of an empty graph
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return c, fmt.Errorf("turtle: %w", err)
	}
	return c, nil
}

// WriteTriG writes every quad as TriG: the Turtle header, then one block
// per named graph, "<doc/…> { … }", holding that graph's subjects as
// Turtle does; quads without a label go in unnamed "{ … }" blocks first.
// Memory: one named graph.
func WriteTriG(ctx context.Context, src Source, w io.Writer) (Count, error) {
	bw := bufio.NewWriter(w)
	p := newPrefixed()
	var c Count
	b := appendHeader(nil, p)
	err := src.EachGraph(ctx, func(label quad.Value, qs []quad.Quad) error {
		var err error
		if label != nil {
			if b, err = p.appendTerm(b, label); err != nil {
				return err
			}
			b = append(b, ' ')
		}
		b = append(b, "{\n"...)
		for i := 0; i < len(qs); {
			j := i + 1
			for j < len(qs) && qs[j].Subject == qs[i].Subject {
				j++
			}
			ts := distinctTriples(qs[i:j])
			if b, err = p.appendBlock(b, ts, "    "); err != nil {
				return err
			}
			c.Statements += len(ts)
			i = j
		}
		b = append(b, "}\n\n"...)
		_, err = bw.Write(b)
		b = b[:0]
		return err
	})
	if err == nil {
		_, err = bw.Write(b)
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return c, fmt.Errorf("trig: %w", err)
	}
	return c, nil
}

func appendHeader(b []byte, p prefixed) []byte {
	b = append(b, "@base "...)
	b = appendIRIRef(b, p.base)
	b = append(b, " .\n"...)
	for _, pr := range p.prefixes {
		b = append(b, "@prefix "+pr.Name+": "...)
		b = appendIRIRef(b, pr.IRI)
		b = append(b, " .\n"...)
	}
	return append(b, '\n')
}

// appendBlock appends the Turtle block of one subject's triples, sorted by
// predicate and object; rdf:type comes first, as "a".
func (p prefixed) appendBlock(b []byte, ts []quad.Quad, indent string) ([]byte, error) {
	if len(ts) == 0 {
		return b, nil
	}
	var err error
	b = append(b, indent...)
	if b, err = p.appendTerm(b, ts[0].Subject); err != nil {
		return b, err
	}
	// rdf:type first, keeping the rest in order.
	ordered := make([]quad.Quad, 0, len(ts))
	for _, t := range ts {
		if t.Predicate == quad.IRI(schema.RDFType) {
			ordered = append(ordered, t)
		}
	}
	for _, t := range ts {
		if t.Predicate != quad.IRI(schema.RDFType) {
			ordered = append(ordered, t)
		}
	}
	for i, t := range ordered {
		if i > 0 && t.Predicate == ordered[i-1].Predicate {
			b = append(b, ", "...)
		} else {
			if i > 0 {
				b = append(b, " ;"...)
			}
			b = append(b, '\n')
			b = append(b, indent...)
			b = append(b, "    "...)
			if t.Predicate == quad.IRI(schema.RDFType) {
				b = append(b, 'a')
			} else if b, err = p.appendTerm(b, t.Predicate); err != nil {
				return b, err
			}
			b = append(b, ' ')
		}
		if b, err = p.appendTerm(b, t.Object); err != nil {
			return b, fmt.Errorf("%s: %w", t.NQuad(), err)
		}
	}
	return append(b, " .\n\n"...), nil
}
