package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/internal/storetest"
	"github.com/dossier-kg/dossier/internal/testenv"
)

func openTest(t testing.TB, backend string) *Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "db")
	if backend == Postgres {
		path = testenv.Postgres(t)
	}
	s, err := Open(Config{Backend: backend, Path: path})
	if err != nil {
		t.Fatalf("Open %s: %v", backend, err)
	}
	return s
}

func TestConformance(t *testing.T) {
	for _, b := range Backends {
		t.Run(b, func(t *testing.T) {
			storetest.Run(t, func(t *testing.T) storetest.Store { return openTest(t, b) })
		})
	}
}

func TestOpenUnknownBackend(t *testing.T) {
	if _, err := Open(Config{Backend: "nosuch", Path: t.TempDir()}); err == nil || !strings.Contains(err.Error(), "unknown backend") {
		t.Fatalf("Open(nosuch) = %v, want unknown backend error", err)
	}
}

func TestReopenKeepsDataAndLabelIndex(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	s, err := Open(Config{Backend: Bolt, Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	st := storetest.Statements("c/a.txt", "h1", [2]string{"a", "b"})
	if err := s.Replace(context.Background(), []dossier.DocumentStatements{{ID: "c/a.txt", Statements: st}}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(Config{Backend: Bolt, Path: dir, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	qs, err := s.DocumentQuads(context.Background(), "c/a.txt")
	if err != nil || len(qs) != len(st) {
		t.Fatalf("after reopening: %d quads, %v; want %d", len(qs), err, len(st))
	}
	if err := s.RemoveDocument(context.Background(), "c/a.txt"); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("write to a read-only store = %v, want ErrReadOnly", err)
	}
	docs, err := s.Documents(context.Background())
	if err != nil || len(docs) != 1 || docs[0].ID != "c/a.txt" || docs[0].Hash != "h1" {
		t.Fatalf("Documents = %+v, %v", docs, err)
	}
}

func TestReadOnlyMissingDatabase(t *testing.T) {
	_, err := Open(Config{Backend: Bolt, Path: filepath.Join(t.TempDir(), "none"), ReadOnly: true})
	if err == nil || !strings.Contains(err.Error(), "build one first") {
		t.Fatalf("Open read-only on nothing = %v", err)
	}
}

func seed(t *testing.T, s *Store) {
	t.Helper()
	docs := []dossier.DocumentStatements{
		{ID: "c/a.txt", Statements: storetest.Statements("c/a.txt", "ha", [2]string{"abdrakhmanov", "stalin"}, [2]string{"peters", "stalin"})},
		{ID: "c/b.txt", Statements: storetest.Statements("c/b.txt", "hb", [2]string{"joffe", "chicherin"})},
	}
	if err := s.Replace(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
}

func TestQuery(t *testing.T) {
	s := openTest(t, Memstore)
	defer s.Close()
	seed(t, s)
	res, err := s.Query(context.Background(), `g.V("<https://w3id.org/dossier/id/person/abdrakhmanov>").Out("<https://w3id.org/dossier/ns#wroteTo>").All()`, QueryOptions{Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Results) != 1 || !strings.Contains(toString(res.Results[0]), "person/stalin") {
		t.Fatalf("results = %v, want Stalin", res.Results)
	}
}

func toString(v any) string {
	var b strings.Builder
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			b.WriteString(k + "=" + toString(x[k]) + " ")
		}
	case string:
		b.WriteString(x)
	default:
		b.WriteString(fmt.Sprint(x))
	}
	return b.String()
}

func TestQueryLimitMarksTruncation(t *testing.T) {
	s := openTest(t, Memstore)
	defer s.Close()
	seed(t, s)
	res, err := s.Query(context.Background(), `g.V().All()`, QueryOptions{Limit: 2, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Results) != 2 || !res.Truncated {
		t.Fatalf("got %d results, truncated=%v; want 2, true", len(res.Results), res.Truncated)
	}
	res, err = s.Query(context.Background(), `g.V("<https://w3id.org/dossier/id/person/joffe>").All()`, QueryOptions{Limit: 2, Timeout: 5 * time.Second})
	if err != nil || len(res.Results) != 1 || res.Truncated {
		t.Fatalf("small result: %v, truncated=%v, err %v", res.Results, res.Truncated, err)
	}
}

func TestQueryTimeoutStopsInfiniteLoop(t *testing.T) {
	s := openTest(t, Memstore)
	defer s.Close()
	start := time.Now()
	_, err := s.Query(context.Background(), `while(true){}`, QueryOptions{Timeout: 300 * time.Millisecond})
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("err = %v, want ErrTimeout", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Fatalf("query took %s to stop after a 300ms timeout", d)
	}
	// the store still answers
	if _, err := s.Query(context.Background(), `g.V().Limit(1).All()`, QueryOptions{Timeout: time.Second}); err != nil {
		t.Fatalf("next query after a timeout: %v", err)
	}
}

func TestQueryErrors(t *testing.T) {
	s := openTest(t, Memstore)
	defer s.Close()
	if _, err := s.Query(context.Background(), `g.V(`, QueryOptions{Timeout: time.Second}); err == nil {
		t.Fatal("a syntax error passed")
	}
	if _, err := s.Query(context.Background(), `x`, QueryOptions{Lang: "nosuch"}); !errors.Is(err, ErrLanguage) {
		t.Fatalf("unknown language: %v", err)
	}
}

func TestExportRoundTrip(t *testing.T) {
	for _, b := range Backends {
		t.Run(b, func(t *testing.T) {
			s := openTest(t, b)
			defer s.Close()
			seed(t, s)
			// a typed integer, which Cayley converts on read: the export must
			// still be valid N-Quads with a full datatype IRI
			var buf bytes.Buffer
			w := nquads.NewWriter(&buf)
			n, err := s.Export(context.Background(), w, "")
			if err != nil {
				t.Fatal(err)
			}
			w.Close()
			if strings.Contains(buf.String(), "<xsd:") {
				t.Fatalf("export has a prefixed datatype:\n%s", buf.String())
			}
			fresh := openTest(t, Memstore)
			defer fresh.Close()
			got, err := fresh.Load(context.Background(), nquads.NewReader(bytes.NewReader(buf.Bytes()), false), 100)
			if err != nil || got != n {
				t.Fatalf("loaded %d of %d quads: %v", got, n, err)
			}
			var again bytes.Buffer
			w2 := nquads.NewWriter(&again)
			if _, err := fresh.Export(context.Background(), w2, ""); err != nil {
				t.Fatal(err)
			}
			w2.Close()
			if a, b := sortedLines(buf.String()), sortedLines(again.String()); a != b {
				t.Fatalf("round trip changed the quads:\n%s\n---\n%s", a, b)
			}
		})
	}
}

func TestExportOneDocument(t *testing.T) {
	s := openTest(t, Bolt)
	defer s.Close()
	seed(t, s)
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	n, err := s.Export(context.Background(), w, "c/b.txt")
	w.Close()
	if err != nil || n != 4 || strings.Contains(buf.String(), "c/a.txt") {
		t.Fatalf("export of c/b.txt: %d quads, %v:\n%s", n, err, buf.String())
	}
	if _, err := s.Export(context.Background(), w, "c/none.txt"); !errors.Is(err, ErrNoDocument) {
		t.Fatalf("export of a missing document: %v", err)
	}
}

func TestNormalizeValue(t *testing.T) {
	cases := []struct {
		in   quad.Value
		want string
	}{
		{quad.Int(3), `"3"^^<http://www.w3.org/2001/XMLSchema#integer>`},
		{quad.Bool(true), `"true"^^<http://www.w3.org/2001/XMLSchema#boolean>`},
		{quad.TypedString{Value: "1925", Type: "xsd:gYear"}, `"1925"^^<http://www.w3.org/2001/XMLSchema#gYear>`},
		{quad.IRI("rdf:type"), `<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>`},
		{quad.String("x"), `"x"`},
	}
	for _, c := range cases {
		if got := NormalizeValue(c.in).String(); got != c.want {
			t.Errorf("NormalizeValue(%v) = %s, want %s", c.in, got, c.want)
		}
	}
}

func sortedLines(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}
