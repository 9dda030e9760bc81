package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier/graph"
)

func newQueryCommand(a *app) *cobra.Command {
	var lang string
	cmd := &cobra.Command{
		Use:   "query GIZMO",
		Short: "Run a Gizmo query against the store and print the results as JSON",
		Long: `Query runs a Gizmo (JavaScript) query and prints {"result": [...]}; when the
limit cuts the results short, "truncated": true is added. A query that runs
past --timeout stops there and prints what it had, with an error.`,
		Example: `  dossier query 'g.V("<https://w3id.org/dossier/id/person/zhusup-abdrakhmanov>").Out("<https://w3id.org/dossier/ns#wroteTo>").All()'
  dossier query --limit 5 'g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Person>").Out("<http://schema.org/name>").All()'`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config(cmd, map[string]string{"query.timeout": "timeout", "query.limit": "limit"})
			if err != nil {
				return err
			}
			st, err := openStore(cfg, true)
			if err != nil {
				return err
			}
			defer st.Close()
			res, qerr := st.Query(cmd.Context(), args[0], graph.QueryOptions{Lang: lang, Limit: cfg.Query.Limit, Timeout: cfg.Query.Timeout})
			if res != nil {
				enc := json.NewEncoder(a.stdout)
				enc.SetEscapeHTML(false)
				enc.SetIndent("", "  ")
				if err := enc.Encode(res); err != nil {
					return err
				}
			}
			if qerr != nil {
				if errors.Is(qerr, graph.ErrLanguage) {
					return usagef("%w", qerr)
				}
				return qerr
			}
			if res.Truncated {
				fmt.Fprintf(a.stderr, "query: results truncated at --limit %d\n", cfg.Query.Limit)
			}
			return nil
		},
	}
	cmd.Flags().Int("limit", 1000, "maximum number of results (0: no limit)")
	cmd.Flags().Duration("timeout", 30*time.Second, "stop the query after this long")
	cmd.Flags().StringVar(&lang, "lang", "gizmo", "query language")
	return cmd
}
