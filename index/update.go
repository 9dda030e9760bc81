package index

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/schema"
)

// IndexDocuments implements dossier.Indexer: each document's statements
// replace what the index recorded for it, and a document without statements
// is removed. The batch is one transaction. The index reads only the
// document's own node (its content hash), the entities the document
// mentions (dossier:mentions), and their types and names (schema:name,
// rdfs:label, schema:alternateName). On error the index is marked
// incomplete (see Complete).
func (n *Names) IndexDocuments(ctx context.Context, docs []dossier.DocumentStatements) error {
	recs := make([]*docRecord, len(docs))
	for i, d := range docs {
		recs[i] = contribution(d.ID, func(fn func(quad.Quad)) {
			for _, st := range d.Statements {
				fn(st.Quad)
			}
		})
	}
	err := n.db.Update(func(tx *bolt.Tx) error {
		w := &writer{tx: tx, ents: map[string]*entRecord{}}
		for i, d := range docs {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := w.replace(d.ID, recs[i]); err != nil {
				return err
			}
		}
		return w.flush()
	})
	if err != nil {
		n.setComplete(false)
		return fmt.Errorf("name index: %w", err)
	}
	return nil
}

// Source is what Sync reads a store through (graph.Store implements it).
type Source interface {
	// Documents lists the documents the store holds with their content hash.
	Documents(ctx context.Context) ([]dossier.DocumentState, error)
	// DocumentQuads returns the quads of one document's named graph.
	DocumentQuads(ctx context.Context, id string) ([]quad.Quad, error)
}

// SyncStats reports what Sync did.
type SyncStats struct {
	Documents int // documents in the store
	Indexed   int // documents (re)indexed from the store
	Removed   int // documents removed from the index
}

// syncBatch is the number of documents Sync writes per transaction.
const syncBatch = 64

// Sync brings the index up to date with the store src: documents the index
// holds at another content hash, or not at all, are read from the store
// (their named graph) and indexed; documents the store no longer holds are
// removed. An index that is already up to date costs one listing of the
// store's documents. Afterwards the index is Complete.
func (n *Names) Sync(ctx context.Context, src Source) (SyncStats, error) {
	var st SyncStats
	docs, err := src.Documents(ctx)
	if err != nil {
		return st, fmt.Errorf("name index: sync: %w", err)
	}
	st.Documents = len(docs)
	have := map[string]string{}
	err = n.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte(bState)).ForEach(func(k, v []byte) error {
			have[string(k)] = string(v)
			return nil
		})
	})
	if err != nil {
		return st, fmt.Errorf("name index: sync: %w", err)
	}
	var batch []dossier.DocumentStatements
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := n.IndexDocuments(ctx, batch)
		batch = batch[:0]
		return err
	}
	for _, d := range docs {
		h, ok := have[d.ID]
		delete(have, d.ID)
		if ok && h == d.Hash {
			continue
		}
		qs, err := src.DocumentQuads(ctx, d.ID)
		if err != nil {
			return st, fmt.Errorf("name index: sync %s: %w", d.ID, err)
		}
		stmts := make([]dossier.Statement, len(qs))
		for i, q := range qs {
			stmts[i] = dossier.Statement{Quad: q, Doc: d.ID}
		}
		batch = append(batch, dossier.DocumentStatements{ID: d.ID, Statements: stmts})
		st.Indexed++
		if len(batch) == syncBatch {
			if err := flush(); err != nil {
				return st, err
			}
		}
	}
	gone := make([]string, 0, len(have))
	for id := range have {
		gone = append(gone, id)
	}
	slices.Sort(gone)
	for _, id := range gone {
		batch = append(batch, dossier.DocumentStatements{ID: id})
		st.Removed++
		if len(batch) == syncBatch {
			if err := flush(); err != nil {
				return st, err
			}
		}
	}
	if err := flush(); err != nil {
		return st, err
	}
	if err := n.setComplete(true); err != nil {
		return st, fmt.Errorf("name index: sync: %w", err)
	}
	return st, nil
}

// contribution reads what document id contributes to the index from its
// quads (each passed to fn by each); nil for a document with no quads.
func contribution(id string, each func(fn func(quad.Quad))) *docRecord {
	g := quad.IRI(schema.DocIRI(id))
	var (
		rec      docRecord
		seen     bool
		mentions = map[quad.IRI]bool{}
		ents     = map[quad.IRI]*docEntity{}
	)
	get := func(s quad.IRI) *docEntity {
		e := ents[s]
		if e == nil {
			e = &docEntity{IRI: string(s)}
			ents[s] = e
		}
		return e
	}
	each(func(q quad.Quad) {
		seen = true
		s, ok := q.Subject.(quad.IRI)
		if !ok {
			return
		}
		p := schema.IRIString(q.Predicate)
		switch {
		case s == g && p == schema.PHash:
			rec.Hash = schema.Lit(q.Object)
		case s == g && p == schema.PMentions:
			if o, ok := q.Object.(quad.IRI); ok {
				mentions[o] = true
			}
		case p == schema.RDFType:
			if t, ok := schema.TypeOfClass(schema.IRIString(q.Object)); ok {
				if e := get(s); e.Type == "" || typeRank(t) < typeRank(e.Type) {
					e.Type = t
				}
			}
		case p == schema.Name || p == schema.RDFSLabel || p == schema.AltName:
			text := schema.Lit(q.Object)
			if text == "" {
				return
			}
			e := get(s)
			if p == schema.Name {
				if ls, ok := q.Object.(quad.LangString); ok && ls.Lang == "en" || e.Name == "" {
					e.Name = text
				}
			}
			if !contains(e.Forms, text) {
				e.Forms = append(e.Forms, text)
			}
		}
	})
	if !seen {
		return nil
	}
	for iri := range mentions {
		e := ents[iri]
		if e == nil || len(e.Forms) == 0 {
			continue
		}
		slices.Sort(e.Forms)
		rec.Entities = append(rec.Entities, *e)
	}
	slices.SortFunc(rec.Entities, func(a, b docEntity) int {
		switch {
		case a.IRI < b.IRI:
			return -1
		case a.IRI > b.IRI:
			return 1
		}
		return 0
	})
	return &rec
}

// typeRank orders entity types for an entity with several classes (an
// event that is also a schema:Event and a dossier class keeps Event).
func typeRank(t dossier.EntityType) int {
	return slices.Index(dossier.EntityTypes, t)
}

// writer applies document records inside one transaction, keeping the
// entity records it touched in memory until flush.
type writer struct {
	tx   *bolt.Tx
	ents map[string]*entRecord
}

func (w *writer) ent(iri string) (*entRecord, error) {
	if r, ok := w.ents[iri]; ok {
		return r, nil
	}
	r, err := getEnt(w.tx, iri)
	if err != nil {
		return nil, err
	}
	if r == nil {
		r = &entRecord{Forms: map[string]int{}}
	}
	if r.Forms == nil {
		r.Forms = map[string]int{}
	}
	w.ents[iri] = r
	return r, nil
}

// replace puts rec (nil: nothing) in place of what document id contributed.
func (w *writer) replace(id string, rec *docRecord) error {
	docs := w.tx.Bucket([]byte(bDoc))
	if old := docs.Get([]byte(id)); old != nil {
		var o docRecord
		if err := json.Unmarshal(old, &o); err != nil {
			return fmt.Errorf("document record %s: %w", id, err)
		}
		for _, e := range o.Entities {
			if err := w.apply(e, -1); err != nil {
				return err
			}
		}
	}
	state := w.tx.Bucket([]byte(bState))
	if rec == nil {
		if err := docs.Delete([]byte(id)); err != nil {
			return err
		}
		return state.Delete([]byte(id))
	}
	for _, e := range rec.Entities {
		if err := w.apply(e, +1); err != nil {
			return err
		}
	}
	b, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	if err := docs.Put([]byte(id), b); err != nil {
		return err
	}
	return state.Put([]byte(id), []byte(rec.Hash))
}

// apply adds (sign +1) or removes (sign -1) one document's view of an
// entity. A form's keys are posted when its first document comes and
// unposted when its last goes.
func (w *writer) apply(e docEntity, sign int) error {
	r, err := w.ent(e.IRI)
	if err != nil {
		return err
	}
	if sign > 0 {
		if e.Type != "" {
			r.Type = e.Type
		}
		if e.Name != "" {
			r.Name = e.Name
		}
	}
	r.Docs += sign
	tok := w.tx.Bucket([]byte(bTok))
	for _, f := range e.Forms {
		before := r.Forms[f]
		after := before + sign
		if after <= 0 {
			delete(r.Forms, f)
		} else {
			r.Forms[f] = after
		}
		if (before == 0) == (after <= 0) {
			continue // the form neither came nor went
		}
		for _, k := range formKeys(f) {
			if err := putCount(tok, tokKey(k, e.IRI), sign); err != nil {
				return err
			}
		}
	}
	return nil
}

// flush writes the touched entity records; an entity no document mentions
// any more is removed with whatever postings it still has.
func (w *writer) flush() error {
	ents := w.tx.Bucket([]byte(bEnt))
	sums := w.tx.Bucket([]byte(bSum))
	tok := w.tx.Bucket([]byte(bTok))
	for iri, r := range w.ents {
		if r.Docs > 0 {
			b, err := json.Marshal(r)
			if err != nil {
				return err
			}
			if err := ents.Put([]byte(iri), b); err != nil {
				return err
			}
			sum := summary(r)
			if err := sums.Put([]byte(iri), sum); err != nil {
				return err
			}
			// Every posting of the entity carries its summary.
			for f := range r.Forms {
				for _, k := range formKeys(f) {
					key := tokKey(k, iri)
					v := tok.Get(key)
					if v == nil {
						continue
					}
					if n, have := readPosting(v); !bytes.Equal(have, sum) {
						if err := tok.Put(key, postingValue(n, sum)); err != nil {
							return err
						}
					}
				}
			}
			continue
		}
		for f := range r.Forms {
			for _, k := range formKeys(f) {
				if err := tok.Delete(tokKey(k, iri)); err != nil {
					return err
				}
			}
		}
		if err := ents.Delete([]byte(iri)); err != nil {
			return err
		}
		if err := sums.Delete([]byte(iri)); err != nil {
			return err
		}
	}
	return nil
}
