package main

import (
	"testing"
	"time"

	"github.com/dossier-kg/dossier/pipeline"
)

func TestProgressLine(t *testing.T) {
	tests := []struct {
		s       pipeline.Summary
		elapsed time.Duration
		want    string
	}{
		{pipeline.Summary{Built: 50, Bytes: 2_000_000}, 10 * time.Second,
			"50 documents, 5.0 documents/s, 0.20 MB/s"},
		{pipeline.Summary{Built: 90, Unchanged: 10, Expected: 1000, Bytes: 5_000_000}, 20 * time.Second,
			"100 of 1000 documents (10%), 5.0 documents/s, 0.25 MB/s, ETA 3m0s"},
		{pipeline.Summary{Built: 8, Failed: 2, Expected: 10}, 5 * time.Second,
			"10 of 10 documents (100%), 2.0 documents/s, 0.00 MB/s, 2 failed"},
	}
	for _, tt := range tests {
		if got := progressLine(tt.s, tt.elapsed); got != tt.want {
			t.Errorf("progressLine(%+v, %s) = %q, want %q", tt.s, tt.elapsed, got, tt.want)
		}
	}
}
