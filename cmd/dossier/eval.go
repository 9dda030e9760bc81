package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier/eval"
	"github.com/dossier-kg/dossier/facts"
	"github.com/dossier-kg/dossier/ingest"
)

type evalOptions struct {
	gold    []string
	details bool
}

func newEvalCommand(a *app) *cobra.Command {
	var o evalOptions
	cmd := &cobra.Command{
		Use:   "eval --gold FILE PATH...",
		Short: "Score the extractor against gold annotations",
		Long: `Eval extracts the documents under PATH and scores the result against gold
annotations (JSON Lines in the format of ../shared/eval/README.md): precision,
recall and F1 for entities and relations, per document, per language and
overall. --details lists every miss and false positive.`,
		Example: `  dossier eval --gold ../shared/eval/seeds_gold.jsonl ../shared/corpus/seeds
  dossier eval --details --gold data/corpus/gold.jsonl data/corpus`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			batchGC()
			cfg, err := a.config(cmd, ingestBinds)
			if err != nil {
				return err
			}
			if len(o.gold) == 0 {
				return usagef("--gold FILE is required")
			}
			return runEval(cmd.Context(), a, cfg, o, args)
		},
	}
	cmd.Flags().StringSliceVar(&o.gold, "gold", nil, "gold annotations (JSON Lines); may repeat")
	cmd.Flags().BoolVar(&o.details, "details", false, "list misses and false positives")
	addIngestFlags(cmd)
	return cmd
}

func runEval(ctx context.Context, a *app, cfg *Config, o evalOptions, paths []string) error {
	var gold []eval.Gold
	for _, g := range o.gold {
		f, err := os.Open(g)
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		gs, err := eval.ReadGold(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("eval %s: %w", g, err)
		}
		gold = append(gold, gs...)
	}
	ex, err := newExtractor()
	if err != nil {
		return err
	}
	var pred []facts.Line
	langs := map[string]string{}
	failed := 0
	reader, log := newReader(cfg), a.logger(cfg)
	inputs := map[string]bool{}
	err = ingest.Walk(ctx, paths, func(it ingest.Item) error {
		inputs[filepath.Base(it.Path)] = true
		doc, err := reader.Read(ctx, it)
		if err != nil {
			failed++
			fmt.Fprintln(a.stderr, err)
			return nil
		}
		for _, n := range doc.Notes {
			log.Info("read", "file", doc.Path, "note", n)
		}
		x, err := ex.Extract(ctx, doc)
		if err != nil {
			failed++
			fmt.Fprintln(a.stderr, err)
			return nil
		}
		pred = append(pred, facts.FromExtraction(x, true)...)
		langs[doc.Name] = ex.DocumentLanguage(x)
		return nil
	}, func(err error) { failed++; fmt.Fprintln(a.stderr, err) })
	if err != nil {
		return err
	}
	// gold of documents that were not among the inputs is left out (a
	// document that was an input but failed still counts, as misses)
	kept := gold[:0]
	left := map[string]bool{}
	for _, g := range gold {
		if inputs[g.Doc] {
			kept = append(kept, g)
		} else {
			left[g.Doc] = true
		}
	}
	if len(left) > 0 {
		fmt.Fprintf(a.stderr, "eval: %d gold documents are not among the inputs and are left out\n", len(left))
	}
	rep := eval.Score(pred, kept, func(d string) string { return langs[d] })
	rep.Write(a.stdout, o.details)
	if failed > 0 {
		return fmt.Errorf("%w: %d", errPartial, failed)
	}
	return nil
}
