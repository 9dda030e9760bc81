package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// ScaleEnv names the environment variable that runs TestScaleBuild with
// that many generated cards (e.g. DOSSIER_SCALE_CARDS=100000); unset, the
// test is skipped: it takes minutes.
const ScaleEnv = "DOSSIER_SCALE_CARDS"

// TestScaleBuild generates N cards (dossier gen), builds them (dossier
// build --nosync) and checks the build's summary against the files
// written, then that a person of the gold annotations is found by name
// and has a timeline.
func TestScaleBuild(t *testing.T) {
	n := os.Getenv(ScaleEnv)
	if n == "" {
		t.Skip("skipping: set " + ScaleEnv + "=N to generate and build N cards (minutes for 100000)")
	}
	if _, err := strconv.Atoi(n); err != nil {
		t.Fatalf("%s=%q: %v", ScaleEnv, n, err)
	}
	dir := t.TempDir()
	corpus, db := filepath.Join(dir, "cards"), filepath.Join(dir, "cards.db")
	mustRun(t, "gen", "--cards", n, "--seed", "7", "-o", corpus)
	files := 0
	err := filepath.WalkDir(corpus, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
			files++
		}
		return err
	})
	if err != nil || files == 0 {
		t.Fatalf("gen wrote %d files: %v", files, err)
	}
	_, errs := mustRun(t, "build", "--nosync", "--db", db, corpus)
	t.Log(strings.TrimSpace(errs))
	var docs, built, unchanged, failed, entities, facts, quads int
	line := errs[strings.LastIndex(errs, "build: "):]
	if _, err := fmt.Sscanf(line, "build: %d documents: %d built, %d unchanged, %d failed; %d entities, %d facts, %d quads;",
		&docs, &built, &unchanged, &failed, &entities, &facts, &quads); err != nil {
		t.Fatalf("summary %q: %v", line, err)
	}
	if docs != files || built != files || failed != 0 || facts == 0 || quads < facts {
		t.Fatalf("summary %q for %d files", line, files)
	}

	// The first person of the gold annotations: found by name, with dated facts.
	f, err := os.Open(filepath.Join(corpus, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var person string
	for sc := bufio.NewScanner(f); sc.Scan() && person == ""; {
		var g struct{ Kind, Type, Subject string }
		if json.Unmarshal(sc.Bytes(), &g) == nil && g.Kind == "entity" && g.Type == "Person" {
			person = g.Subject
		}
	}
	out, _ := mustRun(t, "find", "--db", db, "--type", "person", person)
	if !strings.Contains(out, person) {
		t.Fatalf("find %q:\n%s", person, out)
	}
	if rows := namedRows(t, []string{"query", "--db", db, "--named", "timeline", "--param", "person=" + person}); len(rows) == 0 {
		t.Fatalf("no timeline for %s", person)
	}
}
