package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/ingest"
	"github.com/dossier-kg/dossier/schema"
)

func newShowCommand(a *app) *cobra.Command {
	var span string
	cmd := &cobra.Command{
		Use:   "show DOC [--span START:END]",
		Short: "Print a document's text, or the passage a fact's span points to",
		Long: `Show prints the text of a document the store holds, or with --span the
passage between two byte offsets: the spans facts carry (dossier:span
"120:245", the "span" of extract --format facts) point into this text, which
is the document as it was read: a text file decoded, a PDF, web page, Word
file or scan as its reader rendered it.

DOC is a document ID (seeds/000.txt), its IRI, its file name when only one
document has it, or the path of the file that was built. The text comes from
the store (build.store_text); when the store does not keep texts, the file is
read again from where it was built, and refused if it changed since.`,
		Example: `  dossier show seeds/000_c833685d500f9386.txt --span 1450:1520
  dossier show 002_7986682ad044b200.txt
  dossier show ../shared/corpus/seeds/001_9e155fb2b19865b4.txt --span 0:200`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config(cmd, ingestBinds)
			if err != nil {
				return err
			}
			var sp *dossier.Span
			if span != "" {
				s, err := dossier.ParseSpan(span)
				if err != nil {
					return usagef("--span: %w", err)
				}
				sp = &s
			}
			st, err := openStore(cfg, true)
			if err != nil {
				return err
			}
			defer st.Close()
			return runShow(cmd.Context(), a, cfg, st, args[0], sp)
		},
	}
	cmd.Flags().StringVar(&span, "span", "", "byte offsets START:END of the passage to print")
	addIngestFlags(cmd)
	return cmd
}

// errChanged means a document's file no longer holds what was built.
var errChanged = errors.New("the file changed since it was built; rebuild it to show its current text")

func runShow(ctx context.Context, a *app, cfg *Config, st *graph.Store, ref string, sp *dossier.Span) error {
	id, err := resolveDocument(ctx, st, ref)
	if err != nil {
		return err
	}
	props, err := st.DocumentProperties(ctx, id)
	if err != nil {
		return fmt.Errorf("show: %w", err)
	}
	text, err := documentText(ctx, cfg, id, props)
	if err != nil {
		return fmt.Errorf("show %s: %w", id, err)
	}
	if sp == nil {
		fmt.Fprint(a.stdout, text)
		if !strings.HasSuffix(text, "\n") {
			fmt.Fprintln(a.stdout)
		}
		return nil
	}
	if !sp.Valid(len(text)) {
		return usagef("show %s: --span %s is outside the text (%d bytes)", id, sp, len(text))
	}
	for _, off := range []int{sp.Start, sp.End} {
		if off < len(text) && !utf8.RuneStart(text[off]) {
			return usagef("show %s: --span %s: byte %d is inside a character (spans are byte offsets into the UTF-8 text)", id, sp, off)
		}
	}
	line, col := dossier.Position(text, sp.Start)
	fmt.Fprintf(a.stderr, "%s %s (line %d, column %d)\n", id, sp, line, col)
	fmt.Fprintln(a.stdout, text[sp.Start:sp.End])
	return nil
}

// resolveDocument finds the ID of the document ref names.
func resolveDocument(ctx context.Context, st *graph.Store, ref string) (string, error) {
	if id, ok := schema.DocID(strings.Trim(ref, "<>")); ok {
		ref = id
	}
	docs, err := st.Documents(ctx)
	if err != nil {
		return "", fmt.Errorf("show: %w", err)
	}
	var byName []string
	for _, d := range docs {
		if d.ID == ref {
			return d.ID, nil
		}
		if strings.HasSuffix(d.ID, "/"+ref) {
			byName = append(byName, d.ID)
		}
	}
	if info, err := os.Stat(ref); err == nil && !info.IsDir() {
		// A file given as built: its ID is "<folder>/<name>" (see ingest.Walk).
		abs, _ := filepath.Abs(ref)
		id := filepath.Base(filepath.Dir(abs)) + "/" + filepath.Base(ref)
		for _, d := range docs {
			if d.ID == id {
				return id, nil
			}
		}
	}
	switch len(byName) {
	case 1:
		return byName[0], nil
	case 0:
		return "", usagef("show: the store holds no document %q (see dossier export, or the dossier:path of documents)", ref)
	}
	return "", usagef("show: %q names %d documents (%s): give the ID", ref, len(byName), strings.Join(byName, ", "))
}

// documentText is the document's text from the store or, failing that, read
// again from its file.
func documentText(ctx context.Context, cfg *Config, id string, props map[string][]string) (string, error) {
	if t := props[schema.PText]; len(t) == 1 {
		return t[0], nil
	}
	src := props[schema.PSourcePath]
	if len(src) != 1 {
		return "", errors.New("the store keeps neither the text (build.store_text) nor where the file was read from")
	}
	doc, err := newReader(cfg).Read(ctx, ingest.Item{Path: src[0], ID: id, Explicit: true})
	if err != nil {
		return "", fmt.Errorf("the store does not keep the text (build.store_text), and reading the file again failed: %w", err)
	}
	if h := props[schema.PHash]; len(h) != 1 || h[0] != doc.Hash {
		return "", fmt.Errorf("%s: %w", src[0], errChanged)
	}
	return doc.Text, nil
}
