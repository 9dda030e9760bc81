package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/index"
)

func newFindCommand(a *app) *cobra.Command {
	var (
		typ    string
		limit  int
		asJSON bool
		sync   bool
	)
	cmd := &cobra.Command{
		Use:   "find NAME",
		Short: "Find entities by any form of their name (Cyrillic or Latin, inflected, initials)",
		Long: `Find looks a name up in the name index kept beside the store (names.bolt in
the store's directory; for a PostgreSQL store a file in the user cache
directory; --index FILE names another) and prints the entities it names, best first: score,
type, preferred name, IRI, the number of documents that mention it, and the
name form that matched. Any form works: Абдрахманов, Abdrakhmanov, Жусуп,
the inflected Абдрахмановдун, Ж. Абдрахманов, a near spelling, the start of
a name. The index follows every build; --sync first brings it up to date
with the store (needed only after an interrupted build). Exit status 1 when
nothing matches.`,
		Example: `  dossier find Абдрахманов
  dossier find --type person --limit 3 Stalin
  dossier find --json 'Ж. Абдрахманов'
  dossier find 'Asan Sadykov 1910'        # namesakes: the one born in 1910 first`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config(cmd, nil)
			if err != nil {
				return err
			}
			t, err := dossier.ParseEntityType(typ)
			if err != nil {
				return usagef("--type: %w", err)
			}
			idx, err := openIndexFor(cmd.Context(), cfg, sync, a.logger(cfg))
			if err != nil {
				return err
			}
			defer idx.Close()
			text := strings.Join(args, " ")
			hits, err := idx.Find(cmd.Context(), index.Query{Text: text, Type: t, Limit: limit})
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(a.stdout)
				enc.SetEscapeHTML(false)
				enc.SetIndent("", "  ")
				if hits == nil {
					hits = []index.Hit{}
				}
				if err := enc.Encode(hits); err != nil {
					return err
				}
			} else {
				w := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
				for _, h := range hits {
					fmt.Fprintf(w, "%.2f\t%s\t%s\t<%s>\t%d doc%s\tmatched %q\n", h.Score, h.Type, h.Name, h.IRI, h.Docs, plural(h.Docs), h.Matched)
				}
				w.Flush()
			}
			if len(hits) == 0 {
				return fmt.Errorf("find %q: %w", text, index.ErrNotFound)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&typ, "type", "", "only entities of this type: person, place, organization, event, document")
	f.IntVar(&limit, "limit", 10, "at most this many entities")
	f.BoolVar(&asJSON, "json", false, "print the hits as JSON (with every name form)")
	f.BoolVar(&sync, "sync", false, "bring the index up to date with the store first")
	return cmd
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// indexPath is where the name index of the configured store lives: the
// --index file if given; else in the store's directory, a temporary file
// for a store in memory, and for a database server a file in the user's
// cache directory named after the database URL (the index is a local bolt
// file; the server holds only Cayley's tables).
func indexPath(cfg *Config) (string, error) {
	switch {
	case cfg.Index != "":
		return cfg.Index, nil
	case cfg.Backend == graph.Memstore:
		return "", nil
	case graph.IsServer(cfg.Backend):
		dir, err := os.UserCacheDir()
		if err != nil {
			return "", fmt.Errorf("name index: %w (set --index)", err)
		}
		dir = filepath.Join(dir, "dossier")
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return "", fmt.Errorf("name index: %w", err)
		}
		sum := sha256.Sum256([]byte(cfg.Backend + " " + cfg.DB))
		return filepath.Join(dir, "names-"+hex.EncodeToString(sum[:8])+".bolt"), nil
	}
	return filepath.Join(cfg.DB, index.File), nil
}

// openIndex opens the name index of the configured store (the store's
// directory must exist: open the store first).
func openIndex(cfg *Config) (*index.Names, error) {
	path, err := indexPath(cfg)
	if err != nil {
		return nil, err
	}
	return index.Open(path, index.Options{NoSync: cfg.NoSync})
}

// syncIndex brings idx up to date with st when it may lag behind it (or
// always, with force), and logs what it did.
func syncIndex(ctx context.Context, idx *index.Names, st *graph.Store, force bool, log *slog.Logger) error {
	if idx.Complete() && !force {
		return nil
	}
	s, err := idx.Sync(ctx, st)
	if err != nil {
		return err
	}
	if s.Indexed > 0 || s.Removed > 0 {
		log.Info("name index brought up to date", "documents", s.Documents, "indexed", s.Indexed, "removed", s.Removed)
	}
	return nil
}

// openIndexFor opens the name index of an existing store for reading,
// syncing it from the store (opened read-only for that) when it is not
// complete or sync is asked for.
func openIndexFor(ctx context.Context, cfg *Config, sync bool, log *slog.Logger) (*index.Names, error) {
	if cfg.Backend != graph.Memstore && !graph.IsServer(cfg.Backend) {
		if _, err := os.Stat(cfg.DB); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("no database at %s (build one first)", cfg.DB)
		}
	}
	idx, err := openIndex(cfg)
	if err != nil {
		return nil, err
	}
	if idx.Complete() && !sync {
		return idx, nil
	}
	st, err := openStore(cfg, true)
	if err != nil {
		idx.Close()
		return nil, err
	}
	defer st.Close()
	if err := syncIndex(ctx, idx, st, true, log); err != nil {
		idx.Close()
		return nil, err
	}
	return idx, nil
}
