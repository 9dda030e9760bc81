package graph

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo" // registers the Gizmo language
)

// Query errors callers branch on.
var (
	// ErrTimeout means a query ran past its deadline; the results gathered
	// until then are returned with it.
	ErrTimeout = errors.New("query timed out")
	// ErrLanguage means the query language is not known.
	ErrLanguage = errors.New("unknown query language")
	// ErrTooDeep: a Gizmo script called functions deeper than MaxCallDepth
	// (a recursion through ForEach, most often).
	ErrTooDeep = errors.New("query recursed too deep")
)

// QueryOptions bound a query.
type QueryOptions struct {
	// Lang is the query language; "gizmo" if empty.
	Lang string
	// Limit caps the number of results; 0 means no cap.
	Limit int
	// Timeout bounds the run; 0 means no bound beyond ctx.
	Timeout time.Duration
	// JSONLD asks for results in JSON-LD form (IRIs as {"@id": …}), the form
	// Cayley's Visualize view reads.
	JSONLD bool
	// StepLimit is the largest array or string one built-in step of a Gizmo
	// script may walk or build (see sandbox.go); 0 means DefaultStepLimit,
	// a negative value no sandbox.
	StepLimit int
	// Grace is how long Query waits, once it has stopped a script (at the
	// deadline, the limit, or ctx's end), for the script to be really gone;
	// 0 means 2 seconds. See QueryResult.Stopped.
	Grace time.Duration
}

// QueryResult is what a query returned.
type QueryResult struct {
	Results []any `json:"result"`
	// Truncated is true when the limit cut the results short.
	Truncated bool `json:"truncated,omitempty"`
	// Stopped is closed once the script no longer runs. Query waits for it
	// up to QueryOptions.Grace, so it is closed on return unless Lingering.
	Stopped <-chan struct{} `json:"-"`
	// Lingering is true when the script was told to stop but was still
	// running when Query returned, Grace later: it is inside one built-in
	// step the JavaScript engine cannot interrupt, and keeps its goroutine
	// (and a core) until that step ends. Stopped says when.
	Lingering bool `json:"-"`
}

// Query runs a query against the store. The deadline reaches Cayley's
// iterator (Cayley's Session.Execute ignores its context; only Next(ctx)
// interrupts the JavaScript engine), and the iterator is always closed, so a
// script that never ends stops at the timeout. On timeout the results
// gathered so far are returned together with an error wrapping ErrTimeout;
// when ctx is cancelled, with an error wrapping context.Cause(ctx), so a
// caller that cancels with a cause of its own can tell its reason from the
// others. Gizmo scripts run in a sandbox that refuses single steps too large
// to interrupt (sandbox.go). Query returns once the script has really
// stopped, or Grace after telling it to (QueryResult.Lingering).
//
// Query is safe for concurrent use; each call runs its own session.
func (s *Store) Query(ctx context.Context, text string, opt QueryOptions) (*QueryResult, error) {
	// a memstore's writer waits for the query (a query that lingers past
	// its grace is not waited for: see QueryResult.Lingering)
	defer s.readLock()()
	lang := opt.Lang
	if lang == "" {
		lang = "gizmo"
	}
	l := query.GetLanguage(lang)
	if l == nil || l.Session == nil {
		return nil, fmt.Errorf("query: %w: %q", ErrLanguage, lang)
	}
	if lang == "gizmo" && opt.StepLimit >= 0 {
		n := opt.StepLimit
		if n == 0 {
			n = DefaultStepLimit
		}
		text = sandboxed(text, n)
	}
	if opt.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opt.Timeout)
		defer cancel()
	}
	grace := opt.Grace
	if grace <= 0 {
		grace = 2 * time.Second
	}
	col := query.JSON
	if opt.JSONLD {
		col = query.JSONLD
	}
	ses := l.Session(s.qs)
	if lang == "gizmo" && !limitCallStack(ses, MaxCallDepth) {
		return nil, fmt.Errorf("query: the Gizmo session's call stack cannot be bounded (Cayley changed?)")
	}
	// Ask Cayley for one more than the limit so we can tell a cut from an end.
	lim := opt.Limit
	if lim > 0 {
		lim++
	}
	it, err := ses.Execute(ctx, text, query.Options{Limit: lim, Collation: col})
	if err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	res := &QueryResult{Results: []any{}}
	defer func() { res.Stopped, res.Lingering = stop(it, grace) }()
	for it.Next(ctx) {
		r := it.Result()
		if r == nil {
			continue
		}
		if opt.Limit > 0 && len(res.Results) == opt.Limit {
			res.Truncated = true
			return res, nil
		}
		res.Results = append(res.Results, r)
	}
	if err := it.Err(); err != nil {
		if errors.Is(context.Cause(ctx), context.DeadlineExceeded) {
			return res, fmt.Errorf("query: %w after %s (%d results so far)", ErrTimeout, opt.Timeout, len(res.Results))
		}
		if ctx.Err() != nil {
			return res, fmt.Errorf("query: %w", context.Cause(ctx))
		}
		if stackOverflow(err) {
			// (the error's own text holds a stack trace per level)
			return res, fmt.Errorf("query: %w: more than %d nested calls", ErrTooDeep, MaxCallDepth)
		}
		return res, fmt.Errorf("query: %w", err)
	}
	return res, nil
}

// stop closes it (which interrupts a Gizmo script between instructions)
// and waits up to grace for the script's goroutine to end: Cayley's
// iterator keeps answering Next until its goroutine has returned, whatever
// the context, so draining it is how to see the end. The drain goes on in
// the background past grace; stopped is closed when it ends.
func stop(it query.Iterator, grace time.Duration) (stopped <-chan struct{}, lingering bool) {
	it.Close()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for it.Next(context.Background()) {
		}
	}()
	t := time.NewTimer(grace)
	defer t.Stop()
	select {
	case <-done:
		return done, false
	case <-t.C:
		return done, true
	}
}
