package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/internal/parsers"
	"github.com/dossier-kg/dossier/internal/testenv"
)

// storeSet reads every quad of the store at db.
func storeSet(t *testing.T, db string) parsers.Set {
	t.Helper()
	st, err := graph.Open(graph.Config{Backend: graph.Bolt, Path: db, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	set := parsers.Set{}
	if err := st.EachQuad(context.Background(), func(q quad.Quad) error { set.Add(q); return nil }); err != nil {
		t.Fatal(err)
	}
	return set
}

// TestExportsOfRealCollections builds the seed documents and the sample
// collection and checks every export of each with the tools no one here
// wrote: rapper and rdflib parse every RDF export and read exactly the
// quads (or, for N-Triples and Turtle, the distinct triples) the store
// holds; xmllint validates the GEXF against the GEXF 1.3 schema and checks
// the GraphML; N-Quads and JSON-LD load back into a fresh store as the same
// set; the facts export equals what `extract --format facts` gives.
func TestExportsOfRealCollections(t *testing.T) {
	collections := map[string]func() string{
		"seeds":  func() string { return testenv.Shared(t, "corpus", "seeds") },
		"sample": func() string { return testenv.Corpus(t) },
	}
	for _, name := range []string{"seeds", "sample"} {
		t.Run(name, func(t *testing.T) {
			corpus := collections[name]()
			dir := t.TempDir()
			db := filepath.Join(dir, "x.db")
			mustRun(t, "build", "--nosync", "--db", db, corpus)
			quads := storeSet(t, db)
			triples := quads.Triples()
			if len(quads) < 1000 || len(triples) >= len(quads) {
				t.Fatalf("%d quads, %d triples: not the collection expected", len(quads), len(triples))
			}
			file := func(format string) string {
				p := filepath.Join(dir, name+"."+format)
				mustRun(t, "export", "--db", db, "--format", format, "-o", p)
				return p
			}
			for _, c := range []struct {
				format, rapper, rdflib string
				want                   parsers.Set
			}{
				{"nquads", "nquads", "nquads", quads},
				{"ntriples", "ntriples", "", triples},
				{"turtle", "turtle", "turtle", triples},
				{"trig", "trig", "trig", quads},
				{"jsonld", "", "json-ld", quads},
			} {
				p := file(c.format)
				if c.rapper != "" {
					n, got := parsers.Rapper(t, c.rapper, p)
					if n != len(c.want) || got.Diff(c.want) != "" {
						t.Errorf("rapper read %d statements of the %s export, the store holds %d:\n%s", n, c.format, len(c.want), got.Diff(c.want))
					}
				}
				if c.rdflib != "" {
					n, got := parsers.RDFLib(t, c.rdflib, p)
					if n != len(c.want) || got.Diff(c.want) != "" {
						t.Errorf("rdflib read %d statements of the %s export, the store holds %d:\n%s", n, c.format, len(c.want), got.Diff(c.want))
					}
				}
			}
			parsers.XMLLint(t, testenv.Shared(t, "schemas", "gexf-1.3", "gexf.xsd"), file("gexf"))
			parsers.XMLLint(t, "", file("graphml"))

			// round trips through a fresh store
			for _, format := range []string{"nquads", "jsonld"} {
				fresh := filepath.Join(dir, format+".db")
				mustRun(t, "load", "--nosync", "--db", fresh, "--format", format, file(format))
				if d := storeSet(t, fresh).Diff(quads); d != "" {
					t.Errorf("%s → load → the quad set changed:\n%s", format, d)
				}
			}

			exported := readFacts(t, file("facts"))
			out, _ := mustRun(t, "extract", "--format", "facts", corpus)
			extracted := parseFacts(t, out)
			if g, w := relations(exported), relations(extracted); g != w {
				t.Errorf("facts export and extract differ in relations:\n%s", firstDiff(g, w))
			}
			if g, w := mergedEntities(exported), mergedEntities(extracted); g != w {
				t.Errorf("facts export and extract differ in entities:\n%s", firstDiff(g, w))
			}
		})
	}
}

func readFacts(t *testing.T, path string) []map[string]any {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return parseFacts(t, string(b))
}

func parseFacts(t *testing.T, s string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("not a facts line: %q", line)
		}
		out = append(out, m)
	}
	return out
}

func relations(ls []map[string]any) string {
	var out []string
	for _, l := range ls {
		if l["kind"] == "relation" {
			b, _ := json.Marshal(l)
			out = append(out, string(b))
		}
	}
	sort.Strings(out)
	return strings.Join(out, "\n")
}

// mergedEntities merges entity lines by ID: extract writes one per document,
// export one per entity.
func mergedEntities(ls []map[string]any) string {
	type ent struct {
		typ, name, wd string
		names, docs   map[string]bool
	}
	byID := map[string]*ent{}
	for _, l := range ls {
		if l["kind"] != "entity" {
			continue
		}
		id := l["id"].(string)
		e := byID[id]
		if e == nil {
			e = &ent{names: map[string]bool{}, docs: map[string]bool{}}
			byID[id] = e
		}
		e.typ, e.name = fmt.Sprint(l["type"]), fmt.Sprint(l["name"])
		if w, ok := l["wikidata"].(string); ok {
			e.wd = w
		}
		for _, k := range []string{"names", "docs"} {
			list, _ := l[k].([]any)
			for _, v := range list {
				if k == "names" {
					e.names[v.(string)] = true
				} else {
					e.docs[v.(string)] = true
				}
			}
		}
	}
	keys := func(m map[string]bool) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		sort.Strings(out)
		return out
	}
	var out []string
	for id, e := range byID {
		out = append(out, fmt.Sprintf("%s %s %q %s %q %q", id, e.typ, e.name, e.wd, keys(e.names), keys(e.docs)))
	}
	sort.Strings(out)
	return strings.Join(out, "\n")
}

func firstDiff(a, b string) string {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(x) && i < len(y); i++ {
		if x[i] != y[i] {
			return "export:  " + x[i] + "\nextract: " + y[i]
		}
	}
	return fmt.Sprintf("%d lines against %d", len(x), len(y))
}

func TestExportOptions(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "c")
	os.MkdirAll(corpus, 0o755)
	os.WriteFile(filepath.Join(corpus, "a.txt"), []byte("On December 10, 1921, Joffe wrote to Chicherin from Tashkent.\n"), 0o644)
	os.WriteFile(filepath.Join(corpus, "b.txt"), []byte("Jēkabs Peters wrote to Stalin from Bukhara on April 3, 1922.\n"), 0o644)
	db := filepath.Join(dir, "x.db")
	mustRun(t, "build", "--nosync", "--db", db, corpus)

	// csv into a directory, and with a prefix
	tables := filepath.Join(dir, "tables") + string(filepath.Separator)
	_, errs := mustRun(t, "export", "--db", db, "--format", "csv", "-o", tables)
	for _, f := range []string{"nodes.csv", "edges.csv"} {
		if b, err := os.ReadFile(filepath.Join(tables, f)); err != nil || !strings.HasPrefix(string(b), "Id,") {
			t.Errorf("%s: %v %q", f, err, b)
		}
	}
	if !strings.Contains(errs, "edges to") {
		t.Errorf("csv summary: %s", errs)
	}
	mustRun(t, "export", "--db", db, "--format", "csv", "-o", filepath.Join(dir, "net.csv"))
	for _, f := range []string{"net-nodes.csv", "net-edges.csv"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("prefix output: %v", err)
		}
	}
	for _, args := range [][]string{
		{"--format", "csv"},    // two files, no -o
		{"--format", "rdfxml"}, // unknown
		{"--format", "pquads"}, // a quad format Dossier does not offer
	} {
		if _, _, err := run(t, append([]string{"export", "--db", db}, args...)...); exitCode(err) != 2 {
			t.Errorf("export %v: %v, want a usage error", args, err)
		}
	}

	// one document, in Turtle: only its graph
	out, _ := mustRun(t, "export", "--db", db, "--format", "trig", "--doc", "c/a.txt")
	if !strings.Contains(out, "<doc/c/a.txt> {") || strings.Contains(out, "c/b.txt") || !strings.Contains(out, "person:adolph-joffe") {
		t.Errorf("--doc trig export:\n%s", out)
	}
	// a failed export leaves no file behind
	bad := filepath.Join(dir, "none.ttl")
	if _, _, err := run(t, "export", "--db", db, "--format", "turtle", "--doc", "c/none.txt", "-o", bad); err == nil {
		t.Error("export of a missing document succeeded")
	}
	if _, err := os.Stat(bad); !os.IsNotExist(err) {
		t.Errorf("a failed export left %s: %v", bad, err)
	}
	// facts of one document are that document's extraction
	got, _ := mustRun(t, "export", "--db", db, "--format", "facts", "--doc", "c/b.txt")
	all, _ := mustRun(t, "extract", "--format", "facts", corpus)
	var want []map[string]any
	for _, l := range parseFacts(t, all) {
		if l["kind"] == "relation" && l["doc_id"] == "c/b.txt" {
			want = append(want, l)
		}
	}
	if g, w := relations(parseFacts(t, got)), relations(want); g != w || len(want) == 0 {
		t.Errorf("facts of one document:\n%s", firstDiff(g, w))
	}
}
