package graph

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt" // registers bolt with Cayley (tools that open stores by name)
	cleveldb "github.com/cayleygraph/cayley/graph/kv/leveldb"
	_ "github.com/cayleygraph/cayley/graph/memstore" // registers memstore
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/schema"
)

// Backends Dossier opens.
const (
	Bolt     = "bolt"
	LevelDB  = "leveldb"
	Memstore = "memstore"
	// Postgres is a PostgreSQL server, through Cayley's SQL backend; the
	// path is a URL (postgres://user:pass@host/db?sslmode=disable).
	Postgres = "postgres"
)

// Backends lists the backend names Open accepts.
var Backends = []string{Bolt, LevelDB, Memstore, Postgres}

// IsServer reports whether backend is a database server, whose path is a
// URL rather than a folder.
func IsServer(backend string) bool { return backend == Postgres }

// Config says which store to open.
type Config struct {
	Backend string
	// Path is the database directory (bolt, leveldb) or URL (server backends).
	Path string
	// NoSync skips fsync on every commit (bolt, leveldb): faster bulk builds,
	// at the price of losing the last commits on a power cut (never a
	// half-written document: commits stay atomic).
	NoSync bool
	// ReadOnly refuses every write.
	ReadOnly bool
}

// ErrReadOnly is returned by writes to a store opened read-only.
var ErrReadOnly = errors.New("store is read-only")

// Store is a Cayley quad store holding Dossier's graph. It implements
// dossier.Store. Writes are serialised; reads may run concurrently.
type Store struct {
	qs  cgraph.QuadStore
	cfg Config
	// add writes quads new to the store; Replace uses it after deleting
	// what a changed document held.
	add     adder
	writeMu sync.Mutex
	// memMu keeps a memstore's readers and its writer apart (Cayley's
	// memstore is plain maps; the other backends read in transactions):
	// the build's workers ask State while its writer runs Replace. See
	// readLock and writeLock.
	memMu sync.RWMutex
	// boltDB is the database of a bolt store (nil for other backends), with
	// the quad indexes its metadata records: what MarkDeletes and Ego's raw
	// reader use.
	boltDB    *bolt.DB
	kvIndexes []ckv.QuadIndex
}

// adder writes quads the store does not hold yet (all distinct), all or
// none. forget is called after Cayley deleted quads, so that the adder
// drops what it remembers of nodes that may be gone.
type adder interface {
	append(ctx context.Context, qs []quad.Quad) error
	forget()
}

// cayleyAdder adds through Cayley's own write path (ApplyDeltas), for the
// backends without a faster one (memstore).
type cayleyAdder struct{ qs cgraph.QuadStore }

func (a cayleyAdder) append(_ context.Context, qs []quad.Quad) error {
	deltas := make([]cgraph.Delta, len(qs))
	for i, q := range qs {
		deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Add}
	}
	return a.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true})
}

func (cayleyAdder) forget() {}

var _ dossier.Store = (*Store)(nil)

// Open opens (creating if needed) the store cfg describes.
func Open(cfg Config) (*Store, error) {
	var (
		s   = &Store{cfg: cfg}
		err error
	)
	switch cfg.Backend {
	case Bolt, "":
		s.cfg.Backend = Bolt
		err = s.openKV(filepath.Join(cfg.Path, boltFile), createBolt, openBolt)
	case LevelDB:
		err = s.openKV(filepath.Join(cfg.Path, "CURRENT"), cleveldb.Create, cleveldb.Open)
	case Postgres:
		err = s.openPostgres()
	case Memstore:
		if !cgraph.IsRegistered(Memstore) {
			return nil, fmt.Errorf("open store: backend %q is not registered", Memstore)
		}
		s.qs, err = cgraph.NewQuadStore(Memstore, "", nil)
		s.add = cayleyAdder{s.qs}
	default:
		return nil, fmt.Errorf("open store: unknown backend %q (want one of %v)", cfg.Backend, Backends)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s store %s: %w", cfg.Backend, Redact(cfg.Path), err)
	}
	return s, nil
}

// kvIndexes are the quad indexes Dossier's KV stores keep: Cayley's two
// defaults (subject-predicate, object-predicate-subject) and one on the label,
// so that "every quad of document D" is a prefix scan, not a full scan. They
// are recorded in the database's metadata, which Cayley reads back on open.
const kvIndexes = `[{"dirs":[1,2],"unique":false},{"dirs":[3,2,1],"unique":false},{"dirs":[4],"unique":false}]`

type kvOpener func(path string, opt cgraph.Options) (hkv.KV, error)

// boltFile is the database file in a bolt store's folder (the name
// Cayley's bolt backend uses, so that Cayley opens Dossier's stores).
const boltFile = "indexes.bolt"

// boltMmap is the size bolt maps the file at first. Bolt remaps as the
// file grows, and each remap inside a transaction visits every bucket the
// transaction has opened — in a bulk write, thousands of Cayley's hash
// buckets. Mapping address space is free on 64-bit machines; only the
// pages used take memory.
const boltMmap = 8 << 30

func createBolt(path string, opt cgraph.Options) (hkv.KV, error) {
	if err := os.MkdirAll(path, 0o700); err != nil {
		return nil, err
	}
	return openBolt(path, opt)
}

func openBolt(path string, opt cgraph.Options) (hkv.KV, error) {
	nosync, err := opt.BoolKey("nosync", false)
	if err != nil {
		return nil, err
	}
	db, err := bolt.Open(filepath.Join(path, boltFile), 0o600, &bolt.Options{Timeout: 3 * time.Second, InitialMmapSize: boltMmap})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("%s is in use by another process (a running dossier serve or build?)", path)
	}
	if err != nil {
		return nil, err
	}
	db.NoSync, db.NoGrowSync = nosync, nosync
	return hbolt.New(db), nil
}

// openKV opens a bolt or leveldb store, creating it if marker (a file the
// database always has) is missing. Cayley's bloom filters are off: they
// cost 0.6 GB and a scan of every quad at each opening, and Dossier's own
// writer (kvAppender) writes past them, which would make them wrong.
func (s *Store) openKV(marker string, create, open kvOpener) error {
	cfg := s.cfg
	opts := cgraph.Options{"nosync": cfg.NoSync, ckv.OptNoBloom: true}
	if _, err := os.Stat(marker); errors.Is(err, os.ErrNotExist) {
		if cfg.ReadOnly {
			return fmt.Errorf("no database at %s (build one first)", cfg.Path)
		}
		if err := initKV(cfg.Path, opts, create); err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	db, err := open(cfg.Path, opts)
	if err != nil {
		return err
	}
	qs, err := ckv.New(db, opts)
	if err != nil {
		db.Close()
		return err
	}
	app, err := newKVAppender(context.Background(), db)
	if err != nil {
		qs.Close()
		return err
	}
	s.qs, s.add = qs, app
	if b, ok := db.(*hbolt.DB); ok {
		s.boltDB, s.kvIndexes = b.DB(), app.indexes
	}
	return nil
}

func initKV(path string, opts cgraph.Options, create kvOpener) error {
	db, err := create(path, opts)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx := context.Background()
	if err := ckv.Init(db, opts); err != nil {
		return err
	}
	return hkv.Update(ctx, db, func(tx hkv.Tx) error {
		if err := tx.Put(ctx, hkv.Key{[]byte("meta"), []byte("indexes")}, []byte(kvIndexes)); err != nil {
			return err
		}
		return hkv.CreateBucket(ctx, tx, hkv.Key{[]byte{quad.Label.Prefix()}})
	})
}

// QuadStore exposes the underlying Cayley store (for server/ and queries).
// A caller that deletes quads through it must call MarkDeletes first.
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// The bucket and key of a bolt store that record that quads may have been
// deleted from it (see MarkDeletes).
var (
	dossierBucket = []byte("dossier")
	deletesKey    = []byte("deletes")
)

// MarkDeletes records in a bolt store that quads may be deleted from it
// from now on. Cayley's KV stores mark a deleted quad in their log but
// keep its ID in the index lists; a reader that counts index entries
// (Ego) may take them as they are only in a store never deleted from.
// Other backends record nothing.
func (s *Store) MarkDeletes() error {
	if s.boltDB == nil {
		return nil
	}
	return s.boltDB.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(dossierBucket)
		if err != nil {
			return err
		}
		if b.Get(deletesKey) != nil {
			return nil
		}
		return b.Put(deletesKey, []byte("1"))
	})
}

// Backend names the backend in use.
func (s *Store) Backend() string { return s.cfg.Backend }

// Close closes the store.
func (s *Store) Close() error {
	err := s.qs.Close()
	if c, ok := s.add.(interface{ close() error }); ok {
		err = errors.Join(err, c.close())
	}
	return err
}

// Redact hides the password of a database URL in messages.
func Redact(path string) string {
	u, err := url.Parse(path)
	if err != nil || u.User == nil {
		return path
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// readLock holds a memstore's writer off while a read of the Store's own
// runs, and returns its release; other backends need no lock.
func (s *Store) readLock() func() {
	if s.cfg.Backend != "memstore" {
		return func() {}
	}
	s.memMu.RLock()
	return s.memMu.RUnlock
}

// writeLock is readLock for a write: no read of a memstore runs beside it.
func (s *Store) writeLock() func() {
	if s.cfg.Backend != "memstore" {
		return func() {}
	}
	s.memMu.Lock()
	return s.memMu.Unlock
}

// State implements dossier.Store.
func (s *Store) State(ctx context.Context, id string) (dossier.DocumentState, bool, error) {
	defer s.readLock()()
	st := dossier.DocumentState{ID: id}
	g := quad.IRI(schema.DocIRI(id))
	ref, err := s.qs.ValueOf(g)
	if err != nil || ref == nil {
		return st, false, err
	}
	found := false
	err = s.eachQuad(ctx, quad.Subject, ref, func(q quad.Quad) error {
		if q.Label != g {
			return nil
		}
		switch schema.IRIString(q.Predicate) {
		case schema.PHash:
			st.Hash = schema.Lit(q.Object)
			found = true
		case schema.PExtractor:
			st.Extractor = schema.Lit(q.Object)
		}
		return nil
	})
	if err != nil {
		return st, false, fmt.Errorf("state of %s: %w", id, err)
	}
	return st, found, nil
}

// eachQuad calls fn for every quad with value ref in direction d.
func (s *Store) eachQuad(ctx context.Context, d quad.Direction, ref cgraph.Ref, fn func(quad.Quad) error) error {
	it := s.qs.QuadIterator(d, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return err
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return it.Err()
}

// DocumentProperties returns the literal values the node of document id
// carries in its own graph, by predicate IRI: its content hash, format,
// source path, text (see schema.Encoder). It fails with ErrNoDocument when
// the store does not hold the document.
func (s *Store) DocumentProperties(ctx context.Context, id string) (map[string][]string, error) {
	defer s.readLock()()
	g := quad.IRI(schema.DocIRI(id))
	ref, err := s.qs.ValueOf(g)
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	if ref == nil {
		return nil, fmt.Errorf("document %s: %w", id, ErrNoDocument)
	}
	props := map[string][]string{}
	err = s.eachQuad(ctx, quad.Subject, ref, func(q quad.Quad) error {
		if q.Label == g {
			if _, iri := q.Object.(quad.IRI); !iri {
				p := schema.IRIString(q.Predicate)
				props[p] = append(props[p], schema.Lit(q.Object))
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	if len(props) == 0 {
		return nil, fmt.Errorf("document %s: %w", id, ErrNoDocument)
	}
	return props, nil
}

// DocumentQuads returns every quad in document id's named graph.
func (s *Store) DocumentQuads(ctx context.Context, id string) ([]quad.Quad, error) {
	defer s.readLock()()
	return s.documentQuads(ctx, id)
}

// documentQuads is DocumentQuads for a caller that holds the memstore's
// lock (Replace).
func (s *Store) documentQuads(ctx context.Context, id string) ([]quad.Quad, error) {
	g := quad.IRI(schema.DocIRI(id))
	ref, err := s.qs.ValueOf(g)
	if err != nil || ref == nil {
		return nil, err
	}
	var out []quad.Quad
	err = s.eachQuad(ctx, quad.Label, ref, func(q quad.Quad) error {
		out = append(out, q)
		return nil
	})
	return out, err
}

// ReplaceDocument writes one document's statements (see Replace).
func (s *Store) ReplaceDocument(ctx context.Context, id string, stmts []dossier.Statement) error {
	return s.Replace(ctx, []dossier.DocumentStatements{{ID: id, Statements: stmts}})
}

// Replace implements dossier.Store for several documents at once. A batch
// of new documents is one transaction; changed documents are first removed
// (one transaction) then written (another). An unchanged document writes
// nothing. A statement outside its document's graph fails the whole batch
// before anything is written.
func (s *Store) Replace(ctx context.Context, docs []dossier.DocumentStatements) error {
	if s.cfg.ReadOnly {
		return ErrReadOnly
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	defer s.writeLock()()
	var (
		adds []quad.Quad
		dels []cgraph.Delta
	)
	// A document given twice is written as its last statements: the writer
	// below relies on every quad it adds being new.
	last := make(map[string]int, len(docs))
	for i, d := range docs {
		last[d.ID] = i
	}
	for i, d := range docs {
		if last[d.ID] != i {
			continue
		}
		g := quad.IRI(schema.DocIRI(d.ID))
		old, err := s.documentQuads(ctx, d.ID)
		if err != nil {
			return fmt.Errorf("replace %s: %w", d.ID, err)
		}
		seen := make(map[quad.Quad]struct{}, len(d.Statements))
		var add []quad.Quad
		for _, st := range d.Statements {
			q := st.Quad
			if q.Label != g {
				return fmt.Errorf("replace %s: statement %s is not in the document's graph", d.ID, q.NQuad())
			}
			if _, dup := seen[q]; dup {
				continue
			}
			seen[q] = struct{}{}
			add = append(add, q)
		}
		if sameSet(old, seen) {
			continue // unchanged: write nothing
		}
		for _, q := range old {
			dels = append(dels, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
		adds = append(adds, add...)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	// A changed document is removed whole in one transaction and written
	// whole in a second: Cayley's KV stores lose the additions of a
	// transaction that also deletes (seen in the conformance suite). A
	// document is therefore either as it was, absent, or new, never part of
	// either; a build interrupted between the two finds it missing and
	// rebuilds it.
	if len(dels) > 0 {
		if err := s.MarkDeletes(); err != nil {
			return fmt.Errorf("delete %d quads: %w", len(dels), err)
		}
		err := s.qs.ApplyDeltas(dels, cgraph.IgnoreOpts{IgnoreMissing: true})
		s.add.forget()
		if err != nil {
			return fmt.Errorf("delete %d quads: %w", len(dels), err)
		}
	}
	if len(adds) > 0 {
		if err := s.add.append(ctx, adds); err != nil {
			return fmt.Errorf("write %d quads: %w", len(adds), err)
		}
	}
	return nil
}

func sameSet(old []quad.Quad, now map[quad.Quad]struct{}) bool {
	if len(old) != len(now) {
		return false
	}
	for _, q := range old {
		if _, ok := now[q]; !ok {
			return false
		}
	}
	return true
}

// RemoveDocument implements dossier.Store.
func (s *Store) RemoveDocument(ctx context.Context, id string) error {
	return s.Replace(ctx, []dossier.DocumentStatements{{ID: id}})
}

// Documents lists the source documents the store holds, sorted by ID.
//
// It reads the nodes typed as sources through the object index, then each
// one's content hash through the subject index: the stores keep no
// predicate index, and asking for every quad of the hash predicate would
// read the whole store (minutes at a million cards, at every build and
// every start of serve).
func (s *Store) Documents(ctx context.Context) ([]dossier.DocumentState, error) {
	defer s.readLock()()
	refs := make([]cgraph.Ref, 4)
	for i, v := range []quad.Value{quad.IRI(schema.ClassSource), quad.IRI(schema.RDFType), quad.IRI(schema.PHash)} {
		r, err := s.qs.ValueOf(v)
		if err != nil || r == nil {
			return nil, err // a store without documents
		}
		refs[i] = r
	}
	class, typ, hash := refs[0], refs[1], refs[2]
	// Quads are compared by the references of their parts, and only the
	// values wanted are read: a document node carries the document's text.
	var nodes []cgraph.Ref
	err := s.eachRef(ctx, quad.Object, class, func(q cgraph.Ref) error {
		p, err := s.qs.QuadDirection(q, quad.Predicate)
		if err != nil || !sameRef(p, typ) {
			return err
		}
		n, err := s.qs.QuadDirection(q, quad.Subject)
		nodes = append(nodes, n)
		return err
	})
	if err != nil {
		return nil, err
	}
	out := make([]dossier.DocumentState, 0, len(nodes))
	for _, n := range nodes {
		v, err := s.qs.NameOf(n)
		if err != nil {
			return nil, err
		}
		id, ok := schema.DocID(schema.IRIString(v))
		if !ok {
			continue
		}
		st := dossier.DocumentState{ID: id}
		err = s.eachRef(ctx, quad.Subject, n, func(q cgraph.Ref) error {
			p, err := s.qs.QuadDirection(q, quad.Predicate)
			if err != nil || !sameRef(p, hash) {
				return err
			}
			qd, err := s.qs.Quad(q)
			if err == nil && qd.Label == v {
				st.Hash = schema.Lit(qd.Object)
			}
			return err
		})
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// eachRef calls fn with the reference of every quad whose direction d is
// ref, without reading the quads' values.
func (s *Store) eachRef(ctx context.Context, d quad.Direction, ref cgraph.Ref, fn func(cgraph.Ref) error) error {
	it := s.qs.QuadIterator(d, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		if err := fn(it.Result()); err != nil {
			return err
		}
	}
	return it.Err()
}

// sameRef reports whether two references name the same node.
func sameRef(a, b cgraph.Ref) bool {
	return a != nil && b != nil && a.Key() == b.Key()
}

// Count returns the number of quads in the store (exact where the backend can).
func (s *Store) Count(ctx context.Context) (int64, error) {
	defer s.readLock()()
	st, err := s.qs.Stats(ctx, true)
	if err != nil {
		return 0, err
	}
	return st.Quads.Value, nil
}

// AllQuads iterates over every quad in the store.
func (s *Store) AllQuads(ctx context.Context, fn func(quad.Quad) error) error {
	defer s.readLock()()
	it := s.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return err
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return it.Err()
}
