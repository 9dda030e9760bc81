package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/jsonld" // registers the JSON-LD reader
	_ "github.com/cayleygraph/quad/nquads" // registers the N-Quads reader
	"github.com/spf13/cobra"
)

func newLoadCommand(a *app) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "load FILE",
		Short: "Load quads from a file (N-Quads, JSON-LD, …) into the store",
		Example: `  dossier export -o graph.nq && dossier load --db /tmp/copy.db graph.nq
  dossier load --format jsonld graph.jsonld`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config(cmd, nil)
			if err != nil {
				return err
			}
			f, err := os.Open(args[0])
			if err != nil {
				return fmt.Errorf("load: %w", err)
			}
			defer f.Close()
			var fm *quad.Format
			if format != "" {
				fm = quad.FormatByName(format)
			} else {
				fm = quad.FormatByExt(filepath.Ext(args[0]))
			}
			if fm == nil || fm.Reader == nil {
				return usagef("load %s: unknown format (use --format nquads or jsonld)", args[0])
			}
			st, err := openStore(cfg, false)
			if err != nil {
				return err
			}
			defer st.Close()
			r := fm.Reader(f)
			defer r.Close()
			n, err := st.Load(cmd.Context(), r, 10000)
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			fmt.Fprintf(a.stderr, "load: %d quads from %s\n", n, args[0])
			// The loaded documents' names go into the name index.
			idx, err := openIndex(cfg)
			if err != nil {
				return err
			}
			defer idx.Close()
			return syncIndex(cmd.Context(), idx, st, true, a.logger(cfg))
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "input format (default: from the file extension)")
	return cmd
}
