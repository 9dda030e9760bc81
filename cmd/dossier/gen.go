package main

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier/gen"
)

type genOptions struct {
	cards   int
	seed    uint64
	perFile int
	out     string
}

func newGenCommand(a *app) *cobra.Command {
	var o genOptions
	cmd := &cobra.Command{
		Use:   "gen --cards N [--seed S] -o DIR",
		Short: "Generate a synthetic collection of archive cards with its gold",
		Long: `Gen writes N synthetic records of victims of repression — archive cards and
memorial-book records in Kyrgyz, Russian and English — into DIR (files of
--per-file records, in folders of at most a thousand files), and the facts
every record states into DIR/gold.jsonl, in the gold format dossier eval
reads. The same --cards, --seed and --per-file give the same bytes; a
smaller collection is the start of a larger one.`,
		Example: `  dossier gen --cards 100000 --seed 1 -o /tmp/cards
  dossier build --db /tmp/cards.db /tmp/cards
  dossier eval --gold /tmp/cards/gold.jsonl /tmp/cards`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := a.config(cmd, nil); err != nil {
				return err
			}
			if o.cards < 1 {
				return usagef("--cards must be at least 1")
			}
			if o.out == "" {
				return usagef("-o DIR is required")
			}
			if o.perFile < 1 {
				return usagef("--per-file must be at least 1")
			}
			g, err := gen.New(gen.Options{Cards: o.cards, Seed: o.seed, PerFile: o.perFile})
			if err != nil {
				return err
			}
			start := time.Now()
			sum, err := g.Write(cmd.Context(), o.out, nil)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "gen: %d cards in %d files (%.1f MB) and %d gold lines (%s) in %s\n",
				sum.Cards, sum.Files, float64(sum.Bytes)/1e6, sum.GoldLines, filepath.Join(o.out, gen.GoldFile),
				time.Since(start).Round(time.Millisecond))
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.cards, "cards", 0, "number of records to generate (required)")
	f.Uint64Var(&o.seed, "seed", 1, "seed: the same seed gives the same collection")
	f.IntVar(&o.perFile, "per-file", gen.DefaultPerFile, "records per file")
	f.StringVarP(&o.out, "out", "o", "", "folder to write into (required)")
	return cmd
}
