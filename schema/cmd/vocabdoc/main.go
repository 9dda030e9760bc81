// Command vocabdoc writes docs/vocabulary.md and docs/vocabulary.ttl from
// the vocabulary in package schema, so the documentation cannot drift from
// the code: run `go generate ./schema` after changing schema/vocab.go (a
// test fails until you do).
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dossier-kg/dossier/export"
	"github.com/dossier-kg/dossier/schema"
)

func main() {
	dir := flag.String("dir", "docs", "directory to write vocabulary.md and vocabulary.ttl to")
	flag.Parse()
	files, err := render()
	if err == nil {
		for name, b := range files {
			if err = os.WriteFile(filepath.Join(*dir, name), b, 0o644); err != nil {
				break
			}
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "vocabdoc:", err)
		os.Exit(1)
	}
}

// render returns the contents of the generated files by name.
func render() (map[string][]byte, error) {
	var md, ttl bytes.Buffer
	if err := schema.WriteVocabularyMarkdown(&md); err != nil {
		return nil, err
	}
	if _, err := export.WriteTurtle(context.Background(), export.NewQuads(schema.VocabularyQuads()), &ttl); err != nil {
		return nil, err
	}
	return map[string][]byte{"vocabulary.md": md.Bytes(), "vocabulary.ttl": ttl.Bytes()}, nil
}
