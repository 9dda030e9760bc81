package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dossier-kg/dossier/internal/testenv"
)

// TestPostgresEndToEnd: the sample collection built into PostgreSQL (with
// the COPY writer) and into bolt gives the same N-Quads and facts exports,
// the same rows for every named query and the same name search; a changed document rebuilt
// replaces its statements in both alike.
func TestPostgresEndToEnd(t *testing.T) {
	url := testenv.Postgres(t)
	pg := []string{"--backend", "postgres", "--index", filepath.Join(t.TempDir(), "names.bolt")}
	bolt := filepath.Join(t.TempDir(), "b.db")
	corpus := filepath.Join(t.TempDir(), "c")
	if err := os.CopyFS(corpus, os.DirFS(testenv.Corpus(t))); err != nil {
		t.Fatal(err)
	}
	build := func() {
		_, errs := mustRun(t, append([]string{"build", "--db", url, corpus}, pg...)...)
		mustRun(t, "build", "--db", bolt, corpus)
		if !strings.Contains(errs, " built") {
			t.Fatalf("postgres build: %s", errs)
		}
	}
	compare := func(when string) {
		t.Helper()
		a, b := exportSet(t, url, pg...), exportSet(t, bolt)
		if a == "" || a != b {
			t.Fatalf("%s: the postgres export (%d lines) differs from bolt's (%d lines)", when, strings.Count(a, "\n"), strings.Count(b, "\n"))
		}
		for _, q := range [][]string{
			{"ego", "person=Abdrakhmanov"}, {"correspondence", "person=Сталин"}, {"timeline", "person=Tynystanov"},
			{"members", "org=Совнарком"}, {"path", "from=Abdrakhmanov", "to=Peters"}, {"comentions", "person=Abdrakhmanov"},
		} {
			args := []string{"query", "--named", q[0]}
			for _, p := range q[1:] {
				args = append(args, "--param", p)
			}
			ra, rb := namedRows(t, append(args, append([]string{"--db", url}, pg...)...)), namedRows(t, append(args, "--db", bolt))
			if len(ra) == 0 || strings.Join(ra, "\n") != strings.Join(rb, "\n") {
				t.Errorf("%s: %s: postgres %d rows, bolt %d rows", when, q[0], len(ra), len(rb))
			}
		}
		fa, _ := mustRun(t, append([]string{"find", "--db", url, "Абдрахманов"}, pg...)...)
		fb, _ := mustRun(t, "find", "--db", bolt, "Абдрахманов")
		if fa == "" || fa != fb {
			t.Errorf("%s: find: postgres %q, bolt %q", when, fa, fb)
		}
	}
	build()
	compare("first build")
	// The facts export reads entity and statement records (on PostgreSQL
	// from each node's subgraph, see graph/records.go).
	fa, _ := mustRun(t, append([]string{"export", "--db", url, "--format", "facts"}, pg...)...)
	fb, _ := mustRun(t, "export", "--db", bolt, "--format", "facts")
	if la, lb := sortedLines(fa), sortedLines(fb); len(la) < 100 || strings.Join(la, "\n") != strings.Join(lb, "\n") {
		t.Errorf("facts export: postgres %d lines, bolt %d lines, not the same", len(la), len(lb))
	}

	name := filepath.Join(corpus, "en-cards-tashkent-1938.txt")
	text, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, append(text, []byte("\nOn March 3, 1925, Abdrakhmanov wrote to Stalin from Tashkent.\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	build()
	compare("after a changed document")
}

func sortedLines(s string) []string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	sort.Strings(lines)
	return lines
}

// namedRows runs a named query and returns its rows as sorted JSON, lists
// inside a row sorted too (comentions lists its documents in the order
// the store iterates them, which differs between backends).
func namedRows(t *testing.T, args []string) []string {
	t.Helper()
	out, _ := mustRun(t, args...)
	var res struct {
		Result []map[string]any `json:"result"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%s: %v", strings.Join(args, " "), err)
	}
	var rows []string
	for _, r := range res.Result {
		for k, v := range r {
			if list, ok := v.([]any); ok {
				sort.Slice(list, func(i, j int) bool { return fmt.Sprint(list[i]) < fmt.Sprint(list[j]) })
				r[k] = list
			}
		}
		b, _ := json.Marshal(r)
		rows = append(rows, string(b))
	}
	sort.Strings(rows)
	return rows
}
