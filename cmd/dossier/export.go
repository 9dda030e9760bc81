package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier/export"
	"github.com/dossier-kg/dossier/facts"
	"github.com/dossier-kg/dossier/graph"
)

type exportOptions struct {
	format string
	output string
	doc    string
}

// factsFormat is the one format that is not in package export: it is read
// back through the graph's records, not walked as quads.
const factsFormat = "facts"

func newExportCommand(a *app) *cobra.Command {
	var o exportOptions
	var names []string
	for _, f := range export.Formats() {
		names = append(names, fmt.Sprintf("  %-9s %s", f.Name, f.Summary))
	}
	names = append(names, fmt.Sprintf("  %-9s %s", factsFormat, "JSON Lines of entities and relations with source, span and evidence (as `extract --format facts`)"))
	cmd := &cobra.Command{
		Use:   "export [--format F] [-o FILE] [--doc ID]",
		Short: "Export the store (or one document's graph) as RDF, a network or facts",
		Long: `Export writes the whole store, or with --doc one document's named graph, in
one of these formats (streamed: memory does not grow with the store):

` + strings.Join(names, "\n") + `

csv writes two files: with -o DIR/ (or an existing directory) DIR/nodes.csv
and DIR/edges.csv; with -o PREFIX, PREFIX-nodes.csv and PREFIX-edges.csv.
Other formats write to standard output unless -o FILE is given; a failed
export removes the files it began.`,
		Example: `  dossier export --format nquads -o graph.nq
  dossier export --format turtle --doc seeds/000_c833685d500f9386.txt
  dossier export --format gexf -o seeds.gexf
  dossier export --format csv -o tables/`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config(cmd, nil)
			if err != nil {
				return err
			}
			fm, known := export.FormatByName(o.format)
			if !known && o.format != factsFormat {
				return usagef("--format %q: want one of %s", o.format, formatNames())
			}
			if fm.Tables != nil && o.output == "" {
				return usagef("--format %s writes two files: give -o DIR/ or -o PREFIX", fm.Name)
			}
			st, err := openStore(cfg, true)
			if err != nil {
				return err
			}
			defer st.Close()
			return runExport(cmd.Context(), a, st, fm, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "nquads", "output format: "+formatNames())
	f.StringVarP(&o.output, "output", "o", "", "write to FILE (csv: DIR/ or PREFIX) instead of standard output")
	f.StringVar(&o.doc, "doc", "", "export only this document's graph (its ID, e.g. seeds/000.txt)")
	return cmd
}

func formatNames() string {
	var ns []string
	for _, f := range export.Formats() {
		ns = append(ns, f.Name)
	}
	return strings.Join(append(ns, factsFormat), ", ")
}

// runExport writes st (or the --doc view of it) in format fm (zero for facts).
func runExport(ctx context.Context, a *app, st *graph.Store, fm export.Format, o exportOptions) (err error) {
	src := st
	if o.doc != "" {
		if src, err = st.Document(ctx, o.doc); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		defer src.Close()
	}
	var files outputs
	defer func() { err = files.finish(err) }()
	if fm.Tables != nil {
		nodesPath, edgesPath, err := tablePaths(o.output)
		if err != nil {
			return err
		}
		nodes, err := files.create(nodesPath)
		if err != nil {
			return err
		}
		edges, err := files.create(edgesPath)
		if err != nil {
			return err
		}
		c, err := fm.Tables(ctx, src, nodes, edges)
		if err != nil {
			return err
		}
		fmt.Fprintf(a.stderr, "export: %d nodes to %s, %d edges to %s\n", c.Nodes, nodesPath, c.Edges, edgesPath)
		return nil
	}
	out := a.stdout
	if o.output != "" {
		if out, err = files.create(o.output); err != nil {
			return err
		}
	}
	if o.format == factsFormat {
		fw := facts.NewWriter(out)
		n := 0
		if err := src.Facts(ctx, func(l facts.Line) error { n++; return fw.Write(l) }); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := fw.Flush(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		fmt.Fprintf(a.stderr, "export: %d lines\n", n)
		return nil
	}
	c, err := fm.Write(ctx, src, out)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	switch {
	case c.Nodes > 0 || c.Edges > 0:
		fmt.Fprintf(a.stderr, "export: %d nodes, %d edges\n", c.Nodes, c.Edges)
	case fm.Name == "ntriples" || fm.Name == "turtle":
		fmt.Fprintf(a.stderr, "export: %d triples\n", c.Statements)
	default:
		fmt.Fprintf(a.stderr, "export: %d quads\n", c.Statements)
	}
	return nil
}

// tablePaths names the two csv files: DIR/nodes.csv and DIR/edges.csv when
// out ends in a separator or is a directory, else PREFIX-nodes.csv and
// PREFIX-edges.csv (a trailing .csv is dropped from the prefix).
func tablePaths(out string) (nodes, edges string, err error) {
	if strings.HasSuffix(out, "/") || strings.HasSuffix(out, string(filepath.Separator)) {
		if err := os.MkdirAll(out, 0o755); err != nil {
			return "", "", fmt.Errorf("export: %w", err)
		}
		return filepath.Join(out, "nodes.csv"), filepath.Join(out, "edges.csv"), nil
	}
	if fi, err := os.Stat(out); err == nil && fi.IsDir() {
		return filepath.Join(out, "nodes.csv"), filepath.Join(out, "edges.csv"), nil
	}
	p := strings.TrimSuffix(out, ".csv")
	return p + "-nodes.csv", p + "-edges.csv", nil
}

// outputs are the files an export writes; finish closes them, and removes
// them if the export failed, so no half-written file is left behind.
type outputs []*os.File

func (o *outputs) create(path string) (io.Writer, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	*o = append(*o, f)
	return f, nil
}

func (o outputs) finish(err error) error {
	for _, f := range o {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("export: %w", cerr)
		}
	}
	if err != nil {
		for _, f := range o {
			if rerr := os.Remove(f.Name()); rerr != nil && !errors.Is(rerr, os.ErrNotExist) {
				err = errors.Join(err, rerr)
			}
		}
	}
	return err
}
