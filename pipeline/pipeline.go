package pipeline

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest"
	"github.com/dossier-kg/dossier/schema"
)

// Reader reads one file into a Document. *ingest.Reader implements it.
//
// Contract: safe for concurrent use; a failure is one error naming the file
// and saying what and why.
type Reader interface {
	Read(ctx context.Context, it ingest.Item) (*dossier.Document, error)
}

var _ Reader = (*ingest.Reader)(nil)

// Pipeline is one build. The zero value is not usable: set Extractor and Store.
type Pipeline struct {
	Extractor dossier.Extractor
	Encoder   schema.Encoder
	Store     dossier.Store
	// Reader reads the files (default: ingest.NewReader()).
	Reader Reader
	// Workers is the number of documents read and extracted at once
	// (default: the number of CPUs).
	Workers int
	// Batch is the number of documents written per transaction (default 64).
	// Larger batches load faster; each document stays all or nothing.
	Batch int
	// BatchQuads also closes a batch once its documents hold this many
	// statements (default 50,000; a single larger document is still one
	// batch). It bounds the build's memory: a transaction holds a dirty
	// page for each index key it writes, and on a store larger than a
	// batch's keys that is one page per key, whatever the documents' count.
	BatchQuads int
	// Force rebuilds documents even when the store holds them unchanged.
	Force bool
	// OnError receives every per-file failure (never nil errors). Optional.
	OnError func(error)
	// OnNote receives what a reader reports about a document it read (an
	// encoding it detected, pages it passed through OCR). Optional.
	OnNote func(path, note string)
	// OnProgress is called after each batch is written. Optional.
	OnProgress func(Summary)
	// ExtractTimeout is how long one document's extraction may take before
	// the document fails with ErrStuck (default: a minute and a second per
	// 100 KB of text).
	ExtractTimeout time.Duration
	// Index, if set, is told of every batch of documents once the store has
	// committed it (the name index). Its errors are passed to OnError; they
	// do not fail the documents, which are in the store.
	Index dossier.Indexer
}

// Summary reports a build.
type Summary struct {
	Documents int // files found (and paths that could not be listed)
	Built     int // documents written
	Unchanged int // documents skipped because the store holds them unchanged
	Failed    int // files or documents that could not be built
	// Failures counts failures by reason: "empty", "not text",
	// "unsupported", "damaged", "unreadable" (missing, unlisted, denied,
	// too large), "extract", "store", "write".
	Failures map[string]int
	Entities int
	Facts    int
	Quads    int
	Bytes    int64 // text bytes extracted
	// Expected is the number of files the build will see, known once a
	// counting walk beside the build has finished (0 before, and when
	// nobody asked for progress).
	Expected int
	Read     time.Duration
	Extract  time.Duration
	Encode   time.Duration
	Write    time.Duration
	Wall     time.Duration
}

type result struct {
	id    string
	stmts []dossier.Statement
	ents  int
	facts int
	bytes int64
}

// DefaultBatchQuads is the statements' bound of a batch when
// Pipeline.BatchQuads is not set.
const DefaultBatchQuads = 50000

// Run builds the documents under paths.
func (p *Pipeline) Run(ctx context.Context, paths []string) (Summary, error) {
	start := time.Now()
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	batch := p.Batch
	if batch <= 0 {
		batch = 64
	}
	batchQuads := p.BatchQuads
	if batchQuads <= 0 {
		batchQuads = DefaultBatchQuads
	}
	var (
		sum                         Summary
		mu                          sync.Mutex // guards sum counters touched by workers
		readNS, extractNS, encodeNS atomic.Int64
	)
	if p.Reader == nil {
		p.Reader = ingest.NewReader()
	}
	sum.Failures = map[string]int{}
	fail := func(err error) {
		mu.Lock()
		sum.Failed++
		sum.Failures[Reason(err)]++
		mu.Unlock()
		if p.OnError != nil {
			p.OnError(err)
		}
	}
	// A path the walk cannot list (missing, a loop) counts as a file found
	// and failed.
	walkFail := func(err error) {
		mu.Lock()
		sum.Documents++
		mu.Unlock()
		fail(err)
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	items := make(chan ingest.Item, workers*2)
	results := make(chan result, workers*2)

	// A second walk beside the build counts the files, so that progress can
	// say how far along the build is; it reads directories only.
	var expected atomic.Int64
	if p.OnProgress != nil {
		go func() {
			n := int64(0)
			count := func() { n++ }
			err := ingest.Walk(ctx, paths, func(ingest.Item) error { count(); return nil }, func(error) { count() })
			if err == nil {
				expected.Store(n)
			}
		}()
	}

	var walkErr error
	go func() {
		defer close(items)
		walkErr = ingest.Walk(ctx, paths, func(it ingest.Item) error {
			mu.Lock()
			sum.Documents++
			mu.Unlock()
			select {
			case items <- it:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}, walkFail)
	}()

	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range items {
				r, skip, err := p.one(ctx, it, &readNS, &extractNS, &encodeNS)
				if err != nil {
					fail(err)
					continue
				}
				if skip {
					mu.Lock()
					sum.Unchanged++
					mu.Unlock()
					continue
				}
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// The single writer: batches of whole documents, one transaction each.
	var (
		pending      []result
		pendingQuads int
	)
	flush := func() {
		if len(pending) == 0 {
			return
		}
		docs := make([]dossier.DocumentStatements, len(pending))
		for i, r := range pending {
			docs[i] = dossier.DocumentStatements{ID: r.id, Statements: r.stmts}
		}
		t := time.Now()
		err := p.Store.Replace(ctx, docs)
		mu.Lock()
		sum.Write += time.Since(t)
		mu.Unlock()
		if err != nil {
			// The batch failed as a whole; retry its documents one by one so
			// that one bad document costs only itself.
			for i, r := range pending {
				if err := p.Store.Replace(ctx, docs[i:i+1]); err != nil {
					fail(&stageError{"write", fmt.Errorf("%s: write: %w", r.id, err)})
					continue
				}
				p.index(ctx, docs[i:i+1])
				p.count(&mu, &sum, r)
			}
		} else {
			p.index(ctx, docs)
			for _, r := range pending {
				p.count(&mu, &sum, r)
			}
		}
		pending = pending[:0]
		pendingQuads = 0
		if p.OnProgress != nil {
			mu.Lock()
			s := sum
			mu.Unlock()
			s.Expected = int(expected.Load())
			p.OnProgress(s)
		}
	}
	for r := range results {
		// A document that would take the batch past its statements'
		// bound goes into the next one.
		if len(pending) > 0 && pendingQuads+len(r.stmts) > batchQuads {
			flush()
		}
		pending = append(pending, r)
		pendingQuads += len(r.stmts)
		if len(pending) >= batch || pendingQuads >= batchQuads {
			flush()
		}
	}
	flush()

	sum.Read = time.Duration(readNS.Load())
	sum.Extract = time.Duration(extractNS.Load())
	sum.Encode = time.Duration(encodeNS.Load())
	sum.Wall = time.Since(start)
	if walkErr != nil {
		return sum, walkErr
	}
	return sum, ctx.Err()
}

// index tells p.Index of documents the store has committed.
func (p *Pipeline) index(ctx context.Context, docs []dossier.DocumentStatements) {
	if p.Index == nil {
		return
	}
	if err := p.Index.IndexDocuments(ctx, docs); err != nil && p.OnError != nil {
		p.OnError(fmt.Errorf("warning: %w", err))
	}
}

func (p *Pipeline) count(mu *sync.Mutex, sum *Summary, r result) {
	mu.Lock()
	defer mu.Unlock()
	sum.Built++
	sum.Entities += r.ents
	sum.Facts += r.facts
	sum.Quads += len(r.stmts)
	sum.Bytes += r.bytes
}

// one reads, checks, extracts and encodes one file.
func (p *Pipeline) one(ctx context.Context, it ingest.Item, readNS, extractNS, encodeNS *atomic.Int64) (result, bool, error) {
	t := time.Now()
	doc, err := p.Reader.Read(ctx, it)
	readNS.Add(int64(time.Since(t)))
	if err != nil {
		return result{}, false, err
	}
	if p.OnNote != nil {
		for _, n := range doc.Notes {
			p.OnNote(doc.Path, n)
		}
	}
	if !p.Force {
		st, ok, err := p.Store.State(ctx, doc.ID)
		if err != nil {
			return result{}, false, &stageError{"store", fmt.Errorf("%s: %w", doc.Path, err)}
		}
		if ok && st.Hash == doc.Hash && st.Extractor == p.Encoder.ExtractorVersion {
			return result{}, true, nil
		}
	}
	t = time.Now()
	x, err := p.extract(ctx, doc)
	extractNS.Add(int64(time.Since(t)))
	if err != nil {
		return result{}, false, &stageError{"extract", fmt.Errorf("%s: extract: %w", doc.Path, err)}
	}
	for _, pr := range x.Problems {
		if p.OnError != nil {
			p.OnError(fmt.Errorf("warning: %w", pr))
		}
	}
	// The graph records where the document was read from, so that `dossier
	// show` can read it again from any working directory.
	if abs, err := filepath.Abs(doc.Path); err == nil {
		doc.Path = abs
	}
	t = time.Now()
	var stmts []dossier.Statement
	err = p.Encoder.Encode(x, func(s dossier.Statement) error {
		stmts = append(stmts, s)
		return nil
	})
	encodeNS.Add(int64(time.Since(t)))
	if err != nil {
		return result{}, false, &stageError{"extract", fmt.Errorf("%s: encode: %w", doc.Path, err)}
	}
	return result{id: doc.ID, stmts: stmts, ents: len(x.Entities), facts: len(x.Facts), bytes: int64(len(doc.Text))}, false, nil
}

// ErrStuck is the error of an extraction that did not end in its time.
var ErrStuck = errors.New("did not finish in time (an extractor bug: please report the document)")

// extractTimeout is how long one document may take to extract: a minute,
// and a second more per 100 KB of text (ten times the slowest rate
// measured), so that only a stuck extraction reaches it.
func extractTimeout(textBytes int) time.Duration {
	return time.Minute + time.Duration(textBytes/100_000)*time.Second
}

// extract runs the extractor on doc, giving up on it after its time: a
// document the extractor cannot finish fails alone, and the build goes on.
// The extraction's goroutine cannot be stopped from outside; it is left to
// end or not (and is reported).
func (p *Pipeline) extract(ctx context.Context, doc *dossier.Document) (*dossier.Extraction, error) {
	limit := p.ExtractTimeout
	if limit <= 0 {
		limit = extractTimeout(len(doc.Text))
	}
	type out struct {
		x   *dossier.Extraction
		err error
	}
	done := make(chan out, 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		x, err := p.Extractor.Extract(ctx, doc)
		done <- out{x, err}
	}()
	t := time.NewTimer(limit)
	defer t.Stop()
	select {
	case o := <-done:
		return o.x, o.err
	case <-t.C:
		return nil, fmt.Errorf("%w after %s", ErrStuck, limit)
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// stageError marks a failure after reading, for Reason.
type stageError struct {
	stage string
	err   error
}

func (e *stageError) Error() string { return e.err.Error() }
func (e *stageError) Unwrap() error { return e.err }

// Reason names why a file failed, for the build's summary.
func Reason(err error) string {
	var se *stageError
	switch {
	case errors.As(err, &se):
		return se.stage
	case errors.Is(err, dossier.ErrEmpty):
		return "empty"
	case errors.Is(err, dossier.ErrNotText):
		return "not text"
	case errors.Is(err, dossier.ErrUnsupported):
		return "unsupported"
	case errors.Is(err, dossier.ErrDamaged):
		return "damaged"
	}
	return "unreadable"
}
