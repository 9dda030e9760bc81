package graph

import (
	"context"
	"database/sql"
	"encoding/json"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/internal/storetest"
	"github.com/dossier-kg/dossier/internal/testenv"
	"github.com/dossier-kg/dossier/schema"
)

// dumpPostgres returns Cayley's two tables as sorted lines: every node row
// whole (hash, reference count, value columns), and every quad's four
// hashes (the serial number and the time stamp left out: the only things
// two writers of the same quads write differently).
func dumpPostgres(t *testing.T, db *sql.DB) []string {
	t.Helper()
	var out []string
	for _, q := range []string{
		`SELECT 'node ' || row_to_json(n)::text FROM nodes n`,
		`SELECT 'quad ' || json_build_array(subject_hash, predicate_hash, object_hash, label_hash)::text FROM quads`,
	} {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			out = append(out, s)
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
	}
	sort.Strings(out)
	return out
}

// typedDoc is a document whose objects are of every value type Cayley's
// SQL backend stores in a column of its own.
func typedDoc(id string) dossier.DocumentStatements {
	g := quad.IRI(schema.DocIRI(id))
	d := storetest.Statements(id, "typed", [2]string{"a", "e"})
	s := quad.IRI(schema.ID + "person/e")
	for i, o := range []quad.Value{
		quad.Int(1937), quad.Float(0.75), quad.Bool(true),
		quad.Time(time.Date(1938, 11, 6, 0, 0, 0, 0, time.UTC)),
		quad.LangString{Value: "Эркин", Lang: "ky"},
		quad.TypedString{Value: "1938-11", Type: "http://www.w3.org/2001/XMLSchema#gYearMonth"},
		quad.String("with a \t tab, a \\ backslash and a\nnewline"),
	} {
		p := quad.IRI(schema.NS + "testValue" + string(rune('a'+i)))
		d = append(d, dossier.Statement{Doc: id, Quad: quad.Quad{Subject: s, Predicate: p, Object: o, Label: g}})
	}
	return dossier.DocumentStatements{ID: id, Statements: d}
}

// TestPostgresBulkMatchesCayley: Dossier's COPY writer and Cayley's own,
// given the same documents (new, changed, removed, sharing entities, values
// of every type), leave the same rows in Cayley's tables, read back the same
// quads through Cayley, and give the same Gizmo answers.
func TestPostgresBulkMatchesCayley(t *testing.T) {
	ctx := context.Background()
	ours, theirs := openTest(t, Postgres), openTest(t, Postgres)
	t.Cleanup(func() { ours.Close(); theirs.Close() })
	ourPG, ok := ours.add.(*pgAppender)
	if !ok {
		t.Fatalf("postgres store writes with %T, want the COPY appender", ours.add)
	}
	theirPG := theirs.add.(*pgAppender)
	theirs.add = cayleyAdder{theirs.qs}

	queries := []string{
		`g.V().All()`,
		`g.V("<` + schema.ID + `person/a>").Out().All()`,
		`g.V("<` + schema.ID + `person/b>").In("<` + schema.PredicateIRI(dossier.WroteTo) + `>").Out("<` + schema.PredicateIRI(dossier.WroteTo) + `>").All()`,
		`g.V().Has("<` + schema.NS + `testValuea>", 1937).All()`,
		`g.V("<` + schema.ID + `person/e>").OutPredicates().All()`,
		`g.Emit(g.V().Count())`,
	}
	for _, st := range writeSteps(t, typedDoc("c/t.txt")) {
		for _, s := range []*Store{ours, theirs} {
			if err := st.apply(ctx, s); err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
		}
		a, b := dumpPostgres(t, ourPG.db), dumpPostgres(t, theirPG.db)
		if strings.Join(a, "\n") != strings.Join(b, "\n") {
			t.Fatalf("after %s the tables differ:\n%s", st.name, diffLines(a, b))
		}
		qa, qb := allQuads(t, ours), allQuads(t, theirs)
		if len(qa) == 0 || strings.Join(qa, "\n") != strings.Join(qb, "\n") {
			t.Fatalf("after %s Cayley reads %d quads from ours, %d from its own:\n%s", st.name, len(qa), len(qb), diffLines(qa, qb))
		}
		for _, q := range queries {
			ra, rb := gizmo(t, ours, q), gizmo(t, theirs, q)
			if ra != rb {
				t.Fatalf("after %s, %s:\nours   %s\ncayley %s", st.name, q, ra, rb)
			}
		}
	}
	// The answers are not empty ones compared equal.
	if r := gizmo(t, ours, queries[3]); !strings.Contains(r, "person/e") {
		t.Fatalf("typed value query = %s, want person/e", r)
	}
	if r := gizmo(t, ours, queries[1]); !strings.Contains(r, "person/d") {
		t.Fatalf("changed document query = %s, want person/d", r)
	}
}

func allQuads(t *testing.T, s *Store) []string {
	t.Helper()
	var out []string
	err := s.AllQuads(context.Background(), func(q quad.Quad) error {
		out = append(out, q.NQuad())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// gizmo runs q and returns its results as sorted JSON lines.
func gizmo(t *testing.T, s *Store, q string) string {
	t.Helper()
	r, err := s.Query(context.Background(), q, QueryOptions{Timeout: 30 * time.Second})
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	var lines []string
	for _, x := range r.Results {
		b, err := json.Marshal(x)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// TestPostgresReopen: a second opening of a database finds Dossier's tables
// and label index and does not try to create them again; read-only opening
// of a database without them fails clearly.
func TestPostgresReopen(t *testing.T) {
	ctx := context.Background()
	url := testenv.Postgres(t)
	if _, err := Open(Config{Backend: Postgres, Path: url, ReadOnly: true}); err == nil || !strings.Contains(err.Error(), "build one first") {
		t.Fatalf("read-only open of an empty database = %v, want build one first", err)
	}
	s, err := Open(Config{Backend: Postgres, Path: url})
	if err != nil {
		t.Fatal(err)
	}
	st := storetest.Statements("c/a.txt", "h1", [2]string{"a", "b"})
	if err := s.Replace(ctx, []dossier.DocumentStatements{{ID: "c/a.txt", Statements: st}}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(Config{Backend: Postgres, Path: url, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	qs, err := s.DocumentQuads(ctx, "c/a.txt")
	if err != nil || len(qs) != len(st) {
		t.Fatalf("after reopening: %d quads, %v; want %d", len(qs), err, len(st))
	}
	var idx int
	if err := s.add.(*pgAppender).db.QueryRow(`SELECT count(*) FROM pg_indexes WHERE indexname = 'dossier_label_index' AND schemaname = current_schema()`).Scan(&idx); err != nil || idx != 1 {
		t.Fatalf("label index: %d, %v", idx, err)
	}
}

func TestRedact(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"postgres://u:secret@h/db?sslmode=disable", "postgres://u:xxxxx@h/db?sslmode=disable"},
		{"postgres://u@h/db", "postgres://u@h/db"},
		{"some/folder", "some/folder"},
	} {
		if got := Redact(tc.in); got != tc.want {
			t.Errorf("Redact(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
