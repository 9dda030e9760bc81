package graph

import (
	"context"
	"testing"
	"time"
)

// BenchmarkSandbox measures what the sandbox adds to a small query.
func BenchmarkSandbox(b *testing.B) {
	s := openTest(b, Memstore)
	defer s.Close()
	for _, bc := range []struct {
		name  string
		limit int
	}{{"off", -1}, {"on", 0}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Query(context.Background(), `g.V("<x>").All()`, QueryOptions{Timeout: 5 * time.Second, StepLimit: bc.limit}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
