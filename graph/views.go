package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier/schema"
)

// The reads behind Dossier's pages (server/): a document's text, the
// statements whose object is an entity, the dated events, a node's name.
// Each is a handful of index lookups; none scans the store.

// DocumentView is a source document as the pages show it.
type DocumentView struct {
	ID   string
	IRI  quad.IRI
	Name string // file name
	// Text is the document's text as read, which every span indexes; empty
	// when the build did not store texts (build --store-text=false).
	Text       string
	TextStored bool
}

// DocumentText reads document id's node. It returns an error wrapping
// ErrNoDocument if the store does not hold the document.
func (s *Store) DocumentText(ctx context.Context, id string) (*DocumentView, error) {
	g := quad.IRI(schema.DocIRI(id))
	v := &DocumentView{ID: id, IRI: g}
	found := false
	err := s.QuadsWith(ctx, quad.Subject, g, func(q quad.Quad) error {
		switch schema.IRIString(q.Predicate) {
		case schema.PFileName:
			v.Name = schema.Lit(q.Object)
		case schema.PHash:
			found = true
		case schema.PText:
			v.Text, v.TextStored = schema.Lit(q.Object), true
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	if !found {
		return nil, fmt.Errorf("document %s: %w", id, ErrNoDocument)
	}
	return v, nil
}

// StatementsWithObject reads the statements whose object is iri (Peters
// wroteTo Stalin, for Stalin), with their evidence, in IRI order.
func (s *Store) StatementsWithObject(ctx context.Context, iri quad.IRI) ([]StatementRecord, error) {
	var ids []quad.IRI
	err := s.QuadsWith(ctx, quad.Object, iri, func(q quad.Quad) error {
		if schema.IRIString(q.Predicate) == schema.RDFObject {
			if id, ok := q.Subject.(quad.IRI); ok {
				ids = append(ids, id)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("statements with object %s: %w", iri, err)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	out := make([]StatementRecord, 0, len(ids))
	for i, id := range ids {
		if i > 0 && id == ids[i-1] {
			continue // the same statement in two graphs
		}
		st, err := s.Statement(ctx, id)
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, *st)
	}
	return out, nil
}

// EventRecord is one dated event in the Simple Event Model shape: a letter,
// a birth, an arrest, an execution, ….
type EventRecord struct {
	ID      quad.IRI
	Classes []quad.IRI
	Name    string
	// Date is the event's time stamp (sem:hasTimeStamp) as written:
	// "1925-05-05", "1937-08", "1938".
	Date    string
	Actors  []quad.IRI
	Places  []quad.IRI
	Sources []quad.IRI // the documents it comes from
}

// Events reads the events of the store (with actor set, only the events
// actor took part in), sorted by date, undated last, then by IRI; at most
// limit of them (0: all) and whether more were left out. Cost: one index
// lookup for the list, one per event read.
func (s *Store) Events(ctx context.Context, actor quad.IRI, limit int) ([]EventRecord, bool, error) {
	var ids []quad.IRI
	collect := func(pred string, obj quad.Value) error {
		return s.QuadsWith(ctx, quad.Object, obj, func(q quad.Quad) error {
			if schema.IRIString(q.Predicate) == pred {
				if id, ok := q.Subject.(quad.IRI); ok {
					ids = append(ids, id)
				}
			}
			return nil
		})
	}
	var err error
	if actor != "" {
		err = collect(schema.HasActor, actor)
	} else {
		err = collect(schema.RDFType, quad.IRI(schema.ClassSEMEvent))
	}
	if err != nil {
		return nil, false, fmt.Errorf("events: %w", err)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	var out []EventRecord
	for i, id := range ids {
		if i > 0 && id == ids[i-1] {
			continue
		}
		ev, ok, err := s.event(ctx, id)
		if err != nil {
			return nil, false, err
		}
		if ok {
			out = append(out, ev)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Date, out[j].Date
		switch {
		case a == b:
			return false
		case a == "":
			return false
		case b == "":
			return true
		}
		return a < b
	})
	if limit > 0 && len(out) > limit {
		return out[:limit], true, nil
	}
	return out, false, nil
}

// event reads one event node; ok is false if it is not a sem:Event.
func (s *Store) event(ctx context.Context, id quad.IRI) (EventRecord, bool, error) {
	ev := EventRecord{ID: id}
	isEvent := false
	var names []quad.Value
	err := s.QuadsWith(ctx, quad.Subject, id, func(q quad.Quad) error {
		o, isIRI := q.Object.(quad.IRI)
		switch schema.IRIString(q.Predicate) {
		case schema.RDFType:
			if isIRI {
				if string(o) == schema.ClassSEMEvent {
					isEvent = true
				}
				ev.Classes = appendOnce(ev.Classes, o)
			}
		case schema.Name:
			names = append(names, q.Object)
		case schema.HasTime:
			ev.Date = schema.Lit(q.Object)
		case schema.HasActor:
			if isIRI {
				ev.Actors = appendOnce(ev.Actors, o)
			}
		case schema.HasPlace:
			if isIRI {
				ev.Places = appendOnce(ev.Places, o)
			}
		case schema.DerivedFrom:
			if isIRI {
				ev.Sources = appendOnce(ev.Sources, o)
			}
		}
		return nil
	})
	if err != nil {
		return ev, false, fmt.Errorf("event %s: %w", id, err)
	}
	ev.Name = preferredName(names)
	return ev, isEvent, nil
}

func appendOnce(list []quad.IRI, v quad.IRI) []quad.IRI {
	for _, x := range list {
		if x == v {
			return list
		}
	}
	return append(list, v)
}

// Name returns the preferred name of node iri (its English schema:name, or
// the smallest of its names), or "" if it has none.
func (s *Store) Name(ctx context.Context, iri quad.IRI) (string, error) {
	var names []quad.Value
	err := s.QuadsWith(ctx, quad.Subject, iri, func(q quad.Quad) error {
		if schema.IRIString(q.Predicate) == schema.Name {
			names = append(names, q.Object)
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("name of %s: %w", iri, err)
	}
	return preferredName(names), nil
}
