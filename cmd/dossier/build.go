package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/index"
	"github.com/dossier-kg/dossier/pipeline"
)

func newBuildCommand(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "build [PATH...]",
		Short: "Extract documents and load their statements into the store",
		Long: `Build extracts every document under the given paths (default: the sample
collection, serve.corpus) and writes its statements to the store, one named
graph per document. Re-running on unchanged documents changes nothing; a
changed document replaces that document's statements only, and a document
is never half written: a build that is killed leaves each document whole or
absent, and the next build finishes the job.

Files are read by content, whatever their names: plain text (UTF-8, UTF-16,
Windows-1251, KOI8-R, IBM866, detected and reported), Markdown, HTML (main
text only), PDF (text layer; scanned pages through OCR), Word .docx, and
images (OCR by Tesseract when installed). Inside folders, files named .txt,
.md, .html, .pdf, .docx, .png, .jpg, .tif ... and files without an extension
are read. A file that cannot be read is reported on one line (file, what,
why) and skipped; the summary counts the failures by reason and the exit
status is then 3.`,
		Example: `  dossier build ../shared/corpus/seeds
  dossier build --db /tmp/cards.db --nosync --workers 2 cards/
  DOSSIER_DB=/tmp/x.db dossier build data/corpus`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config(cmd, binds(ingestBinds, map[string]string{
				"build.workers": "workers", "build.batch": "batch", "build.batch_quads": "batch-quads", "build.force": "force",
				"build.store_text": "store-text",
			}))
			if err != nil {
				return err
			}
			if len(args) == 0 {
				args = []string{cfg.Serve.Corpus}
			}
			st, err := openStore(cfg, false)
			if err != nil {
				return err
			}
			defer st.Close()
			idx, err := openIndex(cfg)
			if err != nil {
				return err
			}
			defer idx.Close()
			sum, err := runBuild(cmd.Context(), cfg, st, idx, args, a.stderr, a.logger(cfg))
			fmt.Fprintln(a.stderr, summaryLine(sum))
			if err != nil {
				return err
			}
			if sum.Failed > 0 {
				return fmt.Errorf("%w: %d of %d", errPartial, sum.Failed, sum.Documents)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.Int("workers", 0, "documents extracted at once (default: number of CPUs)")
	f.Int("batch", 64, "documents written per transaction")
	f.Int("batch-quads", pipeline.DefaultBatchQuads, "statements written per transaction, at most (a larger document is one transaction): bounds the build's memory")
	f.Bool("force", false, "rebuild documents even if unchanged")
	f.Bool("store-text", true, "keep each document's text in the graph (for showing evidence in context)")
	addIngestFlags(cmd)
	return cmd
}

// runBuild runs the pipeline over paths into st, keeping the name index idx
// in step, reporting failures to errw. An index that may lag behind the
// store (new, dropped for a change of normalisation, or a failed write) is
// brought up to date from the store afterwards.
func runBuild(ctx context.Context, cfg *Config, st *graph.Store, idx *index.Names, paths []string, errw io.Writer, log *slog.Logger) (pipeline.Summary, error) {
	ex, err := newExtractor()
	if err != nil {
		return pipeline.Summary{}, err
	}
	prog := newProgress(errw, log)
	p := &pipeline.Pipeline{
		Extractor:  ex,
		Encoder:    newEncoder(ex, cfg.Build.StoreText),
		Store:      st,
		Workers:    cfg.Build.Workers,
		Batch:      cfg.Build.Batch,
		BatchQuads: cfg.Build.BatchQuads,
		Force:      cfg.Build.Force,
		Reader:     newReader(cfg),
		OnError:    func(err error) { prog.clear(); fmt.Fprintln(errw, err) },
		OnNote:     func(path, note string) { log.Info("read", "file", path, "note", note) },
		Index:      idx,
	}
	p.OnProgress = func(s pipeline.Summary) {
		log.Debug("batch written", "built", s.Built, "unchanged", s.Unchanged, "failed", s.Failed)
		prog.update(s)
	}
	sum, err := p.Run(ctx, paths)
	prog.clear()
	if err != nil {
		return sum, err
	}
	return sum, syncIndex(ctx, idx, st, false, log)
}

func summaryLine(s pipeline.Summary) string {
	return fmt.Sprintf("build: %d documents: %d built, %d unchanged, %d failed%s; %d entities, %d facts, %d quads; %s (read %s, extract %s, encode %s, write %s)",
		s.Documents, s.Built, s.Unchanged, s.Failed, failureReasons(s.Failures), s.Entities, s.Facts, s.Quads,
		s.Wall.Round(time.Millisecond), s.Read.Round(time.Millisecond), s.Extract.Round(time.Millisecond),
		s.Encode.Round(time.Millisecond), s.Write.Round(time.Millisecond))
}

// failureReasons renders failure counts as " (2 damaged, 1 empty)".
func failureReasons(m map[string]int) string {
	if len(m) == 0 {
		return ""
	}
	reasons := make([]string, 0, len(m))
	for r := range m {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	parts := make([]string, len(reasons))
	for i, r := range reasons {
		parts[i] = fmt.Sprintf("%d %s", m[r], r)
	}
	return " (" + strings.Join(parts, ", ") + ")"
}
