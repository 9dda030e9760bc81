package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	"github.com/dossier-kg/dossier/export"
	"github.com/dossier-kg/dossier/graph"
	"github.com/dossier-kg/dossier/internal/fixture"
	"github.com/dossier-kg/dossier/internal/parsers"
	"github.com/dossier-kg/dossier/internal/testenv"
	"github.com/dossier-kg/dossier/schema"
)

var _ export.Source = (*graph.Store)(nil)

// fixtureStore returns a store holding the fixture, in the given order of
// documents, and the set of quads it holds.
func fixtureStore(t *testing.T, backend string, reverse bool) (*graph.Store, parsers.Set) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "db")
	if graph.IsServer(backend) {
		path = testenv.Postgres(t) // a schema of its own on the test server
	}
	st, err := graph.Open(graph.Config{Backend: backend, Path: path})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	docs, err := fixture.Statements(schema.Encoder{ExtractorVersion: "test", StoreText: true})
	if err != nil {
		t.Fatal(err)
	}
	if reverse {
		docs[0], docs[1] = docs[1], docs[0]
	}
	for _, d := range docs {
		if err := st.ReplaceDocument(context.Background(), d.ID, d.Statements); err != nil {
			t.Fatal(err)
		}
	}
	set := parsers.Set{}
	if err := st.EachQuad(context.Background(), func(q quad.Quad) error { set.Add(q); return nil }); err != nil {
		t.Fatal(err)
	}
	return st, set
}

// write exports src in format name to a file and returns its path.
func write(t *testing.T, src export.Source, name string) string {
	t.Helper()
	f, ok := export.FormatByName(name)
	if !ok || f.Write == nil {
		t.Fatalf("no single-file format %q", name)
	}
	var b bytes.Buffer
	if _, err := f.Write(context.Background(), src, &b); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	path := filepath.Join(t.TempDir(), "out"+f.Ext)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestFixtureHasWhatItClaims(t *testing.T) {
	_, set := fixtureStore(t, graph.Memstore, false)
	if len(set.Triples()) >= len(set) {
		t.Fatalf("%d triples, %d quads: the fixture should state a triple in two documents", len(set.Triples()), len(set))
	}
	for _, want := range []string{fixture.Quote, fixture.KyrgyzName, fixture.HedgedQuote, fixture.FileName} {
		found := false
		for _, q := range set {
			if schema.Lit(q.Object) == want {
				found = true
			}
		}
		if !found {
			t.Errorf("the store lacks %q", want)
		}
	}
}

// TestNQuadsAndJSONLDRoundTrip: export → load into a fresh store → the same
// quad set, with Go's readers (quad's N-Quads and JSON-LD readers).
func TestNQuadsAndJSONLDRoundTrip(t *testing.T) {
	for _, backend := range graph.Backends {
		t.Run(backend, func(t *testing.T) { roundTrip(t, backend) })
	}
}

// roundTrip is TestNQuadsAndJSONLDRoundTrip on one backend.
func roundTrip(t *testing.T, backend string) {
	st, want := fixtureStore(t, backend, false)
	for _, format := range []string{"nquads", "jsonld"} {
		t.Run(format, func(t *testing.T) {
			path := write(t, st, format)
			if format == "nquads" {
				if d := parsers.ReadNQuads(t, mustRead(t, path)).Diff(want); d != "" {
					t.Fatalf("N-Quads read back differ:\n%s", d)
				}
			}
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			var r quad.ReadCloser
			if format == "nquads" {
				r = nquads.NewReader(f, false)
			} else {
				r = jsonld.NewReader(f)
			}
			fresh, err := graph.Open(graph.Config{Backend: graph.Memstore})
			if err != nil {
				t.Fatal(err)
			}
			defer fresh.Close()
			n, err := fresh.Load(context.Background(), r, 100)
			if err != nil {
				t.Fatal(err)
			}
			got := parsers.Set{}
			fresh.EachQuad(context.Background(), func(q quad.Quad) error { got.Add(q); return nil })
			if d := got.Diff(want); d != "" || n != len(want) {
				t.Fatalf("loaded %d quads of %d; the sets differ:\n%s", n, len(want), d)
			}
		})
	}
}

// TestRealParsersReadEveryRDFFormatExactly runs rapper and rdflib on every
// RDF export of the fixture and compares what they read, quad for quad,
// with what the store holds: counts, and every string with its Kyrgyz
// letters, quotes and newlines.
func TestRealParsersReadEveryRDFFormatExactly(t *testing.T) {
	st, quads := fixtureStore(t, graph.Bolt, false)
	triples := quads.Triples()
	cases := []struct {
		format, rapper, rdflib string
		triples                bool
	}{
		{"nquads", "nquads", "nquads", false},
		{"ntriples", "ntriples", "", true},
		{"turtle", "turtle", "turtle", true},
		{"trig", "trig", "trig", false},
		{"jsonld", "", "json-ld", false},
	}
	for _, c := range cases {
		t.Run(c.format, func(t *testing.T) {
			path := write(t, st, c.format)
			want := quads
			if c.triples {
				want = triples
			}
			if c.rapper != "" {
				n, got := parsers.Rapper(t, c.rapper, path)
				if n != len(want) {
					t.Errorf("rapper counted %d, the store holds %d", n, len(want))
				}
				if d := got.Diff(want); d != "" {
					t.Errorf("rapper read something else:\n%s", d)
				}
			}
			if c.rdflib != "" {
				n, got := parsers.RDFLib(t, c.rdflib, path)
				if n != len(want) {
					t.Errorf("rdflib counted %d, the store holds %d", n, len(want))
				}
				if d := got.Diff(want); d != "" {
					t.Errorf("rdflib read something else:\n%s", d)
				}
			}
		})
	}
}

func TestGroupedFormatsAreDeterministic(t *testing.T) {
	a, _ := fixtureStore(t, graph.Memstore, false)
	b, _ := fixtureStore(t, graph.Bolt, true)
	for _, format := range []string{"trig", "jsonld"} {
		x, _ := os.ReadFile(write(t, a, format))
		y, _ := os.ReadFile(write(t, b, format))
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two stores holding the same quads", format)
		}
	}
}

func TestTurtleIsReadable(t *testing.T) {
	st, _ := fixtureStore(t, graph.Memstore, false)
	data, _ := os.ReadFile(write(t, st, "turtle"))
	out := string(data)
	for _, want := range []string{
		"@prefix schema: <http://schema.org/> .",
		"person:kasym-tynystanov\n    a schema:Person ;",
		"dossier:wroteTo person:joseph-stalin",
		"owl:sameAs wd:Q855",
		`"1925-05-05"^^xsd:date`,
		`"Касым \"Ңөү\" Тыныстановдун"@ky`,
		`\n\t\"ушул\" \\ жазуу\r\n`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("Turtle lacks %q", want)
		}
	}
}

func TestJSONLDReadsAsPlainJSON(t *testing.T) {
	st, _ := fixtureStore(t, graph.Memstore, false)
	data, _ := os.ReadFile(write(t, st, "jsonld"))
	out := string(data)
	for _, want := range []string{
		`"@type": [
            "Person"
          ]`,
		`"wroteTo": "person:joseph-stalin"`,
		`"sameAs": "wd:Q855"`,
		`"ky": [`,
		`"wroteTo": {"@id":"dossier:wroteTo","@type":"@id"}`,
		`"label": {"@container":"@language","@id":"rdfs:label"}`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("JSON-LD lacks %q", want)
		}
	}
	if strings.Contains(out, `"_:`) {
		t.Error("JSON-LD has a blank node")
	}
}

// graphmlDoc is the part of GraphML the test reads.
type graphmlDoc struct {
	Keys []struct {
		ID  string `xml:"id,attr"`
		For string `xml:"for,attr"`
	} `xml:"key"`
	Graph struct {
		Nodes []graphmlItem `xml:"node"`
		Edges []graphmlItem `xml:"edge"`
	} `xml:"graph"`
}

type graphmlItem struct {
	ID     string `xml:"id,attr"`
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
	Data   []struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	} `xml:"data"`
}

func TestGraphMLDeclaresItsKeys(t *testing.T) {
	st, _ := fixtureStore(t, graph.Memstore, false)
	path := write(t, st, "graphml")
	data, _ := os.ReadFile(path)
	var g graphmlDoc
	if err := xml.Unmarshal(data, &g); err != nil {
		t.Fatalf("GraphML is not well-formed XML: %v", err)
	}
	declared := map[string]string{}
	for _, k := range g.Keys {
		declared[k.ID] = k.For
	}
	values := map[string]bool{}
	ids := map[string]bool{}
	check := func(kind string, items []graphmlItem) {
		for _, it := range items {
			for _, d := range it.Data {
				if declared[d.Key] != kind {
					t.Errorf("%s %s uses key %q, declared for %q", kind, it.ID, d.Key, declared[d.Key])
				}
				values[d.Value] = true
			}
		}
	}
	check("node", g.Graph.Nodes)
	check("edge", g.Graph.Edges)
	for _, n := range g.Graph.Nodes {
		ids[n.ID] = true
	}
	for _, e := range g.Graph.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %s joins %s and %s, not both nodes", e.ID, e.Source, e.Target)
		}
	}
	for _, want := range []string{fixture.PlaceName, fixture.FileName, fixture.DocA, "Execution", "wroteTo", "1925-05-05", "1938-11-06", "Q855"} {
		if !values[want] {
			t.Errorf("GraphML lacks the value %q", want)
		}
	}
	parsers.XMLLint(t, "", path)
}

type gexfDoc struct {
	Nodes []struct {
		ID     string `xml:"id,attr"`
		Label  string `xml:"label,attr"`
		Values []struct {
			For   string `xml:"for,attr"`
			Value string `xml:"value,attr"`
		} `xml:"attvalues>attvalue"`
	} `xml:"graph>nodes>node"`
	Edges []struct {
		Source string `xml:"source,attr"`
		Target string `xml:"target,attr"`
		Label  string `xml:"label,attr"`
		Type   string `xml:"type,attr"`
	} `xml:"graph>edges>edge"`
}

func TestGEXFValidatesAndKeepsText(t *testing.T) {
	st, _ := fixtureStore(t, graph.Memstore, false)
	path := write(t, st, "gexf")
	data, _ := os.ReadFile(path)
	var g gexfDoc
	if err := xml.Unmarshal(data, &g); err != nil {
		t.Fatalf("GEXF is not XML: %v", err)
	}
	labels := map[string]bool{}
	for _, n := range g.Nodes {
		labels[n.Label] = true
	}
	for _, want := range []string{fixture.PlaceName, fixture.FileName, "Kasym Tynystanov", "Execution of Kasym Tynystanov"} {
		if !labels[want] {
			t.Errorf("GEXF lacks the node label %q", want)
		}
	}
	undirected := 0
	for _, e := range g.Edges {
		if e.Label == "alliedWith" && e.Type == "undirected" {
			undirected++
		}
	}
	if undirected != 1 {
		t.Errorf("%d undirected alliedWith edges, want 1", undirected)
	}
	parsers.XMLLint(t, testenv.Shared(t, "schemas", "gexf-1.3", "gexf.xsd"), path)
}

func TestCSVTables(t *testing.T) {
	st, _ := fixtureStore(t, graph.Memstore, false)
	var nodes, edges bytes.Buffer
	c, err := export.WriteCSV(context.Background(), st, &nodes, &edges)
	if err != nil {
		t.Fatal(err)
	}
	nr, err := csv.NewReader(&nodes).ReadAll()
	if err != nil {
		t.Fatalf("nodes.csv: %v", err)
	}
	er, err := csv.NewReader(&edges).ReadAll()
	if err != nil {
		t.Fatalf("edges.csv: %v", err)
	}
	if nr[0][0] != "Id" || nr[0][1] != "Label" || er[0][1] != "Source" || er[0][2] != "Target" || er[0][3] != "Type" {
		t.Fatalf("headers %v / %v are not what Gephi reads", nr[0], er[0])
	}
	if len(nr)-1 != c.Nodes || len(er)-1 != c.Edges || c.Nodes == 0 || c.Edges == 0 {
		t.Fatalf("%d node rows, %d edge rows; count says %+v", len(nr)-1, len(er)-1, c)
	}
	found := false
	for _, r := range nr {
		if r[1] == fixture.PlaceName {
			found = true
		}
	}
	if !found {
		t.Errorf("nodes.csv lacks the label %q", fixture.PlaceName)
	}
	docs := map[string]bool{}
	for _, r := range er[1:] {
		docs[r[len(r)-1]] = true
	}
	if !docs[fixture.DocA] || !docs[fixture.DocB] {
		t.Errorf("edges.csv documents %v lack the fixture's documents", docs)
	}
}

// TestNetworkView checks the nodes and edges the network formats share.
func TestNetworkView(t *testing.T) {
	st, _ := fixtureStore(t, graph.Memstore, false)
	var nodes, edges bytes.Buffer
	if _, err := export.WriteCSV(context.Background(), st, &nodes, &edges); err != nil {
		t.Fatal(err)
	}
	nr, _ := csv.NewReader(&nodes).ReadAll()
	er, _ := csv.NewReader(&edges).ReadAll()
	col := func(header []string, name string) int {
		for i, h := range header {
			if h == name {
				return i
			}
		}
		t.Fatalf("no column %q in %v", name, header)
		return -1
	}
	byID := map[string][]string{}
	for _, r := range nr[1:] {
		byID[r[0]] = r
	}
	tyn := byID[fixture.Tynystanov]
	if tyn == nil || tyn[col(nr[0], "type")] != "Person" || tyn[col(nr[0], "executedOn")] != "1938-11-06" || tyn[col(nr[0], "arrestedOn")] != "1937-08" {
		t.Errorf("Tynystanov's node: %v", tyn)
	}
	for id := range byID {
		if strings.HasPrefix(id, schema.Stmt) {
			t.Errorf("statement or evidence %s is a node", id)
		}
	}
	wrote := 0
	for _, r := range er[1:] {
		if r[1] == fixture.Tynystanov && r[2] == fixture.Stalin && r[4] == "wroteTo" {
			wrote++
			if r[col(er[0], "date")] != "1925-05-05" {
				t.Errorf("wroteTo edge without its date: %v", r)
			}
		}
		if r[4] == "memberOf" {
			t.Errorf("the hedged memberOf statement became an edge: %v", r)
		}
	}
	if wrote != 2 {
		t.Errorf("%d wroteTo edges, want one per document (2)", wrote)
	}
}

func TestDocumentView(t *testing.T) {
	st, all := fixtureStore(t, graph.Bolt, false)
	doc, err := st.Document(context.Background(), fixture.DocB)
	if err != nil {
		t.Fatal(err)
	}
	defer doc.Close()
	got := parsers.ReadNQuads(t, mustRead(t, write(t, doc, "nquads")))
	want := parsers.Set{}
	for k, q := range all {
		if q.Label == quad.IRI(schema.DocIRI(fixture.DocB)) {
			want[k] = q
		}
	}
	if d := got.Diff(want); d != "" || len(want) == 0 {
		t.Fatalf("document view differs from the document's graph:\n%s", d)
	}
	if _, err := st.Document(context.Background(), "fixture/none.txt"); err == nil {
		t.Fatal("a view of a missing document")
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
