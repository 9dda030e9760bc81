package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-kg/dossier/index"
	"github.com/dossier-kg/dossier/internal/testenv"
)

func TestFindAndNamedQueriesOnTheSeeds(t *testing.T) {
	seeds := testenv.Shared(t, "corpus", "seeds")
	db := filepath.Join(t.TempDir(), "seeds.db")
	mustRun(t, "build", "--db", db, seeds)
	if _, err := os.Stat(filepath.Join(db, index.File)); err != nil {
		t.Fatalf("the build left no name index beside the store: %v", err)
	}
	for _, q := range []string{"Абдрахманов", "Abdrakhmanov", "Жусуп", "Абдрахмановдун"} {
		out, _ := mustRun(t, "find", "--db", db, q)
		if first := strings.SplitN(out, "\n", 2)[0]; !strings.Contains(first, "<"+strings.Trim(abdr, "<>")+">") {
			t.Errorf("find %s: first line %q", q, first)
		}
	}
	out, _ := mustRun(t, "find", "--db", db, "--json", "--type", "person", "Ж.", "Абдрахманов")
	var hits []index.Hit
	if err := json.Unmarshal([]byte(out), &hits); err != nil || len(hits) == 0 || hits[0].Matched != "Ж. Абдрахманов" {
		t.Errorf("find --json: %v %+v", err, hits)
	}
	if _, _, err := run(t, "find", "--db", db, "Nobodyov"); exitCode(err) != 1 {
		t.Errorf("find of nobody: exit %d, want 1", exitCode(err))
	}
	if _, _, err := run(t, "find", "--db", db, "--type", "ship", "x"); exitCode(err) != 2 {
		t.Errorf("find --type ship: exit %d, want 2", exitCode(err))
	}

	out, _ = mustRun(t, "query", "--db", db, "--named", "correspondence", "--param", "person=Сталин", "--param", "from=1925")
	var res struct {
		Query  string
		Params map[string]struct{ Given, IRI string }
		Result []map[string]any
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("query --named output: %v\n%s", err, out)
	}
	// by hand: Abdrakhmanov's letters to Stalin of 1925, 1929 and 1930
	if res.Query != "correspondence" || res.Params["person"].IRI != strings.Trim(stalin, "<>") || len(res.Result) != 3 {
		t.Errorf("letters to Stalin from 1925: %+v", res)
	}
	for _, r := range res.Result {
		if r["source"] != abdr {
			t.Errorf("row %v is not Abdrakhmanov's", r)
		}
	}
	script, _ := mustRun(t, "query", "--db", db, "--named", "path", "--param", "from=Abdrakhmanov", "--param", "to=Peters", "--script")
	if !strings.HasPrefix(script, "// path:") || !strings.Contains(script, `"to":"<https://w3id.org/dossier/id/person/jekabs-peters>"`) {
		t.Errorf("--script:\n%.300s", script)
	}
	list, _ := mustRun(t, "query", "--list")
	for _, name := range []string{"ego", "correspondence", "timeline", "where", "members", "path", "comentions"} {
		if !strings.Contains(list, name+" — ") {
			t.Errorf("--list lacks %s", name)
		}
	}
	for _, bad := range [][]string{
		{"--named", "nosuch"},
		{"--named", "ego"},
		{"--named", "ego", "--param", "person"},
		{"--named", "ego", "--param", "person=Nobodyov"},
		{"--param", "person=x", "g.V().All()"},
	} {
		if _, _, err := run(t, append([]string{"query", "--db", db}, bad...)...); exitCode(err) != 2 {
			t.Errorf("query %v: exit %d (%v), want 2", bad, exitCode(err), err)
		}
	}
}

func TestNameIndexFollowsBuildsAndLoads(t *testing.T) {
	corpus := filepath.Join(t.TempDir(), "c")
	os.MkdirAll(corpus, 0o755)
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(corpus, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "On December 10, 1921, Joffe wrote to Chicherin from Tashkent.\n")
	write("b.txt", "J. X. Peters to I. V. Stalin\n\nApril 3, 1922\n\nOld Bukhara.\n\nDear comrade Stalin, the crisis is over.\n\nWith communist greetings, Peters.\n")
	db := filepath.Join(t.TempDir(), "x.db")
	mustRun(t, "build", "--db", db, corpus)
	mustRun(t, "find", "--db", db, "Chicherin")

	// a changed document takes its old names out of the index
	write("a.txt", "On December 10, 1921, Joffe wrote to Karakhan from Tashkent.\n")
	mustRun(t, "build", "--db", db, corpus)
	if _, _, err := run(t, "find", "--db", db, "Chicherin"); exitCode(err) != 1 {
		t.Errorf("Chicherin still found after the only document naming him changed (exit %d)", exitCode(err))
	}
	mustRun(t, "find", "--db", db, "Karakhan")

	// an index lost or left behind is rebuilt from the store
	if err := os.Remove(filepath.Join(db, index.File)); err != nil {
		t.Fatal(err)
	}
	out, _ := mustRun(t, "find", "--db", db, "Петерс")
	if !strings.Contains(out, "jekabs-peters") {
		t.Errorf("after losing the index: %s", out)
	}

	// a store loaded from an export has its names indexed
	nq, _ := mustRun(t, "export", "--db", db)
	file := filepath.Join(t.TempDir(), "g.nq")
	os.WriteFile(file, []byte(nq), 0o644)
	db2 := filepath.Join(t.TempDir(), "y.db")
	mustRun(t, "load", "--db", db2, file)
	out, _ = mustRun(t, "find", "--db", db2, "Karakhan")
	if !strings.Contains(out, "karakhan") {
		t.Errorf("loaded store: %s", out)
	}
}
