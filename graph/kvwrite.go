package graph

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	ckv "github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	hkv "github.com/hidal-go/hidalgo/kv"
	"google.golang.org/protobuf/proto"
)

// kvAppender writes quads that are new to a Cayley KV store (bolt,
// leveldb) straight into Cayley's layout, the one its own writer makes and
// its readers read: every value a node (a log entry, its hash's ID, its
// reference count), every quad a log entry and one entry in each quad
// index, and the counters of IDs and quads in the metadata.
//
// It does what Cayley's writer does for additions without what a bulk
// build does not need: no check that a quad is already stored (the caller
// guarantees it is not: each document's quads carry the document's own
// label and are written only after the document's old quads were deleted),
// no delta structures, no bloom filters (the store is opened without them,
// so nothing Cayley keeps in memory goes stale), the reference counts of a
// batch summed before they are written, and each index key read and
// written once per batch, in key order.
//
// Contract: append writes all the quads or none (one transaction). It is
// not safe for concurrent use; the Store serialises writes. The caller
// must call forget after Cayley deletes anything, since a node whose
// count falls to zero is deleted and its ID must not be reused from the
// cache.
type kvAppender struct {
	db      hkv.KV
	indexes []ckv.QuadIndex
	// ids remembers the IDs of values met in earlier batches (predicates,
	// classes, entities named in many documents), so that they are not
	// looked up again. Bounded: cleared when full.
	ids map[refs.ValueHash]uint64
}

// appenderCacheSize bounds the ID cache: 64k values, about 3 MB.
const appenderCacheSize = 1 << 16

var (
	metaIndexesKey = hkv.Key{[]byte("meta"), []byte("indexes")}
	metaHorizonKey = hkv.Key{[]byte("meta"), []byte("horizon")}
	metaSizeKey    = hkv.Key{[]byte("meta"), []byte("size")}
	logBucket      = []byte("log")
)

func newKVAppender(ctx context.Context, db hkv.KV) (*kvAppender, error) {
	var raw []byte
	err := hkv.View(ctx, db, func(tx hkv.Tx) error {
		v, err := tx.Get(ctx, metaIndexesKey)
		raw = append(raw, v...)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read quad indexes: %w", err)
	}
	var ind []ckv.QuadIndex
	if err := json.Unmarshal(raw, &ind); err != nil || len(ind) == 0 {
		return nil, fmt.Errorf("read quad indexes %q: %v", raw, err)
	}
	return &kvAppender{db: db, indexes: ind, ids: map[refs.ValueHash]uint64{}}, nil
}

// forget drops the cached IDs.
func (a *kvAppender) forget() { clear(a.ids) }

type appendNode struct {
	hash  refs.ValueHash
	val   quad.Value
	refs  int
	id    uint64
	isNew bool
}

// append writes qs, which must be new to the store and distinct.
func (a *kvAppender) append(ctx context.Context, qs []quad.Quad) error {
	if len(qs) == 0 {
		return nil
	}
	// The values of the batch, each once, with how many quad directions
	// refer to it.
	// Values are hashed once each: most repeat (predicates, classes, the
	// document's label), and a hash costs more than a map lookup.
	byValue := make(map[quad.Value]*appendNode, len(qs))
	nodes := make(map[refs.ValueHash]*appendNode, len(qs))
	dirs := make([][4]*appendNode, len(qs))
	for i, q := range qs {
		for d, dir := range quad.Directions {
			v := q.Get(dir)
			if v == nil {
				continue
			}
			n := byValue[v]
			if n == nil {
				h := refs.HashOf(v)
				// two values may print alike (and hash alike): one node
				if n = nodes[h]; n == nil {
					n = &appendNode{hash: h, val: v}
					nodes[h] = n
				}
				byValue[v] = n
			}
			n.refs++
			dirs[i][d] = n
		}
	}
	list := make([]*appendNode, 0, len(nodes))
	for _, n := range nodes {
		list = append(list, n)
	}
	sort.Slice(list, func(i, j int) bool { return string(list[i].hash[:]) < string(list[j].hash[:]) })

	tx, err := beginKV(ctx, a.db)
	if err != nil {
		return err
	}
	defer tx.close()
	if err := a.resolve(tx, list); err != nil {
		return err
	}
	horizon, err := metaInt(tx, metaHorizonKey)
	if err != nil {
		return err
	}
	size, err := metaInt(tx, metaSizeKey)
	if err != nil {
		return err
	}
	now := time.Now().UnixNano()

	// Nodes. The writes go bucket group by bucket group, each in key
	// order: Cayley keeps hashes and counts in 2×65,536 buckets (named 'n'
	// or 'v' and the hash's first two bytes), made when first written to;
	// made in key order, each new bucket goes at the end of the page being
	// filled, while interleaved (as Cayley's own writer does) each moves
	// every bucket after it — a quadratic cost that halved the rate of the
	// first million quads.
	var old []*appendNode
	for _, n := range list {
		if n.isNew {
			horizon++
			n.id = horizon
		} else {
			old = append(old, n)
		}
	}
	var counts [][]byte
	if len(old) > 0 {
		keys := make([]hkv.Key, len(old))
		for i, n := range old {
			keys[i] = refsKey(n.hash)
		}
		if counts, err = tx.get(keys); err != nil {
			return err
		}
	}
	k := 0
	for _, n := range list {
		c := uint64(n.refs)
		if !n.isNew {
			have, _ := binary.Uvarint(counts[k])
			c += have
			k++
		}
		if err := tx.put(refsKey(n.hash), uvarint(c)); err != nil {
			return err
		}
	}
	for _, n := range list {
		if n.isNew {
			if err := tx.put(valueKey(n.hash), uvarint(n.id)); err != nil {
				return err
			}
		}
	}
	for _, n := range list {
		if !n.isNew {
			continue
		}
		val, err := pquads.MarshalValue(n.val)
		if err != nil {
			return fmt.Errorf("value %v: %w", n.val, err)
		}
		if err := putPrimitive(tx, &cproto.Primitive{ID: n.id, Value: val, Timestamp: now}); err != nil {
			return err
		}
	}

	// Quads: a log entry each, and their IDs appended to the index lists.
	postings := make([]map[string][]uint64, len(a.indexes))
	for i := range postings {
		postings[i] = map[string][]uint64{}
	}
	var p cproto.Primitive
	for i := range qs {
		horizon++
		p = cproto.Primitive{ID: horizon, Timestamp: now}
		for d, dir := range quad.Directions {
			if n := dirs[i][d]; n != nil {
				p.SetDirection(dir, n.id)
			}
		}
		if err := putPrimitive(tx, &p); err != nil {
			return err
		}
		for k, ind := range a.indexes {
			key := ind.KeyFor(&p)
			postings[k][string(key[1])] = append(postings[k][string(key[1])], p.ID)
		}
	}
	for k, ind := range a.indexes {
		if err := appendPostings(tx, ind, postings[k]); err != nil {
			return err
		}
	}
	if err := putMetaInt(tx, metaHorizonKey, horizon); err != nil {
		return err
	}
	if err := putMetaInt(tx, metaSizeKey, size+uint64(len(qs))); err != nil {
		return err
	}
	if err := tx.commit(); err != nil {
		return err
	}
	if len(a.ids) > appenderCacheSize {
		a.forget()
	}
	for _, n := range list {
		a.ids[n.hash] = n.id
	}
	return nil
}

// resolve finds the IDs of the values the store holds already (from the
// cache, or their hash entries); the others are new.
func (a *kvAppender) resolve(tx kvTx, list []*appendNode) error {
	var look []*appendNode
	var keys []hkv.Key
	for _, n := range list {
		if id, ok := a.ids[n.hash]; ok {
			n.id = id
			continue
		}
		look = append(look, n)
		keys = append(keys, valueKey(n.hash))
	}
	if len(keys) == 0 {
		return nil
	}
	vals, err := tx.get(keys)
	if err != nil {
		return err
	}
	for i, n := range look {
		id, k := binary.Uvarint(vals[i])
		if len(vals[i]) == 0 || k <= 0 || id == 0 {
			n.isNew = true
			continue
		}
		n.id = id
	}
	return nil
}

// appendPostings appends quad IDs to the lists of one index, reading and
// writing each key once, in key order.
func appendPostings(tx kvTx, ind ckv.QuadIndex, m map[string][]uint64) error {
	if len(m) == 0 {
		return nil
	}
	bucket := ind.KeyFor(&cproto.Primitive{})[0]
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	keys := make([]hkv.Key, len(ks))
	for i, k := range ks {
		keys[i] = hkv.Key{bucket, []byte(k)}
	}
	vals, err := tx.get(keys)
	if err != nil {
		return err
	}
	var buf [binary.MaxVarintLen64]byte
	for i, k := range ks {
		ids := m[k]
		out := make([]byte, len(vals[i]), len(vals[i])+len(ids)*4)
		copy(out, vals[i])
		for _, id := range ids {
			n := binary.PutUvarint(buf[:], id)
			out = append(out, buf[:n]...)
		}
		if err := tx.put(keys[i], out); err != nil {
			return err
		}
	}
	return nil
}

// The keys of Cayley's KV layout (graph/kv/indexing.go): a value's ID
// under its hash in bucket 'v'+h[0]+h[1], its reference count in 'n'+…,
// primitives in "log" under their big-endian ID.

func valueKey(h refs.ValueHash) hkv.Key {
	return hkv.Key{[]byte{'v', h[0], h[1]}, append([]byte(nil), h[:]...)}
}

func refsKey(h refs.ValueHash) hkv.Key {
	return hkv.Key{[]byte{'n', h[0], h[1]}, append([]byte(nil), h[:]...)}
}

func putPrimitive(tx kvTx, p *cproto.Primitive) error {
	b, err := proto.Marshal(p)
	if err != nil {
		return err
	}
	k := make([]byte, 8)
	binary.BigEndian.PutUint64(k, p.ID)
	return tx.put(hkv.Key{logBucket, k}, b)
}

func uvarint(x uint64) []byte {
	b := make([]byte, binary.MaxVarintLen64)
	return b[:binary.PutUvarint(b, x)]
}

func metaInt(tx kvTx, k hkv.Key) (uint64, error) {
	vs, err := tx.get([]hkv.Key{k})
	if err != nil {
		return 0, err
	}
	v := vs[0]
	if v == nil {
		return 0, nil
	}
	if len(v) != 8 {
		return 0, fmt.Errorf("metadata %s: %d bytes, want 8", k[1], len(v))
	}
	return binary.LittleEndian.Uint64(v), nil
}

func putMetaInt(tx kvTx, k hkv.Key, x uint64) error {
	b := make([]byte, 8)
	binary.LittleEndian.PutUint64(b, x)
	return tx.put(k, b)
}
