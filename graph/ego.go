package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/schema"
)

// Ego returns a person's network: the asserted facts that link the entity
// person (an IRI) to other entities, then, for hops > 1, the facts of the
// entities those reach, and so on; an entity in more than fanout statements
// (as subject and object together) is reached but not gone through. The rows are
// those of the library's Gizmo query "ego" (package gizmo), in its order:
// maps with source, predicate, relation, stance, statement, document,
// target, date (when the statement has one), place (likewise) and hop, the
// nodes written "<iri>".
//
// It answers without the JavaScript engine, reading Cayley's quad indexes
// directly: a statement's facts are one prefix scan of the
// object-predicate-subject index, its parts one of subject-predicate, where
// the Gizmo walk builds an iterator tree per statement and tag. opt.Limit
// and opt.Timeout apply as they do to Query; opt.JSONLD is not supported
// (run the Gizmo query).
func (s *Store) Ego(ctx context.Context, person string, hops, fanout int, opt QueryOptions) (*QueryResult, error) {
	defer s.readLock()()
	if opt.JSONLD {
		return nil, errors.New("ego: JSON-LD results come from the Gizmo query")
	}
	stopped := make(chan struct{})
	close(stopped)
	res := &QueryResult{Results: []any{}, Stopped: stopped}
	if opt.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, opt.Timeout, context.DeadlineExceeded)
		defer cancel()
	}
	e, err := s.newEgo(ctx)
	if err != nil {
		return res, fmt.Errorf("ego: %w", err)
	}
	defer e.close()
	var rows []egoRow
	if e != nil {
		rows, err = e.walk(person, hops, fanout)
	}
	if err != nil {
		switch {
		case errors.Is(context.Cause(ctx), context.DeadlineExceeded):
			return res, fmt.Errorf("ego: %w after %s (0 results so far)", ErrTimeout, opt.Timeout)
		case ctx.Err() != nil:
			return res, fmt.Errorf("ego: %w", context.Cause(ctx))
		}
		return res, fmt.Errorf("ego: %w", err)
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].less(&rows[j]) })
	for i := range rows {
		if opt.Limit > 0 && i == opt.Limit {
			res.Truncated = true
			break
		}
		res.Results = append(res.Results, rows[i].result())
	}
	return res, nil
}

// egoRow is one statement of an ego network; node fields hold "<iri>".
type egoRow struct {
	source, predicate, relation, stance, statement, document, target string
	date, place                                                      string
	hasDate, hasPlace                                                bool
	hop                                                              int
}

func (r *egoRow) result() map[string]any {
	m := map[string]any{
		"source": r.source, "predicate": r.predicate, "relation": r.relation, "stance": r.stance,
		"statement": r.statement, "document": r.document, "target": r.target, "hop": r.hop,
	}
	if r.hasDate {
		m["date"] = r.date
	}
	if r.hasPlace {
		m["place"] = r.place
	}
	return m
}

// less is the Gizmo query's order: by hop, dated rows by date before
// undated ones, then by source, predicate, target and statement.
func (r *egoRow) less(o *egoRow) bool {
	if r.hop != o.hop {
		return r.hop < o.hop
	}
	d1, d2 := "\uffff", "\uffff"
	if r.hasDate {
		d1 = r.date
	}
	if o.hasDate {
		d2 = o.date
	}
	for _, p := range [][2]string{{d1, d2}, {r.source, o.source}, {r.predicate, o.predicate}, {r.target, o.target}, {r.statement, o.statement}} {
		if c := jsCompare(p[0], p[1]); c != 0 {
			return c < 0
		}
	}
	return false
}

// jsCompare compares strings as JavaScript does, by UTF-16 code units
// (the order of the Gizmo query's sort).
func jsCompare(a, b string) int {
	if a == b {
		return 0
	}
	ua, ub := utf16Units(a), utf16Units(b)
	for i := 0; i < len(ua) && i < len(ub); i++ {
		if ua[i] != ub[i] {
			if ua[i] < ub[i] {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(ua) < len(ub):
		return -1
	case len(ua) > len(ub):
		return 1
	}
	return 0
}

func utf16Units(s string) []uint16 {
	out := make([]uint16, 0, len(s))
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			out = append(out, uint16(0xd800+(r>>10)), uint16(0xdc00+(r&0x3ff)))
			continue
		}
		out = append(out, uint16(r))
	}
	return out
}

// ego holds what one walk needs: the store, the references of the
// vocabulary it compares against, and the values read so far.
type ego struct {
	s   *Store
	ctx context.Context
	// refs of the statement vocabulary; facts maps the references of the
	// fact predicates (not the date-valued ones) to their local names.
	subj, pred, obj, stance, date, place, derived, asserted cgraph.Ref
	facts                                                   map[any]string
	names                                                   map[any]quad.Value
	// kv is set on Cayley's KV stores (bolt, leveldb), whose
	// object-predicate-subject index answers "statements whose subject is
	// X" with one prefix scan.
	kv bool
	// raw reads a bolt store's indexes and log directly (nil elsewhere).
	raw *boltReader
}

// newEgo looks up the vocabulary; nil (and no error) when the store holds
// no statements.
func (s *Store) newEgo(ctx context.Context) (*ego, error) {
	e := &ego{s: s, ctx: ctx, facts: map[any]string{}, names: map[any]quad.Value{}}
	for _, v := range []struct {
		ref *cgraph.Ref
		val quad.Value
	}{
		{&e.subj, quad.IRI(schema.RDFSubject)}, {&e.pred, quad.IRI(schema.RDFPredicate)}, {&e.obj, quad.IRI(schema.RDFObject)},
		{&e.stance, quad.IRI(schema.PStance)}, {&e.asserted, quad.String(string(dossier.Asserted))},
	} {
		r, err := s.qs.ValueOf(v.val)
		if err != nil {
			return nil, err
		}
		if r == nil {
			return nil, nil
		}
		*v.ref = r
	}
	for _, v := range []struct {
		ref *cgraph.Ref
		val quad.Value
	}{{&e.date, quad.IRI(schema.PDate)}, {&e.place, quad.IRI(schema.PPlace)}, {&e.derived, quad.IRI(schema.DerivedFrom)}} {
		r, err := s.qs.ValueOf(v.val)
		if err != nil {
			return nil, err
		}
		*v.ref = r // nil when no statement has one
	}
	for _, p := range dossier.Predicates {
		if p.DateValued() {
			continue
		}
		r, err := s.qs.ValueOf(quad.IRI(schema.PredicateIRI(p)))
		if err != nil {
			return nil, err
		}
		if r != nil {
			e.facts[r.Key()] = string(p)
		}
	}
	_, e.kv = s.qs.(*ckv.QuadStore)
	if e.kv {
		_, e.kv = e.subj.(ckv.Int64Value)
	}
	if e.kv {
		r, err := s.newBoltReader()
		if err != nil {
			return nil, err
		}
		e.raw = r
	}
	return e, nil
}

func (e *ego) close() {
	if e != nil && e.raw != nil {
		e.raw.close()
	}
}

// opsIndex is the object-predicate-subject index of Dossier's KV stores
// (kvIndexes).
var opsIndex = ckv.QuadIndex{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}}

// statements calls fn with each statement whose part p (e.subj or e.obj)
// is node, until fn returns false.
func (e *ego) statements(node, p cgraph.Ref, fn func(stmt cgraph.Ref) bool) error {
	return e.statementsOf(node, p, false, fn)
}

// statementsOf is statements; live asks the raw reader to skip deleted
// quads (fact skips their statements anyway; a count must not count them).
func (e *ego) statementsOf(node, p cgraph.Ref, live bool, fn func(stmt cgraph.Ref) bool) error {
	if e.raw != nil {
		n, ok1 := id(node)
		pv, ok2 := id(p)
		if ok1 && ok2 {
			err := e.raw.statements(n, pv, live, func(st uint64) bool { return fn(ckv.Int64Value(st)) })
			if err != nil {
				return err
			}
			return e.ctx.Err()
		}
	}
	var it iterator.Shape
	filter := false
	n, ok1 := node.(ckv.Int64Value)
	pv, ok2 := p.(ckv.Int64Value)
	if e.kv && ok1 && ok2 {
		it = ckv.IndexScan{Index: opsIndex, Values: []uint64{uint64(n), uint64(pv)}}.BuildIterator(e.s.qs)
	} else {
		it, filter = e.s.qs.QuadIterator(quad.Object, node), true
	}
	sc := it.Iterate()
	defer sc.Close()
	for sc.Next(e.ctx) {
		q := sc.Result()
		if filter {
			qp, err := e.s.qs.QuadDirection(q, quad.Predicate)
			if err != nil {
				return err
			}
			if !sameRef(qp, p) {
				continue
			}
		}
		st, err := e.s.qs.QuadDirection(q, quad.Subject)
		if err != nil {
			return err
		}
		if !fn(st) {
			break
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return e.ctx.Err()
}

// count counts the statements whose part p is node, up to max.
func (e *ego) count(node, p cgraph.Ref, max int) (int, error) {
	n := 0
	err := e.statementsOf(node, p, true, func(cgraph.Ref) bool { n++; return n < max })
	return n, err
}

func (e *ego) name(r cgraph.Ref) (quad.Value, error) {
	if v, ok := e.names[r.Key()]; ok {
		return v, nil
	}
	var v quad.Value
	var err error
	if n, ok := id(r); ok && e.raw != nil {
		v, err = e.raw.value(n)
	} else {
		v, err = e.s.qs.NameOf(r)
	}
	if err != nil {
		return nil, err
	}
	e.names[r.Key()] = v
	return v, nil
}

// nodeString writes an IRI as the Gizmo query's rows do; ok is false for
// anything else.
func nodeString(v quad.Value) (string, bool) {
	if i, ok := v.(quad.IRI); ok {
		return "<" + string(i) + ">", true
	}
	return "", false
}

// fact reads statement stmt; ok is false unless it is an asserted fact
// between two entities (the query's facts()).
func (e *ego) fact(stmt cgraph.Ref, hop int) (row egoRow, ok bool, err error) {
	var src, prd, obj, stance, date, place, doc cgraph.Ref
	if err := e.parts(stmt, []*cgraph.Ref{&src, &prd, &obj, &stance, &date, &place, &doc}); err != nil {
		return row, false, err
	}
	if src == nil || prd == nil || obj == nil || !sameRef(stance, e.asserted) {
		return row, false, nil
	}
	return e.row(stmt, hop, src, prd, obj, date, place, doc)
}

// parts reads the first value of each of the statement's parts into dst:
// subject, predicate, object, stance, date, place, document.
func (e *ego) parts(stmt cgraph.Ref, dst []*cgraph.Ref) error {
	vocab := []cgraph.Ref{e.subj, e.pred, e.obj, e.stance, e.date, e.place, e.derived}
	if n, ok := id(stmt); ok && e.raw != nil {
		ids := make([]uint64, len(vocab))
		for i, v := range vocab {
			ids[i], _ = id(v) // 0 for a predicate the store lacks: no ID is 0
		}
		slot := func(p uint64) int {
			for i, x := range ids {
				if x == p && x != 0 {
					return i
				}
			}
			return -1
		}
		err := e.raw.parts(n, func(p uint64) bool { return slot(p) >= 0 }, func(p, o uint64) {
			if i := slot(p); *dst[i] == nil {
				*dst[i] = ckv.Int64Value(o)
			}
		})
		if err != nil {
			return err
		}
		return e.ctx.Err()
	}
	sc := e.s.qs.QuadIterator(quad.Subject, stmt).Iterate()
	defer sc.Close()
	for sc.Next(e.ctx) {
		q := sc.Result()
		p, err := e.s.qs.QuadDirection(q, quad.Predicate)
		if err != nil {
			return err
		}
		for i, v := range vocab {
			if !sameRef(p, v) {
				continue
			}
			if *dst[i] == nil { // the first value, as the query's first row
				if *dst[i], err = e.s.qs.QuadDirection(q, quad.Object); err != nil {
					return err
				}
			}
			break
		}
	}
	return sc.Err()
}

// row builds the row of a statement that is an asserted fact, if its
// predicate is a fact's and its subject and object are entities.
func (e *ego) row(stmt cgraph.Ref, hop int, src, prd, obj, date, place, doc cgraph.Ref) (row egoRow, ok bool, err error) {
	rel, isFact := e.facts[prd.Key()]
	if !isFact {
		return row, false, nil
	}
	row = egoRow{relation: rel, stance: string(dossier.Asserted), hop: hop}
	for _, f := range []struct {
		ref cgraph.Ref
		dst *string
	}{{src, &row.source}, {prd, &row.predicate}, {obj, &row.target}, {stmt, &row.statement}, {doc, &row.document}} {
		if f.ref == nil {
			continue
		}
		v, err := e.name(f.ref)
		if err != nil {
			return row, false, err
		}
		s, isNode := nodeString(v)
		if !isNode {
			if f.dst == &row.target || f.dst == &row.source {
				return row, false, nil // a literal object: not a fact between entities
			}
			s = quad.StringOf(v)
		}
		*f.dst = s
	}
	if date != nil {
		v, err := e.name(date)
		if err != nil {
			return row, false, err
		}
		row.date, row.hasDate = lexical(v), true
	}
	if place != nil {
		v, err := e.name(place)
		if err != nil {
			return row, false, err
		}
		row.place, row.hasPlace = quad.StringOf(v), true
		if s, ok := nodeString(v); ok {
			row.place = s
		}
	}
	return row, true, nil
}

// lexical is a literal's lexical form (the query's lex()); an IRI is
// written "<iri>".
func lexical(v quad.Value) string {
	if s, ok := nodeString(v); ok {
		return s
	}
	return schema.Lit(v)
}

// walk is the query's loop: hop by hop, each frontier entity's statements
// as subject and as object, each statement once, the entities they reach
// forming the next frontier unless they are hubs.
func (e *ego) walk(person string, hops, fanout int) ([]egoRow, error) {
	start, err := e.s.qs.ValueOf(quad.IRI(strings.Trim(person, "<>")))
	if err != nil || start == nil {
		return nil, err
	}
	var rows []egoRow
	seen := map[string]bool{}
	reached := map[string]bool{"<" + strings.Trim(person, "<>") + ">": true}
	frontier := []cgraph.Ref{start}
	for hop := 1; hop <= hops && len(frontier) > 0; hop++ {
		var next []string
		for _, id := range frontier {
			for _, part := range []cgraph.Ref{e.subj, e.obj} {
				var stmts []cgraph.Ref
				if err := e.statements(id, part, func(st cgraph.Ref) bool { stmts = append(stmts, st); return true }); err != nil {
					return nil, err
				}
				for _, st := range stmts {
					r, ok, err := e.fact(st, hop)
					if err != nil {
						return nil, err
					}
					if !ok || seen[r.statement] {
						continue
					}
					seen[r.statement] = true
					rows = append(rows, r)
					for _, n := range []string{r.source, r.target} {
						if !reached[n] {
							reached[n] = true
							next = append(next, n)
						}
					}
				}
			}
		}
		frontier = frontier[:0]
		if hop == hops {
			break
		}
		sort.Slice(next, func(i, j int) bool { return jsCompare(next[i], next[j]) < 0 })
		for _, n := range next {
			ref, err := e.s.qs.ValueOf(quad.IRI(strings.Trim(n, "<>")))
			if err != nil {
				return nil, err
			}
			if ref == nil {
				continue
			}
			// A hub: more than fanout statements, as subject and object.
			a, err := e.count(ref, e.subj, fanout+1)
			if err != nil {
				return nil, err
			}
			if a > fanout {
				continue
			}
			b, err := e.count(ref, e.obj, fanout+1)
			if err != nil {
				return nil, err
			}
			if a+b <= fanout {
				frontier = append(frontier, ref)
			}
		}
	}
	return rows, nil
}
