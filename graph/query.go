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
}

// QueryResult is what a query returned.
type QueryResult struct {
	Results []any `json:"result"`
	// Truncated is true when the limit cut the results short.
	Truncated bool `json:"truncated,omitempty"`
}

// Query runs a query against the store. The deadline reaches Cayley's
// iterator (Cayley's Session.Execute ignores its context; only Next(ctx)
// interrupts the JavaScript engine), and the iterator is always closed, so a
// script that never ends stops at the timeout. On timeout the results
// gathered so far are returned together with an error wrapping ErrTimeout.
func (s *Store) Query(ctx context.Context, text string, opt QueryOptions) (*QueryResult, error) {
	lang := opt.Lang
	if lang == "" {
		lang = "gizmo"
	}
	l := query.GetLanguage(lang)
	if l == nil || l.Session == nil {
		return nil, fmt.Errorf("query: %w: %q", ErrLanguage, lang)
	}
	if opt.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opt.Timeout)
		defer cancel()
	}
	col := query.JSON
	if opt.JSONLD {
		col = query.JSONLD
	}
	ses := l.Session(s.qs)
	// Ask Cayley for one more than the limit so we can tell a cut from an end.
	lim := opt.Limit
	if lim > 0 {
		lim++
	}
	it, err := ses.Execute(ctx, text, query.Options{Limit: lim, Collation: col})
	if err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	defer it.Close()
	res := &QueryResult{Results: []any{}}
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
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return res, fmt.Errorf("query: %w after %s (%d results so far)", ErrTimeout, opt.Timeout, len(res.Results))
		}
		if ctx.Err() != nil {
			return res, fmt.Errorf("query: %w", ctx.Err())
		}
		return res, fmt.Errorf("query: %w", err)
	}
	return res, nil
}
