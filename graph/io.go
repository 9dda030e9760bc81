package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/writer" // registers the "single" quad writer
	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier/schema"
)

// Load copies every quad from r into the store in batches and returns how
// many were read. Duplicates are ignored. Values are normalised as Export
// does, so typed literals keep their full datatype IRIs.
func (s *Store) Load(ctx context.Context, r quad.Reader, batch int) (int, error) {
	if s.cfg.ReadOnly {
		return 0, ErrReadOnly
	}
	if batch <= 0 {
		batch = 10000
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	defer s.writeLock()()
	qw, err := cgraph.NewQuadWriter("single", s.qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		return 0, fmt.Errorf("load: %w", err)
	}
	w := cgraph.NewWriter(qw)
	n := 0
	buf := make([]quad.Quad, 0, batch)
	flush := func() error {
		if len(buf) == 0 {
			return nil
		}
		if _, err := w.WriteQuads(buf); err != nil {
			return err
		}
		buf = buf[:0]
		return nil
	}
	for {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		q, err := r.ReadQuad()
		if err == nil {
			buf = append(buf, NormalizeQuad(q))
			n++
			if len(buf) == batch {
				if err := flush(); err != nil {
					return n, fmt.Errorf("load: %w", err)
				}
			}
			continue
		}
		if errors.Is(err, io.EOF) {
			break
		}
		return n, fmt.Errorf("load: quad %d: %w", n+1, err)
	}
	if err := flush(); err != nil {
		return n, fmt.Errorf("load: %w", err)
	}
	if err := w.Close(); err != nil {
		return n, fmt.Errorf("load: %w", err)
	}
	return n, qw.Close()
}

// Export writes every quad (or, with docID set, every quad of that document's
// graph) to w, streaming: memory does not grow with the store. It returns the
// number of quads written.
func (s *Store) Export(ctx context.Context, w quad.Writer, docID string) (int, error) {
	n := 0
	buf := make([]quad.Quad, 1)
	write := func(q quad.Quad) error {
		n++
		buf[0] = NormalizeQuad(q)
		_, err := w.WriteQuads(buf)
		return err
	}
	if docID != "" {
		g := quad.IRI(schema.DocIRI(docID))
		ref, err := s.qs.ValueOf(g)
		if err != nil {
			return 0, fmt.Errorf("export %s: %w", docID, err)
		}
		if ref == nil {
			return 0, fmt.Errorf("export %s: %w", docID, ErrNoDocument)
		}
		err = s.eachQuad(ctx, quad.Label, ref, write)
		return n, err
	}
	err := s.AllQuads(ctx, write)
	return n, err
}

// ErrNoDocument means the store holds no document with the given ID.
var ErrNoDocument = errors.New("no such document in the store")

// NormalizeQuad makes a quad's values safe to write in any RDF syntax: Cayley
// converts typed literals it knows (xsd:integer, xsd:dateTime, …) into Go
// values when reading, and its writers then print them with prefixed
// datatypes ("3"^^<xsd:integer>), which is not valid N-Quads. Those values are
// turned back into typed strings with full datatype IRIs here.
func NormalizeQuad(q quad.Quad) quad.Quad {
	q.Subject = NormalizeValue(q.Subject)
	q.Predicate = NormalizeValue(q.Predicate)
	q.Object = NormalizeValue(q.Object)
	if q.Label != nil {
		q.Label = NormalizeValue(q.Label)
	}
	return q
}

// NormalizeValue is NormalizeQuad for one value.
func NormalizeValue(v quad.Value) quad.Value {
	switch x := v.(type) {
	case quad.Int:
		return quad.TypedString{Value: quad.String(strconv.FormatInt(int64(x), 10)), Type: quad.IRI(schema.XSD + "integer")}
	case quad.Float:
		return quad.TypedString{Value: quad.String(strconv.FormatFloat(float64(x), 'g', -1, 64)), Type: quad.IRI(schema.XSD + "double")}
	case quad.Bool:
		return quad.TypedString{Value: quad.String(strconv.FormatBool(bool(x))), Type: quad.IRI(schema.XSD + "boolean")}
	case quad.Time:
		return quad.TypedString{Value: quad.String(time.Time(x).Format(time.RFC3339Nano)), Type: quad.IRI(schema.XSD + "dateTime")}
	case quad.TypedString:
		x.Type = quad.IRI(schema.Expand(string(x.Type)))
		return x
	case quad.IRI:
		return quad.IRI(schema.Expand(string(x)))
	}
	return v
}
