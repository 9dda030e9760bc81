// Package storetest is the conformance suite every dossier.Store adapter
// passes: per-document replacement, idempotent rewrites, isolation between
// documents (a triple two documents state survives the removal of one), and
// all-or-nothing batches.
package storetest

import (
	"context"
	"fmt"
	"sort"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/schema"
)

// Store is what the suite needs: the store itself and a way to read one
// document's quads back.
type Store interface {
	dossier.Store
	DocumentQuads(ctx context.Context, id string) ([]quad.Quad, error)
}

// Run runs the suite; open returns a new, empty store (closed by the suite).
func Run(t *testing.T, open func(t *testing.T) Store) {
	for _, tc := range []struct {
		name string
		fn   func(*testing.T, Store)
	}{
		{"EmptyState", testEmptyState},
		{"ReplaceAndState", testReplaceAndState},
		{"Idempotent", testIdempotent},
		{"ChangedDocument", testChangedDocument},
		{"SharedTriple", testSharedTriple},
		{"AtomicBatch", testAtomicBatch},
		{"Remove", testRemove},
		{"StateBesideWrites", testStateBesideWrites},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tc.fn(t, s)
		})
	}
}

// Statements builds the statements of a small document: its hash and
// extractor on the document node, plus one triple per (subject, object).
func Statements(id, hash string, pairs ...[2]string) []dossier.Statement {
	g := quad.IRI(schema.DocIRI(id))
	out := []dossier.Statement{
		{Quad: quad.Quad{Subject: g, Predicate: quad.IRI(schema.RDFType), Object: quad.IRI(schema.ClassSource), Label: g}, Doc: id},
		{Quad: quad.Quad{Subject: g, Predicate: quad.IRI(schema.PHash), Object: quad.String(hash), Label: g}, Doc: id},
		{Quad: quad.Quad{Subject: g, Predicate: quad.IRI(schema.PExtractor), Object: quad.String("test"), Label: g}, Doc: id},
	}
	for _, p := range pairs {
		out = append(out, dossier.Statement{Doc: id, Quad: quad.Quad{
			Subject:   quad.IRI(schema.ID + "person/" + p[0]),
			Predicate: quad.IRI(schema.PredicateIRI(dossier.WroteTo)),
			Object:    quad.IRI(schema.ID + "person/" + p[1]),
			Label:     g,
		}})
	}
	return out
}

func keys(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	sort.Strings(out)
	return out
}

func stmtKeys(ss []dossier.Statement) []string {
	qs := make([]quad.Quad, len(ss))
	for i, s := range ss {
		qs[i] = s.Quad
	}
	return keys(qs)
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func mustReplace(t *testing.T, s Store, docs ...dossier.DocumentStatements) {
	t.Helper()
	if err := s.Replace(context.Background(), docs); err != nil {
		t.Fatalf("Replace: %v", err)
	}
}

func mustQuads(t *testing.T, s Store, id string) []string {
	t.Helper()
	qs, err := s.DocumentQuads(context.Background(), id)
	if err != nil {
		t.Fatalf("DocumentQuads(%s): %v", id, err)
	}
	return keys(qs)
}

func testEmptyState(t *testing.T, s Store) {
	_, ok, err := s.State(context.Background(), "x/none.txt")
	if err != nil || ok {
		t.Fatalf("State of a missing document = ok %v, err %v; want false, nil", ok, err)
	}
}

func testReplaceAndState(t *testing.T, s Store) {
	st := Statements("c/a.txt", "h1", [2]string{"a", "b"})
	mustReplace(t, s, dossier.DocumentStatements{ID: "c/a.txt", Statements: st})
	got, ok, err := s.State(context.Background(), "c/a.txt")
	if err != nil || !ok || got.Hash != "h1" || got.Extractor != "test" {
		t.Fatalf("State = %+v, %v, %v; want hash h1, extractor test", got, ok, err)
	}
	if q := mustQuads(t, s, "c/a.txt"); !equal(q, stmtKeys(st)) {
		t.Fatalf("quads = %v, want %v", q, stmtKeys(st))
	}
}

func testIdempotent(t *testing.T, s Store) {
	st := Statements("c/a.txt", "h1", [2]string{"a", "b"}, [2]string{"a", "c"})
	doc := dossier.DocumentStatements{ID: "c/a.txt", Statements: st}
	mustReplace(t, s, doc)
	first := mustQuads(t, s, "c/a.txt")
	mustReplace(t, s, doc)
	mustReplace(t, s, doc)
	if again := mustQuads(t, s, "c/a.txt"); !equal(first, again) {
		t.Fatalf("rewriting the same statements changed the document: %v -> %v", first, again)
	}
}

func testChangedDocument(t *testing.T, s Store) {
	a1 := Statements("c/a.txt", "h1", [2]string{"a", "b"}, [2]string{"a", "c"})
	b := Statements("c/b.txt", "hb", [2]string{"x", "y"})
	mustReplace(t, s, dossier.DocumentStatements{ID: "c/a.txt", Statements: a1}, dossier.DocumentStatements{ID: "c/b.txt", Statements: b})
	a2 := Statements("c/a.txt", "h2", [2]string{"a", "d"})
	mustReplace(t, s, dossier.DocumentStatements{ID: "c/a.txt", Statements: a2})
	if q := mustQuads(t, s, "c/a.txt"); !equal(q, stmtKeys(a2)) {
		t.Fatalf("changed document holds %v, want exactly %v", q, stmtKeys(a2))
	}
	if q := mustQuads(t, s, "c/b.txt"); !equal(q, stmtKeys(b)) {
		t.Fatalf("other document changed: %v, want %v", q, stmtKeys(b))
	}
}

func testSharedTriple(t *testing.T, s Store) {
	a := Statements("c/a.txt", "ha", [2]string{"p", "q"})
	b := Statements("c/b.txt", "hb", [2]string{"p", "q"})
	mustReplace(t, s, dossier.DocumentStatements{ID: "c/a.txt", Statements: a}, dossier.DocumentStatements{ID: "c/b.txt", Statements: b})
	if err := s.RemoveDocument(context.Background(), "c/a.txt"); err != nil {
		t.Fatal(err)
	}
	if q := mustQuads(t, s, "c/b.txt"); !equal(q, stmtKeys(b)) {
		t.Fatalf("removing one document took the other's copy of a shared triple: %v", q)
	}
}

func testAtomicBatch(t *testing.T, s Store) {
	good := Statements("c/a.txt", "h1", [2]string{"a", "b"})
	mustReplace(t, s, dossier.DocumentStatements{ID: "c/a.txt", Statements: good})
	before := mustQuads(t, s, "c/a.txt")
	// the second document's statement is labelled with another graph: the
	// whole batch must fail and leave the store as it was
	bad := Statements("c/b.txt", "hb", [2]string{"x", "y"})
	bad[2].Quad.Label = quad.IRI(schema.DocIRI("c/elsewhere.txt"))
	err := s.Replace(context.Background(), []dossier.DocumentStatements{
		{ID: "c/a.txt", Statements: Statements("c/a.txt", "h2", [2]string{"a", "z"})},
		{ID: "c/b.txt", Statements: bad},
	})
	if err == nil {
		t.Fatal("Replace accepted a statement outside its document's graph")
	}
	if after := mustQuads(t, s, "c/a.txt"); !equal(before, after) {
		t.Fatalf("a failed batch changed the store: %v -> %v", before, after)
	}
	if _, ok, _ := s.State(context.Background(), "c/b.txt"); ok {
		t.Fatal("a failed batch wrote part of a document")
	}
}

func testRemove(t *testing.T, s Store) {
	mustReplace(t, s, dossier.DocumentStatements{ID: "c/a.txt", Statements: Statements("c/a.txt", "h", [2]string{"a", "b"})})
	if err := s.RemoveDocument(context.Background(), "c/a.txt"); err != nil {
		t.Fatal(err)
	}
	if q := mustQuads(t, s, "c/a.txt"); len(q) != 0 {
		t.Fatalf("removed document still holds %v", q)
	}
	if _, ok, _ := s.State(context.Background(), "c/a.txt"); ok {
		t.Fatal("removed document still has a state")
	}
}

// testStateBesideWrites: State runs while Replace writes (a build's workers
// ask whether a document changed while its writer stores others), and
// always sees a complete document.
func testStateBesideWrites(t *testing.T, s Store) {
	ctx := context.Background()
	if err := s.Replace(ctx, []dossier.DocumentStatements{{ID: "c/fixed.txt", Statements: Statements("c/fixed.txt", "h0", [2]string{"a", "b"})}}); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	errs := make(chan error, 2)
	for range 2 {
		go func() {
			for {
				select {
				case <-done:
					errs <- nil
					return
				default:
				}
				st, ok, err := s.State(ctx, "c/fixed.txt")
				if err != nil || !ok || st.Hash != "h0" {
					errs <- fmt.Errorf("state beside a write = %+v, %v, %v", st, ok, err)
					return
				}
				if _, _, err := s.State(ctx, "c/new-7.txt"); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	for b := range 20 {
		var docs []dossier.DocumentStatements
		for k := range 10 {
			id := fmt.Sprintf("c/new-%d.txt", b*10+k)
			docs = append(docs, dossier.DocumentStatements{ID: id, Statements: Statements(id, "h", [2]string{fmt.Sprintf("p%d", b*10+k), fmt.Sprintf("q%d", b)})})
		}
		if err := s.Replace(ctx, docs); err != nil {
			close(done)
			t.Fatal(err)
		}
	}
	close(done)
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}
