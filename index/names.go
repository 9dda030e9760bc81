package index

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/dossier-kg/dossier"
)

// File is the name of the index file Dossier keeps inside the store's
// directory (bolt and leveldb stores are directories).
const File = "names.bolt"

// format identifies the layout of the index file; an index written in
// another layout is rebuilt, except one of formatNoSums, which is
// upgraded in place.
const format = "2"

// formatNoSums is the layout whose postings hold only their count.
const formatNoSums = "1"

// The buckets of the index file.
const (
	bMeta  = "meta"  // "format", "keys" (the normalisation fingerprint), "complete"
	bState = "state" // document ID → content hash the index holds it at
	bDoc   = "doc"   // document ID → docRecord: what the document contributed
	bEnt   = "ent"   // entity IRI → entRecord: the entity as all documents name it
	bTok   = "tok"   // match key NUL entity IRI → number of the entity's forms with that key (uvarint), then the entity's summary
	bSum   = "sum"   // entity IRI → summary: type (1 byte), number of documents (uvarint)
)

// Names is the name index. It is safe for concurrent use: any number of
// Find, Resolve and Entity calls run alongside one writer (IndexDocuments,
// Sync); writes are serialised.
type Names struct {
	db       *bolt.DB
	temp     string // a temporary file removed on Close ("" for a persistent index)
	complete atomic.Bool
}

var _ dossier.Indexer = (*Names)(nil)

// Options configure Open.
type Options struct {
	// NoSync skips fsync on every commit, as the store's nosync does.
	NoSync bool
}

// ErrInUse means another process holds the index file open for writing.
var ErrInUse = errors.New("the name index is in use by another process (is `dossier serve` running on this store?)")

// Open opens the index file at path, creating it if needed. An empty path
// gives a temporary index (a file in the system's temporary directory,
// removed on Close), for stores that live in memory.
//
// If the file was written with another layout, or with match keys that the
// normalisation (translit, morph) no longer computes, its contents are
// dropped and Complete reports false until Sync has rebuilt it.
func Open(path string, opt Options) (*Names, error) {
	n := &Names{}
	if path == "" {
		f, err := os.CreateTemp("", "dossier-names-*.bolt")
		if err != nil {
			return nil, fmt.Errorf("open name index: %w", err)
		}
		f.Close()
		path, n.temp = f.Name(), f.Name()
	}
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: time.Second, NoSync: opt.NoSync})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("open name index %s: %w", path, ErrInUse)
	}
	if err != nil {
		n.removeTemp()
		return nil, fmt.Errorf("open name index %s: %w", path, err)
	}
	n.db = db
	upgrade := false
	err = db.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists([]byte(bMeta))
		if err != nil {
			return err
		}
		fp := fingerprint()
		upgrade = string(meta.Get([]byte("format"))) == formatNoSums && string(meta.Get([]byte("keys"))) == fp
		if !upgrade && (string(meta.Get([]byte("format"))) != format || string(meta.Get([]byte("keys"))) != fp) {
			// New, or written by another layout or normalisation: start empty.
			for _, b := range []string{bState, bDoc, bEnt, bTok, bSum} {
				if err := tx.DeleteBucket([]byte(b)); err != nil && !errors.Is(err, bolt.ErrBucketNotFound) {
					return err
				}
			}
			if err := meta.Put([]byte("format"), []byte(format)); err != nil {
				return err
			}
			if err := meta.Put([]byte("keys"), []byte(fp)); err != nil {
				return err
			}
			if err := meta.Put([]byte("complete"), []byte("0")); err != nil {
				return err
			}
		}
		for _, b := range []string{bState, bDoc, bEnt, bTok, bSum} {
			if _, err := tx.CreateBucketIfNotExists([]byte(b)); err != nil {
				return err
			}
		}
		n.complete.Store(string(meta.Get([]byte("complete"))) == "1")
		return nil
	})
	if err == nil && upgrade {
		err = n.addSummaries()
	}
	if err != nil {
		n.Close()
		return nil, fmt.Errorf("open name index %s: %w", path, err)
	}
	return n, nil
}

// addSummaries upgrades an index of formatNoSums: every posting gets its
// entity's summary, in transactions of upgradeBatch postings, and the
// format is recorded last. Interrupted, it starts again on the next Open;
// a posting without its summary is still read right (Find looks the
// summary up), only slower.
func (n *Names) addSummaries() error {
	var from []byte
	for {
		done := false
		err := n.db.Update(func(tx *bolt.Tx) error {
			tok, sums := tx.Bucket([]byte(bTok)), tx.Bucket([]byte(bSum))
			c := tok.Cursor()
			k, v := c.First()
			if from != nil {
				k, v = c.Seek(from)
			}
			type put struct{ k, v []byte }
			var puts []put
			for ; k != nil && len(puts) < upgradeBatch; k, v = c.Next() {
				i := bytes.IndexByte(k, 0)
				count, sum := readPosting(v)
				if i < 0 || sum != nil {
					continue
				}
				s := sums.Get(k[i+1:])
				if s == nil {
					continue
				}
				puts = append(puts, put{slices.Clone(k), postingValue(count, s)})
			}
			for _, p := range puts {
				if err := tok.Put(p.k, p.v); err != nil {
					return err
				}
			}
			if k == nil {
				done = true
				return tx.Bucket([]byte(bMeta)).Put([]byte("format"), []byte(format))
			}
			from = slices.Clone(k)
			return nil
		})
		if err != nil {
			return fmt.Errorf("add summaries to the postings: %w", err)
		}
		if done {
			return nil
		}
	}
}

// upgradeBatch is the number of postings addSummaries rewrites per
// transaction.
const upgradeBatch = 200000

// Close closes the index (and removes a temporary one).
func (n *Names) Close() error {
	err := n.db.Close()
	n.removeTemp()
	return err
}

func (n *Names) removeTemp() {
	if n.temp != "" {
		os.Remove(n.temp)
	}
}

// Complete reports whether the index was last brought up to date with a
// whole store by Sync and no write has failed since. A new index, one whose
// keys were dropped on Open, and one whose IndexDocuments failed are not
// complete: Sync them before trusting Find to know every entity.
func (n *Names) Complete() bool { return n.complete.Load() }

// setComplete records the completeness flag, in memory and in the file.
func (n *Names) setComplete(ok bool) error {
	n.complete.Store(ok)
	v := []byte("0")
	if ok {
		v = []byte("1")
	}
	return n.db.Update(func(tx *bolt.Tx) error { return tx.Bucket([]byte(bMeta)).Put([]byte("complete"), v) })
}

// Entity is an entity as the index knows it.
type Entity struct {
	IRI  string             `json:"iri"`
	Type dossier.EntityType `json:"type,omitempty"`
	// Name is the preferred name (Latin script).
	Name string `json:"name"`
	// Names are every form the documents write (and the standard names of
	// the gazetteer), sorted.
	Names []string `json:"names"`
	// Docs is the number of documents that mention the entity.
	Docs int `json:"docs"`
}

// Entity returns the entity iri (a full IRI, without angle brackets); ok is
// false when no indexed document mentions it.
func (n *Names) Entity(ctx context.Context, iri string) (e Entity, ok bool, err error) {
	err = n.db.View(func(tx *bolt.Tx) error {
		r, err := getEnt(tx, iri)
		if err != nil || r == nil {
			return err
		}
		e, ok = r.entity(iri), true
		return nil
	})
	if err != nil {
		return Entity{}, false, fmt.Errorf("name index: entity %s: %w", iri, err)
	}
	return e, ok, nil
}

// docRecord is what one document contributes to the index.
type docRecord struct {
	Hash     string      `json:"hash"`
	Entities []docEntity `json:"entities"`
}

// docEntity is one entity a document mentions, with the forms it gives.
type docEntity struct {
	IRI   string             `json:"iri"`
	Type  dossier.EntityType `json:"type,omitempty"`
	Name  string             `json:"name,omitempty"`
	Forms []string           `json:"forms"`
}

// entRecord is an entity summed over the documents that mention it.
type entRecord struct {
	Type dossier.EntityType `json:"type,omitempty"`
	Name string             `json:"name,omitempty"`
	Docs int                `json:"docs"`
	// Forms counts, for each form, the documents that give it.
	Forms map[string]int `json:"forms"`
}

func (r *entRecord) entity(iri string) Entity {
	e := Entity{IRI: iri, Type: r.Type, Name: r.Name, Docs: r.Docs, Names: make([]string, 0, len(r.Forms))}
	for f := range r.Forms {
		e.Names = append(e.Names, f)
	}
	slices.Sort(e.Names)
	return e
}

func getEnt(tx *bolt.Tx, iri string) (*entRecord, error) {
	b := tx.Bucket([]byte(bEnt)).Get([]byte(iri))
	if b == nil {
		return nil, nil
	}
	var r entRecord
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("entity record %s: %w", iri, err)
	}
	return &r, nil
}

// tokKey is the key of a posting: the match key, NUL, the entity IRI.
func tokKey(key, iri string) []byte {
	b := make([]byte, 0, len(key)+1+len(iri))
	b = append(b, key...)
	b = append(b, 0)
	return append(b, iri...)
}

// eachPosting calls fn for every posting whose match key starts with
// prefix (exact: equals prefix), with the key, the entity IRI and the
// entity's summary the posting holds (nil if none), until fn returns false
// or limit postings were seen (limit <= 0: no limit).
func eachPosting(tx *bolt.Tx, prefix string, exact bool, limit int, fn func(key, iri string, sum []byte) bool) {
	seek := []byte(prefix)
	if exact {
		seek = append(seek, 0)
	}
	c := tx.Bucket([]byte(bTok)).Cursor()
	seen := 0
	for k, v := c.Seek(seek); k != nil && bytes.HasPrefix(k, seek); k, v = c.Next() {
		i := bytes.IndexByte(k, 0)
		if i < 0 {
			continue
		}
		_, sum := readPosting(v)
		if !fn(string(k[:i]), string(k[i+1:]), sum) {
			return
		}
		seen++
		if limit > 0 && seen >= limit {
			return
		}
	}
}

// putCount adds delta to the count of posting k, keeping its summary;
// a count that falls to zero removes the posting.
func putCount(b *bolt.Bucket, k []byte, delta int) error {
	n, sum := readPosting(b.Get(k))
	n += delta
	if n <= 0 {
		return b.Delete(k)
	}
	return b.Put(k, postingValue(n, sum))
}

// postingValue is a posting's value: the number of the entity's forms
// with the posting's key, then the entity's summary (none: nil), so that
// Find ranks the postings of a key without reading each entity.
func postingValue(count int, sum []byte) []byte {
	return append(binary.AppendUvarint(make([]byte, 0, 2+len(sum)), uint64(count)), sum...)
}

// readPosting splits a posting's value; sum is nil when the value has
// none (written by formatNoSums, or before the entity's first flush).
func readPosting(v []byte) (count int, sum []byte) {
	x, k := binary.Uvarint(v)
	if k <= 0 {
		return 0, nil
	}
	if len(v) > k {
		sum = v[k:]
	}
	return int(x), sum
}

// summary is the small record Find ranks candidates by before it reads
// their full entity records: the type (its index in dossier.EntityTypes,
// 0xff for none) and the number of documents.
func summary(r *entRecord) []byte {
	t := byte(0xff)
	if i := typeRank(r.Type); i >= 0 {
		t = byte(i)
	}
	return binary.AppendUvarint([]byte{t}, uint64(r.Docs))
}

func readSummary(b []byte) (dossier.EntityType, int) {
	if len(b) < 2 {
		return "", 0
	}
	var t dossier.EntityType
	if int(b[0]) < len(dossier.EntityTypes) {
		t = dossier.EntityTypes[b[0]]
	}
	d, _ := binary.Uvarint(b[1:])
	return t, int(d)
}
