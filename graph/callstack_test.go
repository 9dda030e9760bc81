package graph

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/internal/storetest"
)

// TestCallStackBounded: a Gizmo script recursing past MaxCallDepth ends at
// once with ErrTooDeep and a short message (the unbounded recursion took a
// minute to unwind, its error text megabytes long); a shallow recursion
// still runs. It fails if Cayley's session stops holding its runtime where
// limitCallStack looks.
func TestCallStackBounded(t *testing.T) {
	s := openTest(t, Bolt)
	defer s.Close()
	ctx := context.Background()
	docs := []dossier.DocumentStatements{{ID: "c/a.txt", Statements: storetest.Statements("c/a.txt", "ha", [2]string{"zhusup-abdrakhmanov", "joseph-stalin"})}}
	if err := s.Replace(ctx, docs); err != nil {
		t.Fatal(err)
	}
	opt := QueryOptions{Timeout: 10 * time.Second}
	res, err := s.Query(ctx, `function f(n) { return n == 0 ? 0 : f(n - 1) + 1; } g.Emit(f(50));`, opt)
	if err != nil || len(res.Results) != 1 {
		t.Fatalf("shallow recursion: %v, %v", res, err)
	}
	start := time.Now()
	_, err = s.Query(ctx, `function f(n) { return f(n + 1) + 1; } f(0);`, opt)
	if !errors.Is(err, ErrTooDeep) {
		t.Fatalf("endless recursion: %v, want ErrTooDeep", err)
	}
	if len(err.Error()) > 200 {
		t.Errorf("error text of %d bytes", len(err.Error()))
	}
	// the same through ForEach, which wraps the error at every level
	_, err = s.Query(ctx, `function walk(n) { g.Emit(n); g.V().Limit(1).ForEach(function (x) { walk(n + 1); }); }
g.V().Limit(1).ForEach(function (v) { walk(0); }); walk(0);`, opt)
	if !errors.Is(err, ErrTooDeep) || strings.Contains(err.Error(), "\tat ") {
		t.Fatalf("recursion through ForEach: %.300v, want ErrTooDeep", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("the deep scripts took %s to end", d)
	}
}
