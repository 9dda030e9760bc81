package graph

import (
	"context"
	"errors"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier/internal/fixture"
	"github.com/dossier-kg/dossier/schema"
)

func TestViews(t *testing.T) {
	for _, b := range Backends {
		t.Run(b, func(t *testing.T) {
			ctx := context.Background()
			s := openTest(t, b)
			t.Cleanup(func() { s.Close() })
			docs, err := fixture.Statements(schema.Encoder{ExtractorVersion: "test", StoreText: true})
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Replace(ctx, docs); err != nil {
				t.Fatal(err)
			}

			v, err := s.DocumentText(ctx, fixture.DocA)
			if err != nil || v.Name != fixture.FileName || !v.TextStored || v.Text == "" {
				t.Errorf("DocumentText = %+v, %v", v, err)
			}
			if _, err := s.DocumentText(ctx, "fixture/none.txt"); !errors.Is(err, ErrNoDocument) {
				t.Errorf("missing document: %v", err)
			}

			// Tynystanov wrote to Stalin in both documents: two statements
			// with Stalin as object.
			sts, err := s.StatementsWithObject(ctx, quad.IRI(fixture.Stalin))
			if err != nil || len(sts) != 2 {
				t.Fatalf("statements with object Stalin: %d, %v", len(sts), err)
			}
			for _, st := range sts {
				if string(st.Subject) != fixture.Tynystanov || len(st.Evidence) == 0 {
					t.Errorf("statement %+v", st)
				}
			}

			evs, more, err := s.Events(ctx, "", 0)
			if err != nil || more || len(evs) == 0 {
				t.Fatalf("events: %d, more %v, %v", len(evs), more, err)
			}
			for i := 1; i < len(evs); i++ {
				if a, b := evs[i-1].Date, evs[i].Date; b != "" && (a == "" || a > b) {
					t.Errorf("events out of order: %q before %q", a, b)
				}
			}
			mine, _, err := s.Events(ctx, quad.IRI(fixture.Aitmatov), 0)
			if err != nil || len(mine) != 0 {
				t.Errorf("Aitmatov takes part in no event: %v, %v", mine, err)
			}
			mine, _, err = s.Events(ctx, quad.IRI(fixture.Tynystanov), 0)
			if err != nil || len(mine) != len(evs) {
				t.Errorf("every event of the fixture is Tynystanov's: %d of %d, %v", len(mine), len(evs), err)
			}
			found := false
			for _, ev := range mine {
				if string(ev.ID) == schema.ID+"execution/kasym-tynystanov" {
					found = ev.Date == "1938-11-06" && ev.Name == "Execution of Kasym Tynystanov" && len(ev.Places) == 1 && len(ev.Sources) == 1
				}
			}
			if !found {
				t.Errorf("the execution is not read whole: %+v", mine)
			}
			if cut, more, _ := s.Events(ctx, "", 1); len(cut) != 1 || !more {
				t.Errorf("limit 1: %d events, more %v", len(cut), more)
			}

			if n, err := s.Name(ctx, quad.IRI(fixture.Stalin)); err != nil || n != "Joseph Stalin" {
				t.Errorf("Name = %q, %v", n, err)
			}
		})
	}
}
