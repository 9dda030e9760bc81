package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/boltdb/bolt"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
	"google.golang.org/protobuf/proto"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/internal/fixture"
	"github.com/dossier-kg/dossier/internal/storetest"
	"github.com/dossier-kg/dossier/schema"
)

// dumpBolt returns every entry of a bolt store, log primitives decoded
// with their timestamps left out (the only thing two writers of the same
// quads may write differently).
func dumpBolt(t *testing.T, kv *kvAppender) []string {
	t.Helper()
	db := kv.db.(*hbolt.DB).DB()
	var out []string
	err := db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			if string(name) == string(dossierBucket) {
				return nil // Dossier's own marks, not Cayley's layout
			}
			return b.ForEach(func(k, v []byte) error {
				val := fmt.Sprintf("%x", v)
				if string(name) == "log" {
					var p cproto.Primitive
					if err := proto.Unmarshal(v, &p); err != nil {
						return err
					}
					p.Timestamp = 0
					val = fmt.Sprintf("id=%d s=%d p=%d o=%d l=%d del=%v value=%x", p.ID, p.Subject, p.Predicate, p.Object, p.Label, p.Deleted, p.Value)
				}
				out = append(out, fmt.Sprintf("%q %x = %s", name, k, val))
				return nil
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// TestAppenderWritesCayleysLayout: Dossier's writer and Cayley's, given the
// same documents (new, changed, removed, sharing entities), leave the same
// bytes in the store, entry for entry: the same IDs, reference counts,
// index lists, counters and log.
func TestAppenderWritesCayleysLayout(t *testing.T) {
	ctx := context.Background()
	open := func(name string) *Store {
		s, err := Open(Config{Backend: Bolt, Path: filepath.Join(t.TempDir(), name), NoSync: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	ours, theirs := open("ours"), open("theirs")
	ourKV, ok := ours.add.(*kvAppender)
	if !ok {
		t.Fatalf("bolt store writes with %T, want the appender", ours.add)
	}
	theirKV := theirs.add.(*kvAppender)
	theirs.add = cayleyAdder{theirs.qs}

	for _, st := range writeSteps(t) {
		for _, s := range []*Store{ours, theirs} {
			if err := st.apply(ctx, s); err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
		}
		a, b := dumpBolt(t, ourKV), dumpBolt(t, theirKV)
		if strings.Join(a, "\n") != strings.Join(b, "\n") {
			t.Fatalf("after %s the stores differ:\n%s", st.name, diffLines(a, b))
		}
	}
	n, err := ours.Count(ctx)
	if err != nil || n == 0 {
		t.Fatalf("Count = %d, %v", n, err)
	}
}

// writeStep is one step of the write histories the writer tests replay:
// documents to replace, or one to remove.
type writeStep struct {
	name   string
	docs   []dossier.DocumentStatements
	remove string
}

func (st writeStep) apply(ctx context.Context, s *Store) error {
	if st.remove != "" {
		return s.RemoveDocument(ctx, st.remove)
	}
	return s.Replace(ctx, st.docs)
}

// writeSteps is a history that exercises a writer: the fixture's documents
// and small ones sharing entities and a triple (plus extra), then one
// changed and one new, one removed, and the removed one back.
func writeSteps(t *testing.T, extra ...dossier.DocumentStatements) []writeStep {
	t.Helper()
	fx, err := fixture.Statements(schema.Encoder{ExtractorVersion: "test", StoreText: true})
	if err != nil {
		t.Fatal(err)
	}
	doc := func(id, hash string, pairs ...[2]string) dossier.DocumentStatements {
		return dossier.DocumentStatements{ID: id, Statements: storetest.Statements(id, hash, pairs...)}
	}
	first := append(fx, doc("c/a.txt", "h1", [2]string{"a", "b"}, [2]string{"a", "c"}), doc("c/b.txt", "h2", [2]string{"a", "b"}))
	return []writeStep{
		{name: "new documents", docs: append(first, extra...)},
		{name: "one changed, one new", docs: []dossier.DocumentStatements{doc("c/a.txt", "h3", [2]string{"a", "d"}), doc("c/c.txt", "h4", [2]string{"d", "b"})}},
		{name: "a removed document", remove: "c/b.txt"},
		{name: "the removed one back", docs: []dossier.DocumentStatements{doc("c/b.txt", "h2", [2]string{"a", "b"})}},
	}
}

// diffLines lists the lines only one side has (at most 20 of each).
func diffLines(a, b []string) string {
	in := func(xs []string) map[string]bool {
		m := map[string]bool{}
		for _, x := range xs {
			m[x] = true
		}
		return m
	}
	ma, mb := in(a), in(b)
	var out []string
	for _, x := range a {
		if !mb[x] && len(out) < 20 {
			out = append(out, "ours only:   "+x)
		}
	}
	k := len(out)
	for _, x := range b {
		if !ma[x] && len(out)-k < 20 {
			out = append(out, "cayley only: "+x)
		}
	}
	return strings.Join(out, "\n")
}
