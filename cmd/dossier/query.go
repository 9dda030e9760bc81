package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier/gizmo"
	"github.com/dossier-kg/dossier/graph"
)

func newQueryCommand(a *app) *cobra.Command {
	var (
		lang, named string
		params      []string
		list        bool
		script      bool
	)
	cmd := &cobra.Command{
		Use:   "query GIZMO | query --named NAME [--param KEY=VALUE...]",
		Short: "Run a Gizmo query, or a named query of the library, and print the results as JSON",
		Long: `Query runs a Gizmo (JavaScript) query and prints {"result": [...]}; when the
limit cuts the results short, "truncated": true is added. A query that runs
past --timeout stops there and prints what it had, with an error.

--named runs a query of Dossier's library (--list shows them: ego,
correspondence, timeline, where, members, path, comentions) with its
parameters given as --param KEY=VALUE. Names may be given in any form
(Абдрахманов, Abdrakhmanov, Жусуп): they are looked up in the name index.
The output adds "query" and "params" (each parameter as given and the
entity it resolved to); --script prints the Gizmo program instead of
running it (paste it into the UI's query editor).`,
		Example: `  dossier query 'g.V("<https://w3id.org/dossier/id/person/zhusup-abdrakhmanov>").Out("<https://w3id.org/dossier/ns#wroteTo>").All()'
  dossier query --limit 5 'g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Person>").Out("<http://schema.org/name>").All()'
  dossier query --list
  dossier query --named ego --param person=Абдрахманов --param hops=1
  dossier query --named correspondence --param person=Stalin --param from=1920 --param to=1930
  dossier query --named path --param from=Abdrakhmanov --param to=Peters --script`,
		Args: func(cmd *cobra.Command, args []string) error {
			if named != "" || list {
				return cobra.NoArgs(cmd, args)
			}
			if len(params) > 0 {
				return usagef("--param needs --named")
			}
			return cobra.ExactArgs(1)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if list {
				return listQueries(a.stdout)
			}
			cfg, err := a.config(cmd, map[string]string{"query.timeout": "timeout", "query.limit": "limit"})
			if err != nil {
				return err
			}
			out := map[string]any{}
			text := ""
			var bound *gizmo.Bound
			if named != "" {
				b, err := bindNamed(cmd, a, cfg, named, params)
				if err != nil {
					return err
				}
				if script {
					_, err := io.WriteString(a.stdout, b.Script)
					return err
				}
				out["query"], out["params"], text, bound = b.Name, b.Values, b.Script, b
			} else {
				text = args[0]
			}
			st, err := openStore(cfg, true)
			if err != nil {
				return err
			}
			defer st.Close()
			opt := graph.QueryOptions{Lang: lang, Limit: cfg.Query.Limit, Timeout: cfg.Query.Timeout}
			var res *graph.QueryResult
			var qerr error
			if bound != nil {
				res, qerr = gizmo.Run(cmd.Context(), st, bound, opt)
			} else {
				res, qerr = st.Query(cmd.Context(), text, opt)
			}
			if res != nil {
				out["result"] = res.Results
				if res.Truncated {
					out["truncated"] = true
				}
				enc := json.NewEncoder(a.stdout)
				enc.SetEscapeHTML(false)
				enc.SetIndent("", "  ")
				if err := enc.Encode(out); err != nil {
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
	f := cmd.Flags()
	f.Int("limit", 1000, "maximum number of results (0: no limit)")
	f.Duration("timeout", 30*time.Second, "stop the query after this long")
	f.StringVar(&lang, "lang", "gizmo", "query language")
	f.StringVar(&named, "named", "", "run this query of the library (see --list)")
	f.StringArrayVar(&params, "param", nil, "a parameter of the named query, KEY=VALUE (repeatable)")
	f.BoolVar(&list, "list", false, "list the named queries and their parameters")
	f.BoolVar(&script, "script", false, "with --named: print the Gizmo program instead of running it")
	return cmd
}

// bindNamed resolves a named query's parameters through the name index.
func bindNamed(cmd *cobra.Command, a *app, cfg *Config, name string, params []string) (*gizmo.Bound, error) {
	q, err := gizmo.Lookup(name)
	if err != nil {
		return nil, usagef("%w", err)
	}
	args := map[string]string{}
	for _, p := range params {
		k, v, ok := strings.Cut(p, "=")
		if !ok || k == "" {
			return nil, usagef("--param %q: want KEY=VALUE", p)
		}
		args[k] = v
	}
	idx, err := openIndexFor(cmd.Context(), cfg, false, a.logger(cfg))
	if err != nil {
		return nil, err
	}
	defer idx.Close()
	b, err := q.Bind(cmd.Context(), idx, args)
	if errors.Is(err, gizmo.ErrParam) {
		return nil, usagef("%w", err)
	}
	return b, err
}

// listQueries prints the library: each query with its parameters.
func listQueries(w io.Writer) error {
	for _, q := range gizmo.Library() {
		fmt.Fprintf(w, "%s — %s\n  %s\n  rows: %s\n", q.Name, q.Title, q.Doc, q.Rows)
		for _, p := range q.Params {
			req := "optional"
			if p.Required {
				req = "required"
			}
			if p.Default != "" {
				req = "default " + p.Default
			}
			fmt.Fprintf(w, "  --param %s=%s\t(%s, %s) %s\n", p.Name, p.Example, p.Kind, req, p.Doc)
		}
		fmt.Fprintln(w)
	}
	return nil
}
