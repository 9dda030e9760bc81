package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dossier-kg/dossier/gizmo"
	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/index"
)

// queryTimeout bounds each query TestQueryLatency runs; a query that
// reaches it counts at that time and is reported.
const queryTimeout = 10 * time.Second

// LatencyEnv names the store (a bolt folder that dossier build made, with
// its name index) TestQueryLatency measures; unset, the test is skipped.
const LatencyEnv = "DOSSIER_LATENCY_DB"

// TestQueryLatency runs the ego network (one and two hops), the timeline
// and the name search DOSSIER_LATENCY_RUNS times each (default 1000; the
// two-hop network fewer, see below), cycling through
// 200 people of the store named in at most three documents (a victim of
// the cards, not an official who signs thousands), and reports p50, p99 and the slowest
// run: the figures of docs/benchmarks.md.
func TestQueryLatency(t *testing.T) {
	db := os.Getenv(LatencyEnv)
	if db == "" {
		t.Skip("skipping: set " + LatencyEnv + "=STORE (a built bolt store) to measure query latency")
	}
	runs := 1000
	if s := os.Getenv("DOSSIER_LATENCY_RUNS"); s != "" {
		if _, err := fmt.Sscan(s, &runs); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	cfg := &Config{DB: db, Backend: graph.Bolt}
	st, err := openStore(cfg, true)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	idx, err := openIndex(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()

	res, err := st.Query(ctx, `g.V("<http://schema.org/Person>").In("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>").Unique().Limit(5000).All()`, graph.QueryOptions{Timeout: time.Minute})
	if err != nil || len(res.Results) == 0 {
		t.Fatalf("people: %d, %v", len(res.Results), err)
	}
	type person struct{ iri, name string }
	var people []person
	for _, r := range res.Results {
		iri := strings.Trim(fmt.Sprint(r.(map[string]any)["id"]), "<>")
		e, ok, err := idx.Entity(ctx, iri)
		if err != nil || !ok || e.Docs > 3 || len(people) == 200 {
			continue
		}
		people = append(people, person{iri, e.Name})
	}
	if len(people) == 0 {
		t.Fatal("no person of the store is in the name index")
	}
	named := func(name string, args func(p person) map[string]string) func(p person) error {
		q, err := gizmo.Lookup(name)
		if err != nil {
			t.Fatal(err)
		}
		return func(p person) error {
			b, err := q.Bind(ctx, idx, args(p))
			if err != nil {
				return err
			}
			_, err = gizmo.Run(ctx, st, b, graph.QueryOptions{Limit: 1000, Timeout: queryTimeout})
			return err
		}
	}
	// The two-hop network reaches the places and bodies every card names,
	// and takes seconds: DOSSIER_LATENCY_EGO2_RUNS runs of it (default 20).
	ego2 := 20
	if s := os.Getenv("DOSSIER_LATENCY_EGO2_RUNS"); s != "" {
		if _, err := fmt.Sscan(s, &ego2); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		name string
		runs int
		run  func(p person) error
	}{
		{"ego, hops=1", runs, named("ego", func(p person) map[string]string { return map[string]string{"person": p.iri, "hops": "1"} })},
		{"ego, hops=2", min(runs, ego2), named("ego", func(p person) map[string]string { return map[string]string{"person": p.iri, "hops": "2"} })},
		{"timeline", runs, named("timeline", func(p person) map[string]string { return map[string]string{"person": p.iri} })},
		{"find (the person's surname)", runs, func(p person) error {
			surname := p.name
			if i := strings.LastIndexByte(surname, ' '); i >= 0 {
				surname = surname[i+1:]
			}
			hits, err := idx.Find(ctx, index.Query{Text: surname, Limit: 10})
			if err == nil && len(hits) == 0 {
				err = fmt.Errorf("find %q: nothing", surname)
			}
			return err
		}},
	} {
		runs := c.runs
		if runs == 0 {
			continue
		}
		ds := make([]time.Duration, runs)
		timeouts := 0
		for i := range ds {
			start := time.Now()
			err := c.run(people[i%len(people)])
			ds[i] = time.Since(start)
			if errors.Is(err, graph.ErrTimeout) {
				timeouts++ // counted at the timeout, and reported
			} else if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
		}
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		t.Logf("%s: %d runs over %d people: p50 %s, p99 %s, max %s; %d timed out (%s)", c.name, runs, len(people),
			ds[runs/2].Round(10*time.Microsecond), ds[runs*99/100].Round(10*time.Microsecond), ds[runs-1].Round(10*time.Microsecond), timeouts, queryTimeout)
	}
}
