package graph

import (
	"context"

	"github.com/boltdb/bolt"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// kvTx is the part of a read-write transaction kvAppender uses, in
// Cayley's two-part keys (a bucket and a key in it). Values returned by
// get are valid until the next put or the end of the transaction; a
// missing key gives nil.
type kvTx interface {
	get(keys []hkv.Key) ([][]byte, error)
	put(k hkv.Key, val []byte) error
	commit() error
	close()
}

// beginKV starts a read-write transaction on db: straight on bolt when db
// is bolt (one bucket lookup per bucket per transaction, and full pages for
// the log, whose keys only grow), through hidalgo otherwise.
func beginKV(ctx context.Context, db hkv.KV) (kvTx, error) {
	if b, ok := db.(*hbolt.DB); ok {
		tx, err := b.DB().Begin(true)
		if err != nil {
			return nil, err
		}
		return &boltTx{tx: tx, buckets: map[string]*bolt.Bucket{}}, nil
	}
	tx, err := db.Tx(ctx, true)
	if err != nil {
		return nil, err
	}
	return &hkvTx{ctx: ctx, tx: tx}, nil
}

type boltTx struct {
	tx      *bolt.Tx
	buckets map[string]*bolt.Bucket
}

func (t *boltTx) bucket(name []byte) (*bolt.Bucket, error) {
	if b, ok := t.buckets[string(name)]; ok && b != nil {
		return b, nil
	}
	b, err := t.tx.CreateBucketIfNotExists(name)
	if err != nil {
		return nil, err
	}
	if string(name) == string(logBucket) {
		// Log keys are IDs, each larger than all before it: pages split
		// full instead of half full.
		b.FillPercent = 0.95
	}
	t.buckets[string(name)] = b
	return b, nil
}

func (t *boltTx) get(keys []hkv.Key) ([][]byte, error) {
	out := make([][]byte, len(keys))
	for i, k := range keys {
		b, ok := t.buckets[string(k[0])]
		if !ok {
			if b = t.tx.Bucket(k[0]); b == nil {
				continue
			}
			t.buckets[string(k[0])] = b
		}
		out[i] = b.Get(k[1])
	}
	return out, nil
}

func (t *boltTx) put(k hkv.Key, val []byte) error {
	b, err := t.bucket(k[0])
	if err != nil {
		return err
	}
	return b.Put(k[1], val)
}

func (t *boltTx) commit() error { return t.tx.Commit() }
func (t *boltTx) close()        { _ = t.tx.Rollback() }

type hkvTx struct {
	ctx context.Context
	tx  hkv.Tx
}

func (t *hkvTx) get(keys []hkv.Key) ([][]byte, error) {
	vals, err := t.tx.GetBatch(t.ctx, keys)
	out := make([][]byte, len(vals))
	for i, v := range vals {
		out[i] = v
	}
	return out, err
}

func (t *hkvTx) put(k hkv.Key, val []byte) error { return t.tx.Put(t.ctx, k, val) }

func (t *hkvTx) commit() error { return t.tx.Commit(t.ctx) }
func (t *hkvTx) close()        { _ = t.tx.Close() }
