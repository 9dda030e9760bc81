package gizmo

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/facts"
	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/index"
	"github.com/dossier-kg/dossier/internal/seedtest"
	"github.com/dossier-kg/dossier/schema"
)

// The named queries on the seed graph. Each test states, first, what was
// checked by hand against the seed documents (anchors: facts the seeds'
// gold annotations also hold, e.g. Abdrakhmanov's letter to Stalin of
// 1925-05-05 and Peters' of 1922-04-03 from Bukhara), then compares the
// whole result with one computed independently in Go from the facts read
// back from the store (the oracle), so that the tests follow the extractor
// when it improves without trusting the query under test.

const (
	pAbdr    = "https://w3id.org/dossier/id/person/zhusup-abdrakhmanov"
	pStalin  = "https://w3id.org/dossier/id/person/joseph-stalin"
	pPeters  = "https://w3id.org/dossier/id/person/jekabs-peters"
	pJoffe   = "https://w3id.org/dossier/id/person/adolph-joffe"
	pChich   = "https://w3id.org/dossier/id/person/georgy-chicherin"
	pMolotov = "https://w3id.org/dossier/id/person/vyacheslav-molotov"
	plBukh   = "https://w3id.org/dossier/id/place/bukhara"
	plMoscow = "https://w3id.org/dossier/id/place/moscow"
	plKabul  = "https://w3id.org/dossier/id/place/kabul"
	orgCC    = "https://w3id.org/dossier/id/organization/central-committee"
)

// stmt is one statement as the facts lines give it.
type stmt struct {
	s, p, o, lit, date, place, stance, doc string
}

func (x stmt) entityObject() bool { return x.o != "" }

// oracle holds what the facts lines say.
type oracle struct {
	types map[string]string
	docs  map[string][]string
	stmts []stmt
}

func newOracle(lines []facts.Line) *oracle {
	o := &oracle{types: map[string]string{}, docs: map[string][]string{}}
	seen := map[stmt]bool{}
	for _, l := range lines {
		switch l.Kind {
		case "entity":
			o.types[l.ID] = l.Type
			o.docs[l.ID] = l.Docs
		case "relation":
			x := stmt{s: l.SubjectID, p: l.Predicate, o: l.ObjectID, date: l.Date, place: l.PlaceID, stance: l.Stance, doc: l.DocID}
			if x.stance == "" {
				x.stance = string(dossier.Asserted)
			}
			if l.ObjectID == "" {
				x.lit = l.Object
				if x.date == "" {
					x.date = l.Object // a date-valued fact is dated by its object
				}
			}
			if !seen[x] {
				seen[x] = true
				o.stmts = append(o.stmts, x)
			}
		}
	}
	return o
}

// facts are the asserted statements with an entity object (the edges).
func (o *oracle) facts() []stmt {
	var out []stmt
	for _, x := range o.stmts {
		if x.stance == string(dossier.Asserted) && x.entityObject() {
			out = append(out, x)
		}
	}
	return out
}

// run binds and runs a named query, returning its rows (JSON collation).
func run(t *testing.T, st *graph.Store, names *index.Names, name string, args map[string]string) []map[string]any {
	t.Helper()
	q, err := Lookup(name)
	if err != nil {
		t.Fatal(err)
	}
	b, err := q.Bind(context.Background(), names, args)
	if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	res, err := st.Query(context.Background(), b.Script, graph.QueryOptions{Timeout: 20 * time.Second, Limit: 10000})
	if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	var rows []map[string]any
	for _, r := range res.Results {
		m, ok := r.(map[string]any)
		if !ok {
			t.Fatalf("%s: row %v is not an object", name, r)
		}
		rows = append(rows, m)
	}
	return rows
}

// bare reads a node of a row ("<iri>") as a bare IRI.
func bare(v any) string {
	s, _ := v.(string)
	return strings.TrimSuffix(strings.TrimPrefix(s, "<"), ">")
}

func str(v any) string { s, _ := v.(string); return s }

func docID(v any) string { id, _ := schema.DocID(bare(v)); return id }

// rowKey renders a row like a statement key, for comparing sets.
func rowKey(r map[string]any) string {
	return fmt.Sprintf("%s %s %s %s %s %s", bare(r["source"]), str(r["relation"]), bare(r["target"]), str(r["date"]), bare(r["place"]), docID(r["document"]))
}

func stmtKey(x stmt) string {
	return fmt.Sprintf("%s %s %s %s %s %s", x.s, x.p, x.o, x.date, x.place, x.doc)
}

func sameSet(t *testing.T, what string, got, want []string) {
	t.Helper()
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\ngot\n  %s\nwant\n  %s", what, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func hasRow(rows []map[string]any, source, relation, target, date string) bool {
	for _, r := range rows {
		if bare(r["source"]) == source && str(r["relation"]) == relation && bare(r["target"]) == target && (date == "" || str(r["date"]) == date) {
			return true
		}
	}
	return false
}

func TestNamedQueriesOnTheSeeds(t *testing.T) {
	st, names := seedtest.Build(t)
	o := newOracle(seedtest.Facts(t, st))

	t.Run("ParametersTakeAnyNameForm", func(t *testing.T) {
		q, _ := Lookup("timeline")
		for _, form := range []string{"Абдрахманов", "Abdrakhmanov", "Жусуп", "Абдрахмановдун", "Ж. Абдрахманов", "<" + pAbdr + ">"} {
			b, err := q.Bind(context.Background(), names, map[string]string{"person": form})
			if err != nil || b.Values["person"].IRI != pAbdr {
				t.Errorf("person=%s → %+v, %v", form, b, err)
			}
		}
	})

	t.Run("ego", func(t *testing.T) {
		rows := run(t, st, names, "ego", map[string]string{"person": "Абдрахманов", "hops": "1"})
		// by hand: his letters to Stalin of 1925-05-05, 1929-11-24 and 1930-04-15, and Moscow
		for _, d := range []string{"1925-05-05", "1929-11-24", "1930-04-15"} {
			if !hasRow(rows, pAbdr, "wroteTo", pStalin, d) {
				t.Errorf("ego hops=1 lacks the letter to Stalin of %s", d)
			}
		}
		if !hasRow(rows, pAbdr, "reportedFrom", plMoscow, "1925-05-05") {
			t.Error("ego hops=1 lacks reportedFrom Moscow")
		}
		for hops := 1; hops <= 2; hops++ {
			rows := run(t, st, names, "ego", map[string]string{"person": "Abdrakhmanov", "hops": fmt.Sprint(hops)})
			var got, want []string
			for _, r := range rows {
				got = append(got, fmt.Sprintf("%v %s", r["hop"], rowKey(r)))
			}
			reached := map[string]bool{pAbdr: true}
			frontier := map[string]bool{pAbdr: true}
			done := map[stmt]bool{}
			for hop := 1; hop <= hops; hop++ {
				next := map[string]bool{}
				for _, x := range o.facts() {
					if done[x] || !(frontier[x.s] || frontier[x.o]) {
						continue
					}
					done[x] = true
					want = append(want, fmt.Sprintf("%d %s", hop, stmtKey(x)))
					for _, n := range []string{x.s, x.o} {
						if !reached[n] {
							reached[n] = true
							next[n] = true
						}
					}
				}
				frontier = next
			}
			sameSet(t, fmt.Sprintf("ego hops=%d", hops), got, want)
			if hops == 2 && !hasRow(rows, pPeters, "wroteTo", pStalin, "1922-04-03") {
				t.Error("ego hops=2 lacks Peters' letter to Stalin (through Stalin)")
			}
		}
		// with a fanout of 1 every entity of more than one statement is a
		// hub: reached, not gone through; the first hop is unchanged
		one := run(t, st, names, "ego", map[string]string{"person": "Abdrakhmanov", "hops": "1"})
		hub := run(t, st, names, "ego", map[string]string{"person": "Abdrakhmanov", "hops": "2", "fanout": "1"})
		if hasRow(hub, pPeters, "wroteTo", pStalin, "1922-04-03") {
			t.Error("ego fanout=1 went through Stalin to Peters' letter")
		}
		var first []string
		for _, r := range hub {
			if fmt.Sprint(r["hop"]) == "1" {
				first = append(first, rowKey(r))
			}
		}
		var want []string
		for _, r := range one {
			want = append(want, rowKey(r))
		}
		sameSet(t, "ego fanout=1, first hop", first, want)
	})

	t.Run("correspondence", func(t *testing.T) {
		rows := run(t, st, names, "correspondence", nil)
		// by hand: the letters of the seeds, in date order, undated last
		for _, l := range [][4]string{
			{pJoffe, pChich, "1921-12-10", "https://w3id.org/dossier/id/place/tashkent"},
			{pPeters, pStalin, "1922-04-03", plBukh},
			{pAbdr, pStalin, "1925-05-05", plMoscow},
			{pChich, pMolotov, "", ""},
		} {
			found := false
			for _, r := range rows {
				if bare(r["source"]) == l[0] && bare(r["target"]) == l[1] && str(r["date"]) == l[2] && bare(r["place"]) == l[3] {
					found = true
				}
			}
			if !found {
				t.Errorf("no letter %v", l)
			}
		}
		last := ""
		for i, r := range rows {
			d := str(r["date"])
			if d == "" {
				d = "~undated"
			}
			if d < last {
				t.Errorf("row %d (%s) out of date order", i, d)
			}
			last = d
		}
		letters := map[string]string{}
		for _, x := range o.facts() {
			if x.p == string(dossier.WroteTo) {
				k := fmt.Sprintf("%s %s %s %s", x.s, x.o, x.date, x.doc)
				if x.place != "" || letters[k] == "" {
					letters[k] = x.place
				}
			}
		}
		var got, want []string
		for _, r := range rows {
			got = append(got, fmt.Sprintf("%s %s %s %s @%s", bare(r["source"]), bare(r["target"]), str(r["date"]), docID(r["document"]), bare(r["place"])))
		}
		for k, p := range letters {
			want = append(want, k+" @"+p)
		}
		sameSet(t, "correspondence", got, want)

		rows = run(t, st, names, "correspondence", map[string]string{"person": "Сталин", "from": "1925", "to": "1929"})
		got = nil
		for _, r := range rows {
			got = append(got, bare(r["source"])+" "+str(r["date"]))
		}
		sameSet(t, "letters to Stalin 1925-1929", got, []string{pAbdr + " 1925-05-05", pAbdr + " 1929-11-24"})
	})

	t.Run("timeline", func(t *testing.T) {
		rows := run(t, st, names, "timeline", map[string]string{"person": "Жусуп"})
		var got, want []string
		last := ""
		for _, r := range rows {
			got = append(got, rowKey(r)+" "+str(r["stance"]))
			if d := str(r["date"]); d < last {
				t.Errorf("timeline out of order at %s", d)
			} else {
				last = d
			}
		}
		for _, x := range o.stmts {
			if (x.s == pAbdr || x.o == pAbdr) && x.date != "" {
				want = append(want, stmtKey(x)+" "+x.stance)
			}
		}
		sameSet(t, "timeline", got, want)
		if len(rows) == 0 || str(rows[0]["date"]) != "1925-05-05" || str(rows[len(rows)-1]["date"]) != "1930-04-15" {
			t.Errorf("by hand: the timeline runs from 1925-05-05 to 1930-04-15; got %d rows", len(rows))
		}
		// a date-valued fact has a value, not a target
		rows = run(t, st, names, "timeline", map[string]string{"person": "Stalin"})
		born := false
		for _, r := range rows {
			if str(r["relation"]) == "bornOn" {
				born = r["target"] == nil && str(r["value"]) == "1879-12-21" && str(r["date"]) == "1879-12-21"
			}
		}
		if !born {
			t.Error("Stalin's timeline lacks bornOn 1879-12-21 as a value")
		}
	})

	t.Run("where", func(t *testing.T) {
		rows := run(t, st, names, "where", map[string]string{"year": "1922"})
		// by hand: Peters in Bukhara (1922-04-03), Raskolnikov in Kabul (1922-03-19)
		if !hasRow(rows, pPeters, "reportedFrom", plBukh, "1922-04-03") || !hasRow(rows, "https://w3id.org/dossier/id/person/fyodor-raskolnikov", "reportedFrom", plKabul, "1922-03-19") {
			t.Error("where 1922 lacks Peters in Bukhara or Raskolnikov in Kabul")
		}
		placeFacts := []string{"reportedFrom", "bornIn", "diedIn", "executedIn", "exiledTo"}
		expect := func(year int, place string) []string {
			var want []string
			for _, x := range o.facts() {
				if !strings.HasPrefix(x.date, fmt.Sprint(year)) || o.types[x.s] != "Person" {
					continue
				}
				if slices.Contains(placeFacts, x.p) && o.types[x.o] == "Place" && (place == "" || x.o == place) {
					want = append(want, fmt.Sprintf("%s %s %s %s", x.s, x.p, x.o, x.date))
				}
				if x.place != "" && o.types[x.place] == "Place" && (place == "" || x.place == place) {
					want = append(want, fmt.Sprintf("%s %s %s %s", x.s, x.p, x.place, x.date))
				}
			}
			return want
		}
		for _, c := range []struct {
			year, place string
			want        []string
		}{
			{"1922", "", expect(1922, "")},
			{"1925", "Москва", expect(1925, plMoscow)},
			{"1921", "Tashkent", expect(1921, "https://w3id.org/dossier/id/place/tashkent")},
		} {
			args := map[string]string{"year": c.year}
			if c.place != "" {
				args["place"] = c.place
			}
			var got []string
			for _, r := range run(t, st, names, "where", args) {
				got = append(got, fmt.Sprintf("%s %s %s %s", bare(r["source"]), str(r["relation"]), bare(r["target"]), str(r["date"])))
			}
			if len(c.want) == 0 {
				t.Errorf("where %v: the oracle expects nothing; the seeds state places in that year", args)
			}
			sameSet(t, fmt.Sprintf("where %v", args), got, c.want)
		}
	})

	t.Run("members", func(t *testing.T) {
		rows := run(t, st, names, "members", map[string]string{"org": "Central Committee"})
		// by hand: Stalin heads the Central Committee and was appointed to it on 1922-04-03
		if !hasRow(rows, pStalin, "appointedTo", orgCC, "1922-04-03") {
			t.Error("members of the Central Committee lack Stalin")
		}
		var got, want []string
		for _, r := range rows {
			got = append(got, fmt.Sprintf("%s %s %s", bare(r["source"]), str(r["relation"]), str(r["date"])))
		}
		for _, x := range o.facts() {
			if x.o == orgCC && o.types[x.s] == "Person" {
				want = append(want, fmt.Sprintf("%s %s %s", x.s, x.p, x.date))
			}
			if x.s == orgCC && o.types[x.o] == "Person" {
				want = append(want, fmt.Sprintf("%s %s %s", x.o, x.p, x.date))
			}
		}
		sameSet(t, "members of the Central Committee", got, want)
	})

	t.Run("path", func(t *testing.T) {
		for _, c := range []struct {
			from, to         string
			fromIRI, toIRI   string
			byHand           int
			throughByHand    string
			noPathWithinHops bool
		}{
			{"Abdrakhmanov", "Петерс", pAbdr, pPeters, 2, pStalin, false}, // both wrote to Stalin
			{"Ioffe", "Molotov", pJoffe, pMolotov, 2, pChich, false},      // Joffe → Chicherin → Molotov
		} {
			rows := run(t, st, names, "path", map[string]string{"from": c.from, "to": c.to})
			if len(rows) != c.byHand || len(rows) != shortest(o, c.fromIRI, c.toIRI) {
				t.Errorf("path %s → %s: %d steps, want %d (oracle %d): %v", c.from, c.to, len(rows), c.byHand, shortest(o, c.fromIRI, c.toIRI), rows)
				continue
			}
			at := c.fromIRI
			for i, r := range rows {
				s, tg := bare(r["source"]), bare(r["target"])
				switch at {
				case s:
					at = tg
				case tg:
					at = s
				default:
					t.Fatalf("step %d (%s–%s) does not continue from %s", i+1, s, tg, at)
				}
				if i == 0 && at != c.throughByHand {
					t.Errorf("path %s → %s goes through %s, want %s", c.from, c.to, at, c.throughByHand)
				}
				if !slices.ContainsFunc(o.facts(), func(x stmt) bool { return x.s == s && x.o == tg && x.p == str(r["relation"]) }) {
					t.Errorf("step %d is no asserted fact: %v", i+1, r)
				}
			}
			if at != c.toIRI {
				t.Errorf("path ends at %s", at)
			}
		}
		if rows := run(t, st, names, "path", map[string]string{"from": "Abdrakhmanov", "to": "Peters", "max": "1"}); len(rows) != 0 {
			t.Errorf("a path longer than max: %v", rows)
		}
	})

	t.Run("comentions", func(t *testing.T) {
		rows := run(t, st, names, "comentions", map[string]string{"person": "Жусуп"})
		var got, want []string
		for _, r := range rows {
			got = append(got, fmt.Sprintf("%s %v", bare(r["target"]), r["documents"]))
			if bare(r["source"]) != pAbdr {
				t.Errorf("source %v", r["source"])
			}
		}
		for id, typ := range o.types {
			if typ != "Person" || id == pAbdr {
				continue
			}
			n := 0
			for _, d := range o.docs[id] {
				if slices.Contains(o.docs[pAbdr], d) {
					n++
				}
			}
			if n > 0 {
				want = append(want, fmt.Sprintf("%s %d", id, n))
			}
		}
		sameSet(t, "comentions", got, want)
		// by hand: Stalin and Molotov are named in his letter; Peters is not
		if !slices.Contains(got, pStalin+" 1") || !slices.Contains(got, pMolotov+" 1") || slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, pPeters) }) {
			t.Errorf("comentions by hand: %v", got)
		}
	})

	t.Run("JSONLDForVisualize", func(t *testing.T) {
		q, _ := Lookup("correspondence")
		b, _ := q.Bind(context.Background(), names, nil)
		res, err := st.Query(context.Background(), b.Script, graph.QueryOptions{Timeout: 20 * time.Second, JSONLD: true})
		if err != nil || len(res.Results) == 0 {
			t.Fatalf("JSON-LD run: %v", err)
		}
		for _, r := range res.Results {
			m := r.(map[string]any)
			for _, k := range []string{"source", "target"} {
				n, ok := m[k].(map[string]any)
				if !ok || !strings.HasPrefix(fmt.Sprint(n["@id"]), schema.ID) {
					t.Fatalf("row %v: %s is not a {\"@id\"} node as Visualize needs", m, k)
				}
			}
			if d, ok := m["date"]; ok && strings.Contains(fmt.Sprint(d), "@") {
				t.Errorf("date %v is not a plain string", d)
			}
		}
	})
}

// shortest is the length of the shortest path between a and b over the
// asserted facts taken either way (0 if none within 6).
func shortest(o *oracle, a, b string) int {
	dist := map[string]int{a: 0}
	frontier := []string{a}
	for d := 1; d <= 6 && len(frontier) > 0; d++ {
		var next []string
		for _, x := range o.facts() {
			for _, pair := range [][2]string{{x.s, x.o}, {x.o, x.s}} {
				if slices.Contains(frontier, pair[0]) {
					if _, ok := dist[pair[1]]; !ok {
						dist[pair[1]] = d
						next = append(next, pair[1])
					}
				}
			}
		}
		if n, ok := dist[b]; ok {
			return n
		}
		frontier = next
	}
	return 0
}
