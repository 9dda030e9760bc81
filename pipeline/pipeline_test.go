package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/extract"
	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/ingest"
	"github.com/dossier-kg/dossier/pipeline"
	"github.com/dossier-kg/dossier/schema"
)

// vanishing reads like ingest.Reader but first deletes the file named
// gone: the file disappears after the walk listed it, before it is read.
type vanishing struct {
	ingest.Reader
	gone string
}

func (v *vanishing) Read(ctx context.Context, it ingest.Item) (*dossier.Document, error) {
	if filepath.Base(it.Path) == v.gone {
		if err := os.Remove(it.Path); err != nil {
			return nil, err
		}
	}
	return v.Reader.Read(ctx, it)
}

// setup writes files into dir and returns an extractor and an empty
// memory store (closed when the test ends).
func setup(t *testing.T, dir string, files map[string]string) (*extract.Extractor, *graph.Store) {
	t.Helper()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st, err := graph.Open(graph.Config{Backend: graph.Memstore})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return ex, st
}

func TestFileDisappearsMidBuild(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "letters")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	ex, st := setup(t, dir, map[string]string{
		"a.txt": "On December 10, 1921, Joffe wrote to Chicherin from Tashkent.\n",
		"b.txt": "On April 3, 1922, Jekabs Peters wrote to Stalin from Bukhara.\n",
		"c.txt": "Турар Рыскулов родился в 1894 году.\n",
	})
	var mu sync.Mutex
	var errs []string
	p := &pipeline.Pipeline{
		Extractor: ex,
		Encoder:   schema.Encoder{ExtractorVersion: ex.Version()},
		Store:     st,
		Reader:    &vanishing{gone: "b.txt"},
		OnError: func(err error) {
			mu.Lock()
			errs = append(errs, err.Error())
			mu.Unlock()
		},
	}
	sum, err := p.Run(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents != 3 || sum.Built != 2 || sum.Failed != 1 || sum.Failures["unreadable"] != 1 {
		t.Fatalf("summary %+v", sum)
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0], filepath.Join(dir, "b.txt")+": read: the file is gone") {
		t.Fatalf("errors %q", errs)
	}
	docs, err := st.Documents(context.Background())
	if err != nil || len(docs) != 2 || docs[0].ID != "letters/a.txt" || docs[1].ID != "letters/c.txt" {
		t.Fatalf("documents %+v, %v", docs, err)
	}
}

func TestReason(t *testing.T) {
	for err, want := range map[error]string{
		dossier.ErrEmpty:       "empty",
		dossier.ErrNotText:     "not text",
		dossier.ErrUnsupported: "unsupported",
		dossier.ErrDamaged:     "damaged",
		os.ErrNotExist:         "unreadable",
	} {
		if got := pipeline.Reason(&dossier.TextError{Path: "x", Op: "read", Err: err}); got != want {
			t.Errorf("Reason(%v) = %q, want %q", err, got, want)
		}
	}
}

// stuck is an extractor that never returns for a document whose text
// contains "STUCK" (until the test ends), and defers to x otherwise.
type stuck struct {
	x       dossier.Extractor
	release chan struct{}
}

func (s *stuck) Extract(ctx context.Context, doc *dossier.Document) (*dossier.Extraction, error) {
	if strings.Contains(doc.Text, "STUCK") {
		<-s.release // deaf to ctx, like an endless loop
	}
	return s.x.Extract(ctx, doc)
}

func (s *stuck) Version() string { return "stuck" }

// TestStuckExtractionFailsAlone: a document the extractor never finishes
// fails with ErrStuck after its time, and the others are built; progress
// reports know how many documents to expect.
func TestStuckExtractionFailsAlone(t *testing.T) {
	dir := t.TempDir()
	ex, st := setup(t, dir, map[string]string{
		"a.txt": "On April 3, 1922, Jekabs Peters wrote to Stalin from Bukhara.\n",
		"b.txt": "STUCK on this one.\n",
		"c.txt": "Турар Рыскулов родился в 1894 году.\n",
	})
	x := &stuck{x: ex, release: make(chan struct{})}
	defer close(x.release)
	var mu sync.Mutex
	var errs []error
	var last pipeline.Summary
	p := &pipeline.Pipeline{
		Extractor:      x,
		Encoder:        schema.Encoder{ExtractorVersion: x.Version()},
		Store:          st,
		Batch:          1,
		ExtractTimeout: 300 * time.Millisecond,
		OnError: func(err error) {
			mu.Lock()
			errs = append(errs, err)
			mu.Unlock()
		},
		OnProgress: func(s pipeline.Summary) { last = s },
	}
	sum, err := p.Run(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Built != 2 || sum.Failed != 1 || sum.Failures["extract"] != 1 {
		t.Fatalf("summary %+v", sum)
	}
	if len(errs) != 1 || !errors.Is(errs[0], pipeline.ErrStuck) || !strings.Contains(errs[0].Error(), "b.txt") {
		t.Fatalf("errors %v", errs)
	}
	if last.Expected != 0 && last.Expected != 3 {
		t.Fatalf("progress expected %d documents, want 3", last.Expected)
	}
}

// batches records the size of every batch written through it.
type batches struct {
	dossier.Store
	mu    sync.Mutex
	docs  []int
	quads []int
}

func (b *batches) Replace(ctx context.Context, docs []dossier.DocumentStatements) error {
	n := 0
	for _, d := range docs {
		n += len(d.Statements)
	}
	b.mu.Lock()
	b.docs = append(b.docs, len(docs))
	b.quads = append(b.quads, n)
	b.mu.Unlock()
	return b.Store.Replace(ctx, docs)
}

// TestBatchBoundedByStatements: a batch closes at its documents' count or
// at its statements' bound, whichever comes first, and never splits a
// document; a document larger than the bound is a batch of its own.
func TestBatchBoundedByStatements(t *testing.T) {
	files := map[string]string{}
	for i := range 12 {
		files[fmt.Sprintf("card%02d.txt", i)] = fmt.Sprintf("Асанов Бекташ, %d г. р., арестован 5 ноября 1937 г. в г. Фрунзе.\n", 1890+i)
	}
	dir := t.TempDir()
	ex, st := setup(t, dir, files)
	// One document's statements, to set the bound in whole documents.
	one := &batches{Store: st}
	p := &pipeline.Pipeline{Extractor: ex, Encoder: schema.Encoder{ExtractorVersion: ex.Version()}, Store: one, Batch: 1, Workers: 1}
	if _, err := p.Run(context.Background(), []string{dir}); err != nil {
		t.Fatal(err)
	}
	per := one.quads[0]
	for _, n := range one.quads {
		per = max(per, n)
	}
	for _, c := range []struct {
		name         string
		batch, quads int
		maxDocs      int
	}{
		{"documents' count first", 3, 100 * per, 3},
		{"statements first", 64, 3*per + per/2, 4},
		{"a document above the bound", 64, 1, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			st2, err := graph.Open(graph.Config{Backend: graph.Memstore})
			if err != nil {
				t.Fatal(err)
			}
			defer st2.Close()
			rec := &batches{Store: st2}
			p := &pipeline.Pipeline{Extractor: ex, Encoder: schema.Encoder{ExtractorVersion: ex.Version()}, Store: rec, Batch: c.batch, BatchQuads: c.quads, Workers: 1}
			sum, err := p.Run(context.Background(), []string{dir})
			if err != nil || sum.Built != 12 {
				t.Fatalf("built %d: %v", sum.Built, err)
			}
			total := 0
			for i, n := range rec.docs {
				total += n
				if n > c.maxDocs || n == 0 {
					t.Errorf("batch %d: %d documents, want 1 to %d", i, n, c.maxDocs)
				}
				if n > 1 && rec.quads[i] > c.quads {
					t.Errorf("batch %d: %d documents with %d statements, above the bound %d", i, n, rec.quads[i], c.quads)
				}
			}
			if total != 12 {
				t.Errorf("%d documents written, want 12", total)
			}
			if len(rec.docs) < (12+c.maxDocs-1)/c.maxDocs {
				t.Errorf("%d batches %v, want at least %d", len(rec.docs), rec.docs, (12+c.maxDocs-1)/c.maxDocs)
			}
		})
	}
}
