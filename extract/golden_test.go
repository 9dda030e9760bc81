package extract

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/ from the extractor's output")

// sharedExtractor loads the gazetteers and lexicons once for the tests.
var sharedExtractor = sync.OnceValues(func() (*Extractor, error) { return New(Options{}) })

func testExtractor(tb testing.TB) *Extractor {
	tb.Helper()
	x, err := sharedExtractor()
	if err != nil {
		tb.Fatal(err)
	}
	return x
}

// nquads extracts doc and encodes the extraction as sorted N-Quads.
func nquads(tb testing.TB, x *Extractor, doc *dossier.Document) []byte {
	tb.Helper()
	ex, err := x.Extract(context.Background(), doc)
	if err != nil {
		tb.Fatal(err)
	}
	enc := schema.Encoder{ExtractorVersion: "golden", StoreText: false}
	var lines []string
	if err := enc.Encode(ex, func(s dossier.Statement) error {
		lines = append(lines, s.Quad.NQuad())
		return nil
	}); err != nil {
		tb.Fatal(err)
	}
	sort.Strings(lines)
	return []byte(strings.Join(lines, "\n") + "\n")
}

// TestGolden extracts every testdata/*.txt and compares the N-Quads with
// testdata/*.nq; go test ./extract -run TestGolden -update rewrites them
// (review the diff before committing: it is the extractor's behaviour).
func TestGolden(t *testing.T) {
	x := testExtractor(t)
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden inputs in testdata: %v", err)
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			got := nquads(t, x, dossier.NewDocument("testdata/"+filepath.Base(p), p, raw))
			golden := strings.TrimSuffix(p, ".txt") + ".nq"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -run TestGolden -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the extractor's output:\n%s\n(rerun with -update after checking the change is intended)", golden, lineDiff(string(want), string(got)))
			}
		})
	}
}

// lineDiff lists the lines only in want (-) and only in got (+).
func lineDiff(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var b strings.Builder
	n := 0
	for _, l := range strings.Split(want, "\n") {
		if !g[l] && n < 40 {
			b.WriteString("- " + l + "\n")
			n++
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] && n < 80 {
			b.WriteString("+ " + l + "\n")
			n++
		}
	}
	return b.String()
}

// TestDeterministic: the same input gives byte-identical output, from one
// extractor run after run and from extractors running concurrently.
func TestDeterministic(t *testing.T) {
	x := testExtractor(t)
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc := func() *dossier.Document { return dossier.NewDocument("testdata/"+filepath.Base(p), p, raw) }
		first := nquads(t, x, doc())
		fresh, err := New(Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := nquads(t, fresh, doc()); !bytes.Equal(got, first) {
			t.Errorf("%s: a fresh extractor gives other output:\n%s", p, lineDiff(string(first), string(got)))
		}
		var wg sync.WaitGroup
		outs := make([][]byte, 4)
		for i := range outs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				outs[i] = nquads(t, x, doc())
			}()
		}
		wg.Wait()
		for i, o := range outs {
			if !bytes.Equal(o, first) {
				t.Errorf("%s: concurrent run %d gives other output:\n%s", p, i, lineDiff(string(first), string(o)))
			}
		}
	}
}
