package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/cayleygraph/quad/nquads"
	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/facts"
	"github.com/dossier-kg/dossier/ingest"
)

type extractOptions struct {
	output string
	format string
}

func newExtractCommand(a *app) *cobra.Command {
	var o extractOptions
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Extract entities and facts from documents and print them",
		Long: `Extract reads documents (files or folders: text, Markdown, HTML, PDF, Word,
scans; see build --help) and writes what it finds, without touching the
store: N-Quads (one named graph per document) or "facts", JSON Lines with one
line per entity and one per relation, each relation with its source file,
span (byte offsets into the document's text, see show) and evidence quote.`,
		Example: `  dossier extract ../shared/corpus/seeds/002_7986682ad044b200.txt
  dossier extract --format facts -o facts.jsonl data/corpus`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			batchGC()
			cfg, err := a.config(cmd, ingestBinds)
			if err != nil {
				return err
			}
			return runExtract(cmd.Context(), a, cfg, o, args)
		},
	}
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "write to FILE instead of standard output")
	cmd.Flags().StringVar(&o.format, "format", "nquads", "output format: nquads or facts")
	addIngestFlags(cmd)
	return cmd
}

func runExtract(ctx context.Context, a *app, cfg *Config, o extractOptions, paths []string) error {
	if o.format != "nquads" && o.format != "facts" {
		return usagef("--format %q: want nquads or facts", o.format)
	}
	ex, err := newExtractor()
	if err != nil {
		return err
	}
	var out io.Writer = a.stdout
	if o.output != "" {
		f, err := os.Create(o.output)
		if err != nil {
			return fmt.Errorf("extract: %w", err)
		}
		defer f.Close()
		out = f
	}
	var (
		qw     = nquads.NewWriter(out)
		fw     = facts.NewWriter(out)
		enc    = newEncoder(ex, false)
		failed = 0
	)
	report := func(err error) {
		failed++
		fmt.Fprintln(a.stderr, err)
	}
	reader, log := newReader(cfg), a.logger(cfg)
	// the facts format has no place for a file's hash; N-Quads record it
	reader.NoHash = o.format == "facts"
	err = ingest.Walk(ctx, paths, func(it ingest.Item) error {
		doc, err := reader.Read(ctx, it)
		if err != nil {
			report(err)
			return nil
		}
		for _, n := range doc.Notes {
			log.Info("read", "file", doc.Path, "note", n)
		}
		x, err := ex.Extract(ctx, doc)
		if err != nil {
			report(fmt.Errorf("%s: extract: %w", doc.Path, err))
			return nil
		}
		if o.format == "facts" {
			return fw.WriteExtraction(x, false)
		}
		return enc.Encode(x, func(s dossier.Statement) error { return qw.WriteQuad(s.Quad) })
	}, report)
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	if err := fw.Flush(); err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	if err := qw.Close(); err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	if failed > 0 {
		return fmt.Errorf("%w: %d", errPartial, failed)
	}
	return nil
}
