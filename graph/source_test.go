package graph

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/dossier-kg/dossier/internal/fixture"
	"github.com/dossier-kg/dossier/schema"
)

// TestEachGraph: quads without a label come first in bounded chunks, then
// every named graph once, in label order, sorted; nothing is lost.
func TestEachGraph(t *testing.T) {
	for _, b := range Backends {
		t.Run(b, func(t *testing.T) {
			s := fixtureStore(t, b)
			var nq strings.Builder
			const unlabelled = defaultGraphChunk + 10
			for i := 0; i < unlabelled; i++ {
				fmt.Fprintf(&nq, "<http://example.org/s%d> <http://example.org/p> \"v%d\" .\n", i, i)
			}
			if _, err := s.Load(context.Background(), nquads.NewReader(strings.NewReader(nq.String()), false), 1000); err != nil {
				t.Fatal(err)
			}
			total, _ := s.Count(context.Background())
			var labels []string
			n, defaults := 0, 0
			err := s.EachGraph(context.Background(), func(label quad.Value, qs []quad.Quad) error {
				for i, q := range qs {
					if q.Label != label {
						t.Fatalf("graph %v holds %v", label, q)
					}
					if i > 0 && quad.StringOf(qs[i-1].Subject) > quad.StringOf(q.Subject) {
						t.Fatalf("graph %v is not sorted", label)
					}
				}
				n += len(qs)
				if label == nil {
					if len(labels) > 0 {
						t.Fatal("default-graph quads after a named graph")
					}
					if len(qs) > defaultGraphChunk {
						t.Fatalf("a default-graph chunk of %d quads", len(qs))
					}
					defaults += len(qs)
					return nil
				}
				if k := label.String(); len(labels) > 0 && labels[len(labels)-1] >= k {
					t.Fatalf("graph %s after %s", k, labels[len(labels)-1])
				}
				labels = append(labels, label.String())
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if defaults != unlabelled || len(labels) != 2 || int64(n) != total {
				t.Fatalf("%d default-graph quads, graphs %v, %d quads of %d", defaults, labels, n, total)
			}
		})
	}
}

func TestEachSubjectGivesEachSubjectOnce(t *testing.T) {
	s := fixtureStore(t, Bolt)
	seen := map[quad.Value]bool{}
	n := 0
	err := s.EachSubject(context.Background(), func(subj quad.Value, qs []quad.Quad) error {
		if seen[subj] {
			t.Fatalf("%v twice", subj)
		}
		seen[subj] = true
		for _, q := range qs {
			if q.Subject != subj {
				t.Fatalf("%v in the group of %v", q, subj)
			}
		}
		n += len(qs)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	total, _ := s.Count(context.Background())
	if int64(n) != total || !seen[quad.IRI(fixture.Tynystanov)] {
		t.Fatalf("%d quads of %d; subjects %d", n, total, len(seen))
	}
	if !seen[quad.IRI(schema.ID+"execution/kasym-tynystanov")] {
		t.Error("no execution event")
	}
}
