package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-kg/dossier/internal/parsers"
	"github.com/dossier-kg/dossier/internal/testenv"
	"github.com/dossier-kg/dossier/schema"
)

// TestGeneratedFilesAreCurrent fails when docs/vocabulary.md or
// docs/vocabulary.ttl differ from what the vocabulary in schema/ generates.
func TestGeneratedFilesAreCurrent(t *testing.T) {
	files, err := render()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		path := filepath.Join(testenv.RepoRoot(t), "docs", name)
		got, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s: %v (run `go generate ./schema`)", path, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("docs/%s is out of date with schema/vocab.go: run `go generate ./schema`", name)
		}
	}
}

// TestExamplesAreTurtle runs rapper on every example of the vocabulary
// (with its prefixes), so the documentation shows quads a parser accepts.
func TestExamplesAreTurtle(t *testing.T) {
	var b bytes.Buffer
	for _, p := range schema.ReadablePrefixes() {
		fmt.Fprintf(&b, "@prefix %s: <%s> .\n", p.Name, p.IRI)
	}
	terms := schema.Terms()
	for _, term := range terms {
		b.WriteString(term.Example() + "\n")
	}
	path := filepath.Join(t.TempDir(), "examples.ttl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if n, _ := parsers.Rapper(t, "turtle", path); n != len(terms) {
		t.Fatalf("rapper read %d examples of %d", n, len(terms))
	}
	parsers.Rapper(t, "turtle", filepath.Join(testenv.RepoRoot(t), "docs", "vocabulary.ttl"))
}
