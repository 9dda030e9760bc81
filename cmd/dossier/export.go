package main

import (
	"fmt"
	"io"
	"os"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"
)

type exportOptions struct {
	format string
	output string
	doc    string
}

func newExportCommand(a *app) *cobra.Command {
	var o exportOptions
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export the store (or one document's graph) as quads",
		Example: `  dossier export --format nquads -o graph.nq
  dossier export --doc seeds/000_c833685d500f9386.txt`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config(cmd, nil)
			if err != nil {
				return err
			}
			fm := quad.FormatByName(o.format)
			if fm == nil || fm.Writer == nil {
				return usagef("--format %q: not a known writable format", o.format)
			}
			st, err := openStore(cfg, true)
			if err != nil {
				return err
			}
			defer st.Close()
			var out io.Writer = a.stdout
			if o.output != "" {
				f, err := os.Create(o.output)
				if err != nil {
					return fmt.Errorf("export: %w", err)
				}
				defer f.Close()
				out = f
			}
			w := fm.Writer(out)
			n, err := st.Export(cmd.Context(), w, o.doc)
			if err != nil {
				w.Close()
				return fmt.Errorf("export: %w", err)
			}
			if err := w.Close(); err != nil {
				return fmt.Errorf("export: %w", err)
			}
			fmt.Fprintf(a.stderr, "export: %d quads\n", n)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "nquads", "output format")
	f.StringVarP(&o.output, "output", "o", "", "write to FILE instead of standard output")
	f.StringVar(&o.doc, "doc", "", "export only this document's graph (its ID, e.g. seeds/000.txt)")
	return cmd
}
