package gizmo

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/index"
	"github.com/dossier-kg/dossier/internal/seedtest"
)

// TestNativeEgoMatchesTheScript: Run answers ego without the JavaScript
// engine; its rows must be the Gizmo script's, byte for byte, for every
// person of the sample collection, at one to three hops and several
// fanouts, on bolt (the index scans) and on memstore (the fallback).
//
// "rebuilt" is a bolt store whose documents were built, then half of them
// cut short and built again: the quads of the old versions are deleted,
// which Cayley's KV stores mark in their log but keep in their index
// lists, so the native walk must not count them.
func TestNativeEgoMatchesTheScript(t *testing.T) {
	for _, backend := range []string{graph.Bolt, graph.Memstore, "rebuilt"} {
		t.Run(backend, func(t *testing.T) {
			var (
				st    *graph.Store
				names *index.Names
				built int
			)
			if backend == "rebuilt" {
				src := copyCorpus(t)
				st, names, built = seedtest.Collection(t, src, graph.Bolt)
				files, _ := filepath.Glob(filepath.Join(src, "*.txt"))
				for i, f := range files {
					if i%2 == 1 {
						continue
					}
					b, err := os.ReadFile(f)
					if err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(f, b[:bytes.LastIndexByte(b[:len(b)/2], '\n')+1], 0o644); err != nil {
						t.Fatal(err)
					}
				}
				if again := seedtest.Into(t, st, names, src); again < len(files)/3 {
					t.Fatalf("%d documents rebuilt", again)
				}
			} else {
				st, names, built = seedtest.Collection(t, "../data/corpus", backend)
			}
			if built < 10 {
				t.Fatalf("%d documents built", built)
			}
			// every person of the collection
			res, err := st.Query(context.Background(), `g.V("<http://schema.org/Person>").In("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>").Unique().All()`, graph.QueryOptions{})
			if err != nil {
				t.Fatal(err)
			}
			var people []index.Hit
			for _, r := range res.Results {
				iri := strings.Trim(fmt.Sprint(r.(map[string]any)["id"]), "<>")
				people = append(people, index.Hit{Entity: index.Entity{IRI: iri, Name: iri}})
			}
			if len(people) < 50 {
				t.Fatalf("only %d people to try", len(people))
			}
			q, err := Lookup("ego")
			if err != nil {
				t.Fatal(err)
			}
			compared, nonEmpty := 0, 0
			for _, p := range people {
				for _, args := range []map[string]string{
					{"hops": "1"}, {"hops": "2"}, {"hops": "2", "fanout": "3"}, {"hops": "3", "fanout": "1"},
				} {
					args["person"] = "<" + p.IRI + ">"
					b, err := q.Bind(context.Background(), names, args)
					if err != nil {
						t.Fatal(err)
					}
					opt := graph.QueryOptions{Timeout: 20 * time.Second, Limit: 10000}
					script, err := st.Query(context.Background(), b.Script, opt)
					if err != nil {
						t.Fatal(err)
					}
					native, err := Run(context.Background(), st, b, opt)
					if err != nil {
						t.Fatal(err)
					}
					want, _ := json.MarshalIndent(script.Results, "", " ")
					got, _ := json.MarshalIndent(native.Results, "", " ")
					if string(got) != string(want) {
						t.Fatalf("ego %v of %s: native rows differ from the script's:\n%s\n--- script:\n%s", args, p.Name, got, want)
					}
					compared++
					if len(script.Results) > 0 {
						nonEmpty++
					}
				}
			}
			if nonEmpty < compared/2 {
				t.Errorf("only %d of %d networks compared had rows", nonEmpty, compared)
			}
			t.Logf("%d networks compared, %d with rows", compared, nonEmpty)
		})
	}
}

// TestNativeEgoLimitAndTimeout: the limit cuts the rows and says so, as
// Query does; an expired deadline is ErrTimeout.
func TestNativeEgoLimitAndTimeout(t *testing.T) {
	st, names, _ := seedtest.Collection(t, "../data/corpus", graph.Bolt)
	q, _ := Lookup("ego")
	b, err := q.Bind(context.Background(), names, map[string]string{"person": "Stalin", "hops": "2"})
	if err != nil {
		t.Fatal(err)
	}
	all, err := Run(context.Background(), st, b, graph.QueryOptions{})
	if err != nil || len(all.Results) < 4 {
		t.Fatalf("%d rows, %v", len(all.Results), err)
	}
	cut, err := Run(context.Background(), st, b, graph.QueryOptions{Limit: 3})
	if err != nil || len(cut.Results) != 3 || !cut.Truncated {
		t.Errorf("limit 3: %d rows, truncated %v, %v", len(cut.Results), cut.Truncated, err)
	}
	if fmt.Sprint(cut.Results) != fmt.Sprint(all.Results[:3]) {
		t.Error("the limit did not keep the first rows")
	}
	if _, err := Run(context.Background(), st, b, graph.QueryOptions{Timeout: time.Nanosecond}); !errors.Is(err, graph.ErrTimeout) {
		t.Errorf("past the timeout: %v, want ErrTimeout", err)
	}
}

// copyCorpus copies the sample collection's text files into a temporary
// folder.
func copyCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files, err := filepath.Glob("../data/corpus/*.txt")
	if err != nil || len(files) < 10 {
		t.Fatalf("%d files, %v", len(files), err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
