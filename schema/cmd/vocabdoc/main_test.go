package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-kg/dossier/internal/testenv"
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
