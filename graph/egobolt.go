package graph

import (
	"encoding/binary"
	"fmt"

	"github.com/boltdb/bolt"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"google.golang.org/protobuf/proto"
)

// boltReader reads Cayley's KV layout in a bolt store directly, in one
// read transaction, for the ego walk: the object-predicate-subject index
// ("ops": keys of three big-endian IDs, values the IDs of the quads with
// those parts), the subject-predicate index ("sp") and the log of
// primitives (nodes and quads, by ID; a deleted quad stays in the log and
// in the index lists, marked Deleted). It does what Cayley's iterators do
// for these lookups without their per-lookup bucket resolution and
// allocations.
type boltReader struct {
	tx           *bolt.Tx
	ops, sp, log *bolt.Bucket
	prim         cproto.Primitive
	// deletes is set when quads may have been deleted (MarkDeletes): the
	// index lists may then hold dead quads, and counts check each entry.
	deletes bool
}

// newBoltReader opens a read transaction on s's bolt file; nil (and no
// error) when s is not a bolt store or lacks the indexes.
func (s *Store) newBoltReader() (*boltReader, error) {
	if s.boltDB == nil {
		return nil, nil
	}
	var sp, ops bool
	for _, ind := range s.kvIndexes {
		switch fmt.Sprint(ind.Dirs) {
		case fmt.Sprint([]quad.Direction{quad.Subject, quad.Predicate}):
			sp = true
		case fmt.Sprint(opsIndex.Dirs):
			ops = true
		}
	}
	if !sp || !ops {
		return nil, nil
	}
	tx, err := s.boltDB.Begin(false)
	if err != nil {
		return nil, err
	}
	r := &boltReader{tx: tx, ops: tx.Bucket([]byte("ops")), sp: tx.Bucket([]byte("sp")), log: tx.Bucket(logBucket)}
	if r.ops == nil || r.sp == nil || r.log == nil {
		tx.Rollback()
		return nil, nil
	}
	if b := tx.Bucket(dossierBucket); b != nil && b.Get(deletesKey) != nil {
		r.deletes = true
	}
	return r, nil
}

func (r *boltReader) close() { _ = r.tx.Rollback() }

// primitive reads log entry id into r.prim; ok is false when there is none
// or it is a deleted quad. r.prim is valid until the next call.
func (r *boltReader) primitive(id uint64) (ok bool, err error) {
	var k [8]byte
	binary.BigEndian.PutUint64(k[:], id)
	v := r.log.Get(k[:])
	if v == nil {
		return false, nil
	}
	r.prim.Reset()
	if err := proto.Unmarshal(v, &r.prim); err != nil {
		return false, fmt.Errorf("log entry %d: %w", id, err)
	}
	return !r.prim.Deleted, nil
}

// statements calls fn with the subject of each live quad whose object is
// node and predicate p (as Cayley's In(p) from node would yield it), until
// fn returns false. The subject is in the index key; liveness needs the
// quad's log entry, read only when live is set and the store may hold
// deleted quads.
func (r *boltReader) statements(node, p uint64, live bool, fn func(stmt uint64) bool) error {
	var prefix [16]byte
	binary.BigEndian.PutUint64(prefix[:8], node)
	binary.BigEndian.PutUint64(prefix[8:], p)
	c := r.ops.Cursor()
	for k, v := c.Seek(prefix[:]); len(k) == 24 && string(k[:16]) == string(prefix[:]); k, v = c.Next() {
		stmt := binary.BigEndian.Uint64(k[16:])
		for len(v) > 0 {
			id, n := binary.Uvarint(v)
			if n <= 0 {
				return fmt.Errorf("index entry %x: bad quad list", k)
			}
			v = v[n:]
			if live && r.deletes {
				ok, err := r.primitive(id)
				if err != nil {
					return err
				}
				if !ok {
					continue
				}
			}
			if !fn(stmt) {
				return nil
			}
		}
	}
	return nil
}

// parts calls fn with the predicate and object of each live quad whose
// subject is stmt and whose predicate want accepts.
func (r *boltReader) parts(stmt uint64, want func(p uint64) bool, fn func(p, o uint64)) error {
	var prefix [8]byte
	binary.BigEndian.PutUint64(prefix[:], stmt)
	c := r.sp.Cursor()
	for k, v := c.Seek(prefix[:]); len(k) == 16 && string(k[:8]) == string(prefix[:]); k, v = c.Next() {
		p := binary.BigEndian.Uint64(k[8:])
		if !want(p) {
			continue
		}
		for len(v) > 0 {
			id, n := binary.Uvarint(v)
			if n <= 0 {
				return fmt.Errorf("index entry %x: bad quad list", k)
			}
			v = v[n:]
			ok, err := r.primitive(id)
			if err != nil {
				return err
			}
			if ok {
				fn(p, r.prim.Object)
			}
		}
	}
	return nil
}

// value reads node id's value.
func (r *boltReader) value(id uint64) (quad.Value, error) {
	ok, err := r.primitive(id)
	if err != nil || !ok {
		return nil, err
	}
	return pquads.UnmarshalValue(r.prim.Value)
}

// id is the log ID behind a reference of Cayley's KV store.
func id(ref any) (uint64, bool) {
	v, ok := ref.(ckv.Int64Value)
	return uint64(v), ok
}
