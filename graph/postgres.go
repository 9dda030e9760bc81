package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers postgres with Cayley, and lib/pq with database/sql
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// openPostgres opens the PostgreSQL database at cfg.Path (a URL) through
// Cayley's SQL backend, creating Cayley's tables if they are missing, and
// adds what Dossier's reads need: an index on the quad label, so that
// "every quad of document D" is an index scan, not a full one (Cayley
// indexes subject, predicate and object, never the label alone).
func (s *Store) openPostgres() error {
	cfg := s.cfg
	db, err := sql.Open("postgres", cfg.Path)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return err
	}
	var have bool
	if err := db.QueryRowContext(ctx, `SELECT to_regclass('quads') IS NOT NULL`).Scan(&have); err != nil {
		db.Close()
		return err
	}
	if !have {
		if cfg.ReadOnly {
			db.Close()
			return errors.New("no Dossier tables in this database (build one first)")
		}
		if err := cgraph.InitQuadStore(Postgres, cfg.Path, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			db.Close()
			return err
		}
	}
	if !cfg.ReadOnly {
		if _, err := db.ExecContext(ctx, `CREATE INDEX IF NOT EXISTS dossier_label_index ON quads (label_hash)`); err != nil {
			db.Close()
			return fmt.Errorf("label index: %w", err)
		}
	}
	qs, err := cgraph.NewQuadStore(Postgres, cfg.Path, nil)
	if err != nil {
		db.Close()
		return err
	}
	s.qs, s.add = qs, &pgAppender{db: db, nosync: cfg.NoSync}
	return nil
}

// pgAppender writes quads new to the store into Cayley's tables with
// COPY, in one transaction per batch: the batch's values, each once with
// how many quad directions refer to it, are copied into a temporary table
// and merged into nodes (new ones inserted, the reference counts of known
// ones raised, as Cayley's own writer does row by row); the quads are
// copied straight into quads. What Cayley reads is exactly what its own
// writer would have written (TestPostgresBulkMatchesCayley).
//
// Like kvAppender it relies on every quad being new (each document's quads
// carry its own label, and a changed document's old quads are deleted
// first); a quad already stored fails the batch on quads' unique index,
// and nothing of the batch is kept.
type pgAppender struct {
	db *sql.DB
	// nosync: commit without waiting for the write-ahead log to reach the
	// disk (synchronous_commit off); a crash may lose the last batches,
	// never part of one.
	nosync bool
}

// nodeColumns are the columns of Cayley's nodes table.
var nodeColumns = []string{"hash", "refs", "value", "value_string", "datatype", "language", "iri", "bnode", "value_int", "value_bool", "value_float", "value_time"}

func (a *pgAppender) forget() {}

func (a *pgAppender) close() error { return a.db.Close() }

func (a *pgAppender) append(ctx context.Context, qs []quad.Quad) error {
	if len(qs) == 0 {
		return nil
	}
	type node struct {
		v    quad.Value
		refs int
	}
	byValue := make(map[quad.Value]refs.ValueHash, len(qs))
	nodes := make(map[refs.ValueHash]*node, len(qs))
	hashes := make([][4]refs.ValueHash, len(qs))
	for i, q := range qs {
		for d, dir := range quad.Directions {
			v := q.Get(dir)
			if v == nil {
				continue
			}
			h, ok := byValue[v]
			if !ok {
				h = refs.HashOf(v)
				byValue[v] = h
			}
			n := nodes[h]
			if n == nil {
				n = &node{v: v}
				nodes[h] = n
			}
			n.refs++
			hashes[i][d] = h
		}
	}
	order := make([]refs.ValueHash, 0, len(nodes))
	for h := range nodes {
		order = append(order, h)
	}
	// Rows in hash order: the same order Cayley's writer takes locks in,
	// so two writers cannot deadlock.
	sort.Slice(order, func(i, j int) bool { return string(order[i][:]) < string(order[j][:]) })

	tx, err := a.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if a.nosync {
		if _, err := tx.ExecContext(ctx, `SET LOCAL synchronous_commit = off`); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `CREATE TEMP TABLE dossier_nodes_in (LIKE nodes) ON COMMIT DROP`); err != nil {
		return err
	}
	st, err := tx.PrepareContext(ctx, pq.CopyIn("dossier_nodes_in", nodeColumns...))
	if err != nil {
		return err
	}
	row := make([]any, len(nodeColumns))
	for _, h := range order {
		n := nodes[h]
		typ, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: h}, n.v)
		if err != nil {
			st.Close()
			return fmt.Errorf("value %v: %w", n.v, err)
		}
		clear(row)
		row[0], row[1] = vals[0], n.refs
		for i, col := range typ.Columns() {
			row[columnIndex(col)] = vals[i+1]
		}
		if _, err := st.ExecContext(ctx, row...); err != nil {
			st.Close()
			return err
		}
	}
	if _, err := st.ExecContext(ctx); err != nil {
		st.Close()
		return err
	}
	if err := st.Close(); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO nodes SELECT * FROM dossier_nodes_in ORDER BY hash
		ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`); err != nil {
		return fmt.Errorf("merge nodes: %w", err)
	}
	st, err = tx.PrepareContext(ctx, pq.CopyIn("quads", "subject_hash", "predicate_hash", "object_hash", "label_hash", "ts"))
	if err != nil {
		return err
	}
	now := time.Now()
	for i := range qs {
		var dirs [4]any
		for d, h := range hashes[i] {
			dirs[d] = csql.NodeHash{ValueHash: h}.SQLValue()
		}
		if _, err := st.ExecContext(ctx, dirs[0], dirs[1], dirs[2], dirs[3], now); err != nil {
			st.Close()
			return err
		}
	}
	if _, err := st.ExecContext(ctx); err != nil {
		st.Close()
		return fmt.Errorf("copy quads: %w", err)
	}
	if err := st.Close(); err != nil {
		return err
	}
	return tx.Commit()
}

func columnIndex(col string) int {
	for i, c := range nodeColumns {
		if c == col {
			return i
		}
	}
	panic("graph: Cayley writes unknown node column " + col)
}
